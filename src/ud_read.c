/* ud_read.c: see ud_read.h */
#include "ud_read.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void kud_init(kud_corpus *c)
{
    memset(c, 0, sizeof *c);
    karena_init(&c->mem);
}

void kud_free(kud_corpus *c)
{
    free(c->sent);
    karena_free(&c->mem);
    memset(c, 0, sizeof *c);
}

typedef struct row {
    char *col[10];
} row;

/* Split line (modified in place) at tabs into 10 columns; 0 on success. */
static int split10(char *line, row *r)
{
    int k = 0;
    char *p = line;
    r->col[k++] = p;
    for (; *p; p++) {
        if (*p == '\t') {
            *p = 0;
            if (k == 10)
                return -1;
            r->col[k++] = p + 1;
        }
    }
    return k == 10 ? 0 : -1;
}

typedef struct pending {
    row *rows;
    size_t cap;
    int n;
    kbuf text;          /* concatenated column copies */
    char *id;
    int line;
    int bad;
} pending;

static int is_uint(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

static int flush(kud_corpus *c, pending *pd, const char *path, kdiag *d)
{
    int dropped = 0;
    if (pd->n > 0 && !pd->bad) {
        kud_sent s;
        memset(&s, 0, sizeof s);
        int n = pd->n;
        s.n = n;
        s.line = pd->line;
        karena *m = &c->mem;
        s.form = karena_alloc(m, xmul(n, sizeof *s.form));
        s.lemma = karena_alloc(m, xmul(n, sizeof *s.lemma));
        s.upos = karena_alloc(m, xmul(n, sizeof *s.upos));
        s.xpos = karena_alloc(m, xmul(n, sizeof *s.xpos));
        s.deprel = karena_alloc(m, xmul(n, sizeof *s.deprel));
        s.head = karena_alloc(m, xmul(n, sizeof *s.head));
        for (int i = 0; i < n; i++) {
            row *r = &pd->rows[i];
            s.form[i] = karena_strdup(m, r->col[1]);
            s.lemma[i] = karena_strdup(m, r->col[2]);
            s.upos[i] = karena_strdup(m, r->col[3]);
            s.xpos[i] = karena_strdup(m, r->col[4]);
            s.deprel[i] = karena_strdup(m, r->col[7]);
            long h = strtol(r->col[6], NULL, 10);
            if (!is_uint(r->col[6]) || h > n || h < 0 || atol(r->col[0]) != i + 1) {
                kloc loc = {path, pd->line + i, 0, pd->id};
                kdiag_report(d, KD_ERROR, &loc, "bad head or word id '%s' (sentence dropped)", r->col[6]);
                return 1;
            }
            s.head[i] = (int)h - 1;
        }
        if (pd->id)
            s.id = karena_strdup(m, pd->id);
        else {
            char buf[64];
            snprintf(buf, sizeof buf, "line %d", pd->line);
            s.id = karena_strdup(m, buf);
        }
        XGROW(c->sent, c->cap, (size_t)c->nsent + 1);
        c->sent[c->nsent++] = s;
        c->nword += n;
    } else if (pd->bad) {
        dropped = 1;
    }
    return dropped;
}

int kud_read(kud_corpus *c, const char *path, kdiag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        kloc loc = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &loc, "cannot open: %s", strerror(errno));
        return -1;
    }
    pending pd;
    memset(&pd, 0, sizeof pd);
    /* keep raw line copies alive until flush: store them in a scratch arena */
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
            dropped += flush(c, &pd, path, d);
            pd.n = 0;
            pd.bad = 0;
            pd.id = NULL;
            karena_reset(&scratch);
            continue;
        }
        if (pd.n == 0 && !pd.bad && pd.id == NULL)
            pd.line = lineno;
        if (line[0] == '#') {
            if (!strncmp(line, "# sent_id = ", 12))
                pd.id = karena_strdup(&scratch, line + 12);
            continue;
        }
        char *copy = karena_strndup(&scratch, line, (size_t)len);
        row r;
        if (split10(copy, &r) != 0) {
            kloc loc = {path, lineno, 0, NULL};
            kdiag_report(d, KD_ERROR, &loc, "expected 10 tab-separated columns (sentence dropped)");
            pd.bad = 1;
            continue;
        }
        if (!is_uint(r.col[0]))
            continue; /* multiword token range or empty node */
        if (pd.n == 0)
            pd.line = lineno;
        XGROW(pd.rows, pd.cap, (size_t)pd.n + 1);
        pd.rows[pd.n++] = r;
    }
    dropped += flush(c, &pd, path, d);
    free(line);
    free(pd.rows);
    karena_free(&scratch);
    fclose(f);
    return dropped;
}
