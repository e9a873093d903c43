/* story_plain.c: the plain story format.
 *
 *    date 2021-05-06 First sentence of the story.      <- date line
 *                                                       <- blank line
 *   First paragraph ...                                 <- paragraphs,
 *   ... continued.                                         blank-line separated
 *
 *   Second paragraph.
 *    date 2021-05-07 Next story ...
 *
 * A story starts at each date line and runs to the next.  Text before the
 * first date line is a story only when a default date is given (--date);
 * otherwise it is reported and skipped. */
#include "story_int.h"

#include <stdlib.h>
#include <string.h>

typedef struct plain_state {
    kbuf pend;        /* a date line read ahead, or a first text line */
    long pend_line;
    int has_pend;
    int pend_bad;     /* the pending line was reported bad: skip its story */
    int eof;
} plain_state;

/* If s is a date line, set the date field span and the sentence start. */
static int dateline(const char *s, size_t n, size_t *db, size_t *de, size_t *rest)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (n - i < 5 || memcmp(s + i, "date", 4) || (s[i + 4] != ' ' && s[i + 4] != '\t'))
        return 0;
    i += 4;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t j = i;
    while (j < n && s[j] != ' ' && s[j] != '\t')
        j++;
    int ymd;
    if (kdate_parse(s + i, j - i, &ymd) == -1)
        return 0;
    *db = i;
    *de = j;
    while (j < n && (s[j] == ' ' || s[j] == '\t'))
        j++;
    *rest = j;
    return 1;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

static int plain_next(kreader *r, kstory *st)
{
    plain_state *ps = r->state;
    if (!ps) {
        ps = r->state = xcalloc(1, sizeof *ps);
        kbuf_init(&ps->pend);
    }
    const char *s;
    size_t n;
    int rc;
    for (;;) {
        /* find the start of a story */
        if (!ps->has_pend) {
            int skipping = 0;
            for (;;) {
                rc = kreader_line(r, &s, &n);
                if (rc == 0)
                    return 0;
                size_t db, de, rest;
                if (rc == 2) {
                    if (!dateline(s, n, &db, &de, &rest))
                        continue;
                    ps->pend_bad = 1;
                    break;
                }
                if (blank(s, n))
                    continue;
                if (dateline(s, n, &db, &de, &rest) || r->opt.date)
                    break;
                if (!skipping)
                    kreader_error(r, kinput_lineno(r->in), 0,
                                  "text without a date line (expected ' date YYYY-MM-DD ...'; "
                                  "use --date to supply one), skipped");
                skipping = 1;
            }
            kbuf_reset(&ps->pend);
            kbuf_add(&ps->pend, s, n);
            ps->pend_line = kinput_lineno(r->in);
            ps->has_pend = 1;
        }
        kreader_begin(r);
        ps->has_pend = 0;
        long line0 = ps->pend_line;
        int bad = ps->pend_bad, date = 0;
        ps->pend_bad = 0;
        size_t db, de, rest;
        const char *p = ps->pend.s;
        if (dateline(p, ps->pend.len, &db, &de, &rest)) {
            int e = kdate_parse(p + db, de - db, &date);
            if (e && !bad) {
                kreader_error(r, line0, (long)db + 1, "impossible date '%.*s', story skipped", (int)(de - db),
                              p + db);
                bad = 1;
            }
            if (rest < ps->pend.len) {
                kreader_append(r, p + rest, ps->pend.len - rest, line0);
                kreader_append(r, "\n\n", 2, line0);
            }
        } else {
            date = r->opt.date;
            kreader_append(r, p, ps->pend.len, line0);
            kreader_append(r, "\n", 1, line0);
        }
        /* body: up to the next date line */
        int prev_blank = 0;
        for (;;) {
            rc = kreader_line(r, &s, &n);
            if (rc == 0) {
                ps->eof = 1;
                break;
            }
            if (rc == 2 && !dateline(s, n, &db, &de, &rest)) {
                bad = 1;
                continue;
            }
            if (dateline(s, n, &db, &de, &rest)) {
                ps->pend_bad = rc == 2;
                kbuf_reset(&ps->pend);
                kbuf_add(&ps->pend, s, n);
                ps->pend_line = kinput_lineno(r->in);
                ps->has_pend = 1;
                break;
            }
            if (bad)
                continue;
            if (blank(s, n)) {
                if (!prev_blank && r->text.len && r->text.s[r->text.len - 1] == '\n' &&
                    (r->text.len < 2 || r->text.s[r->text.len - 2] != '\n'))
                    kbuf_putc(&r->text, '\n');
                prev_blank = 1;
                continue;
            }
            prev_blank = 0;
            if (kreader_append(r, s, n, kinput_lineno(r->in)) || kreader_append(r, "\n", 1, 0))
                bad = 1;
        }
        if (bad)
            continue;
        kreader_fill(r, st, NULL, date, line0);
        return 1;
    }
}

static void plain_fini(kreader *r)
{
    plain_state *ps = r->state;
    if (!ps)
        return;
    kbuf_free(&ps->pend);
    free(ps);
}

const kfmt_ops kstory_plain_ops = {plain_next, plain_fini};
