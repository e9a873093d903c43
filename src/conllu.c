/* conllu.c: see conllu.h */
#include "conllu.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static void report(kdiag *d, const kloc *at, int line, int col, const char *msg)
{
    kloc loc = {0};
    if (at)
        loc = *at;
    if (loc.line > 0) {
        if (line > 1)
            loc.col = col;
        else
            loc.col = (loc.col > 0 ? loc.col : 1) + col - 1;
        loc.line += line - 1;
    } else {
        loc.line = line;
        loc.col = col;
    }
    kdiag_report(d, KD_ERROR, &loc, "%s", msg);
}

/* v1 label -> v2 spelling, when they differ. */
static const char *v2_label(const char *l)
{
    static const struct { const char *v1, *v2; } m[] = {
        {"dobj", "obj"}, {"nsubjpass", "nsubj:pass"}, {"csubjpass", "csubj:pass"},
        {"auxpass", "aux:pass"}, {"neg", "advmod"}, {"name", "flat"}, {"mwe", "fixed"},
        {"foreign", "flat:foreign"}, {"remnant", "orphan"},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
        if (!strcmp(l, m[i].v1))
            return m[i].v2;
    return NULL;
}

static int predicate_tok(const ktok *t)
{
    const char *u = t->upos, *x = t->xpos;
    if (!strcmp(u, "VERB") || !strcmp(u, "AUX") || !strcmp(u, "ADJ") || !strcmp(u, "ADV"))
        return 1;
    if (!*u || !strcmp(u, "_"))
        return (x[0] == 'V' && x[1] == 'B') || (x[0] == 'J' && x[1] == 'J') || (x[0] == 'R' && x[1] == 'B') ||
               !strcmp(x, "MD");
    return 0;
}

typedef struct row { const char *f[10]; size_t n[10]; int col[10]; int line; } row;

static int parse_int(const char *p, size_t n, long *out)
{
    if (!n || n > 9)
        return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return 0;
}

/* Scan the word lines of one sentence text[0..len) into rows/heads (room for
 * one row per line): comment and blank lines are skipped, as are multiword
 * ranges and empty nodes.  Checks UTF-8, column count, IDs, head numbers and
 * their range.  Returns the word count, or -1 after reporting. */
static int scan_rows(const char *text, size_t len, kdiag *d, const kloc *at, row *rows, long *heads)
{
    /* Validate UTF-8 once. */
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
        if (m <= 0) {
            int line = 1, col = 1;
            for (size_t j = 0; j < i; j++, col++)
                if (text[j] == '\n') {
                    line++;
                    col = 0;
                }
            report(d, at, line, col, "invalid UTF-8 in the parse");
            return -1;
        }
        i += (size_t)m;
    }
    int n = 0, line = 0;
    char msg[200];
    size_t p = 0;
    while (p < len) {
        size_t e = p;
        while (e < len && text[e] != '\n')
            e++;
        line++;
        size_t le = e;
        if (le > p && text[le - 1] == '\r')
            le--;
        size_t q = p;
        while (q < le && (text[q] == ' ' || text[q] == '\t'))
            q++;
        if (q == le || text[q] == '#') {
            p = e + 1;
            continue;
        }
        row r;
        memset(&r, 0, sizeof r);
        r.line = line;
        int nf = 0;
        size_t fb = p;
        for (size_t i = p; i <= le; i++)
            if (i == le || text[i] == '\t') {
                if (nf < 10) {
                    r.f[nf] = text + fb;
                    r.n[nf] = i - fb;
                    r.col[nf] = (int)(fb - p) + 1;
                }
                nf++;
                fb = i + 1;
            }
        if (nf != 10) {
            snprintf(msg, sizeof msg, "expected 10 tab-separated columns, found %d near '%.*s'", nf,
                     (int)(le - p < 20 ? le - p : 20), text + p);
            report(d, at, line, 1, msg);
            return -1;
        }
        long id;
        int range = 0;
        for (size_t i = 0; i < r.n[0]; i++)
            if (r.f[0][i] == '-' || r.f[0][i] == '.')
                range = 1;
        if (range) {
            p = e + 1;
            continue;
        }
        if (parse_int(r.f[0], r.n[0], &id) < 0 || id != n + 1) {
            snprintf(msg, sizeof msg, "expected token ID %d near '%.*s'", n + 1, (int)(r.n[0] < 20 ? r.n[0] : 20),
                     r.f[0]);
            report(d, at, line, r.col[0], msg);
            return -1;
        }
        if (parse_int(r.f[6], r.n[6], &heads[n]) < 0) {
            snprintf(msg, sizeof msg, "expected a head number near '%.*s'", (int)(r.n[6] < 20 ? r.n[6] : 20), r.f[6]);
            report(d, at, line, r.col[6], msg);
            return -1;
        }
        if (!r.n[1] || !r.n[7]) {
            report(d, at, line, r.n[1] ? r.col[7] : r.col[1], "empty FORM or DEPREL column");
            return -1;
        }
        rows[n++] = r;
        p = e + 1;
    }
    for (int i = 0; i < n; i++)
        if (heads[i] > n) {
            snprintf(msg, sizeof msg, "head %ld out of range (sentence has %d tokens)", heads[i], n);
            report(d, at, rows[i].line, rows[i].col[6], msg);
            return -1;
        }
    return n;
}

