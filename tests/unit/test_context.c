/* test_context.c: story context (src/context.c) end to end on the seed
 * story: raw text -> ktok_story -> kparse_sent -> kcoder_code, with the
 * Phoenix dictionaries (PETR_config.ini) and with Khaldun's own set.  The
 * expected events are the targets (issues 4 and 5), read off the
 * story by hand.  Skips when ../shared or the models are absent.
 * T_SHOW=1 prints every event with its resolution notes and the parses. */
#include "coder.h"
#include "dict.h"
#include "parser.h"
#include "story.h"
#include "t.h"
#include "tagger.h"
#include "tokenize.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SHARED "../shared"
#define SEED SHARED "/data/seed/libya-2021-05-06.txt"

typedef struct rec {
    char src[64], tgt[64], code[16], sid[32];
    char sres[160], tres[160];
    char stext[96], ttext[96];
} rec;

typedef struct run {
    const ktagger *tg;
    const kparser *ps;
    ktag_ws tw;
    kparse_ws pw;
    kcoder *c;
    kcoder_opts o;
    kdiag *d;
    rec *r;
    int nr;
    size_t cr;
    int show;
} run;

static void sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    if (getenv("T_VERBOSE") || level >= KD_ERROR)
        fprintf(stderr, "diag %d: %s:%d: %s: %s\n", level, loc->file ? loc->file : "", loc->line,
                loc->record ? loc->record : "", msg);
}

static int on_sent(void *ud, const ksent *s0, size_t off)
{
    (void)off;
    run *R = ud;
    ksent s = *s0;
    kparse_sent(R->tg, R->ps, &R->tw, &R->pw, &s);
    if (R->show > 1) {
        fprintf(stderr, "# %s %s\n", s.id, s.text);
        for (int i = 0; i < s.ntok; i++)
            fprintf(stderr, "%d\t%s\t%s\t%d\t%s\n", i + 1, s.tok[i].form, s.tok[i].xpos,
                    s.tok[i].head + 1, s.tok[i].deprel ? s.tok[i].deprel : "_");
    }
    kevent *ev = NULL;
    int nev = 0, cap = 0;
    kcoder_code(R->c, &R->o, &s, &ev, &nev, &cap, R->d);
    for (int i = 0; i < nev; i++) {
        XGROW(R->r, R->cr, (size_t)R->nr + 1);
        rec *x = &R->r[R->nr++];
        memset(x, 0, sizeof *x);
        snprintf(x->src, sizeof x->src, "%s", ev[i].source);
        snprintf(x->tgt, sizeof x->tgt, "%s", ev[i].target);
        snprintf(x->code, sizeof x->code, "%s", ev[i].code);
        snprintf(x->sid, sizeof x->sid, "%s", ev[i].sentence_id);
        snprintf(x->sres, sizeof x->sres, "%s", ev[i].source_resolved ? ev[i].source_resolved : "");
        snprintf(x->tres, sizeof x->tres, "%s", ev[i].target_resolved ? ev[i].target_resolved : "");
        snprintf(x->stext, sizeof x->stext, "%s", ev[i].source_text ? ev[i].source_text : "");
        snprintf(x->ttext, sizeof x->ttext, "%s", ev[i].target_text ? ev[i].target_text : "");
        if (R->show)
            fprintf(stderr, "  %s %s|%s|%s  [%s] -> [%s]  %s%s%s%s (%s)\n", x->sid, x->src, x->tgt,
                    x->code, x->stext, x->ttext, x->sres[0] ? "S: " : "", x->sres,
                    x->tres[0] ? " T: " : "", x->tres, ev[i].pattern ? ev[i].pattern : "");
    }
    free(ev);
    return 0;
}

/* Code the seed story with dictionary set ds; fills R->r. */
static int code_seed(run *R, kdictset *ds)
{
    kdiag *d = R->d;
    R->c = kcoder_new(ds);
    kcoder_set_context(R->c, 1);
    kreader *rd = kreader_open(SEED, &(kstory_opt){.format = 0}, d);
    if (!rd)
        return -1;
    kstory st;
    karena mem;
    karena_init(&mem);
    while (kreader_next(rd, &st)) {
        kcoder_story_begin(R->c);
        ktok_story(&st, NULL, d, &mem, on_sent, R);
    }
    kreader_close(rd);
    karena_free(&mem);
    kcoder_free(R->c);
    R->c = NULL;
    return 0;
}

/* any event with code root in roots ("10,02"), source matching sp and
 * target matching tp (prefixes; "" = any) */
static int has(const run *R, const char *sp, const char *tp, const char *roots)
{
    for (int i = 0; i < R->nr; i++) {
        const rec *x = &R->r[i];
        if (strncmp(x->src, sp, strlen(sp)) || strncmp(x->tgt, tp, strlen(tp)))
            continue;
        char rt[3] = {x->code[0], x->code[1], 0};
        if (strstr(roots, rt))
            return 1;
    }
    return 0;
}

