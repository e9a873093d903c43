/* dictread.c: see dictread.h */
#include "dictread.h"
#include "text.h"
#include "dict.h"
#include "sent.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int kd_isblank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

void kd_trim(const char **s, size_t *n)
{
    while (*n && kd_isblank((unsigned char)**s))
        (*s)++, (*n)--;
    while (*n && kd_isblank((unsigned char)(*s)[*n - 1]))
        (*n)--;
}

void kdict_upcase(kbuf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n) { /* ASCII: plain upper-casing */
        size_t at = out->len;
        kbuf_add(out, s, n);
        for (size_t k = at; k < out->len; k++)
            if (out->s[k] >= 'a' && out->s[k] <= 'z')
                out->s[k] = (char)(out->s[k] - 'a' + 'A');
        return;
    }
    /* The one folding rule of text.c, as for sentence tokens (ksent_key). */
    kbuf fixed;
    kbuf_init(&fixed);
    ktext_repair(s, n, &fixed, NULL);
    ktext_key(fixed.s, fixed.len, out);
    kbuf_free(&fixed);
}

int kdr_open(kdreader *r, const char *path, const char *what, int strict, kdiag *d)
{
    memset(r, 0, sizeof *r);
    r->path = path;
    r->d = d;
    r->strict = strict;
    kloc l = {path, 0, 0, NULL};
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        kdiag_report(d, KD_ERROR, &l, "cannot open %s dictionary: %s", what, strerror(errno));
        return -1;
    }
    kbuf b;
    kbuf_init(&b);
    char tmp[65536];
    size_t got;
    while ((got = fread(tmp, 1, sizeof tmp, fp)) > 0)
        kbuf_add(&b, tmp, got);
    int err = ferror(fp);
    fclose(fp);
    if (err) {
        kdiag_report(d, KD_ERROR, &l, "cannot read %s dictionary", what);
        kbuf_free(&b);
        return -1;
    }
    r->len = b.len;
    r->buf = kbuf_detach(&b);
    for (size_t i = 0; i < r->len; i++)
        if (!r->buf[i])
            r->buf[i] = ' ';
    if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
        r->pos = 3;
    return 0;
}

/* Blank out comments in line (NUL-terminated); sets r->in_block when a
 * <!-- comment is left open. */
static void strip_comments(kdreader *r, char *line)
{
    char *p = line;
    if (r->in_block) {
        char *e = strstr(p, "-->");
        if (!e) {
            *p = 0;
            return;
        }
        r->in_block = 0;
        memset(p, ' ', (size_t)(e + 3 - p));
    }
    /* PETRARCH2: a line starting with "<!" is a comment line; "<!--"
     * without its "-->" opens a block. */
    if (p[0] == '<' && p[1] == '!') {
        char *e = strstr(p, "-->");
        if (!e) {
            if (p[2] == '-' && p[3] == '-')
                r->in_block = 1;
            *p = 0;
            return;
        }
        memset(p, ' ', (size_t)(e + 3 - p));
    }
    for (; *p; p++) {
        if (*p == '#' || (*p == ';' && !r->hash_only)) {
            *p = 0;
            return;
        }
        if (p[0] == '<' && p[1] == '!' && p[2] == '-' && p[3] == '-') {
            char *e = strstr(p + 4, "-->");
            if (!e) {
                r->in_block = 1;
                *p = 0;
                return;
            }
            memset(p, ' ', (size_t)(e + 3 - p));
            p = e + 2;
        }
    }
}

int kdr_next(kdreader *r)
{
    while (r->pos < r->len) {
        char *line = r->buf + r->pos;
        char *nl = memchr(line, '\n', r->len - r->pos);
        size_t ll = nl ? (size_t)(nl - line) : r->len - r->pos;
        r->pos += ll + (nl ? 1 : 0);
        r->lineno++;
        line[ll] = 0; /* buf has a NUL after len (kbuf), so this is safe */
        strip_comments(r, line);
        size_t n = strlen(line);
        while (n && kd_isblank((unsigned char)line[n - 1]))
            line[--n] = 0;
        size_t k = 0;
        while (k < n && kd_isblank((unsigned char)line[k]))
            k++;
        if (k == n)
            continue;
        r->s = line;
        r->n = n;
        return 1;
    }
    return 0;
}