int kconllu_parse(ksent *s, const char *text, size_t len, kdiag *d, const kloc *at)
{
    s->tok = NULL;
    s->ntok = 0;
    s->phr = NULL;
    s->nphr = 0;
    if (!text)
        len = 0;
    int cap = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n')
            cap++;
    row *rows = xmalloc(xmul((size_t)cap, sizeof *rows));
    long *heads = xmalloc(xmul((size_t)cap, sizeof *heads));
    int rc = -1;
    char msg[200];
    int n = scan_rows(text, len, d, at, rows, heads);
    if (n < 0)
        goto done;
    if (!n) {
        report(d, at, 1, 1, "parse has no tokens");
        goto done;
    }
    karena *a = s->mem;
    ktok *tok = karena_alloc(a, xmul((size_t)n, sizeof *tok));
    for (int i = 0; i < n; i++) {
        row *r = &rows[i];
        ktok *k = &tok[i];
        k->form = karena_strndup(a, r->f[1], r->n[1]);
        k->key = ksent_key(a, r->f[1], r->n[1]);
        k->lemma = (r->n[2] && !(r->n[2] == 1 && r->f[2][0] == '_')) ? karena_strndup(a, r->f[2], r->n[2]) : NULL;
        if (r->n[3] && r->n[3] < sizeof k->upos && !(r->n[3] == 1 && r->f[3][0] == '_'))
            memcpy(k->upos, r->f[3], r->n[3]);
        if (r->n[4] && r->n[4] < sizeof k->xpos && !(r->n[4] == 1 && r->f[4][0] == '_'))
            memcpy(k->xpos, r->f[4], r->n[4]);
        k->head = (int)heads[i] - 1;
        k->deprel = karena_strndup(a, r->f[7], r->n[7]);
        k->beg = k->end = -1;
    }
    /* v1 -> v2 spelling; nominal dependents of predicates become obl. */
    for (int i = 0; i < n; i++) {
        ktok *k = &tok[i];
        const char *v2 = v2_label(k->deprel);
        if (v2)
            k->deprel = v2;
        if (k->head >= 0 && predicate_tok(&tok[k->head])) {
            if (!strcmp(k->deprel, "nmod"))
                k->deprel = "obl";
            else if (!strcmp(k->deprel, "nmod:tmod"))
                k->deprel = "obl:tmod";
            else if (!strcmp(k->deprel, "nmod:npmod"))
                k->deprel = "obl:npmod";
        }
        k->rel = krel_parse(k->deprel);
        if (k->head < 0)
            k->rel = KR_ROOT;
    }
    /* v1 attaches cc to the first conjunct; v2 to the conjunct after it. */
    for (int i = 0; i < n; i++) {
        if (tok[i].rel != KR_CC || tok[i].head < 0)
            continue;
        int h = tok[i].head;
        for (int j = i + 1; j < n; j++)
            if (tok[j].head == h && tok[j].rel == KR_CONJ) {
                tok[i].head = j;
                break;
            }
    }
    s->tok = tok;
    s->ntok = n;
    const char *why;
    if (ksent_check(s, &why) < 0) {
        snprintf(msg, sizeof msg, "dependency heads do not form a tree (%s)", why);
        report(d, at, rows[0].line, 1, msg);
        s->tok = NULL;
        s->ntok = 0;
        goto done;
    }
    ksent_align(s);
    rc = 0;
done:
    free(rows);
    free(heads);
    return rc;
}

/* ---- whole files, raw columns (training and evaluation) ---- */

void kconllu_corpus_init(kconllu_corpus *c)
{
    memset(c, 0, sizeof *c);
    karena_init(&c->mem);
}

void kconllu_corpus_free(kconllu_corpus *c)
{
    free(c->sent);
    karena_free(&c->mem);
    memset(c, 0, sizeof *c);
}

typedef struct block {
    kbuf text;       /* the sentence's lines, comments included */
    int first;       /* file line of text[0] */
    int nline;
    char *id;        /* "# sent_id = " value (malloc'd) or NULL */
} block;

