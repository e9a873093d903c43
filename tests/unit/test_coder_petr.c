/* test_coder_petr.c: the coder on the PETRARCH unit-test suite
 * (../shared/data/petrarch2/PETR.UnitTest.records.xml, PTB parses) with the
 * dictionaries its <Environment> names.  A record passes when the set of
 * produced (source, target, code) triples equals the expected set.  The
 * pass count must not fall below FLOOR.  T_VERBOSE=1 lists failures;
 * T_ONLY=ID codes one record and prints its events.  T_CONTEXT=1 turns story
 * context on (each record its own story).
 * This is a small driver of its own (expat) so the engine can be tested
 * without the CLI; `khaldun validate` is the user-facing runner. */
#include "coder.h"
#include "dict.h"
#include "ptb.h"
#include "t.h"
#include "util.h"

#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FLOOR 275

typedef struct rec {
    char id[64];
    int date;
    int istrue;
    kbuf text, parse;
    char exp[64][96];
    int nexp;
    int noevents;
    char opt[16][2][32];
    int nopt;
} rec;

typedef struct ctx {
    rec r;
    int in_sent, in_text, in_parse;
    kcoder_opts opts;
    kbuf *cur;
    /* results */
    const kdictset *ds;
    kcoder *coder;
    int pass, fail, total;
    const char *only;
    int verbose;
    kbuf report;
} ctx;

static void sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    if (getenv("T_VERBOSE") && level >= KD_WARN)
        fprintf(stderr, "diag: %s:%d: %s%s %s\n", loc->file ? loc->file : "", loc->line,
                loc->record ? loc->record : "", loc->record ? ":" : "", msg);
}

static const char *attr(const char **a, const char *name)
{
    for (int i = 0; a[i]; i += 2)
        if (!strcmp(a[i], name))
            return a[i + 1];
    return NULL;
}

static void start(void *ud, const char *el, const char **a)
{
    ctx *c = ud;
    if (!strcmp(el, "Sentence")) {
        memset(c->r.id, 0, sizeof c->r.id);
        const char *id = attr(a, "id"), *dt = attr(a, "date"), *st = attr(a, "sentence");
        snprintf(c->r.id, sizeof c->r.id, "%s", id ? id : "?");
        c->r.date = dt ? atoi(dt) : 0;
        c->r.istrue = st && !strcasecmp(st, "true");
        kbuf_reset(&c->r.text);
        kbuf_reset(&c->r.parse);
        c->r.nexp = 0;
        c->r.noevents = 0;
        c->r.nopt = 0;
        c->in_sent = 1;
    } else if (c->in_sent && !strcmp(el, "Text")) {
        c->cur = &c->r.text;
    } else if (c->in_sent && !strcmp(el, "Parse")) {
        c->cur = &c->r.parse;
    } else if (c->in_sent && !strcmp(el, "EventCoding")) {
        const char *ne = attr(a, "noevents");
        if (ne) {
            c->r.noevents = 1;
            return;
        }
        const char *s = attr(a, "sourcecode"), *t = attr(a, "targetcode"), *e = attr(a, "eventcode");
        if (s && t && e && c->r.nexp < 64)
            snprintf(c->r.exp[c->r.nexp++], 96, "%s|%s|%s", s, t, e);
    } else if (!strcmp(el, "Config")) {
        /* between records: applies to every following record (sticky) */
        const char *o = attr(a, "option"), *v = attr(a, "value");
        if (o && v)
            kcoder_opts_set(&c->opts, o, v);
    }
}

