/* sink.c: the output sink (see sink.h): format table, temporary files
 * renamed into place, deduplication in front of the writers. */
#include "sink.h"
#include "dedup.h"
#include "geo.h"
#include "out.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern const ksink_fmt kfmt_csv, kfmt_phoenix, kfmt_gdelt;

/* JSON Lines and PETRARCH2 lines come from out.h's line writers: one line
 * per record (its first mention), with the story's news source. */
static int line_record(kfmt_ctx *c, const krecord *r,
                       void (*line)(kbuf *, const kevent *, const char *))
{
    kbuf_reset(&c->buf);
    line(&c->buf, r->ev, r->meta[0] ? r->meta[0]->source : NULL);
    return fwrite(c->buf.s, 1, c->buf.len, c->out) == c->buf.len ? 0 : -1;
}

int ksink_geo(kfmt_ctx *c, const kevent *e, const kstory_meta *m, kgeo_actiongeo *out)
{
    if (e->geo_rule)
        return kgeo_actiongeo_event(NULL, e, out);
    if (e->geo_done) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    if (!c->geo)
        c->geo = kgeo_ws_new();
    return kgeo_ws_actiongeo(NULL, c->geo, e->sentence, m ? m->dateline : NULL, e->source, e->target, out);
}

static int json_record(kfmt_ctx *c, const krecord *r)
{
    const kstory_meta *m = r->meta[0];
    const kevent *ev = r->ev;
    kevent located;
    const kgeo *g;
    if (!ev->geo_rule && !ev->geo_done && (g = kgeo_default(NULL)) != NULL) {
        /* located here, through the workspace (what kout_json_line_ex would
         * do from the texts, the sentence analysed once) */
        if (!c->geo)
            c->geo = kgeo_ws_new();
        located = *ev;
        kgeo_ws_text(g, c->geo, ev->sentence);
        const char *dl = m ? m->dateline : NULL;
        kgeo_ws_dateline(g, c->geo, dl, dl ? strlen(dl) : 0);
        kgeo_ws_event(g, c->geo, &located);
        ev = &located;
    }
    kbuf_reset(&c->buf);
    kout_json_line_ex(&c->buf, ev, m ? m->source : NULL, m ? m->dateline : NULL, c->opts->goldstein);
    return fwrite(c->buf.s, 1, c->buf.len, c->out) == c->buf.len ? 0 : -1;
}

static int petrarch_record(kfmt_ctx *c, const krecord *r)
{
    return line_record(c, r, kout_petrarch_line);
}

static const ksink_fmt kfmt_json = {
    "json", "JSON Lines, one object per event (out.h)", 0, NULL, json_record, NULL,
};
static const ksink_fmt kfmt_petrarch = {
    "petrarch", "PETRARCH2 tab-separated event lines (out.h)", 0, NULL, petrarch_record, NULL,
};

/* Every output format.  Add new writers here (see sink.h). */
static const ksink_fmt *const formats[] = {
    &kfmt_json,
    &kfmt_petrarch,
    &kfmt_csv,
    &kfmt_phoenix,
    &kfmt_gdelt,
    NULL,
};

const ksink_fmt *const *ksink_formats(void)
{
    return formats;
}

const ksink_fmt *ksink_find(const char *name)
{
    for (const ksink_fmt *const *f = formats; name && *f; f++)
        if (!strcmp((*f)->name, name))
            return *f;
    return NULL;
}

typedef struct outfile {
    char *final;        /* NULL: stdout */
    char *tmp;
    FILE *f;
} outfile;

struct ksink {
    const ksink_fmt *fmt;
    ksink_opts opts;
    kfmt_ctx ctx;
    kdiag *diag;
    outfile out, men;
    kdedup *dd;
    kstory_meta meta;   /* current story, strings owned */
    int have_meta;
    long long next_id;
    int failed;
};

static int out_open(ksink *s, outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    if (!path || !strcmp(path, "-")) {
        o->f = stdout;
        return 0;
    }
    o->final = xstrdup(path);
    size_t n = strlen(path);
    o->tmp = xmalloc(n + 16);
    memcpy(o->tmp, path, n);
    memcpy(o->tmp + n, ".tmp.XXXXXX", 12);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(s->diag, KD_ERROR, &l, "cannot create output file: %s", strerror(errno));
        free(o->tmp);
        free(o->final);
        o->tmp = o->final = NULL;
        return -1;
    }
    o->f = fdopen(fd, "w");
    if (!o->f) {
        close(fd);
        unlink(o->tmp);
        free(o->tmp);
        free(o->final);
        o->tmp = o->final = NULL;
        return -1;
    }
    return 0;
}

