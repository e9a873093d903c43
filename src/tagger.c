/* tagger.c: see tagger.h */
#include "tagger.h"
#include "wnlex.h"

#include <stdlib.h>
#include <string.h>

enum { A_W, A_R, A_S1, A_S2, A_S3, A_S4, A_P1, A_P2, A_P3, A_SH, A_AX, A_AU, A_C4, A_C8, A_C12, A_CF, A_WN, A_FX, KT_NATOM };
#define PAD 2

void ktag_ws_init(ktag_ws *w) { memset(w, 0, sizeof *w); }

void ktag_ws_free(ktag_ws *w)
{
    free(w->atom);
    free(w->r);
    free(w->btag);
    free(w->bback);
    memset(w, 0, sizeof *w);
}

static void reserve(ktag_ws *w, int n)
{
    if (n <= w->cap)
        return;
    int c = w->cap ? w->cap : 64;
    while (c < n)
        c *= 2;
    free(w->atom);
    free(w->r);
    free(w->btag);
    free(w->bback);
    w->atom = xmalloc(xmul(xmul((size_t)c + 2 * PAD, KT_NATOM), sizeof *w->atom));
    w->r = xmalloc((size_t)c);
    w->btag = xmalloc(xmul((size_t)c, KT_MAXBEAM));
    w->bback = xmalloc(xmul((size_t)c, KT_MAXBEAM));
    w->cap = c;
}

static uint64_t *at(ktag_ws *w, int i) { return w->atom + (size_t)(i + PAD) * KT_NATOM; }

/* Hash of s[0..n) lower-cased (ASCII) with digits mapped to '0'. */
static uint64_t norm_hash(const char *s, size_t n, size_t from, size_t to)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = from; i < to && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (c >= '0' && c <= '9')
            c = '0';
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return kp_fin(h ^ (uint64_t)(to - from) << 56);
}

/* Byte offset where the last k UTF-8 characters of s[0..n) begin. */
static size_t utf8_back(const char *s, size_t n, int k)
{
    size_t i = n;
    while (i > 0 && k > 0) {
        i--;
        while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80)
            i--;
        k--;
    }
    return i;
}

static size_t utf8_fwd(const char *s, size_t n, int k)
{
    size_t i = 0;
    while (i < n && k > 0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80)
            i++;
        k--;
    }
    return i;
}

static uint64_t shape_hash(const char *s, size_t n)
{
    uint64_t h = 0x84222325cbf29ce4ULL;
    char last = 0;
    int run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char k;
        if (c >= 'A' && c <= 'Z')
            k = 'X';
        else if (c >= 'a' && c <= 'z')
            k = 'x';
        else if (c >= '0' && c <= '9')
            k = 'd';
        else if (c >= 0x80)
            k = (c & 0xc0) == 0x80 ? 0 : 'u';
        else
            k = (char)c;
        if (!k)
            continue;
        if (k == last) {
            if (++run > 2)
                continue;
        } else {
            run = 1;
            last = k;
        }
        h ^= (unsigned char)k;
        h *= 0x100000001b3ULL;
    }
    return kp_fin(h);
}

uint64_t ktag_amb(const ktag_ws *w, int i) { return w->atom[(size_t)(i + PAD) * KT_NATOM + A_AX]; }

void ktag_set_amb(ktag_ws *w, int i, uint64_t xm, uint64_t um)
{
    at(w, i)[A_AX] = xm;
    at(w, i)[A_AU] = um;
}

void ktag_set_unknown(ktag_ws *w, int i)
{
    at(w, i)[A_W] = 0x0dd0c0ffee5eed01ULL;
    at(w, i)[A_R] = 0x0dd0c0ffee5eed02ULL;
}

uint64_t ktag_word_key(const char *form)
{
    size_t len = strlen(form);
    return norm_hash(form, len, 0, len);
}

static const ktag_dent *dict_find(const ktagger *t, uint64_t key)
{
    if (!t->dict)
        return NULL;
    uint32_t s = (uint32_t)(key ^ (key >> 32)) & t->dmask;
    while (t->dict[s].key) {
        if (t->dict[s].key == key)
            return &t->dict[s];
        s = (s + 1) & t->dmask;
    }
    return NULL;
}

