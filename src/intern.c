/* intern.c: open-addressing hash table over an arena of strings. */
#include "intern.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct kintern {
    karena mem;
    const char **str;   /* [n+1], str[0] = "" */
    uint32_t *hash;     /* [n+1] */
    size_t n, cap;
    int *slot;          /* [nslot], ids, 0 = empty */
    size_t nslot;
};

static uint32_t fnv1a(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

kintern *kintern_new(void)
{
    kintern *t = xcalloc(1, sizeof *t);
    karena_init(&t->mem);
    t->nslot = 1024;
    t->slot = xcalloc(t->nslot, sizeof *t->slot);
    XGROW(t->str, t->cap, 1);
    t->hash = xcalloc(t->cap, sizeof *t->hash);
    t->str[0] = "";
    return t;
}

void kintern_free(kintern *t)
{
    if (!t)
        return;
    karena_free(&t->mem);
    free(t->str);
    free(t->hash);
    free(t->slot);
    free(t);
}

static size_t probe(const kintern *t, const char *s, size_t n, uint32_t h)
{
    size_t mask = t->nslot - 1, i = h & mask;
    for (;;) {
        int id = t->slot[i];
        if (!id)
            return i;
        if (t->hash[id] == h && strncmp(t->str[id], s, n) == 0 && t->str[id][n] == 0)
            return i;
        i = (i + 1) & mask;
    }
}

int kintern_find(const kintern *t, const char *s, size_t n)
{
    return t->slot[probe(t, s, n, fnv1a(s, n))];
}

int kintern_add(kintern *t, const char *s, size_t n)
{
    uint32_t h = fnv1a(s, n);
    size_t i = probe(t, s, n, h);
    if (t->slot[i])
        return t->slot[i];
    size_t oldcap = t->cap;
    XGROW(t->str, t->cap, t->n + 2);
    if (t->cap != oldcap)
        t->hash = xrealloc(t->hash, xmul(t->cap, sizeof *t->hash));
    int id = (int)++t->n;
    t->str[id] = karena_strndup(&t->mem, s, n);
    t->hash[id] = h;
    t->slot[i] = id;
    if (t->n * 2 > t->nslot) {
        free(t->slot);
        t->nslot *= 2;
        t->slot = xcalloc(t->nslot, sizeof *t->slot);
        for (size_t k = 1; k <= t->n; k++) {
            size_t mask = t->nslot - 1, j = t->hash[k] & mask;
            while (t->slot[j])
                j = (j + 1) & mask;
            t->slot[j] = (int)k;
        }
    }
    return id;
}

const char *kintern_str(const kintern *t, int id)
{
    if (id <= 0 || (size_t)id > t->n)
        return "";
    return t->str[id];
}

int kintern_count(const kintern *t) { return (int)t->n; }
