/* cmd_query.c: `khaldun query --db FILE COMMAND`: the first questions
 * people ask of an event store (top dyads, counts by root or QuadClass,
 * Goldstein sums, the events between two countries with their sentences).
 * Output: an aligned table on a terminal, CSV otherwise, or --format
 * table|csv|json. */
#include "cmd.h"
#include "cmd_common.h"
#include "sink.h"
#include "util.h"

#include <ctype.h>
#include <limits.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fprintf(f,
        "usage: khaldun query --db FILE [OPTIONS] COMMAND\n\n"
        "Commands:\n"
        "  summary                      rows per table, date range, dedup mode\n"
        "  dyads                        top source->target country pairs by events\n"
        "  counts  --country X | --pair A,B   event counts per period and root code\n"
        "                               (--by quad: per QuadClass)\n"
        "  goldstein --country X | --pair A,B  Goldstein sum and mean per period\n"
        "  events  --pair A,B           the events between two countries, one row\n"
        "                               per mention, with the sentence\n\n"
        "Options:\n"
        "  --db FILE            the event store (khaldun store / khaldun code --db)\n"
        "  --format table|csv|json  output (default: table on a terminal, else csv)\n"
        "  --per month|day      period of counts and goldstein (default month)\n"
        "  --by root|quad       grouping of counts (default root)\n"
        "  --undirected         --pair A,B also counts B->A\n"
        "  --from YYYYMMDD, --to YYYYMMDD   date range (inclusive)\n"
        "  --top N, --limit N   rows of dyads (default 20) / events (default 100)\n"
        "  --busy-timeout MS    wait for a writer this long (default 5000)\n"
        "  --timing             print the query's run time on stderr\n");
}

enum { F_TABLE, F_CSV, F_JSON };

typedef struct qopts {
    const char *db, *cmd, *country, *per, *by;
    char a[16], b[16];
    int pair, undirected, from, to, top, limit, busy, format, timing;
} qopts;

/* ---- result collection and printing ------------------------------- */

typedef struct table {
    int ncol;
    char **names;
    kbuf cells;          /* all cell texts, NUL-separated */
    size_t *off;         /* offsets of cells into cells.s; row-major */
    char *isnum;         /* per cell: 0 text, 1 integer, 2 real, 3 null */
    size_t ncell, cap, cap2;
} table;

static int collect(sqlite3_stmt *st, table *t, const char *db)
{
    memset(t, 0, sizeof *t);
    kbuf_init(&t->cells);
    t->ncol = sqlite3_column_count(st);
    t->names = xcalloc((size_t)t->ncol, sizeof *t->names);
    for (int i = 0; i < t->ncol; i++)
        t->names[i] = xstrdup(sqlite3_column_name(st, i));
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < t->ncol; i++) {
            XGROW(t->off, t->cap, t->ncell + 1);
            XGROW(t->isnum, t->cap2, t->ncell + 1);
            int ty = sqlite3_column_type(st, i);
            const char *v = (const char *)sqlite3_column_text(st, i);
            t->off[t->ncell] = t->cells.len;
            t->isnum[t->ncell] = ty == SQLITE_INTEGER ? 1 : ty == SQLITE_FLOAT ? 2 : ty == SQLITE_NULL ? 3 : 0;
            if (ty == SQLITE_FLOAT) {
                char num[64];
                snprintf(num, sizeof num, "%.10g", sqlite3_column_double(st, i));
                kbuf_puts(&t->cells, num);
            } else
                kbuf_puts(&t->cells, v ? v : "");
            kbuf_putc(&t->cells, '\0');
            t->ncell++;
        }
    }
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "khaldun: %s: %s\n", db, sqlite3_errmsg(sqlite3_db_handle(st)));
        return -1;
    }
    return 0;
}

static void table_free(table *t)
{
    for (int i = 0; i < t->ncol; i++)
        free(t->names[i]);
    free(t->names);
    free(t->off);
    free(t->isnum);
    kbuf_free(&t->cells);
}

/* Display width of a UTF-8 string (code points; good enough for tables). */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            w++;
    return w;
}

