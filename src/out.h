/* out.h: event sinks.  One event per line, to standard output or to a file
 * that appears under its final name only when complete:
 *
 *   kout_open("ev.jsonl") -> writes ".ev.jsonl.tmp.XXXXXX" in the same folder
 *   kout_event(...) ...
 *   kout_close(o, 1)      -> fflush + fsync + rename to "ev.jsonl"
 *   kout_close(o, 0)      -> removes the temporary file
 *
 * Formats:
 *   KOUT_JSON      JSON Lines (jansson), one object per event:
 *                  story_id, sentence_id, date "YYYY-MM-DD" (null when
 *                  unknown), source, target, code, sentence (whitespace
 *                  runs collapsed), pattern (text as written),
 *                  pattern_source "file:line", pattern_file, pattern_line,
 *                  source_text, target_text, verb_text, issues, and when
 *                  present news_source, source_resolved, target_resolved;
 *                  then root, quad_class, goldstein, plover, geo_* (see
 *                  kout_json_line_ex).
 *                  Absent texts are null.
 *   KOUT_PETRARCH  PETRARCH2's tab-separated event lines: date YYYYMMDD,
 *                  source, target, code, issues ("CODE,n;CODE,n"),
 *                  sentence id, news source, source text, target text,
 *                  verb text (tabs and newlines inside texts become spaces). */
#ifndef KH_OUT_H
#define KH_OUT_H

#include <stdio.h>

#include "diag.h"
#include "event.h"
#include "util.h"

enum { KOUT_JSON = 0, KOUT_PETRARCH = 1 };

typedef struct kout kout;

/* Format named "json" or "petrarch"; -1 for anything else. */
int kout_format(const char *name);

/* Open a sink; path NULL or "-" = standard output.  Returns NULL when the
 * temporary file cannot be created (reported through d). */
kout *kout_open(const char *path, int format, kdiag *d);

/* Write one event.  news_source: the record's source= attribute ("AFP"),
 * may be NULL.  Returns 0, or -1 on a write error (reported; later calls
 * keep failing). */
int kout_event(kout *o, const kevent *e, const char *news_source);

/* Finish: commit = 1 flushes and renames the file into place (returns -1
 * when that fails, reported); commit = 0 discards a file output.  Frees o;
 * accepts NULL. */
int kout_close(kout *o, int commit);

/* The writers, for one event into b (a full line with its '\n'). */
void kout_json_line(kbuf *b, const kevent *e, const char *news_source);
/* The same with the story's dateline (geolocation fallback, may be NULL)
 * and the Goldstein scheme (KCAMEO_GS_GDELT or KCAMEO_GS_PHOENIX);
 * kout_json_line uses NULL and GDELT.  Fields added to the JSON object
 * after the ones above: root ("04"), quad_class (1-4), goldstein, plover
 * (null when unknown), and the ActionGeo fields geo_name, geo_country
 * (ISO alpha-2), geo_fips, geo_adm1, geo_lat, geo_lon, geo_type (city,
 * adm1, country), geo_rule (sentence, dateline, actor_country): the
 * event's own (kgeo_event) when set, else located from the texts with the
 * default gazetteer; all null when no rule applies. */
void kout_json_line_ex(kbuf *b, const kevent *e, const char *news_source, const char *dateline, int goldstein);
void kout_petrarch_line(kbuf *b, const kevent *e, const char *news_source);

#endif
