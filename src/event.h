/* event.h: a coded event, the coder's output and every sink's input.
 * Codes are opaque strings (interned in the dictionary set, so they outlive
 * the event); texts live in the arena of the sentence that produced them. */
#ifndef KH_EVENT_H
#define KH_EVENT_H

typedef struct kevent {
    const char *story_id;
    const char *sentence_id;
    int date;                 /* YYYYMMDD */
    const char *source;       /* actor code, "---" for null */
    const char *target;
    const char *code;         /* event code as in the verb dictionary */
    const char *sentence;     /* sentence text */
    const char *source_text;  /* words that gave the source */
    const char *target_text;
    const char *verb_text;    /* the verb (phrase) */
    const char *pattern;      /* pattern text as written in the dictionary */
    const char *pattern_file; /* dictionary file of the pattern (or verb) */
    int pattern_line;         /* 1-based line of it, 0 when unknown */
    const char *issues;       /* "CODE n, CODE n" or NULL */
    const char *source_resolved; /* how a resolved source was found (story
                                    context), NULL when found in the sentence */
    const char *target_resolved;
    /* ActionGeo (src/geo.h, kgeo_event); strings owned by the gazetteer.
     * geo_type NULL: not geolocated (no gazetteer, or no rule applied). */
    const char *geo_name;     /* place name as in GeoNames ("Tripoli"), or
                                 the country's name for a centroid */
    const char *geo_country;  /* ISO 3166-1 alpha-2 ("LY"; Kosovo "XK") */
    const char *geo_fips;     /* FIPS 10-4, GDELT's ActionGeo_CountryCode
                                 ("LE" for Lebanon), "" when none */
    const char *geo_adm1;     /* GeoNames admin1 "LY.77", "" when unknown */
    double geo_lat, geo_lon;  /* WGS84 degrees */
    const char *geo_type;     /* "city" or "country" (centroid) */
    const char *geo_rule;     /* "sentence", "dateline" or "actor_country" */
    int geo_done;             /* 1: geolocation ran (kgeo_event, or the geo_*
                                 fields were read back from JSON): geo_rule
                                 NULL then means no rule applied, and writers
                                 must not locate the event again */
} kevent;

#endif
