/* train.c: see train.h */
#include "train.h"
#include "beam.h"

#include <limits.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

void ktrain_defaults(ktrain_opt *o)
{
    memset(o, 0, sizeof *o);
    o->tag_epochs = 12;
    o->tag_epochs1 = 5;
    o->tag_passes = 1;
    o->tag_folds = 4;
    o->parse_epochs = 15;
    o->patience = 3;
    o->folds = 5;
    o->prune = 500;
    o->explore = 0.9;
    o->seed = 20261129ULL;
    o->beam = 1;
    o->parse_prune = -1;
    o->fix_share = 0.995;
    o->tag_beam = 1;
    o->tag_margin = 20000;
}

typedef struct rng {
    unsigned long long s;
} rng;

static unsigned long long rng_next(rng *r)
{
    unsigned long long x = r->s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return r->s = x;
}

static double rng_unit(rng *r) { return (double)(rng_next(r) >> 11) / 9007199254740992.0; }

static void shuffle(int *a, int n, rng *r)
{
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(rng_next(r) % (unsigned long long)(i + 1));
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static void note(const ktrain_opt *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(const ktrain_opt *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kdiag_vreport(o->d, KD_NOTE, NULL, fmt, ap);
    va_end(ap);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Index of name in names[0..*n), adding it; -1 when full or too long. */
static int tag_index(char names[][8], int *n, int max, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(names[i], name))
            return i;
    if (*n >= max || strlen(name) > 7)
        return -1;
    strcpy(names[*n], name);
    return (*n)++;
}

static int find_name(const char names[][8], int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(names[i], name))
            return i;
    return -1;
}

static int argmaxf(const float *s, int n)
{
    int b = 0;
    for (int c = 1; c < n; c++)
        if (s[c] > s[b])
            b = c;
    return b;
}

/* Tag dictionary from the training sentences: words seen at least twice,
 * with the tags making up at least 5% of their occurrences. */
typedef struct dcount {
    uint64_t key;
    int tot;
    int xc[KT_MAXTAG], uc[KT_MAXTAG];
} dcount;

typedef struct dtab {
    dcount *tab;
    uint32_t cap;
} dtab;

static const dcount *dtab_find(const dtab *d, uint64_t key)
{
    uint32_t s = (uint32_t)(key ^ (key >> 32)) & (d->cap - 1);
    while (d->tab[s].key && d->tab[s].key != key)
        s = (s + 1) & (d->cap - 1);
    return d->tab[s].key ? &d->tab[s] : NULL;
}

/* Masks of e's tags with one occurrence (tags gx, gu) left out. */
static void loo_masks(const dcount *e, int gx, int gu, uint64_t *xm, uint64_t *um)
{
    *xm = *um = 0;
    int tot = e ? e->tot - 1 : 0;
    if (tot < 2)
        return;
    for (int a = 0; a < KT_MAXTAG; a++) {
        if ((e->xc[a] - (a == gx)) * 20 >= tot && e->xc[a] - (a == gx) > 0)
            *xm |= 1ULL << a;
        if ((e->uc[a] - (a == gu)) * 20 >= tot && e->uc[a] - (a == gu) > 0)
            *um |= 1ULL << a;
    }
}

/* Count the tags of every word key(form) of the sentences into a table. */
static dtab count_tags(const ktagger *t, const kconllu_corpus *c, const int *idx, int n, uint64_t (*keyf)(const char *))
{
    uint32_t cap = 1 << 16, used = 0;
    dcount *tab = xcalloc(cap, sizeof *tab);
    for (int k = 0; k < n; k++) {
        const kconllu_sent *S = &c->sent[idx ? idx[k] : k];
        for (int i = 0; i < S->n; i++) {
            if (used * 2 >= cap) {
                uint32_t ncap = cap * 2;
                dcount *nt = xcalloc(ncap, sizeof *nt);
                for (uint32_t j = 0; j < cap; j++) {
                    if (!tab[j].key)
                        continue;
                    uint32_t s = (uint32_t)(tab[j].key ^ (tab[j].key >> 32)) & (ncap - 1);
                    while (nt[s].key)
                        s = (s + 1) & (ncap - 1);
                    nt[s] = tab[j];
                }
                free(tab);
                tab = nt;
                cap = ncap;
            }
            uint64_t key = keyf(S->form[i]);
            uint32_t s = (uint32_t)(key ^ (key >> 32)) & (cap - 1);
            while (tab[s].key && tab[s].key != key)
                s = (s + 1) & (cap - 1);
            if (!tab[s].key) {
                tab[s].key = key;
                used++;
            }
            tab[s].tot++;
            tab[s].xc[find_name(t->xname, t->nx, S->xpos[i])]++;
            tab[s].uc[find_name(t->uname, t->nu, S->upos[i])]++;
        }
    }
    dtab d = {tab, cap};
    return d;
}

static dtab build_dict(ktagger *t, const kconllu_corpus *c, const int *idx, int n, int fix_min, double fix_share)
{
    if (fix_min > 0) { /* fixed tags of frequent forms (case-sensitive counts) */
        dtab f = count_tags(t, c, idx, n, ktag_form_key);
        for (uint32_t j = 0; j < f.cap; j++) {
            const dcount *e = &f.tab[j];
            if (!e->key || e->tot < fix_min)
                continue;
            int bx = 0, bu = 0;
            for (int a = 1; a < KT_MAXTAG; a++) {
                if (e->xc[a] > e->xc[bx])
                    bx = a;
                if (e->uc[a] > e->uc[bu])
                    bu = a;
            }
            if (e->xc[bx] >= fix_share * e->tot)
                ktag_fix_add(t, e->key, bx, e->uc[bu] >= fix_share * e->tot ? bu : KT_NOFIX);
        }
        free(f.tab);
    }
    dtab d = count_tags(t, c, idx, n, ktag_word_key);
    dcount *tab = d.tab;
    uint32_t cap = d.cap;
    for (uint32_t j = 0; j < cap; j++) {
        const dcount *e = &tab[j];
        if (!e->key || e->tot < 2)
            continue;
        uint64_t xm = 0, um = 0;
        for (int a = 0; a < KT_MAXTAG; a++) {
            if (e->xc[a] * 20 >= e->tot)
                xm |= 1ULL << a;
            if (e->uc[a] * 20 >= e->tot)
                um |= 1ULL << a;
        }
        ktag_dict_add(t, e->key, xm, um);
    }
    return d;
}

/* Highest-scoring class other than gold (ties count as errors in training,
 * so that a correct tag must win by a margin). */
static int rival_of(const float *s, int n, int gold)
{
    int b = gold == 0 ? 1 : 0;
    for (int c = 0; c < n; c++)
        if (c != gold && s[c] > s[b])
            b = c;
    return b;
}

/* Scratch of one tagger training run. */
typedef struct tagrun {
    ktagger *t;
    const kconllu_corpus *c;
    dtab dt;
    ktag_ws w;
    uint8_t *x, *u, *gx, *gu, *vx;
    size_t cap;
    double drop;           /* word dropout for rare words (ktrain_opt.word_drop) */
    rng r;
} tagrun;

static void tagrun_bufs(tagrun *tr, const kconllu_sent *S)
{
    if ((size_t)S->n <= tr->cap)
        return;
    tr->cap = (size_t)S->n * 2;
    free(tr->x), free(tr->u), free(tr->gx), free(tr->gu), free(tr->vx);
    tr->x = xmalloc(tr->cap), tr->u = xmalloc(tr->cap), tr->gx = xmalloc(tr->cap), tr->gu = xmalloc(tr->cap);
    tr->vx = xmalloc(tr->cap);
}

/* Atoms of training sentence S with leave-one-out dictionary classes;
 * fills gold ids.  With drop (learning), a word without a leave-one-out
 * dictionary entry loses its identity with probability tr->drop, so that
 * the features unknown words rely on (affixes, shape, clusters) learn. */
static void tagrun_atoms(tagrun *tr, const kconllu_sent *S, int drop)
{
    tagrun_bufs(tr, S);
    for (int i = 0; i < S->n; i++) {
        tr->gx[i] = (uint8_t)find_name(tr->t->xname, tr->t->nx, S->xpos[i]);
        tr->gu[i] = (uint8_t)find_name(tr->t->uname, tr->t->nu, S->upos[i]);
    }
    ktag_atoms(tr->t, &tr->w, S->form, S->n);
    for (int i = 0; i < S->n; i++) {
        uint64_t xm, um;
        loo_masks(dtab_find(&tr->dt, ktag_word_key(S->form[i])), tr->gx[i], tr->gu[i], &xm, &um);
        ktag_set_amb(&tr->w, i, xm, um);
        if (drop && tr->drop > 0 && !xm && rng_unit(&tr->r) < tr->drop)
            ktag_set_unknown(&tr->w, i);
    }
}

/* One greedy perceptron step on the nf features in w->feat over nc
 * classes: predict, update towards gold against the best rival when the
 * prediction is wrong or tied, tick.  Returns the prediction. */
static int tag_step(ktag_ws *w, kpt *t, int nf, int nc, int gold)
{
    memset(w->fscore, 0, sizeof w->fscore);
    kpt_score(t, w->feat, nf, w->fscore);
    int p = argmaxf(w->fscore, nc);
    int rival = rival_of(w->fscore, nc, gold);
    if (p != gold || w->fscore[rival] >= w->fscore[p])
        kpt_update(t, w->feat, nf, gold, rival);
    kpt_tick(t);
    return p;
}

/* UPOS training on one sentence (atoms in tr->w) given its predicted XPOS
 * tr->x: greedy, ties count as errors. */
static void upos_epoch_sent(tagrun *tr, kpt *tu, int n)
{
    ktag_ws *w = &tr->w;
    for (int i = 0; i < n; i++) {
        int nf = ktag_ufeats(w, i, n, tr->x, tr->u);
        tr->u[i] = (uint8_t)tag_step(w, tu, nf, tr->t->nu, tr->gu[i]);
    }
}

/* One epoch of XPOS training (pass 1 when r1 is NULL, else pass 2 with the
 * pass-1 tags r1[sentence]) and, when tu is non-NULL, UPOS training.
 * Returns the XPOS training accuracy. */
static double tag_epoch(tagrun *tr, kpt *tx, kpt *tu, const int *order, int n, uint8_t *const *r1)
{
    long ok = 0, tot = 0;
    ktag_ws *w = &tr->w;
    for (int k = 0; k < n; k++) {
        const kconllu_sent *S = &tr->c->sent[order[k]];
        tagrun_atoms(tr, S, 1);
        const uint8_t *r = r1 ? r1[order[k]] : NULL;
        for (int i = 0; i < S->n; i++) {
            int nf = ktag_xfeats(w, i, S->n, tr->x, r);
            int p = tag_step(w, tx, nf, tr->t->nx, tr->gx[i]);
            ok += p == tr->gx[i];
            tr->x[i] = (uint8_t)p;
            tot++;
        }
        if (tu)
            upos_epoch_sent(tr, tu, S->n);
    }
    return (double)ok / (tot ? tot : 1);
}

static void kpt_scorer(const void *m, const uint64_t *feat, int nf, double *score)
{
    float s[KT_MAXTAG];
    memset(s, 0, sizeof s);
    kpt_score(m, feat, nf, s);
    for (int c = 0; c < KT_MAXTAG; c++)
        score[c] += s[c];
}

/* One epoch of global XPOS training with beam search of width K (the
 * structured perceptron with max-violation updates: at the step where the
 * best sequence off the gold path outscores the gold prefix most, the gold
 * prefix's features gain on its tags and that sequence's lose on its own,
 * from the first word where they differ; weights averaged over sentences),
 * and greedy UPOS training on the decoded tags.  Returns the XPOS training
 * accuracy of the decoded sequences. */
static double tag_epoch_beam(tagrun *tr, kpt *tx, kpt *tu, const int *order, int n, int K)
{
    long ok = 0, tot = 0;
    ktag_ws *w = &tr->w;
    ktag_scorer sc = {kpt_scorer, tx};
    for (int k = 0; k < n; k++) {
        const kconllu_sent *S = &tr->c->sent[order[k]];
        tagrun_atoms(tr, S, 1);
        const uint8_t *g = tr->gx;
        ktag_viol v = {-1, 0, tr->vx};
        ktag_beam_decode(&sc, tr->t->nx, w, S->n, K, 0, g, tr->x, &v);
        int same = 1;
        for (int i = 0; i <= v.step; i++) {
            same = same && v.x[i] == g[i];
            if (same)
                continue;
            int nf = ktag_xfeats(w, i, S->n, g, NULL);
            kpt_add(tx, w->feat, nf, g[i], 1);
            nf = ktag_xfeats(w, i, S->n, v.x, NULL);
            kpt_add(tx, w->feat, nf, v.x[i], -1);
        }
        kpt_tick(tx);
        for (int i = 0; i < S->n; i++)
            ok += tr->x[i] == g[i];
        tot += S->n;
        if (tu)
            upos_epoch_sent(tr, tu, S->n);
    }
    return (double)ok / (tot ? tot : 1);
}

/* Pass-1 tags of sentences idx[0..n) with frozen pass-1 weights m,
 * leave-one-out dictionary classes (as in training), into r1[s]. */
static void tag_pass1(tagrun *tr, const kpm *m, const int *idx, int n, uint8_t **r1, karena *mem)
{
    ktag_ws *w = &tr->w;
    for (int k = 0; k < n; k++) {
        const kconllu_sent *S = &tr->c->sent[idx[k]];
        tagrun_atoms(tr, S, 0);
        uint8_t *x = karena_alloc(mem, (size_t)S->n + 1);
        for (int i = 0; i < S->n; i++) {
            int nf = ktag_xfeats(w, i, S->n, x, NULL);
            memset(w->score, 0, sizeof w->score);
            kpm_score(m, w->feat, nf, w->score);
            int best = 0;
            for (int c = 1; c < tr->t->nx; c++)
                if (w->score[c] > w->score[best])
                    best = c;
            x[i] = (uint8_t)best;
        }
        r1[idx[k]] = x;
    }
}

/* Dev XPOS/UPOS accuracy of t. */
static void tag_dev(const ktagger *t, const kconllu_corpus *dev, double *xacc, double *uacc)
{
    keval e;
    keval_run(t, NULL, dev, NULL, NULL, &e);
    *xacc = (double)e.xpos_ok / (e.words ? e.words : 1);
    *uacc = (double)e.upos_ok / (e.words ? e.words : 1);
}

/* Single-pass training: XPOS and UPOS together, early stopping on dev
 * (exactly o->tag_epochs epochs without dev). */
static void ktagger_train1(tagrun *tr, const int *all, int *order, int n, const kconllu_corpus *dev,
                           const ktrain_opt *o, rng *r, int *best_epoch)
{
    ktagger *t = tr->t;
    kpt *tx = kpt_new(t->nx), *tu = kpt_new(t->nu);
    double best = -1;
    int bestep = 0, since = 0;
    kpm bx, bu;
    memset(&bx, 0, sizeof bx);
    memset(&bu, 0, sizeof bu);
    memcpy(order, all, (size_t)n * sizeof *order);
    t->beam = o->tag_beam > 1 ? o->tag_beam : 1;
    t->margin = t->beam > 1 ? o->tag_margin : 0;
    for (int ep = 1; ep <= o->tag_epochs; ep++) {
        double t1 = now();
        shuffle(order, n, r);
        double tracc = t->beam > 1 ? tag_epoch_beam(tr, tx, tu, order, n, t->beam) : tag_epoch(tr, tx, tu, order, n, NULL);
        kpt_freeze(tx, &t->mx, o->prune);
        kpt_freeze(tu, &t->mu, o->prune);
        double acc = ep, uacc = 0;
        if (dev) {
            tag_dev(t, dev, &acc, &uacc);
            note(o, "tagger epoch %d: train xpos %.2f%%, dev xpos %.2f%% upos %.2f%% (%u+%u features, %.1fs)", ep,
                 100 * tracc, 100 * acc, 100 * uacc, t->mx.nfeat, t->mu.nfeat, now() - t1);
        }
        if (acc + uacc > best) {
            best = acc + uacc;
            bestep = ep;
            since = 0;
            kpm_free(&bx);
            kpm_free(&bu);
            bx = t->mx;
            bu = t->mu;
        } else {
            kpm_free(&t->mx);
            kpm_free(&t->mu);
            if (++since >= o->patience)
                break;
        }
        memset(&t->mx, 0, sizeof t->mx);
        memset(&t->mu, 0, sizeof t->mu);
    }
    t->mx = bx;
    t->mu = bu;
    if (best_epoch)
        *best_epoch = bestep;
    kpt_free(tx);
    kpt_free(tu);
}

ktagger *ktagger_train(const kconllu_corpus *train, const int *idx, int nidx, const kconllu_corpus *dev,
                       const ktrain_opt *o, int *best_epoch)
{
    ktagger *t = xcalloc(1, sizeof *t);
    for (int s = 0; s < train->nsent; s++) {
        const kconllu_sent *S = &train->sent[s];
        for (int i = 0; i < S->n; i++) {
            if (tag_index(t->xname, &t->nx, KT_MAXTAG, S->xpos[i]) < 0 ||
                tag_index(t->uname, &t->nu, KT_MAXTAG, S->upos[i]) < 0) {
                kloc loc = {NULL, 0, 0, S->id};
                kdiag_report(o->d, KD_ERROR, &loc, "tag '%s'/'%s' too long or too many tags", S->xpos[i], S->upos[i]);
                free(t);
                return NULL;
            }
        }
    }
    if (o->wc)
        kwc_copy(&t->wc, o->wc);
    if (o->wn) {
        kwc_copy(&t->wn, o->wn);
        t->haswn = 1;
    }
    int n = idx ? nidx : train->nsent;
    tagrun tr;
    memset(&tr, 0, sizeof tr);
    tr.drop = o->word_drop;
    tr.r.s = o->seed ^ 0xd509;
    tr.t = t;
    tr.c = train;
    tr.dt = build_dict(t, train, idx, n, o->fix_min, o->fix_share);
    ktag_ws_init(&tr.w);
    int *all = xmalloc(xmul((size_t)(n ? n : 1), sizeof *all));
    int *order = xmalloc(xmul((size_t)(n ? n : 1), sizeof *order));
    for (int i = 0; i < n; i++)
        all[i] = idx ? idx[i] : i;
    rng r = {o->seed ^ 0x7a66};
    karena mem;
    karena_init(&mem);
    uint8_t **r1 = karena_alloc(&mem, xmul((size_t)(train->nsent ? train->nsent : 1), sizeof *r1));
    int e1 = o->tag_epochs1 > 0 ? o->tag_epochs1 : 5;
    int folds = o->tag_folds >= 2 ? o->tag_folds : 4;
    double t0 = now();

    if (o->tag_passes < 2) {
        ktagger_train1(&tr, all, order, n, dev, o, &r, best_epoch);
        goto done;
    }

    /* 1. pass-1 tags of the training sentences by jackknifing */
    int *sub = xmalloc(xmul((size_t)(n ? n : 1), sizeof *sub));
    int *held = xmalloc(xmul((size_t)(n ? n : 1), sizeof *held));
    for (int f = 0; f < folds; f++) {
        int ns = 0, nh = 0;
        for (int k = 0; k < n; k++) {
            if (k % folds == f)
                held[nh++] = all[k];
            else
                sub[ns++] = all[k];
        }
        kpt *tx = kpt_new(t->nx);
        for (int ep = 1; ep <= e1; ep++) {
            shuffle(sub, ns, &r);
            tag_epoch(&tr, tx, NULL, sub, ns, NULL);
        }
        kpm m;
        memset(&m, 0, sizeof m);
        kpt_freeze(tx, &m, o->prune);
        kpt_free(tx);
        tag_pass1(&tr, &m, held, nh, r1, &mem);
        kpm_free(&m);
    }
    free(sub);
    free(held);
    note(o, "tagger: pass-1 jackknife over %d folds (%.1fs)", folds, now() - t0);

    /* 2. final pass 1 on everything, e1 epochs */
    kpt *tx = kpt_new(t->nx);
    memcpy(order, all, (size_t)n * sizeof *order);
    for (int ep = 1; ep <= e1; ep++) {
        shuffle(order, n, &r);
        tag_epoch(&tr, tx, NULL, order, n, NULL);
    }
    kpt_freeze(tx, &t->mx, o->prune);
    kpt_free(tx);

    /* 3. pass 2 + UPOS, early stopping on dev */
    tx = kpt_new(t->nx);
    kpt *tu = kpt_new(t->nu);
    double best = -1;
    int bestep = 0, since = 0;
    kpm bx, bu;
    memset(&bx, 0, sizeof bx);
    memset(&bu, 0, sizeof bu);
    for (int ep = 1; ep <= o->tag_epochs; ep++) {
        double t1 = now();
        shuffle(order, n, &r);
        double tracc = tag_epoch(&tr, tx, tu, order, n, r1);
        kpt_freeze(tx, &t->mx2, o->prune);
        kpt_freeze(tu, &t->mu, o->prune);
        double acc = ep, uacc = 0;
        if (dev) {
            tag_dev(t, dev, &acc, &uacc);
            note(o, "tagger epoch %d: train xpos %.2f%%, dev xpos %.2f%% upos %.2f%% (%u+%u features, %.1fs)", ep,
                 100 * tracc, 100 * acc, 100 * uacc, t->mx.nfeat, t->mx2.nfeat, now() - t1);
        }
        if (acc + uacc > best) { /* XPOS and UPOS together */
            best = acc + uacc;
            bestep = ep;
            since = 0;
            kpm_free(&bx);
            kpm_free(&bu);
            bx = t->mx2;
            bu = t->mu;
        } else {
            kpm_free(&t->mx2);
            kpm_free(&t->mu);
            if (++since >= o->patience)
                break;
        }
        memset(&t->mx2, 0, sizeof t->mx2);
        memset(&t->mu, 0, sizeof t->mu);
    }
    t->mx2 = bx;
    t->mu = bu;
    if (best_epoch)
        *best_epoch = bestep;
    kpt_free(tx);
    kpt_free(tu);
done:
    free(tr.dt.tab);
    ktag_ws_free(&tr.w);
    free(tr.x), free(tr.u), free(tr.gx), free(tr.gu), free(tr.vx);
    free(all);
    free(order);
    karena_free(&mem);
    return t;
}

const char *const *const *ktrain_tag_corpus(const ktagger *t, const kconllu_corpus *c, karena *mem,
                                            const uint64_t *const **amb)
{
    const char ***out = karena_alloc(mem, xmul((size_t)(c->nsent ? c->nsent : 1), sizeof *out));
    uint64_t **am = amb ? karena_alloc(mem, xmul((size_t)(c->nsent ? c->nsent : 1), sizeof *am)) : NULL;
    ktag_ws w;
    ktag_ws_init(&w);
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        uint8_t *x = karena_alloc(mem, (size_t)S->n + 1), *u = karena_alloc(mem, (size_t)S->n + 1);
        ktagger_tag(t, &w, S->form, S->n, x, u);
        out[s] = karena_alloc(mem, xmul((size_t)S->n + 1, sizeof **out));
        for (int i = 0; i < S->n; i++)
            out[s][i] = t->xname[x[i]];
        if (am) {
            am[s] = karena_alloc(mem, xmul((size_t)S->n + 1, sizeof **am));
            for (int i = 0; i < S->n; i++)
                am[s][i] = ktag_amb(&w, i);
        }
    }
    ktag_ws_free(&w);
    if (amb)
        *amb = (const uint64_t *const *)am;
    return (const char *const *const *)out;
}