static void dict_put(ktag_dent *d, uint32_t mask, const ktag_dent *e)
{
    uint32_t s = (uint32_t)(e->key ^ (e->key >> 32)) & mask;
    while (d[s].key && d[s].key != e->key)
        s = (s + 1) & mask;
    d[s] = *e;
}

void ktag_dict_add(ktagger *t, uint64_t key, uint64_t xm, uint64_t um)
{
    if ((uint64_t)(t->ndict + 1) * 2 > (uint64_t)(t->dict ? t->dmask + 1 : 0)) {
        uint32_t ns = t->dict ? (t->dmask + 1) * 2 : 1024;
        ktag_dent *nd = xcalloc(ns, sizeof *nd);
        for (uint32_t i = 0; t->dict && i <= t->dmask; i++)
            if (t->dict[i].key)
                dict_put(nd, ns - 1, &t->dict[i]);
        free(t->dict);
        t->dict = nd;
        t->dmask = ns - 1;
    }
    ktag_dent e = {key, xm, um};
    if (!dict_find(t, key))
        t->ndict++;
    dict_put(t->dict, t->dmask, &e);
}

uint64_t ktag_form_key(const char *form) { return kp_hash(form, strlen(form)); }

void ktag_fix_add(ktagger *t, uint64_t key, int fx, int fu)
{
    kwc_add(&t->fix, key, KT_FIXMARK | (uint32_t)(fu & 0xff) << 8 | (uint32_t)(fx & 0xff));
}

void ktag_atoms(const ktagger *tg, ktag_ws *w, const char *const *form, int n)
{
    reserve(w, n);
    w->clusters = tg->wc.n > 0;
    w->wordnet = tg->haswn;
    for (int p = 0; p < PAD; p++) {
        for (int a = 0; a < KT_NATOM; a++) {
            at(w, -1 - p)[a] = kp_mix(0x5151 + (uint64_t)p, (uint64_t)a);
            at(w, n + p)[a] = kp_mix(0x7373 + (uint64_t)p, (uint64_t)a);
        }
    }
    for (int i = 0; i < n; i++) {
        const char *s = form[i];
        size_t len = strlen(s);
        uint64_t *t = at(w, i);
        t[A_W] = norm_hash(s, len, 0, len);
        t[A_R] = kp_hash(s, len);
        for (int k = 1; k <= 4; k++)
            t[A_S1 + k - 1] = kp_mix(norm_hash(s, len, utf8_back(s, len, k), len), 100 + (uint64_t)k);
        for (int k = 1; k <= 3; k++)
            t[A_P1 + k - 1] = kp_mix(kp_hash(s, utf8_fwd(s, len, k)), 200 + (uint64_t)k);
        t[A_SH] = shape_hash(s, len);
        uint32_t code = kwc_code(&tg->wc, t[A_W]);
        if (code) {
            t[A_C4] = kp_mix(kwc_prefix(code, 4), 0xc1a55);
            t[A_C8] = kp_mix(kwc_prefix(code, 8), 0xc1a55);
            t[A_C12] = kp_mix(kwc_prefix(code, 12), 0xc1a55);
            t[A_CF] = kp_mix(code, 0xc1a55);
        } else { /* no cluster: a class per shape */
            t[A_C4] = t[A_C8] = t[A_C12] = t[A_CF] = kp_mix(t[A_SH], 0xc1a5500);
        }
        if (w->wordnet)
            t[A_WN] = kp_mix(kwn_classes(&tg->wn, t[A_W]), 0x3e7);
        const ktag_dent *e = dict_find(tg, t[A_W]);
        t[A_AX] = e ? e->xm : 0;
        t[A_AU] = e ? e->um : 0;
        uint32_t fc = kwc_code(&tg->fix, t[A_R]);
        t[A_FX] = fc ? fc & 0xffff : (uint64_t)KT_NOFIX | (uint64_t)KT_NOFIX << 8;
    }
}

