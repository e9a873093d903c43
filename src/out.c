/* out.c: see out.h (sink lifecycle; the line formats are in out_json.c and
 * out_petrarch.c). */
#include "out.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct kout {
    FILE *f;
    char *path, *tmp;    /* NULL for stdout */
    int format, failed;
    kdiag *d;
    kbuf line;
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
    kout *o = xcalloc(1, sizeof *o);
    o->format = format;
    o->d = d;
    kbuf_init(&o->line);
    if (!path || !strcmp(path, "-")) {
        o->f = stdout;
        return o;
    }
    o->path = xstrdup(path);
    const char *slash = strrchr(path, '/');
    kbuf t;
    kbuf_init(&t);
    if (slash)
        kbuf_add(&t, path, (size_t)(slash - path + 1));
    kbuf_printf(&t, ".%s.tmp.XXXXXX", slash ? slash + 1 : path);
    o->tmp = kbuf_detach(&t);
    int fd = mkstemp(o->tmp);
    if (fd < 0 || !(o->f = fdopen(fd, "w"))) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot create output: %s", strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(o->tmp);
        }
        free(o->path);
        free(o->tmp);
        kbuf_free(&o->line);
        free(o);
        return NULL;
    }
    return o;
}

int kout_event(kout *o, const kevent *e, const char *news_source)
{
    if (o->failed)
        return -1;
    kbuf_reset(&o->line);
    if (o->format == KOUT_PETRARCH)
        kout_petrarch_line(&o->line, e, news_source);
    else
        kout_json_line(&o->line, e, news_source);
    if (fwrite(o->line.s, 1, o->line.len, o->f) != o->line.len) {
        kloc l = {o->path ? o->path : "<stdout>", 0, 0, NULL};
        kdiag_report(o->d, KD_ERROR, &l, "write error: %s", strerror(errno));
        o->failed = 1;
        return -1;
    }
    return 0;
}

int kout_close(kout *o, int commit)
{
    if (!o)
        return 0;
    int rc = 0;
    kloc l = {o->path ? o->path : "<stdout>", 0, 0, NULL};
    if (fflush(o->f) != 0 || ferror(o->f)) {
        if (!o->failed)
            kdiag_report(o->d, KD_ERROR, &l, "write error: %s", strerror(errno));
        rc = -1;
    }
    if (o->path) {
        if (commit && !rc && !o->failed && fsync(fileno(o->f)) != 0) {
            kdiag_report(o->d, KD_ERROR, &l, "write error: %s", strerror(errno));
            rc = -1;
        }
        fclose(o->f);
        if (commit && !rc && !o->failed) {
            if (rename(o->tmp, o->path) != 0) {
                kdiag_report(o->d, KD_ERROR, &l, "cannot rename output into place: %s", strerror(errno));
                unlink(o->tmp);
                rc = -1;
            }
        } else
            unlink(o->tmp);
    }
    if (o->failed)
        rc = -1;
    free(o->path);
    free(o->tmp);
    kbuf_free(&o->line);
    free(o);
    return rc;
}
