/* parser.c: see parser.h */
#include "parser.h"
#include "beam.h"

#include <stdlib.h>
#include <string.h>

_Static_assert(KBEAM_MAX == 64, "the beam-width message says 64");

void kparse_ws_init(kparse_ws *w) { memset(w, 0, sizeof *w); }

void kpar_state_free(kparse_ws *w)
{
    free(w->stack);
    free(w->head);
    free(w->lab);
    free(w->lc1);
    free(w->lc2);
    free(w->rc1);
    free(w->rc2);
    free(w->nl);
    free(w->nr);
    free(w->lset);
    free(w->rset);
}

void kpar_state_alloc(kparse_ws *w, int cap)
{
    size_t k = (size_t)cap + 1;
    w->stack = xmalloc(xmul(k, sizeof(int)));
    w->head = xmalloc(xmul(k, sizeof(int)));
    w->lab = xmalloc(xmul(k, sizeof(int)));
    w->lc1 = xmalloc(xmul(k, sizeof(int)));
    w->lc2 = xmalloc(xmul(k, sizeof(int)));
    w->rc1 = xmalloc(xmul(k, sizeof(int)));
    w->rc2 = xmalloc(xmul(k, sizeof(int)));
    w->nl = xmalloc(xmul(k, sizeof(int)));
    w->nr = xmalloc(xmul(k, sizeof(int)));
    w->lset = xmalloc(xmul(k, sizeof(uint64_t)));
    w->rset = xmalloc(xmul(k, sizeof(uint64_t)));
    w->cap = cap;
}

static void free_arrays(kparse_ws *w)
{
    kpar_state_free(w);
    free(w->W);
    free(w->P);
    free(w->S);
    free(w->C);
    free(w->CF);
    free(w->amb);
    free(w->A);
}

void kparse_ws_free(kparse_ws *w)
{
    free_arrays(w);
    kbeam_free(w->beam);
    memset(w, 0, sizeof *w);
}

static void reserve(kparse_ws *w, int n)
{
    if (n <= w->cap)
        return;
    int c = w->cap ? w->cap : 64;
    while (c < n)
        c *= 2;
    size_t k = (size_t)c + 1;
    free_arrays(w);
    kpar_state_alloc(w, c);
    w->W = xmalloc(xmul(k, sizeof(uint64_t)));
    w->P = xmalloc(xmul(k, sizeof(uint64_t)));
    w->S = xmalloc(xmul(k, sizeof(uint64_t)));
    w->C = xmalloc(xmul(k, sizeof(uint64_t)));
    w->CF = xmalloc(xmul(k, sizeof(uint64_t)));
    w->amb = xmalloc(xmul(k, sizeof(uint64_t)));
    w->A = xmalloc(xmul(k, sizeof(uint64_t)));
    w->cap = c;
}

void kpar_begin(kparse_ws *w, const kparser *p, const char *const *form, const char *const *xpos,
                const uint64_t *amb, int n)
{
    const kwc *wc = &p->wc;
    reserve(w, n); /* n words fit already when amb is w->amb: no reallocation */
    w->clusters = wc->n > 0;
    w->ambf = (p->feats & KPAR_F_AMB) != 0;
    w->lean = (p->feats & KPAR_F_LEAN) != 0;
    w->n = n;
    w->sp = 0;
    w->b = 0;
    for (int i = 0; i <= n; i++) {
        w->head[i] = w->lab[i] = -1;
        w->lc1[i] = w->lc2[i] = w->rc1[i] = w->rc2[i] = -1;
        w->nl[i] = w->nr[i] = 0;
        w->lset[i] = w->rset[i] = 0;
        if (i < n) {
            w->W[i] = ktag_word_key(form[i]);
            size_t L = strlen(form[i]);
            w->S[i] = ktag_word_key(form[i] + (L > 3 ? L - 3 : 0)) ^ 0x5555;
            w->P[i] = kp_hash(xpos[i], strlen(xpos[i]));
            w->amb[i] = amb ? amb[i] : 0;
            w->A[i] = kp_mix(w->amb[i], 0xa3b1);
            uint32_t code = kwc_code(wc, w->W[i]);
            if (code) {
                w->C[i] = kp_mix(kwc_prefix(code, 8), 0xc1a55);
                w->CF[i] = kp_mix(code, 0xc1a55);
            } else { /* no cluster: a class per 3-letter suffix */
                w->C[i] = w->CF[i] = kp_mix(w->S[i], 0xc1a5500);
            }
        } else {
            w->W[i] = 0x0123456789abcdefULL;
            w->P[i] = 0xfedcba9876543210ULL;
            w->S[i] = 0x1234;
            w->C[i] = w->CF[i] = 0x4321;
            w->amb[i] = 0;
            w->A[i] = 0xa3b2;
        }
    }
}

