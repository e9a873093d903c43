/* actorcode.h: CAMEO actor codes split into their parts.
 *
 * A CAMEO actor code is a string of 3-letter chunks: "LBYGOV" (Libya,
 * government), "USAMILREB", "IGOUNOHRIHCH" (IGO, United Nations, human
 * rights, UNHCR), "NGOHRIAMN", "---" (no actor).  kactor_parse splits it the
 * way Phoenix does (entity / primary role / attributes) and fills the GDELT
 * actor columns (country, known group, religion, ethnic, type codes).
 *
 * A leading "---" (PETRARCH's "no country", as in "---GOV") is skipped.
 * Rules: the first chunk is a country when it is an ISO 3166-1 alpha-3 code
 * or one of CAMEO's historical/territory codes (KOS WSB GZS DDR USR YUG CSK
 * ROM ZAR TMP); an organisation kind (IGO NGO NGM IMG MNC UIS); or a region
 * (AFR EUR MEA WST ...).  After IGO/NGO/... the first chunk that is not a
 * region or role names the known group ("UNO").  Later chunks that are CAMEO
 * type codes (GOV MIL REB ...) are roles: the first is the primary role, the
 * rest secondary roles; religion codes (CHR MOS JEW ...) fill religion1/2;
 * anything else is kept as an attribute (ethnic or unknown) and the first
 * such chunk is reported as ethnic. */
#ifndef KH_ACTORCODE_H
#define KH_ACTORCODE_H

#define KACTOR_MAXROLES 4

typedef struct kactor {
    char code[64];           /* the code as given (truncated), "" for none */
    char country[4];         /* "LBY"; "" when the actor has no country */
    char kind[4];            /* "IGO", "NGO", "NGM", "IMG", "MNC", "UIS" or "" */
    char group[4];           /* known group after kind ("UNO") or "" */
    char region[4];          /* region chunk ("EUR") or "" */
    char entity[8];          /* Phoenix entity: country, kind+group, kind or region */
    char role[4];            /* primary role ("GOV") or "" */
    char roles[KACTOR_MAXROLES][4]; /* secondary roles, in order */
    int nroles;
    char religion[2][4];     /* up to two religion codes */
    char ethnic[4];          /* first unrecognised chunk (ethnic group) */
    char attrs[64];          /* Phoenix attribute: chunks after the primary
                                role, concatenated ("REB" in USAMILREB) */
} kactor;

/* Parse code into *out.  Returns 1 when the code names an actor, 0 for NULL,
 * "", "---" or a code that is not a sequence of 3-letter uppercase chunks
 * (out is then all empty except code).  Never fails otherwise. */
int kactor_parse(const char *code, kactor *out);

/* 1 when c (3 chars, need not be NUL-terminated after them) is a country
 * code known to kactor_parse. */
int kactor_is_country(const char *c);

#endif