static int label_index(const kparser *p, const char *lab)
{
    for (int i = 0; i < p->nlab; i++)
        if (!strcmp(p->lab[i], lab))
            return i;
    return -1;
}

static int univ_eq(const char *a, const char *b)
{
    size_t na = strcspn(a, ":"), nb = strcspn(b, ":");
    return na == nb && !strncmp(a, b, na);
}

void keval_run(const ktagger *t, const kparser *p, const kconllu_corpus *c, const char *const *const *xpos,
               const uint64_t *const *amb, keval *e)
{
    memset(e, 0, sizeof *e);
    ktag_ws tw;
    kparse_ws pw;
    ktag_ws_init(&tw);
    kparse_ws_init(&pw);
    uint8_t *x = NULL, *u = NULL;
    int *head = NULL, *lab = NULL;
    const char **xp = NULL;
    uint64_t *am = NULL;
    size_t cap = 0;
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        int n = S->n;
        if ((size_t)n > cap) {
            cap = (size_t)n * 2;
            free(x), free(u), free(head), free(lab), free(xp), free(am);
            x = xmalloc(cap), u = xmalloc(cap);
            am = xmalloc(cap * sizeof *am);
            head = xmalloc(cap * sizeof *head), lab = xmalloc(cap * sizeof *lab);
            xp = xmalloc(cap * sizeof *xp);
        }
        e->sents++;
        e->words += n;
        if (t) {
            ktagger_tag(t, &tw, S->form, n, x, u);
            for (int i = 0; i < n; i++) {
                xp[i] = t->xname[x[i]];
                e->xpos_ok += !strcmp(xp[i], S->xpos[i]);
                e->upos_ok += !strcmp(t->uname[u[i]], S->upos[i]);
                am[i] = ktag_amb(&tw, i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                xp[i] = xpos ? xpos[s][i] : S->xpos[i];
                am[i] = amb ? amb[s][i] : 0;
            }
        }
        if (!p)
            continue;
        kparser_parse(p, &pw, S->form, xp, am, n, head, lab);
        for (int i = 0; i < n; i++) {
            if (head[i] != S->head[i])
                continue;
            e->uas_ok++;
            e->las_ok += univ_eq(p->lab[lab[i]], S->deprel[i]);
            e->lasfull_ok += !strcmp(p->lab[lab[i]], S->deprel[i]);
        }
    }
    free(x), free(u), free(head), free(lab), free(xp), free(am);
    ktag_ws_free(&tw);
    kparse_ws_free(&pw);
}