int kpar_done(const kparse_ws *w) { return w->b >= w->n && w->sp == 0; }

void kpar_legal(const kparse_ws *w, int nlab, int rootlab, uint8_t *legal)
{
    int nc = 1 + 2 * nlab;
    memset(legal, 0, (size_t)nc);
    legal[0] = w->b < w->n;
    if (w->sp >= 1) {
        if (w->b < w->n) {
            for (int l = 0; l < nlab; l++)
                legal[1 + l] = l != rootlab;
        } else if (w->sp == 1) {
            legal[1 + rootlab] = 1;
        }
    }
    if (w->sp >= 2)
        for (int l = 0; l < nlab; l++)
            legal[1 + nlab + l] = l != rootlab;
}

static void add_arc(kparse_ws *w, int h, int d, int l)
{
    w->head[d] = h;
    w->lab[d] = l;
    uint64_t bit = (uint64_t)1 << (l & 63);
    if (d < h) {
        w->nl[h]++;
        w->lset[h] |= bit;
        if (w->lc1[h] < 0 || d < w->lc1[h]) {
            w->lc2[h] = w->lc1[h];
            w->lc1[h] = d;
        } else if (w->lc2[h] < 0 || d < w->lc2[h]) {
            w->lc2[h] = d;
        }
    } else {
        w->nr[h]++;
        w->rset[h] |= bit;
        if (w->rc1[h] < 0 || d > w->rc1[h]) {
            w->rc2[h] = w->rc1[h];
            w->rc1[h] = d;
        } else if (w->rc2[h] < 0 || d > w->rc2[h]) {
            w->rc2[h] = d;
        }
    }
}

void kpar_apply(kparse_ws *w, int nlab, int c)
{
    if (c == 0) {
        w->stack[w->sp++] = w->b++;
    } else if (c <= nlab) {
        int s0 = w->stack[--w->sp];
        add_arc(w, w->b, s0, c - 1);
    } else {
        int s0 = w->stack[--w->sp];
        add_arc(w, w->stack[w->sp - 1], s0, c - 1 - nlab);
    }
}

void kpar_costs(const kparse_ws *w, int nlab, const int *gh, const int *gl, const uint8_t *legal, int *cost)
{
    int nc = 1 + 2 * nlab, b = w->b;
    int s0 = w->sp >= 1 ? w->stack[w->sp - 1] : -1;
    int s1 = w->sp >= 2 ? w->stack[w->sp - 2] : -1;
    int shift = 0, left = 0, right = 0, deps = 0;
    if (legal[0]) {
        for (int k = 0; k < w->sp; k++) {
            int s = w->stack[k];
            if (gh[s] == b)
                shift++;
            if (gh[b] == s && s != s0)
                shift++;
        }
    }
    if (s0 >= 0) {
        for (int j = b; j < w->n; j++)
            if (gh[j] == s0)
                deps++;
        left = deps + (gh[s0] != b && (gh[s0] == s1 || gh[s0] > b));
        right = deps + (gh[s0] >= b);
    }
    for (int c = 0; c < nc; c++) {
        if (!legal[c]) {
            cost[c] = 1 << 20;
            continue;
        }
        if (c == 0)
            cost[c] = shift;
        else if (c <= nlab)
            cost[c] = left + (gh[s0] == b && gl[s0] != c - 1);
        else
            cost[c] = right + (gh[s0] == s1 && gl[s0] != c - 1 - nlab);
    }
}