void kdr_bad(kdreader *r, const char *p, const char *fmt, ...)
{
    kbuf b;
    kbuf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    kbuf_puts(&b, "expected ");
    kbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (!p)
        p = r->s;
    const char *t = p;
    size_t n = strlen(t);
    kd_trim(&t, &n);
    if (n > 40) {
        n = 40;
        while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
            n--;
    }
    kbuf_printf(&b, " near '%.*s'", (int)n, t);
    kloc l = {r->path, r->lineno, (int)(p - r->s) + 1, NULL};
    kdiag_report(r->d, r->strict ? KD_ERROR : KD_WARN, &l, "%s", b.s);
    kbuf_free(&b);
    r->nbad++;
}

int kdr_close(kdreader *r)
{
    int rc = 0;
    if (r->nbad) {
        kloc l = {r->path, 0, 0, NULL};
        if (r->strict) {
            kdiag_report(r->d, KD_ERROR, &l, "%d malformed entr%s (strict mode)",
                         r->nbad, r->nbad == 1 ? "y" : "ies");
            rc = -1;
        } else {
            kdiag_report(r->d, KD_NOTE, &l, "%d malformed entr%s skipped",
                         r->nbad, r->nbad == 1 ? "y" : "ies");
        }
    }
    free(r->buf);
    r->buf = NULL;
    return rc;
}

int kd_date(const char *s, size_t n)
{
    if (n != 6 && n != 8)
        return -1;
    int v[8];
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v[i] = s[i] - '0';
    }
    int y, m, d;
    if (n == 8) {
        y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        m = v[4] * 10 + v[5];
        d = v[6] * 10 + v[7];
    } else {
        y = v[0] * 10 + v[1];
        y += y <= 30 ? 2000 : 1900;
        m = v[2] * 10 + v[3];
        d = v[4] * 10 + v[5];
    }
    static const int mdays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > mdays[m])
        return -1;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return -1;
    return y * 10000 + m * 100 + d;
}

static int isvowel(int c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

void kd_plural(kbuf *out, const char *s, size_t n)
{
    if (n == 0)
        return;
    char c = s[n - 1], p = n > 1 ? s[n - 2] : 0;
    if (c == 'Y' && n > 1 && !isvowel((unsigned char)p)) {
        kbuf_add(out, s, n - 1);
        kbuf_puts(out, "IES");
    } else if (c == 'S' || c == 'X' || c == 'Z' || ((c == 'H') && (p == 'C' || p == 'S'))) {
        kbuf_add(out, s, n);
        kbuf_puts(out, "ES");
    } else {
        kbuf_add(out, s, n);
        kbuf_putc(out, 'S');
    }
}

int kd_words(kintern *in, const char *s, size_t n, int **ids, size_t *cap)
{
    int nw = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (kd_isblank((unsigned char)s[i]) || s[i] == '_'))
            i++;
        size_t j = i;
        while (j < n && !kd_isblank((unsigned char)s[j]) && s[j] != '_')
            j++;
        if (j > i) {
            XGROW(*ids, *cap, (size_t)nw + 1);
            (*ids)[nw++] = kintern_add(in, s + i, j - i);
        }
        i = j;
    }
    return nw;
}

int kd_trie_insert(ktrie *t, const int *sym, int n)
{
    int node = 0;
    for (int i = 0; i < n; i++)
        node = ktrie_add(t, node, (uint32_t)sym[i]);
    return node;
}