/* The epoch loop state both parser trainers share: the shuffling rng (the
 * greedy trainer's exploration draws from it too), early stopping on dev
 * LAS (best so far, epochs since, the best frozen weights) and the epoch's
 * start time. */
typedef struct pepochs {
    rng r;
    double best, t0;
    int since;
    kpm bm;
} pepochs;

static void pepochs_init(pepochs *e, const ktrain_opt *o)
{
    memset(e, 0, sizeof *e);
    e->r.s = (o->parse_seed ? o->parse_seed : o->seed) ^ 0x9a55;
    e->best = -1;
}

/* Start of an epoch: the clock, a new training order. */
static void pepochs_begin(pepochs *e, int *order, int n)
{
    e->t0 = now();
    shuffle(order, n, &e->r);
}

/* After the last epoch: p gets the best weights; tp is freed. */
static void pepochs_finish(pepochs *e, kparser *p, kpt *tp)
{
    p->m = e->bm;
    kpt_free(tp);
}

/* End of a parser epoch: freeze tp into p->m (pruned), evaluate on dev
 * (LAS; without dev the epoch number stands for it), note the epoch's
 * figures (what: the training figure, e.g. ": train errors 1.00%"), and
 * keep the best weights so far in e->bm (p->m is left empty).  Returns 1
 * when the patience has run out. */
