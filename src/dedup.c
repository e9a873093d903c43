/* dedup.c: one-a-day and per-story deduplication with mention counts
 * (see dedup.h).  Mentions are copied into an arena; groups are found
 * through an open-addressing hash table on (date, source, target, code
 * [, story]). */
#include "dedup.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct mention {
    kevent ev;
    const kstory_meta *meta;
    size_t next;                /* next mention of the group, or SIZE_MAX */
} mention;

typedef struct group {
    size_t first, last;
    int n;
    uint32_t hash;
} group;

struct kdedup {
    int mode;
    long long next_id;
    karena arena;
    mention *m;
    size_t nm, capm;
    group *g;
    size_t ng, capg;
    size_t *slot;               /* hash slots: group index + 1, 0 = empty */
    size_t nslot;
    kstory_meta **metas;        /* copies, by story id (linear cache) */
    size_t nmeta, capmeta;
    const kstory_meta *last_meta_in, *last_meta_out;
};

int kdedup_parse_mode(const char *s)
{
    if (!s)
        return -1;
    if (!strcmp(s, "none"))
        return KDEDUP_NONE;
    if (!strcmp(s, "story"))
        return KDEDUP_STORY;
    if (!strcmp(s, "day"))
        return KDEDUP_DAY;
    return -1;
}

const char *kdedup_mode_name(int mode)
{
    return mode == KDEDUP_STORY ? "story" : mode == KDEDUP_DAY ? "day" : "none";
}

kdedup *kdedup_new(int mode)
{
    kdedup *d = xcalloc(1, sizeof *d);
    d->mode = mode;
    d->next_id = 1;
    karena_init(&d->arena);
    return d;
}

void kdedup_free(kdedup *d)
{
    if (!d)
        return;
    karena_free(&d->arena);
    free(d->m);
    free(d->g);
    free(d->slot);
    free(d->metas);
    free(d);
}

size_t kdedup_pending(const kdedup *d)
{
    return d->ng;
}

static const char *dup(karena *a, const char *s)
{
    return s ? karena_strdup(a, s) : NULL;
}

