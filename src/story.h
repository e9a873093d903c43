/* story.h: news stories in, one record type out.
 *
 * Every reader (plain story format, JSON Lines, TABARI records, PETRARCH
 * XML text) yields the same kstory.  Readers stream: a story is read,
 * handed out, and its memory reused for the next one, so peak memory is
 * bounded by the largest story (capped by kstory_opt.max_story), never by
 * the size of the input.
 *
 *   path/dir/stdin -> kinput (.gz .zst) -> format reader -> kstory ...
 *
 * Bad input never stops a run: each bad story is reported through the
 * kdiag sink as "file:line: what is wrong" (KD_ERROR) and skipped, and the
 * reader goes on with the next story. */
#ifndef KH_STORY_H
#define KH_STORY_H

#include <stddef.h>
#include "diag.h"

enum { KFMT_AUTO = 0, KFMT_PLAIN, KFMT_JSONL, KFMT_TABARI, KFMT_XML };

typedef struct kstory {
    const char *id;      /* given id, or file base name + "-" + ordinal */
    int date;            /* YYYYMMDD, 0 when unknown */
    const char *title;   /* NULL when absent; likewise source and url */
    const char *source;
    const char *url;
    const char *text;    /* NUL-terminated; paragraphs separated by "\n\n" */
    size_t len;          /* bytes in text */
    const char *file;    /* input name for messages */
    long line;           /* line where the story starts (1-based) */
} kstory;

typedef struct kstory_opt {
    int format;          /* KFMT_*; KFMT_AUTO detects from the content */
    int date;            /* YYYYMMDD for undated stories (--date); 0 = none */
    size_t max_line;     /* longest input line accepted; 0 = 8 MiB */
    size_t max_story;    /* largest story text accepted; 0 = 16 MiB */
} kstory_opt;

typedef struct kreader kreader;

/* Open one input (path or "-" for stdin) for reading stories.  Returns
 * NULL after reporting why (cannot open, not a text file, empty file). */
kreader *kreader_open(const char *path, const kstory_opt *opt, kdiag *d);

/* Next good story into *st (valid until the next call or close).  Bad
 * stories are reported and skipped.  Returns 1, or 0 at end of input. */
int kreader_next(kreader *r, kstory *st);

/* The format being read (detected or forced). */
int kreader_format(const kreader *r);

void kreader_close(kreader *r);

/* Format names: "plain", "jsonl", "tabari", "xml" ("auto" = KFMT_AUTO).
 * kstory_format_parse returns -1 for an unknown name. */
int kstory_format_parse(const char *name);
const char *kstory_format_name(int fmt);

/* Guess the format of the first bytes of an input; never fails (falls
 * back to KFMT_PLAIN). */
int kstory_detect(const char *s, size_t n);

/* Parse a date "YYYY-MM-DD" or "YYYYMMDD" of exactly n bytes into
 * *ymd (YYYYMMDD).  Returns 0 if valid, -1 if malformed, -2 if
 * well-formed but impossible (2021-02-30). */
int kdate_parse(const char *s, size_t n, int *ymd);

/* Expand input paths into the list of files to read: a directory is
 * walked recursively, entries in bytewise name order, hidden entries
 * (".name") skipped; "-" and files are kept as given.  Unreadable
 * directories are reported and skipped.  *out is a malloc'd array of
 * malloc'd strings (free with kstory_paths_free). */
void kstory_paths(char *const *paths, int n, kdiag *d, char ***out, int *nout);
void kstory_paths_free(char **paths, int n);

#endif
