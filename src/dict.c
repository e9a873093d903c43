/* dict.c: dictionary set loading and the PETRARCH2 config reader.
 * (stub implementation: API only; readers follow) */
#include "dict.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

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

void kdict_files_set_actors(kdict_files *f, const char *dir, const char *list)
{
    (void)f; (void)dir; (void)list;
}

int kdict_config_read(const char *path, kdict_files *files, kcoder_opts *opts, kdiag *d)
{
    (void)path; (void)files; (void)opts; (void)d;
    return -1;
}

kdictset *kdictset_load(const kdict_files *f, int strict, kdiag *d)
{
    (void)f; (void)strict; (void)d;
    return NULL;
}

void kdictset_free(kdictset *s)
{
    if (!s)
        return;
    kverbs_free(s->verbs);
    kintern_free(s->in);
    free(s);
}

int kdictset_word(const kdictset *s, const char *key)
{
    return kintern_find(s->in, key, strlen(key));
}

void kdictset_stats(const kdictset *s, kdict_stats *st)
{
    (void)s;
    memset(st, 0, sizeof *st);
}

int kactors_match(const kactors *a, const ktok *tok, int ntok, int i, int date, kactor_hit *hit)
{ (void)a; (void)tok; (void)ntok; (void)i; (void)date; (void)hit; return 0; }
int kactors_match_ids(const kactors *a, const int *ids, int n, int i, int date, kactor_hit *hit)
{ (void)a; (void)ids; (void)n; (void)i; (void)date; (void)hit; return 0; }
int kactors_lookup(const kactors *a, const char *text, int date, kactor_hit *hit)
{ (void)a; (void)text; (void)date; (void)hit; return 0; }
int kactors_code_at(const kactors *a, int entry, int date)
{ (void)a; (void)entry; (void)date; return 0; }
int kactors_count(const kactors *a) { (void)a; return 0; }
int kagents_match(const kagents *a, const ktok *tok, int ntok, int i, kagent_hit *hit)
{ (void)a; (void)tok; (void)ntok; (void)i; (void)hit; return 0; }
int kagents_match_ids(const kagents *a, const int *ids, int n, int i, kagent_hit *hit)
{ (void)a; (void)ids; (void)n; (void)i; (void)hit; return 0; }
int kagents_lookup(const kagents *a, const char *text, kagent_hit *hit)
{ (void)a; (void)text; (void)hit; return 0; }
int kdiscards_check(const kdiscards *d, const char *text, const char **which)
{ (void)d; (void)text; if (which) *which = NULL; return 0; }
int kissues_match(const kissues *is, const char *text, kissue_count *out, int max)
{ (void)is; (void)text; (void)out; (void)max; return 0; }