static void out_discard(outfile *o)
{
    if (o->f && o->f != stdout)
        fclose(o->f);
    if (o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    free(o->final);
    memset(o, 0, sizeof *o);
}

/* Flush and sync; 0 or -1 with errno-based diagnostic. */
static int out_finish(ksink *s, outfile *o)
{
    if (!o->f)
        return 0;
    int bad = fflush(o->f) != 0 || ferror(o->f);
    int err = errno;
    if (!bad && o->f != stdout && fsync(fileno(o->f)) != 0 && errno != EINVAL) {
        bad = 1;
        err = errno;
    }
    if (o->f != stdout) {
        if (fclose(o->f) != 0 && !bad) {
            bad = 1;
            err = errno;
        }
        o->f = NULL;
    }
    if (bad) {
        kloc l = {o->final ? o->final : "<stdout>", 0, 0, NULL};
        kdiag_report(s->diag, KD_ERROR, &l, "write error: %s", strerror(err ? err : EIO));
    }
    return bad ? -1 : 0;
}

static char *mentions_name(const char *path)
{
    size_t n = strlen(path);
    const char *suf = ".export.CSV";
    size_t k = strlen(suf);
    if (n > k && !strcmp(path + n - k, suf)) {
        char *m = xmalloc(n - k + 14);
        memcpy(m, path, n - k);
        strcpy(m + n - k, ".mentions.CSV");
        return m;
    }
    char *m = xmalloc(n + 10);
    memcpy(m, path, n);
    strcpy(m + n, ".mentions");
    return m;
}

ksink *ksink_open(const ksink_opts *o, kdiag *d)
{
    const char *name = o->format ? o->format : "csv";
    const ksink_fmt *fmt = ksink_find(name);
    if (!fmt) {
        kbuf k;
        kbuf_init(&k);
        for (const ksink_fmt *const *f = formats; *f; f++)
            kbuf_printf(&k, "%s%s", k.len ? ", " : "", (*f)->name);
        kdiag_report(d, KD_ERROR, NULL, "unknown format '%s' (known: %s)", name, k.s);
        kbuf_free(&k);
        return NULL;
    }
    ksink *s = xcalloc(1, sizeof *s);
    s->fmt = fmt;
    s->opts = *o;
    s->opts.format = fmt->name;
    s->diag = d;
    s->next_id = 1;
    if (out_open(s, &s->out, o->path) != 0) {
        free(s);
        return NULL;
    }
    if (fmt->has_mentions) {
        char *mp = o->mentions_path ? xstrdup(o->mentions_path)
                 : s->out.final ? mentions_name(s->out.final) : NULL;
        if (mp && out_open(s, &s->men, mp) != 0) {
            free(mp);
            out_discard(&s->out);
            free(s);
            return NULL;
        }
        free(mp);
    }
    s->ctx.out = s->out.f;
    s->ctx.mentions = s->men.f;
    s->ctx.opts = &s->opts;
    kbuf_init(&s->ctx.buf);
    if (s->opts.dedup != KDEDUP_NONE)
        s->dd = kdedup_new(s->opts.dedup);
    if (fmt->begin && fmt->begin(&s->ctx) != 0)
        s->failed = 1;
    return s;
}

static void meta_clear(kstory_meta *m)
{
    free((char *)m->id);
    free((char *)m->source);
    free((char *)m->url);
    free((char *)m->title);
    free((char *)m->dateline);
    memset(m, 0, sizeof *m);
}

static int emit(void *ud, const krecord *r)
{
    ksink *s = ud;
    if (s->fmt->record(&s->ctx, r) != 0 || ferror(s->ctx.out)
        || (s->ctx.mentions && ferror(s->ctx.mentions)))
        return -1;
    return 0;
}

static int flush_dd(ksink *s)
{
    if (!s->dd || s->failed)
        return s->failed ? -1 : 0;
    if (kdedup_flush(s->dd, emit, s) != 0) {
        s->failed = 1;
        return -1;
    }
    return 0;
}

void ksink_story(ksink *s, const kstory_meta *m)
{
    if (!m)
        return;
    meta_clear(&s->meta);
    s->meta.id = m->id ? xstrdup(m->id) : NULL;
    s->meta.date = m->date;
    s->meta.source = m->source ? xstrdup(m->source) : NULL;
    s->meta.url = m->url ? xstrdup(m->url) : NULL;
    s->meta.title = m->title ? xstrdup(m->title) : NULL;
    s->meta.dateline = m->dateline ? xstrdup(m->dateline) : NULL;
    s->have_meta = 1;
}

int ksink_event(ksink *s, const kevent *ev)
{
    if (s->failed)
        return -1;
    const kstory_meta *m = NULL;
    if (s->have_meta && (!s->meta.id || !ev->story_id || !strcmp(s->meta.id, ev->story_id)))
        m = &s->meta;
    if (!s->dd) {
        const kevent *evs[1] = {ev};
        const kstory_meta *ms[1] = {m};
        krecord r = {s->next_id++, ev, evs, ms, 1, 1, 1};
        if (emit(s, &r) != 0)
            s->failed = 1;
    } else {
        kdedup_add(s->dd, ev, m);
    }
    if (s->failed) {
        kloc l = {s->out.final ? s->out.final : "<stdout>", 0, 0, ev->story_id};
        kdiag_report(s->diag, KD_ERROR, &l, "write error: %s", strerror(errno ? errno : EIO));
        return -1;
    }
    return 0;
}

int ksink_record(ksink *s, const krecord *r)
{
    if (s->failed)
        return -1;
    krecord c = *r;
    if (c.id <= 0)
        c.id = s->next_id++;
    if (emit(s, &c) != 0) {
        s->failed = 1;
        kloc l = {s->out.final ? s->out.final : "<stdout>", 0, 0, NULL};
        kdiag_report(s->diag, KD_ERROR, &l, "write error: %s", strerror(errno ? errno : EIO));
        return -1;
    }
    return 0;
}

static void sink_free(ksink *s)
{
    kdedup_free(s->dd);
    meta_clear(&s->meta);
    kbuf_free(&s->ctx.buf);
    kgeo_ws_free(s->ctx.geo);
    free(s);
}

void ksink_abort(ksink *s)
{
    if (!s)
        return;
    if (s->out.f == stdout)
        fflush(stdout);
    out_discard(&s->out);
    out_discard(&s->men);
    sink_free(s);
}

int ksink_close(ksink *s)
{
    int bad = flush_dd(s) != 0 || s->failed;
    if (!bad && s->fmt->end && s->fmt->end(&s->ctx) != 0)
        bad = 1;
    if (bad) {
        kloc l = {s->out.final ? s->out.final : "<stdout>", 0, 0, NULL};
        kdiag_report(s->diag, KD_ERROR, &l, "write error: %s", strerror(errno ? errno : EIO));
    }
    if (!bad && out_finish(s, &s->men) != 0)
        bad = 1;
    if (!bad && out_finish(s, &s->out) != 0)
        bad = 1;
    if (!bad && s->men.tmp && rename(s->men.tmp, s->men.final) != 0) {
        kloc l = {s->men.final, 0, 0, NULL};
        kdiag_report(s->diag, KD_ERROR, &l, "cannot rename into place: %s", strerror(errno));
        bad = 1;
    }
    if (!bad && s->men.tmp) {
        free(s->men.tmp);
        s->men.tmp = NULL;
    }
    if (!bad && s->out.tmp && rename(s->out.tmp, s->out.final) != 0) {
        kloc l = {s->out.final, 0, 0, NULL};
        kdiag_report(s->diag, KD_ERROR, &l, "cannot rename into place: %s", strerror(errno));
        bad = 1;
    }
    if (!bad && s->out.tmp) {
        free(s->out.tmp);
        s->out.tmp = NULL;
    }
    if (bad && s->men.final && !s->men.tmp)
        unlink(s->men.final);   /* events failed after mentions went in */
    out_discard(&s->out);
    out_discard(&s->men);
    sink_free(s);
    return bad ? -1 : 0;
}

void ksink_put_tsv(FILE *f, const char *s)
{
    if (!s)
        return;
    for (; *s; s++) {
        char c = *s;
        putc(c == '\t' || c == '\n' || c == '\r' ? ' ' : c, f);
    }
}

void ksink_put_csv(FILE *f, const char *s)
{
    if (!s)
        return;
    if (!s[strcspn(s, ",\"\r\n")]) {
        fputs(s, f);
        return;
    }
    putc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            putc('"', f);
        putc(*s, f);
    }
    putc('"', f);
}

int ksink_sentence_no(const char *id)
{
    if (!id)
        return 0;
    size_t n = strlen(id), i = n;
    while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9')
        i--;
    if (i == n || n - i > 6)
        return 0;
    return atoi(id + i);
}