static inline uint64_t F1(int tpl, uint64_t a) { return kp_fin(kp_mix((uint64_t)tpl * 0x9e3779b97f4a7c15ULL, a)); }
static inline uint64_t F2(int tpl, uint64_t a, uint64_t b)
{
    return kp_fin(kp_mix(kp_mix((uint64_t)tpl * 0x9e3779b97f4a7c15ULL, a), b));
}
static inline uint64_t F3(int tpl, uint64_t a, uint64_t b, uint64_t c)
{
    return kp_fin(kp_mix(kp_mix(kp_mix((uint64_t)tpl * 0x9e3779b97f4a7c15ULL, a), b), c));
}

/* The XPOS templates that read only the words (not the tag history):
 * scored once per token by the beam decoder. */
static int xfeats_words(ktag_ws *w, int i, uint64_t *f)
{
    int k = 0;
    const uint64_t *c = at(w, i), *p1 = at(w, i - 1), *p2 = at(w, i - 2), *n1 = at(w, i + 1), *n2 = at(w, i + 2);
    f[k++] = F1(1, 0);
    f[k++] = F1(2, c[A_W]);
    f[k++] = F1(3, c[A_R]);
    f[k++] = F1(4, c[A_S1]);
    f[k++] = F1(5, c[A_S2]);
    f[k++] = F1(6, c[A_S3]);
    f[k++] = F1(7, c[A_S4]);
    f[k++] = F1(8, c[A_P1]);
    f[k++] = F1(9, c[A_P2]);
    f[k++] = F1(10, c[A_P3]);
    f[k++] = F1(11, c[A_SH]);
    f[k++] = F1(16, p1[A_W]);
    f[k++] = F1(17, p1[A_S3]);
    f[k++] = F1(18, p2[A_W]);
    f[k++] = F1(19, n1[A_W]);
    f[k++] = F1(20, n1[A_S3]);
    f[k++] = F1(21, n2[A_W]);
    f[k++] = F2(22, p1[A_W], c[A_W]);
    f[k++] = F2(23, c[A_W], n1[A_W]);
    f[k++] = F1(24, p1[A_SH]);
    f[k++] = F1(25, n1[A_SH]);
    f[k++] = F2(27, i == 0, c[A_SH]);
    f[k++] = F2(30, n1[A_W], n2[A_W]);
    f[k++] = F2(31, c[A_SH], n1[A_SH]);
    f[k++] = F1(32, n2[A_S3]);
    f[k++] = F1(33, c[A_AX]);
    f[k++] = F1(34, n1[A_AX]);
    f[k++] = F1(35, n2[A_AX]);
    f[k++] = F2(37, c[A_AX], n1[A_AX]);
    f[k++] = F2(38, c[A_W], n1[A_AX]);
    f[k++] = F3(40, c[A_AX], n1[A_AX], n2[A_AX]);
    f[k++] = F2(42, p1[A_W], c[A_AX]);
    if (w->clusters) {
        f[k++] = F1(70, c[A_C4]);
        f[k++] = F1(71, c[A_C8]);
        f[k++] = F1(72, c[A_C12]);
        f[k++] = F1(73, c[A_CF]);
        f[k++] = F1(74, p1[A_C8]);
        f[k++] = F1(75, p1[A_CF]);
        f[k++] = F1(76, n1[A_C8]);
        f[k++] = F1(77, n1[A_CF]);
        f[k++] = F1(78, p2[A_C8]);
        f[k++] = F1(79, n2[A_C8]);
        f[k++] = F2(81, c[A_C12], c[A_S3]);
        f[k++] = F2(82, c[A_CF], c[A_AX]);
        f[k++] = F2(83, c[A_C8], n1[A_C8]);
    }
    if (w->wordnet) { /* WordNet classes of words without a dictionary entry */
        uint64_t cw = c[A_AX] ? 1 : c[A_WN], nw = n1[A_AX] ? 1 : n1[A_WN];
        if (!c[A_AX]) {
            f[k++] = F1(90, cw);
            f[k++] = F2(91, cw, c[A_S3]);
            f[k++] = F3(96, cw, c[A_SH], i == 0);
        }
        if (!n1[A_AX])
            f[k++] = F1(93, nw);
        if (!c[A_AX] || !n1[A_AX])
            f[k++] = F2(94, cw, nw);
    }
    return k;
}

