/* cmd_validate.c: `khaldun validate [options] FILE`: code a validation file
 * (PETRARCH unit tests, UD-PETRARCH validation records) with the
 * dictionaries its <Environment> names and compare with the expected events.
 *
 * Records: those with evaluate="true" when the attribute is present, else
 * those with sentence="true" when present, else all.  <Config> between
 * records sets options from the next record on until changed (the suites
 * reset them explicitly); <Config> inside a record applies to it alone.
 * A record passes when its set of (source, target, code) triples equals the
 * expected set (no expected events: nothing may be produced). */
#include "cmd.h"
#include "cmd_common.h"
#include "pico.h"
#include "pipeline.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: khaldun validate [options] FILE\n\n"
            "Code a validation file with the dictionaries its <Environment> names (relative to\n"
            "the file's folder) and compare each record's events with the expected ones.\n"
            "Prints each failing record (expected vs produced), pass counts per category,\n"
            "event-level found/false shares, and as last line 'N passed, N failed'.\n\n"
            "Options:\n"
            "  --dict-dir DIR     also look for the named dictionaries in DIR (repeatable)\n"
            "  --config FILE, --verbs FILE, --actors F[,F..], --agents FILE, --discards FILE,\n"
            "  --issues FILE      use these dictionaries instead of the <Environment> ones\n"
            "  --strict           a malformed dictionary entry is fatal\n"
            "  --max-tokens N     skip sentences longer than N tokens (default %d, 0 = no limit)\n"
            "  --reparse          ignore <Parse>: code each record from its <Text> alone through\n"
            "                     Khaldun's tokenizer, tagger and parser (all its sentences)\n"
            "  --model DIR        tagger/parser models for --reparse (default: $KHALDUN_MODEL,\n"
            "                     ./data/model, data/model next to the executable)\n"
            "  -v, --verbose      print text and events' verb/actor words of failures, and each\n"
            "                     malformed dictionary entry\n"
            "  -h, --help         this help\n\n"
            "Exit status: 0 all passed, 1 some record failed, 2 usage or fatal error.\n",
            KCMD_MAX_TOKENS);
}

typedef struct vcat { char *name; int pass, total; } vcat;

typedef struct vrun {
    const char *file;
    char *dir;
    kcmd_dicts dopt;
    kopt_list dictdirs;  /* --dict-dir, repeatable */
    kdiag *d;
    char *env_verbs, *env_actors, *env_agents, *env_discards, *env_issues, *env_pico;
    kpico *pico;
    int loaded, load_failed;
    kdictset *ds;
    kcoder *coder;
    kcoder_opts base;
    kevent *ev;
    int nev, cap;
    int pass, fail;
    long tp, fn, fp, nexp, nprod;
    vcat *cats;
    int ncats;
    size_t capcats;
    int verbose;
    int max_tokens;
    int reparse;          /* --reparse: code each record from its <Text> */
    const char *model;    /* --model DIR */
    ktagger *tagger;
    kparser *parser;
    kpipe_cfg pcfg;
    kpipe *pipe;
    kpipe_batch batch;
} vrun;

/* Names equal up to case and the separators '.', '_', '-'. */
static int loose_eq(const char *a, const char *b)
{
    for (;; a++, b++) {
        char x = *a == '_' || *a == '-' ? '.' : (char)tolower((unsigned char)*a);
        char y = *b == '_' || *b == '-' ? '.' : (char)tolower((unsigned char)*b);
        if (x != y)
            return 0;
        if (!x)
            return 1;
    }
}

static char *find_in(const char *dir, const char *name)
{
    kbuf b;
    kbuf_init(&b);
    kbuf_printf(&b, "%s/%s", dir, name);
    if (access(b.s, R_OK) == 0)
        return kbuf_detach(&b);
    kbuf_free(&b);
    DIR *dp = opendir(dir);
    if (!dp)
        return NULL;
    char *hit = NULL;
    struct dirent *e;
    while (!hit && (e = readdir(dp)))
        if (loose_eq(e->d_name, name)) {
            kbuf_printf(&b, "%s/%s", dir, e->d_name);
            hit = kbuf_detach(&b);
        }
    closedir(dp);
    return hit;
}

/* Path of dictionary `name` from the <Environment>: the file's folder, then
 * each --dict-dir; exact name first, then a loose match.  Unfound: the
 * name in the file's folder (loading will say it is missing). */
