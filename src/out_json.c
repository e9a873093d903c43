/* out_json.c: the JSON Lines event writer (see out.h). */
#include "out.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string of s; invalid UTF-8 bytes become '?' (jansson refuses them). */
static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    char *c = xstrdup(s);
    for (unsigned char *p = (unsigned char *)c; *p; p++)
        if (*p >= 0x80)
            *p = '?';
    j = json_string(c);
    free(c);
    return j ? j : json_null();
}

/* s with every run of white space made one blank, trimmed. */
static json_t *jtext(const char *s)
{
    if (!s)
        return json_null();
    kbuf b;
    kbuf_init(&b);
    int sp = 0;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            sp = b.len > 0;
            continue;
        }
        if (sp)
            kbuf_putc(&b, ' ');
        sp = 0;
        kbuf_putc(&b, *p);
    }
    json_t *j = jstr(b.s);
    kbuf_free(&b);
    return j;
}

static const char *base_name(const char *p)
{
    const char *s = p ? strrchr(p, '/') : NULL;
    return s ? s + 1 : p;
}

void kout_json_line(kbuf *b, const kevent *e, const char *news_source)
{
    json_t *o = json_object();
    json_object_set_new(o, "story_id", jstr(e->story_id));
    json_object_set_new(o, "sentence_id", jstr(e->sentence_id));
    if (e->date > 0) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", e->date / 10000, e->date / 100 % 100, e->date % 100);
        json_object_set_new(o, "date", json_string(d));
    } else
        json_object_set_new(o, "date", json_null());
    json_object_set_new(o, "source", jstr(e->source));
    json_object_set_new(o, "target", jstr(e->target));
    json_object_set_new(o, "code", jstr(e->code));
    json_object_set_new(o, "sentence", jtext(e->sentence));
    json_object_set_new(o, "pattern", jstr(e->pattern));
    if (e->pattern_file) {
        kbuf ps;
        kbuf_init(&ps);
        kbuf_printf(&ps, "%s:%d", base_name(e->pattern_file), e->pattern_line);
        json_object_set_new(o, "pattern_source", jstr(ps.s));
        kbuf_free(&ps);
    } else
        json_object_set_new(o, "pattern_source", json_null());
    json_object_set_new(o, "pattern_file", jstr(e->pattern_file));
    json_object_set_new(o, "pattern_line", e->pattern_line > 0 ? json_integer(e->pattern_line) : json_null());
    json_object_set_new(o, "source_text", jtext(e->source_text));
    json_object_set_new(o, "target_text", jtext(e->target_text));
    json_object_set_new(o, "verb_text", jtext(e->verb_text));
    json_object_set_new(o, "issues", jstr(e->issues));
    if (news_source)
        json_object_set_new(o, "news_source", jstr(news_source));
    if (e->source_resolved)
        json_object_set_new(o, "source_resolved", jstr(e->source_resolved));
    if (e->target_resolved)
        json_object_set_new(o, "target_resolved", jstr(e->target_resolved));
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (s) {
        kbuf_puts(b, s);
        free(s);
    }
    kbuf_putc(b, '\n');
    json_decref(o);
}