static void print_table(const table *t)
{
    size_t nrow = t->ncol ? t->ncell / (size_t)t->ncol : 0;
    size_t *w = xcalloc((size_t)t->ncol, sizeof *w);
    for (int c = 0; c < t->ncol; c++)
        w[c] = width(t->names[c]);
    for (size_t i = 0; i < t->ncell; i++) {
        size_t cw = width(t->cells.s + t->off[i]);
        if (cw > 60)
            cw = 60;
        if (cw > w[i % (size_t)t->ncol])
            w[i % (size_t)t->ncol] = cw;
    }
    for (int c = 0; c < t->ncol; c++)
        printf("%s%-*s", c ? "  " : "", (int)w[c], t->names[c]);
    putchar('\n');
    for (int c = 0; c < t->ncol; c++) {
        printf("%s", c ? "  " : "");
        for (size_t k = 0; k < w[c]; k++)
            putchar('-');
    }
    putchar('\n');
    for (size_t r = 0; r < nrow; r++) {
        for (int c = 0; c < t->ncol; c++) {
            size_t i = r * (size_t)t->ncol + (size_t)c;
            const char *v = t->cells.s + t->off[i];
            size_t vw = width(v);
            int num = t->isnum[i] == 1 || t->isnum[i] == 2;
            printf("%s", c ? "  " : "");
            if (vw > 60) {      /* cut long text on a character boundary */
                size_t k = 0, cw = 0;
                while (v[k] && cw < 57) {
                    k++;
                    while (((unsigned char)v[k] & 0xC0) == 0x80)
                        k++;
                    cw++;
                }
                for (size_t j = 0; j < k; j++)
                    putchar(v[j] == '\n' || v[j] == '\t' ? ' ' : v[j]);
                printf("...");
                continue;
            }
            if (num)
                printf("%*s", (int)(w[c] - vw), "");
            for (const char *p = v; *p; p++)
                putchar(*p == '\n' || *p == '\t' ? ' ' : *p);
            if (!num && c + 1 < t->ncol)
                printf("%*s", (int)(w[c] - vw), "");
        }
        putchar('\n');
    }
    printf("(%zu row%s)\n", nrow, nrow == 1 ? "" : "s");
    free(w);
}

static void print_csv(const table *t)
{
    for (int c = 0; c < t->ncol; c++) {
        if (c)
            putchar(',');
        ksink_put_csv(stdout, t->names[c]);
    }
    fputs("\r\n", stdout);
    for (size_t i = 0; i < t->ncell; i++) {
        if (i % (size_t)t->ncol)
            putchar(',');
        ksink_put_csv(stdout, t->cells.s + t->off[i]);
        if (i % (size_t)t->ncol == (size_t)t->ncol - 1)
            fputs("\r\n", stdout);
    }
}