static inline uint64_t T(int tpl) { return (uint64_t)tpl * 0x9e3779b97f4a7c15ULL; }
#define F1(t, a) kp_fin(kp_mix(T(t), (a)))
#define F2(t, a, b) kp_fin(kp_mix(kp_mix(T(t), (a)), (b)))
#define F3(t, a, b, c) kp_fin(kp_mix(kp_mix(kp_mix(T(t), (a)), (b)), (c)))
#define F4(t, a, b, c, d) kp_fin(kp_mix(kp_mix(kp_mix(kp_mix(T(t), (a)), (b)), (c)), (d)))

enum { NONE_W = 11, NONE_P = 13, NONE_L = 200 };

static inline uint64_t Wd(const kparse_ws *w, int i) { return i < 0 ? NONE_W : w->W[i]; }
static inline uint64_t Pd(const kparse_ws *w, int i) { return i < 0 ? NONE_P : w->P[i]; }
static inline uint64_t Ld(const kparse_ws *w, int i) { return i < 0 ? NONE_L : (uint64_t)w->lab[i]; }

static int dist_bucket(int d)
{
    if (d <= 4)
        return d;
    if (d < 10)
        return 5;
    return 6;
}

int kpar_feats(kparse_ws *w)
{
    uint64_t *f = w->feat;
    int k = 0, n = w->n, lean = w->lean;
    int s0 = w->sp >= 1 ? w->stack[w->sp - 1] : -1;
    int s1 = w->sp >= 2 ? w->stack[w->sp - 2] : -1;
    int s2 = w->sp >= 3 ? w->stack[w->sp - 3] : -1;
    int b0 = w->b <= n ? w->b : -1;
    int b1 = w->b + 1 < n ? w->b + 1 : (w->b + 1 == n ? n : -1);
    int b2 = w->b + 2 < n ? w->b + 2 : (w->b + 2 == n ? n : -1);
    int s0l = s0 >= 0 ? w->lc1[s0] : -1, s0l2 = s0 >= 0 ? w->lc2[s0] : -1;
    int s0r = s0 >= 0 ? w->rc1[s0] : -1, s0r2 = s0 >= 0 ? w->rc2[s0] : -1;
    int s1l = s1 >= 0 ? w->lc1[s1] : -1, s1r = s1 >= 0 ? w->rc1[s1] : -1;
    int b0l = b0 >= 0 ? w->lc1[b0] : -1, b0l2 = b0 >= 0 ? w->lc2[b0] : -1;
    uint64_t s0w = Wd(w, s0), s0p = Pd(w, s0), s1w = Wd(w, s1), s1p = Pd(w, s1), s2p = Pd(w, s2);
    uint64_t b0w = Wd(w, b0), b0p = Pd(w, b0), b1w = Wd(w, b1), b1p = Pd(w, b1), b2w = Wd(w, b2), b2p = Pd(w, b2);
    uint64_t s0wp = kp_mix(s0w, s0p), b0wp = kp_mix(b0w, b0p), b1wp = kp_mix(b1w, b1p), b2wp = kp_mix(b2w, b2p);
    uint64_t s1wp = kp_mix(s1w, s1p);
    uint64_t d = s0 >= 0 ? (b0 == n ? 7 : (uint64_t)dist_bucket(b0 - s0)) : 8;
    uint64_t d1 = s1 >= 0 ? (uint64_t)dist_bucket(s0 - s1) : 8;
    uint64_t s0vl = s0 >= 0 ? (uint64_t)w->nl[s0] : 99, s0vr = s0 >= 0 ? (uint64_t)w->nr[s0] : 99;
    uint64_t b0vl = b0 >= 0 ? (uint64_t)w->nl[b0] : 99, s1vr = s1 >= 0 ? (uint64_t)w->nr[s1] : 99;
    uint64_t s0sl = s0 >= 0 ? w->lset[s0] : 1ULL << 63, s0sr = s0 >= 0 ? w->rset[s0] : 1ULL << 63;
    uint64_t b0sl = b0 >= 0 ? w->lset[b0] : 1ULL << 63;
    /* features of the buffer words only (b0..b2) first: kparser_parse
     * scores them once per buffer position (w->nbuf of them) */
    {
        uint64_t b0s = b0 >= 0 ? w->S[b0] : 77, b1s = b1 >= 0 ? w->S[b1] : 77;
        uint64_t b0c = b0 >= 0 ? w->C[b0] : 79, b0f = b0 >= 0 ? w->CF[b0] : 79, b1c = b1 >= 0 ? w->C[b1] : 79;
        f[k++] = F1(4, b0wp);
        f[k++] = F1(5, b0w);
        f[k++] = F1(6, b0p);
        f[k++] = F1(7, b1wp);
        f[k++] = F1(8, b1w);
        f[k++] = F1(9, b1p);
        f[k++] = F1(10, b2wp);
        f[k++] = F1(11, b2w);
        f[k++] = F1(12, b2p);
        f[k++] = F2(23, b0p, b1p);
        f[k++] = F3(30, b0p, b1p, b2p);
        f[k++] = F2(88, b0w, b1w);
        f[k++] = F2(89, b0wp, b1wp);
        f[k++] = F1(96, b0s);
        f[k++] = F2(100, b0s, b1p);
        f[k++] = F2(102, b1s, b0p);
        if (w->clusters) {
            f[k++] = F1(112, b0c);
            f[k++] = F1(113, b0f);
            f[k++] = F1(114, b1c);
            f[k++] = F2(125, b0c, b1c);
        }
        if (w->ambf) {
            uint64_t b0a = b0 >= 0 ? w->A[b0] : 81, b1a = b1 >= 0 ? w->A[b1] : 81;
            f[k++] = F1(130, b0a);
            f[k++] = F2(131, b0a, b0p);
            f[k++] = F2(132, b1a, b1p);
        }
    }
    w->nbuf = k;

    f[k++] = F1(0, 0);
    f[k++] = F1(1, s0wp);
    f[k++] = F1(2, s0w);
    f[k++] = F1(3, s0p);
    f[k++] = F1(13, s1wp);
    if (!lean)
        f[k++] = F1(14, s1w);
    f[k++] = F1(15, s1p);
    f[k++] = F2(16, s0wp, b0wp);
    f[k++] = F2(17, s0wp, b0w);
    f[k++] = F2(18, s0w, b0wp);
    f[k++] = F2(19, s0wp, b0p);
    f[k++] = F2(20, s0p, b0wp);
    f[k++] = F2(21, s0w, b0w);
    f[k++] = F2(22, s0p, b0p);
    f[k++] = F2(24, s1wp, s0wp);
    f[k++] = F2(25, s1w, s0w);
    f[k++] = F2(26, s1p, s0p);
    f[k++] = F2(27, s1wp, s0p);
    f[k++] = F2(28, s1p, s0wp);
    f[k++] = F2(29, s1p, b0p);
    f[k++] = F3(31, s0p, b0p, b1p);
    f[k++] = F3(32, s1p, s0p, b0p);
    f[k++] = F3(33, s0p, Pd(w, s0l), b0p);
    f[k++] = F3(34, s0p, Pd(w, s0r), b0p);
    f[k++] = F3(35, s0p, b0p, Pd(w, b0l));
    f[k++] = F3(36, s2p, s1p, s0p);
    f[k++] = F3(37, s1p, Pd(w, s1r), s0p);
    f[k++] = F3(38, s1p, s0p, Pd(w, s0l));
    f[k++] = F3(39, s1p, s0p, Pd(w, s0r));
    f[k++] = F2(40, s0w, d);
    f[k++] = F2(41, s0p, d);
    f[k++] = F2(42, b0w, d);
    f[k++] = F2(43, b0p, d);
    f[k++] = F3(44, s0w, b0w, d);
    if (!lean)
        f[k++] = F3(45, s0p, b0p, d);
    f[k++] = F3(46, s1p, s0p, d1);
    f[k++] = F3(47, s1w, s0w, d1);
    f[k++] = F2(48, s0w, s0vr);
    f[k++] = F2(49, s0p, s0vr);
    f[k++] = F2(50, s0w, s0vl);
    f[k++] = F2(51, s0p, s0vl);
    f[k++] = F2(52, b0w, b0vl);
    f[k++] = F2(53, b0p, b0vl);
    f[k++] = F2(54, s1p, s1vr);
    f[k++] = F1(56, Wd(w, s0l));
    f[k++] = F1(57, Pd(w, s0l));
    f[k++] = F1(58, Ld(w, s0l));
    f[k++] = F1(59, Wd(w, s0r));
    f[k++] = F1(60, Pd(w, s0r));
    f[k++] = F1(61, Ld(w, s0r));
    f[k++] = F1(62, Wd(w, b0l));
    f[k++] = F1(63, Pd(w, b0l));
    f[k++] = F1(64, Ld(w, b0l));
    f[k++] = F1(65, Wd(w, s1r));
    f[k++] = F1(66, Pd(w, s1r));
    f[k++] = F1(67, Ld(w, s1r));
    f[k++] = F2(68, Pd(w, s1l), Ld(w, s1l));
    f[k++] = F1(69, Wd(w, s0l2));
    f[k++] = F1(70, Pd(w, s0l2));
    f[k++] = F1(71, Ld(w, s0l2));
    if (!lean)
        f[k++] = F1(72, Wd(w, s0r2));
    if (!lean)
        f[k++] = F1(73, Pd(w, s0r2));
    if (!lean)
        f[k++] = F1(74, Ld(w, s0r2));
    f[k++] = F1(75, Wd(w, b0l2));
    if (!lean)
        f[k++] = F1(76, Pd(w, b0l2));
    f[k++] = F1(77, Ld(w, b0l2));
    f[k++] = F3(78, s0p, Pd(w, s0l), Pd(w, s0l2));
    f[k++] = F3(79, s0p, Pd(w, s0r), Pd(w, s0r2));
    f[k++] = F3(80, b0p, Pd(w, b0l), Pd(w, b0l2));
    f[k++] = F2(81, s0w, s0sr);
    f[k++] = F2(82, s0p, s0sr);
    f[k++] = F2(83, s0w, s0sl);
    f[k++] = F2(84, s0p, s0sl);
    f[k++] = F2(85, b0w, b0sl);
    f[k++] = F2(86, b0p, b0sl);
    f[k++] = F2(90, s0p, b1p);
    f[k++] = F3(91, s0p, Ld(w, s0l), b0p);
    f[k++] = F3(92, s0p, Ld(w, s0r), b0p);
    f[k++] = F3(93, s0p, b0p, Ld(w, b0l));
    f[k++] = F4(94, s1p, s0p, b0p, b1p);
    {
        uint64_t s0s = s0 >= 0 ? w->S[s0] : 77, b0s = b0 >= 0 ? w->S[b0] : 77;
        f[k++] = F1(95, s0s);
        f[k++] = F2(97, s0s, b0p);
        f[k++] = F2(98, s0p, b0s);
        if (!lean) {
            f[k++] = F2(99, s0s, b0s);
            f[k++] = F3(101, s1p, s0s, b0p);
        }
    }
    if (w->clusters) {
        uint64_t s0c = s0 >= 0 ? w->C[s0] : 79, s0f = s0 >= 0 ? w->CF[s0] : 79;
        uint64_t b0c = b0 >= 0 ? w->C[b0] : 79, b0f = b0 >= 0 ? w->CF[b0] : 79;
        uint64_t s1c = s1 >= 0 ? w->C[s1] : 79;
        f[k++] = F1(110, s0c);
        f[k++] = F1(111, s0f);
        f[k++] = F1(115, s1c);
        f[k++] = F2(116, s0c, b0c);
        f[k++] = F2(117, s0f, b0p);
        f[k++] = F2(118, s0p, b0f);
        f[k++] = F2(119, s0c, b0p);
        f[k++] = F2(120, s0p, b0c);
        f[k++] = F2(121, s1c, s0c);
        f[k++] = F2(122, s1p, s0c);
        f[k++] = F2(123, s1c, s0p);
        f[k++] = F3(124, s0c, b0c, d);
    }
    if (w->ambf) {
        uint64_t s0a = s0 >= 0 ? w->A[s0] : 81, b0a = b0 >= 0 ? w->A[b0] : 81;
        f[k++] = F2(133, s0a, s0p);
        f[k++] = F4(134, s0a, s0p, b0a, b0p);
    }
    return k;
}