static int parser_epoch_end(kparser *p, kpt *tp, const kconllu_corpus *dev, const char *const *const *dxpos,
                            const uint64_t *const *damb, const ktrain_opt *o, int ep, const char *what, pepochs *e)
{
    double t0 = e->t0, *best = &e->best;
    int *since = &e->since;
    kpm *bm = &e->bm;
    kpm cm;
    memset(&cm, 0, sizeof cm);
    kpt_freeze(tp, &cm, o->parse_prune >= 0 ? o->parse_prune : o->prune);
    p->m = cm;
    double las = ep;
    if (dev) {
        keval ev;
        keval_run(NULL, p, dev, dxpos, damb, &ev);
        las = (double)ev.las_ok / (ev.words ? ev.words : 1);
        note(o, "parser epoch %d%s, dev UAS %.2f%% LAS %.2f%% (%u features, %u weights, %.1fs)", ep, what,
             100.0 * ev.uas_ok / (ev.words ? ev.words : 1), 100 * las, cm.nfeat, cm.nent, now() - t0);
    } else {
        note(o, "parser epoch %d%s (%.1fs)", ep, what, now() - t0);
    }
    memset(&p->m, 0, sizeof p->m);
    if (las > *best) {
        *best = las;
        *since = 0;
        kpm_free(bm);
        *bm = cm;
        return 0;
    }
    kpm_free(&cm);
    return ++*since >= o->patience;
}

