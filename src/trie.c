/* trie.c: see trie.h */
#include "trie.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static inline uint64_t mix(uint64_t k)
{
    k ^= k >> 31;
    k *= 0x9e3779b97f4a7c15ull;
    k ^= k >> 29;
    return k;
}

void ktrie_init(ktrie *t)
{
    memset(t, 0, sizeof *t);
    t->ecap = 256;
    t->ekey = xcalloc(t->ecap, sizeof *t->ekey);
    t->echild = xcalloc(t->ecap, sizeof *t->echild);
    t->ncap = 128;
    t->val = xmalloc(xmul(t->ncap, sizeof *t->val));
    t->flag = xcalloc(t->ncap, 1);
    t->nnode = 1;
    t->val[0] = -1;
}

void ktrie_free(ktrie *t)
{
    free(t->ekey);
    free(t->echild);
    free(t->val);
    free(t->flag);
    memset(t, 0, sizeof *t);
}

int ktrie_next(const ktrie *t, int node, uint32_t sym)
{
    if (node == 0 && sym < 256)
        return t->root[sym] ? t->root[sym] : -1;
    uint64_t k = ((uint64_t)(uint32_t)node << 32) | sym;
    size_t mask = t->ecap - 1, i = (size_t)mix(k) & mask;
    for (;;) {
        int32_t c = t->echild[i];
        if (!c)
            return -1;
        if (t->ekey[i] == k)
            return c;
        i = (i + 1) & mask;
    }
}

static void rehash(ktrie *t)
{
    size_t ncap = t->ecap * 2, mask = ncap - 1;
    uint64_t *nk = xcalloc(ncap, sizeof *nk);
    int32_t *nc = xcalloc(ncap, sizeof *nc);
    for (size_t j = 0; j < t->ecap; j++) {
        if (!t->echild[j])
            continue;
        size_t i = (size_t)mix(t->ekey[j]) & mask;
        while (nc[i])
            i = (i + 1) & mask;
        nk[i] = t->ekey[j];
        nc[i] = t->echild[j];
    }
    free(t->ekey);
    free(t->echild);
    t->ekey = nk;
    t->echild = nc;
    t->ecap = ncap;
}

int ktrie_add(ktrie *t, int node, uint32_t sym)
{
    if ((t->nedge + 1) * 4 > t->ecap * 3)
        rehash(t);
    uint64_t k = ((uint64_t)(uint32_t)node << 32) | sym;
    size_t mask = t->ecap - 1, i = (size_t)mix(k) & mask;
    for (;;) {
        int32_t c = t->echild[i];
        if (!c)
            break;
        if (t->ekey[i] == k)
            return c;
        i = (i + 1) & mask;
    }
    if (t->nnode + 1 > t->ncap) {
        size_t old = t->ncap;
        XGROW(t->val, t->ncap, t->nnode + 1);
        t->flag = xrealloc(t->flag, t->ncap);
        memset(t->flag + old, 0, t->ncap - old);
    }
    int id = (int)t->nnode++;
    t->val[id] = -1;
    t->ekey[i] = k;
    t->echild[i] = id;
    t->nedge++;
    if (node == 0 && sym < 256)
        t->root[sym] = id;
    return id;
}

size_t ktrie_bytes(const ktrie *t)
{
    return t->ecap * (sizeof *t->ekey + sizeof *t->echild) + t->ncap * (sizeof *t->val + 1) + sizeof t->root;
}