void kparser_parse(const kparser *p, kparse_ws *w, const char *const *form, const char *const *xpos,
                   const uint64_t *amb, int n, int *head, int *lab)
{
    if (p->beam > 1) {
        kbeam_parse(p, p->beam, w, form, xpos, amb, n, head, lab);
        return;
    }
    uint8_t legal[256];
    int nlab = p->nlab, nc = 1 + 2 * nlab, scored_b = -1;
    kpar_begin(w, p, form, xpos, amb, n);
    while (!kpar_done(w)) {
        if (w->sp == 0) { /* only SHIFT is legal: nothing to score */
            kpar_apply(w, nlab, 0);
            continue;
        }
        if (w->sp == 1 && w->b >= n) { /* only LEFT(root) */
            kpar_apply(w, nlab, 1 + p->rootlab);
            continue;
        }
        kpar_legal(w, nlab, p->rootlab, legal);
        int nf = kpar_feats(w);
        if (w->b != scored_b) { /* buffer-only features: once per b0 */
            memset(w->bscore, 0, (size_t)nc * sizeof *w->bscore);
            kpm_score(&p->m, w->feat, w->nbuf, w->bscore);
            scored_b = w->b;
        }
        memcpy(w->score, w->bscore, (size_t)nc * sizeof *w->score);
        kpm_score(&p->m, w->feat + w->nbuf, nf - w->nbuf, w->score);
        int best = -1;
        for (int c = 0; c < nc; c++)
            if (legal[c] && (best < 0 || w->score[c] > w->score[best]))
                best = c;
        kpar_apply(w, nlab, best);
    }
    for (int i = 0; i < n; i++) {
        head[i] = w->head[i] >= n ? -1 : w->head[i];
        lab[i] = w->lab[i];
    }
}