/* Oracle transition sequence (2n transitions) of a sentence with gold heads
 * gh (ROOT = n) and labels gl, from the state w was begun in: at each step
 * the cheapest legal transition under the dynamic-oracle costs (exact for
 * arc-hybrid, so a projective tree is reproduced and a non-projective one
 * gets a best reachable tree), ties to a reduction before SHIFT, then to
 * s0's gold label, then to the lower class. */
static void oracle_seq(const kparser *p, kparse_ws *w, const int *gh, const int *gl, int *seq)
{
    uint8_t legal[256];
    int cost[256];
    int nlab = p->nlab, nc = 1 + 2 * nlab, t = 0;
    while (!kpar_done(w)) {
        int c = kbeam_forced(w, p->rootlab);
        if (c < 0) {
            kpar_legal(w, nlab, p->rootlab, legal);
            kpar_costs(w, nlab, gh, gl, legal, cost);
            int s0 = w->stack[w->sp - 1];
            long bestk = LONG_MAX;
            for (int k = 0; k < nc; k++) {
                if (!legal[k])
                    continue;
                int lab = k == 0 ? -1 : (k <= nlab ? k - 1 : k - 1 - nlab);
                long key = (long)cost[k] * 4 + (k == 0 ? 3 : lab == gl[s0] ? 0 : 1);
                if (key < bestk) {
                    bestk = key;
                    c = k;
                }
            }
        }
        seq[t++] = c;
        kpar_apply(w, nlab, c);
    }
}

/* Apply seq[from..to) to w; with sign != 0 also add sign to the weight of
 * each transition on the features of the state it is taken in. */
static void replay(kpt *tp, const kparser *p, kparse_ws *w, const int *seq, int from, int to, float sign)
{
    for (int t = from; t < to; t++) {
        if (sign != 0 && kbeam_forced(w, p->rootlab) < 0) {
            int nf = kpar_feats(w);
            kpt_add(tp, w->feat, nf, seq[t], sign);
        }
        kpar_apply(w, p->nlab, seq[t]);
    }
}

/* Global training (o->beam > 1): structured perceptron over whole
 * transition sequences, beam search of width o->beam, max-violation update
 * (Huang, Fayong and Guo 2012): decode to the end, and at the step where the
 * best item outscores the gold prefix most (the best item not being gold),
 * add the gold prefix's features and subtract the best item's, from the
 * first transition where they differ.  One averaging tick per sentence;
 * early stopping on dev LAS decoded with the same beam. */
