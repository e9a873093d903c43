/* diag.c: see diag.h */
#include "diag.h"
#include "util.h"

#include <stdio.h>

void kdiag_vreport(kdiag *d, int level, const kloc *loc, const char *fmt, va_list ap)
{
    if (!d)
        return;
    if (level >= KD_ERROR)
        d->nerror++;
    else if (level == KD_WARN)
        d->nwarn++;
    if (!d->fn)
        return;
    kbuf b;
    kbuf_init(&b);
    kbuf_vprintf(&b, fmt, ap);
    static const kloc none;
    d->fn(d->ud, level, loc ? loc : &none, b.s);
    kbuf_free(&b);
}

void kdiag_report(kdiag *d, int level, const kloc *loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kdiag_vreport(d, level, loc, fmt, ap);
    va_end(ap);
}

void kdiag_format(char *buf, unsigned long size, int level, const kloc *loc, const char *msg)
{
    const char *lv = level >= KD_ERROR ? "error" : level == KD_WARN ? "warning" : "note";
    kbuf b;
    kbuf_init(&b);
    if (loc && loc->file) {
        kbuf_puts(&b, loc->file);
        if (loc->line > 0) {
            kbuf_printf(&b, ":%d", loc->line);
            if (loc->col > 0)
                kbuf_printf(&b, ":%d", loc->col);
        }
        kbuf_puts(&b, ": ");
    }
    if (loc && loc->record)
        kbuf_printf(&b, "record %s: ", loc->record);
    kbuf_printf(&b, "%s: %s", lv, msg);
    snprintf(buf, size, "%s", b.s);
    kbuf_free(&b);
}
