/* geo.c: the gazetteer index and the ActionGeo rules (see geo.h).
 *
 *   places.khgeo ──kgeo_load──> country[]  place[]  keys[] (sorted by key)
 *
 *   key   "TRIPOLI"  -> place 812 (LY, 1150989)  place 5310 (LB, 229398)
 *   key   "NEW YORK" -> place 20113 (alias of New York City)
 *
 * Keys are the place names tokenized like story text (ktok_split) and keyed
 * like tokens (ktext_key), joined by single spaces, so a run of sentence
 * token keys joined the same way finds them. */
#include "geo.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <unistd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "text.h"
#include "tokenize.h"
#include "util.h"

static const char kgeo_magic[8] = {'K', 'H', 'G', 'E', 'O', 0, 0, 0};
enum { HDR = 24, CREC = 20, PREC = 24, MAXW = 8 };
enum { PF_CAPITAL = 1, PF_ADMIN = 2, PF_STOP = 4, PF_PERSON = 8, PF_WORD = 16 };
#define NO_COORD 0x7fffffff

typedef struct gcountry {
    char iso2[3], iso3[4], fips[3];  /* fips "" when none */
    const char *name;
    double lat, lon;
    int has_centroid;
} gcountry;

typedef struct gplace {
    const char *name, *disp, *adm1;
    double lat, lon;
    long pop;
    long gid;              /* GeoNames id, 0 when none */
    int ci;                /* index into country[] */
    int kind;              /* KGEO_CITY, KGEO_COUNTRY */
    int flags;             /* PF_* */
    int nwords;            /* words in key */
    int32_t la, lo;        /* lat, lon in 1e-5 degrees (as stored) */
} gplace;

typedef struct gkey {
    const char *key;       /* in g->keymem */
    int place;
} gkey;

/* Hash entry: a key (keys[b, b+n) hold it; n 0 when it is only a prefix)
 * or a word-boundary prefix of keys ("NEW" of "NEW YORK"; prefix 1). */
typedef struct hent {
    const char *key;       /* not NUL-terminated at len for a prefix */
    uint32_t h;
    int32_t b;
    uint16_t len, n;
    uint8_t prefix;
} hent;

struct kgeo {
    unsigned char *payload;
    const char *str;       /* [nstr] string pool */
    gcountry *country;
    int ncountry;
    gplace *place;
    int nplace;
    gkey *keys;            /* [nplace] sorted by key, then population desc */
    int *adm1;             /* [nadm1] place indexes of US states (full names) */
    int nadm1;
    karena keymem;
    int maxw;              /* most words in a key */
    hent *ht;              /* keys and their prefixes, open addressing */
    uint32_t hmask;
    int16_t c3[26 * 26 * 26], c2[26 * 26];  /* country index by ISO code, -1 none */
    int *chead, *cnext;    /* cities by coordinates (kgeo_actiongeo_event) */
    uint32_t cmask;
};

/* ---------- loading ---------- */

typedef struct rd {
    const unsigned char *p;
    size_t len, pos;
    int err;
} rd;

