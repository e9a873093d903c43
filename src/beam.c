/* beam.c: see beam.h */
#include "beam.h"

#include <stdlib.h>
#include <string.h>

typedef struct cand {
    double s;
    int parent, cls;
} cand;

struct kbeam {
    int kcap, ncap, nccap;         /* allocated: items, words, classes */
    int K, n, nc, nitem, steps, cur;
    kparse_ws *view[2];            /* [kcap] current / next states */
    double *sc[2];                 /* [kcap] cumulative scores */
    unsigned char *gold[2];        /* [kcap] gold-prefix flags */
    int *bpp, *bpc;                /* [(2 ncap + 1) kcap] back-pointers: parent, class */
    double *bsc;                   /* [(ncap + 1) nccap] buffer-only scores per b */
    unsigned *bstamp, stamp;       /* [ncap + 1] bsc[b] valid when bstamp[b] == stamp */
    double *tmp, *cls;             /* [nccap] */
    int32_t *itmp;                 /* [nccap] */
    float *ftmp;                   /* [nccap] */
    cand *cand;                    /* [kcap] the best candidates of a step */
};

static void release(kbeam *b)
{
    for (int s = 0; s < 2; s++) {
        for (int i = 0; b->view[s] && i < b->kcap; i++)
            kpar_state_free(&b->view[s][i]);
        free(b->view[s]);
        free(b->sc[s]);
        free(b->gold[s]);
    }
    free(b->bpp);
    free(b->bpc);
    free(b->bsc);
    free(b->bstamp);
    free(b->tmp);
    free(b->cls);
    free(b->itmp);
    free(b->ftmp);
    free(b->cand);
    memset(b, 0, sizeof *b);
}

void kbeam_free(kbeam *b)
{
    if (!b)
        return;
    release(b);
    free(b);
}

kbeam *kbeam_of(kparse_ws *w)
{
    if (!w->beam)
        w->beam = xcalloc(1, sizeof(kbeam));
    return w->beam;
}

static void reserve(kbeam *b, int K, int n, int nc)
{
    if (K <= b->kcap && n <= b->ncap && nc <= b->nccap)
        return;
    int kc = K > b->kcap ? K : b->kcap, nn = b->ncap ? b->ncap : 64, ncc = nc > b->nccap ? nc : b->nccap;
    while (nn < n)
        nn *= 2;
    release(b);
    b->kcap = kc;
    b->ncap = nn;
    b->nccap = ncc;
    for (int s = 0; s < 2; s++) {
        b->view[s] = xmalloc(xmul((size_t)kc, sizeof(kparse_ws)));
        for (int i = 0; i < kc; i++) {
            memset(&b->view[s][i], 0, sizeof b->view[s][i]);
            kpar_state_alloc(&b->view[s][i], nn);
        }
        b->sc[s] = xmalloc(xmul((size_t)kc, sizeof(double)));
        b->gold[s] = xmalloc((size_t)kc);
    }
    size_t nbp = xmul(2 * (size_t)nn + 1, (size_t)kc);
    b->bpp = xmalloc(xmul(nbp, sizeof(int)));
    b->bpc = xmalloc(xmul(nbp, sizeof(int)));
    b->bsc = xmalloc(xmul(xmul((size_t)nn + 1, (size_t)ncc), sizeof(double)));
    b->bstamp = xcalloc((size_t)nn + 1, sizeof(unsigned));
    b->stamp = 0;
    b->tmp = xmalloc(xmul((size_t)ncc, sizeof(double)));
    b->cls = xmalloc(xmul((size_t)ncc, sizeof(double)));
    b->itmp = xmalloc(xmul((size_t)ncc, sizeof(int32_t)));
    b->ftmp = xmalloc(xmul((size_t)ncc, sizeof(float)));
    b->cand = xmalloc(xmul((size_t)kc, sizeof(cand)));
}

/* Copy state s into view d (same sentence).  Only indices <= b and ROOT
 * (n) ever change, so a view's entries above its b and below n are in the
 * initial state: copying up to max(b of s, b of d) suffices. */
