/* out.c: see out.h.  The kout_* file API is a thin layer over the products
 * sink (sink.h), which owns the one implementation of temporary files,
 * fsync and rename; the line formats are in out_json.c and out_petrarch.c. */
#include "out.h"
#include "sink.h"

#include <stdlib.h>
#include <string.h>

struct kout {
    ksink *s;
};

int kout_format(const char *name)
{
    if (!name)
        return -1;
    if (!strcmp(name, "json") || !strcmp(name, "jsonl"))
        return KOUT_JSON;
    if (!strcmp(name, "petrarch"))
        return KOUT_PETRARCH;
    return -1;
}

kout *kout_open(const char *path, int format, kdiag *d)
{
    ksink_opts o = KSINK_OPTS_INIT;
    o.format = format == KOUT_PETRARCH ? "petrarch" : "json";
    o.path = path;
    ksink *s = ksink_open(&o, d);
    if (!s)
        return NULL;
    kout *k = xcalloc(1, sizeof *k);
    k->s = s;
    return k;
}

int kout_event(kout *o, const kevent *e, const char *news_source)
{
    kstory_meta m;
    memset(&m, 0, sizeof m);
    m.source = news_source;   /* id NULL: applies to this event whatever its story */
    ksink_story(o->s, &m);
    return ksink_event(o->s, e);
}

int kout_close(kout *o, int commit)
{
    if (!o)
        return 0;
    int rc = 0;
    if (commit)
        rc = ksink_close(o->s);
    else
        ksink_abort(o->s);
    free(o);
    return rc;
}
