/* cmd_common.c: see cmd_common.h */
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>
#include "cmd_common.h"
#include "story.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct quiet { kdiag *to; int show_warn; } quiet;

static void quiet_sink(void *ud, int level, const kloc *loc, const char *msg)
{
    quiet *q = ud;
    if (level == KD_WARN && !q->show_warn)
        return;
    if (q->to->fn)
        q->to->fn(q->to->ud, level, loc, msg);
}

kdictset *kcmd_dict_load(const kcmd_dicts *o, const kdict_files *f, kdiag *d)
{
    quiet q = {d, o->verbose || o->strict};
    kdiag qd = {quiet_sink, &q, 0, 0};
    kdictset *s = kdictset_load(f, o->strict, &qd);
    d->nwarn += qd.nwarn;
    d->nerror += qd.nerror;
    return s;
}

int kcmd_dict_given(const kcmd_dicts *o)
{
    return o->config || o->verbs || o->actors || o->agents || o->discards || o->issues;
}

static void set(const char **slot, const char *v)
{
    free((char *)*slot);
    *slot = xstrdup(v);
}

int kcmd_dict_files(const kcmd_dicts *o, kdict_files *f, kcoder_opts *opts, kdiag *d)
{
    if (o->config && kdict_config_read(o->config, f, opts, d) < 0)
        return -1;
    if (o->verbs)
        set(&f->verbs, o->verbs);
    if (o->actors)
        kdict_files_set_actors(f, NULL, o->actors);
    if (o->agents)
        set(&f->agents, o->agents);
    if (o->discards)
        set(&f->discards, o->discards);
    if (o->issues)
        set(&f->issues, o->issues);
    return 0;
}

void kcmd_apply_opts(kcoder_opts *opts, const kpx_opt *v, int n, const kloc *loc, kdiag *d)
{
    static const char *const other[] = {"stop_on_error", "write_actor_root", "write_actor_text",
                                        "write_event_text", "null_verbs", "null_actors",
                                        "code_by_sentence", "pause_by_sentence", "pause_by_story",
                                        "textfile_list", "textfile_name", "eventfile_name", NULL};
    for (int i = 0; i < n; i++) {
        if (kcoder_opts_set(opts, v[i].name, v[i].value) == 0)
            continue;
        int known = 0;
        for (int k = 0; other[k]; k++)
            if (!strcasecmp(other[k], v[i].name))
                known = 1;
        if (!known)
            kdiag_report(d, KD_WARN, loc, "option '%s' with value '%s' not applied (unknown or malformed)",
                         v[i].name, v[i].value);
    }
}

int kcmd_code_record(kcoder *c, const kcoder_opts *o, kpx_record *r, int max_tokens, kevent **ev, int *nev,
                     int *cap, kdiag *d)
{
    *nev = 0;
    if (r->bad)
        return -1; /* reported by the reader */
    if (r->parse_kind == KPX_NOPARSE || r->sent.ntok == 0) {
        kloc l = {r->file, r->line, 0, r->sent.id};
        kdiag_report(d, KD_ERROR, &l, "no <Parse>: parsing raw text is not available yet");
        return -1;
    }
    if (max_tokens > 0 && r->sent.ntok > max_tokens) {
        kloc l = {r->file, r->line, 0, r->sent.id};
        kdiag_report(d, KD_ERROR, &l, "sentence of %d tokens, more than --max-tokens %d: record skipped",
                     r->sent.ntok, max_tokens);
        return -1;
    }
    return kcoder_code(c, o, &r->sent, ev, nev, cap, d);
}

/* Directory of the executable (malloc'd), NULL when unknown. */
static char *exe_dir(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = 0;
    return xstrdup(exe);
}

/* rel ("data/dict/khaldun.config.ini") in the working directory, else next
 * to the executable or up to two levels above it; malloc'd or NULL. */
static char *find_data(const char *rel)
{
    if (access(rel, R_OK) == 0)
        return xstrdup(rel);
    char *dir = exe_dir();
    char *hit = NULL;
    kbuf b;
    kbuf_init(&b);
    for (int up = 0; dir && up < 3 && !hit; up++) {
        kbuf_reset(&b);
        kbuf_puts(&b, dir);
        for (int k = 0; k < up; k++)
            kbuf_puts(&b, "/..");
        kbuf_printf(&b, "/%s", rel);
        if (access(b.s, R_OK) == 0)
            hit = kbuf_detach(&b);
    }
    kbuf_free(&b);
    free(dir);
    return hit;
}

char *kcmd_default_dict_config(void)
{
    const char *env = getenv("KHALDUN_DICT");
    if (env && *env) {
        struct stat st;
        if (stat(env, &st) == 0 && S_ISDIR(st.st_mode)) {
            kbuf b;
            kbuf_init(&b);
            kbuf_printf(&b, "%s/khaldun.config.ini", env);
            return kbuf_detach(&b);
        }
        return xstrdup(env);
    }
    return find_data("data/dict/khaldun.config.ini");
}

