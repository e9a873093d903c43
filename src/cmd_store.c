/* cmd_store.c: `khaldun store import|export|synth`: fill an SQLite event
 * store from JSON Lines events, export it in any output format, or (for
 * benchmarks and crash tests) fill it with synthetic events. */
#include "cameo.h"
#include "cmd.h"
#include "cmd_common.h"
#include "dedup.h"
#include "diag.h"
#include "sink.h"
#include "store.h"
#include "geo.h"
#include "util.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void usage(FILE *f)
{
    const kstore_opts def = KSTORE_OPTS_INIT; /* the defaults are written once, there */
    fprintf(f,
        "usage: khaldun store import --db FILE [OPTIONS] EVENTS.jsonl...\n"
        "       khaldun store export --db FILE [--format FMT] [-o PATH] [--mentions PATH]\n"
        "       khaldun store synth  --db FILE --events N [--seed S] [OPTIONS]\n\n"
        "import: add JSON Lines events (one event object a line; '-' = stdin) to the\n"
        "database; stories already in it are skipped, so re-running adds nothing.\n"
        "export: write the stored events (one record per event row, every mention)\n"
        "in an output format (json, petrarch, csv, phoenix, gdelt).\n"
        "synth: add N deterministic synthetic events (benchmarks, tests).\n\n"
        "Options:\n"
        "  --db FILE             the SQLite database (created if absent)\n"
        "  --dedup none|story|day  deduplication of a new database (default none)\n"
        "  --goldstein gdelt|phoenix  Goldstein scheme of a new database (default gdelt)\n"
        "  --batch N             stories per transaction (default %d)\n"
        "  --busy-timeout MS     wait for another writer this long (default %d)\n"
        "  --bulk                large load: query index rebuilt at the end\n"
        "                        (automatic when the database has no events yet)\n"
        "  --auto-bulk N         go on as a bulk load once N events (default %lld) and a\n"
        "                        quarter of the stored ones have been added; 0: never\n"
        "  --format FMT, -o PATH, --mentions PATH   export output (default csv, stdout)\n"
        "  --quiet               no summary line on stderr\n",
        def.batch, def.busy_ms, def.auto_bulk);
}

typedef struct opts {
    const char *db, *format, *out, *mentions;
    kstore_opts so;
    long long nevents;
    unsigned seed;
    int quiet;
} opts;

static const char *const dedup_modes[] = {"none", "story", "day", NULL};   /* KDEDUP_* */
static const char *const gs_schemes[] = {"gdelt", "phoenix", NULL};        /* KCAMEO_GS_* */

/* Options after the subcommand (argv[0]); the files are left in files[]
 * (room for argc entries).  -1 when parsed, else the exit status. */
static int parse_opts(int argc, char **argv, opts *o, char **files, int *nfiles)
{
    kstore_opts def = KSTORE_OPTS_INIT;
    memset(o, 0, sizeof *o);
    o->so = def;
    long long seed = 1;
    const kopt t[] = {
        {"--db", KOPT_STR, &o->db, 0, 0, NULL, NULL},
        {"--format", KOPT_STR, &o->format, 0, 0, NULL, NULL},
        {"-o", KOPT_STR, &o->out, 0, 0, NULL, NULL},
        {"--mentions", KOPT_STR, &o->mentions, 0, 0, NULL, NULL},
        {"--dedup", KOPT_CHOICE, &o->so.dedup, 0, 0, dedup_modes, "--dedup"},
        {"--goldstein", KOPT_CHOICE, &o->so.goldstein, 0, 0, gs_schemes, "--goldstein"},
        {"--batch", KOPT_INT, &o->so.batch, 0, INT_MAX, NULL, NULL},
        {"--busy-timeout", KOPT_INT, &o->so.busy_ms, 0, INT_MAX, NULL, NULL},
        {"--events", KOPT_LLONG, &o->nevents, 0, LLONG_MAX, NULL, NULL},
        {"--seed", KOPT_LLONG, &seed, 0, UINT_MAX, NULL, NULL},
        {"--quiet", KOPT_FLAG, &o->quiet, 0, 0, NULL, NULL},
        {"--bulk", KOPT_FLAG, &o->so.bulk, 0, 0, NULL, NULL},
        {"--auto-bulk", KOPT_LLONG, &o->so.auto_bulk, 0, LLONG_MAX, NULL, NULL},
        KOPT_END,
    };
    int rc = kopt_parse("store", t, argc, argv, files, nfiles, usage);
    o->seed = (unsigned)seed;
    if (rc >= 0)
        return rc;
    if (!o->db) {
        fprintf(stderr, "khaldun: store: --db FILE is required\n");
        return 2;
    }
    return -1;
}