static uint32_t hstr(uint32_t h, const char *s)
{
    for (s = s ? s : ""; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return (h ^ 0xff) * 16777619u;   /* field separator */
}

static int eq(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

static uint32_t key_hash(const kdedup *d, const kevent *e)
{
    uint32_t h = 2166136261u;
    h = (h ^ (uint32_t)e->date) * 16777619u;
    h = hstr(h, e->source);
    h = hstr(h, e->target);
    h = hstr(h, e->code);
    if (d->mode == KDEDUP_STORY)
        h = hstr(h, e->story_id);
    return h;
}

static int key_eq(const kdedup *d, const kevent *a, const kevent *b)
{
    return a->date == b->date && eq(a->source, b->source) && eq(a->target, b->target)
        && eq(a->code, b->code) && (d->mode != KDEDUP_STORY || eq(a->story_id, b->story_id));
}

static void rehash(kdedup *d)
{
    size_t n = d->nslot ? d->nslot * 2 : 1024;
    free(d->slot);
    d->slot = xcalloc(n, sizeof *d->slot);
    d->nslot = n;
    for (size_t i = 0; i < d->ng; i++) {
        size_t j = d->g[i].hash & (n - 1);
        while (d->slot[j])
            j = (j + 1) & (n - 1);
        d->slot[j] = i + 1;
    }
}

static const kstory_meta *copy_meta(kdedup *d, const kstory_meta *m)
{
    if (!m)
        return NULL;
    if (m == d->last_meta_in && d->last_meta_out && eq(m->id, d->last_meta_out->id))
        return d->last_meta_out;
    for (size_t i = d->nmeta; i-- > 0;)
        if (eq(d->metas[i]->id, m->id)) {
            d->last_meta_in = m;
            return d->last_meta_out = d->metas[i];
        }
    kstory_meta *c = karena_alloc(&d->arena, sizeof *c);
    c->id = dup(&d->arena, m->id);
    c->date = m->date;
    c->source = dup(&d->arena, m->source);
    c->url = dup(&d->arena, m->url);
    c->title = dup(&d->arena, m->title);
    c->dateline = dup(&d->arena, m->dateline);
    XGROW(d->metas, d->capmeta, d->nmeta + 1);
    d->metas[d->nmeta++] = c;
    d->last_meta_in = m;
    return d->last_meta_out = c;
}

void kdedup_add(kdedup *d, const kevent *ev, const kstory_meta *m)
{
    karena *a = &d->arena;
    XGROW(d->m, d->capm, d->nm + 1);
    size_t mi = d->nm++;
    mention *x = &d->m[mi];
    kevent *e = &x->ev;
    *e = *ev;
    e->story_id = dup(a, ev->story_id);
    e->sentence_id = dup(a, ev->sentence_id);
    e->source = dup(a, ev->source);
    e->target = dup(a, ev->target);
    e->code = dup(a, ev->code);
    e->sentence = dup(a, ev->sentence);
    e->source_text = dup(a, ev->source_text);
    e->target_text = dup(a, ev->target_text);
    e->verb_text = dup(a, ev->verb_text);
    e->pattern = dup(a, ev->pattern);
    e->pattern_file = dup(a, ev->pattern_file);
    e->issues = dup(a, ev->issues);
    e->source_resolved = dup(a, ev->source_resolved);
    e->target_resolved = dup(a, ev->target_resolved);
    e->geo_name = dup(a, ev->geo_name);      /* gazetteer strings, or a JSON reader's */
    e->geo_country = dup(a, ev->geo_country);
    e->geo_fips = dup(a, ev->geo_fips);
    e->geo_adm1 = dup(a, ev->geo_adm1);
    e->geo_type = dup(a, ev->geo_type);
    e->geo_rule = dup(a, ev->geo_rule);
    x->meta = copy_meta(d, m);
    x->next = SIZE_MAX;

    if (d->mode != KDEDUP_NONE) {
        if ((d->ng + 1) * 2 > d->nslot)
            rehash(d);
        uint32_t h = key_hash(d, e);
        size_t j = h & (d->nslot - 1);
        while (d->slot[j]) {
            group *g = &d->g[d->slot[j] - 1];
            if (g->hash == h && key_eq(d, &d->m[g->first].ev, e)) {
                d->m[g->last].next = mi;
                g->last = mi;
                g->n++;
                return;
            }
            j = (j + 1) & (d->nslot - 1);
        }
        d->slot[j] = d->ng + 1;
        XGROW(d->g, d->capg, d->ng + 1);
        d->g[d->ng++] = (group){mi, mi, 1, h};
        return;
    }
    XGROW(d->g, d->capg, d->ng + 1);
    d->g[d->ng++] = (group){mi, mi, 1, 0};
}

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int distinct(const char **v, int n)
{
    if (n <= 1)
        return n;
    qsort(v, (size_t)n, sizeof *v, cmpstr);
    int k = 1;
    for (int i = 1; i < n; i++)
        if (strcmp(v[i], v[i - 1]))
            k++;
    return k;
}

int kdedup_flush(kdedup *d, kdedup_emit_fn fn, void *ud)
{
    const kevent **evs = NULL;
    const kstory_meta **metas = NULL;
    const char **keys = NULL;
    size_t cap = 0, cap2 = 0, cap3 = 0;
    int rc = 0;
    for (size_t gi = 0; gi < d->ng && !rc; gi++) {
        group *g = &d->g[gi];
        XGROW(evs, cap, (size_t)g->n);
        XGROW(metas, cap2, (size_t)g->n);
        XGROW(keys, cap3, (size_t)g->n);
        int k = 0;
        for (size_t mi = g->first; mi != SIZE_MAX; mi = d->m[mi].next, k++) {
            evs[k] = &d->m[mi].ev;
            metas[k] = d->m[mi].meta;
        }
        krecord r = {0};
        r.id = d->next_id++;
        r.ev = evs[0];
        r.mentions = evs;
        r.meta = metas;
        r.nmentions = g->n;
        for (int i = 0; i < k; i++)
            keys[i] = evs[i]->story_id ? evs[i]->story_id : "";
        r.narticles = distinct(keys, k);
        for (int i = 0; i < k; i++)
            keys[i] = metas[i] && metas[i]->source && *metas[i]->source ? metas[i]->source
                    : evs[i]->story_id ? evs[i]->story_id : "";
        r.nsources = distinct(keys, k);
        rc = fn(ud, &r);
    }
    free(evs);
    free(metas);
    free(keys);
    d->nm = d->ng = d->nmeta = 0;
    d->last_meta_in = d->last_meta_out = NULL;
    if (d->slot)
        memset(d->slot, 0, d->nslot * sizeof *d->slot);
    karena_reset(&d->arena);
    return rc;
}
