/* util.c: see util.h */
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static void oom(size_t n)
{
    fprintf(stderr, "khaldun: out of memory allocating %zu bytes\n", n);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom(n);
    return p;
}

/* Large tables (model weights read once, then only read): on 2 MiB
 * boundaries and, where the system has them, in transparent huge pages, so
 * that filling them takes a few page faults instead of thousands (model load
 * time is mostly page faults on virtual machines).  Free with free(). */
void *xbigalloc(size_t n)
{
    const size_t huge = (size_t)2 << 20;
    if (n < huge)
        return xmalloc(n);
    size_t r = xadd(n, huge - 1) & ~(huge - 1);
    void *p = aligned_alloc(huge, r);
    if (!p)
        oom(n);
#ifdef MADV_HUGEPAGE
    madvise(p, r, MADV_HUGEPAGE);
#endif
    return p;
}

void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n ? n : 1, sz ? sz : 1);
    if (!p)
        oom(n * sz);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom(n);
    return q;
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(xadd(n, 1));
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

size_t xmul(size_t a, size_t b)
{
    if (a && b > SIZE_MAX / a)
        oom(SIZE_MAX);
    return a * b;
}

size_t xadd(size_t a, size_t b)
{
    if (a > SIZE_MAX - b)
        oom(SIZE_MAX);
    return a + b;
}

void xgrow(void **pa, size_t *pcap, size_t need, size_t sz)
{
    if (need <= *pcap)
        return;
    size_t cap = *pcap ? *pcap : 8;
    while (cap < need)
        cap = xmul(cap, 2);
    *pa = xrealloc(*pa, xmul(cap, sz));
    *pcap = cap;
}

/* ---- kbuf ---- */

static char kbuf_empty[1];

void kbuf_init(kbuf *b)
{
    b->s = kbuf_empty;
    b->len = b->cap = 0;
}

void kbuf_free(kbuf *b)
{
    if (b->cap)
        free(b->s);
    kbuf_init(b);
}

void kbuf_reset(kbuf *b)
{
    b->len = 0;
    if (b->cap)
        b->s[0] = 0;
}

static void kbuf_need(kbuf *b, size_t extra)
{
    size_t need = xadd(xadd(b->len, extra), 1);
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = xmul(cap, 2);
    if (b->cap)
        b->s = xrealloc(b->s, cap);
    else {
        b->s = xmalloc(cap);
        b->s[0] = 0;
    }
    b->cap = cap;
}

void kbuf_add(kbuf *b, const char *s, size_t n)
{
    kbuf_need(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void kbuf_puts(kbuf *b, const char *s) { kbuf_add(b, s, strlen(s)); }

void kbuf_putc(kbuf *b, char c)
{
    if (b->len + 1 < b->cap) {   /* room for c and the NUL */
        b->s[b->len++] = c;
        b->s[b->len] = 0;
        return;
    }
    kbuf_add(b, &c, 1);
}

void kbuf_vprintf(kbuf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0)
        return;
    kbuf_need(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void kbuf_printf(kbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

char *kbuf_detach(kbuf *b)
{
    char *s = b->cap ? b->s : xstrdup("");
    kbuf_init(b);
    return s;
}

/* ---- karena ---- */

struct karena_blk {
    karena_blk *next;
    size_t used, cap;
    _Alignas(8) unsigned char mem[];
};

void karena_init(karena *a) { a->head = a->spare = NULL; }

static void blk_list_free(karena_blk *b)
{
    while (b) {
        karena_blk *n = b->next;
        free(b);
        b = n;
    }
}

void karena_free(karena *a)
{
    blk_list_free(a->head);
    blk_list_free(a->spare);
    karena_init(a);
}

void karena_reset(karena *a)
{
    while (a->head) {
        karena_blk *n = a->head->next;
        a->head->used = 0;
        a->head->next = a->spare;
        a->spare = a->head;
        a->head = n;
    }
}

/* n bytes (8-aligned), not zeroed. */
static void *arena_raw(karena *a, size_t n)
{
    n = xadd(n, 7) & ~(size_t)7;
    karena_blk *b = a->head;
    if (!b || b->cap - b->used < n) {
        karena_blk **pp = &a->spare;
        b = NULL;
        while (*pp) {
            if ((*pp)->cap >= n) {
                b = *pp;
                *pp = b->next;
                break;
            }
            pp = &(*pp)->next;
        }
        if (!b) {
            size_t cap = n > 65536 ? n : 65536;
            b = xmalloc(xadd(sizeof *b, cap));
            b->cap = cap;
        }
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->mem + b->used;
    b->used += n;
    return p;
}

void *karena_alloc(karena *a, size_t n)
{
    void *p = arena_raw(a, n);
    memset(p, 0, n);
    return p;
}

char *karena_strndup(karena *a, const char *s, size_t n)
{
    char *d = arena_raw(a, xadd(n, 1));   /* every byte written below */
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *karena_strdup(karena *a, const char *s) { return karena_strndup(a, s, strlen(s)); }
