/* issues.c: PETRARCH2 issue dictionaries (Phoenix.IssueCoding.txt).
 *
 *   <ISSUE CATEGORY="ID_ATROCITY">      section tags: ignored
 *   n:massacre [ID_ATROCITY]            noun: singular and plural
 *   v:massacre [ID_ATROCITY]            verb: base, S, ED, ING forms
 *   al+zarqawi network [TERROR_GROUP]   '+': joined by a blank or '-'
 *   ~Saturday Night massacre            ignore phrase: no issues for the
 *   ~~Armenian genocide                 sentence (both forms, as PETRARCH2)
 *
 * Every generated form (upper case, single blanks) is a byte path in one
 * trie; matches start at a word start and end at a word end. */
#include "dict.h"
#include "dictread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FORMS 512

typedef struct iform {
    int code;              /* 0 for ignore phrases */
    int line;
} iform;

struct kissues {
    kintern *in;
    ktrie trie;
    iform *f;
    size_t nf, capf;
    int nlines, nignore;
    int *codes;            /* distinct codes seen, for stats */
    size_t ncodes, capcodes;
};

kissues *kissues_new(kintern *in)
{
    kissues *x = xcalloc(1, sizeof *x);
    x->in = in;
    ktrie_init(&x->trie);
    return x;
}

void kissues_free(kissues *x)
{
    if (!x)
        return;
    ktrie_free(&x->trie);
    free(x->f);
    free(x->codes);
    free(x);
}

static int wordbyte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '-';
}

/* forms of one '+'-free piece w (upper case) with an optional n:/v: prefix */
static int piece_forms(const char *w, size_t n, char out[][128], int max)
{
    int kind = 0;
    if (n > 2 && (w[0] == 'N' || w[0] == 'V') && w[1] == ':') {
        kind = w[0];
        w += 2, n -= 2;
    }
    if (n == 0 || n > 100)
        return -1;
    int k = 0;
    snprintf(out[k++], 128, "%.*s", (int)n, w);
    if (kind == 'N' && k < max) {
        kbuf b;
        kbuf_init(&b);
        kd_plural(&b, w, n);
        snprintf(out[k++], 128, "%s", b.s);
        kbuf_free(&b);
    } else if (kind == 'V' && k + 3 <= max) {
        kbuf b;
        kbuf_init(&b);
        kd_plural(&b, w, n); /* third person: same spelling rules */
        snprintf(out[k++], 128, "%s", b.s);
        kbuf_free(&b);
        char last = w[n - 1], prev = n > 1 ? w[n - 2] : 0;
        int vowel = prev == 'A' || prev == 'E' || prev == 'I' || prev == 'O' || prev == 'U';
        if (last == 'E')
            snprintf(out[k++], 128, "%.*sD", (int)n, w);
        else if (last == 'Y' && !vowel)
            snprintf(out[k++], 128, "%.*sIED", (int)n - 1, w);
        else
            snprintf(out[k++], 128, "%.*sED", (int)n, w);
        if (last == 'E' && prev != 'E' && n > 2)
            snprintf(out[k++], 128, "%.*sING", (int)n - 1, w);
        else
            snprintf(out[k++], 128, "%.*sING", (int)n, w);
    }
    return k;
}

/* All forms of the upper-cased phrase p (single blanks) into forms[]. */
static int expand(const char *p, kbuf *forms, int *nforms)
{
    /* iterate over blank-separated tokens, then '+'-separated pieces;
     * keep a working list of prefixes */
    kbuf cur, next;
    kbuf_init(&cur);
    kbuf_init(&next);
    int ncur = 1;
    kbuf_add(&cur, "", 1); /* one empty prefix (NUL-separated list) */
    const char *s = p;
    int rc = 0;
    int first_piece = 1;
    while (*s && rc == 0) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        /* pieces of the token */
        const char *ps = s;
        int first_in_token = 1;
        while (ps <= e && rc == 0) {
            const char *pe = memchr(ps, '+', (size_t)(e - ps));
            if (!pe)
                pe = e;
            char pf[8][128];
            int npf = piece_forms(ps, (size_t)(pe - ps), pf, 8);
            if (npf < 0) {
                rc = -1;
                break;
            }
            /* joiners: between tokens ' '; between pieces ' ' or '-' */
            const char *joins[2] = {" ", "-"};
            int njoin = first_piece ? 0 : (first_in_token ? 1 : 2);
            kbuf_reset(&next);
            int nnext = 0;
            const char *c = cur.s;
            for (int i = 0; i < ncur; i++) {
                size_t cl = strlen(c);
                for (int j = 0; j < (njoin ? njoin : 1); j++) {
                    for (int k = 0; k < npf; k++) {
                        kbuf_add(&next, c, cl);
                        if (njoin)
                            kbuf_puts(&next, joins[j]);
                        kbuf_puts(&next, pf[k]);
                        kbuf_add(&next, "", 1);
                        nnext++;
                    }
                }
                c += cl + 1;
            }
            if (nnext > MAX_FORMS) {
                rc = -2;
                break;
            }
            kbuf tmp = cur;
            cur = next;
            next = tmp;
            ncur = nnext;
            first_piece = 0;
            first_in_token = 0;
            ps = pe + 1;
        }
        s = e;
    }
    if (rc == 0) {
        kbuf_reset(forms);
        kbuf_add(forms, cur.s, cur.len);
        *nforms = ncur;
    }
    kbuf_free(&cur);
    kbuf_free(&next);
    return rc;
}

