/* dict.c: the dictionary set (kdictset_load) and the PETRARCH2 config
 * reader (kdict_config_read).  The per-kind readers are actors.c,
 * agents.c, discards.c, issues.c; verbs.c belongs to the coder. */
#include "dict.h"
#include "dictread.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void kdict_files_free(kdict_files *f)
{
    if (!f)
        return;
    free((char *)f->verbs);
    for (int i = 0; i < f->nactors; i++)
        free((char *)f->actors[i]);
    free(f->actors);
    free((char *)f->agents);
    free((char *)f->discards);
    free((char *)f->issues);
    memset(f, 0, sizeof *f);
}

/* dir + "/" + name, or name when it is absolute or dir is empty. */
static char *resolve(const char *dir, const char *name, size_t n)
{
    if (!dir || !*dir || (n && name[0] == '/'))
        return xstrndup(name, n);
    kbuf b;
    kbuf_init(&b);
    kbuf_puts(&b, dir);
    if (b.len && b.s[b.len - 1] != '/')
        kbuf_putc(&b, '/');
    kbuf_add(&b, name, n);
    return kbuf_detach(&b);
}

void kdict_files_set_actors(kdict_files *f, const char *dir, const char *list)
{
    for (int i = 0; i < f->nactors; i++)
        free((char *)f->actors[i]);
    free(f->actors);
    f->actors = NULL;
    f->nactors = 0;
    size_t cap = 0;
    const char *p = list;
    while (p && *p) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        const char *t = p;
        kd_trim(&t, &n);
        if (n) {
            XGROW(f->actors, cap, (size_t)f->nactors + 1);
            f->actors[f->nactors++] = resolve(dir, t, n);
        }
        p = c ? c + 1 : NULL;
    }
}

/* --- [Options] --------------------------------------------------------
 * Every option kcoder_opts_set knows is applied; others (textfile_list,
 * write_actor_text...) are not coding options and are ignored.
 * 1: known and set; 0: unknown name; -1: known name, malformed value. */
static int opt_set(kcoder_opts *o, const char *name, const char *v)
{
    if (kcoder_opts_set(o, name, v) == 0)
        return 1;
    kcoder_opts probe;
    kcoder_opts_default(&probe);
    if (kcoder_opts_set(&probe, name, "0") == 0)
        return -1; /* the name is known: the value was bad */
    return 0;
}

static void set_file(const char **slot, const char *dir, const char *v)
{
    free((char *)*slot);
    *slot = *v ? resolve(dir, v, strlen(v)) : NULL;
}

typedef struct inikv {
    char section[64];
    char *key;             /* lower case */
    kbuf val;
    int line;
} inikv;

static void apply_kv(const inikv *kv, const char *path, const char *dir, kdict_files *files,
                     kcoder_opts *opts, kdiag *d, int *have_dict, int *rc)
{
    const char *v = kv->val.s;
    size_t vn = kv->val.len;
    kd_trim(&v, &vn);
    char *vv = xstrndup(v, vn);
    if (!strcasecmp(kv->section, "Dictionaries")) {
        *have_dict = 1;
        if (!strcmp(kv->key, "verbfile_name"))
            set_file(&files->verbs, dir, vv);
        else if (!strcmp(kv->key, "actorfile_list"))
            kdict_files_set_actors(files, dir, vv);
        else if (!strcmp(kv->key, "agentfile_name"))
            set_file(&files->agents, dir, vv);
        else if (!strcmp(kv->key, "discardfile_name"))
            set_file(&files->discards, dir, vv);
        else if (!strcmp(kv->key, "issuefile_name"))
            set_file(&files->issues, dir, vv);
    } else if (!strcasecmp(kv->section, "Options") && opts) {
        if (opt_set(opts, kv->key, vv) < 0) {
            kloc l = {path, kv->line, 0, NULL};
            kdiag_report(d, KD_ERROR, &l, "expected %s for option '%s' near '%s'",
                         !strcmp(kv->key, "require_dyad") ? "true or false" : "a non-negative integer",
                         kv->key, vv);
            *rc = -1;
        }
    }
    free(vv);
}

