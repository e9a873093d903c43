/* pipeline.c: see pipeline.h */
#include "pipeline.h"
#include "treefix.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

struct kpipe {
    const kpipe_cfg *cfg;
    kcoder *coder;
    ktag_ws tw;
    kparse_ws pw;
    karena smem;          /* sentence arena (ktok_story resets it per sentence) */
    kevent *ev;           /* coder output of one sentence */
    int nev, cap;
    double coder_s;       /* seconds inside kcoder_code (kpipe_coder_seconds) */
    kgeo_ws *gw;          /* geolocation: each sentence analysed once for its events */
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double kpipe_coder_seconds(const kpipe *p) { return p ? p->coder_s : 0.0; }

void kpipe_batch_init(kpipe_batch *b)
{
    memset(b, 0, sizeof *b);
    karena_init(&b->mem);
}

void kpipe_batch_reset(kpipe_batch *b)
{
    b->nev = 0;
    b->nsent = 0;
    b->nfailed = 0;
    karena_reset(&b->mem);
}

void kpipe_batch_free(kpipe_batch *b)
{
    free(b->ev);
    karena_free(&b->mem);
    memset(b, 0, sizeof *b);
}

kpipe *kpipe_new(const kpipe_cfg *cfg)
{
    kpipe *p = xcalloc(1, sizeof *p);
    p->cfg = cfg;
    p->coder = kcoder_new(cfg->ds);
    if (cfg->pico)
        kcoder_set_ontology(p->coder, cfg->pico);
    ktag_ws_init(&p->tw);
    kparse_ws_init(&p->pw);
    karena_init(&p->smem);
    p->gw = kgeo_ws_new();
    return p;
}

void kpipe_free(kpipe *p)
{
    if (!p)
        return;
    kcoder_free(p->coder);
    ktag_ws_free(&p->tw);
    kparse_ws_free(&p->pw);
    karena_free(&p->smem);
    kgeo_ws_free(p->gw);
    free(p->ev);
    free(p);
}

kcoder *kpipe_coder(kpipe *p)
{
    return p->coder;
}

void kpipe_story_begin(kpipe *p)
{
    kcoder_set_context(p->coder, 0);
    kcoder_story_begin(p->coder);
}

static const char *dup(karena *a, const char *s)
{
    return s ? karena_strdup(a, s) : NULL;
}

/* Copy the sentence's events into the batch (texts into its arena). */
static void keep(kpipe_batch *out, const kevent *ev, int n)
{
    XGROW(out->ev, out->cap, (size_t)(out->nev + n));
    for (int i = 0; i < n; i++) {
        kevent e = ev[i];
        karena *a = &out->mem;
        e.story_id = dup(a, e.story_id);
        e.sentence_id = dup(a, e.sentence_id);
        e.source = dup(a, e.source);
        e.target = dup(a, e.target);
        e.code = dup(a, e.code);
        e.sentence = dup(a, e.sentence);
        e.source_text = dup(a, e.source_text);
        e.target_text = dup(a, e.target_text);
        e.verb_text = dup(a, e.verb_text);
        e.pattern = dup(a, e.pattern);
        e.pattern_file = dup(a, e.pattern_file);
        e.issues = dup(a, e.issues);
        e.source_resolved = dup(a, e.source_resolved);
        e.target_resolved = dup(a, e.target_resolved);
        /* geo_* strings belong to the gazetteer, which outlives the batch */
        out->ev[out->nev++] = e;
    }
}

static int has_tree(const ksent *s)
{
    for (int i = 0; i < s->ntok; i++)
        if (s->tok[i].head >= 0 || s->tok[i].xpos[0])
            return 1;
    return 0;
}

int kpipe_sent(kpipe *p, ksent *s, const kcoder_opts *o, int reparse, const char *dateline, size_t dateline_len,
               kpipe_batch *out, kdiag *d)
{
    const kpipe_cfg *cfg = p->cfg;
    out->nsent++;
    kloc l = {NULL, 0, 0, s->id};
    if (s->ntok <= 0) {
        kdiag_report(d, KD_ERROR, &l, "sentence has no tokens");
        out->nfailed++;
        return -1;
    }
    if (cfg->max_tokens > 0 && s->ntok > cfg->max_tokens) {
        kdiag_report(d, KD_ERROR, &l, "sentence of %d tokens, more than --max-tokens %d: sentence skipped", s->ntok,
                     cfg->max_tokens);
        out->nfailed++;
        return -1;
    }
    if (reparse || !has_tree(s)) {
        if (!cfg->tagger || !cfg->parser) {
            kdiag_report(d, KD_ERROR, &l, "no tagger/parser models loaded: cannot parse raw text");
            out->nfailed++;
            return -1;
        }
        s->phr = NULL;
        s->nphr = 0;
        ktreefix_parse(cfg->tagger, cfg->parser, &p->tw, &p->pw, s);
    }
    p->nev = 0;
    double tc = cfg->timing ? now_s() : 0.0;
    int n = kcoder_code(p->coder, o ? o : &cfg->opts, s, &p->ev, &p->nev, &p->cap, d);
    if (cfg->timing)
        p->coder_s += now_s() - tc;
    if (n < 0) {
        out->nfailed++;
        return -1;
    }
    const kgeo *g = !p->nev ? NULL : cfg->geo ? cfg->geo : cfg->geo_lazy ? kgeo_default(NULL) : NULL;
    if (g) {
        kgeo_ws_sentence(g, p->gw, s);
        kgeo_ws_dateline(g, p->gw, dateline, dateline_len);
        for (int i = 0; i < p->nev; i++)
            kgeo_ws_event(g, p->gw, &p->ev[i]);
    }
    keep(out, p->ev, p->nev);
    return p->nev;
}

typedef struct story_run {
    kpipe *p;
    const kcoder_opts *o;
    const char *dateline;
    size_t dateline_len;
    kpipe_batch *out;
    kdiag *d;
    int events;
} story_run;

static int on_sent(void *ud, const ksent *s, size_t off)
{
    (void)off;
    story_run *R = ud;
    ksent c = *s;
    int n = kpipe_sent(R->p, &c, R->o, 1, R->dateline, R->dateline_len, R->out, R->d);
    if (n > 0)
        R->events += n;
    return 0;
}

/* The dateline fallback: the opening of the story text (geo.h takes the
 * leading upper-case words before a comma or dash). */
static size_t dateline_len(const char *text, size_t len)
{
    size_t n = len < 160 ? len : 160;
    for (size_t i = 0; i < n; i++)
        if (text[i] == '\n')
            return i;
    return n;
}

static int code_story(kpipe *p, const kstory *st, const kcoder_opts *o, int ctx, kpipe_batch *out, kdiag *d)
{
    if (!p->cfg->tagger || !p->cfg->parser) {
        kloc l = {st->file, (int)st->line, 0, st->id};
        kdiag_report(d, KD_ERROR, &l, "no tagger/parser models loaded: cannot code raw text");
        return -1;
    }
    kcoder_set_context(p->coder, ctx);
    kcoder_story_begin(p->coder);
    story_run R = {p, o, st->text, st->text ? dateline_len(st->text, st->len) : 0, out, d, 0};
    ktok_story(st, &p->cfg->tok, d, &p->smem, on_sent, &R);
    return R.events;
}

int kpipe_story(kpipe *p, const kstory *st, kpipe_batch *out, kdiag *d)
{
    return code_story(p, st, NULL, p->cfg->context, out, d);
}

int kpipe_text(kpipe *p, const char *story_id, const char *id, int date, const char *text, const kcoder_opts *o,
               kpipe_batch *out, kdiag *d)
{
    kstory st;
    memset(&st, 0, sizeof st);
    st.id = id;
    st.date = date;
    st.text = text ? text : "";
    st.len = strlen(st.text);
    int before = out->nev;
    int n = code_story(p, &st, o, 0, out, d);
    if (story_id && n > 0) {
        const char *sid = karena_strdup(&out->mem, story_id);
        for (int i = before; i < out->nev; i++)
            out->ev[i].story_id = sid;
    }
    return n;
}