static void copy_state(kparse_ws *d, const kparse_ws *s, int n)
{
    int hi = s->b > d->b ? s->b : d->b;
    if (hi > n)
        hi = n;
    size_t k = (size_t)hi + 1, ki = k * sizeof(int), kl = k * sizeof(uint64_t);
    memcpy(d->head, s->head, ki);
    memcpy(d->lab, s->lab, ki);
    memcpy(d->lc1, s->lc1, ki);
    memcpy(d->lc2, s->lc2, ki);
    memcpy(d->rc1, s->rc1, ki);
    memcpy(d->rc2, s->rc2, ki);
    memcpy(d->nl, s->nl, ki);
    memcpy(d->nr, s->nr, ki);
    memcpy(d->lset, s->lset, kl);
    memcpy(d->rset, s->rset, kl);
    if (hi < n) {
        d->head[n] = s->head[n];
        d->lab[n] = s->lab[n];
        d->lc1[n] = s->lc1[n];
        d->lc2[n] = s->lc2[n];
        d->rc1[n] = s->rc1[n];
        d->rc2[n] = s->rc2[n];
        d->nl[n] = s->nl[n];
        d->nr[n] = s->nr[n];
        d->lset[n] = s->lset[n];
        d->rset[n] = s->rset[n];
    }
    memcpy(d->stack, s->stack, (size_t)s->sp * sizeof(int));
    d->sp = s->sp;
    d->b = s->b;
}

void kbeam_begin(kbeam *b, kparse_ws *w, int K, int nclass)
{
    if (K < 1)
        K = 1;
    reserve(b, K, w->n, nclass);
    b->K = K;
    b->n = w->n;
    b->nc = nclass;
    if (++b->stamp == 0) { /* wrapped: forget every cached position */
        memset(b->bstamp, 0, ((size_t)b->ncap + 1) * sizeof *b->bstamp);
        b->stamp = 1;
    }
    for (int s = 0; s < 2; s++) {
        for (int i = 0; i < K; i++) {
            kparse_ws *v = &b->view[s][i];
            v->n = w->n;
            v->b = w->n; /* unknown content: the first copy into it is whole */
            v->sp = 0;
            v->W = w->W;
            v->P = w->P;
            v->S = w->S;
            v->C = w->C;
            v->CF = w->CF;
            v->A = w->A;
            v->clusters = w->clusters;
            v->ambf = w->ambf;
            v->lean = w->lean;
        }
    }
    b->cur = 0;
    copy_state(&b->view[0][0], w, w->n);
    b->sc[0][0] = 0;
    b->gold[0][0] = 1;
    b->nitem = 1;
    b->steps = 0;
}

int kbeam_forced(const kparse_ws *v, int rootlab)
{
    if (v->sp == 0)
        return 0;
    if (v->sp == 1 && v->b >= v->n)
        return 1 + rootlab;
    return -1;
}

static void score_into(kbeam *b, const kbeam_model *mod, const uint64_t *f, int nf, double *out)
{
    int nc = b->nc;
    if (mod->m) {
        memset(b->itmp, 0, (size_t)nc * sizeof *b->itmp);
        kpm_score(mod->m, f, nf, b->itmp);
        for (int c = 0; c < nc; c++)
            out[c] = b->itmp[c];
    } else {
        memset(b->ftmp, 0, (size_t)nc * sizeof *b->ftmp);
        kpt_score(mod->t, f, nf, b->ftmp);
        for (int c = 0; c < nc; c++)
            out[c] = b->ftmp[c];
    }
}

void kbeam_class_scores(kbeam *b, const kparser *p, const kbeam_model *mod, kparse_ws *v, double *out)
{
    int nc = b->nc;
    if (kbeam_forced(v, p->rootlab) >= 0) {
        memset(out, 0, (size_t)nc * sizeof *out);
        return;
    }
    int nf = kpar_feats(v);
    double *bs = b->bsc + (size_t)v->b * (size_t)b->nccap;
    if (b->bstamp[v->b] != b->stamp) { /* buffer-only features: once per b0 */
        score_into(b, mod, v->feat, v->nbuf, bs);
        b->bstamp[v->b] = b->stamp;
    }
    score_into(b, mod, v->feat + v->nbuf, nf - v->nbuf, b->tmp);
    for (int c = 0; c < nc; c++)
        out[c] = bs[c] + b->tmp[c];
}