/* Payload: u32 nlab, u32 rootlab, nlab names, weights, word clusters;
 * format 4 adds u32 beam width (written only when the width is > 1, so that
 * greedy models stay format 3 byte for byte); format 5 (a model with
 * optional feature sets) has the beam width (1 for greedy) and u32 feats;
 * format 6 (a beam decoding margin) adds u32 margin after them. */
int kparser_save(const kparser *p, const char *path, kdiag *d)
{
    kbuf b;
    kbuf_init(&b);
    kmw_u32(&b, (uint32_t)p->nlab);
    kmw_u32(&b, (uint32_t)p->rootlab);
    for (int i = 0; i < p->nlab; i++)
        kmw_str(&b, p->lab[i]);
    kpm_write(&p->m, &b);
    kwc_write(&p->wc, &b);
    uint32_t ver = p->margin > 0 ? KMODEL_V_PARSER_MARGIN
                   : p->feats   ? KMODEL_V_PARSER_FEATS
                   : p->beam > 1 ? KMODEL_V_PARSER_BEAM
                                 : KMODEL_BASEVERSION;
    if (ver >= KMODEL_V_PARSER_BEAM)
        kmw_u32(&b, (uint32_t)(p->beam > 1 ? p->beam : 1));
    if (ver >= KMODEL_V_PARSER_FEATS)
        kmw_u32(&b, p->feats);
    if (ver >= KMODEL_V_PARSER_MARGIN)
        kmw_u32(&b, (uint32_t)p->margin);
    int rc = kmodel_save_version(path, KMODEL_PARSER, ver, &b, d);
    kbuf_free(&b);
    return rc;
}