static uint32_t rd_u32(rd *r)
{
    if (r->err || r->len - r->pos < 4) {
        r->err = 1;
        return 0;
    }
    const unsigned char *q = r->p + r->pos;
    r->pos += 4;
    return (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
}

static unsigned rd_u16(rd *r)
{
    if (r->err || r->len - r->pos < 2) {
        r->err = 1;
        return 0;
    }
    const unsigned char *q = r->p + r->pos;
    r->pos += 2;
    return (unsigned)q[0] | (unsigned)q[1] << 8;
}

static unsigned rd_u8(rd *r)
{
    if (r->err || r->len - r->pos < 1) {
        r->err = 1;
        return 0;
    }
    return r->p[r->pos++];
}

static uint32_t le32(const unsigned char *q)
{
    return (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
}

static int bad(kdiag *d, const char *path, const char *why)
{
    kloc loc = {path, 0, 0, NULL};
    kdiag_report(d, KD_ERROR, &loc, "not a usable gazetteer: %s", why);
    return -1;
}

/* String at offset off of a pool of n bytes (NUL-terminated inside it). */
static const char *pool_str(const char *pool, size_t n, uint32_t off)
{
    if (off >= n)
        return NULL;
    if (!memchr(pool + off, 0, n - off))
        return NULL;
    return pool + off;
}

static int coord_ok(int32_t v, int32_t lim) { return v >= -lim && v <= lim; }

static int key_cmp(const void *a, const void *b)
{
    const gkey *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return x->place < y->place ? -1 : x->place > y->place;
}

/* Key of name: tokens as the story tokenizer splits them, each keyed. */
static const char *name_key(karena *a, const char *name, ktok_doc *doc, kbuf *kb, kbuf *tmp, int *nw)
{
    size_t n = strlen(name);
    int plain = 1, words = 1;
    for (size_t i = 0; i < n && plain; i++) {
        unsigned char ch = (unsigned char)name[i];
        if (ch == ' ')
            words += i + 1 < n && name[i + 1] != ' ';
        else if (ch == 0xE2 || (ch < 0x80 && !((ch | 32) >= 'a' && (ch | 32) <= 'z')))
            plain = 0;     /* punctuation (ASCII or U+2000..): tokenize */
    }
    if (plain && n && name[0] != ' ') {   /* letters and single spaces */
        kbuf_reset(kb);
        ktext_key(name, n, kb);
        *nw = words;
        return karena_strndup(a, kb->s ? kb->s : "", kb->len);
    }
    ktok_split(name, n, NULL, doc);
    kbuf_reset(kb);
    *nw = 0;
    for (size_t i = 0; i < doc->ntok; i++) {
        kbuf_reset(tmp);
        ktext_key(name + doc->tok[i].beg, (size_t)(doc->tok[i].end - doc->tok[i].beg), tmp);
        if (i)
            kbuf_putc(kb, ' ');
        kbuf_add(kb, tmp->s, tmp->len);
        (*nw)++;
    }
    return karena_strndup(a, kb->s ? kb->s : "", kb->len);
}

static int parse_payload(kgeo *g, const char *path, size_t len, kdiag *d)
{
    rd r = {g->payload, len, 0, 0};
    uint32_t nstr = rd_u32(&r);
    if (r.err || nstr == 0 || nstr > len - r.pos)
        return bad(d, path, "string pool runs past the end");
    const char *pool = (const char *)g->payload + r.pos;
    if (pool[nstr - 1] != 0)
        return bad(d, path, "string pool not NUL-terminated");
    g->str = pool;
    r.pos += nstr;
    uint32_t nc = rd_u32(&r);
    if (r.err || nc == 0 || nc > 1000 || (size_t)nc * CREC > len - r.pos)
        return bad(d, path, "country table out of bounds");
    g->country = xcalloc(nc, sizeof *g->country);
    g->ncountry = (int)nc;
    for (uint32_t i = 0; i < nc; i++) {
        gcountry *c = &g->country[i];
        for (int k = 0; k < 2; k++)
            c->iso2[k] = (char)rd_u8(&r);
        for (int k = 0; k < 3; k++)
            c->iso3[k] = (char)rd_u8(&r);
        for (int k = 0; k < 2; k++)
            c->fips[k] = (char)rd_u8(&r);
        rd_u8(&r);
        uint32_t name = rd_u32(&r);
        int32_t la = (int32_t)rd_u32(&r), lo = (int32_t)rd_u32(&r);
        c->name = pool_str(pool, nstr, name);
        for (int k = 0; k < 2; k++)
            if (c->iso2[k] < 'A' || c->iso2[k] > 'Z')
                return bad(d, path, "country code is not A-Z");
        for (int k = 0; k < 3; k++)
            if (c->iso3[k] < 'A' || c->iso3[k] > 'Z')
                return bad(d, path, "country code is not A-Z");
        if (!c->name)
            return bad(d, path, "country name offset out of bounds");
        if (!(c->fips[0] == 0 && c->fips[1] == 0) &&
            !(c->fips[0] >= 'A' && c->fips[0] <= 'Z' && c->fips[1] >= 'A' && c->fips[1] <= 'Z'))
            return bad(d, path, "FIPS code is not A-Z");
        if (la == NO_COORD && lo == NO_COORD) {
            c->has_centroid = 0;
        } else {
            if (!coord_ok(la, 9000000) || !coord_ok(lo, 18000000))
                return bad(d, path, "country centroid out of range");
            c->has_centroid = 1;
            c->lat = la / 1e5;
            c->lon = lo / 1e5;
        }
    }
    uint32_t np = rd_u32(&r);
    if (r.err || np == 0 || (size_t)np > (len - r.pos) / (PREC + 8) || (size_t)np * (PREC + 8) != len - r.pos)
        return bad(d, path, "place table size does not match the payload");
    g->place = xcalloc(np, sizeof *g->place);
    g->nplace = (int)np;
    const unsigned char *pops = g->payload + r.pos + (size_t)np * PREC;
    const unsigned char *ids = pops + (size_t)np * 4;
    for (uint32_t i = 0; i < np; i++) {
        gplace *p = &g->place[i];
        uint32_t name = rd_u32(&r), disp = rd_u32(&r), adm = rd_u32(&r);
        int32_t la = (int32_t)rd_u32(&r), lo = (int32_t)rd_u32(&r);
        unsigned ci = rd_u16(&r), kind = rd_u8(&r), fl = rd_u8(&r);
        p->name = pool_str(pool, nstr, name);
        p->disp = pool_str(pool, nstr, disp);
        p->adm1 = pool_str(pool, nstr, adm);
        if (!p->name || !*p->name || !p->disp || !p->adm1)
            return bad(d, path, "place string offset out of bounds");
        if (!coord_ok(la, 9000000) || !coord_ok(lo, 18000000))
            return bad(d, path, "place coordinates out of range");
        if (ci >= nc)
            return bad(d, path, "place country index out of range");
        if (kind != KGEO_CITY && kind != KGEO_COUNTRY && kind != KGEO_ADM1)
            return bad(d, path, "unknown place kind");
        p->lat = la / 1e5;
        p->lon = lo / 1e5;
        p->la = la;
        p->lo = lo;
        p->ci = (int)ci;
        p->kind = (int)kind;
        p->flags = (int)fl;
        p->pop = (long)le32(pops + (size_t)i * 4);
        p->gid = (long)le32(ids + (size_t)i * 4);
    }
    if (r.err)
        return bad(d, path, "truncated place table");
    return 0;
}

static void build_keys(kgeo *g)
{
    ktok_doc doc;
    ktok_doc_init(&doc);
    kbuf kb, tmp;
    kbuf_init(&kb);
    kbuf_init(&tmp);
    g->keys = xcalloc((size_t)g->nplace, sizeof *g->keys);
    g->maxw = 1;
    for (int i = 0; i < g->nplace; i++) {
        int nw;
        g->keys[i].key = name_key(&g->keymem, g->place[i].name, &doc, &kb, &tmp, &nw);
        g->keys[i].place = i;
        g->place[i].nwords = nw;
        if (nw > g->maxw)
            g->maxw = nw < MAXW ? nw : MAXW;
    }
    qsort(g->keys, (size_t)g->nplace, sizeof *g->keys, key_cmp);
    kbuf_free(&kb);
    kbuf_free(&tmp);
    ktok_doc_free(&doc);
}

static uint32_t fnv(const char *k, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 16777619u;
    return h;
}

/* The entry of key k[0, n), NULL when absent. */
static const hent *ht_get(const kgeo *g, const char *k, size_t n)
{
    if (!g->ht || n > 65535)
        return NULL;
    uint32_t h = fnv(k, n);
    for (uint32_t i = h & g->hmask;; i = (i + 1) & g->hmask) {
        const hent *e = &g->ht[i];
        if (!e->key)
            return NULL;
        if (e->h == h && e->len == n && !memcmp(e->key, k, n))
            return e;
    }
}

static hent *ht_put(kgeo *g, const char *k, size_t n)
{
    uint32_t h = fnv(k, n);
    for (uint32_t i = h & g->hmask;; i = (i + 1) & g->hmask) {
        hent *e = &g->ht[i];
        if (!e->key) {
            e->key = k;
            e->h = h;
            e->len = (uint16_t)n;
            return e;
        }
        if (e->h == h && e->len == n && !memcmp(e->key, k, n))
            return e;
    }
}

static uint32_t coord_hash(int32_t la, int32_t lo)
{
    return ((uint32_t)la * 2654435761u) ^ ((uint32_t)lo * 40503u + 0x9E3779B9u);
}

/* Hash tables over the sorted keys (each key and each of its word-boundary
 * prefixes: what a lookup and "does a name start with this word" ask),
 * the countries by ISO code, and the cities by coordinates. */
static void build_hash(kgeo *g)
{
    size_t want = 16;
    for (int i = 0; i < g->nplace; i++) {
        const char *k = g->keys[i].key;
        if (i && !strcmp(k, g->keys[i - 1].key))
            continue;
        want++;
        for (const char *q = k; *q; q++)
            want += *q == ' ';
    }
    uint32_t cap = 64;
    while (cap < want + want / 2)
        cap <<= 1;
    g->ht = xcalloc(cap, sizeof *g->ht);
    g->hmask = cap - 1;
    for (int i = 0; i < g->nplace;) {
        const char *k = g->keys[i].key;
        int j = i + 1;
        while (j < g->nplace && !strcmp(g->keys[j].key, k))
            j++;
        size_t n = strlen(k);
        if (n <= 65535) {
            hent *e = ht_put(g, k, n);
            e->b = i;
            e->n = (uint16_t)(j - i > 65535 ? 65535 : j - i);
            e->prefix = 1;
            for (size_t q = 0; q < n; q++)
                if (k[q] == ' ')
                    ht_put(g, k, q)->prefix = 1;
        }
        i = j;
    }
    memset(g->c3, 0xff, sizeof g->c3);
    memset(g->c2, 0xff, sizeof g->c2);
    for (int i = 0; i < g->ncountry; i++) {
        const gcountry *c = &g->country[i];
        int i3 = ((c->iso3[0] - 'A') * 26 + (c->iso3[1] - 'A')) * 26 + (c->iso3[2] - 'A');
        int i2 = (c->iso2[0] - 'A') * 26 + (c->iso2[1] - 'A');
        if (g->c3[i3] < 0)
            g->c3[i3] = (int16_t)i;
        if (g->c2[i2] < 0)
            g->c2[i2] = (int16_t)i;
    }
    uint32_t cc = 64;
    while (cc < (uint32_t)g->nplace)
        cc <<= 1;
    g->cmask = cc - 1;
    g->chead = xmalloc(cc * sizeof *g->chead);
    memset(g->chead, 0xff, cc * sizeof *g->chead);
    g->cnext = xmalloc(((size_t)g->nplace + 1) * sizeof *g->cnext);
    for (int i = g->nplace; i-- > 0;) {
        const gplace *p = &g->place[i];
        uint32_t h = coord_hash(p->la, p->lo) & g->cmask;
        g->cnext[i] = g->chead[h];
        g->chead[h] = i;
    }
}

kgeo *kgeo_load(const char *path, kdiag *d)
{
    if (!path)
        path = KGEO_DEFAULT_PATH;
    kloc loc = {path, 0, 0, NULL};
    FILE *f = fopen(path, "rb");
    if (!f) {
        kdiag_report(d, KD_ERROR, &loc, "cannot open gazetteer: %s", strerror(errno));
        return NULL;
    }
    unsigned char h[HDR];
    size_t got = fread(h, 1, HDR, f);
    if (got < 8 || memcmp(h, kgeo_magic, 8) != 0) {
        fclose(f);
        bad(d, path, "bad magic number (not a khaldun gazetteer)");
        return NULL;
    }
    if (got < HDR) {
        fclose(f);
        bad(d, path, "truncated header");
        return NULL;
    }
    uint32_t ver = le32(h + 8), len = le32(h + 12), crc = le32(h + 16);
    if (ver != KGEO_VERSION) {
        fclose(f);
        kdiag_report(d, KD_ERROR, &loc, "gazetteer version %u, this khaldun reads version %d "
                     "(regenerate with tools/gen_geo.py)", (unsigned)ver, KGEO_VERSION);
        return NULL;
    }
    if (len == 0 || len > (64u << 20)) {
        fclose(f);
        bad(d, path, "implausible payload length");
        return NULL;
    }
    unsigned char *p = xmalloc(len);
    got = fread(p, 1, len, f);
    int extra = fgetc(f) != EOF;
    fclose(f);
    if (got != len) {
        free(p);
        bad(d, path, "truncated payload");
        return NULL;
    }
    if (extra) {
        free(p);
        bad(d, path, "trailing bytes after the payload");
        return NULL;
    }
    if ((uint32_t)crc32(crc32(0L, Z_NULL, 0), p, (uInt)len) != crc) {
        free(p);
        bad(d, path, "checksum mismatch (file damaged)");
        return NULL;
    }
    kgeo *g = xcalloc(1, sizeof *g);
    g->payload = p;
    karena_init(&g->keymem);
    if (parse_payload(g, path, len, d) != 0) {
        kgeo_free(g);
        return NULL;
    }
    build_keys(g);
    build_hash(g);
    for (int i = 0; i < g->nplace; i++)
        if (g->place[i].kind == KGEO_ADM1 && !(g->place[i].flags & PF_STOP))
            g->nadm1++;
    g->adm1 = xcalloc((size_t)g->nadm1 + 1, sizeof *g->adm1);
    g->nadm1 = 0;
    for (int i = 0; i < g->nplace; i++)
        if (g->place[i].kind == KGEO_ADM1 && !(g->place[i].flags & PF_STOP))
            g->adm1[g->nadm1++] = i;
    return g;
}

void kgeo_free(kgeo *g)
{
    if (!g)
        return;
    free(g->payload);
    free(g->country);
    free(g->place);
    free(g->keys);
    free(g->adm1);
    free(g->ht);
    free(g->chead);
    free(g->cnext);
    karena_free(&g->keymem);
    free(g);
}

size_t kgeo_nplaces(const kgeo *g) { return g ? (size_t)g->nplace : 0; }
size_t kgeo_ncountries(const kgeo *g) { return g ? (size_t)g->ncountry : 0; }

/* ---------- lookup ---------- */

/* Range [*b, *e) of keys equal to k; returns the count. */
static int find(const kgeo *g, const char *k, int *b, int *e)
{
    const hent *h = ht_get(g, k, strlen(k));
    *b = h ? h->b : 0;
    *e = h ? h->b + h->n : 0;
    return *e - *b;
}

/* Does some key start with word w as a whole word? */
static int starts_some(const kgeo *g, const char *w)
{
    const hent *h = ht_get(g, w, strlen(w));
    return h && h->prefix;
}

static int az(char c) { return c >= 'A' && c <= 'Z'; }

static int country_of3(const kgeo *g, const char *c3)
{
    if (!az(c3[0]) || !az(c3[1]) || !az(c3[2]))
        return -1;
    return g->c3[((c3[0] - 'A') * 26 + (c3[1] - 'A')) * 26 + (c3[2] - 'A')];
}

static int country_of2(const kgeo *g, const char *c2)
{
    if (!az(c2[0]) || !az(c2[1]))
        return -1;
    return g->c2[(c2[0] - 'A') * 26 + (c2[1] - 'A')];
}

/* Country index of a CAMEO actor code, -1 when it has none. */
static int actor_ci(const kgeo *g, const char *code)
{
    if (!code || !code[0] || !code[1] || !code[2])
        return -1;
    return country_of3(g, code);
}

static void fill_place(const kgeo *g, int pi, int rule, kgeo_place *out)
{
    const gplace *p = &g->place[pi];
    const gcountry *c = &g->country[p->ci];
    out->name = p->disp;
    out->country = c->iso2;
    out->country3 = c->iso3;
    out->country_name = c->name;
    out->fips = c->fips;
    out->adm1 = p->adm1;
    out->geonames_id = p->kind == KGEO_CITY ? p->gid : 0;
    out->lat = p->lat;
    out->lon = p->lon;
    out->population = p->kind == KGEO_COUNTRY ? 0 : p->pop;
    out->type = p->kind;
    out->rule = rule;
    out->tok_beg = out->tok_end = -1;
}

static void fill_country(const kgeo *g, int ci, int rule, kgeo_place *out)
{
    const gcountry *c = &g->country[ci];
    out->name = c->name;
    out->country = c->iso2;
    out->country3 = c->iso3;
    out->country_name = c->name;
    out->fips = c->fips;
    out->adm1 = "";
    out->geonames_id = 0;
    out->lat = c->lat;
    out->lon = c->lon;
    out->population = 0;
    out->type = KGEO_COUNTRY;
    out->rule = rule;
    out->tok_beg = out->tok_end = -1;
}

static void none(kgeo_place *out)
{
    memset(out, 0, sizeof *out);
    out->tok_beg = out->tok_end = -1;
}

/* Most populous place in keys[b, e) within country ci (all when ci < 0);
 * capitals win ties.  -1 when none. */
static int best_in(const kgeo *g, int b, int e, int ci)
{
    int best = -1;
    for (int i = b; i < e; i++) {
        int pi = g->keys[i].place;
        const gplace *p = &g->place[pi];
        if (ci >= 0 && p->ci != ci)
            continue;
        if (best < 0) {
            best = pi;
            continue;
        }
        const gplace *q = &g->place[best];
        if (p->pop > q->pop || (p->pop == q->pop && (p->flags & PF_CAPITAL) && !(q->flags & PF_CAPITAL)))
            best = pi;
    }
    return best;
}

/* Choose among the namesakes keys[b, e): a country name wins over foreign
 * cities, but a city of the same country (Djibouti, Singapore) over its
 * country; then the qualifier (place index of a country or US state named
 * after it, -1 for none), the actors' countries, the context
 * country (each unless its namesake is under 1/20 of the largest), then
 * population. */
static int choose(const kgeo *g, int b, int e, int qual, const int *prefer, int npref)
{
    int cty = -1;
    for (int i = b; i < e; i++)
        if (g->place[g->keys[i].place].kind == KGEO_COUNTRY) {
            cty = g->keys[i].place;
            break;
        }
    if (cty >= 0) {
        int city = -1;
        for (int i = b; i < e; i++) {
            int pi = g->keys[i].place;
            if (g->place[pi].kind == KGEO_CITY && g->place[pi].ci == g->place[cty].ci &&
                (city < 0 || g->place[pi].pop > g->place[city].pop))
                city = pi;
        }
        return city >= 0 ? city : cty;
    }
    if (qual >= 0) {       /* country, or US state: same admin1 first */
        const gplace *qp = &g->place[qual];
        for (int i = b; i < e && qp->kind == KGEO_ADM1; i++) {
            int pi = g->keys[i].place;
            if (g->place[pi].kind == KGEO_CITY && strcmp(g->place[pi].adm1, qp->adm1) == 0)
                return pi;
        }
        int q = best_in(g, b, e, qp->ci);
        return q >= 0 ? q : qual;   /* a town too small for the index:
                                       its state or country */
    }
    int top = best_in(g, b, e, -1);
    if (g->place[top].kind == KGEO_ADM1) {   /* Washington, D.C. over the state */
        int city = -1;
        for (int i = b; i < e; i++) {
            int pi = g->keys[i].place;
            if (g->place[pi].kind == KGEO_CITY && g->place[pi].ci == g->place[top].ci &&
                (city < 0 || g->place[pi].pop > g->place[city].pop))
                city = pi;
        }
        if (city >= 0)
            top = city;
    }
    for (int k = 0; k < npref; k++) {
        if (prefer[k] < 0)
            continue;
        int q = best_in(g, b, e, prefer[k]);
        if (q >= 0 && (long long)g->place[q].pop * 20 >= (long long)g->place[top].pop)
            return q;
    }
    return top;
}

/* Country indexes preferred for disambiguation: actors, then the dateline's. */
static int prefs(const kgeo *g, const kgeo_ctx *c, int *out, int with_dateline);

/* ---------- sentence rule ---------- */

static int eq_ci(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        int x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return 0;
    }
    return *a == *b;
}

static int in_list(const char *w, const char *const *list)
{
    if (!w)
        return 0;
    for (int i = 0; list[i]; i++)
        if (eq_ci(w, list[i]))
            return 1;
    return 0;
}

static const char *const LOC_PREP[] = {
    "in", "at", "inside", "within", "near", "outside", "around", "across", "throughout",
    "into", "to", "from", "toward", "towards", "through", "via", "off", "over", "nearby", NULL};

/* Words that may stand between a locative preposition and the place. */
static const char *const PRE_MOD[] = {
    "the", "a", "capital", "city", "town", "village", "port", "border", "coastal", "nearby",
    "neighbouring", "neighboring", "restive", "besieged", "northern", "southern", "eastern",
    "western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
    "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
    "occupied", "embattled", "strategic", "key", "rebel-held", "opposition-held",
    "government-held", "war-torn", "downtown", "suburban", "nearby", NULL};

/* Nouns that announce a place: "the capital Tripoli", "the town of
 * Idlib", "40 km east of Benghazi". */
static const char *const PLACE_NOUN[] = {
    "city", "town", "village", "capital", "port", "province", "region", "district", "outskirts",
    "suburbs", "suburb", "streets", "centre", "center", "heart", "governorate", "enclave",
    "state", "county", "municipality", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", NULL};

/* Lower-case words allowed inside a multi-word place name. */
static const char *const CONNECT[] = {
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "el", "al", "la", "le",
    "les", "los", "las", "of", "on", "upon", "the", "am", "an", "der", "den", "van", "von",
    "y", "i", "e", "en", "sur", "sul", "ad", "ash", "as", "ar", "az", "at", "ech", "es", NULL};

/* Capitalized words that may touch a place name without making it part of
 * a longer proper name: sentence-initial function words, days, months. */
static const char *const TOUCH[] = {
    "in", "at", "from", "to", "the", "near", "outside", "inside", "on", "and", "but", "as",
    "after", "before", "when", "while", "since", "during", "across", "throughout", "into",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.", NULL};

static int is_cap(const char *form)
{
    if (!form || !*form)
        return 0;
    int32_t cp;
    ktext_decode(form, strlen(form), &cp);
    return cp >= 0 && ktext_isupper(cp);
}

/* Does token i start with a letter? */
static int is_word(const char *form)
{
    if (!form || !*form)
        return 0;
    int32_t cp;
    ktext_decode(form, strlen(form), &cp);
    return cp >= 0 && (ktext_isupper(cp) || ktext_islower(cp));
}

/* Capitalized, or a lower-case particle hyphened to a capitalized word
 * ("ez-Zor", "al-Qaim")? */
static int cap_like(const char *form)
{
    if (is_cap(form))
        return 1;
    const char *h = form ? strchr(form, '-') : NULL;
    return h && h - form <= 3 && is_cap(h + 1);
}

/* Are the tokens [b, e) written like a proper name? */
static int name_shaped(const ksent *s, int b, int e)
{
    if (!cap_like(s->tok[b].form) || !cap_like(s->tok[e - 1].form))
        return 0;
    for (int i = b + 1; i < e - 1; i++)
        if (!is_cap(s->tok[i].form) && !in_list(s->tok[i].form, CONNECT) && is_word(s->tok[i].form))
            return 0;
    return 1;
}

/* Verbs of saying: a bare name right before one is a person ("Houston
 * said"), not a place. */
static const char *const SAYS[] = {
    "said", "says", "told", "added", "asked", "replied", "wrote", "argued", "insisted",
    "stated", "tweeted", "declared", "warned", "urged", "announced", NULL};

/* Lower-case words that may follow a country or state name used as a
 * place; any other lower-case word makes it a modifier ("the U.S. sugar
 * quota", "in the Iran arms scandal"). */
static const char *const FOLLOW[] = {
    "and", "or", "but", "nor", "on", "in", "at", "for", "to", "from", "with", "without", "since",
    "after", "before", "during", "over", "under", "as", "by", "of", "about", "against", "between",
    "near", "until", "amid", "despite", "through", "into", "onto", "toward", "towards", "via",
    "when", "where", "while", "which", "who", "whom", "whose", "that", "than", "if", "because",
    "last", "this", "next", "earlier", "later", "recently", "yesterday", "today", "tonight",
    "tomorrow", "now", "then", "early", "late", "again", "too", "also", "alone", "itself",
    "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "must", "shall", "do", "does", "did",
    "said", "says", "say", "told", "reported", "according", "overnight", "so", "so-far", NULL};

/* Is token i a capitalized word that would make a longer proper name? */
static int joins(const ksent *s, int i)
{
    if (i < 0 || i >= s->ntok)
        return 0;
    const char *f = s->tok[i].form;
    return is_cap(f) && is_word(f) && !in_list(f, TOUCH);
}

static int has_tree(const ksent *s)
{
    for (int i = 0; i < s->ntok; i++)
        if (s->tok[i].head >= 0 || s->tok[i].rel != KR_DEP)
            return 1;
    return 0;
}

/* Is the place at tokens [b, e) governed by a locative preposition, or
 * announced by a place noun? */
static int governed(const ksent *s, int b, int e, int tree)
{
    if (tree) {
        for (int h = b; h < e; h++) {
            int hd = s->tok[h].head;
            if (hd >= b && hd < e)
                continue;      /* not the head of the span */
            for (int k = ksent_child(s, h, KR_CASE, -1); k >= 0; k = ksent_child(s, h, KR_CASE, k))
                if (in_list(s->tok[k].form, LOC_PREP))
                    return 1;
            /* "the capital Tripoli": appos/flat of a governed noun */
            if (hd >= 0 && (s->tok[h].rel == KR_APPOS || s->tok[h].rel == KR_FLAT ||
                            s->tok[h].rel == KR_COMPOUND)) {
                for (int k = ksent_child(s, hd, KR_CASE, -1); k >= 0; k = ksent_child(s, hd, KR_CASE, k))
                    if (in_list(s->tok[k].form, LOC_PREP))
                        return 1;
            }
        }
    }
    if (b >= 1 && in_list(s->tok[b - 1].form, PLACE_NOUN) && !is_cap(s->tok[b - 1].form))
        return 1;
    if (b >= 2 && in_list(s->tok[b - 1].form, (const char *const[]){"of", NULL}) &&
        in_list(s->tok[b - 2].form, PLACE_NOUN) &&
        !is_cap(s->tok[b - 2].form))
        return 1;
    for (int i = b - 1, skipped = 0; i >= 0 && skipped <= 3; i--, skipped++) {
        const char *f = s->tok[i].form;
        if (in_list(f, LOC_PREP))
            return 1;
        if (!in_list(f, PRE_MOD))
            return 0;
    }
    return 0;
}

/* The entry of the key of tokens [i, i + n) joined by single spaces (how
 * keys are written); NULL when there is none. */
static const hent *run_get(const kgeo *g, const ksent *s, int i, int n)
{
    char buf[512];
    size_t len = 0;
    for (int k = 0; k < n; k++) {
        const char *t = s->tok[i + k].key ? s->tok[i + k].key : "";
        size_t l = strlen(t);
        if (len + l + 1 > sizeof buf)
            return NULL;   /* longer than any name */
        if (k)
            buf[len++] = ' ';
        memcpy(buf + len, t, l);
        len += l;
    }
    return ht_get(g, buf, len);
}

/* A country or US state named right after the place: "Tripoli , Lebanon",
 * "Fremont , Calif ."; its place index, -1 when none.  Not when a
 * capitalized word follows it: then it begins the next phrase ("Dalian ,
 * U.S. Secretary of State George Shultz said"). */
static int qualifier(const kgeo *g, const ksent *s, int e)
{
    if (e + 1 >= s->ntok || !s->tok[e].form || strcmp(s->tok[e].form, ",") != 0)
        return -1;
    for (int n = g->maxw; n >= 1; n--) {
        if (e + 1 + n > s->ntok)
            continue;
        const hent *h = run_get(g, s, e + 1, n);
        if (!h || !h->n)
            continue;
        if (e + 1 + n < s->ntok && is_cap(s->tok[e + 1 + n].form))
            return -1;
        for (int i = h->b; i < h->b + h->n; i++)
            if (g->place[g->keys[i].place].kind != KGEO_CITY)
                return g->keys[i].place;
    }
    return -1;
}

/* Is a one-word name keys[b, e) stoplisted: `flags` of PF_STOP,
 * PF_WORD, PF_PERSON that count here. */
static int stopped(const kgeo *g, int b, int e, int flags)
{
    for (int i = b; i < e; i++) {
        const gplace *p = &g->place[g->keys[i].place];
        if (p->kind != KGEO_COUNTRY && (p->flags & flags))
            return 1;
    }
    return 0;
}

/* A place name found in a sentence: what does not depend on the event's
 * actors (they only choose among namesakes). */
typedef struct gcand {
    int b, e;          /* keys[b, e) spell it */
    int qual;          /* place index of a country/state named after it, -1 */
    int gov;           /* after a locative preposition or a place noun */
    int modifier;      /* followed by a lower-case word that makes it a modifier */
    int says;          /* followed by a verb of saying */
    int n;             /* words */
    int tb, te;        /* tokens [tb, te) */
} gcand;

typedef struct gcands {
    gcand *v;
    int n, cap;
} gcands;

/* The place-name candidates of sentence s (rule 1 before the actors). */
static void analyse(const kgeo *g, const ksent *s, gcands *out)
{
    out->n = 0;
    if (!g || !s || s->ntok <= 0)
        return;
    int tree = has_tree(s);
    for (int i = 0; i < s->ntok; i++) {
        const char *k0 = s->tok[i].key;
        if (!k0 || !cap_like(s->tok[i].form) || !starts_some(g, k0))
            continue;
        for (int n = g->maxw; n >= 1; n--) {
            if (i + n > s->ntok)
                continue;
            const hent *h = run_get(g, s, i, n);
            if (!h || !h->n)
                continue;
            int b = h->b, e = h->b + h->n;
            int end = i + n;
            int gov = governed(s, i, end, tree);
            if (!name_shaped(s, i, end) || joins(s, i - 1) || joins(s, end) ||
                (n == 1 && stopped(g, b, e, PF_STOP | PF_WORD | (gov ? 0 : PF_PERSON)))) {
                i = end - 1;
                break;
            }
            if (out->n == out->cap) {
                out->cap = out->cap ? out->cap * 2 : 8;
                out->v = xrealloc(out->v, (size_t)out->cap * sizeof *out->v);
            }
            gcand *c = &out->v[out->n++];
            c->b = b;
            c->e = e;
            c->gov = gov;
            c->modifier = end < s->ntok && is_word(s->tok[end].form) && !is_cap(s->tok[end].form) &&
                          !in_list(s->tok[end].form, FOLLOW);
            c->says = end < s->ntok && in_list(s->tok[end].form, SAYS);
            c->qual = qualifier(g, s, end);
            c->n = n;
            c->tb = i;
            c->te = end;
            i = end - 1;
            break;
        }
    }
}

/* Rule 1 over the candidates with the preferred countries. */
static int pick(const kgeo *g, const gcands *cs, const int *pref, int npref, kgeo_place *out)
{
    int best = -1, best_score = 0, bb = -1, be = -1;
    for (int k = 0; k < cs->n; k++) {
        const gcand *c = &cs->v[k];
        int pi = choose(g, c->b, c->e, c->qual, pref, npref);
        const gplace *p = &g->place[pi];
        int score = 0;
        if (p->kind != KGEO_CITY)
            score = c->gov && !c->modifier ? 2 : 0;
        else if (c->gov)
            score = 3;
        else if (((p->flags & PF_CAPITAL) || p->pop >= (c->n == 1 ? 1000000L : 100000L)) && !c->says)
            score = 1;
        if (score > best_score) {
            best_score = score;
            best = pi;
            bb = c->tb;
            be = c->te;
        }
    }
    if (best < 0) {
        none(out);
        return KGEO_NONE;
    }
    fill_place(g, best, KGEO_SENTENCE, out);
    out->tok_beg = bb;
    out->tok_end = be;
    return KGEO_SENTENCE;
}

int kgeo_in_sentence(const kgeo *g, const ksent *s, const kgeo_ctx *c, kgeo_place *out)
{
    none(out);
    if (!g || !s || s->ntok <= 0)
        return KGEO_NONE;
    gcands cs = {NULL, 0, 0};
    analyse(g, s, &cs);
    int r = KGEO_NONE;
    if (cs.n) {
        int pref[6], npref = prefs(g, c, pref, 1);
        r = pick(g, &cs, pref, npref, out);
    }
    free(cs.v);
    return r;
}

/* ---------- dateline rule ---------- */

/* Key of text[0, n) words (tokenized like story text). */
static void text_key(const char *t, size_t n, kbuf *kb, int *nw)
{
    ktok_doc doc;
    ktok_doc_init(&doc);
    kbuf tmp;
    kbuf_init(&tmp);
    ktok_split(t, n, NULL, &doc);
    kbuf_reset(kb);
    *nw = 0;
    for (size_t i = 0; i < doc.ntok; i++) {
        kbuf_reset(&tmp);
        ktext_key(t + doc.tok[i].beg, (size_t)(doc.tok[i].end - doc.tok[i].beg), &tmp);
        if (i)
            kbuf_putc(kb, ' ');
        kbuf_add(kb, tmp.s, tmp.len);
        (*nw)++;
    }
    kbuf_putc(kb, 0);
    kbuf_free(&tmp);
    ktok_doc_free(&doc);
}

/* Segment end: ',', '(', or a dash (- -- en/em dash) after a space. */
static size_t seg_end(const char *t, size_t i, size_t n)
{
    for (; i < n; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == ',' || ch == '(' || ch == '\n' || ch == ';' || ch == ':')
            return i;
        if (ch == ' ' && i + 1 < n && (t[i + 1] == '-' || (unsigned char)t[i + 1] == 0xE2))
            return i;
    }
    return n;
}

static size_t trim_end(const char *t, size_t b, size_t e)
{
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    return e;
}

static int all_upper(const char *t, size_t n)
{
    int letters = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int l = ktext_decode(t + i, n - i, &cp);
        if (cp >= 0 && ktext_islower(cp))
            return 0;
        if (cp >= 0 && ktext_isupper(cp))
            letters++;
        i += (size_t)l;
    }
    return letters >= 2;
}

/* A dateline's place before the actors: keys[b, e) and the qualifier. */
typedef struct gdl {
    int found, b, e, qual;
} gdl;

static int dl_at(const kgeo *g, const char *text, size_t n, int known_dateline, gdl *r)
{
    size_t i = 0;
    while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        i++;
    size_t e = seg_end(text, i, n);
    size_t e1 = trim_end(text, i, e);
    if (e1 <= i || e1 - i > 60 || e >= n)
        return 0;                 /* a dateline ends in a separator */
    if (!known_dateline && !all_upper(text + i, e1 - i))
        return 0;
    kbuf kb;
    kbuf_init(&kb);
    int nw, b, en;
    text_key(text + i, e1 - i, &kb, &nw);
    if (find(g, kb.s, &b, &en) && !(nw == 1 && stopped(g, b, en, PF_STOP))) {
        int qual = -1;
        if (text[e] == ',') {      /* "TRIPOLI, Lebanon, May 3" */
            size_t j = e + 1;
            while (j < n && text[j] == ' ')
                j++;
            size_t e2 = trim_end(text, j, seg_end(text, j, n));
            if (e2 > j && e2 - j <= 60) {
                kbuf q;
                kbuf_init(&q);
                int nw2, qb, qe;
                text_key(text + j, e2 - j, &q, &nw2);
                if (find(g, q.s, &qb, &qe))
                    for (int k = qb; k < qe && qual < 0; k++)
                        if (g->place[g->keys[k].place].kind != KGEO_CITY)
                            qual = g->keys[k].place;
                kbuf_free(&q);
            }
        }
        r->found = 1;
        r->b = b;
        r->e = en;
        r->qual = qual;
    }
    kbuf_free(&kb);
    return r->found;
}

static void dl_analyse(const kgeo *g, const char *text, size_t n, int known_dateline, gdl *r)
{
    memset(r, 0, sizeof *r);
    if (!g || !text || !n)
        return;
    if (dl_at(g, text, n, known_dateline, r) || known_dateline)
        return;
    /* a story text: the dateline may open the paragraph after a headline */
    size_t lim = n < 2000 ? n : 2000;
    for (size_t i = 0; i + 1 < lim; i++)
        if (text[i] == '\n' && text[i + 1] == '\n') {
            dl_at(g, text + i + 2, n - i - 2, 0, r);
            return;
        }
}

int kgeo_dateline(const kgeo *g, const char *text, size_t n, int known_dateline,
                  const kgeo_ctx *c, kgeo_place *out)
{
    none(out);
    gdl r;
    dl_analyse(g, text, n, known_dateline, &r);
    if (!r.found)
        return KGEO_NONE;
    int pref[6], npref = prefs(g, c, pref, 0);
    fill_place(g, choose(g, r.b, r.e, r.qual, pref, npref), KGEO_DATELINE, out);
    return KGEO_DATELINE;
}

static int prefs(const kgeo *g, const kgeo_ctx *c, int *out, int with_dateline)
{
    int n = 0;
    if (!c)
        return 0;
    for (int i = 0; i < c->nactors && i < 4; i++) {
        int ci = actor_ci(g, c->actors[i]);
        if (ci >= 0)
            out[n++] = ci;
    }
    if (with_dateline && c->dateline) {
        kgeo_place d;
        if (kgeo_dateline(g, c->dateline, c->dateline_len, 0, NULL, &d) == KGEO_DATELINE)
            out[n++] = country_of2(g, d.country);
    }
    return n;
}

/* ---------- actor rule, events ---------- */

int kgeo_country(const kgeo *g, const char *code, kgeo_place *out)
{
    none(out);
    if (!g || !code)
        return KGEO_NONE;
    size_t n = strlen(code);
    int ci = n == 2 ? country_of2(g, code) : n == 3 ? country_of3(g, code) : -1;
    if (ci < 0 || !g->country[ci].has_centroid)
        return KGEO_NONE;
    fill_country(g, ci, KGEO_ACTOR, out);
    return KGEO_ACTOR;
}

int kgeo_actor_country(const kgeo *g, const char *cameo, kgeo_place *out)
{
    none(out);
    if (!g)
        return KGEO_NONE;
    int ci = actor_ci(g, cameo);
    if (ci < 0 || !g->country[ci].has_centroid)
        return KGEO_NONE;
    fill_country(g, ci, KGEO_ACTOR, out);
    return KGEO_ACTOR;
}

int kgeo_locate(const kgeo *g, const ksent *s, const kgeo_ctx *c, kgeo_place *out)
{
    if (kgeo_in_sentence(g, s, c, out))
        return KGEO_SENTENCE;
    if (c && c->dateline && kgeo_dateline(g, c->dateline, c->dateline_len, 0, c, out))
        return KGEO_DATELINE;
    for (int i = 0; c && i < c->nactors && i < 4; i++)
        if (kgeo_actor_country(g, c->actors[i], out))
            return KGEO_ACTOR;
    none(out);
    return KGEO_NONE;
}

/* ---------- workspace: a sentence and a dateline analysed once ---------- */

struct kgeo_ws {
    const kgeo *g;         /* the caches below are for this gazetteer */
    gcands c;              /* candidates of the current sentence */
    kbuf stext;            /* its text when given as text (NUL included) */
    int s_text;            /* stext and c are valid */
    ktok_doc doc;          /* tokens of a text sentence */
    karena mem;
    kbuf kb;
    kbuf dtext;            /* the current dateline */
    int d_valid;
    gdl d;
    int d_ci;              /* the dateline's own country, -1 */
};

kgeo_ws *kgeo_ws_new(void)
{
    kgeo_ws *w = xcalloc(1, sizeof *w);
    kbuf_init(&w->stext);
    ktok_doc_init(&w->doc);
    karena_init(&w->mem);
    kbuf_init(&w->kb);
    kbuf_init(&w->dtext);
    return w;
}

void kgeo_ws_free(kgeo_ws *w)
{
    if (!w)
        return;
    free(w->c.v);
    kbuf_free(&w->stext);
    ktok_doc_free(&w->doc);
    karena_free(&w->mem);
    kbuf_free(&w->kb);
    kbuf_free(&w->dtext);
    free(w);
}

static void ws_bind(const kgeo *g, kgeo_ws *w)
{
    if (w->g != g) {
        w->g = g;
        w->c.n = 0;
        w->s_text = 0;
        w->d_valid = 0;
        w->d.found = 0;
    }
}

void kgeo_ws_sentence(const kgeo *g, kgeo_ws *w, const ksent *s)
{
    ws_bind(g, w);
    w->s_text = 0;
    analyse(g, s, &w->c);
}

/* Is b's content (stored with its NUL) the string t[0, n)? */
static int same(const kbuf *b, const char *t, size_t n)
{
    return b->len == n + 1 && !memcmp(b->s, t, n);
}

static void keep_text(kbuf *b, const char *t, size_t n)
{
    kbuf_reset(b);
    kbuf_add(b, t, n);
    kbuf_putc(b, 0);
}

void kgeo_ws_text(const kgeo *g, kgeo_ws *w, const char *sentence)
{
    ws_bind(g, w);
    if (!sentence) {
        w->s_text = 0;
        w->c.n = 0;
        return;
    }
    size_t n = strlen(sentence);
    if (w->s_text && same(&w->stext, sentence, n))
        return;
    keep_text(&w->stext, sentence, n);
    w->s_text = 1;
    const char *t = w->stext.s;   /* tokens point into the kept copy */
    ktok_split(t, n, NULL, &w->doc);
    karena_reset(&w->mem);
    ksent s;
    memset(&s, 0, sizeof s);
    s.text = t;
    s.mem = &w->mem;
    s.ntok = (int)w->doc.ntok;
    s.tok = karena_alloc(&w->mem, (w->doc.ntok ? w->doc.ntok : 1) * sizeof *s.tok);
    for (size_t i = 0; i < w->doc.ntok; i++) {
        ktok *k = &s.tok[i];
        size_t b = (size_t)w->doc.tok[i].beg, e = (size_t)w->doc.tok[i].end;
        k->form = karena_strndup(&w->mem, t + b, e - b);
        kbuf_reset(&w->kb);
        ktext_key(t + b, e - b, &w->kb);
        k->key = karena_strndup(&w->mem, w->kb.s ? w->kb.s : "", w->kb.len);
        k->head = -1;
        k->rel = KR_DEP;
        k->beg = (int)b;
        k->end = (int)e;
    }
    analyse(g, &s, &w->c);
}

void kgeo_ws_dateline(const kgeo *g, kgeo_ws *w, const char *text, size_t n)
{
    ws_bind(g, w);
    if (!text) {
        w->d_valid = 0;
        w->d.found = 0;
        return;
    }
    if (w->d_valid && same(&w->dtext, text, n))
        return;
    keep_text(&w->dtext, text, n);
    w->d_valid = 1;
    dl_analyse(g, text, n, 0, &w->d);
    w->d_ci = -1;
    if (w->d.found) {   /* as prefs() finds it: chosen without preferences */
        int pi = choose(g, w->d.b, w->d.e, w->d.qual, NULL, 0);
        w->d_ci = country_of2(g, g->country[g->place[pi].ci].iso2);
    }
}

/* kgeo_locate on the analysed sentence and dateline with actors a[0, na). */
static int ws_locate(const kgeo *g, const kgeo_ws *w, const char *const *a, int na, kgeo_place *out)
{
    if (!g) {
        none(out);
        return KGEO_NONE;
    }
    int pref[6], np = 0;
    for (int i = 0; i < na && i < 4; i++) {
        int ci = actor_ci(g, a[i]);
        if (ci >= 0)
            pref[np++] = ci;
    }
    if (w->c.n) {
        int np2 = np;
        if (w->d.found)
            pref[np2++] = w->d_ci;
        if (pick(g, &w->c, pref, np2, out))
            return KGEO_SENTENCE;
    }
    if (w->d.found) {
        fill_place(g, choose(g, w->d.b, w->d.e, w->d.qual, pref, np), KGEO_DATELINE, out);
        return KGEO_DATELINE;
    }
    for (int i = 0; i < na && i < 4; i++)
        if (kgeo_actor_country(g, a[i], out))
            return KGEO_ACTOR;
    none(out);
    return KGEO_NONE;
}

int kgeo_ws_locate(const kgeo *g, kgeo_ws *w, const char *source, const char *target, kgeo_place *out)
{
    ws_bind(g, w);
    const char *a[2] = {source, target};
    return ws_locate(g, w, a, 2, out);
}

int kgeo_locate_text(const kgeo *g, const char *sentence, const char *dateline, const char *source,
                     const char *target, kgeo_place *out)
{
    kgeo_ws *w = kgeo_ws_new();
    kgeo_ws_text(g, w, sentence);
    kgeo_ws_dateline(g, w, dateline, dateline ? strlen(dateline) : 0);
    int r = kgeo_ws_locate(g, w, source, target, out);
    kgeo_ws_free(w);
    return r;
}

/* Copy of src into dst[n], truncated like snprintf. */
static char *put(char *d, const char *end, const char *src)
{
    while (*src && d < end)
        *d++ = *src++;
    *d = 0;
    return d;
}

static void copy(char *dst, size_t n, const char *src)
{
    put(dst, dst + n - 1, src ? src : "");
}

/* Name of the US state with admin1 code adm ("US.CA"), NULL if unknown. */
static const char *state_name(const kgeo *g, const char *adm)
{
    for (int i = 0; i < g->nadm1; i++)
        if (strcmp(g->place[g->adm1[i]].adm1, adm) == 0)
            return g->place[g->adm1[i]].disp;
    return NULL;
}

/* The GDELT-shaped value of place p; geonames_id as p has it. */
static void to_actiongeo(const kgeo *g, const kgeo_place *p, kgeo_actiongeo *out)
{
    memset(out, 0, sizeof *out);
    out->type = kgeo_gdelt_type(p->type, p->country);
    copy(out->country, sizeof out->country, p->country);
    copy(out->country3, sizeof out->country3, p->country3);
    copy(out->fips, sizeof out->fips, p->fips);
    const char *dot = p->adm1 ? strchr(p->adm1, '.') : NULL;
    if (dot && p->fips && *p->fips)
        put(put(out->adm1, out->adm1 + sizeof out->adm1 - 1, p->fips), out->adm1 + sizeof out->adm1 - 1, dot + 1);
    out->lat = p->lat;
    out->lon = p->lon;
    out->rule = kgeo_rule_name(p->rule);
    const char *st = g && p->type == KGEO_CITY && p->country && strcmp(p->country, "US") == 0 && p->adm1
                   ? state_name(g, p->adm1) : NULL;
    char *ne = out->name + sizeof out->name - 1, *q = put(out->name, ne, p->name ? p->name : "");
    if (p->type != KGEO_COUNTRY) {
        if (st)
            q = put(put(q, ne, ", "), ne, st);
        put(put(q, ne, ", "), ne, p->country_name ? p->country_name : "");
    }
    if (p->type == KGEO_CITY && p->geonames_id > 0)
        snprintf(out->feature_id, sizeof out->feature_id, "%u", (unsigned)p->geonames_id);
    else if (p->type == KGEO_ADM1)
        copy(out->feature_id, sizeof out->feature_id, out->adm1);
    else
        copy(out->feature_id, sizeof out->feature_id, p->fips && *p->fips ? p->fips : p->country);
}

int kgeo_actiongeo_of(const kgeo *g, const char *sentence, const char *dateline, const char *source,
                      const char *target, kgeo_actiongeo *out)
{
    memset(out, 0, sizeof *out);
    if (!g)
        g = kgeo_default(NULL);
    kgeo_place p;
    if (!g || !kgeo_locate_text(g, sentence, dateline, source, target, &p))
        return 0;
    to_actiongeo(g, &p, out);
    return 1;
}

int kgeo_ws_actiongeo(const kgeo *g, kgeo_ws *w, const char *sentence, const char *dateline,
                      const char *source, const char *target, kgeo_actiongeo *out)
{
    memset(out, 0, sizeof *out);
    if (!g)
        g = kgeo_default(NULL);
    if (!g)
        return 0;
    kgeo_ws_text(g, w, sentence);
    kgeo_ws_dateline(g, w, dateline, dateline ? strlen(dateline) : 0);
    kgeo_place p;
    if (!kgeo_ws_locate(g, w, source, target, &p))
        return 0;
    to_actiongeo(g, &p, out);
    return 1;
}

static int type_of(const char *t)
{
    return !t ? 0 : !strcmp(t, "city") ? KGEO_CITY : !strcmp(t, "country") ? KGEO_COUNTRY
         : !strcmp(t, "adm1") ? KGEO_ADM1 : 0;
}

static int rule_of(const char *r)
{
    return !r ? 0 : !strcmp(r, "sentence") ? KGEO_SENTENCE : !strcmp(r, "dateline") ? KGEO_DATELINE
         : !strcmp(r, "actor_country") || !strcmp(r, "actor") ? KGEO_ACTOR : 0;
}

int kgeo_actiongeo_event(const kgeo *g, const kevent *ev, kgeo_actiongeo *out)
{
    memset(out, 0, sizeof *out);
    if (!ev->geo_rule)
        return 0;
    if (!g)
        g = kgeo_default(NULL);
    kgeo_place p;
    none(&p);
    p.name = ev->geo_name ? ev->geo_name : "";
    p.country = ev->geo_country ? ev->geo_country : "";
    p.fips = ev->geo_fips ? ev->geo_fips : "";
    p.adm1 = ev->geo_adm1 ? ev->geo_adm1 : "";
    p.country3 = p.country_name = "";
    p.lat = ev->geo_lat;
    p.lon = ev->geo_lon;
    p.type = type_of(ev->geo_type);
    p.rule = rule_of(ev->geo_rule);
    int ci = g && strlen(p.country) == 2 ? country_of2(g, p.country) : -1;
    if (ci >= 0) {
        p.country3 = g->country[ci].iso3;
        p.country_name = g->country[ci].name;
    }
    if (g && ci >= 0 && p.type == KGEO_CITY) {   /* its GeoNames id: the city at these coordinates */
        int32_t la = (int32_t)lround(p.lat * 1e5), lo = (int32_t)lround(p.lon * 1e5);
        for (int i = g->chead[coord_hash(la, lo) & g->cmask]; i >= 0; i = g->cnext[i]) {
            const gplace *q = &g->place[i];
            if (q->la == la && q->lo == lo && q->kind == KGEO_CITY && q->ci == ci && q->gid > 0 &&
                !strcmp(q->disp, p.name) && !strcmp(q->adm1, p.adm1)) {
                p.geonames_id = q->gid;
                break;
            }
        }
    }
    to_actiongeo(g, &p, out);
    if (!out->rule)
        out->rule = ev->geo_rule;
    return 1;
}

static pthread_once_t def_once = PTHREAD_ONCE_INIT;
static kgeo *def_geo;
static char def_why[512];

static void def_note(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    (void)level;
    snprintf(def_why, sizeof def_why, "%s: %s", loc && loc->file ? loc->file : "gazetteer", msg);
}

static void def_load(void)
{
    char path[4200];
    const char *env = getenv("KHALDUN_GAZETTEER");
    const char *use = NULL;
    if (env && *env)
        use = env;
    else if (access(KGEO_DEFAULT_PATH, R_OK) == 0)
        use = KGEO_DEFAULT_PATH;
    else {
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = 0;
            char *slash = strrchr(exe, '/');
            for (int up = 0; slash && up < 3 && !use; up++) {
                *slash = 0;
                snprintf(path, sizeof path, "%s/%s", exe, KGEO_DEFAULT_PATH);
                if (access(path, R_OK) == 0)
                    use = path;
                slash = strrchr(exe, '/');
            }
        }
    }
    if (!use) {
        snprintf(def_why, sizeof def_why, "%s: gazetteer not found (set KHALDUN_GAZETTEER)",
                 KGEO_DEFAULT_PATH);
        return;
    }
    kdiag d = {def_note, NULL, 0, 0};
    def_geo = kgeo_load(use, &d);
}