static void train_beam(kparser *p, const kconllu_corpus *train, const char *const *const *txpos,
                       const uint64_t *const *tamb, const kconllu_corpus *dev, const char *const *const *dxpos,
                       const uint64_t *const *damb, const ktrain_opt *o, int *const *gh,
                       int *const *gl, int *order, karena *mem)
{
    int nlab = p->nlab, nc = 1 + 2 * nlab, n = train->nsent, K = o->beam;
    p->beam = K;
    kparse_ws w, gw, pw;
    kparse_ws_init(&w);
    kparse_ws_init(&gw);
    kparse_ws_init(&pw);
    /* oracle sequences, once */
    int **gseq = karena_alloc(mem, xmul((size_t)(n ? n : 1), sizeof *gseq));
    int maxn = 1;
    for (int s = 0; s < n; s++) {
        const kconllu_sent *S = &train->sent[s];
        gseq[s] = karena_alloc(mem, xmul(2 * (size_t)S->n + 1, sizeof(int)));
        kpar_begin(&gw, p, S->form, S->xpos, tamb ? tamb[s] : NULL, S->n);
        oracle_seq(p, &gw, gh[s], gl[s], gseq[s]);
        if (S->n > maxn)
            maxn = S->n;
    }
    int *pseq = xmalloc(xmul(2 * (size_t)maxn + 1, sizeof(int)));
    double *cls = xmalloc(xmul((size_t)nc, sizeof(double)));
    kpt *tp = kpt_new(nc);
    kbeam_model mod = {NULL, tp};
    pepochs E;
    pepochs_init(&E, o);
    for (int ep = 1; ep <= o->parse_epochs; ep++) {
        pepochs_begin(&E, order, n);
        long updates = 0, fell = 0;
        for (int k = 0; k < n; k++) {
            int s = order[k];
            const kconllu_sent *S = &train->sent[s];
            const char *const *tags = txpos ? txpos[s] : S->xpos;
            const uint64_t *am = tamb ? tamb[s] : NULL;
            const int *seq = gseq[s];
            int T = 2 * S->n;
            kpar_begin(&w, p, S->form, tags, am, S->n);
            kbeam *b = kbeam_of(&w);
            kbeam_begin(b, &w, K, nc);
            kpar_begin(&gw, p, S->form, tags, am, S->n);
            double gscore = 0, vmax = 0;
            int tstar = -1, out = 0;
            for (int t = 0; t < T; t++) {
                kbeam_step(b, p, &mod, seq);
                int gi = kbeam_gold(b);
                if (gi >= 0) {
                    gscore = kbeam_score(b, gi);
                } else { /* gold fell off: score its transition from its own state */
                    kbeam_class_scores(b, p, &mod, &gw, cls);
                    gscore += cls[seq[t]];
                    out = 1;
                }
                kpar_apply(&gw, nlab, seq[t]);
                if (!kbeam_is_gold(b, 0)) {
                    double v = kbeam_score(b, 0) - gscore;
                    if (tstar < 0 || v > vmax) {
                        vmax = v;
                        tstar = t + 1;
                    }
                }
            }
            fell += out;
            if (tstar > 0) {
                updates++;
                kbeam_trace(b, tstar, 0, pseq);
                int d = 0;
                while (d < tstar && pseq[d] == seq[d])
                    d++;
                kpar_begin(&gw, p, S->form, tags, am, S->n);
                replay(tp, p, &gw, seq, 0, d, 0);
                kpar_begin(&pw, p, S->form, tags, am, S->n);
                replay(tp, p, &pw, seq, 0, d, 0);
                replay(tp, p, &gw, seq, d, tstar, 1.0f);
                replay(tp, p, &pw, pseq, d, tstar, -1.0f);
            }
            kpt_tick(tp);
        }
        char what[160];
        snprintf(what, sizeof what, " (beam %d): updated %.2f%% of sentences (gold fell off in %.2f%%)", K,
                 100.0 * updates / (n ? n : 1), 100.0 * fell / (n ? n : 1));
        if (parser_epoch_end(p, tp, dev, dxpos, damb, o, ep, what, &E))
            break;
    }
    pepochs_finish(&E, p, tp);
    free(pseq);
    free(cls);
    kparse_ws_free(&w);
    kparse_ws_free(&gw);
    kparse_ws_free(&pw);
}

