/* util.h: allocation wrappers, growable byte buffer, bump arena.
 *
 * One OOM policy: the x* wrappers print the size and abort; callers never
 * check for NULL.  All size arithmetic that can overflow goes through
 * xmul/xadd, which abort on overflow. */
#ifndef KH_UTIL_H
#define KH_UTIL_H

#include <stddef.h>
#include <stdarg.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
/* xmalloc for large read-mostly tables (2 MiB aligned, huge pages where
 * available); free with free(). */
void *xbigalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
size_t xmul(size_t a, size_t b);
size_t xadd(size_t a, size_t b);

/* Grow array *pa of *pcap elements of size sz so that it holds at least need. */
void xgrow(void **pa, size_t *pcap, size_t need, size_t sz);
#define XGROW(arr, cap, need) xgrow((void **)&(arr), &(cap), (need), sizeof *(arr))

/* kbuf: never NULL after kbuf_init, always NUL-terminated at len. */
typedef struct kbuf {
    char *s;
    size_t len, cap;
} kbuf;

void kbuf_init(kbuf *b);
void kbuf_free(kbuf *b);
void kbuf_reset(kbuf *b);                 /* len = 0, keeps capacity */
void kbuf_add(kbuf *b, const char *s, size_t n);
void kbuf_puts(kbuf *b, const char *s);
void kbuf_putc(kbuf *b, char c);
void kbuf_printf(kbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void kbuf_vprintf(kbuf *b, const char *fmt, va_list ap);
char *kbuf_detach(kbuf *b);               /* caller owns result; b is reset empty */

/* karena: bump allocator; everything is freed at once by karena_free or
 * reused by karena_reset.  Allocations are 8-byte aligned. */
typedef struct karena_blk karena_blk;
typedef struct karena {
    karena_blk *head;   /* current block */
    karena_blk *spare;  /* blocks kept by karena_reset */
} karena;

void karena_init(karena *a);
void karena_free(karena *a);
void karena_reset(karena *a);             /* frees nothing, reuses blocks */
void *karena_alloc(karena *a, size_t n);  /* zeroed memory */
char *karena_strndup(karena *a, const char *s, size_t n);
char *karena_strdup(karena *a, const char *s);

#endif