/* The XPOS templates on the two previous tags t1, t2 (250: none). */
static int xfeats_hist(ktag_ws *w, int i, uint64_t t1, uint64_t t2, uint64_t *f)
{
    int k = 0;
    const uint64_t *c = at(w, i), *n1 = at(w, i + 1);
    f[k++] = F1(12, t1);
    f[k++] = F1(13, t2);
    f[k++] = F2(14, t1, t2);
    f[k++] = F2(15, t1, c[A_W]);
    f[k++] = F2(26, t1, c[A_S3]);
    f[k++] = F2(28, t1, n1[A_W]);
    f[k++] = F3(29, t1, c[A_W], n1[A_W]);
    f[k++] = F2(36, t1, c[A_AX]);
    f[k++] = F2(39, t1, n1[A_AX]);
    f[k++] = F3(41, t2, t1, c[A_AX]);
    if (w->clusters)
        f[k++] = F2(80, t1, c[A_C8]);
    if (w->wordnet && !c[A_AX])
        f[k++] = F2(92, t1, c[A_WN]);
    return k;
}

int ktag_xfeats(ktag_ws *w, int i, int n, const uint8_t *x, const uint8_t *r)
{
    uint64_t *f = w->feat;
    uint64_t t1 = i >= 1 ? x[i - 1] : 250, t2 = i >= 2 ? x[i - 2] : 250;
    int k = xfeats_words(w, i, f);
    k += xfeats_hist(w, i, t1, t2, f + k);
    if (r) {
        const uint64_t *c = at(w, i), *n1 = at(w, i + 1);
        uint64_t r1 = i + 1 < n ? r[i + 1] : 251, r2 = i + 2 < n ? r[i + 2] : 251, r0 = r[i];
        f[k++] = F1(50, r1);
        f[k++] = F1(51, r2);
        f[k++] = F2(52, r1, r2);
        f[k++] = F2(53, t1, r1);
        f[k++] = F2(54, c[A_W], r1);
        f[k++] = F2(55, c[A_AX], r1);
        f[k++] = F3(56, t1, r0, r1);
        f[k++] = F1(57, r0);
        f[k++] = F2(58, c[A_W], r0);
        f[k++] = F2(59, c[A_S3], r1);
        f[k++] = F3(60, c[A_AX], r1, r2);
        f[k++] = F2(61, n1[A_W], r1);
    }
    return k;
}

int ktag_fixed(const ktag_ws *w, int i)
{
    return (int)(w->atom[(size_t)(i + PAD) * KT_NATOM + A_FX] & 0xff);
}

/* Put the candidate "item j then tag c" (score s; t1j = item j's tag,
 * prevtag the tags of the previous items) into the next beam b->n*, sorted
 * by score, at most K items, ties to the earlier candidate.  Two items with
 * the same last two tags have the same future: only the better is kept. */
static int ktb_insert(ktag_beam *b, int K, double s, int c, int j, int t1j, const uint8_t *prevtag)
{
    int n = b->nn;
    if (n == K && !(s > b->nsc[n - 1]))
        return 0;
    for (int q = 0; q < n; q++) {
        if (b->ntag[q] == c && prevtag[b->nback[q]] == t1j) { /* same state: keep the better */
            if (!(s > b->nsc[q]))
                return 0;
            for (int z = q; z + 1 < n; z++) {
                b->nsc[z] = b->nsc[z + 1];
                b->ntag[z] = b->ntag[z + 1];
                b->nback[z] = b->nback[z + 1];
            }
            n--;
            break;
        }
    }
    int pos = n < K ? n : K - 1;
    while (pos > 0 && s > b->nsc[pos - 1]) {
        if (pos < K) {
            b->nsc[pos] = b->nsc[pos - 1];
            b->ntag[pos] = b->ntag[pos - 1];
            b->nback[pos] = b->nback[pos - 1];
        }
        pos--;
    }
    b->nsc[pos] = s;
    b->ntag[pos] = (uint8_t)c;
    b->nback[pos] = (uint8_t)j;
    b->nn = n < K ? n + 1 : K;
    return 1;
}

