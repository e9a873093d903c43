/* percep.h: multi-class averaged perceptron over hashed sparse features,
 * shared by the tagger and the parser.
 *
 * A feature is a 64-bit key (a hash of a template id and its atoms).  Each
 * feature owns a sparse row of (class, weight) entries; only classes the
 * feature was ever updated for are stored, so a row is short and scoring a
 * feature touches a few entries.
 *
 *   training (kpt):  open-addressing table key -> row {off, len, cap}
 *                    pool[off .. off+len) = {class, w, u}   (u: for averaging)
 *   frozen   (kpm):  open-addressing table fingerprint -> {off << 8 | len}
 *                    ent[off .. off+len) = {int16 w, uint8 class}
 *                    (8-byte slots, load <= 1/2: few probes for unseen features)
 *
 * Averaging uses the w - u/c trick: an update of d at clock c adds d to w and
 * c*d to u; the average over c steps is w - u/c. */
#ifndef KH_PERCEP_H
#define KH_PERCEP_H

#include "model.h"

#include <stdint.h>

#define KP_MAXCLASS 255

/* ---- frozen model (read-only; safe to share between threads) ---- */
typedef struct kpm_slot {
    uint32_t fp;           /* key fingerprint (kp_fp); 0 with ol 0 = empty */
    uint32_t ol;           /* entry offset << 8 | row length (0 = pruned away) */
} kpm_slot;

typedef struct kpm_ent {
    int16_t w;
    uint8_t c;
} kpm_ent;

typedef struct kpm {
    int nclass;
    float scale;           /* weight = w / scale */
    uint32_t mask;         /* slots - 1 */
    kpm_slot *slot;
    kpm_ent *ent;
    uint32_t nfeat, nent;
} kpm;

/* Add the weights of the nf features to score[0..nclass) (int32 units of
 * 1/scale).  Unknown features contribute nothing.  Allocates nothing. */
void kpm_score(const kpm *m, const uint64_t *feat, int nf, int32_t *score);

void kpm_free(kpm *m);
/* Drop entries with |w| <= thr (and features left empty), in place. */
void kpm_prune(kpm *m, int thr);
/* Serialise / load (bounds-checked; on failure r->err is set and m is left
 * empty). */
void kpm_write(const kpm *m, kbuf *b);
void kpm_read(kpm *m, kmr *r);

/* ---- trainable model ---- */
typedef struct kpt kpt;

kpt *kpt_new(int nclass);
void kpt_free(kpt *t);
/* Scores (floats, current weights) of the nf features into score[nclass]. */
void kpt_score(const kpt *t, const uint64_t *feat, int nf, float *score);
/* Perceptron update: +1 for class good, -1 for class bad, on every feature.
 * Call kpt_tick once per training instance (updated or not). */
void kpt_update(kpt *t, const uint64_t *feat, int nf, int good, int bad);
void kpt_tick(kpt *t);
/* Add d to the weight of class c on every feature (global training). */
void kpt_add(kpt *t, const uint64_t *feat, int nf, int c, float d);
/* Freeze the averaged weights into m (replacing its content): quantised to
 * int16, entries with |w| below prune (in the quantised scale) dropped. */
void kpt_freeze(const kpt *t, kpm *m, int prune);
long kpt_nent(const kpt *t);

/* Slot of a key in a table of mask + 1 slots, and its 32-bit fingerprint
 * (never 0).  Two keys on one probe chain with equal fingerprints would be
 * confused: about 2^-31 per probe. */
static inline uint32_t kp_slot(uint64_t key, uint32_t mask) { return (uint32_t)(key ^ (key >> 32)) & mask; }
static inline uint32_t kp_fp(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }

/* 64-bit mixing used to build feature keys. */
static inline uint64_t kp_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
    return h;
}

static inline uint64_t kp_fin(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h ? h : 1;
}

/* Hash of a byte string (FNV-1a then finalised). */
uint64_t kp_hash(const char *s, size_t n);

#endif