kparser *kparser_load(const char *path, kdiag *d)
{
    size_t len;
    uint32_t ver;
    unsigned char *buf = kmodel_load(path, KMODEL_PARSER, &len, &ver, d);
    if (!buf)
        return NULL;
    kparser *p = xcalloc(1, sizeof *p);
    p->beam = 1;
    kmr r = {buf, len, 0, 0, NULL};
    uint32_t nlab = kmr_u32(&r), root = kmr_u32(&r);
    if (!r.err && (nlab < 1 || nlab > KPAR_MAXLAB))
        kmr_fail(&r, "label count");
    if (!r.err && root >= nlab)
        kmr_fail(&r, "root label");
    if (!r.err) {
        p->nlab = (int)nlab;
        p->rootlab = (int)root;
        for (uint32_t i = 0; i < nlab; i++)
            kmr_str(&r, p->lab[i], sizeof p->lab[i]);
    }
    if (!r.err)
        kpm_read(&p->m, &r);
    if (!r.err && p->m.nclass != 1 + 2 * p->nlab)
        kmr_fail(&r, "class count");
    if (!r.err && ver >= KMODEL_BASEVERSION) /* version 2: no clusters */
        kwc_read(&p->wc, &r);
    if (!r.err && ver >= KMODEL_V_PARSER_BEAM) {
        uint32_t beam = kmr_u32(&r);
        if (!r.err && (beam < 1 || beam > KBEAM_MAX))
            kmr_fail(&r, "beam width (not 1 to 64)");
        if (!r.err)
            p->beam = (int)beam;
    }
    if (!r.err && ver >= KMODEL_V_PARSER_FEATS) {
        uint32_t feats = kmr_u32(&r);
        if (!r.err && (feats & ~KPAR_F_ALL))
            kmr_fail(&r, "feature sets (unknown bits)");
        if (!r.err)
            p->feats = feats;
    }
    if (!r.err && ver >= KMODEL_V_PARSER_MARGIN) {
        uint32_t margin = kmr_u32(&r);
        if (!r.err && margin > KPAR_MAXMARGIN)
            kmr_fail(&r, "beam margin (over 10000000)");
        if (!r.err)
            p->margin = (int)margin;
    }
    if (!r.err && r.pos != r.len)
        kmr_fail(&r, "trailing payload");
    free(buf);
    if (r.err) {
        kloc loc = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &loc, "bad parser model: %s %s", r.err == 1 ? "payload ends inside" : "invalid",
                     r.what ? r.what : "field");
        kparser_free(p);
        return NULL;
    }
    return p;
}