/* does an actor code look like a person's name left uncoded (a quoted text
 * actor or a '---' side whose words hold a capitalised name)?  With
 * require_dyad events never have '---' sides; text actors start with '"'. */
static int uncoded_name(const char *code)
{
    return code[0] == '"' || !strcmp(code, "---");
}

/* A target not reached yet with this dictionary set (known gap, listed in
 * docs/coder.md): reported, not counted; reported loudly once it passes so
 * that it becomes a check. */
#define T_GAP(own, cond) do { if (own) T_CHECK(cond); \
    else if (cond) fprintf(stderr, "%s:%d: known gap now passes: make it a check: %s\n", __FILE__, __LINE__, #cond); \
    else fprintf(stderr, "known gap (Phoenix): %s\n", #cond); } while (0)

static void seed_checks(run *R, int own)
{
    /* Libya's government demanding or appealing to Turkey (root 10 or 02) */
    T_GAP(own, has(R, "LBY", "TUR", "10,02"));
    /* the Turkish ministers' visit to Libya (042) or Libya hosting (043) */
    T_CHECK(has(R, "TUR", "LBY", "04") || has(R, "LBY", "TUR", "04"));
    int visit = 0;
    for (int i = 0; i < R->nr; i++) {
        const rec *x = &R->r[i];
        if ((!strncmp(x->src, "TUR", 3) && !strncmp(x->tgt, "LBY", 3) && !strcmp(x->code, "042")) ||
            (!strncmp(x->src, "LBY", 3) && !strncmp(x->tgt, "TUR", 3) && !strcmp(x->code, "043")))
            visit = 1;
    }
    T_CHECK(visit);
    /* Turkish military support to Libya (07x) */
    T_GAP(own, has(R, "TUR", "LBY", "07"));
    /* Greece and Cyprus denouncing the agreement (11x), against its parties */
    T_CHECK(has(R, "GRC", "TUR", "11") || has(R, "GRC", "LBY", "11"));
    T_CHECK(has(R, "CYP", "TUR", "11") || has(R, "CYP", "LBY", "11"));
    if (own) {
        T_CHECK(has(R, "LBYGOV", "TUR", "10,02"));
        int bad = 0;
        for (int i = 0; i < R->nr; i++)
            if (uncoded_name(R->r[i].src) || uncoded_name(R->r[i].tgt))
                bad++;
        T_EQ_INT(bad, 0);
    }
    /* resolved actors say where they came from */
    int noted = 0;
    for (int i = 0; i < R->nr; i++)
        if (R->r[i].sres[0] || R->r[i].tres[0])
            noted++;
    T_CHECK(noted > 0);
}

static kdictset *load_config(const char *path, kcoder_opts *o, kdiag *d)
{
    kdict_files f = {0};
    kcoder_opts_default(o);
    if (kdict_config_read(path, &f, o, d) < 0)
        return NULL;
    kdictset *ds = kdictset_load(&f, 0, d);
    kdict_files_free(&f);
    return ds;
}

int main(void)
{
    kdiag d = {sink, NULL, 0, 0};
    if (access(SEED, R_OK) != 0 || access(SHARED "/data/petrarch2/PETR_config.ini", R_OK) != 0) {
        printf("%s absent: seed-story checks skipped\n", SHARED);
        return T_DONE();
    }
    ktagger *tg = ktagger_load("data/model/en-ewt.tagger", &d);
    kparser *ps = kparser_load("data/model/en-ewt.parser", &d);
    if (!tg || !ps) {
        printf("models absent: seed-story checks skipped\n");
        ktagger_free(tg);
        kparser_free(ps);
        return T_DONE();
    }
    const char *sets[2] = {SHARED "/data/petrarch2/PETR_config.ini", "data/dict/khaldun.config.ini"};
    for (int k = 0; k < 2; k++) {
        run R;
        memset(&R, 0, sizeof R);
        R.tg = tg;
        R.ps = ps;
        R.d = &d;
        R.show = getenv("T_SHOW") ? atoi(getenv("T_SHOW")) : 0;
        ktag_ws_init(&R.tw);
        kparse_ws_init(&R.pw);
        kdictset *ds = load_config(sets[k], &R.o, &d);
        T_CHECK(ds != NULL);
        if (ds) {
            if (R.show)
                fprintf(stderr, "== %s\n", sets[k]);
            T_EQ_INT(code_seed(&R, ds), 0);
            seed_checks(&R, k == 1);
        }
        kdictset_free(ds);
        ktag_ws_free(&R.tw);
        kparse_ws_free(&R.pw);
        free(R.r);
    }
    ktagger_free(tg);
    kparser_free(ps);
    return T_DONE();
}
