/* cmd_common.c: see cmd_common.h */
#include "cmd_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int kcmd_dict_opt(kcmd_dicts *o, int argc, char **argv, int *i)
{
    static const char *const names[] = {"--config", "--verbs", "--actors", "--agents", "--discards", "--issues"};
    const char *a = argv[*i];
    if (!strcmp(a, "--strict")) {
        o->strict = 1;
        return 1;
    }
    if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
        o->verbose = 1;
        return 1;
    }
    for (int k = 0; k < 6; k++) {
        size_t l = strlen(names[k]);
        const char *v = NULL;
        if (!strncmp(a, names[k], l) && a[l] == '=')
            v = a + l + 1;
        else if (!strcmp(a, names[k])) {
            if (*i + 1 >= argc) {
                fprintf(stderr, "khaldun: option %s needs a value\n", a);
                return -1;
            }
            v = argv[++*i];
        } else
            continue;
        const char **slot[] = {&o->config, &o->verbs, &o->actors, &o->agents, &o->discards, &o->issues};
        *slot[k] = v;
        return 1;
    }
    return 0;
}

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

int kcmd_code_record(kcoder *c, const kcoder_opts *o, kpx_record *r, kevent **ev, int *nev, int *cap,
                     kdiag *d)
{
    *nev = 0;
    if (r->bad)
        return -1; /* reported by the reader */
    if (r->parse_kind == KPX_NOPARSE || r->sent.ntok == 0) {
        kloc l = {r->file, r->line, 0, r->sent.id};
        kdiag_report(d, KD_ERROR, &l, "no <Parse>: parsing raw text is not available yet");
        return -1;
    }
    return kcoder_code(c, o, &r->sent, ev, nev, cap, d);
}