static char *resolve(const vrun *V, const char *name)
{
    if (name[0] == '/')
        return xstrdup(name);
    char *p = find_in(V->dir, name);
    for (int i = 0; !p && i < V->dictdirs.n; i++)
        p = find_in(V->dictdirs.v[i], name);
    if (!p) {
        kbuf b;
        kbuf_init(&b);
        kbuf_printf(&b, "%s/%s", V->dir, name);
        p = kbuf_detach(&b);
    }
    return p;
}

static void on_env(void *ud, const kpx_env *e)
{
    vrun *V = ud;
    V->env_verbs = e->verbs ? xstrdup(e->verbs) : NULL;
    V->env_actors = e->actors ? xstrdup(e->actors) : NULL;
    V->env_agents = e->agents ? xstrdup(e->agents) : NULL;
    V->env_discards = e->discards ? xstrdup(e->discards) : NULL;
    V->env_issues = e->issues ? xstrdup(e->issues) : NULL;
    V->env_pico = e->pico ? xstrdup(e->pico) : NULL;
    kloc l = {V->file, 0, 0, NULL};
    kcmd_apply_opts(&V->base, e->opts, e->nopt, &l, V->d);
}

static void set_resolved(const vrun *V, const char **slot, const char *name)
{
    if (!name || !*name)
        return;
    free((char *)*slot);
    *slot = resolve(V, name);
}

static int load(vrun *V)
{
    if (V->loaded)
        return V->load_failed ? -1 : 0;
    V->loaded = 1;
    kdict_files f = {0};
    if (!kcmd_dict_given(&V->dopt)) {
        if (!V->env_verbs && !V->env_actors) {
            kloc l = {V->file, 0, 0, NULL};
            kdiag_report(V->d, KD_ERROR, &l, "no <Environment> naming dictionaries: give --config or --verbs ...");
            V->load_failed = 1;
            return -1;
        }
        set_resolved(V, &f.verbs, V->env_verbs);
        set_resolved(V, &f.agents, V->env_agents);
        set_resolved(V, &f.discards, V->env_discards);
        set_resolved(V, &f.issues, V->env_issues);
        if (V->env_actors) {
            kbuf all;
            kbuf_init(&all);
            const char *p = V->env_actors;
            while (*p) {
                const char *c = strchr(p, ',');
                size_t n = c ? (size_t)(c - p) : strlen(p);
                while (n && isspace((unsigned char)*p)) {
                    p++;
                    n--;
                }
                while (n && isspace((unsigned char)p[n - 1]))
                    n--;
                if (n) {
                    char *name = xstrndup(p, n);
                    char *path = resolve(V, name);
                    if (all.len)
                        kbuf_putc(&all, ',');
                    kbuf_puts(&all, path);
                    free(path);
                    free(name);
                }
                if (!c)
                    break;
                p = c + 1;
            }
            kdict_files_set_actors(&f, NULL, all.s);
            kbuf_free(&all);
        }
    } else if (kcmd_dict_files(&V->dopt, &f, &V->base, V->d) < 0) {
        kdict_files_free(&f);
        V->load_failed = 1;
        return -1;
    }
    V->ds = kcmd_dict_load(&V->dopt, &f, V->d);
    kdict_files_free(&f);
    if (!V->ds) {
        V->load_failed = 1;
        return -1;
    }
    V->coder = kcoder_new(V->ds);
    if (V->reparse) {
        if (kcmd_load_models(V->model, &V->tagger, &V->parser, V->d) < 0) {
            V->load_failed = 1;
            return -1;
        }
        V->pcfg.ds = V->ds;
        V->pcfg.tagger = V->tagger;
        V->pcfg.parser = V->parser;
        V->pcfg.max_tokens = V->max_tokens;
        kcoder_opts_default(&V->pcfg.opts);
        V->pipe = kpipe_new(&V->pcfg);
    }
    if (V->env_pico && *V->env_pico) {
        /* UD-PETRARCH's ontology: negated verbs get the negated code */
        char *path = resolve(V, V->env_pico);
        if (access(path, R_OK) != 0) {
            kloc l = {V->file, 0, 0, NULL};
            kdiag_report(V->d, KD_WARN, &l, "coding ontology '%s' not found: negated verbs keep their codes",
                         V->env_pico);
            free(path);
            return 0;
        }
        V->pico = kpico_load(path, V->ds->in, V->dopt.strict, V->d);
        free(path);
        if (!V->pico) {
            V->load_failed = 1;
            return -1;
        }
        kcoder_set_ontology(V->coder, V->pico);
        if (V->pipe)
            kcoder_set_ontology(kpipe_coder(V->pipe), V->pico);
    }
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Sort and drop duplicates; returns the new count. */
static int uniq(char **v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_str);
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (k && !strcmp(v[k - 1], v[i])) {
            free(v[i]);
            continue;
        }
        v[k++] = v[i];
    }
    return k;
}