int ktag_beam_decode(const ktag_scorer *sc, int nx, ktag_ws *w, int n, int K, int usefix, const uint8_t *gold,
                     uint8_t *x, ktag_viol *v)
{
    ktag_beam *b = &w->beam;
    if (K < 1)
        K = 1;
    if (K > KT_MAXBEAM)
        K = KT_MAXBEAM;
    if (v) {
        v->step = -1;
        v->item = 0;
    }
    if (n <= 0)
        return 0;
    double gscore = 0, maxv = -1e300;
    int ng = 1;                               /* gold prefix still in the beam */
    uint8_t start = 250;
    b->cn = 1;
    b->csc[0] = 0;
    b->cgold[0] = 1;
    for (int i = 0; i < n; i++) {
        uint8_t *tag = w->btag + (size_t)i * KT_MAXBEAM, *back = w->bback + (size_t)i * KT_MAXBEAM;
        const uint8_t *ptag = i > 0 ? w->btag + (size_t)(i - 1) * KT_MAXBEAM : &start;
        const uint8_t *pback = i > 0 ? w->bback + (size_t)(i - 1) * KT_MAXBEAM : NULL;
        const uint8_t *pptag = i > 1 ? w->btag + (size_t)(i - 2) * KT_MAXBEAM : NULL;
        int fx = usefix ? ktag_fixed(w, i) : KT_NOFIX;
        b->nn = 0;
        if (fx != KT_NOFIX) {
            for (int j = 0; j < b->cn; j++)
                ktb_insert(b, K, b->csc[j], fx, j, ptag[j], ptag);
        } else {
            int nw = xfeats_words(w, i, w->feat);
            memset(b->ws, 0, sizeof b->ws);
            sc->score(sc->m, w->feat, nw, b->ws);
            for (int j = 0; j < b->cn; j++) {
                int t1 = i > 0 ? ptag[j] : 250, t2 = i > 1 ? pptag[pback[j]] : 250;
                int nh = xfeats_hist(w, i, (uint64_t)t1, (uint64_t)t2, w->feat);
                memset(b->hs, 0, sizeof b->hs);
                sc->score(sc->m, w->feat, nh, b->hs);
                for (int c = 0; c < nx; c++)
                    ktb_insert(b, K, b->csc[j] + b->ws[c] + b->hs[c], c, j, ptag[j], ptag);
            }
            if (gold) { /* the gold prefix's score, from its own history */
                int t1 = i > 0 ? gold[i - 1] : 250, t2 = i > 1 ? gold[i - 2] : 250;
                int nh = xfeats_hist(w, i, (uint64_t)t1, (uint64_t)t2, w->feat);
                memset(b->hs, 0, sizeof b->hs);
                sc->score(sc->m, w->feat, nh, b->hs);
                gscore += b->ws[gold[i]] + b->hs[gold[i]];
            }
        }
        if (w->margin > 0) /* test: items far behind the best are dropped */
            while (b->nn > 1 && b->nsc[0] - b->nsc[b->nn - 1] > w->margin)
                b->nn--;
        /* the new beam becomes current */
        int g = 0;
        for (int q = 0; q < b->nn; q++) {
            tag[q] = b->ntag[q];
            back[q] = b->nback[q];
            b->cgold2[q] = gold && ng && b->cgold[b->nback[q]] && b->ntag[q] == gold[i];
            g |= b->cgold2[q];
        }
        for (int q = 0; q < b->nn; q++) {
            b->csc[q] = b->nsc[q];
            b->cgold[q] = b->cgold2[q];
        }
        b->cn = b->nn;
        if (gold) {
            ng = g;
            for (int q = 0; q < b->cn; q++) { /* the best item off the gold path */
                if (b->cgold[q])
                    continue;
                double viol = b->csc[q] - gscore;
                if (viol >= 0 && viol > maxv) {
                    maxv = viol;
                    v->step = i;
                    v->item = q;
                }
                break;
            }
        }
    }
    /* follow the best item back */
    int q = 0;
    for (int i = n - 1; i >= 0; i--) {
        x[i] = w->btag[(size_t)i * KT_MAXBEAM + q];
        q = w->bback[(size_t)i * KT_MAXBEAM + q];
    }
    if (v && v->step >= 0) { /* the violating item's tags, into v->x */
        q = v->item;
        for (int i = v->step; i >= 0; i--) {
            v->x[i] = w->btag[(size_t)i * KT_MAXBEAM + q];
            q = w->bback[(size_t)i * KT_MAXBEAM + q];
        }
    }
    return 0;
}

