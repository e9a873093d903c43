/* out_gdelt.c: GDELT 2.0 Events (61 tab-separated columns, the layout of a
 * GDELT *.export.CSV file, no header) and the matching Mentions file (16
 * columns, one row per mention of every record).
 *
 * Khaldun's choices where GDELT's values have no equivalent here:
 *  - GLOBALEVENTID is the record id (1-based, in output order);
 *  - DATEADDED and the mention timestamps are the story date at 000000
 *    (deterministic output; GDELT uses its 15-minute crawl time);
 *  - Actor names are the words that gave the actor, upper-cased;
 *  - IsRootEvent is 1 when the first mention is in the story's first
 *    sentence (sentence id ending in 1);
 *  - ActionGeo from geo.h (sentence place names, dateline, actor country):
 *    CountryCode is ISO 3166 alpha-2 (GDELT uses FIPS 10-4), ADM1 is the
 *    country code + GeoNames admin1 code, FeatureID the GeoNames id;
 *    Actor1Geo and Actor2Geo are empty (Geo_Type 0);
 *  - AvgTone, ADM2, char offsets (-1), Confidence, DocLen and DocTone are
 *    not computed and left empty;
 *  - MentionType is 1 (WEB) when the story's URL starts with http, else 2
 *    (CITATIONONLY) with the story id as identifier. */
#include "actorcode.h"
#include "cameo.h"
#include "geo.h"
#include "sink.h"

#include <ctype.h>
#include <string.h>

static void tab(FILE *f, const char *s)
{
    putc('\t', f);
    ksink_put_tsv(f, s);
}

static void upper(FILE *f, const char *s)
{
    putc('\t', f);
    if (!s)
        return;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        putc(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : toupper(ch), f);
    }
}

static void actor(FILE *f, const char *code, const char *text)
{
    kactor a;
    int ok = kactor_parse(code, &a);
    tab(f, ok ? a.code + (strncmp(a.code, "---", 3) ? 0 : 3) : "");  /* GDELT has no "---" */
    upper(f, ok ? text : NULL);
    tab(f, a.country);
    tab(f, a.group[0] ? a.group : a.kind);
    tab(f, a.ethnic);
    tab(f, a.religion[0]);
    tab(f, a.religion[1]);
    tab(f, a.role);
    tab(f, a.nroles > 0 ? a.roles[0] : "");
    tab(f, a.nroles > 1 ? a.roles[1] : "");
}

static void geo_empty(FILE *f)
{
    fputs("\t0\t\t\t\t\t\t\t", f);   /* Type FullName CC ADM1 ADM2 Lat Long FeatureID */
}

static void geo_put(FILE *f, const kgeo_actiongeo *g)
{
    if (!g->type) {
        geo_empty(f);
        return;
    }
    fprintf(f, "\t%d", g->type);
    tab(f, g->name);
    tab(f, g->country);
    tab(f, g->adm1);
    putc('\t', f);                      /* ADM2 */
    fprintf(f, "\t%.4f\t%.4f", g->lat, g->lon);
    tab(f, g->feature_id);
}

static const char *url_of(const krecord *r, int i)
{
    const kstory_meta *m = r->meta[i];
    if (m && m->url && *m->url)
        return m->url;
    return r->mentions[i]->story_id;
}

static int gd_record(kfmt_ctx *c, const krecord *r)
{
    FILE *f = c->out;
    const kevent *e = r->ev;
    kcameo_info ci;
    int known = kcameo_lookup(e->code, c->opts->goldstein, &ci);
    int d = e->date, y = d / 10000, mo = d / 100 % 100, dd = d % 100;
    fprintf(f, "%lld\t%d\t%d\t%d\t%.4f", r->id, d, d / 100, y, y + (mo * 30 + dd) / 365.0);
    actor(f, e->source, e->source_text);
    actor(f, e->target, e->target_text);
    fprintf(f, "\t%d", ksink_sentence_no(e->sentence_id) == 1);
    tab(f, e->code);
    tab(f, ci.base);
    tab(f, ci.root);
    if (ci.quad_class)
        fprintf(f, "\t%d", ci.quad_class);
    else
        putc('\t', f);
    if (known && ci.has_goldstein)
        fprintf(f, "\t%.1f", ci.goldstein);
    else
        putc('\t', f);
    fprintf(f, "\t%d\t%d\t%d\t", r->nmentions, r->nsources, r->narticles); /* + AvgTone */
    kgeo_actiongeo g;
    ksink_geo(c, e, r->meta[0], &g);
    geo_empty(f);                         /* Actor1Geo */
    geo_empty(f);                         /* Actor2Geo */
    geo_put(f, &g);                       /* ActionGeo */
    fprintf(f, "\t%d000000", d);
    tab(f, url_of(r, 0));
    putc('\n', f);

    FILE *m = c->mentions;
    if (!m)
        return 0;
    for (int i = 0; i < r->nmentions; i++) {
        const kevent *x = r->mentions[i];
        const kstory_meta *meta = r->meta[i];
        const char *u = url_of(r, i);
        int web = meta && meta->url && !strncmp(meta->url, "http", 4);
        int md = meta && meta->date ? meta->date : x->date;
        fprintf(m, "%lld\t%d000000\t%d000000\t%d", r->id, d, md, web ? 1 : 2);
        tab(m, meta ? meta->source : NULL);
        tab(m, u);
        fprintf(m, "\t%d\t-1\t-1\t-1\t1\t\t\t\t\t\n", ksink_sentence_no(x->sentence_id));
    }
    return 0;
}

const ksink_fmt kfmt_gdelt = {
    "gdelt", "GDELT 2.0 Events, 61 tab-separated columns, plus a 16-column Mentions file",
    1, NULL, gd_record, NULL,
};
