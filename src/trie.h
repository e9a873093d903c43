/* trie.h: a compact trie whose edges are (node, symbol) pairs in one
 * open-addressing hash table.  Symbols are small non-negative integers:
 * interned word ids for phrase dictionaries (actors, agents) or byte values
 * for string dictionaries (discards, issues).  Node 0 is the root.  Each
 * node carries one int value (-1 = no phrase ends here).  Read-only use
 * (ktrie_next, ktrie_val) is thread-safe once building is done. */
#ifndef KH_TRIE_H
#define KH_TRIE_H

#include <stddef.h>
#include <stdint.h>

typedef struct ktrie {
    uint64_t *ekey;     /* edge keys: (node << 32) | sym */
    int32_t *echild;    /* child node, 0 = empty slot */
    size_t ecap, nedge; /* ecap: power of two */
    int32_t *val;       /* per node */
    uint8_t *flag;      /* per node, free for the user (0 initially) */
    size_t nnode, ncap;
    int32_t root[256];  /* the root's children by byte symbol (0 = none): the
                           most frequent step, without hashing */
} ktrie;

void ktrie_init(ktrie *t);               /* empty trie with a root */
void ktrie_free(ktrie *t);

/* Child of node along sym, or -1. */
int ktrie_next(const ktrie *t, int node, uint32_t sym);
/* Child of node along sym, created when absent. */
int ktrie_add(ktrie *t, int node, uint32_t sym);

static inline int ktrie_val(const ktrie *t, int node) { return t->val[node]; }
static inline void ktrie_setval(ktrie *t, int node, int v) { t->val[node] = v; }
static inline int ktrie_flag(const ktrie *t, int node) { return t->flag[node]; }
static inline void ktrie_setflag(ktrie *t, int node, int bits) { t->flag[node] |= (uint8_t)bits; }

/* Bytes used by the tables (for stats). */
size_t ktrie_bytes(const ktrie *t);

#endif