kparser *kparser_train(const kconllu_corpus *train, const char *const *const *txpos, const uint64_t *const *tamb,
                       const kconllu_corpus *dev, const char *const *const *dxpos, const uint64_t *const *damb,
                       const ktrain_opt *o)
{
    kparser *p = xcalloc(1, sizeof *p);
    p->feats = o->parse_feats & KPAR_F_ALL;
    p->rootlab = -1;
    for (int s = 0; s < train->nsent; s++) {
        const kconllu_sent *S = &train->sent[s];
        for (int i = 0; i < S->n; i++) {
            if (label_index(p, S->deprel[i]) >= 0)
                continue;
            if (p->nlab >= KPAR_MAXLAB || strlen(S->deprel[i]) >= sizeof p->lab[0]) {
                kloc loc = {NULL, 0, 0, S->id};
                kdiag_report(o->d, KD_ERROR, &loc, "label '%s' too long or too many labels", S->deprel[i]);
                free(p);
                return NULL;
            }
            strcpy(p->lab[p->nlab++], S->deprel[i]);
        }
    }
    p->rootlab = label_index(p, "root");
    if (p->rootlab < 0) {
        kdiag_report(o->d, KD_ERROR, NULL, "no 'root' label in the training data");
        free(p);
        return NULL;
    }
    if (o->wc)
        kwc_copy(&p->wc, o->wc);
    int nlab = p->nlab, nc = 1 + 2 * nlab;
    int n = train->nsent;
    int *order = xmalloc(xmul((size_t)(n ? n : 1), sizeof *order));
    for (int i = 0; i < n; i++)
        order[i] = i;
    /* gold heads (ROOT = n) and labels per sentence */
    karena mem;
    karena_init(&mem);
    int **gh = karena_alloc(&mem, xmul((size_t)(n ? n : 1), sizeof *gh));
    int **gl = karena_alloc(&mem, xmul((size_t)(n ? n : 1), sizeof *gl));
    for (int s = 0; s < n; s++) {
        const kconllu_sent *S = &train->sent[s];
        gh[s] = karena_alloc(&mem, xmul((size_t)S->n + 1, sizeof(int)));
        gl[s] = karena_alloc(&mem, xmul((size_t)S->n + 1, sizeof(int)));
        for (int i = 0; i < S->n; i++) {
            gh[s][i] = S->head[i] < 0 ? S->n : S->head[i];
            gl[s][i] = label_index(p, S->deprel[i]);
        }
        gh[s][S->n] = -1;
        gl[s][S->n] = -1;
    }
    if (o->beam > 1) {
        train_beam(p, train, txpos, tamb, dev, dxpos, damb, o, gh, gl, order, &mem);
        p->margin = o->beam_margin; /* for decoding only: dev LAS above is without it */
        karena_free(&mem);
        free(order);
        return p;
    }
    kpt *tp = kpt_new(nc);
    kparse_ws w;
    kparse_ws_init(&w);
    uint8_t legal[256];
    int cost[256];
    rng tr = {o->seed ^ 0x7a6d};
    pepochs E;
    pepochs_init(&E, o);
    for (int ep = 1; ep <= o->parse_epochs; ep++) {
        pepochs_begin(&E, order, n);
        long steps = 0, wrong = 0;
        for (int k = 0; k < n; k++) {
            int s = order[k];
            const kconllu_sent *S = &train->sent[s];
            kpar_begin(&w, p, S->form, txpos ? txpos[s] : S->xpos, tamb ? tamb[s] : NULL, S->n);
            for (int i = 0; o->tag_drop > 0 && i < S->n; i++) /* tag dropout: the tag unseen */
                if (rng_unit(&tr) < o->tag_drop)
                    w.P[i] = 0x7a6d0d5eed0ffULL;
            while (!kpar_done(&w)) {
                kpar_legal(&w, nlab, p->rootlab, legal);
                int nf = kpar_feats(&w);
                memset(w.fscore, 0, (size_t)nc * sizeof *w.fscore);
                kpt_score(tp, w.feat, nf, w.fscore);
                kpar_costs(&w, nlab, gh[s], gl[s], legal, cost);
                int pred = -1, mincost = 1 << 30;
                for (int c = 0; c < nc; c++) {
                    if (!legal[c])
                        continue;
                    if (pred < 0 || w.fscore[c] > w.fscore[pred])
                        pred = c;
                    if (cost[c] < mincost)
                        mincost = cost[c];
                }
                int gold = -1;
                for (int c = 0; c < nc; c++)
                    if (legal[c] && cost[c] == mincost && (gold < 0 || w.fscore[c] > w.fscore[gold]))
                        gold = c;
                steps++;
                if (cost[pred] > mincost) {
                    wrong++;
                    kpt_update(tp, w.feat, nf, gold, pred);
                }
                kpt_tick(tp);
                int next = gold;
                if (ep > 1 && cost[pred] > mincost && rng_unit(&E.r) < o->explore)
                    next = pred;
                kpar_apply(&w, nlab, next);
            }
        }
        char what[80];
        snprintf(what, sizeof what, ": train errors %.2f%%", 100.0 * wrong / (steps ? steps : 1));
        if (parser_epoch_end(p, tp, dev, dxpos, damb, o, ep, what, &E))
            break;
    }
    pepochs_finish(&E, p, tp);
    kparse_ws_free(&w);
    karena_free(&mem);
    free(order);
    return p;
}

/* Fingerprint of what the jackknifed tags depend on: the training
 * sentences (forms and tags), the folds, the tagger's epochs and options. */
static uint64_t jk_key(const kconllu_corpus *tr, const ktrain_opt *o, int ep)
{
    uint64_t h = kp_mix(0x6a6b, (uint64_t)o->folds);
    h = kp_mix(h, (uint64_t)ep);
    h = kp_mix(h, (uint64_t)o->prune);
    h = kp_mix(h, (uint64_t)o->tag_passes);
    h = kp_mix(h, (uint64_t)o->tag_epochs1);
    h = kp_mix(h, o->seed);
    h = kp_mix(h, (uint64_t)(o->word_drop * 1e6));
    h = kp_mix(h, o->wc ? (uint64_t)o->wc->n : 0);
    h = kp_mix(h, o->wn ? (uint64_t)o->wn->n : 0);
    for (int s = 0; s < tr->nsent; s++) {
        const kconllu_sent *S = &tr->sent[s];
        h = kp_mix(h, (uint64_t)S->n);
        for (int i = 0; i < S->n; i++)
            h = kp_mix(kp_mix(h, ktag_word_key(S->form[i])), kp_hash(S->xpos[i], strlen(S->xpos[i])));
    }
    return h;
}

/* Read the jackknife cache: a first line "khaldun-jackknife 1 KEY", then
 * one line per training sentence of "TAG/CLASS" per word (CLASS: the
 * tag-dictionary class in hex).  0 when read; 1 when missing, of another
 * key or not matching the corpus (then it is recomputed). */
static int jk_read(const char *path, uint64_t key, const kconllu_corpus *tr, karena *mem, const char ***jk,
                   uint64_t **ja)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 1;
    char *line = NULL;
    size_t cap = 0;
    int rc = 1, s = 0;
    unsigned long long k = 0;
    if (getline(&line, &cap, f) < 0 || sscanf(line, "khaldun-jackknife 1 %llx", &k) != 1 || k != key)
        goto out;
    for (; s < tr->nsent; s++) {
        if (getline(&line, &cap, f) < 0)
            goto out;
        const kconllu_sent *S = &tr->sent[s];
        jk[s] = karena_alloc(mem, xmul((size_t)S->n + 1, sizeof **jk));
        ja[s] = karena_alloc(mem, xmul((size_t)S->n + 1, sizeof **ja));
        char *p = line;
        for (int i = 0; i < S->n; i++) {
            size_t tl = strcspn(p, "/ \n");
            if (p[tl] != '/' || tl == 0 || tl > 7)
                goto out;
            p[tl] = 0;
            jk[s][i] = karena_strdup(mem, p);
            char *end;
            ja[s][i] = strtoull(p + tl + 1, &end, 16);
            if (end == p + tl + 1 || (*end != ' ' && *end != '\n'))
                goto out;
            p = end + (*end == ' ');
        }
        if (*p != '\n')
            goto out;
    }
    rc = getline(&line, &cap, f) < 0 ? 0 : 1;
out:
    free(line);
    fclose(f);
    return rc;
}

