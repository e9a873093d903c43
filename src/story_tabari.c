/* story_tabari.c: TABARI text records (TABARI manual, section 4.3).
 *
 *   950101  DEMO-01                 <- YYMMDD (or YYYYMMDD) and id
 *   Arnor is about to restore ...   <- text lines
 *   (slash-star comment star-slash: dropped)
 *                                   <- blank line ends the record
 *
 * Lines outside records that do not start with a digit are comments.  The
 * id is what follows the date after optional blanks ("950101*INTRO" has
 * id "*INTRO").
 * Two-digit years 00-30 are 2000-2030, others 1931-1999 (as TABARI). */
#include "story_int.h"

#include <stdlib.h>
#include <string.h>

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

/* Remove "/" "*" ... "*" "/" comments from r->text in place. */
static void strip_comments(kbuf *t)
{
    size_t w = 0, i = 0;
    while (i < t->len) {
        if (t->s[i] == '/' && i + 1 < t->len && t->s[i + 1] == '*') {
            char *e = strstr(t->s + i + 2, "*/");
            i = e ? (size_t)(e - t->s) + 2 : t->len;
            t->s[w++] = ' ';
            continue;
        }
        t->s[w++] = t->s[i++];
    }
    t->len = w;
    t->s[w] = 0;
}

static int tabari_next(kreader *r, kstory *st)
{
    const char *s;
    size_t n;
    int rc;
    for (;;) {
        do {
            rc = kreader_line(r, &s, &n);
            if (rc == 0)
                return 0;
        } while (rc == 2 || n == 0 || s[0] < '0' || s[0] > '9');
        kreader_begin(r);
        long line0 = kinput_lineno(r->in);
        int bad = 0, date = 0;
        size_t i = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        size_t j = i;
        while (j < n && (s[j] == ' ' || s[j] == '\t'))
            j++;
        size_t e = n;
        while (e > j && (s[e - 1] == ' ' || s[e - 1] == '\t'))
            e--;
        const char *id = NULL;
        if ((i != 6 && i != 8) || j == n) {
            kreader_error(r, line0, 1, "expected a TABARI date line 'YYMMDD ID', got '%.*s', record skipped",
                          (int)(n > 40 ? 40 : n), s);
            bad = 1;
        } else {
            char d8[9];
            if (i == 6) {
                int yy = (s[0] - '0') * 10 + (s[1] - '0');
                memcpy(d8, yy <= 30 ? "20" : "19", 2);
                memcpy(d8 + 2, s, 6);
            } else {
                memcpy(d8, s, 8);
            }
            if (kdate_parse(d8, 8, &date)) {
                kreader_error(r, line0, 1, "impossible date '%.*s', record skipped", (int)i, s);
                bad = 1;
            }
            id = e > j ? karena_strndup(&r->mem, s + j, e - j) : NULL;
        }
        for (;;) {
            rc = kreader_line(r, &s, &n);
            if (rc == 0)
                break;
            if (rc == 2) {
                bad = 1;
                continue;
            }
            if (blank(s, n))
                break;
            if (!bad && (kreader_append(r, s, n, kinput_lineno(r->in)) || kreader_append(r, "\n", 1, 0)))
                bad = 1;
        }
        if (bad)
            continue;
        strip_comments(&r->text);
        /* a record is one paragraph: fold its line breaks */
        for (size_t k = 0; k < r->text.len; k++)
            if (r->text.s[k] == '\n')
                r->text.s[k] = ' ';
        size_t a = 0;
        while (a < r->text.len && (r->text.s[a] == ' ' || r->text.s[a] == '\t'))
            a++;
        if (a) {
            memmove(r->text.s, r->text.s + a, r->text.len - a + 1);
            r->text.len -= a;
        }
        kreader_fill(r, st, id, date, line0);
        return 1;
    }
}

const kfmt_ops kstory_tabari_ops = {tabari_next, NULL};
