/* percep.c: see percep.h */
#include "percep.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

uint64_t kp_hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return kp_fin(h);
}

#define slot_of kp_slot
#define SL_OFF(o) ((o) >> 8)
#define SL_LEN(o) ((o) & 0xffu)

/* ---- frozen ---- */

/* Slots for n features in a frozen table: load at most 1/2 (few probes for
 * the many features a sentence has that the model never saw). */
static uint32_t frozen_slots(uint64_t n)
{
    uint32_t c = 16;
    while ((uint64_t)c < n * 2 + 2)
        c <<= 1;
    return c;
}



void kpm_score(const kpm *m, const uint64_t *feat, int nf, int32_t *score)
{
    if (!m->slot)
        return;
    /* two passes so that the cache misses of all features overlap */
    uint32_t pos[256], hit[256];
    if (nf > 256)
        nf = 256;
    for (int i = 0; i < nf; i++) {
        pos[i] = slot_of(feat[i], m->mask);
        __builtin_prefetch(&m->slot[pos[i]]);
    }
    int nh = 0;
    for (int i = 0; i < nf; i++) {
        uint32_t fp = kp_fp(feat[i]), s = pos[i];
        for (;;) {
            const kpm_slot *sl = &m->slot[s];
            if (sl->fp == fp) {
                __builtin_prefetch(m->ent + SL_OFF(sl->ol));
                hit[nh++] = sl->ol;
                break;
            }
            if (sl->fp == 0)
                break;
            s = (s + 1) & m->mask;
        }
    }
    for (int i = 0; i < nh; i++) {
        const kpm_ent *e = m->ent + SL_OFF(hit[i]);
        for (uint32_t j = 0, n = SL_LEN(hit[i]); j < n; j++)
            score[e[j].c] += e[j].w;
    }
}

void kpm_free(kpm *m)
{
    free(m->slot);
    free(m->ent);
    memset(m, 0, sizeof *m);
}

void kpm_prune(kpm *m, int thr)
{
    if (!m->slot)
        return;
    /* same table positions (probe chains stay valid); emptied rows keep
     * their fingerprint with length 0 */
    uint32_t nent = 0, nfeat = 0;
    kpm_ent *ne = xmalloc(xmul((size_t)m->nent + 1, sizeof *ne));
    for (uint32_t s = 0; s <= m->mask; s++) {
        kpm_slot *sl = &m->slot[s];
        if (!sl->fp)
            continue;
        uint32_t start = nent, off = SL_OFF(sl->ol);
        for (uint32_t j = 0; j < SL_LEN(sl->ol); j++)
            if (abs(m->ent[off + j].w) > thr)
                ne[nent++] = m->ent[off + j];
        sl->ol = start << 8 | (nent - start);
        nfeat += nent > start;
    }
    free(m->ent);
    m->ent = ne;
    m->nent = nent;
    (void)nfeat;
}

/* Payload: u32 nclass, f32 scale, u32 nfeat, u32 nent, u32 log2(slots),
 *          occupancy bitmap [slots / 8 bytes],
 *          nfeat x (u32 fingerprint, u8 len) in slot order,
 *          nent x (u8 class, u16 weight) in the same order.
 * Storing the table layout makes loading a sequential copy. */
void kpm_write(const kpm *m, kbuf *b)
{
    uint32_t slots = m->slot ? m->mask + 1 : 16, lg = 0;
    while ((1u << lg) < slots)
        lg++;
    uint32_t nfeat = 0;
    for (uint32_t s = 0; m->slot && s < slots; s++)
        nfeat += m->slot[s].fp != 0;
    kmw_u32(b, (uint32_t)m->nclass);
    kmw_f32(b, m->scale);
    kmw_u32(b, nfeat);
    kmw_u32(b, m->nent);
    kmw_u32(b, lg);
    for (uint32_t s = 0; s < slots; s += 8) {
        unsigned byte = 0;
        for (uint32_t j = 0; j < 8; j++)
            if (m->slot && m->slot[s + j].fp)
                byte |= 1u << j;
        kmw_u8(b, byte);
    }
    for (uint32_t s = 0; m->slot && s < slots; s++)
        if (m->slot[s].fp) {
            kmw_u32(b, m->slot[s].fp);
            kmw_u8(b, SL_LEN(m->slot[s].ol));
        }
    for (uint32_t s = 0; m->slot && s < slots; s++) {
        const kpm_slot *sl = &m->slot[s];
        if (!sl->fp)
            continue;
        for (uint32_t j = 0; j < SL_LEN(sl->ol); j++) {
            kmw_u8(b, m->ent[SL_OFF(sl->ol) + j].c);
            kmw_u16(b, (uint16_t)m->ent[SL_OFF(sl->ol) + j].w);
        }
    }
}

