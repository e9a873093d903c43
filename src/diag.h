/* diag.h: diagnostics sink.  The library never prints: every warning or
 * error goes to a caller-supplied callback with its location.  Format used by
 * the CLI: "file:line:col: message" (line/col 0 = unknown, omitted), or for
 * records "file: record ID: message".  Messages are lowercase, no trailing
 * period, and quote the offending text: "expected ']' near 'ABC'". */
#ifndef KH_DIAG_H
#define KH_DIAG_H

#include <stdarg.h>

enum { KD_NOTE = 0, KD_WARN = 1, KD_ERROR = 2 };

typedef struct kloc {
    const char *file;    /* may be NULL */
    int line, col;       /* 1-based; 0 = unknown */
    const char *record;  /* story/sentence id, or NULL */
} kloc;

typedef void (*kdiag_fn)(void *ud, int level, const kloc *loc, const char *msg);

typedef struct kdiag {
    kdiag_fn fn;         /* NULL: diagnostics are counted, not reported */
    void *ud;
    int nwarn, nerror;   /* counters, incremented by kdiag_report */
} kdiag;

void kdiag_report(kdiag *d, int level, const kloc *loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The same with a va_list (wrappers that add their own context). */
void kdiag_vreport(kdiag *d, int level, const kloc *loc, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));

/* Format a location + message the standard way into buf (CLI helper). */
void kdiag_format(char *buf, unsigned long size, int level, const kloc *loc, const char *msg);

#endif