static void summary(const opts *o, const kstore_stats *st, double secs, double cpus)
{
    if (o->quiet)
        return;
    fprintf(stderr, "khaldun: %s: %lld stories added, %lld already present; %lld mentions, "
            "%lld new events in %.2f s, %.2f s CPU (%.0f mentions/s)\n", o->db,
            st->stories_added, st->stories_skipped, st->mentions, st->events_new, secs, cpus,
            secs > 0 ? st->mentions / secs : 0.0);
}

/* ---- import ---------------------------------------------------------- */

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Accept 20210506, "20210506" or "2021-05-06"; 0 when invalid. */
static int jdate(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    int d = 0;
    if (json_is_integer(v))
        d = (int)json_integer_value(v);
    else if (json_is_string(v)) {
        const char *s = json_string_value(v);
        int y, m, dd;
        if (strlen(s) >= 10 && sscanf(s, "%4d-%2d-%2d", &y, &m, &dd) == 3)
            d = y * 10000 + m * 100 + dd;
        else if (strlen(s) == 8)
            d = atoi(s);
    }
    int m = d / 100 % 100, dd = d % 100;
    return d >= 10000101 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31 ? d : 0;
}

typedef struct jline {
    size_t off, len;
    int lineno;
    size_t group;       /* story index, SIZE_MAX for a bad line */
} jline;

/* Story id -> group index (first appearance order). */
typedef struct smap {
    char **keys;
    size_t *vals;
    size_t cap, n;
} smap;

static size_t smap_get(smap *m, const char *k)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 1024;
        char **nk = xcalloc(nc, sizeof *nk);
        size_t *nv = xcalloc(nc, sizeof *nv);
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t h = 5381;
                for (const char *p = m->keys[i]; *p; p++)
                    h = h * 33 + (unsigned char)*p;
                size_t j = h & (nc - 1);
                while (nk[j])
                    j = (j + 1) & (nc - 1);
                nk[j] = m->keys[i];
                nv[j] = m->vals[i];
            }
        free(m->keys);
        free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    size_t h = 5381;
    for (const char *p = k; *p; p++)
        h = h * 33 + (unsigned char)*p;
    size_t j = h & (m->cap - 1);
    while (m->keys[j]) {
        if (!strcmp(m->keys[j], k))
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = xstrdup(k);
    m->vals[j] = m->n;
    return m->n++;
}

static void smap_free(smap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
}