static void print_json(const table *t)
{
    json_t *arr = json_array();
    size_t nrow = t->ncol ? t->ncell / (size_t)t->ncol : 0;
    for (size_t r = 0; r < nrow; r++) {
        json_t *o = json_object();
        for (int c = 0; c < t->ncol; c++) {
            size_t i = r * (size_t)t->ncol + (size_t)c;
            const char *v = t->cells.s + t->off[i];
            json_t *j = t->isnum[i] == 1 ? json_integer(strtoll(v, NULL, 10))
                      : t->isnum[i] == 2 ? json_real(strtod(v, NULL))
                      : t->isnum[i] == 3 ? json_null() : json_string(v);
            if (!j)   /* invalid UTF-8 in a text cell */
                j = json_stringn_nocheck(v, strlen(v));
            json_object_set_new(o, t->names[c], j);
        }
        json_array_append_new(arr, o);
    }
    char *s = json_dumps(arr, JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    if (s)
        puts(s);
    free(s);
    json_decref(arr);
}

/* ---- the queries --------------------------------------------------- */

static void upcase(char *dst, const char *src, size_t n)
{
    size_t i = 0;
    for (; src[i] && i + 1 < n; i++)
        dst[i] = (char)toupper((unsigned char)src[i]);
    dst[i] = '\0';
}

/* WHERE clause for --country / --pair and the date range; binds ?1 ?2 ?3 ?4 */
static void where(const qopts *o, kbuf *q, const char *alias)
{
    const char *p = alias;
    if (o->pair && o->undirected)
        kbuf_printf(q, " WHERE ((%ssource_country = ?1 AND %starget_country = ?2)"
                       " OR (%ssource_country = ?2 AND %starget_country = ?1))", p, p, p, p);
    else if (o->pair)
        kbuf_printf(q, " WHERE %ssource_country = ?1 AND %starget_country = ?2", p, p);
    else if (o->country)
        kbuf_printf(q, " WHERE (%ssource_country = ?1 OR %starget_country = ?1)", p, p);
    else
        kbuf_printf(q, " WHERE 1");
    if (o->from)
        kbuf_printf(q, " AND %smonth >= ?3 / 100 AND %sdate >= ?3", p, p);
    if (o->to)
        kbuf_printf(q, " AND %smonth <= ?4 / 100 AND %sdate <= ?4", p, p);
}

static int need_sel(const qopts *o)
{
    if (!o->pair && !o->country) {
        fprintf(stderr, "khaldun: query %s: --country X or --pair A,B is required\n", o->cmd);
        return -1;
    }
    return 0;
}

static int build(const qopts *o, kbuf *q)
{
    const char *period = o->per && !strcmp(o->per, "day") ? "date" : "month";
    if (!strcmp(o->cmd, "summary")) {
        kbuf_puts(q, "SELECT (SELECT count(*) FROM stories) AS stories,"
                     " (SELECT count(*) FROM sentences) AS sentences,"
                     " (SELECT count(*) FROM events) AS events,"
                     " (SELECT count(*) FROM mentions) AS mentions,"
                     " (SELECT min(date) FROM events) AS first_date,"
                     " (SELECT max(date) FROM events) AS last_date,"
                     " (SELECT value FROM meta WHERE key = 'dedup') AS dedup,"
                     " (SELECT value FROM meta WHERE key = 'goldstein') AS goldstein");
        return 0;
    }
    if (!strcmp(o->cmd, "dyads")) {
        /* count(*) only: answered from the events_pair index alone */
        kbuf_puts(q, "SELECT source_country, target_country, count(*) AS events FROM events");
        where(o, q, "");
        kbuf_printf(q, " AND source_country IS NOT NULL AND target_country IS NOT NULL"
                       " GROUP BY source_country, target_country"
                       " ORDER BY events DESC, source_country, target_country LIMIT %d", o->top);
        return 0;
    }
    if (!strcmp(o->cmd, "counts")) {
        if (need_sel(o))
            return -1;
        int quad = o->by && !strcmp(o->by, "quad");
        kbuf_printf(q, "SELECT %s AS %s, %s AS %s, count(*) AS events, sum(n_mentions) AS mentions"
                       " FROM events", period, period, quad ? "quad_class" : "root",
                    quad ? "quad_class" : "root");
        where(o, q, "");
        kbuf_puts(q, " GROUP BY 1, 2 ORDER BY 1, 2");
        return 0;
    }
    if (!strcmp(o->cmd, "goldstein")) {
        if (need_sel(o))
            return -1;
        kbuf_printf(q, "SELECT %s AS %s, count(*) AS events, round(sum(goldstein), 1) AS goldstein_sum,"
                       " round(avg(goldstein), 2) AS goldstein_mean FROM events", period, period);
        where(o, q, "");
        kbuf_puts(q, " GROUP BY 1 ORDER BY 1");
        return 0;
    }
    if (!strcmp(o->cmd, "events")) {
        if (!o->pair) {
            fprintf(stderr, "khaldun: query events: --pair A,B is required\n");
            return -1;
        }
        kbuf_puts(q, "SELECT e.event_id, e.date, e.source, e.target, e.code, e.goldstein,"
                     " st.story_id, se.sentence_id, se.text AS sentence"
                     " FROM events e JOIN mentions m ON m.event_id = e.event_id"
                     " JOIN stories st ON st.story_no = m.story_no"
                     " LEFT JOIN sentences se ON se.story_no = m.story_no"
                     " AND se.sentence_no = m.sentence_no");
        where(o, q, "e.");
        kbuf_printf(q, " ORDER BY e.date, e.event_id, m.mention_no LIMIT %d", o->limit);
        return 0;
    }
    fprintf(stderr, "khaldun: query: unknown command '%s' (summary, dyads, counts, goldstein, events)\n",
            o->cmd);
    return -1;
}

static int parse_date(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < 10000101 || v > 99991231 || v / 100 % 100 < 1 || v / 100 % 100 > 12)
        return -1;
    *out = (int)v;
    return 0;
}