const kgeo *kgeo_default(kdiag *d)
{
    static int reported;
    pthread_once(&def_once, def_load);
    if (!def_geo && d && !reported) {
        reported = 1;
        kdiag_report(d, KD_WARN, NULL, "no geolocation: %s", def_why);
    }
    return def_geo;
}

int kgeo_event_of_actiongeo(const kgeo *g, const kgeo_actiongeo *a, kevent *ev)
{
    if (!g)
        g = kgeo_default(NULL);
    if (!g)
        return -1;
    if (!a->type) {           /* located: nowhere */
        ev->geo_name = ev->geo_country = ev->geo_fips = ev->geo_adm1 = ev->geo_type = ev->geo_rule = NULL;
        ev->geo_lat = ev->geo_lon = 0.0;
        ev->geo_done = 1;
        return 0;
    }
    int ci = strlen(a->country) == 2 ? country_of2(g, a->country) : -1;
    int rule = rule_of(a->rule);
    if (ci < 0 || !rule)
        return -1;
    const gcountry *c = &g->country[ci];
    int32_t la = (int32_t)lround(a->lat * 1e5), lo = (int32_t)lround(a->lon * 1e5);
    const char *name = NULL, *adm1 = "";
    int kind = 0;
    size_t nl = strlen(a->name);
    for (int i = g->chead[coord_hash(la, lo) & g->cmask]; i >= 0 && !name; i = g->cnext[i]) {
        const gplace *q = &g->place[i];
        size_t dl = strlen(q->disp);
        if (q->la != la || q->lo != lo || q->ci != ci || dl > nl || memcmp(q->disp, a->name, dl) != 0)
            continue;
        /* the writers' full name: "Name" (country), else "Name, [State, ]Country" */
        if (q->kind == KGEO_COUNTRY ? a->type == 1 && dl == nl
                                    : a->type != 1 && a->name[dl] == ',' && a->name[dl + 1] == ' ') {
            name = q->disp;
            adm1 = q->adm1;
            kind = q->kind;
        }
    }
    if (!name && a->type == 1 && c->has_centroid && !strcmp(c->name, a->name)) {
        name = c->name;        /* the actor rule's centroid */
        kind = KGEO_COUNTRY;
    }
    if (!name)
        return -1;
    ev->geo_name = name;
    ev->geo_country = c->iso2;
    ev->geo_fips = c->fips;
    ev->geo_adm1 = kind == KGEO_COUNTRY ? "" : adm1;
    ev->geo_lat = la / 1e5;
    ev->geo_lon = lo / 1e5;
    ev->geo_type = kgeo_type_name(kind);
    ev->geo_rule = kgeo_rule_name(rule);
    ev->geo_done = 1;
    return 1;
}

