/* sink.h: where coded events go.  One interface for every output format.
 *
 * A producer (khaldun code, khaldun store export, a test) does:
 *
 *     ksink_opts o = KSINK_OPTS_INIT;          // format "csv", stdout, no dedup
 *     o.format = "gdelt"; o.path = "out.export.CSV"; o.dedup = KDEDUP_DAY;
 *     ksink *s = ksink_open(&o, &diag);        // NULL: unknown format, cannot create
 *     for each story:
 *         ksink_story(s, &meta);               // optional: source name, URL, date
 *         for each event: ksink_event(s, &ev); // ev is copied when buffered
 *     if (ksink_close(s) != 0) ...             // flush, fsync, rename into place
 *
 * Files are written to a temporary name in the same directory and renamed
 * onto the final name by ksink_close only when everything was written and
 * flushed, so a crash, a full disk or an error never leaves a partial file
 * under the final name (ksink_abort removes the temporary).  path NULL or
 * "-" writes to stdout directly.
 *
 * Deduplication (dedup.h) sits between ksink_event and the writer: the
 * writer receives krecords, each one event with its mentions and GDELT-style
 * counts.  With KDEDUP_NONE every event is one record written at once.
 *
 * Formats: json and petrarch wrap out.h's line writers (kout_json_line,
 * kout_petrarch_line), csv, phoenix and gdelt are out_csv.c, out_phoenix.c,
 * out_gdelt.c.  Adding a format: define
 *     const ksink_fmt kfmt_x = {"x", "one-line summary", 0, begin, record, end};
 * where record() writes one krecord to c->out (use kcameo_lookup and
 * kactor_parse for metadata), then add &kfmt_x to the formats[] table at
 * the top of src/sink.c.  Writers never open, rename or close files. */
#ifndef KH_SINK_H
#define KH_SINK_H

#include <stdio.h>

#include "diag.h"
#include "event.h"
#include "util.h"

/* Story-level metadata the event does not carry.  All fields may be NULL/0. */
typedef struct kstory_meta {
    const char *id;       /* story id, matches kevent.story_id */
    int date;             /* YYYYMMDD */
    const char *source;   /* news source / publisher name ("Reuters") */
    const char *url;      /* URL or citation of the story */
    const char *title;
    const char *dateline; /* "TRIPOLI, May 6": a geolocation fallback */
} kstory_meta;

/* One output record: an event and every mention of it (dedup.h). */
typedef struct krecord {
    long long id;                    /* 1-based, in output order */
    const kevent *ev;                /* first mention (= mentions[0]) */
    const kevent *const *mentions;   /* every mention, in input order */
    const kstory_meta *const *meta;  /* story metadata of each mention;
                                        entries may be NULL */
    int nmentions;                   /* >= 1 */
    int nsources;                    /* distinct news sources (a story with no
                                        source counts as its own source) */
    int narticles;                   /* distinct story ids */
} krecord;

enum { KDEDUP_NONE = 0, KDEDUP_STORY = 1, KDEDUP_DAY = 2 };

typedef struct ksink_opts {
    const char *format;         /* json, petrarch, csv, phoenix, gdelt
                                   (ksink_formats()); default "csv" */
    const char *path;           /* NULL or "-": stdout */
    const char *mentions_path;  /* GDELT Mentions file; NULL: derived from
                                   path (".export.CSV" -> ".mentions.CSV",
                                   else path + ".mentions"); none on stdout */
    int dedup;                  /* KDEDUP_* */
    int goldstein;              /* KCAMEO_GS_GDELT (0) or KCAMEO_GS_PHOENIX */
    int header;                 /* -1 format default, 0 no, 1 yes */
} ksink_opts;

#define KSINK_OPTS_INIT {"csv", NULL, NULL, KDEDUP_NONE, 0, -1}

/* What a format writer sees. */
typedef struct kfmt_ctx {
    FILE *out;                  /* main output */
    FILE *mentions;             /* GDELT mentions, or NULL */
    const ksink_opts *opts;
    kbuf buf;                   /* scratch, reset by the writer as it likes */
    void *state;                /* writer-owned */
    struct kgeo_ws *geo;        /* ksink_geo's workspace (sink-owned) */
} kfmt_ctx;

typedef struct ksink_fmt {
    const char *name;           /* --format value */
    const char *summary;        /* one line for --help */
    int has_mentions;           /* 1: wants a mentions file */
    int (*begin)(kfmt_ctx *c);  /* header etc.; may be NULL */
    int (*record)(kfmt_ctx *c, const krecord *r);
    int (*end)(kfmt_ctx *c);    /* may be NULL */
} ksink_fmt;

typedef struct ksink ksink;

struct kgeo_actiongeo;
/* The ActionGeo of event e for a writer: the event's own geo_* fields when
 * geolocation already ran (the pipeline's, with the parse, or read back from
 * JSON), else located from its texts and m's dateline with the default
 * gazetteer (the sentence analysed once for all its events).  Returns 1
 * when there is a place, else 0 (*out empty). */
int ksink_geo(kfmt_ctx *c, const kevent *e, const kstory_meta *m, struct kgeo_actiongeo *out);

/* Open a sink.  Returns NULL after a diagnostic when the format is unknown
 * ("unknown format 'x' (known: ...)") or a file cannot be created. */
ksink *ksink_open(const ksink_opts *o, kdiag *d);

/* Give metadata for the story whose events follow (copied).  Optional. */
void ksink_story(ksink *s, const kstory_meta *m);

/* Send one event.  Returns 0, or -1 after a diagnostic on a write error
 * (the sink is then failed: later calls do nothing, close returns -1). */
int ksink_event(ksink *s, const kevent *ev);

/* Write one ready-made record (its counts and mentions as given), bypassing
 * deduplication: for exporting a store.  0 or -1 like ksink_event. */
int ksink_record(ksink *s, const krecord *r);

/* Flush deduplicated records, finish, fsync and rename into place.  Frees
 * the sink.  Returns 0, or -1 after a diagnostic (no file left under the
 * final name, temporaries removed). */
int ksink_close(ksink *s);

/* Drop everything: temporaries removed, nothing renamed.  Frees the sink. */
void ksink_abort(ksink *s);

/* The format table, NULL-terminated, and lookup by name (NULL if unknown). */
const ksink_fmt *const *ksink_formats(void);
const ksink_fmt *ksink_find(const char *name);

/* Field helpers for writers: write s with tabs/newlines/CR replaced by
 * spaces (TSV), or RFC 4180-quoted when needed (CSV).  NULL writes nothing. */
void ksink_put_tsv(FILE *f, const char *s);
void ksink_put_csv(FILE *f, const char *s);

/* Trailing number of a sentence id ("story-3" -> 3), 0 when none. */
int ksink_sentence_no(const char *sentence_id);

#endif