/* Parse one line into ev; reports and returns -1 when it is unusable. */
static int parse_event(const char *text, size_t n, const kloc *where, kdiag *d, json_t **out,
                       kevent *ev)
{
    json_error_t je;
    json_t *o = json_loadb(text, n, 0, &je);
    kloc l = *where;
    if (!json_is_object(o)) {
        if (o)
            kdiag_report(d, KD_ERROR, &l, "expected a JSON object");
        else {
            l.col = je.column;
            kdiag_report(d, KD_ERROR, &l, "%s", je.text);
        }
        json_decref(o);
        return -1;
    }
    memset(ev, 0, sizeof *ev);
    ev->story_id = jstr(o, "story_id");
    ev->sentence_id = jstr(o, "sentence_id");
    ev->date = jdate(o, "date");
    ev->source = jstr(o, "source");
    ev->target = jstr(o, "target");
    ev->code = jstr(o, "code");
    ev->sentence = jstr(o, "sentence");
    ev->source_text = jstr(o, "source_text");
    ev->target_text = jstr(o, "target_text");
    ev->verb_text = jstr(o, "verb_text");
    ev->pattern = jstr(o, "pattern");
    ev->pattern_file = jstr(o, "pattern_file");
    json_t *pl = json_object_get(o, "pattern_line");
    ev->pattern_line = json_is_integer(pl) ? (int)json_integer_value(pl) : 0;
    ev->issues = jstr(o, "issues");
    ev->source_resolved = jstr(o, "source_resolved");
    ev->target_resolved = jstr(o, "target_resolved");
    /* ActionGeo as khaldun code wrote it (with the parse): used as it is;
     * a present geo_rule of null means geolocation found nothing */
    if (json_object_get(o, "geo_rule")) {
        ev->geo_rule = jstr(o, "geo_rule");
        ev->geo_done = 1;
    }
    if (ev->geo_rule) {
        ev->geo_name = jstr(o, "geo_name");
        ev->geo_country = jstr(o, "geo_country");
        ev->geo_fips = jstr(o, "geo_fips");
        ev->geo_adm1 = jstr(o, "geo_adm1");
        ev->geo_type = jstr(o, "geo_type");
        json_t *la = json_object_get(o, "geo_lat"), *lo = json_object_get(o, "geo_lon");
        ev->geo_lat = json_is_number(la) ? json_number_value(la) : 0.0;
        ev->geo_lon = json_is_number(lo) ? json_number_value(lo) : 0.0;
    }
    const char *missing = !ev->story_id ? "story_id" : !ev->date ? "date (YYYYMMDD or YYYY-MM-DD)"
                        : !ev->source ? "source" : !ev->target ? "target" : !ev->code ? "code" : NULL;
    if (missing) {
        l.record = ev->story_id;
        kdiag_report(d, KD_ERROR, &l, "missing or invalid \"%s\"", missing);
        json_decref(o);
        return -1;
    }
    *out = o;
    return 0;
}

/* Import one file.  The whole file is read first and its events grouped by
 * story (in order of first appearance), so each story is stored in one
 * piece even when its events are scattered: a crash then never leaves part
 * of a story.  Returns 0, 1 (some lines bad) or 2 (store failed). */
static int import_file(kstore *st, const char *path, kdiag *d, long long *nbad)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    const char *name = strcmp(path, "-") ? path : "<stdin>";
    if (!f) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open: %s", strerror(errno));
        return 1;
    }
    kbuf all;
    kbuf_init(&all);
    char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        kbuf_add(&all, chunk, got);
    int rerr = ferror(f);
    if (f != stdin)
        fclose(f);
    if (rerr) {
        kloc l = {name, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "read error");
        kbuf_free(&all);
        return 1;
    }
    jline *lines = NULL;
    size_t nl = 0, cap = 0;
    smap groups = {0};
    int rc = 0, lineno = 0;
    for (size_t p = 0; p < all.len;) {
        char *nlp = memchr(all.s + p, '\n', all.len - p);
        size_t e = nlp ? (size_t)(nlp - all.s) : all.len;
        size_t len = e - p;
        lineno++;
        while (len > 0 && (all.s[p + len - 1] == '\r' || all.s[p + len - 1] == ' '))
            len--;
        if (len > 0) {
            kloc l = {name, lineno, 0, NULL};
            json_t *o = NULL;
            kevent ev;
            XGROW(lines, cap, nl + 1);
            lines[nl] = (jline){p, len, lineno, SIZE_MAX};
            if (parse_event(all.s + p, len, &l, d, &o, &ev) == 0) {
                lines[nl].group = smap_get(&groups, ev.story_id);
                json_decref(o);
            } else {
                (*nbad)++;
                rc = 1;
            }
            nl++;
        }
        p = e + 1;
    }
    /* stable counting sort of the good lines by story group */
    size_t ng = groups.n;
    size_t *start = xcalloc(ng + 1, sizeof *start);
    for (size_t i = 0; i < nl; i++)
        if (lines[i].group != SIZE_MAX)
            start[lines[i].group + 1]++;
    for (size_t g = 0; g < ng; g++)
        start[g + 1] += start[g];
    size_t *order = xmalloc((start[ng] ? start[ng] : 1) * sizeof *order);
    for (size_t i = 0; i < nl; i++)
        if (lines[i].group != SIZE_MAX)
            order[start[lines[i].group]++] = i;
    size_t ngood = ng ? start[ng - 1] : 0;
    size_t prev_group = SIZE_MAX;
    for (size_t k = 0; k < ngood && rc < 2; k++) {
        jline *ln = &lines[order[k]];
        kloc l = {name, ln->lineno, 0, NULL};
        json_t *o = NULL;
        kevent ev;
        if (parse_event(all.s + ln->off, ln->len, &l, d, &o, &ev) != 0)
            continue;   /* cannot happen: parsed once already */
        if (ln->group != prev_group) {
            kstory_meta m = {ev.story_id, ev.date, jstr(o, "news_source"), jstr(o, "url"),
                             jstr(o, "title"), jstr(o, "dateline")};
            prev_group = ln->group;
            if (kstore_story(st, &m) < 0)
                rc = 2;
        }
        if (rc < 2 && kstore_event(st, &ev) != 0)
            rc = 2;
        json_decref(o);
    }
    free(order);
    free(start);
    free(lines);
    smap_free(&groups);
    kbuf_free(&all);
    return rc;
}