int ktag_ufeats(ktag_ws *w, int i, int n, const uint8_t *x, const uint8_t *u)
{
    uint64_t *f = w->feat;
    int k = 0;
    const uint64_t *c = at(w, i);
    uint64_t xp = i >= 1 ? x[i - 1] : 250, xn = i + 1 < n ? x[i + 1] : 251;
    uint64_t up = i >= 1 ? u[i - 1] : 250, xc = x[i];
    f[k++] = F1(101, xc);
    f[k++] = F2(102, xc, c[A_W]);
    f[k++] = F1(103, c[A_W]);
    f[k++] = F2(104, xc, c[A_S3]);
    f[k++] = F2(105, xc, xp);
    f[k++] = F2(106, xc, xn);
    f[k++] = F3(107, xc, xp, xn);
    f[k++] = F2(108, xc, up);
    f[k++] = F2(109, xc, c[A_SH]);
    f[k++] = F2(110, xc, c[A_R]);
    f[k++] = F3(111, xc, c[A_W], at(w, i + 1)[A_W]);
    f[k++] = F2(112, xc, c[A_AU]);
    f[k++] = F1(113, c[A_AU]);
    if (w->clusters)
        f[k++] = F2(114, xc, c[A_C8]);
    if (w->wordnet && !c[A_AX])
        f[k++] = F2(115, xc, c[A_WN]);
    return k;
}

static void pass(const kpm *m, int nx, ktag_ws *w, int n, uint8_t *x, const uint8_t *r)
{
    for (int i = 0; i < n; i++) {
        unsigned fx = (unsigned)at(w, i)[A_FX] & 0xff;
        if (fx != KT_NOFIX) { /* a frequent form with one tag: not scored */
            x[i] = (uint8_t)fx;
            continue;
        }
        int nf = ktag_xfeats(w, i, n, x, r);
        memset(w->score, 0, sizeof w->score);
        kpm_score(m, w->feat, nf, w->score);
        int best = 0;
        for (int c = 1; c < nx; c++)
            if (w->score[c] > w->score[best])
                best = c;
        x[i] = (uint8_t)best;
    }
}

void ktag_kpm_scorer(const void *m, const uint64_t *feat, int nf, double *score)
{
    int32_t s[KT_MAXTAG];
    const kpm *km = m;
    memset(s, 0, sizeof s);
    kpm_score(km, feat, nf, s);
    for (int c = 0; c < km->nclass; c++)
        score[c] += s[c];
}

void ktagger_tag_beam(const ktagger *t, ktag_ws *w, const char *const *form, int n, int K, uint8_t *x, uint8_t *u)
{
    ktag_atoms(t, w, form, n);
    if (K > 1 && !t->mx2.nfeat) {
        ktag_scorer sc = {ktag_kpm_scorer, &t->mx};
        w->margin = t->margin;
        ktag_beam_decode(&sc, t->nx, w, n, K, 1, NULL, x, NULL);
    } else if (t->mx2.nfeat) {
        pass(&t->mx, t->nx, w, n, w->r, NULL);
        pass(&t->mx2, t->nx, w, n, x, w->r);
    } else {
        pass(&t->mx, t->nx, w, n, x, NULL);
    }
    if (!t->mu.nclass)
        return;
    ktag_upos(t, w, n, x, u);
}

void ktagger_tag(const ktagger *t, ktag_ws *w, const char *const *form, int n, uint8_t *x, uint8_t *u)
{
    ktagger_tag_beam(t, w, form, n, t->beam, x, u);
}

void ktag_upos(const ktagger *t, ktag_ws *w, int n, const uint8_t *x, uint8_t *u)
{
    for (int i = 0; i < n; i++) {
        unsigned fu = (unsigned)(at(w, i)[A_FX] >> 8) & 0xff;
        if (fu != KT_NOFIX) {
            u[i] = (uint8_t)fu;
            continue;
        }
        int nf = ktag_ufeats(w, i, n, x, u);
        memset(w->score, 0, sizeof w->score);
        kpm_score(&t->mu, w->feat, nf, w->score);
        int best = 0;
        for (int c = 1; c < t->nu; c++)
            if (w->score[c] > w->score[best])
                best = c;
        u[i] = (uint8_t)best;
    }
}

