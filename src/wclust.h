/* wclust.h: word clusters (distributional classes) for the tagger and parser.
 *
 * A table maps a word key (ktag_word_key: the form lower-cased, digits as
 * '0', hashed to 64 bits) to a cluster code: a bit string of at most
 * KWC_MAXDEPTH bits from a binary hierarchy (Brown-cluster style), stored
 * with a leading 1 bit marking its length.  Prefixes of the code are
 * coarser clusters.  The shipped table (data/model/glove.clusters) is made
 * by tools/glove_clusters.c from GloVe vectors by bisecting k-means; the
 * tagger and parser model files carry the copy they were trained with.
 *
 * File: the model container (model.h) of kind KMODEL_CLUSTERS; payload
 * u32 count, u32 depth, then count x (u64 key, u32 code), no key twice,
 * written in order of home slot in a table of the loaded size, then key
 * (so that loading fills the table front to back).  The same payload is embedded in tagger
 * and parser models. */
#ifndef KH_WCLUST_H
#define KH_WCLUST_H

#include "model.h"

#include <stdint.h>

#define KWC_MAXDEPTH 24

typedef struct kwc_ent {
    uint64_t key;                  /* 0 = empty slot */
    uint32_t code;                 /* 1 << len | bits */
} kwc_ent;

typedef struct kwc {
    uint32_t n, mask, depth;       /* entries; slots - 1; longest code */
    kwc_ent *tab;                  /* [mask + 1] open addressing; NULL when n = 0 */
} kwc;

/* Code of a word key, 0 when the word has no cluster. */
static inline uint32_t kwc_code(const kwc *c, uint64_t key)
{
    if (!c->n)
        return 0;
    uint32_t s = (uint32_t)(key ^ (key >> 32)) & c->mask;
    while (c->tab[s].key) {
        if (c->tab[s].key == key)
            return c->tab[s].code;
        s = (s + 1) & c->mask;
    }
    return 0;
}

/* The first k bits of a code (the whole code when it is shorter), with its
 * length marker. */
static inline uint32_t kwc_prefix(uint32_t code, int k)
{
    int len = 31 - __builtin_clz(code | 1);
    return len > k ? code >> (len - k) : code;
}

void kwc_init(kwc *c);
void kwc_free(kwc *c);
/* Add or replace; key != 0, code has its marker bit (1 <= length <= KWC_MAXDEPTH). */
void kwc_add(kwc *c, uint64_t key, uint32_t code);
void kwc_copy(kwc *dst, const kwc *src);

/* Payload section (in a fixed order, so files are deterministic). */
void kwc_write(const kwc *c, kbuf *b);
/* Read a section into an empty c; on failure r->err is set and c is left empty. */
void kwc_read(kwc *c, kmr *r);

/* Whole files of kind KMODEL_CLUSTERS.  0 / -1 (reported); NULL (reported). */
int kwc_save(const kwc *c, const char *path, kdiag *d);
int kwc_load(kwc *c, const char *path, kdiag *d);

#endif