static int run_import(opts *o, int nfiles, char **files)
{
    kdiag d = {cli_diag, NULL, 0, 0};
    if (!nfiles) {
        fprintf(stderr, "khaldun: store import: no input files (use '-' for stdin)\n");
        return 2;
    }
    kstore *st = kstore_open(o->db, &o->so, &d);
    if (!st)
        return 2;
    double t0 = kcmd_now(), c0 = kcmd_cpu_now();
    int rc = 0;
    long long nbad = 0;
    for (int i = 0; i < nfiles && rc < 2; i++) {
        int r = import_file(st, files[i], &d, &nbad);
        if (r > rc)
            rc = r;
    }
    kstore_stats s;
    if (kstore_close(st, &s) != 0)
        rc = 2;
    summary(o, &s, kcmd_now() - t0, kcmd_cpu_now() - c0);
    if (nbad && !o->quiet)
        fprintf(stderr, "khaldun: %lld bad input lines skipped\n", nbad);
    return rc;
}

/* ---- synth ----------------------------------------------------------- */

static unsigned rnd(unsigned long long *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(*s >> 33);
}

/* Append decimal v at p; returns the end (synth's hot loop: no snprintf). */
static char *put_num(char *p, long long v)
{
    char t[24];
    int n = 0;
    do
        t[n++] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    while (n)
        *p++ = t[--n];
    return p;
}

static char *put_str(char *p, const char *s)
{
    size_t n = strlen(s);
    memcpy(p, s, n);
    return p + n;
}