/* Payload: u32 nx, nx names, u32 nu, nu names, weights mx, mx2, mu,
 * u32 ndict, ndict x (u64 key, u64 xm, u64 um), word clusters (wclust.h);
 * format 4 adds the WordNet lexicon (wnlex.h) in the word-cluster layout. */
int ktagger_save(const ktagger *t, const char *path, kdiag *d)
{
    kbuf b;
    kbuf_init(&b);
    kmw_u32(&b, (uint32_t)t->nx);
    for (int i = 0; i < t->nx; i++)
        kmw_str(&b, t->xname[i]);
    kmw_u32(&b, (uint32_t)t->nu);
    for (int i = 0; i < t->nu; i++)
        kmw_str(&b, t->uname[i]);
    kpm_write(&t->mx, &b);
    if (t->mx2.nclass) {
        kpm_write(&t->mx2, &b);
    } else { /* single pass: an empty pass-2 table */
        kpm none;
        memset(&none, 0, sizeof none);
        none.nclass = t->nx;
        none.scale = 1;
        kpm_write(&none, &b);
    }
    kpm_write(&t->mu, &b);
    kmw_u32(&b, t->ndict);
    for (uint32_t i = 0; t->dict && i <= t->dmask; i++) {
        if (!t->dict[i].key)
            continue;
        kmw_u64(&b, t->dict[i].key);
        kmw_u64(&b, t->dict[i].xm);
        kmw_u64(&b, t->dict[i].um);
    }
    kwc_write(&t->wc, &b);
    int v5 = t->fix.n > 0 || t->beam > 1 || t->margin > 0;
    if (v5) /* format 5: whether a WordNet lexicon follows */
        kmw_u32(&b, (uint32_t)t->haswn);
    if (t->haswn) { /* format 4: the WordNet lexicon, without the words of the
                      tag dictionary (whose WordNet classes are never read) */
        kwc lex;
        kwc_init(&lex);
        for (uint32_t i = 0; t->wn.tab && i <= t->wn.mask; i++)
            if (t->wn.tab[i].key && !dict_find(t, t->wn.tab[i].key))
                kwc_add(&lex, t->wn.tab[i].key, t->wn.tab[i].code);
        kwc_write(&lex, &b);
        kwc_free(&lex);
    }
    if (v5) { /* format 5: fixed tags (in slot order), beam width */
        kmw_u32(&b, t->fix.n);
        for (uint32_t i = 0; t->fix.tab && i <= t->fix.mask; i++) {
            if (!t->fix.tab[i].key)
                continue;
            kmw_u64(&b, t->fix.tab[i].key);
            kmw_u8(&b, t->fix.tab[i].code & 0xff);
            kmw_u8(&b, t->fix.tab[i].code >> 8 & 0xff);
        }
        kmw_u32(&b, (uint32_t)(t->beam > 1 ? t->beam : 1));
        kmw_u32(&b, (uint32_t)t->margin);
    }
    int rc = kmodel_save_version(path, KMODEL_TAGGER, v5 ? KMODEL_V_TAGGER_FIXED : t->haswn ? KMODEL_V_TAGGER_WORDNET : KMODEL_BASEVERSION, &b, d);
    kbuf_free(&b);
    return rc;
}

static int read_names(kmr *r, char names[][8], int *count)
{
    uint32_t n = kmr_u32(r);
    if (r->err)
        return -1;
    if (n < 1 || n > KT_MAXTAG) {
        kmr_fail(r, "tag count");
        return -1;
    }
    for (uint32_t i = 0; i < n; i++)
        kmr_str(r, names[i], 8);
    *count = (int)n;
    return r->err ? -1 : 0;
}