static int set_event(int r, const kgeo_place *p, kevent *ev)
{
    ev->geo_name = r ? p->name : NULL;
    ev->geo_country = r ? p->country : NULL;
    ev->geo_fips = r ? p->fips : NULL;
    ev->geo_adm1 = r ? p->adm1 : NULL;
    ev->geo_lat = r ? p->lat : 0.0;
    ev->geo_lon = r ? p->lon : 0.0;
    ev->geo_type = kgeo_type_name(r ? p->type : 0);
    ev->geo_rule = kgeo_rule_name(r);
    ev->geo_done = 1;
    return r;
}

int kgeo_event(const kgeo *g, const ksent *s, const char *dateline, size_t dateline_len,
               kevent *ev)
{
    kgeo_ctx c;
    memset(&c, 0, sizeof c);
    c.actors[c.nactors++] = ev->source;
    c.actors[c.nactors++] = ev->target;
    c.dateline = dateline;
    c.dateline_len = dateline_len;
    kgeo_place p;
    return set_event(kgeo_locate(g, s, &c, &p), &p, ev);
}

int kgeo_ws_event(const kgeo *g, kgeo_ws *w, kevent *ev)
{
    kgeo_place p;
    return set_event(kgeo_ws_locate(g, w, ev->source, ev->target, &p), &p, ev);
}

const char *kgeo_rule_name(int rule)
{
    switch (rule) {
    case KGEO_SENTENCE: return "sentence";
    case KGEO_DATELINE: return "dateline";
    case KGEO_ACTOR: return "actor_country";
    default: return NULL;
    }
}

const char *kgeo_type_name(int type)
{
    return type == KGEO_CITY ? "city" : type == KGEO_COUNTRY ? "country" : type == KGEO_ADM1 ? "adm1" : NULL;
}

int kgeo_gdelt_type(int type, const char *country)
{
    if (type == KGEO_COUNTRY)
        return 1;
    if (type == KGEO_ADM1)
        return country && strcmp(country, "US") == 0 ? 2 : 5;
    if (type == KGEO_CITY)
        return country && strcmp(country, "US") == 0 ? 3 : 4;
    return 0;
}
