/* story_int.h: what the story_*.c readers share with story.c (private). */
#ifndef KH_STORY_INT_H
#define KH_STORY_INT_H

#include "input.h"
#include "story.h"
#include "util.h"

typedef struct kfmt_ops {
    int (*next)(kreader *r, kstory *st);   /* 1 story, 0 end */
    void (*fini)(kreader *r);              /* free r->state */
} kfmt_ops;

struct kreader {
    kinput *in;
    const char *name;    /* input name for messages */
    kdiag *d;
    kstory_opt opt;      /* defaults filled in */
    int format;
    const kfmt_ops *ops;
    void *state;         /* per-format state */
    karena mem;          /* strings of the current story (reset per story) */
    kbuf text;           /* text of the current story */
    int ordinal;         /* stories started so far (good or bad) */
    char *base;          /* file base name used for default ids */
};

extern const kfmt_ops kstory_plain_ops, kstory_jsonl_ops, kstory_tabari_ops, kstory_xml_ops;

/* Report an error at line/col of the current input. */
void kreader_error(kreader *r, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Start a new story: reset memory and text, bump the ordinal. */
void kreader_begin(kreader *r);

/* Default id "base-N" for the current ordinal, in r->mem. */
const char *kreader_default_id(kreader *r);

/* Fill st from r->text and the given fields (strings must live in r->mem
 * or the reader state). */
void kreader_fill(kreader *r, kstory *st, const char *id, int date, long line);

/* Read a line, reporting NUL bytes and overlong lines.  Returns 1 (ok
 * line), 2 (bad line, already reported: caller skips its story; *s and *n
 * still hold the line, truncated if overlong), 0 end. */
int kreader_line(kreader *r, const char **s, size_t *n);

/* Append a line to r->text; returns -1 (reported) if the story would
 * exceed max_story. */
int kreader_append(kreader *r, const char *s, size_t n, long line);

#endif