int kissues_read(kissues *x, const char *path, int strict, kdiag *d)
{
    kdreader r;
    if (kdr_open(&r, path, "issue", strict, d) < 0)
        return -1;
    r.hash_only = 1;
    kbuf norm, forms, raw;
    kbuf_init(&norm);
    kbuf_init(&forms);
    kbuf_init(&raw);
    while (kdr_next(&r)) {
        const char *s = r.s;
        size_t n = r.n;
        kd_trim(&s, &n);
        if (*s == '<')
            continue; /* <ISSUE ...> / </ISSUE> section tags */
        int code = 0, ignore = 0;
        const char *ps = s;
        size_t pn = n;
        if (*s == '~') {
            ignore = 1;
            ps++, pn--;
            if (pn && *ps == '~')
                ps++, pn--;
            if (memchr(ps, '[', pn)) {
                kdr_bad(&r, memchr(ps, '[', pn), "no code after an ignore phrase");
                continue;
            }
        } else {
            const char *br = memchr(s, '[', n);
            if (!br) {
                kdr_bad(&r, s + n, "an issue code '[CODE]'");
                continue;
            }
            const char *cb = memchr(br, ']', (size_t)(s + n - br));
            if (!cb) {
                kdr_bad(&r, br, "']' closing the issue code");
                continue;
            }
            const char *t = cb + 1;
            while (t < s + n && kd_isblank((unsigned char)*t))
                t++;
            if (t < s + n) {
                kdr_bad(&r, t, "end of line after the issue code");
                continue;
            }
            const char *cs = br + 1;
            size_t cn = (size_t)(cb - cs);
            kd_trim(&cs, &cn);
            if (!cn || memchr(cs, ' ', cn) || memchr(cs, '\t', cn)) {
                kdr_bad(&r, br, "one issue code inside '[...]'");
                continue;
            }
            code = kintern_add(x->in, cs, cn);
            pn = (size_t)(br - s);
        }
        kbuf_reset(&raw);
        kbuf_add(&raw, ps, pn);
        kd_normtext(&norm, raw.s);
        const char *t = norm.s;
        size_t tn = norm.len;
        kd_trim(&t, &tn);
        if (!tn) {
            kdr_bad(&r, ps, "an issue phrase");
            continue;
        }
        char *phr = xstrndup(t, tn);
        int nforms = 0;
        int rc = expand(phr, &forms, &nforms);
        free(phr);
        if (rc < 0) {
            if (rc == -2)
                kdr_bad(&r, ps, "fewer than %d generated forms", MAX_FORMS);
            else
                kdr_bad(&r, ps, "words of 1 to 100 bytes around '+', 'n:' and 'v:'");
            continue;
        }
        const char *f = forms.s;
        for (int i = 0; i < nforms; i++) {
            size_t fl = strlen(f);
            if (fl && wordbyte((unsigned char)f[0])) {
                int node = 0;
                for (size_t j = 0; j < fl; j++)
                    node = ktrie_add(&x->trie, node, (unsigned char)f[j]);
                XGROW(x->f, x->capf, x->nf + 1);
                x->f[x->nf].code = code;
                x->f[x->nf].line = r.lineno;
                ktrie_setval(&x->trie, node, (int)x->nf);
                x->nf++;
            }
            f += fl + 1;
        }
        x->nlines++;
        if (ignore) {
            x->nignore++;
        } else {
            size_t i = 0;
            while (i < x->ncodes && x->codes[i] != code)
                i++;
            if (i == x->ncodes) {
                XGROW(x->codes, x->capcodes, x->ncodes + 1);
                x->codes[x->ncodes++] = code;
            }
        }
    }
    kbuf_free(&norm);
    kbuf_free(&forms);
    kbuf_free(&raw);
    int nbad = r.nbad;
    if (kdr_close(&r) < 0)
        return -1;
    return nbad;
}

int kissues_match(const kissues *x, const char *text, kissue_count *out, int max)
{
    if (!x || !text || !x->nf)
        return 0;
    kbuf t;
    kbuf_init(&t);
    kd_normtext(&t, text);
    const unsigned char *s = (const unsigned char *)t.s;
    size_t n = t.len;
    kissue_count loc[32], *all = loc;
    int nall = 0, capall = 32, ignored = 0;
    for (size_t i = 0; i < n && !ignored; i++) {
        if ((i > 0 && wordbyte(s[i - 1])) || !wordbyte(s[i]))
            continue;
        int node = 0;
        for (size_t j = i; j < n; j++) {
            node = ktrie_next(&x->trie, node, s[j]);
            if (node < 0)
                break;
            int v = ktrie_val(&x->trie, node);
            if (v < 0 || (j + 1 < n && wordbyte(s[j + 1])))
                continue;
            int code = x->f[v].code;
            if (!code) {
                ignored = 1;
                break;
            }
            int k = 0;
            while (k < nall && all[k].code != code)
                k++;
            if (k == nall) {
                if (nall == capall) {
                    kissue_count *nw = xmalloc(xmul((size_t)capall * 2, sizeof *nw));
                    memcpy(nw, all, (size_t)nall * sizeof *nw);
                    if (all != loc)
                        free(all);
                    all = nw;
                    capall *= 2;
                }
                all[nall].code = code;
                all[nall].count = 0;
                nall++;
            }
            all[k].count++;
        }
    }
    kbuf_free(&t);
    if (ignored)
        nall = 0;
    for (int k = 0; k < nall && k < max; k++)
        out[k] = all[k];
    if (all != loc)
        free(all);
    return nall;
}

void kissues_stats(const kissues *x, kdict_stats *st)
{
    if (!x)
        return;
    st->issue_entries += x->nlines;
    st->issue_phrases += (int)x->nf;
    st->issue_ignore += x->nignore;
    st->issue_codes += (int)x->ncodes;
    st->bytes += ktrie_bytes(&x->trie) + x->capf * sizeof *x->f;
}
