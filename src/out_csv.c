/* out_csv.c: CSV with a header row (RFC 4180), one row per record: the
 * event, its CAMEO/PLOVER metadata, parsed actors, counts and provenance. */
#include "actorcode.h"
#include "cameo.h"
#include "geo.h"
#include "sink.h"

static const char *const cols[] = {
    "event_id", "date", "source", "source_country", "source_role",
    "target", "target_country", "target_role", "code", "name", "root", "base",
    "quad_class", "goldstein", "plover", "plover_mode", "mentions", "sources",
    "articles", "story_id", "sentence_id", "source_text", "target_text",
    "verb_text", "issues", "news_source", "url", "geo_type", "geo_name", "geo_country",
    "geo_adm1", "geo_lat", "geo_lon", "geo_rule", "sentence", NULL,
};

static int csv_begin(kfmt_ctx *c)
{
    if (c->opts->header == 0)
        return 0;
    for (int i = 0; cols[i]; i++)
        fprintf(c->out, "%s%s", i ? "," : "", cols[i]);
    fputs("\r\n", c->out);
    return 0;
}

static void put(FILE *f, const char *s)
{
    putc(',', f);
    ksink_put_csv(f, s);
}

static int csv_record(kfmt_ctx *c, const krecord *r)
{
    FILE *f = c->out;
    const kevent *e = r->ev;
    const kstory_meta *m = r->meta[0];
    kcameo_info ci;
    kactor sa, ta;
    int known = kcameo_lookup(e->code, c->opts->goldstein, &ci);
    kactor_parse(e->source, &sa);
    kactor_parse(e->target, &ta);
    fprintf(f, "%lld,%d", r->id, e->date);
    put(f, e->source);
    put(f, sa.country[0] ? sa.country : sa.entity);
    put(f, sa.role);
    put(f, e->target);
    put(f, ta.country[0] ? ta.country : ta.entity);
    put(f, ta.role);
    put(f, e->code);
    put(f, ci.name);
    put(f, ci.root);
    put(f, ci.base);
    if (ci.quad_class)
        fprintf(f, ",%d", ci.quad_class);
    else
        fputs(",", f);
    if (known && ci.has_goldstein)
        fprintf(f, ",%.1f", ci.goldstein);
    else
        fputs(",", f);
    put(f, ci.plover);
    put(f, ci.plover_mode);
    fprintf(f, ",%d,%d,%d", r->nmentions, r->nsources, r->narticles);
    put(f, e->story_id);
    put(f, e->sentence_id);
    put(f, e->source_text);
    put(f, e->target_text);
    put(f, e->verb_text);
    put(f, e->issues);
    put(f, m ? m->source : NULL);
    put(f, m ? m->url : NULL);
    kgeo_actiongeo g;
    if (ksink_geo(c, e, m, &g)) {
        fprintf(f, ",%d", g.type);
        put(f, g.name);
        put(f, g.country);
        put(f, g.adm1);
        fprintf(f, ",%.4f,%.4f", g.lat, g.lon);
        put(f, g.rule);
    } else
        fputs(",0,,,,,,", f);
    put(f, e->sentence);
    fputs("\r\n", f);
    return 0;
}

const ksink_fmt kfmt_csv = {
    "csv", "CSV with a header row: event, metadata, actors, counts, provenance",
    0, csv_begin, csv_record, NULL,
};