void kd_normtext(kbuf *out, const char *s)
{
    kbuf_reset(out);
    size_t i = 0;
    while (s[i]) {
        if (kd_isblank((unsigned char)s[i]) || s[i] == '\n') {
            while (s[i] && (kd_isblank((unsigned char)s[i]) || s[i] == '\n'))
                i++;
            kbuf_putc(out, ' ');
            continue;
        }
        size_t j = i;
        while (s[j] && !kd_isblank((unsigned char)s[j]) && s[j] != '\n')
            j++;
        kdict_upcase(out, s + i, j - i);
        i = j;
    }
}

int kd_phrase_syms(kintern *in, const char *s, size_t n, int **sym, size_t *cap)
{
    int nw = 0, gap = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (kd_isblank((unsigned char)s[i]) || s[i] == '_')) {
            if (kd_isblank((unsigned char)s[i]))
                gap = 1;
            i++;
        }
        size_t j = i;
        while (j < n && !kd_isblank((unsigned char)s[j]) && s[j] != '_')
            j++;
        if (j > i) {
            XGROW(*sym, *cap, (size_t)nw + 1);
            int id = kintern_add(in, s + i, j - i);
            (*sym)[nw] = id * 2 + (nw > 0 && gap);
            nw++;
        }
        gap = 0;
        i = j;
    }
    return nw;
}

int kd_phrase_insert(ktrie *t, const int *sym, int n)
{
    int node = 0;
    for (int i = 0; i < n; i++) {
        if (sym[i] & 1)
            ktrie_setflag(t, node, KD_GAPKIDS);
        node = ktrie_add(t, node, (uint32_t)sym[i]);
    }
    return node;
}

int kd_key_id(const kintern *in, const char *key)
{
    static const char suf[] = "-BASED";
    size_t n = strlen(key), l = sizeof suf - 1;
    int id = kintern_find(in, key, n);
    if (id || n <= l || strcmp(key + n - l, suf) != 0)
        return id;
    return kintern_find(in, key, n - l);
}

static int getid(kd_idsrc *x, int k)
{
    if (x->ids)
        return x->ids[k];
    while (x->filled <= k) {
        const char *key = x->tok[x->filled].key;
        x->cache[x->filled] = key ? kd_key_id(x->in, key) : 0;
        x->filled++;
    }
    return x->cache[k];
}

static void walk(const ktrie *t, kd_idsrc *x, int i0, int k, int node, int words, kd_visit_fn visit,
                 void *ud)
{
    if (k >= x->n)
        return;
    /* the next word right here, by either connector */
    int id = getid(x, k);
    if (id > 0) {
        for (int g = 0; g < 2; g++) {
            int c = ktrie_next(t, node, (uint32_t)(id * 2 + g));
            if (c < 0)
                continue;
            if (ktrie_val(t, c) >= 0)
                visit(ud, ktrie_val(t, c), words + 1, k - i0 + 1);
            walk(t, x, i0, k + 1, c, words + 1, visit, ud);
        }
    }
    /* or after skipped tokens, along gap edges only */
    if (node == 0 || !(ktrie_flag(t, node) & KD_GAPKIDS))
        return;
    for (int j = k + 1; j < x->n && j <= k + KD_MAXGAP; j++) {
        int jd = getid(x, j);
        if (jd <= 0)
            continue;
        int c = ktrie_next(t, node, (uint32_t)(jd * 2 + 1));
        if (c < 0)
            continue;
        if (ktrie_val(t, c) >= 0)
            visit(ud, ktrie_val(t, c), words + 1, j - i0 + 1);
        walk(t, x, i0, j + 1, c, words + 1, visit, ud);
    }
}

void kd_phrase_walk(const ktrie *t, kd_idsrc *x, int i, kd_visit_fn visit, void *ud)
{
    if (i < 0 || i >= x->n)
        return;
    int id = getid(x, i);
    if (id <= 0)
        return;
    int c = ktrie_next(t, 0, (uint32_t)(id * 2));
    if (c < 0)
        return;
    if (ktrie_val(t, c) >= 0)
        visit(ud, ktrie_val(t, c), 1, 1);
    walk(t, x, i, i + 1, c, 1, visit, ud);
}