static char *triple(const char *s, const char *t, const char *c)
{
    kbuf b;
    kbuf_init(&b);
    kbuf_printf(&b, "%s|%s|%s", s ? s : "---", t ? t : "---", c ? c : "---");
    return kbuf_detach(&b);
}

static void count_cat(vrun *V, const char *cat, int passed)
{
    if (!cat)
        cat = "(none)";
    int i = 0;
    while (i < V->ncats && strcmp(V->cats[i].name, cat))
        i++;
    if (i == V->ncats) {
        XGROW(V->cats, V->capcats, (size_t)V->ncats + 1);
        V->cats[V->ncats++] = (vcat){xstrdup(cat), 0, 0};
    }
    V->cats[i].total++;
    V->cats[i].pass += passed;
}

static void print_set(char **v, int n)
{
    if (!n)
        fputs("nothing", stdout);
    for (int i = 0; i < n; i++)
        printf("%s%s", i ? ", " : "", v[i]);
}

/* Make room for n events in V->ev (int capacity, as kcoder_code uses). */
#define XGROWI(V, n) do { \
        if ((n) > (V)->cap) { \
            (V)->cap = (n); \
            (V)->ev = xrealloc((V)->ev, xmul((size_t)(V)->cap, sizeof *(V)->ev)); \
        } \
    } while (0)

static int on_record(void *ud, kpx_record *r)
{
    vrun *V = ud;
    kloc l = {r->file, r->line, 0, r->sent.id};
    if (r->npre)
        kcmd_apply_opts(&V->base, r->pre, r->npre, &l, V->d);
    int selected = r->evaluate >= 0 ? r->evaluate == 1 : r->is_sentence >= 0 ? r->is_sentence == 1 : 1;
    if (!selected)
        return 0;
    kcoder_opts o = V->base;
    if (r->nopt)
        kcmd_apply_opts(&o, r->opts, r->nopt, &l, V->d);
    int n = -1;
    V->nev = 0;
    if (load(V) == 0 && V->reparse) {
        /* the record's text alone, through the tokenizer, tagger and parser:
         * every sentence the splitter finds is coded, events pooled */
        kpipe_batch_reset(&V->batch);
        if (r->bad && !r->sent.text)
            n = -1;
        else {
            kloc lr = {r->file, r->line, 0, r->sent.id};
            n = kpipe_text(V->pipe, NULL, r->sent.id, r->sent.date, r->sent.text, &o, &V->batch, V->d);
            if (n >= 0 && V->batch.nsent == 0)
                kdiag_report(V->d, KD_WARN, &lr, "no sentence in the text");
        }
        if (n >= 0) {
            XGROWI(V, V->batch.nev);
            for (int i = 0; i < V->batch.nev; i++)
                V->ev[i] = V->batch.ev[i];
            V->nev = V->batch.nev;
            n = V->nev;
        }
    } else if (!V->load_failed) {
        kcoder_story_begin(V->coder); /* records are independent tests */
        n = kcmd_code_record(V->coder, &o, r, V->max_tokens, &V->ev, &V->nev, &V->cap, V->d);
    }
    int ne = 0, np = 0;
    char **exp = xmalloc(xmul((size_t)r->nexp + 1, sizeof *exp));
    char **got = xmalloc(xmul((size_t)(n > 0 ? V->nev : 0) + 1, sizeof *got));
    for (int i = 0; i < r->nexp; i++)
        exp[ne++] = triple(r->exp[i].source, r->exp[i].target, r->exp[i].code);
    for (int i = 0; n > 0 && i < V->nev; i++)
        got[np++] = triple(V->ev[i].source, V->ev[i].target, V->ev[i].code);
    ne = uniq(exp, ne);
    np = uniq(got, np);
    int tp = 0;
    for (int i = 0, j = 0; i < ne && j < np;) {
        int c = strcmp(exp[i], got[j]);
        if (!c) {
            tp++;
            i++;
            j++;
        } else if (c < 0)
            i++;
        else
            j++;
    }
    V->tp += tp;
    V->fn += ne - tp;
    V->fp += np - tp;
    V->nexp += ne;
    V->nprod += np;
    int passed = tp == ne && tp == np;
    if (passed)
        V->pass++;
    else {
        V->fail++;
        printf("FAIL %s [%s]: expected ", r->sent.id, r->category ? r->category : "-");
        print_set(exp, ne);
        if (n < 0)
            printf("; record not coded (see the message above)\n");
        else {
            printf("; produced ");
            print_set(got, np);
            putchar('\n');
        }
        if (V->verbose) {
            printf("    text: %s\n", r->sent.text ? r->sent.text : "");
            for (int i = 0; n > 0 && i < V->nev; i++)
                printf("    event %s|%s|%s verb '%s' source '%s' target '%s' pattern '%s'\n", V->ev[i].source,
                       V->ev[i].target, V->ev[i].code, V->ev[i].verb_text ? V->ev[i].verb_text : "",
                       V->ev[i].source_text ? V->ev[i].source_text : "",
                       V->ev[i].target_text ? V->ev[i].target_text : "", V->ev[i].pattern ? V->ev[i].pattern : "");
        }
    }
    count_cat(V, r->category, passed);
    for (int i = 0; i < ne; i++)
        free(exp[i]);
    for (int i = 0; i < np; i++)
        free(got[i]);
    free(exp);
    free(got);
    return 0;
}