ktagger *ktagger_load(const char *path, kdiag *d)
{
    size_t len;
    uint32_t ver;
    unsigned char *p = kmodel_load(path, KMODEL_TAGGER, &len, &ver, d);
    if (!p)
        return NULL;
    ktagger *t = xcalloc(1, sizeof *t);
    kmr r = {p, len, 0, 0, NULL};
    if (ver > KMODEL_V_TAGGER_MAX)
        kmr_fail(&r, "format version for a tagger (taggers stop at format 5)");
    if (!r.err && read_names(&r, t->xname, &t->nx) == 0 && read_names(&r, t->uname, &t->nu) == 0) {
        kpm_read(&t->mx, &r);
        if (!r.err)
            kpm_read(&t->mx2, &r);
        if (!r.err)
            kpm_read(&t->mu, &r);
        if (!r.err && (t->mx.nclass != t->nx || t->mx2.nclass != t->nx || t->mu.nclass != t->nu))
            kmr_fail(&r, "class count");
        uint32_t nd = kmr_u32(&r);
        if (!r.err && nd > (r.len - r.pos) / 24)
            kmr_fail(&r, "dictionary size");
        uint64_t xok = t->nx >= 64 ? ~0ULL : (1ULL << t->nx) - 1, uok = t->nu >= 64 ? ~0ULL : (1ULL << t->nu) - 1;
        for (uint32_t i = 0; !r.err && i < nd; i++) {
            uint64_t key = kmr_u64(&r), xm = kmr_u64(&r), um = kmr_u64(&r);
            if (!r.err && (key == 0 || (xm & ~xok) || (um & ~uok)))
                kmr_fail(&r, "dictionary entry");
            else if (!r.err)
                ktag_dict_add(t, key, xm, um);
        }
        if (!r.err && t->ndict != nd)
            kmr_fail(&r, "duplicate dictionary entry");
        if (!r.err && ver >= KMODEL_BASEVERSION) /* version 2: no clusters */
            kwc_read(&t->wc, &r);
        uint32_t haswn = ver >= KMODEL_V_TAGGER_WORDNET;
        if (!r.err && ver >= KMODEL_V_TAGGER_FIXED) { /* whether the lexicon follows */
            haswn = kmr_u32(&r);
            if (!r.err && haswn > 1)
                kmr_fail(&r, "lexicon flag");
        }
        if (!r.err && haswn) { /* version 4: WordNet lexicon */
            kwc_read(&t->wn, &r);
            t->haswn = 1;
        }
        t->beam = 1;
        if (!r.err && ver >= KMODEL_V_TAGGER_FIXED) { /* fixed tags, beam width */
            uint32_t nf = kmr_u32(&r);
            if (!r.err && nf > (r.len - r.pos) / 10)
                kmr_fail(&r, "fixed-tag count");
            for (uint32_t i = 0; !r.err && i < nf; i++) {
                uint64_t key = kmr_u64(&r);
                unsigned fx = kmr_u8(&r), fu = kmr_u8(&r);
                if (!r.err && (key == 0 || (int)fx >= t->nx || (fu != KT_NOFIX && (int)fu >= t->nu) || kwc_code(&t->fix, key)))
                    kmr_fail(&r, "fixed-tag entry");
                else if (!r.err)
                    ktag_fix_add(t, key, (int)fx, (int)fu);
            }
            uint32_t bw = kmr_u32(&r);
            if (!r.err && (bw < 1 || bw > KT_MAXBEAM))
                kmr_fail(&r, "beam width");
            t->beam = (int)bw;
            t->margin = (int)kmr_u32(&r);
            if (!r.err && t->margin < 0)
                kmr_fail(&r, "beam margin");
        }
        if (!r.err && r.pos != r.len)
            kmr_fail(&r, "trailing payload");
    }
    free(p);
    if (r.err) {
        kloc loc = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &loc, "bad tagger model: %s %s", r.err == 1 ? "payload ends inside" : "invalid",
                     r.what ? r.what : "field");
        ktagger_free(t);
        return NULL;
    }
    return t;
}

void ktagger_free(ktagger *t)
{
    if (!t)
        return;
    kpm_free(&t->mx);
    kpm_free(&t->mx2);
    kpm_free(&t->mu);
    free(t->dict);
    kwc_free(&t->fix);
    kwc_free(&t->wc);
    kwc_free(&t->wn);
    free(t);
}