static int run_synth(opts *o)
{
    static const char *const countries[] = {
        "USA", "RUS", "CHN", "GBR", "FRA", "DEU", "LBY", "EGY", "TUR", "IRN", "IRQ", "SYR",
        "ISR", "PSE", "SAU", "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "UKR", "NGA", "ZAF",
        "BRA", "MEX", "COL", "VEN", "CUB", "CAN", "AUS", "ITA", "ESP", "POL", "GRC", "TUN",
        "DZA", "MAR", "SDN", "ETH", "KEN", "SOM", "YEM", "QAT", "ARE", "JOR", "LBN", "IDN",
        "PHL", "VNM",
    };
    static const char *const roles[] = {"", "GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "COP"};
    kdiag d = {cli_diag, NULL, 0, 0};
    if (o->nevents <= 0) {
        fprintf(stderr, "khaldun: store synth: --events N is required\n");
        return 2;
    }
    kstore *st = kstore_open(o->db, &o->so, &d);
    if (!st)
        return 2;
    unsigned long long r = o->seed * 2654435761ull + 1;
    int nc = (int)(sizeof countries / sizeof *countries);
    int nr = (int)(sizeof roles / sizeof *roles);
    char story[64], sent[80], src[16], tgt[16], text[160];
    double t0 = kcmd_now(), c0 = kcmd_cpu_now();
    int rc = 0;
    long long done = 0;
    /* crash tests: KHALDUN_TEST_KILL_AT_EVENT=N makes the process SIGKILL
     * itself when it reaches event N (mid-transaction), at a point a test can
     * choose, where an outside kill -9 lands wherever the machine's load
     * lets it */
    const char *kenv = getenv("KHALDUN_TEST_KILL_AT_EVENT");
    long long kill_at = kenv ? strtoll(kenv, NULL, 10) : -1;
    for (long long si = 0; done < o->nevents && !rc; si++) {
        int date = 20150101 + (int)(si * 37 / 1000 % 10) * 10000
                 + (int)(rnd(&r) % 12) * 100 + (int)(rnd(&r) % 28);
        char *e = put_num(put_str(story, "synth-"), o->seed);
        *e++ = '-';
        e = put_num(e, si);
        *e = '\0';
        size_t story_len = (size_t)(e - story);
        kstory_meta m = {story, date, (si % 3) ? "Wire A" : "Wire B", NULL, NULL, NULL};
        if (kstore_story(st, &m) < 0) {
            rc = 2;
            break;
        }
        int nev = 5 + (int)(rnd(&r) % 10);
        for (int k = 0; k < nev && done < o->nevents; k++, done++) {
            int a = (int)(rnd(&r) % (unsigned)nc), b = (int)(rnd(&r) % (unsigned)nc);
            *put_str(put_str(src, countries[a]), roles[rnd(&r) % (unsigned)nr]) = '\0';
            *put_str(put_str(tgt, countries[b]), roles[rnd(&r) % (unsigned)nr]) = '\0';
            const kcameo_row *row = &kcameo_rows[rnd(&r) % (unsigned)kcameo_nrows];
            /* "<story>-<n>" and "Synthetic sentence <n> of story <story>." */
            memcpy(sent, story, story_len);
            sent[story_len] = '-';
            *put_num(sent + story_len + 1, k / 2 + 1) = '\0';
            e = put_num(put_str(text, "Synthetic sentence "), k / 2 + 1);
            e = put_str(put_str(e, " of story "), story);
            memcpy(e, ".", 2);
            kevent ev = {.story_id = story, .sentence_id = sent, .date = date, .source = src,
                         .target = tgt, .code = row->code, .sentence = text,
                         .source_text = countries[a], .target_text = countries[b], .verb_text = "verb"};
            if (done == kill_at)
                raise(SIGKILL);
            if (kstore_event(st, &ev) != 0) {
                rc = 2;
                break;
            }
        }
    }
    kstore_stats s;
    if (kstore_close(st, &s) != 0)
        rc = 2;
    summary(o, &s, kcmd_now() - t0, kcmd_cpu_now() - c0);
    return rc;
}

/* ---- export ---------------------------------------------------------- */

static const char *col_text(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? v : "";
}

static char *col_dup(karena *a, sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? karena_strdup(a, v) : NULL;
}

static int run_export(opts *o)
{
    kdiag d = {cli_diag, NULL, 0, 0};
    sqlite3 *db;
    if (sqlite3_open_v2(o->db, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "khaldun: %s: cannot open database: %s\n", o->db, sqlite3_errmsg(db));
        sqlite3_close(db);
        return 2;
    }
    sqlite3_busy_timeout(db, o->so.busy_ms);
    ksink_opts so = KSINK_OPTS_INIT;
    so.format = o->format ? o->format : "csv";
    so.path = o->out;
    so.mentions_path = o->mentions;
    so.goldstein = o->so.goldstein;
    sqlite3_stmt *ev = NULL, *men = NULL;
    const char *q1 = "SELECT event_id, date, source, target, code, n_mentions, n_sources, n_articles,"
                     " geo_type, geo_name, geo_country, geo_adm1, geo_lat, geo_lon, geo_feature, geo_rule"
                     " FROM events ORDER BY event_id";
    const char *q2 = "SELECT s.story_id, se.sentence_id, m.source_text, m.target_text, m.verb_text,"
                     " m.pattern, m.pattern_file, m.pattern_line, m.issues, m.source_resolved,"
                     " m.target_resolved, se.text, s.date, s.source, s.url, s.title, s.dateline"
                     " FROM mentions m JOIN stories s ON s.story_no = m.story_no"
                     " LEFT JOIN sentences se ON se.story_no = m.story_no AND se.sentence_no = m.sentence_no"
                     " WHERE m.event_id = ?1 ORDER BY m.mention_no";
    if (sqlite3_prepare_v2(db, q1, -1, &ev, NULL) != SQLITE_OK
        || sqlite3_prepare_v2(db, q2, -1, &men, NULL) != SQLITE_OK) {
        fprintf(stderr, "khaldun: %s: not a khaldun event store: %s\n", o->db, sqlite3_errmsg(db));
        sqlite3_finalize(ev);
        sqlite3_close(db);
        return 2;
    }
    ksink *sk = ksink_open(&so, &d);
    if (!sk) {
        sqlite3_finalize(ev);
        sqlite3_finalize(men);
        sqlite3_close(db);
        return 2;
    }
    karena a;
    karena_init(&a);
    kevent *evs = NULL;
    const kevent **pe = NULL;
    kstory_meta *ms = NULL;
    const kstory_meta **pm = NULL;
    size_t cap = 0, cap2 = 0, cap3 = 0, cap4 = 0;
    int rc = 0, src;
    while ((src = sqlite3_step(ev)) == SQLITE_ROW && !rc) {
        karena_reset(&a);
        long long id = sqlite3_column_int64(ev, 0);
        int date = sqlite3_column_int(ev, 1);
        char *s = col_dup(&a, ev, 2), *t = col_dup(&a, ev, 3), *c = col_dup(&a, ev, 4);
        /* the stored ActionGeo: written as it is, not located again */
        kgeo_actiongeo g;
        memset(&g, 0, sizeof g);
        g.type = sqlite3_column_type(ev, 8) == SQLITE_NULL ? 0 : sqlite3_column_int(ev, 8);
        snprintf(g.name, sizeof g.name, "%s", col_text(ev, 9));
        snprintf(g.country, sizeof g.country, "%s", col_text(ev, 10));
        snprintf(g.adm1, sizeof g.adm1, "%s", col_text(ev, 11));
        g.lat = sqlite3_column_double(ev, 12);
        g.lon = sqlite3_column_double(ev, 13);
        snprintf(g.feature_id, sizeof g.feature_id, "%s", col_text(ev, 14));
        g.rule = col_dup(&a, ev, 15);
        sqlite3_bind_int64(men, 1, id);
        size_t n = 0;
        while (sqlite3_step(men) == SQLITE_ROW) {
            XGROW(evs, cap, n + 1);
            XGROW(ms, cap3, n + 1);
            kevent *e = &evs[n];
            memset(e, 0, sizeof *e);
            e->date = date;
            e->source = s;
            e->target = t;
            e->code = c;
            e->story_id = col_dup(&a, men, 0);
            e->sentence_id = col_dup(&a, men, 1);
            e->source_text = col_dup(&a, men, 2);
            e->target_text = col_dup(&a, men, 3);
            e->verb_text = col_dup(&a, men, 4);
            e->pattern = col_dup(&a, men, 5);
            e->pattern_file = col_dup(&a, men, 6);
            e->pattern_line = sqlite3_column_int(men, 7);
            e->issues = col_dup(&a, men, 8);
            e->source_resolved = col_dup(&a, men, 9);
            e->target_resolved = col_dup(&a, men, 10);
            e->sentence = col_dup(&a, men, 11);
            kstory_meta *m = &ms[n];
            m->id = e->story_id;
            m->date = sqlite3_column_int(men, 12);
            m->source = col_dup(&a, men, 13);
            m->url = col_dup(&a, men, 14);
            m->title = col_dup(&a, men, 15);
            m->dateline = col_dup(&a, men, 16);
            kgeo_event_of_actiongeo(NULL, &g, e);   /* -1: not in the gazetteer, located as before */
            n++;
        }
        sqlite3_reset(men);
        if (!n)
            continue;
        XGROW(pe, cap2, n);
        XGROW(pm, cap4, n);
        for (size_t i = 0; i < n; i++) {
            pe[i] = &evs[i];
            pm[i] = &ms[i];
        }
        krecord r = {id, pe[0], pe, pm, (int)n, sqlite3_column_int(ev, 6), sqlite3_column_int(ev, 7)};
        if (ksink_record(sk, &r) != 0)
            rc = 2;
    }
    if (src != SQLITE_DONE && src != SQLITE_ROW) {
        fprintf(stderr, "khaldun: %s: %s\n", o->db, sqlite3_errmsg(db));
        rc = 2;
    }
    if (rc)
        ksink_abort(sk);
    else if (ksink_close(sk) != 0)
        rc = 2;
    free(evs);
    free(pe);
    free(ms);
    free(pm);
    karena_free(&a);
    sqlite3_finalize(ev);
    sqlite3_finalize(men);
    sqlite3_close(db);
    return rc;
}

/* ---- convert (khaldun convert) -------------------------------------- */

static void convert_usage(FILE *f)
{
    fprintf(f,
        "usage: khaldun convert [--format FMT] [--dedup none|story|day] [--goldstein gdelt|phoenix]\n"
        "                       [-o PATH] [--mentions PATH] EVENTS.jsonl...\n\n"
        "Rewrite JSON Lines events (khaldun code's output; '-' = stdin) in another\n"
        "format, deduplicated: json, petrarch, csv (default), phoenix, gdelt (with a\n"
        "Mentions file: PATH.mentions, or X.mentions.CSV for X.export.CSV).\n"
        "The output appears under PATH only when complete.\n");
}

int cmd_convert(int argc, char **argv)
{
    ksink_opts so = KSINK_OPTS_INIT;
    const kopt t[] = {
        {"--format", KOPT_STR, &so.format, 0, 0, NULL, NULL},
        {"-o", KOPT_STR, &so.path, 0, 0, NULL, NULL},
        {"--mentions", KOPT_STR, &so.mentions_path, 0, 0, NULL, NULL},
        {"--dedup", KOPT_CHOICE, &so.dedup, 0, 0, dedup_modes, "--dedup"},
        {"--goldstein", KOPT_CHOICE, &so.goldstein, 0, 0, gs_schemes, "--goldstein"},
        KOPT_END,
    };
    char **files = xmalloc(sizeof(char *) * (size_t)argc);
    int nfiles = 0;
    int prc = kopt_parse("convert", t, argc, argv, files, &nfiles, convert_usage);
    if (prc < 0 && !nfiles) {
        convert_usage(stderr);
        prc = 2;
    }
    if (prc >= 0) {
        free(files);
        return prc;
    }
    kdiag d = {cli_diag, NULL, 0, 0};
    ksink *sk = ksink_open(&so, &d);
    if (!sk) {
        free(files);
        return 2;
    }
    int rc = 0;
    char *line = NULL;
    size_t cap = 0;
    for (int i = 0; i < nfiles && rc < 2; i++) {
        const char *name = strcmp(files[i], "-") ? files[i] : "<stdin>";
        FILE *f = strcmp(files[i], "-") ? fopen(files[i], "r") : stdin;
        if (!f) {
            kloc l = {files[i], 0, 0, NULL};
            kdiag_report(&d, KD_ERROR, &l, "cannot open: %s", strerror(errno));
            rc = 1;
            continue;
        }
        ssize_t n;
        int lineno = 0;
        while (rc < 2 && (n = getline(&line, &cap, f)) > 0) {
            lineno++;
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
                line[--n] = '\0';
            if (!n)
                continue;
            kloc l = {name, lineno, 0, NULL};
            json_t *o;
            kevent ev;
            if (parse_event(line, (size_t)n, &l, &d, &o, &ev) != 0) {
                rc = 1;
                continue;
            }
            kstory_meta m = {ev.story_id, ev.date, jstr(o, "news_source"), jstr(o, "url"),
                             jstr(o, "title"), jstr(o, "dateline")};
            ksink_story(sk, &m);
            if (ksink_event(sk, &ev) != 0)
                rc = 2;
            json_decref(o);
        }
        if (f != stdin)
            fclose(f);
    }
    free(line);
    free(files);
    if (rc == 2)
        ksink_abort(sk);
    else if (ksink_close(sk) != 0)
        rc = 2;
    return rc;
}

int cmd_store(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    opts o;
    const char *sub = argv[1];
    if (strcmp(sub, "import") && strcmp(sub, "export") && strcmp(sub, "synth")) {
        fprintf(stderr, "khaldun: store: unknown subcommand '%s'\n", sub);
        usage(stderr);
        return 2;
    }
    char **files = xmalloc(sizeof(char *) * (size_t)argc);
    int nfiles = 0;
    int rc = parse_opts(argc - 1, argv + 1, &o, files, &nfiles);
    if (rc < 0 && !strcmp(sub, "import"))
        rc = run_import(&o, nfiles, files);
    else if (rc < 0 && nfiles) {
        fprintf(stderr, "khaldun: store %s: unexpected argument '%s'\n", sub, files[0]);
        rc = 2;
    } else if (rc < 0)
        rc = !strcmp(sub, "export") ? run_export(&o) : run_synth(&o);
    free(files);
    return rc;
}