static void chars(void *ud, const char *s, int n)
{
    ctx *c = ud;
    if (c->cur)
        kbuf_add(c->cur, s, (size_t)n);
}

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void code_record(ctx *c)
{
    rec *r = &c->r;
    if (!r->istrue)
        return;
    kcoder_opts o = c->opts;
    if (c->only && strcmp(c->only, r->id))
        return;
    karena mem;
    karena_init(&mem);
    ksent s;
    memset(&s, 0, sizeof s);
    s.mem = &mem;
    s.id = r->id;
    s.story_id = r->id;
    s.date = r->date;
    /* text: collapse white space */
    kbuf t;
    kbuf_init(&t);
    const char *p = r->text.s;
    int sp = 0;
    for (; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
            sp = 1;
            continue;
        }
        if (sp && t.len)
            kbuf_putc(&t, ' ');
        sp = 0;
        kbuf_putc(&t, *p);
    }
    s.text = karena_strdup(&mem, t.s);
    kbuf_free(&t);
    kdiag d = {sink, NULL, 0, 0};
    kloc at = {NULL, 0, 0, r->id};
    kevent *ev = NULL;
    int nev = 0, cap = 0;
    int prc = kptb_parse(&s, r->parse.s, r->parse.len, &d, &at);
    int rc = prc;
    if (rc == 0) {
        kcoder_story_begin(c->coder);
        rc = kcoder_code(c->coder, &o, &s, &ev, &nev, &cap, &d);
    }
    /* compare sets */
    const char *got[256];
    int ng = 0;
    char *gbuf = xmalloc(256 * 96);
    for (int i = 0; i < nev && ng < 256; i++) {
        char *g = gbuf + ng * 96;
        snprintf(g, 96, "%s|%s|%s", ev[i].source, ev[i].target, ev[i].code);
        int dup = 0;
        for (int k = 0; k < ng; k++)
            if (!strcmp(got[k], g))
                dup = 1;
        if (!dup)
            got[ng++] = g;
    }
    const char *exp[64];
    int ne = 0;
    for (int i = 0; i < r->nexp; i++) {
        int dup = 0;
        for (int k = 0; k < ne; k++)
            if (!strcmp(exp[k], r->exp[i]))
                dup = 1;
        if (!dup)
            exp[ne++] = r->exp[i];
    }
    qsort(got, (size_t)ng, sizeof *got, cmpstr);
    qsort(exp, (size_t)ne, sizeof *exp, cmpstr);
    int ok = ng == ne;
    for (int i = 0; ok && i < ng; i++)
        if (strcmp(got[i], exp[i]))
            ok = 0;
    c->total++;
    if (ok)
        c->pass++;
    else
        c->fail++;
    if ((!ok && c->verbose) || c->only) {
        kbuf_printf(&c->report, "%s %s\n  text: %s\n  expected:", ok ? "PASS" : "FAIL", r->id, s.text);
        for (int i = 0; i < ne; i++)
            kbuf_printf(&c->report, " %s", exp[i]);
        if (ne == 0)
            kbuf_printf(&c->report, " (none)");
        kbuf_printf(&c->report, "\n  produced:");
        for (int i = 0; i < ng; i++)
            kbuf_printf(&c->report, " %s", got[i]);
        if (rc < 0)
            kbuf_printf(&c->report, " (error)");
        kbuf_printf(&c->report, "\n");
        if (c->only || getenv("T_PAT"))
            for (int i = 0; i < nev; i++)
                kbuf_printf(&c->report, "  ev %s|%s|%s verb='%s' pattern='%s' line %d src='%s' tgt='%s'\n",
                            ev[i].source, ev[i].target, ev[i].code, ev[i].verb_text ? ev[i].verb_text : "",
                            ev[i].pattern ? ev[i].pattern : "", ev[i].pattern_line,
                            ev[i].source_text ? ev[i].source_text : "", ev[i].target_text ? ev[i].target_text : "");
        if (c->only && prc == 0) {
            for (int i = 0; i < s.ntok; i++)
                kbuf_printf(&c->report, "  %d %s %s head=%d %s\n", i, s.tok[i].form, s.tok[i].xpos,
                            s.tok[i].head, krel_name(s.tok[i].rel));
        }
    }
    free(gbuf);
    free(ev);
    karena_free(&mem);
}

static void end(void *ud, const char *el)
{
    ctx *c = ud;
    if (!strcmp(el, "Text") || !strcmp(el, "Parse"))
        c->cur = NULL;
    else if (!strcmp(el, "Sentence")) {
        code_record(c);
        c->in_sent = 0;
    }
}

int main(void)
{
    const char *sh = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char dir[512], path[600];
    snprintf(dir, sizeof dir, "%s/data/petrarch2", sh);
    snprintf(path, sizeof path, "%s/PETR.UnitTest.records.xml", dir);
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("shared data absent (%s): skipping\n", path);
        printf("0 passed, 0 failed\n");
        return 0;
    }
    char v[600], a[600], g[600], di[600];
    snprintf(v, sizeof v, "%s/PETR.Validate.verbs.txt", dir);
    snprintf(a, sizeof a, "%s/PETR.Validate.actors.txt", dir);
    snprintf(g, sizeof g, "%s/PETR.Validate.agents.txt", dir);
    snprintf(di, sizeof di, "%s/PETR.Validate.discards.txt", dir);
    const char *actors[1] = {a};
    kdict_files files = {v, actors, 1, g, di, NULL};
    kdiag d = {sink, NULL, 0, 0};
    kdictset *ds = kdictset_load(&files, 0, &d);
    T_CHECK(ds != NULL);
    if (!ds) {
        fclose(f);
        return T_DONE();
    }
    ctx c;
    memset(&c, 0, sizeof c);
    kbuf_init(&c.r.text);
    kbuf_init(&c.r.parse);
    kbuf_init(&c.report);
    c.ds = ds;
    kcoder_opts_default(&c.opts);
    c.coder = kcoder_new(ds);
    /* T_CONTEXT=1: story context on (each record its own story), to see
     * what the context rules change on single sentences */
    if (getenv("T_CONTEXT"))
        kcoder_set_context(c.coder, 1);
    c.only = getenv("T_ONLY");
    c.verbose = getenv("T_VERBOSE") != NULL;
    XML_Parser xp = XML_ParserCreate(NULL);
    XML_SetUserData(xp, &c);
    XML_SetElementHandler(xp, start, end);
    XML_SetCharacterDataHandler(xp, chars);
    char buf[65536];
    size_t n;
    int ok = 1;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if (XML_Parse(xp, buf, (int)n, 0) == XML_STATUS_ERROR) {
            ok = 0;
            break;
        }
    if (ok)
        XML_Parse(xp, buf, 0, 1);
    XML_ParserFree(xp);
    fclose(f);
    fputs(c.report.s, stdout);
    printf("PETR suite: %d of %d records pass\n", c.pass, c.total);
    T_CHECK(ok);
    if (!c.only) {
        T_EQ_INT(c.total, 279);
        T_CHECK(c.pass >= FLOOR);
    }
    kcoder_free(c.coder);
    kdictset_free(ds);
    kbuf_free(&c.r.text);
    kbuf_free(&c.r.parse);
    kbuf_free(&c.report);
    return T_DONE();
}
