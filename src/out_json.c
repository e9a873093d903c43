/* out_json.c: the JSON Lines event writer (see out.h). */
#include "out.h"
#include "cameo.h"
#include "geo.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string of s; invalid UTF-8 bytes become '?' (jansson refuses them). */
static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    char *c = xstrdup(s);
    for (unsigned char *p = (unsigned char *)c; *p; p++)
        if (*p >= 0x80)
            *p = '?';
    j = json_string(c);
    free(c);
    return j ? j : json_null();
}

/* s with every run of white space made one blank, trimmed. */
static json_t *jtext(const char *s)
{
    if (!s)
        return json_null();
    kbuf b;
    kbuf_init(&b);
    int sp = 0;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            sp = b.len > 0;
            continue;
        }
        if (sp)
            kbuf_putc(&b, ' ');
        sp = 0;
        kbuf_putc(&b, *p);
    }
    json_t *j = jstr(b.s);
    kbuf_free(&b);
    return j;
}

static const char *base_name(const char *p)
{
    const char *s = p ? strrchr(p, '/') : NULL;
    return s ? s + 1 : p;
}

/* Round to 1e-5 degrees (about 1 m) so the text form is short and stable. */
static json_t *jdeg(double v)
{
    char t[32];
    snprintf(t, sizeof t, "%.5f", v);
    return json_real(strtod(t, NULL));
}

void kout_json_line(kbuf *b, const kevent *e, const char *news_source)
{
    kout_json_line_ex(b, e, news_source, NULL, KCAMEO_GS_GDELT);
}

void kout_json_line_ex(kbuf *b, const kevent *e, const char *news_source, const char *dateline, int goldstein)
{
    json_t *o = json_object();
    json_object_set_new(o, "story_id", jstr(e->story_id));
    json_object_set_new(o, "sentence_id", jstr(e->sentence_id));
    if (e->date > 0) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", e->date / 10000, e->date / 100 % 100, e->date % 100);
        json_object_set_new(o, "date", json_string(d));
    } else
        json_object_set_new(o, "date", json_null());
    json_object_set_new(o, "source", jstr(e->source));
    json_object_set_new(o, "target", jstr(e->target));
    json_object_set_new(o, "code", jstr(e->code));
    json_object_set_new(o, "sentence", jtext(e->sentence));
    json_object_set_new(o, "pattern", jstr(e->pattern));
    if (e->pattern_file) {
        kbuf ps;
        kbuf_init(&ps);
        kbuf_printf(&ps, "%s:%d", base_name(e->pattern_file), e->pattern_line);
        json_object_set_new(o, "pattern_source", jstr(ps.s));
        kbuf_free(&ps);
    } else
        json_object_set_new(o, "pattern_source", json_null());
    json_object_set_new(o, "pattern_file", jstr(e->pattern_file));
    json_object_set_new(o, "pattern_line", e->pattern_line > 0 ? json_integer(e->pattern_line) : json_null());
    json_object_set_new(o, "source_text", jtext(e->source_text));
    json_object_set_new(o, "target_text", jtext(e->target_text));
    json_object_set_new(o, "verb_text", jtext(e->verb_text));
    json_object_set_new(o, "issues", jstr(e->issues));
    if (news_source)
        json_object_set_new(o, "news_source", jstr(news_source));
    if (e->source_resolved)
        json_object_set_new(o, "source_resolved", jstr(e->source_resolved));
    if (e->target_resolved)
        json_object_set_new(o, "target_resolved", jstr(e->target_resolved));
    /* CAMEO metadata (cameo.h) */
    kcameo_info ci;
    int known = kcameo_lookup(e->code, goldstein, &ci);
    json_object_set_new(o, "root", ci.root[0] ? json_string(ci.root) : json_null());
    json_object_set_new(o, "quad_class", ci.quad_class ? json_integer(ci.quad_class) : json_null());
    json_object_set_new(o, "goldstein", known && ci.has_goldstein ? json_real(ci.goldstein) : json_null());
    json_object_set_new(o, "plover", known && ci.plover && *ci.plover ? json_string(ci.plover) : json_null());
    /* ActionGeo: the pipeline's (kgeo_event, with the parse), else (unless
     * geolocation already ran and found nothing) located here from the texts
     * (kgeo_locate_text on the default gazetteer) */
    kgeo_place pl;
    memset(&pl, 0, sizeof pl);
    const char *gname = NULL, *gcountry = NULL, *gfips = NULL, *gadm1 = NULL, *gtype = NULL, *grule = NULL;
    double lat = 0, lon = 0;
    if (e->geo_rule) {
        gname = e->geo_name, gcountry = e->geo_country, gfips = e->geo_fips, gadm1 = e->geo_adm1;
        gtype = e->geo_type, grule = e->geo_rule, lat = e->geo_lat, lon = e->geo_lon;
    } else if (!e->geo_done) {
        const kgeo *g = kgeo_default(NULL);
        if (g && kgeo_locate_text(g, e->sentence, dateline, e->source, e->target, &pl) != KGEO_NONE) {
            gname = pl.name, gcountry = pl.country, gfips = pl.fips, gadm1 = pl.adm1;
            gtype = kgeo_type_name(pl.type), grule = kgeo_rule_name(pl.rule), lat = pl.lat, lon = pl.lon;
        }
    }
    json_object_set_new(o, "geo_name", jstr(gname));
    json_object_set_new(o, "geo_country", jstr(gcountry));
    json_object_set_new(o, "geo_fips", grule && gfips && *gfips ? jstr(gfips) : json_null());
    json_object_set_new(o, "geo_adm1", grule && gadm1 && *gadm1 ? jstr(gadm1) : json_null());
    json_object_set_new(o, "geo_lat", grule ? jdeg(lat) : json_null());
    json_object_set_new(o, "geo_lon", grule ? jdeg(lon) : json_null());
    json_object_set_new(o, "geo_type", jstr(gtype));
    json_object_set_new(o, "geo_rule", jstr(grule));
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    if (s) {
        kbuf_puts(b, s);
        free(s);
    }
    kbuf_putc(b, '\n');
    json_decref(o);
}
