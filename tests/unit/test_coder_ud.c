/* test_coder_ud.c: the coder on the UD-PETRARCH validation suite
 * (../shared/data/udpetrarch-validation/PETR_Validate_records_2_02.xml,
 * CoNLL-U parses) with the dictionaries its <Environment> names.
 * Figures over evaluate="true" records: recall (expected events found) and
 * false rate (produced events not expected); both must meet the floors.
 * T_VERBOSE=1 lists records that differ; T_ONLY=ID shows one record. */
#include "coder.h"
#include "dict.h"
#include "petrxml.h"
#include "pico.h"
#include "t.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RECALL_FLOOR 87.5    /* percent */
#define FALSE_CEIL 12.5     /* percent */

typedef struct ctx {
    char dir[512];
    kdictset *ds;
    kcoder *coder;
    kpico *pico;
    kcoder_opts opts;
    int records, exact, expected, found, produced, falsepos;
    const char *only;
    int verbose;
    kdiag d;
} ctx;

static void sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    if (getenv("T_VERBOSE") && level >= KD_WARN)
        fprintf(stderr, "diag: %s:%d: %s%s %s\n", loc->file ? loc->file : "", loc->line,
                loc->record ? loc->record : "", loc->record ? ":" : "", msg);
}

static void env(void *ud, const kpx_env *e)
{
    ctx *c = ud;
    char v[700], a[700], g[700], di[700];
    snprintf(v, sizeof v, "%s/%s", c->dir, e->verbs ? e->verbs : "");
    snprintf(a, sizeof a, "%s/%s", c->dir, e->actors ? e->actors : "");
    snprintf(g, sizeof g, "%s/%s", c->dir, e->agents ? e->agents : "");
    snprintf(di, sizeof di, "%s/%s", c->dir, e->discards ? e->discards : "");
    const char *actors[1] = {a};
    kdict_files f = {v, actors, 1, e->agents ? g : NULL, e->discards ? di : NULL, NULL};
    c->ds = kdictset_load(&f, 0, &c->d);
    if (c->ds)
        c->coder = kcoder_new(c->ds);
    /* the suite's <PICOfile> (its internal coding ontology, for negation) */
    char pico[700];
    snprintf(pico, sizeof pico, "%s/PETR_Validate_Internal_Coding_Ontology_1_01.txt", c->dir);
    if (c->ds) {
        c->pico = kpico_load(pico, c->ds->in, 0, &c->d);
        kcoder_set_ontology(c->coder, c->pico);
    }
    for (int i = 0; i < e->nopt; i++)
        kcoder_opts_set(&c->opts, e->opts[i].name, e->opts[i].value);
}