void kparser_free(kparser *p)
{
    if (!p)
        return;
    kpm_free(&p->m);
    kwc_free(&p->wc);
    free(p);
}

void kparse_sent(const ktagger *t, const kparser *p, ktag_ws *tw, kparse_ws *pw, ksent *s)
{
    int n = s->ntok;
    if (n <= 0)
        return;
    const char **form = karena_alloc(s->mem, xmul((size_t)n, sizeof *form));
    const char **xp = karena_alloc(s->mem, xmul((size_t)n, sizeof *xp));
    uint8_t *x = karena_alloc(s->mem, (size_t)n), *u = karena_alloc(s->mem, (size_t)n);
    int *head = karena_alloc(s->mem, xmul((size_t)n, sizeof *head));
    int *lab = karena_alloc(s->mem, xmul((size_t)n, sizeof *lab));
    uint64_t *amb = NULL;
    for (int i = 0; i < n; i++)
        form[i] = s->tok[i].form ? s->tok[i].form : "";
    ktagger_tag(t, tw, form, n, x, u);
    if (p->feats & KPAR_F_AMB) {
        amb = karena_alloc(s->mem, xmul((size_t)n, sizeof *amb));
        for (int i = 0; i < n; i++)
            amb[i] = ktag_amb(tw, i);
    }
    for (int i = 0; i < n; i++)
        xp[i] = t->xname[x[i]];
    kparser_parse(p, pw, form, xp, amb, n, head, lab);
    for (int i = 0; i < n; i++) {
        ktok *k = &s->tok[i];
        memcpy(k->xpos, t->xname[x[i]], 8);
        memcpy(k->upos, t->uname[u[i]], 8);
        k->head = head[i];
        k->deprel = karena_strdup(s->mem, p->lab[lab[i]]);
        k->rel = krel_parse(k->deprel);
    }
}