static void jk_write(const char *path, uint64_t key, const kconllu_corpus *tr, const char *const *jk[],
                     const uint64_t *const *ja, const ktrain_opt *o)
{
    kbuf tmp;
    kbuf_init(&tmp);
    kbuf_printf(&tmp, "%s.tmp", path);
    FILE *f = fopen(tmp.s, "w");
    int bad = !f;
    if (f) {
        fprintf(f, "khaldun-jackknife 1 %016llx\n", (unsigned long long)key);
        for (int s = 0; s < tr->nsent; s++) {
            for (int i = 0; i < tr->sent[s].n; i++)
                fprintf(f, "%s%s/%llx", i ? " " : "", jk[s][i], (unsigned long long)ja[s][i]);
            fputc('\n', f);
        }
        bad = ferror(f) != 0;
        bad |= fclose(f) != 0;
        bad = bad || rename(tmp.s, path) != 0;
    }
    if (bad) {
        kloc loc = {path, 0, 0, NULL};
        kdiag_report(o->d, KD_WARN, &loc, "could not write the jackknife cache (training goes on)");
        remove(tmp.s);
    } else {
        note(o, "jackknifed tags written to %s", path);
    }
    kbuf_free(&tmp);
}

/* The parser's training tags and tag-dictionary classes: each of o->folds
 * interleaved folds tagged by a tagger trained ep epochs on the others
 * (or read from o->jk_cache when it holds them for this corpus and these
 * options; written there otherwise).  0, or -1 (reported). */
static int jackknife(const kconllu_corpus *tr, const ktrain_opt *o, int ep, karena *mem,
                     const char *const *const **txp, const uint64_t *const **tamb)
{
    const char ***jk = karena_alloc(mem, xmul((size_t)(tr->nsent ? tr->nsent : 1), sizeof *jk));
    uint64_t **ja = karena_alloc(mem, xmul((size_t)(tr->nsent ? tr->nsent : 1), sizeof *ja));
    uint64_t key = jk_key(tr, o, ep);
    if (o->jk_cache && jk_read(o->jk_cache, key, tr, mem, jk, ja) == 0) {
        note(o, "jackknifed tags read from %s", o->jk_cache);
    } else {
        int *idx = xmalloc(xmul((size_t)(tr->nsent ? tr->nsent : 1), sizeof *idx));
        ktrain_opt fo = *o;
        fo.tag_epochs = ep;
        fo.tag_folds = 2;
        for (int f = 0; f < o->folds; f++) {
            int m = 0;
            for (int s = 0; s < tr->nsent; s++)
                if (s % o->folds != f)
                    idx[m++] = s;
            ktagger *ft = ktagger_train(tr, idx, m, NULL, &fo, NULL);
            if (!ft) {
                free(idx);
                return -1;
            }
            ktag_ws w;
            ktag_ws_init(&w);
            for (int s = f; s < tr->nsent; s += o->folds) {
                const kconllu_sent *S = &tr->sent[s];
                uint8_t *x = karena_alloc(mem, (size_t)S->n + 1), *u = karena_alloc(mem, (size_t)S->n + 1);
                ktagger_tag(ft, &w, S->form, S->n, x, u);
                jk[s] = karena_alloc(mem, xmul((size_t)S->n + 1, sizeof **jk));
                ja[s] = karena_alloc(mem, xmul((size_t)S->n + 1, sizeof **ja));
                for (int i = 0; i < S->n; i++) {
                    jk[s][i] = karena_strdup(mem, ft->xname[x[i]]);
                    ja[s][i] = ktag_amb(&w, i);
                }
            }
            ktag_ws_free(&w);
            ktagger_free(ft);
            note(o, "jackknife fold %d/%d tagged", f + 1, o->folds);
        }
        free(idx);
        if (o->jk_cache)
            jk_write(o->jk_cache, key, tr, (const char *const **)jk, (const uint64_t *const *)ja, o);
    }
    long ok = 0;
    for (int s = 0; s < tr->nsent; s++)
        for (int i = 0; i < tr->sent[s].n; i++)
            ok += !strcmp(jk[s][i], tr->sent[s].xpos[i]);
    note(o, "jackknifed training tags: xpos %.2f%%", 100.0 * ok / (tr->nword ? tr->nword : 1));
    *txp = (const char *const *const *)jk;
    *tamb = (const uint64_t *const *)ja;
    return 0;
}

int ktrain_all(const char *train_path, const char *dev_path, const char *outdir, const ktrain_opt *o)
{
    kconllu_corpus tr, dv;
    kconllu_corpus_init(&tr);
    kconllu_corpus_init(&dv);
    int rc = -1;
    ktagger *t = NULL;
    kparser *p = NULL;
    karena mem;
    karena_init(&mem);
    kbuf path;
    kbuf_init(&path);
    if (kconllu_load(&tr, train_path, o->d) < 0 || kconllu_load(&dv, dev_path, o->d) < 0)
        goto out;
    note(o, "read %d training sentences (%ld words), %d dev sentences", tr.nsent, tr.nword, dv.nsent);
    int ep = 0;
    t = ktagger_train(&tr, NULL, 0, &dv, o, &ep);
    if (!t)
        goto out;
    if (o->tagger_only) {
        kbuf_printf(&path, "%s/en-ewt.tagger", outdir);
        rc = ktagger_save(t, path.s, o->d) != 0 ? -1 : 0;
        goto out;
    }
    const char *const *const *txp = NULL;
    const uint64_t *const *tamb = NULL;
    if (o->folds >= 2 && jackknife(&tr, o, o->jk_epochs > 0 ? o->jk_epochs : ep, &mem, &txp, &tamb) != 0)
        goto out;
    const uint64_t *const *damb = NULL;
    const char *const *const *dxp = ktrain_tag_corpus(t, &dv, &mem, &damb);
    p = kparser_train(&tr, txp, tamb, &dv, dxp, damb, o);
    if (!p)
        goto out;
    kbuf_printf(&path, "%s/en-ewt.tagger", outdir);
    if (ktagger_save(t, path.s, o->d) != 0)
        goto out;
    kbuf_reset(&path);
    kbuf_printf(&path, "%s/en-ewt.parser", outdir);
    if (kparser_save(p, path.s, o->d) != 0)
        goto out;
    rc = 0;
out:
    ktagger_free(t);
    kparser_free(p);
    kconllu_corpus_free(&tr);
    kconllu_corpus_free(&dv);
    karena_free(&mem);
    kbuf_free(&path);
    return rc;
}
