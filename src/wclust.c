/* wclust.c: see wclust.h */
#include "wclust.h"

#include <stdlib.h>
#include <string.h>

void kwc_init(kwc *c) { memset(c, 0, sizeof *c); }

void kwc_free(kwc *c)
{
    free(c->tab);
    memset(c, 0, sizeof *c);
}

static void put(kwc_ent *t, uint32_t mask, uint64_t key, uint32_t code)
{
    uint32_t s = (uint32_t)(key ^ (key >> 32)) & mask;
    while (t[s].key && t[s].key != key)
        s = (s + 1) & mask;
    t[s].key = key;
    t[s].code = code;
}

static int code_len(uint32_t code) { return 31 - __builtin_clz(code | 1); }

void kwc_add(kwc *c, uint64_t key, uint32_t code)
{
    if ((uint64_t)(c->n + 1) * 2 > (uint64_t)(c->tab ? c->mask + 1 : 0)) {
        uint32_t ns = c->tab ? (c->mask + 1) * 2 : 1024;
        kwc_ent *nt = xcalloc(ns, sizeof *nt);
        for (uint32_t i = 0; c->tab && i <= c->mask; i++)
            if (c->tab[i].key)
                put(nt, ns - 1, c->tab[i].key, c->tab[i].code);
        free(c->tab);
        c->tab = nt;
        c->mask = ns - 1;
    }
    if (!kwc_code(c, key))
        c->n += 1;
    put(c->tab, c->mask, key, code);
    if ((uint32_t)code_len(code) > c->depth)
        c->depth = (uint32_t)code_len(code);
}

void kwc_copy(kwc *dst, const kwc *src)
{
    kwc_init(dst);
    if (!src->n)
        return;
    *dst = *src;
    dst->tab = xmalloc(xmul((size_t)src->mask + 1, sizeof *dst->tab));
    memcpy(dst->tab, src->tab, ((size_t)src->mask + 1) * sizeof *dst->tab);
}

/* Slots of a loaded table of n entries (load <= 1/2). */
static uint32_t slots_for(uint32_t n)
{
    uint32_t slots = 1024;
    while ((uint64_t)slots < (uint64_t)n * 2)
        slots *= 2;
    return slots;
}

static uint32_t home(uint64_t key, uint32_t mask) { return (uint32_t)(key ^ (key >> 32)) & mask; }

static uint32_t sort_mask;
static int cmp_ent(const void *a, const void *b)
{
    uint64_t x = ((const kwc_ent *)a)->key, y = ((const kwc_ent *)b)->key;
    uint32_t hx = home(x, sort_mask), hy = home(y, sort_mask);
    if (hx != hy)
        return hx < hy ? -1 : 1;
    return x < y ? -1 : x > y;
}

void kwc_write(const kwc *c, kbuf *b)
{
    kwc_ent *e = xmalloc(xmul((size_t)c->n + 1, sizeof *e));
    uint32_t m = 0;
    for (uint32_t i = 0; c->tab && i <= c->mask; i++)
        if (c->tab[i].key)
            e[m++] = c->tab[i];
    sort_mask = slots_for(m) - 1; /* in home-slot order: loading fills the table front to back */
    qsort(e, m, sizeof *e, cmp_ent);
    kmw_u32(b, m);
    kmw_u32(b, c->depth);
    for (uint32_t i = 0; i < m; i++) {
        kmw_u64(b, e[i].key);
        kmw_u32(b, e[i].code);
    }
    free(e);
}

void kwc_read(kwc *c, kmr *r)
{
    kwc_init(c);
    uint32_t n = kmr_u32(r), depth = kmr_u32(r);
    if (!r->err && depth > KWC_MAXDEPTH)
        kmr_fail(r, "cluster depth");
    if (!r->err && n > (r->len - r->pos) / 12)
        kmr_fail(r, "cluster count");
    if (r->err)
        return;
    if (n) {
        uint32_t slots = slots_for(n);
        c->tab = xbigalloc(xmul(slots, sizeof *c->tab));
        memset(c->tab, 0, (size_t)slots * sizeof *c->tab);
        c->mask = slots - 1;
    }
    for (uint32_t i = 0; !r->err && i < n; i++) {
        uint64_t key = kmr_u64(r);
        uint32_t code = kmr_u32(r);
        if (r->err)
            break;
        int len = code_len(code);
        if (key == 0 || code == 0 || len < 1 || (uint32_t)len > depth) {
            kmr_fail(r, "cluster entry");
            break;
        }
        uint32_t s = home(key, c->mask);
        while (c->tab[s].key && c->tab[s].key != key)
            s = (s + 1) & c->mask;
        if (c->tab[s].key) {
            kmr_fail(r, "duplicate cluster entry");
            break;
        }
        c->tab[s].key = key;
        c->tab[s].code = code;
    }
    if (r->err) {
        kwc_free(c);
        return;
    }
    c->n = n;
    c->depth = depth;
}

int kwc_save(const kwc *c, const char *path, kdiag *d)
{
    kbuf b;
    kbuf_init(&b);
    kwc_write(c, &b);
    int rc = kmodel_save(path, KMODEL_CLUSTERS, &b, d);
    kbuf_free(&b);
    return rc;
}

int kwc_load(kwc *c, const char *path, kdiag *d)
{
    kwc_init(c);
    size_t len;
    unsigned char *p = kmodel_load(path, KMODEL_CLUSTERS, &len, NULL, d);
    if (!p)
        return -1;
    kmr r = {p, len, 0, 0, NULL};
    kwc_read(c, &r);
    if (!r.err && r.pos != r.len)
        kmr_fail(&r, "trailing payload");
    free(p);
    if (r.err) {
        kwc_free(c);
        kloc loc = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &loc, "bad word-cluster file: %s %s", r.err == 1 ? "payload ends inside" : "invalid",
                     r.what ? r.what : "field");
        return -1;
    }
    return 0;
}