int kcmd_load_models(const char *dir, ktagger **t, kparser **p, kdiag *d)
{
    *t = NULL;
    *p = NULL;
    kbuf path;
    kbuf_init(&path);
    char *base = NULL;
    const char *env = getenv("KHALDUN_MODEL");
    if (dir)
        base = xstrdup(dir);
    else if (env && *env)
        base = xstrdup(env);
    else {
        char *f = find_data("data/model/en-ewt.tagger");
        if (f) {
            f[strlen(f) - strlen("/en-ewt.tagger")] = 0;
            base = f;
        } else
            base = xstrdup("data/model");
    }
    kbuf_printf(&path, "%s/en-ewt.tagger", base);
    *t = ktagger_load(path.s, d);
    if (*t) {
        kbuf_reset(&path);
        kbuf_printf(&path, "%s/en-ewt.parser", base);
        *p = kparser_load(path.s, d);
    }
    kbuf_free(&path);
    free(base);
    if (!*t || !*p) {
        ktagger_free(*t);
        *t = NULL;
        return -1;
    }
    return 0;
}

double kcmd_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double kcmd_cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void kcmd_print_stats(long sentences, long events, double load_s, double code_s, double coder_s)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr,
            "stats: sentences %ld, events %ld, dict_load_s %.3f, code_s %.3f, sentences_per_s %.0f, "
            "coder_only_sentences_per_s %.0f (CPU), peak_rss_mib %.1f\n",
            sentences, events, load_s, code_s, code_s > 0 ? (double)sentences / code_s : 0.0,
            coder_s > 0 ? (double)sentences / coder_s : 0.0, (double)ru.ru_maxrss / 1024.0);
}

/* The value of option o at argv[*i] ("--x=V" or "--x V"): NULL when argv[*i]
 * is not o; *missing set when o is there without a value. */
static const char *opt_value(const kopt *o, int argc, char **argv, int *i, int *missing)
{
    const char *a = argv[*i];
    size_t l = strlen(o->name);
    if (strncmp(a, o->name, l))
        return NULL;
    if (a[l] == '=')
        return a + l + 1;
    if (a[l])
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

static int opt_set(const char *cmd, const kopt *o, const char *v)
{
    int *n = o->dst;
    switch (o->kind) {
    case KOPT_STR:
        *(const char **)o->dst = v;
        return 0;
    case KOPT_INT:
    case KOPT_LLONG: {
        char *e;
        errno = 0;
        long long x = strtoll(v, &e, 10);
        if (!*v || *e || errno || x < o->min || x > o->max) {
            fprintf(stderr, "khaldun: %s: %s expects an integer from %lld to %lld, got '%s'\n", cmd, o->name,
                    o->min, o->max, v);
            return 2;
        }
        if (o->kind == KOPT_INT)
            *n = (int)x;
        else
            *(long long *)o->dst = x;
        return 0;
    }
    case KOPT_DOUBLE: {
        char *e;
        errno = 0;
        double x = strtod(v, &e), lo = (double)o->min / 1000, hi = (double)o->max / 1000;
        if (!*v || *e || errno || !(x >= lo && x <= hi)) {
            fprintf(stderr, "khaldun: %s: %s expects a number from %g to %g, got '%s'\n", cmd, o->name, lo, hi, v);
            return 2;
        }
        *(double *)o->dst = x;
        return 0;
    }
    case KOPT_CHOICE:
        for (int k = 0; o->choices[k]; k++)
            if (!strcmp(o->choices[k], v)) {
                *n = k;
                return 0;
            }
        fprintf(stderr, "khaldun: %s: unknown %s '%s' (known:", cmd, o->what ? o->what : o->name, v);
        for (int k = 0; o->choices[k]; k++)
            fprintf(stderr, "%s %s", k ? "," : "", o->choices[k]);
        fputs(")\n", stderr);
        return 2;
    case KOPT_DATE:
        if (kdate_parse(v, strlen(v), n)) {
            fprintf(stderr, "khaldun: %s: %s: '%s' is not a valid YYYY-MM-DD date\n", cmd, o->name, v);
            return 2;
        }
        return 0;
    case KOPT_LIST: {
        kopt_list *l = o->dst;
        l->v[l->n++] = (char *)v;
        return 0;
    }
    case KOPT_INFMT:
        *n = kstory_format_parse(v);
        if (*n < 0) {
            fprintf(stderr, "khaldun: %s: unknown input format '%s' (known: auto, plain, jsonl, tabari, xml)\n", cmd, v);
            return 2;
        }
        return 0;
    }
    return 2;
}

int kopt_parse(const char *cmd, const kopt *t, int argc, char **argv, char **pos, int *npos,
               void (*usage)(FILE *))
{
    *npos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || !a[1]) {
            pos[(*npos)++] = argv[i];
            continue;
        }
        if (!strcmp(a, "--")) {
            while (++i < argc)
                pos[(*npos)++] = argv[i];
            break;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            if (usage)
                usage(stdout);
            return 0;
        }
        const kopt *o = t;
        const char *v = NULL;
        int missing = 0;
        for (; o->name; o++) {
            if (o->kind == KOPT_FLAG) {
                if (!strcmp(a, o->name))
                    break;
            } else if ((v = opt_value(o, argc, argv, &i, &missing)) || missing)
                break;
        }
        if (!o->name) {
            fprintf(stderr, "khaldun: %s: unknown option '%s'\n", cmd, a);
            if (usage)
                usage(stderr);
            return 2;
        }
        if (missing) {
            fprintf(stderr, "khaldun: %s: option %s needs a value\n", cmd, o->name);
            return 2;
        }
        if (o->kind == KOPT_FLAG)
            *(int *)o->dst = 1;
        else if (opt_set(cmd, o, v))
            return 2;
    }
    return -1;
}