/* Offer a candidate to the sorted top list (ties keep the earlier one). */
static void offer(cand *top, int *nt, int K, double s, int parent, int cls)
{
    int n = *nt;
    if (n == K && !(s > top[K - 1].s))
        return;
    int i = n < K ? n : K - 1;
    while (i > 0 && top[i - 1].s < s) {
        top[i] = top[i - 1];
        i--;
    }
    top[i].s = s;
    top[i].parent = parent;
    top[i].cls = cls;
    if (n < K)
        *nt = n + 1;
}

int kbeam_step(kbeam *b, const kparser *p, const kbeam_model *mod, const int *gold)
{
    uint8_t legal[256];
    int nlab = p->nlab, nc = b->nc, K = b->K, nt = 0, cur = b->cur, nx = !cur;
    kparse_ws *cv = b->view[cur];
    const double *cs = b->sc[cur];
    for (int i = 0; i < b->nitem; i++) {
        kparse_ws *v = &cv[i];
        int f = kbeam_forced(v, p->rootlab);
        if (f >= 0) {
            offer(b->cand, &nt, K, cs[i], i, f);
            continue;
        }
        kpar_legal(v, nlab, p->rootlab, legal);
        kbeam_class_scores(b, p, mod, v, b->cls);
        for (int c = 0; c < nc; c++)
            if (legal[c])
                offer(b->cand, &nt, K, cs[i] + b->cls[c], i, c);
    }
    if (!gold && p->margin > 0) /* decoding: items far behind the best go */
        for (int j = 1; j < nt; j++)
            if (b->cand[j].s < b->cand[0].s - p->margin) {
                nt = j;
                break;
            }
    size_t row = (size_t)(b->steps + 1) * (size_t)b->kcap;
    for (int j = 0; j < nt; j++) {
        const cand *c = &b->cand[j];
        kparse_ws *d = &b->view[nx][j];
        copy_state(d, &cv[c->parent], b->n);
        kpar_apply(d, nlab, c->cls);
        b->sc[nx][j] = c->s;
        b->gold[nx][j] = gold && b->gold[cur][c->parent] && c->cls == gold[b->steps];
        b->bpp[row + (size_t)j] = c->parent;
        b->bpc[row + (size_t)j] = c->cls;
    }
    b->steps++;
    b->cur = nx;
    b->nitem = nt;
    return nt;
}

kparse_ws *kbeam_item(kbeam *b, int i) { return &b->view[b->cur][i]; }
double kbeam_score(const kbeam *b, int i) { return b->sc[b->cur][i]; }
int kbeam_is_gold(const kbeam *b, int i) { return b->gold[b->cur][i]; }
int kbeam_steps(const kbeam *b) { return b->steps; }

int kbeam_gold(const kbeam *b)
{
    for (int i = 0; i < b->nitem; i++)
        if (b->gold[b->cur][i])
            return i;
    return -1;
}

void kbeam_trace(const kbeam *b, int t, int i, int *seq)
{
    for (int s = t; s >= 1; s--) {
        size_t at = (size_t)s * (size_t)b->kcap + (size_t)i;
        seq[s - 1] = b->bpc[at];
        i = b->bpp[at];
    }
}

void kbeam_parse(const kparser *p, int K, kparse_ws *w, const char *const *form, const char *const *xpos,
                 const uint64_t *amb, int n, int *head, int *lab)
{
    kpar_begin(w, p, form, xpos, amb, n);
    kbeam *b = kbeam_of(w);
    kbeam_begin(b, w, K, 1 + 2 * p->nlab);
    kbeam_model mod = {&p->m, NULL};
    for (int t = 0; t < 2 * n; t++)
        kbeam_step(b, p, &mod, NULL);
    const kparse_ws *v = kbeam_item(b, 0);
    for (int i = 0; i < n; i++) {
        head[i] = v->head[i] >= n ? -1 : v->head[i];
        lab[i] = v->lab[i];
    }
}