int cmd_validate(int argc, char **argv)
{
    vrun V;
    memset(&V, 0, sizeof V);
    V.dictdirs.v = xcalloc((size_t)argc + 1, sizeof *V.dictdirs.v);
    V.max_tokens = KCMD_MAX_TOKENS;
    const char *file = NULL;
    int rc = 2, reparse = 0;
    const kopt opts[] = {
        KCMD_DICT_KOPTS(&V.dopt),
        KCMD_MAX_TOKENS_KOPT(&V.max_tokens),
        {"--reparse", KOPT_FLAG, &reparse, 0, 0, NULL, NULL},
        {"--model", KOPT_STR, &V.model, 0, 0, NULL, NULL},
        {"--dict-dir", KOPT_LIST, &V.dictdirs, 0, 0, NULL, NULL},
        KOPT_END,
    };
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos = 0, prc = kopt_parse("validate", opts, argc, argv, pos, &npos, usage);
    V.verbose = V.dopt.verbose;
    if (prc < 0 && npos > 1) {
        fprintf(stderr, "khaldun: validate: one FILE only\n");
        prc = 2;
    }
    file = npos ? pos[0] : NULL;
    free(pos);
    if (prc >= 0) {
        rc = prc;
        goto out;
    }
    if (!file) {
        fprintf(stderr, "khaldun: validate: no input file\n");
        usage(stderr);
        goto out;
    }
    V.reparse = reparse;
    kpipe_batch_init(&V.batch);
    kdiag d = {cli_diag, NULL, 0, 0};
    V.d = &d;
    V.file = file;
    const char *slash = strrchr(file, '/');
    V.dir = slash ? xstrndup(file, (size_t)(slash - file)) : xstrdup(".");
    kcoder_opts_default(&V.base);
    kpx_handler h = {&V, on_env, on_record};
    int xr = kpetrxml_read(file, &h, &d);
    if (V.load_failed) {
        fprintf(stderr, "khaldun: validate: dictionaries could not be loaded\n");
        rc = 2;
    }
    printf("\n%-16s %s\n", "category", "passed/total");
    for (int i = 0; i < V.ncats; i++)
        printf("%-16s %d/%d\n", V.cats[i].name, V.cats[i].pass, V.cats[i].total);
    printf("events: expected %ld, found %ld (%.1f%%), missed %ld; produced %ld, false %ld (%.1f%%)\n", V.nexp, V.tp,
           V.nexp ? 100.0 * (double)V.tp / (double)V.nexp : 0.0, V.fn, V.nprod, V.fp,
           V.nprod ? 100.0 * (double)V.fp / (double)V.nprod : 0.0);
    printf("%d passed, %d failed\n", V.pass, V.fail);
    if (!V.load_failed)
        rc = V.fail || xr < 0 ? 1 : 0;
    free(V.ev);
    kpipe_free(V.pipe);
    kpipe_batch_free(&V.batch);
    ktagger_free(V.tagger);
    kparser_free(V.parser);
    kcoder_free(V.coder);
    kpico_free(V.pico);
    kdictset_free(V.ds);
    for (int i = 0; i < V.ncats; i++)
        free(V.cats[i].name);
    free(V.cats);
    free(V.env_verbs);
    free(V.env_actors);
    free(V.env_agents);
    free(V.env_discards);
    free(V.env_issues);
    free(V.env_pico);
out:
    free(V.dir);
    free(V.dictdirs.v);
    return rc;
}