int cmd_query(int argc, char **argv)
{
    qopts o;
    memset(&o, 0, sizeof o);
    o.top = 20;
    o.limit = 100;
    o.busy = 5000;
    o.format = isatty(STDOUT_FILENO) ? F_TABLE : F_CSV;
    static const char *const formats[] = {"table", "csv", "json", NULL}; /* F_* */
    static const char *const pers[] = {"month", "day", NULL};
    static const char *const bys[] = {"root", "quad", NULL};
    const char *country = NULL, *pair = NULL, *from = NULL, *to = NULL;
    int per = 0, by = 0;
    const kopt opts[] = {
        {"--db", KOPT_STR, &o.db, 0, 0, NULL, NULL},
        {"--format", KOPT_CHOICE, &o.format, 0, 0, formats, "--format"},
        {"--country", KOPT_STR, &country, 0, 0, NULL, NULL},
        {"--pair", KOPT_STR, &pair, 0, 0, NULL, NULL},
        {"--per", KOPT_CHOICE, &per, 0, 0, pers, NULL},
        {"--by", KOPT_CHOICE, &by, 0, 0, bys, NULL},
        {"--from", KOPT_STR, &from, 0, 0, NULL, NULL},
        {"--to", KOPT_STR, &to, 0, 0, NULL, NULL},
        {"--top", KOPT_INT, &o.top, 1, INT_MAX, NULL, NULL},
        {"--limit", KOPT_INT, &o.limit, 1, INT_MAX, NULL, NULL},
        {"--busy-timeout", KOPT_INT, &o.busy, 0, INT_MAX, NULL, NULL},
        {"--undirected", KOPT_FLAG, &o.undirected, 0, 0, NULL, NULL},
        {"--timing", KOPT_FLAG, &o.timing, 0, 0, NULL, NULL},
        KOPT_END,
    };
    char **pos = xmalloc(sizeof(char *) * (size_t)argc);
    int npos = 0;
    int prc = kopt_parse("query", opts, argc, argv, pos, &npos, usage);
    if (prc < 0 && npos > 1) {
        fprintf(stderr, "khaldun: query: unexpected argument '%s'\n", pos[1]);
        prc = 2;
    }
    o.cmd = npos ? pos[0] : NULL;
    free(pos);
    if (prc >= 0)
        return prc;
    if (country) {
        upcase(o.a, country, sizeof o.a);
        o.country = o.a;
    }
    if (pair) {
        const char *c = strchr(pair, ',');
        if (!c || c == pair || !c[1]) {
            fprintf(stderr, "khaldun: query: --pair wants A,B (e.g. USA,LBY), got '%s'\n", pair);
            return 2;
        }
        char tmp[16];
        snprintf(tmp, sizeof tmp, "%.*s", (int)(c - pair), pair);
        upcase(o.a, tmp, sizeof o.a);
        upcase(o.b, c + 1, sizeof o.b);
        o.pair = 1;
    }
    o.per = pers[per];
    o.by = bys[by];
    if ((from && parse_date(from, &o.from) != 0) || (to && parse_date(to, &o.to) != 0)) {
        fprintf(stderr, "khaldun: query: %s wants YYYYMMDD, got '%s'\n", from && !o.from ? "--from" : "--to",
                from && !o.from ? from : to);
        return 2;
    }
    if (!o.db || !o.cmd) {
        usage(stderr);
        return 2;
    }
    kbuf q;
    kbuf_init(&q);
    if (build(&o, &q) != 0) {
        kbuf_free(&q);
        return 2;
    }
    sqlite3 *db = NULL;
    if (access(o.db, F_OK) != 0) {
        fprintf(stderr, "khaldun: %s: no such database\n", o.db);
        kbuf_free(&q);
        return 2;
    }
    int rc = sqlite3_open_v2(o.db, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    sqlite3_stmt *st = NULL;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, o.busy);
        rc = sqlite3_prepare_v2(db, q.s, -1, &st, NULL);
    }
    if ((rc & 0xff) == SQLITE_CANTOPEN) {
        /* A WAL database on read-only media (no -shm can be made): nobody
         * can be writing it, so open it as immutable. */
        sqlite3_close(db);
        db = NULL;
        char *uri = sqlite3_mprintf("file:%s?mode=ro&immutable=1", o.db);
        rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
        sqlite3_free(uri);
        if (rc == SQLITE_OK)
            rc = sqlite3_prepare_v2(db, q.s, -1, &st, NULL);
    }
    if (rc != SQLITE_OK) {
        int notadb = (rc & 0xff) == SQLITE_NOTADB;
        fprintf(stderr, "khaldun: %s: %s\n", o.db,
                notadb ? "not an SQLite database"
                : strstr(sqlite3_errmsg(db), "no such") ? "not a khaldun event store (no events table)"
                : sqlite3_errmsg(db));
        sqlite3_close(db);
        kbuf_free(&q);
        return 2;
    }
    kbuf_free(&q);
    if (o.pair || o.country) {
        sqlite3_bind_text(st, 1, o.a, -1, SQLITE_STATIC);
        if (o.pair)
            sqlite3_bind_text(st, 2, o.b, -1, SQLITE_STATIC);
    }
    if (o.from)
        sqlite3_bind_int(st, 3, o.from);
    if (o.to)
        sqlite3_bind_int(st, 4, o.to);
    table t;
    double t0 = kcmd_now();
    int bad = collect(st, &t, o.db);
    double dt = kcmd_now() - t0;
    if (o.timing)
        fprintf(stderr, "khaldun: query %s: %zu rows in %.1f ms\n", o.cmd,
                t.ncol ? t.ncell / (size_t)t.ncol : 0, dt * 1e3);
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (!bad) {
        if (o.format == F_TABLE)
            print_table(&t);
        else if (o.format == F_CSV)
            print_csv(&t);
        else
            print_json(&t);
    }
    table_free(&t);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "khaldun: query: write error on stdout\n");
        return 2;
    }
    return bad ? 2 : 0;
}