/* Allocate the n-word column arrays of s in m. */
static void sent_arrays(kconllu_sent *s, int n, karena *m)
{
    s->form = karena_alloc(m, xmul((size_t)n, sizeof *s->form));
    s->lemma = karena_alloc(m, xmul((size_t)n, sizeof *s->lemma));
    s->upos = karena_alloc(m, xmul((size_t)n, sizeof *s->upos));
    s->xpos = karena_alloc(m, xmul((size_t)n, sizeof *s->xpos));
    s->deprel = karena_alloc(m, xmul((size_t)n, sizeof *s->deprel));
    s->head = karena_alloc(m, xmul((size_t)n, sizeof *s->head));
}

/* Forward a diagnostic of scan_rows to the caller's sink, noting the drop. */
static void drop_note(void *ud, int level, const kloc *loc, const char *msg)
{
    kdiag_report(ud, level, loc, "%s; sentence dropped", msg);
}

/* Hand the sentence in b to fn; 1 if it was malformed (reported). */
static int flush_block(block *b, const char *path, karena *scratch, kconllu_fn fn, void *ud, kdiag *d)
{
    if (!b->nline)
        return 0;
    row *rows = xmalloc(xmul((size_t)b->nline + 1, sizeof *rows));
    long *heads = xmalloc(xmul((size_t)b->nline + 1, sizeof *heads));
    kloc at = {path, b->first, 0, b->id};
    kdiag dd = {drop_note, d, 0, 0};
    int n = scan_rows(b->text.s, b->text.len, &dd, &at, rows, heads);
    if (n > 0) {
        kconllu_sent S;
        memset(&S, 0, sizeof S);
        karena *m = scratch;
        S.n = n;
        S.line = b->first + rows[0].line - 1;
        sent_arrays(&S, n, m);
        for (int i = 0; i < n; i++) {
            const row *r = &rows[i];
            S.form[i] = karena_strndup(m, r->f[1], r->n[1]);
            S.lemma[i] = karena_strndup(m, r->f[2], r->n[2]);
            S.upos[i] = karena_strndup(m, r->f[3], r->n[3]);
            S.xpos[i] = karena_strndup(m, r->f[4], r->n[4]);
            S.deprel[i] = karena_strndup(m, r->f[7], r->n[7]);
            S.head[i] = (int)heads[i] - 1;
        }
        if (b->id)
            S.id = b->id;
        else {
            char buf[64];
            snprintf(buf, sizeof buf, "line %d", S.line);
            S.id = karena_strdup(m, buf);
        }
        fn(ud, &S);
    }
    free(rows);
    free(heads);
    kbuf_reset(&b->text);
    b->nline = 0;
    free(b->id);
    b->id = NULL;
    karena_reset(scratch);
    return n < 0;
}

int kconllu_read(const char *path, kconllu_fn fn, void *ud, kdiag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        kloc loc = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &loc, "cannot open: %s", strerror(errno));
        return -1;
    }
    block b;
    memset(&b, 0, sizeof b);
    kbuf_init(&b.text);
    karena scratch;
    karena_init(&scratch);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    int lineno = 0, dropped = 0;
    while ((len = getline(&line, &lcap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (len == 0) {
            dropped += flush_block(&b, path, &scratch, fn, ud, d);
            continue;
        }
        if (!b.nline)
            b.first = lineno;
        if (!b.id && !strncmp(line, "# sent_id = ", 12))
            b.id = xstrdup(line + 12);
        kbuf_add(&b.text, line, (size_t)len);
        kbuf_putc(&b.text, '\n');
        b.nline++;
    }
    dropped += flush_block(&b, path, &scratch, fn, ud, d);
    free(line);
    kbuf_free(&b.text);
    karena_free(&scratch);
    fclose(f);
    return dropped;
}

static void add_sent(void *ud, const kconllu_sent *S)
{
    kconllu_corpus *c = ud;
    karena *m = &c->mem;
    kconllu_sent s = *S;
    int n = S->n;
    s.id = karena_strdup(m, S->id);
    sent_arrays(&s, n, m);
    for (int i = 0; i < n; i++) {
        s.form[i] = karena_strdup(m, S->form[i]);
        s.lemma[i] = karena_strdup(m, S->lemma[i]);
        s.upos[i] = karena_strdup(m, S->upos[i]);
        s.xpos[i] = karena_strdup(m, S->xpos[i]);
        s.deprel[i] = karena_strdup(m, S->deprel[i]);
        s.head[i] = S->head[i];
    }
    XGROW(c->sent, c->cap, (size_t)c->nsent + 1);
    c->sent[c->nsent++] = s;
    c->nword += n;
}

int kconllu_load(kconllu_corpus *c, const char *path, kdiag *d)
{
    return kconllu_read(path, add_sent, c, d);
}
