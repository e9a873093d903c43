/* geo.c: gazetteer lookup and the location rules (see geo.h).  The text
 * tables are parsed once, on first use, into arrays and a hash map from
 * lower-cased names to places. */
#include "geo.h"

#include "actorcode.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct city {
    const char *name;      /* points into the parsed copy */
    char cc[3];
    char adm1[8];
    char feature[8];
    char id[12];
    int lat, lon;          /* 1e-4 degrees */
    long pop;
} city;

typedef struct country {
    char cc[3], cc3[4];
    int lat, lon;
    const char *name;
    char *aliases;         /* "Russia;..." */
} country;

typedef struct entry {     /* hash entry: a name and its places */
    char *key;             /* lower-cased */
    int first;             /* head of the list in next[] (cities: >= 0,
                              countries: -(index + 1)) */
} entry;

static struct {
    int ready;
    char *cbuf, *kbuf;
    city *cities;
    int ncity;
    country *countries;
    int ncountry;
    entry *tab;
    size_t cap;
    int *next;             /* next place with the same name, -1 = end; by
                              slot: cities 0..ncity-1, countries after */
    int maxwords;
} G;

static size_t hash(const char *s)
{
    size_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static void lower(char *d, const char *s, size_t n)
{
    size_t i = 0;
    for (; s[i] && i + 1 < n; i++)
        d[i] = (char)tolower((unsigned char)s[i]);
    d[i] = '\0';
}

/* slot: city index, or ncity + country index */
static void add_name(const char *name, int slot)
{
    char key[160];
    lower(key, name, sizeof key);
    if (!key[0])
        return;
    int words = 1;
    for (const char *p = key; *p; p++)
        words += *p == ' ';
    if (words > G.maxwords)
        G.maxwords = words;
    size_t j = hash(key) & (G.cap - 1);
    while (G.tab[j].key) {
        if (!strcmp(G.tab[j].key, key)) {
            /* append, avoiding a duplicate (name == folded name) */
            int k = G.tab[j].first;
            for (;;) {
                if (k == slot)
                    return;
                if (G.next[k] < 0)
                    break;
                k = G.next[k];
            }
            G.next[k] = slot;
            return;
        }
        j = (j + 1) & (G.cap - 1);
    }
    G.tab[j].key = xstrdup(key);
    G.tab[j].first = slot;
}

static const entry *find(const char *key)
{
    size_t j = hash(key) & (G.cap - 1);
    while (G.tab[j].key) {
        if (!strcmp(G.tab[j].key, key))
            return &G.tab[j];
        j = (j + 1) & (G.cap - 1);
    }
    return NULL;
}

/* Split s at '|' into at most n fields (in place). */
static int fields(char *s, char **f, int n)
{
    int k = 0;
    f[k++] = s;
    for (; *s && k < n; s++)
        if (*s == '|') {
            *s = '\0';
            f[k++] = s + 1;
        }
    return k;
}

/* "New York City" is also "New York", unless that names a country
 * ("Mexico City", "Kuwait City"). */
static void city_alias(const char *name, int slot)
{
    size_t n = strlen(name);
    if (n <= 5 || strcmp(name + n - 5, " City"))
        return;
    char base[160];
    if (n - 5 >= sizeof base)
        return;
    memcpy(base, name, n - 5);
    base[n - 5] = '\0';
    for (int i = 0; i < G.ncountry; i++)
        if (!strcmp(G.countries[i].name, base))
            return;
    add_name(base, slot);
}

static const country *by2[26 * 26], *by3[26 * 26 * 26];
static int code_ix(const char *c, int n);

static void init(void)
{
    if (G.ready)
        return;
    G.ready = 1;
    G.cbuf = xstrdup(kgeo_cities);
    G.kbuf = xstrdup(kgeo_countries);
    G.cities = xcalloc((size_t)kgeo_ncities + 1, sizeof *G.cities);
    int nlines = 0;
    for (const char *p = kgeo_countries; *p; p++)
        nlines += *p == '\n';
    G.countries = xcalloc((size_t)nlines + 1, sizeof *G.countries);
    size_t nslots = (size_t)kgeo_ncities + (size_t)nlines;
    G.next = xmalloc(nslots * sizeof *G.next);
    for (size_t i = 0; i < nslots; i++)
        G.next[i] = -1;
    G.cap = 1;
    while (G.cap < nslots * 4)
        G.cap <<= 1;
    G.tab = xcalloc(G.cap, sizeof *G.tab);

    char *line = G.kbuf, *nl;
    while ((nl = strchr(line, '\n'))) {
        *nl = '\0';
        char *f[6];
        if (fields(line, f, 6) == 6 && G.ncountry < nlines) {
            country *c = &G.countries[G.ncountry];
            snprintf(c->cc, sizeof c->cc, "%s", f[0]);
            snprintf(c->cc3, sizeof c->cc3, "%s", f[1]);
            c->lat = atoi(f[2]);
            c->lon = atoi(f[3]);
            c->name = f[4];
            c->aliases = f[5];
            G.ncountry++;
        }
        line = nl + 1;
    }
    line = G.cbuf;
    while ((nl = strchr(line, '\n')) && G.ncity < kgeo_ncities) {
        *nl = '\0';
        char *f[9];
        if (fields(line, f, 9) == 9) {
            city *c = &G.cities[G.ncity];
            c->name = f[0];
            snprintf(c->cc, sizeof c->cc, "%s", f[2]);
            snprintf(c->adm1, sizeof c->adm1, "%s", f[3]);
            snprintf(c->feature, sizeof c->feature, "%s", f[4]);
            snprintf(c->id, sizeof c->id, "%s", f[5]);
            c->lat = atoi(f[6]);
            c->lon = atoi(f[7]);
            c->pop = atol(f[8]);
            add_name(f[0], G.ncity);
            if (*f[1])
                add_name(f[1], G.ncity);
            city_alias(f[0], G.ncity);
            G.ncity++;
        }
        line = nl + 1;
    }
    for (int i = 0; i < G.ncountry; i++) {
        add_name(G.countries[i].name, G.ncity + i);
        for (char *al = G.countries[i].aliases; al && *al;) {
            char *semi = strchr(al, ';');
            if (semi)
                *semi = '\0';
            add_name(al, G.ncity + i);
            al = semi ? semi + 1 : NULL;
        }
        int a = code_ix(G.countries[i].cc, 2), b = code_ix(G.countries[i].cc3, 3);
        if (a >= 0)
            by2[a] = &G.countries[i];
        if (b >= 0)
            by3[b] = &G.countries[i];
    }
}

/* Countries by code: direct tables indexed by the letters (A-Z). */

static int code_ix(const char *c, int n)
{
    int ix = 0;
    for (int i = 0; i < n; i++) {
        if (c[i] < 'A' || c[i] > 'Z')
            return -1;
        ix = ix * 26 + (c[i] - 'A');
    }
    return c[n] ? -1 : ix;
}

static const country *country_by3(const char *cc3)
{
    int ix = code_ix(cc3, 3);
    return ix < 0 ? NULL : by3[ix];
}

static const country *country_by2(const char *cc)
{
    int ix = code_ix(cc, 2);
    return ix < 0 ? NULL : by2[ix];
}

static void set_city(kgeo *g, const city *c, const char *rule)
{
    const country *k = country_by2(c->cc);
    g->type = strcmp(c->cc, "US") ? KGEO_WORLDCITY : KGEO_USCITY;
    snprintf(g->name, sizeof g->name, "%s%s%s", c->name, k ? ", " : "", k ? k->name : "");
    snprintf(g->country, sizeof g->country, "%s", c->cc);
    snprintf(g->country3, sizeof g->country3, "%s", k ? k->cc3 : "");
    if (c->adm1[0])
        snprintf(g->adm1, sizeof g->adm1, "%s%s", c->cc, c->adm1);
    g->lat = c->lat / 1e4;
    g->lon = c->lon / 1e4;
    snprintf(g->feature_id, sizeof g->feature_id, "%s", c->id);
    g->rule = rule;
}

static void set_country(kgeo *g, const country *k, const char *rule)
{
    g->type = KGEO_COUNTRY;
    snprintf(g->name, sizeof g->name, "%s", k->name);
    snprintf(g->country, sizeof g->country, "%s", k->cc);
    snprintf(g->country3, sizeof g->country3, "%s", k->cc3);
    g->lat = k->lat / 1e4;
    g->lon = k->lon / 1e4;
    snprintf(g->feature_id, sizeof g->feature_id, "%s", k->cc);
    g->rule = rule;
}

typedef struct pick {
    int slot;              /* -1 none */
    int in_actor;
    long pop;
    int pos;
} pick;

/* Best place of a name entry: cities first (actor country, population),
 * countries only when cities is 0. */
static void best_of(const entry *e, const char act[2][3], int cities, pick *p, int pos)
{
    for (int k = e->first; k >= 0; k = G.next[k]) {
        int is_city = k < G.ncity;
        if (is_city != cities)
            continue;
        const char *cc = is_city ? G.cities[k].cc : G.countries[k - G.ncity].cc;
        int in = (act[0][0] && !strcmp(cc, act[0])) || (act[1][0] && !strcmp(cc, act[1]));
        long pop = is_city ? G.cities[k].pop : 0;
        if (p->slot < 0 || in > p->in_actor
            || (in == p->in_actor && pos < p->pos)
            || (in == p->in_actor && pos == p->pos && pop > p->pop))
            *p = (pick){k, in, pop, pos};
    }
}

/* Scan text for names; returns the best pick of cities (cities=1) or
 * countries (cities=0).  need_cap: names must start with an uppercase
 * letter (sentences), not for datelines. */
static pick scan(const char *text, const char act[2][3], int cities, int need_cap)
{
    pick best = {-1, 0, 0, 0};
    /* word starts and ends */
    int ws[256], we[256], nw = 0;
    for (int i = 0; text[i] && nw < 256;) {
        unsigned char ch = (unsigned char)text[i];
        if (isalpha(ch) || ch >= 0x80) {
            int s = i;
            while (text[i] && (isalpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80
                               || (text[i] == '.' && isupper((unsigned char)text[i - 1])
                                   && isupper((unsigned char)text[i + 1]))))
                i++;
            ws[nw] = s;
            we[nw++] = i;
        } else
            i++;
    }
    char key[160];
    for (int w = 0; w < nw; w++) {
        if (need_cap && !isupper((unsigned char)text[ws[w]]))
            continue;
        for (int n = G.maxwords; n >= 1; n--) {
            if (w + n > nw)
                continue;
            int len = we[w + n - 1] - ws[w];
            if (len <= 0 || (size_t)len >= sizeof key)
                continue;
            /* the words must be separated by single spaces */
            int ok = 1;
            for (int k = w; k + 1 < w + n; k++)
                if (ws[k + 1] != we[k] + 1 || text[we[k]] != ' ')
                    ok = 0;
            if (!ok)
                continue;
            memcpy(key, text + ws[w], (size_t)len);
            key[len] = '\0';
            lower(key, key, sizeof key);
            const entry *e = find(key);
            if (!e)
                continue;
            pick p = {-1, 0, 0, 0};
            best_of(e, act, cities, &p, w);
            if (p.slot < 0)
                continue;
            /* a city opening the sentence counts only in an actor's country */
            if (cities && need_cap && w == 0 && !p.in_actor)
                break;
            if (best.slot < 0 || p.in_actor > best.in_actor
                || (p.in_actor == best.in_actor && p.pos < best.pos))
                best = p;
            w += n - 1;      /* "New York": "York" is part of it */
            break;
        }
    }
    return best;
}

int kgeo_locate(const char *sentence, const char *dateline, const char *source_code,
                const char *target_code, kgeo *out)
{
    memset(out, 0, sizeof *out);
    init();
    char act[2][3] = {"", ""};
    const char *codes[2] = {source_code, target_code};
    const country *ac[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        kactor a;
        if (kactor_parse(codes[i], &a) && a.country[0] && (ac[i] = country_by3(a.country)))
            snprintf(act[i], sizeof act[i], "%s", ac[i]->cc);
    }
    if (sentence) {
        pick p = scan(sentence, act, 1, 1);
        if (p.slot >= 0) {
            set_city(out, &G.cities[p.slot], "sentence");
            return 1;
        }
        p = scan(sentence, act, 0, 1);
        if (p.slot >= 0) {
            set_country(out, &G.countries[p.slot - G.ncity], "sentence");
            return 1;
        }
    }
    if (dateline && *dateline) {
        char place[128];
        size_t n = strcspn(dateline, ",(");
        if (n >= sizeof place)
            n = sizeof place - 1;
        memcpy(place, dateline, n);
        place[n] = '\0';
        pick p = scan(place, act, 1, 0);
        if (p.slot >= 0) {
            set_city(out, &G.cities[p.slot], "dateline");
            return 1;
        }
    }
    for (int i = 0; i < 2; i++)
        if (ac[i]) {
            set_country(out, ac[i], "actor");
            return 1;
        }
    return 0;
}