void kpm_read(kpm *m, kmr *r)
{
    memset(m, 0, sizeof *m);
    uint32_t nclass = kmr_u32(r);
    float scale = kmr_f32(r);
    uint32_t nfeat = kmr_u32(r), nent = kmr_u32(r), lg = kmr_u32(r);
    if (r->err)
        return;
    if (nclass < 1 || nclass > KP_MAXCLASS) {
        kmr_fail(r, "class count");
        return;
    }
    if (!(scale > 0) || !isfinite(scale)) {
        kmr_fail(r, "weight scale");
        return;
    }
    if (lg < 4 || lg > 30 || nfeat >= (1u << lg) || nent >= (1u << 24)) { /* an empty slot ends probes */
        kmr_fail(r, "table size");
        return;
    }
    uint32_t slots = 1u << lg;
    /* check sizes against the payload before allocating */
    size_t rest = r->len - r->pos;
    if (slots / 8 > rest || nfeat > rest / 5 || nent > rest / 3) {
        kmr_fail(r, "feature count");
        return;
    }
    const unsigned char *bits = kmr_bytes(r, slots / 8);
    const unsigned char *keys = kmr_bytes(r, (size_t)nfeat * 5);
    const unsigned char *ents = kmr_bytes(r, (size_t)nent * 3);
    if (!bits || !keys || !ents)
        return;
    m->nclass = (int)nclass;
    m->scale = scale;
    m->nfeat = nfeat;
    m->nent = nent;
    m->mask = slots - 1;
    m->slot = xbigalloc(xmul(slots, sizeof *m->slot));
    memset(m->slot, 0, (size_t)slots * sizeof *m->slot);
    m->ent = xbigalloc(xmul(nent ? nent : 1, sizeof *m->ent));
    uint64_t off = 0;
    uint32_t k = 0;
    for (uint32_t s = 0; s < slots; s++) {
        if (!(bits[s >> 3] & (1u << (s & 7))))
            continue;
        if (k >= nfeat) {
            kmr_fail(r, "feature bitmap");
            kpm_free(m);
            return;
        }
        const unsigned char *q = keys + (size_t)k * 5;
        uint32_t fp = (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
        uint32_t len = q[4];
        if (fp == 0 || off + len > nent) {
            kmr_fail(r, "feature row");
            kpm_free(m);
            return;
        }
        m->slot[s].fp = fp;
        m->slot[s].ol = (uint32_t)off << 8 | len;
        off += len;
        k++;
    }
    if (k != nfeat || off != nent) {
        kmr_fail(r, "entry count");
        kpm_free(m);
        return;
    }
    for (uint32_t i = 0; i < nent; i++) {
        const unsigned char *q = ents + (size_t)i * 3;
        if (q[0] >= nclass) {
            kmr_fail(r, "entry class");
            kpm_free(m);
            return;
        }
        m->ent[i].c = q[0];
        m->ent[i].w = (int16_t)(uint16_t)(q[1] | (q[2] << 8));
    }
}

/* ---- training ---- */

typedef struct kpt_ent {
    int32_t c;
    float w;
    double u;
} kpt_ent;

typedef struct kpt_row {
    uint32_t off;
    uint16_t len, cap;
} kpt_row;

struct kpt {
    int nclass;
    uint32_t mask, nfeat;
    uint64_t *key;          /* [slots] */
    uint32_t *row;          /* [slots] row index + 1, 0 = empty */
    kpt_row *rows;
    size_t rcap;
    kpt_ent *pool;
    size_t plen, pcap;
    double clock;
};

kpt *kpt_new(int nclass)
{
    kpt *t = xcalloc(1, sizeof *t);
    t->nclass = nclass;
    t->mask = (1u << 16) - 1;
    t->key = xcalloc(t->mask + 1, sizeof *t->key);
    t->row = xcalloc(t->mask + 1, sizeof *t->row);
    t->clock = 1;
    return t;
}

void kpt_free(kpt *t)
{
    if (!t)
        return;
    free(t->key);
    free(t->row);
    free(t->rows);
    free(t->pool);
    free(t);
}

long kpt_nent(const kpt *t)
{
    long n = 0;
    for (uint32_t i = 0; i < t->nfeat; i++)
        n += t->rows[i].len;
    return n;
}

static const kpt_row *find_row(const kpt *t, uint64_t k)
{
    uint32_t s = slot_of(k, t->mask);
    for (;;) {
        if (t->key[s] == k)
            return &t->rows[t->row[s] - 1];
        if (t->key[s] == 0)
            return NULL;
        s = (s + 1) & t->mask;
    }
}

void kpt_score(const kpt *t, const uint64_t *feat, int nf, float *score)
{
    for (int i = 0; i < nf; i++) {
        const kpt_row *r = find_row(t, feat[i]);
        if (!r)
            continue;
        const kpt_ent *e = t->pool + r->off;
        for (int j = 0; j < r->len; j++)
            score[e[j].c] += e[j].w;
    }
}

static void grow_table(kpt *t)
{
    uint32_t ns = (t->mask + 1) * 2, nm = ns - 1;
    uint64_t *nk = xcalloc(ns, sizeof *nk);
    uint32_t *nr = xcalloc(ns, sizeof *nr);
    for (uint32_t s = 0; s <= t->mask; s++) {
        if (!t->key[s])
            continue;
        uint32_t d = slot_of(t->key[s], nm);
        while (nk[d])
            d = (d + 1) & nm;
        nk[d] = t->key[s];
        nr[d] = t->row[s];
    }
    free(t->key);
    free(t->row);
    t->key = nk;
    t->row = nr;
    t->mask = nm;
}

static kpt_row *get_row(kpt *t, uint64_t k)
{
    if ((uint64_t)(t->nfeat + 1) * 2 > (uint64_t)t->mask + 1)
        grow_table(t);
    uint32_t s = slot_of(k, t->mask);
    for (;;) {
        if (t->key[s] == k)
            return &t->rows[t->row[s] - 1];
        if (t->key[s] == 0)
            break;
        s = (s + 1) & t->mask;
    }
    XGROW(t->rows, t->rcap, (size_t)t->nfeat + 1);
    t->key[s] = k;
    t->row[s] = ++t->nfeat;
    kpt_row *r = &t->rows[t->nfeat - 1];
    r->off = (uint32_t)t->plen;
    r->len = 0;
    r->cap = 2;
    XGROW(t->pool, t->pcap, t->plen + 2);
    t->plen += 2;
    return r;
}

static void upd(kpt *t, kpt_row *r, int c, float d)
{
    kpt_ent *e = t->pool + r->off;
    for (int j = 0; j < r->len; j++) {
        if (e[j].c == c) {
            e[j].w += d;
            e[j].u += t->clock * d;
            return;
        }
    }
    if (r->len == r->cap) {
        size_t ncap = (size_t)r->cap * 2;
        if (ncap > (size_t)t->nclass)
            ncap = (size_t)t->nclass;
        XGROW(t->pool, t->pcap, t->plen + ncap);
        memcpy(t->pool + t->plen, t->pool + r->off, r->len * sizeof *t->pool);
        r->off = (uint32_t)t->plen;
        r->cap = (uint16_t)ncap;
        t->plen += ncap;
        e = t->pool + r->off;
    }
    e[r->len].c = c;
    e[r->len].w = d;
    e[r->len].u = t->clock * d;
    r->len++;
}

void kpt_update(kpt *t, const uint64_t *feat, int nf, int good, int bad)
{
    if (good == bad)
        return;
    for (int i = 0; i < nf; i++) {
        kpt_row *r = get_row(t, feat[i]);
        upd(t, r, good, 1.0f);
        upd(t, r, bad, -1.0f);
    }
}

void kpt_tick(kpt *t) { t->clock += 1; }

void kpt_add(kpt *t, const uint64_t *feat, int nf, int c, float d)
{
    for (int i = 0; i < nf; i++)
        upd(t, get_row(t, feat[i]), c, d);
}

void kpt_freeze(const kpt *t, kpm *m, int prune)
{
    kpm_free(m);
    double maxw = 0;
    for (uint32_t i = 0; i < t->nfeat; i++) {
        const kpt_row *r = &t->rows[i];
        for (int j = 0; j < r->len; j++) {
            const kpt_ent *e = t->pool + r->off + j;
            double a = fabs(e->w - e->u / t->clock);
            if (a > maxw)
                maxw = a;
        }
    }
    m->nclass = t->nclass;
    m->scale = maxw > 0 ? (float)(32000.0 / maxw) : 1.0f;
    uint32_t nfeat = 0, nent = 0;
    /* count kept */
    for (uint32_t i = 0; i < t->nfeat; i++) {
        const kpt_row *r = &t->rows[i];
        int keep = 0;
        for (int j = 0; j < r->len; j++) {
            const kpt_ent *e = t->pool + r->off + j;
            long q = lround((e->w - e->u / t->clock) * m->scale);
            if (labs(q) > prune)
                keep++;
        }
        if (keep) {
            nfeat++;
            nent += (uint32_t)keep;
        }
    }
    if (nent >= (1u << 24))
        nent = (1u << 24) - 1; /* cannot happen with EWT-sized data; keeps offsets in 24 bits */
    uint32_t slots = frozen_slots(nfeat);
    m->mask = slots - 1;
    m->slot = xcalloc(slots, sizeof *m->slot);
    m->ent = xmalloc(xmul(nent ? nent : 1, sizeof *m->ent));
    m->nfeat = nfeat;
    m->nent = nent;
    uint32_t off = 0;
    for (uint32_t s = 0; s <= t->mask; s++) {
        if (!t->key[s])
            continue;
        const kpt_row *r = &t->rows[t->row[s] - 1];
        uint32_t start = off;
        for (int j = 0; j < r->len && off < nent; j++) {
            const kpt_ent *e = t->pool + r->off + j;
            long q = lround((e->w - e->u / t->clock) * m->scale);
            if (labs(q) > prune) {
                m->ent[off].c = (uint8_t)e->c;
                m->ent[off].w = (int16_t)q;
                off++;
            }
        }
        if (off == start)
            continue;
        uint32_t d = slot_of(t->key[s], m->mask);
        while (m->slot[d].fp)
            d = (d + 1) & m->mask;
        m->slot[d].fp = kp_fp(t->key[s]);
        m->slot[d].ol = start << 8 | (off - start);
    }
    m->nent = off;
}
