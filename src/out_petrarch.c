/* out_petrarch.c: PETRARCH2's tab-separated event lines (see out.h). */
#include "out.h"

#include <string.h>

/* Append s with tabs/newlines made blanks and white-space runs collapsed. */
static void field(kbuf *b, const char *s)
{
    if (!s)
        return;
    int sp = 0;
    size_t start = b->len;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            sp = b->len > start;
            continue;
        }
        if (sp)
            kbuf_putc(b, ' ');
        sp = 0;
        kbuf_putc(b, *s);
    }
}

/* "CODE 1, CODE2 3" -> "CODE,1;CODE2,3" */
static void issues(kbuf *b, const char *s)
{
    if (!s)
        return;
    int first = 1;
    while (*s) {
        while (*s == ' ' || *s == ',')
            s++;
        if (!*s)
            break;
        const char *e = s;
        while (*e && *e != ',')
            e++;
        const char *sp = e;
        while (sp > s && sp[-1] == ' ')
            sp--;
        const char *cut = sp;
        while (cut > s && cut[-1] != ' ')
            cut--;
        if (!first)
            kbuf_putc(b, ';');
        first = 0;
        if (cut > s) {
            const char *ce = cut;
            while (ce > s && ce[-1] == ' ')
                ce--;
            kbuf_add(b, s, (size_t)(ce - s));
            kbuf_putc(b, ',');
            kbuf_add(b, cut, (size_t)(sp - cut));
        } else
            kbuf_add(b, s, (size_t)(sp - s));
        s = e;
    }
}

void kout_petrarch_line(kbuf *b, const kevent *e, const char *news_source)
{
    if (e->date > 0)
        kbuf_printf(b, "%08d", e->date);
    kbuf_putc(b, '\t');
    field(b, e->source);
    kbuf_putc(b, '\t');
    field(b, e->target);
    kbuf_putc(b, '\t');
    field(b, e->code);
    kbuf_putc(b, '\t');
    issues(b, e->issues);
    kbuf_putc(b, '\t');
    field(b, e->sentence_id);
    kbuf_putc(b, '\t');
    field(b, news_source);
    kbuf_putc(b, '\t');
    field(b, e->source_text);
    kbuf_putc(b, '\t');
    field(b, e->target_text);
    kbuf_putc(b, '\t');
    field(b, e->verb_text);
    kbuf_putc(b, '\n');
}