static int record(void *ud, kpx_record *r)
{
    ctx *c = ud;
    for (int i = 0; i < r->npre; i++)
        kcoder_opts_set(&c->opts, r->pre[i].name, r->pre[i].value);
    if (r->evaluate != 1 || !c->coder)
        return 0;
    if (c->only && strcmp(c->only, r->sent.id))
        return 0;
    kcoder_opts o = c->opts;
    for (int i = 0; i < r->nopt; i++)
        kcoder_opts_set(&o, r->opts[i].name, r->opts[i].value);
    kevent *ev = NULL;
    int nev = 0, cap = 0;
    if (!r->bad)
        kcoder_code(c->coder, &o, &r->sent, &ev, &nev, &cap, &c->d);
    /* distinct produced and expected triples */
    char got[128][96], exp[64][96];
    int ng = 0, ne = 0;
    for (int i = 0; i < nev && ng < 128; i++) {
        char t[96];
        snprintf(t, sizeof t, "%s|%s|%s", ev[i].source, ev[i].target, ev[i].code);
        int dup = 0;
        for (int k = 0; k < ng; k++)
            dup |= !strcmp(got[k], t);
        if (!dup)
            snprintf(got[ng++], 96, "%s", t);
    }
    for (int i = 0; i < r->nexp && ne < 64; i++) {
        char t[96];
        snprintf(t, sizeof t, "%s|%s|%s", r->exp[i].source, r->exp[i].target, r->exp[i].code);
        int dup = 0;
        for (int k = 0; k < ne; k++)
            dup |= !strcmp(exp[k], t);
        if (!dup)
            snprintf(exp[ne++], 96, "%s", t);
    }
    int found = 0, fp = 0;
    for (int i = 0; i < ne; i++) {
        int hit = 0;
        for (int k = 0; k < ng; k++)
            hit |= !strcmp(exp[i], got[k]);
        found += hit;
    }
    for (int k = 0; k < ng; k++) {
        int hit = 0;
        for (int i = 0; i < ne; i++)
            hit |= !strcmp(exp[i], got[k]);
        fp += !hit;
    }
    c->records++;
    c->expected += ne;
    c->found += found;
    c->produced += ng;
    c->falsepos += fp;
    int exact = found == ne && fp == 0;
    c->exact += exact;
    if (r->sent.text)
        for (char *q = (char *)r->sent.text; *q; q++)
            if (*q == '\n')
                *q = ' ';
    if ((!exact && c->verbose) || c->only) {
        printf("%s %s [%s]\n  text: %s\n  expected:", exact ? "PASS" : "FAIL", r->sent.id,
               r->category ? r->category : "", r->sent.text ? r->sent.text : "");
        for (int i = 0; i < ne; i++)
            printf(" %s", exp[i]);
        printf("\n  produced:");
        for (int k = 0; k < ng; k++)
            printf(" %s", got[k]);
        printf("\n");
        if (c->only || getenv("T_PAT"))
            for (int i = 0; i < nev; i++)
                printf("  ev %s|%s|%s verb='%s' pattern='%s' line %d src='%s' tgt='%s'\n", ev[i].source,
                       ev[i].target, ev[i].code, ev[i].verb_text ? ev[i].verb_text : "",
                       ev[i].pattern ? ev[i].pattern : "", ev[i].pattern_line,
                       ev[i].source_text ? ev[i].source_text : "", ev[i].target_text ? ev[i].target_text : "");
        if (c->only)
            for (int i = 0; i < r->sent.ntok; i++)
                printf("  %d %s %s/%s head=%d %s\n", i, r->sent.tok[i].form, r->sent.tok[i].xpos,
                       r->sent.tok[i].upos, r->sent.tok[i].head, r->sent.tok[i].deprel);
    }
    free(ev);
    return 0;
}

int main(void)
{
    const char *sh = getenv("SHARED") ? getenv("SHARED") : "../shared";
    ctx c;
    memset(&c, 0, sizeof c);
    snprintf(c.dir, sizeof c.dir, "%s/data/udpetrarch-validation", sh);
    char path[700];
    snprintf(path, sizeof path, "%s/PETR_Validate_records_2_02.xml", c.dir);
    if (access(path, R_OK) != 0) {
        printf("shared data absent (%s): skipping\n", path);
        printf("0 passed, 0 failed\n");
        return 0;
    }
    c.d.fn = sink;
    kcoder_opts_default(&c.opts);
    c.only = getenv("T_ONLY");
    c.verbose = getenv("T_VERBOSE") != NULL;
    kpx_handler h = {&c, env, record};
    int rc = kpetrxml_read(path, &h, &c.d);
    T_EQ_INT(rc, 0);
    T_CHECK(c.ds != NULL);
    double recall = c.expected ? 100.0 * c.found / c.expected : 0;
    double falser = c.produced ? 100.0 * c.falsepos / c.produced : 0;
    printf("UD suite: %d records, %d exact; expected events %d, found %d (%.1f%%); produced %d, false %d (%.1f%%)\n",
           c.records, c.exact, c.expected, c.found, recall, c.produced, c.falsepos, falser);
    if (!c.only) {
        T_EQ_INT(c.records, 264);
        T_CHECK(recall >= RECALL_FLOOR);
        T_CHECK(falser <= FALSE_CEIL);
    }
    kcoder_free(c.coder);
    kpico_free(c.pico);
    kdictset_free(c.ds);
    return T_DONE();
}