int kdict_config_read(const char *path, kdict_files *files, kcoder_opts *opts, kdiag *d)
{
    kdict_files_free(files);
    kdreader r;
    if (kdr_open(&r, path, "config", 1, d) < 0)
        return -1;
    r.hash_only = 1;
    inikv *kv = NULL;
    size_t nkv = 0, capkv = 0;
    char section[64] = "";
    int rc = 0, open_kv = 0;
    while (kdr_next(&r)) {
        const char *s = r.s, *q = s;
        while (kd_isblank((unsigned char)*q))
            q++;
        if (*q == ';')
            continue;
        if (q > s && open_kv && *q != '[') { /* continuation of the value */
            kbuf_putc(&kv[nkv - 1].val, ' ');
            kbuf_puts(&kv[nkv - 1].val, q);
            continue;
        }
        open_kv = 0;
        if (*q == '[') {
            const char *e = strchr(q, ']');
            if (!e || (size_t)(e - q - 1) >= sizeof section) {
                kloc l = {path, r.lineno, (int)(q - s) + 1, NULL};
                kdiag_report(d, KD_ERROR, &l, "expected ']' closing the section name near '%s'", q);
                rc = -1;
                section[0] = 0;
            } else {
                snprintf(section, sizeof section, "%.*s", (int)(e - q - 1), q + 1);
            }
            continue;
        }
        const char *eq = strpbrk(q, "=:");
        if (!eq || eq == q) {
            kloc l = {path, r.lineno, (int)(q - s) + 1, NULL};
            kdiag_report(d, KD_ERROR, &l, "expected 'name = value' near '%s'", q);
            rc = -1;
            continue;
        }
        const char *k = q;
        size_t kn = (size_t)(eq - q);
        kd_trim(&k, &kn);
        XGROW(kv, capkv, nkv + 1);
        inikv *x = &kv[nkv++];
        snprintf(x->section, sizeof x->section, "%s", section);
        x->key = xstrndup(k, kn);
        for (char *c = x->key; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        kbuf_init(&x->val);
        kbuf_puts(&x->val, eq + 1);
        x->line = r.lineno;
        open_kv = 1;
    }
    kdr_close(&r);
    char *dir = NULL;
    const char *slash = strrchr(path, '/');
    if (slash)
        dir = xstrndup(path, (size_t)(slash - path) + 1);
    int have_dict = 0;
    for (size_t i = 0; i < nkv; i++) {
        apply_kv(&kv[i], path, dir, files, opts, d, &have_dict, &rc);
        free(kv[i].key);
        kbuf_free(&kv[i].val);
    }
    free(kv);
    free(dir);
    if (!have_dict && rc == 0) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "expected a [Dictionaries] section naming the dictionary files");
        rc = -1;
    }
    return rc;
}

/* --- the set ------------------------------------------------------------ */

kdictset *kdictset_load(const kdict_files *f, int strict, kdiag *d)
{
    kdictset *s = xcalloc(1, sizeof *s);
    s->in = kintern_new();
    s->actors = kactors_new(s->in);
    s->agents = kagents_new(s->in);
    s->discards = kdiscards_new();
    s->issues = kissues_new(s->in);
    int bad = 0, r;
    if (f->verbs) {
        s->verbs = kverbs_load(f->verbs, s->in, strict, d);
        if (!s->verbs)
            bad = 1;
    }
    for (int i = 0; i < f->nactors; i++) {
        if ((r = kactors_read(s->actors, f->actors[i], strict, d)) < 0)
            bad = 1;
        else
            s->nskipped += r;
    }
    if (f->agents) {
        if ((r = kagents_read(s->agents, f->agents, strict, d)) < 0)
            bad = 1;
        else
            s->nskipped += r;
    }
    if (f->discards) {
        if ((r = kdiscards_read(s->discards, f->discards, strict, d)) < 0)
            bad = 1;
        else
            s->nskipped += r;
    }
    if (f->issues) {
        if ((r = kissues_read(s->issues, f->issues, strict, d)) < 0)
            bad = 1;
        else
            s->nskipped += r;
    }
    if (bad) {
        kdictset_free(s);
        return NULL;
    }
    return s;
}

void kdictset_free(kdictset *s)
{
    if (!s)
        return;
    kverbs_free(s->verbs);
    kactors_free(s->actors);
    kagents_free(s->agents);
    kdiscards_free(s->discards);
    kissues_free(s->issues);
    kintern_free(s->in);
    free(s);
}

int kdictset_word(const kdictset *s, const char *key)
{
    if (!s || !key)
        return 0;
    return kintern_find(s->in, key, strlen(key));
}

void kdictset_stats(const kdictset *s, kdict_stats *st)
{
    memset(st, 0, sizeof *st);
    if (!s)
        return;
    kactors_stats(s->actors, st);
    kagents_stats(s->agents, st);
    kdiscards_stats(s->discards, st);
    kissues_stats(s->issues, st);
    st->skipped = s->nskipped;
    st->strings = kintern_count(s->in);
}

int kdictset_check(const kdictset *s, kdiag *d)
{
    if (!s)
        return 0;
    return kactors_check(s->actors, d) + kagents_check(s->agents, d);
}
