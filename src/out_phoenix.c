/* out_phoenix.c: the Phoenix data set's 26-column tab-separated layout:
 *  1 EventID  2 Date (YYYYMMDD)  3 Year  4 Month  5 Day
 *  6 SourceActorFull  7 SourceActorEntity  8 SourceActorRole
 *  9 SourceActorAttribute  10 TargetActorFull  11 TargetActorEntity
 * 12 TargetActorRole  13 TargetActorAttribute  14 EventCode
 * 15 EventRootCode  16 PentaClass  17 GoldsteinScore  18 Issues  19 Lat
 * 20 Lon  21 LocationName  22 StateName  23 CountryCode  24 SentenceID
 * 25 URLs  26 NewsSources
 * No header row unless asked (Phoenix files have none).  URLs and
 * NewsSources list every distinct value over the record's mentions,
 * separated by ";".  Location from geo.h: LocationName "Tripoli, Libya",
 * StateName the ADM1 code ("LY77"), CountryCode ISO alpha-3 ("LBY"). */
#include "actorcode.h"
#include "cameo.h"
#include "geo.h"
#include "sink.h"

#include <string.h>

static const char *const cols[] = {
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull",
    "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole",
    "TargetActorAttribute", "EventCode", "EventRootCode", "PentaClass",
    "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName",
    "CountryCode", "SentenceID", "URLs", "NewsSources", NULL,
};

static int phx_begin(kfmt_ctx *c)
{
    if (c->opts->header != 1)
        return 0;
    for (int i = 0; cols[i]; i++)
        fprintf(c->out, "%s%s", i ? "\t" : "", cols[i]);
    putc('\n', c->out);
    return 0;
}

static void tab(FILE *f, const char *s)
{
    putc('\t', f);
    ksink_put_tsv(f, s);
}

static const char *actor_full(const char *code)
{
    return code && strcmp(code, "---") ? code : "";
}

/* Distinct values of field (0 url, 1 source) over the mentions, ";"-joined. */
static void joined(FILE *f, const krecord *r, int field)
{
    int first = 1;
    putc('\t', f);
    for (int i = 0; i < r->nmentions; i++) {
        const kstory_meta *m = r->meta[i];
        const char *v = m ? (field ? m->source : m->url) : NULL;
        if (!field && !v)
            v = r->mentions[i]->story_id;
        if (!v || !*v)
            continue;
        int seen = 0;
        for (int j = 0; j < i && !seen; j++) {
            const kstory_meta *p = r->meta[j];
            const char *w = p ? (field ? p->source : p->url) : NULL;
            if (!field && !w)
                w = r->mentions[j]->story_id;
            seen = w && !strcmp(v, w);
        }
        if (seen)
            continue;
        if (!first)
            putc(';', f);
        ksink_put_tsv(f, v);
        first = 0;
    }
}

static int phx_record(kfmt_ctx *c, const krecord *r)
{
    FILE *f = c->out;
    const kevent *e = r->ev;
    kcameo_info ci;
    kactor sa, ta;
    int known = kcameo_lookup(e->code, c->opts->goldstein, &ci);
    kactor_parse(e->source, &sa);
    kactor_parse(e->target, &ta);
    int d = e->date;
    fprintf(f, "%lld\t%d\t%d\t%d\t%d", r->id, d, d / 10000, d / 100 % 100, d % 100);
    tab(f, actor_full(e->source));
    tab(f, sa.entity);
    tab(f, sa.role);
    tab(f, sa.attrs);
    tab(f, actor_full(e->target));
    tab(f, ta.entity);
    tab(f, ta.role);
    tab(f, ta.attrs);
    tab(f, e->code);
    tab(f, ci.root);
    if (ci.penta_class >= 0)
        fprintf(f, "\t%d", ci.penta_class);
    else
        putc('\t', f);
    if (known && ci.has_goldstein)
        fprintf(f, "\t%.1f", ci.goldstein);
    else
        putc('\t', f);
    tab(f, e->issues);
    kgeo_actiongeo g;
    if (ksink_geo(c, e, r->meta[0], &g)) {
        fprintf(f, "\t%.4f\t%.4f", g.lat, g.lon);
        tab(f, g.name);
        tab(f, g.adm1);
        tab(f, g.country3);
    } else
        fputs("\t\t\t\t\t", f);  /* Lat Lon LocationName StateName CountryCode */
    tab(f, e->sentence_id);
    joined(f, r, 0);
    joined(f, r, 1);
    putc('\n', f);
    return 0;
}

const ksink_fmt kfmt_phoenix = {
    "phoenix", "Phoenix 26-column tab-separated events (no header)",
    0, phx_begin, phx_record, NULL,
};
