/* store.c: the SQLite event store (see store.h).  Prepared statements,
 * one IMMEDIATE transaction per batch of stories, upserts on the event key,
 * WAL journal. */
#include "store.h"

#include "actorcode.h"
#include "cameo.h"
#include "dedup.h"
#include "geo.h"
#include "util.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define KSTORE_SCHEMA_VERSION "2"

static const char schema_sql[] =
    "CREATE TABLE IF NOT EXISTS meta(\n"
    "  key TEXT PRIMARY KEY,\n"
    "  value TEXT\n"
    ");\n"
    "CREATE TABLE IF NOT EXISTS stories(\n"
    "  story_no INTEGER PRIMARY KEY,   -- 1, 2, ... in ingest order\n"
    "  story_id TEXT NOT NULL UNIQUE,  -- the story's own id (the key)\n"
    "  date INTEGER,                   -- YYYYMMDD\n"
    "  source TEXT,                    -- news source name, or NULL\n"
    "  url TEXT,\n"
    "  title TEXT,\n"
    "  dateline TEXT,                  -- 'TRIPOLI, May 6' (geolocation fallback)\n"
    "  n_sentences INTEGER NOT NULL DEFAULT 0,\n"
    "  n_mentions INTEGER NOT NULL DEFAULT 0\n"
    ");\n"
    "CREATE TABLE IF NOT EXISTS sentences(\n"
    "  story_no INTEGER NOT NULL,      -- stories(story_no)\n"
    "  sentence_no INTEGER NOT NULL,   -- 1-based within the story\n"
    "  sentence_id TEXT,\n"
    "  text TEXT,\n"
    "  PRIMARY KEY(story_no, sentence_no)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS events(\n"
    "  event_id INTEGER PRIMARY KEY,   -- 1, 2, ... in ingest order\n"
    "  date INTEGER NOT NULL,          -- YYYYMMDD\n"
    "  month INTEGER NOT NULL,         -- YYYYMM\n"
    "  source TEXT NOT NULL,           -- actor codes as coded ('---' = none)\n"
    "  target TEXT NOT NULL,\n"
    "  code TEXT NOT NULL,             -- CAMEO event code\n"
    "  dkey TEXT,                      -- dedup scope: '' day, story id story, NULL none\n"
    "  source_country TEXT,            -- country or entity of the source (LBY, IGOUNO)\n"
    "  source_role TEXT,               -- primary role (GOV, MIL, ...)\n"
    "  target_country TEXT,\n"
    "  target_role TEXT,\n"
    "  root TEXT,                      -- CAMEO root code '01'..'20'\n"
    "  base TEXT,                      -- 3-digit base code\n"
    "  quad_class INTEGER,             -- GDELT QuadClass 1-4\n"
    "  goldstein REAL,                 -- Goldstein score (scheme in meta)\n"
    "  plover TEXT,                    -- PLOVER 2024 category, NULL when dropped\n"
    "  plover_mode TEXT,\n"
    "  n_mentions INTEGER NOT NULL,\n"
    "  n_sources INTEGER NOT NULL,\n"
    "  n_articles INTEGER NOT NULL,\n"
    "  geo_type INTEGER,               -- ActionGeo: 1 country, 3 US city, 4 world city\n"
    "  geo_name TEXT,                  -- 'Tripoli, Libya'\n"
    "  geo_country TEXT,               -- ISO 3166 alpha-2\n"
    "  geo_adm1 TEXT,                  -- country + GeoNames admin1 ('LY77')\n"
    "  geo_lat REAL,\n"
    "  geo_lon REAL,\n"
    "  geo_feature TEXT,               -- GeoNames id, or the country code\n"
    "  geo_rule TEXT                   -- sentence, dateline or actor\n"
    ");\n"
    "CREATE TABLE IF NOT EXISTS mentions(\n"
    "  event_id INTEGER NOT NULL,      -- events(event_id)\n"
    "  mention_no INTEGER NOT NULL,    -- 1..events.n_mentions, in ingest order\n"
    "  story_no INTEGER NOT NULL,      -- stories(story_no)\n"
    "  sentence_no INTEGER,            -- sentences(story_no, sentence_no)\n"
    "  source_text TEXT,\n"
    "  target_text TEXT,\n"
    "  verb_text TEXT,\n"
    "  pattern TEXT,\n"
    "  pattern_file TEXT,\n"
    "  pattern_line INTEGER,\n"
    "  issues TEXT,\n"
    "  source_resolved TEXT,\n"
    "  target_resolved TEXT,\n"
    "  PRIMARY KEY(event_id, mention_no)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS event_sources(\n"
    "  event_id INTEGER NOT NULL,\n"
    "  source TEXT NOT NULL,           -- news source (or story id) seen for the event\n"
    "  PRIMARY KEY(event_id, source)\n"
    ") WITHOUT ROWID;\n"
    ;

/* The query index: dropped during a bulk load, rebuilt at its end.  One
 * index serves pairs, sources and (by skip-scan, which needs the statistics
 * that kstore_close gathers with ANALYZE) targets. */
static const char index_sql[] =
    "CREATE INDEX IF NOT EXISTS events_pair ON events(source_country, target_country, month);\n";
static const char drop_index_sql[] =
    "DROP INDEX IF EXISTS events_pair;\n";

const char *kstore_schema_sql(void)
{
    static char *all;
    if (!all) {
        kbuf b;
        kbuf_init(&b);
        kbuf_puts(&b, schema_sql);
        kbuf_puts(&b, index_sql);
        all = kbuf_detach(&b);
    }
    return all;
}

enum {
    S_STORY_GET, S_STORY_INS, S_STORY_UPD, S_SENT_INS, S_EV_UPSERT,
    S_EVSRC_INS, S_EV_BUMP, S_MEN_INS, S_BEGIN, S_COMMIT, S_EV_INS, S_SENT_GET, S_STORY_MAX,
    S_NSTMT
};

static const char *const stmt_sql[S_NSTMT] = {
    "SELECT story_no, n_sentences, n_mentions FROM stories WHERE story_id = ?1",
    "INSERT INTO stories(story_no, story_id, date, source, url, title, dateline, n_sentences,"
    " n_mentions) VALUES(?7, ?1, ?2, ?3, ?4, ?5, ?6, ?8, ?9)",
    "UPDATE stories SET n_sentences = ?2, n_mentions = ?3 WHERE story_no = ?1",
    "INSERT OR IGNORE INTO sentences(story_no, sentence_no, sentence_id, text) VALUES(?1, ?2, ?3, ?4)",
    "INSERT INTO events(date, month, source, target, code, dkey, source_country, source_role,"
    " target_country, target_role, root, base, quad_class, goldstein, plover, plover_mode,"
    " n_mentions, n_sources, n_articles, geo_type, geo_name, geo_country, geo_adm1, geo_lat,"
    " geo_lon, geo_feature, geo_rule)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 1, 1, 1,"
    " ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"
    " ON CONFLICT(date, source, target, code, dkey) DO UPDATE SET n_mentions = n_mentions + 1"
    " RETURNING event_id, n_mentions",
    "INSERT OR IGNORE INTO event_sources(event_id, source) VALUES(?1, ?2)",
    "UPDATE events SET n_articles = n_articles + 1, n_sources = n_sources + ?2 WHERE event_id = ?1",
    "INSERT INTO mentions(event_id, mention_no, story_no, sentence_no, source_text, target_text,"
    " verb_text, pattern, pattern_file, pattern_line, issues, source_resolved, target_resolved)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    "BEGIN IMMEDIATE",
    "COMMIT",
    "INSERT INTO events(date, month, source, target, code, dkey, source_country, source_role,"
    " target_country, target_role, root, base, quad_class, goldstein, plover, plover_mode,"
    " n_mentions, n_sources, n_articles, geo_type, geo_name, geo_country, geo_adm1, geo_lat,"
    " geo_lon, geo_feature, geo_rule)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 1, 1, 1,"
    " ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
    "SELECT sentence_no, sentence_id FROM sentences WHERE story_no = ?1 ORDER BY sentence_no",
    "SELECT coalesce(max(story_no), 0) + 1 FROM stories",
};

/* The event key: only deduplicating stores need it (none: no index). */
static const char key_sql[] =
    "CREATE UNIQUE INDEX IF NOT EXISTS events_key ON events(date, source, target, code, dkey);\n";

/* With --dedup none nothing depends on an event's row until the commit, so
 * events and mentions are written KSTORE_MULTI rows per INSERT statement. */
#define KSTORE_MULTI 64

/* One event and its mention as the store writes them: the batched path
 * (--dedup none) keeps KSTORE_MULTI of them with copied strings, the
 * deduplicating path fills one that points into the kevent. */
typedef struct pend {
    int date, quad, has_gs, sent_no, pline;
    const char *dkey;   /* dedup scope: NULL none, "" day, story id */
    double gs;
    int64_t story_no;
    const char *source, *target, *code, *scc, *srole, *tcc, *trole, *root, *base;
    const char *plover, *pmode;
    const char *stext, *ttext, *vtext, *pat, *pfile, *issues, *sres, *tres;
    kgeo_actiongeo geo;
} pend;

#define KEV_PARAMS 24   /* bound parameters per event row */

/* The split of an actor code that the events table stores, cached per code
 * (a direct-mapped cache: codes repeat a lot, parsing costs). */
typedef struct actslot {
    char code[32];      /* "" = empty slot */
    char cc[8];         /* country, else entity ("LBY", "IGOUNO") */
    char role[4];
} actslot;

#define KSTORE_ACTCACHE 1024

struct kstore {
    sqlite3 *db;
    char *path;
    kdiag *diag;
    kstore_opts o;
    sqlite3_stmt *st[S_NSTMT];
    int in_txn, failed, batch_n;
    /* current story */
    char *cur_id;
    char *cur_src;      /* source for event_sources: news source or story id */
    char *cur_dateline;
    int64_t cur_no;     /* story_no */
    int64_t next_no;    /* story_no of the next new story; 0: read it */
    int cur_date;       /* a new story's row, written when it ends */
    char *cur_msrc, *cur_url, *cur_title;
    int cur_skip, cur_nsent, cur_nmen;
    int cur_fresh;      /* the story was inserted in this run of its events:
                           a numbered-next sentence cannot exist yet */
    karena smem;        /* the current story's strings (ids, metadata): reset
                           when it ends, no malloc per story or sentence */
    char **sent_ids;    /* sentence ids of this story; index + 1 = sentence_no */
    int *sent_nos;
    size_t nsent_ids, capsent, capsent2;
    int max_sent_no;
    actslot act[KSTORE_ACTCACHE];
    /* the last ActionGeo computed: events of one sentence often repeat it */
    kgeo_ws *geo;       /* geolocation workspace: a sentence analysed once for its events */
    pend pend[KSTORE_MULTI];  /* --dedup none: events waiting for a multi-row insert */
    int npend;
    struct psent {            /* --dedup none: new sentences of new stories, likewise */
        int64_t story_no;
        int sent_no;
        const char *id, *text;
    } psent[KSTORE_MULTI];
    int npsent;
    sqlite3_stmt *sent_multi;
    karena parena;      /* their strings */
    sqlite3_stmt *ev_multi, *men_multi;
    int64_t *mine;      /* story_no of the stories added by this session, ascending */
    size_t nmine, capmine;
    int64_t existing;   /* events in the store when it was opened (max event_id) */
    int64_t *seen;      /* event ids seen in this story (open addressing, 0 = empty) */
    size_t nseen, capseen;
    kstore_stats stats;
};

static void report(kstore *s, int rc, const char *what)
{
    kloc l = {s->path, 0, 0, s->cur_id};
    const char *tail = s->in_txn
                     ? "; the current batch was rolled back, re-run the same input to complete" : "";
    int prim = rc & 0xff;
    if (prim == SQLITE_BUSY || prim == SQLITE_LOCKED)
        kdiag_report(s->diag, KD_ERROR, &l, "database is locked by another writer (waited %d ms)%s",
                     s->o.busy_ms, tail);
    else if (prim == SQLITE_FULL)
        kdiag_report(s->diag, KD_ERROR, &l, "%s: database or disk is full%s", what, tail);
    else if (prim == SQLITE_READONLY)
        kdiag_report(s->diag, KD_ERROR, &l, "database is read-only%s", tail);
    else if (prim == SQLITE_NOTADB)
        kdiag_report(s->diag, KD_ERROR, &l, "not an SQLite database");
    else if (prim == SQLITE_CORRUPT)
        kdiag_report(s->diag, KD_ERROR, &l, "database is corrupt");
    else if (prim == SQLITE_IOERR || prim == SQLITE_CANTOPEN) {
        int e = s->db ? sqlite3_system_errno(s->db) : 0;
        kdiag_report(s->diag, KD_ERROR, &l, "%s: %s%s%s%s", what,
                     s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc),
                     e ? " (" : "", e ? strerror(e) : "", e ? ")" : "");
        (void)tail;
    } else
        kdiag_report(s->diag, KD_ERROR, &l, "%s: %s%s", what,
                     s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc), tail);
}

/* After an error: roll back, mark failed. */
static int fail(kstore *s, int rc, const char *what)
{
    if (!s->failed)
        report(s, rc, what);
    s->failed = 1;
    s->npend = 0;
    if (s->db && !sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_txn = 0;
    return -1;
}

static int exec(kstore *s, const char *sql, const char *what)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : fail(s, rc, what);
}

static int step_done(kstore *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(s, rc, what);
    return 0;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v);
static void bind_pos(sqlite3_stmt *st, int i, int v);
static void bind_opt_double(sqlite3_stmt *st, int i, int has, double v);

/* Bind the ActionGeo columns at b+1..b+8. */
static void bind_geo(sqlite3_stmt *st, int b, const kgeo_actiongeo *g)
{
    if (!g->type) {
        for (int i = 1; i <= 8; i++)
            sqlite3_bind_null(st, b + i);
        return;
    }
    sqlite3_bind_int(st, b + 1, g->type);
    sqlite3_bind_text(st, b + 2, g->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 3, g->country, -1, SQLITE_STATIC);
    bind_text(st, b + 4, g->adm1[0] ? g->adm1 : NULL);
    sqlite3_bind_double(st, b + 5, g->lat);
    sqlite3_bind_double(st, b + 6, g->lon);
    sqlite3_bind_text(st, b + 7, g->feature_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 8, g->rule, -1, SQLITE_STATIC);
}

/* Bind an event at parameters b+1..b+24 (the column order of S_EV_INS,
 * S_EV_UPSERT and the multi-row insert). */
static void bind_pend_event(sqlite3_stmt *st, int b, const pend *p)
{
    sqlite3_bind_int(st, b + 1, p->date);
    sqlite3_bind_int(st, b + 2, p->date / 100);
    sqlite3_bind_text(st, b + 3, p->source, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 4, p->target, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, b + 5, p->code, -1, SQLITE_STATIC);
    bind_text(st, b + 6, p->dkey);
    bind_text(st, b + 7, p->scc);
    bind_text(st, b + 8, p->srole);
    bind_text(st, b + 9, p->tcc);
    bind_text(st, b + 10, p->trole);
    bind_text(st, b + 11, p->root);
    bind_text(st, b + 12, p->base);
    bind_pos(st, b + 13, p->quad);
    bind_opt_double(st, b + 14, p->has_gs, p->gs);
    bind_text(st, b + 15, p->plover);
    bind_text(st, b + 16, p->pmode);
    bind_geo(st, b + 16, &p->geo);
}

/* Bind a mention (number nmen of event eid) at b+1..b+13 in the order
 * event_id, mention_no, story_no, sentence_no, texts... */
static void bind_pend_mention(sqlite3_stmt *st, int b, const pend *p, int64_t eid, int nmen)
{
    sqlite3_bind_int64(st, b + 1, eid);
    sqlite3_bind_int(st, b + 2, nmen);
    sqlite3_bind_int64(st, b + 3, p->story_no);
    bind_pos(st, b + 4, p->sent_no);
    bind_text(st, b + 5, p->stext);
    bind_text(st, b + 6, p->ttext);
    bind_text(st, b + 7, p->vtext);
    bind_text(st, b + 8, p->pat);
    bind_text(st, b + 9, p->pfile);
    bind_pos(st, b + 10, p->pline);
    bind_text(st, b + 11, p->issues);
    bind_text(st, b + 12, p->sres);
    bind_text(st, b + 13, p->tres);
}

static const char ev_cols[] =
    "INSERT INTO events(date, month, source, target, code, dkey, source_country, source_role,"
    " target_country, target_role, root, base, quad_class, goldstein, plover, plover_mode,"
    " n_mentions, n_sources, n_articles, geo_type, geo_name, geo_country, geo_adm1, geo_lat,"
    " geo_lon, geo_feature, geo_rule) VALUES";
static const char men_cols[] =
    "INSERT INTO mentions(event_id, mention_no, story_no, sentence_no, source_text, target_text,"
    " verb_text, pattern, pattern_file, pattern_line, issues, source_resolved, target_resolved)"
    " VALUES";

static int fail(kstore *s, int rc, const char *what);

/* Write the pending sentences: one multi-row statement when full. */
static int flush_psent(kstore *s)
{
    int n = s->npsent, rc;
    s->npsent = 0;
    sqlite3_stmt *st = n == KSTORE_MULTI ? s->sent_multi : s->st[S_SENT_INS];
    for (int i = 0; i < n; i++) {
        int b = n == KSTORE_MULTI ? i * 4 : 0;
        const struct psent *q = &s->psent[i];
        sqlite3_bind_int64(st, b + 1, q->story_no);
        sqlite3_bind_int(st, b + 2, q->sent_no);
        sqlite3_bind_text(st, b + 3, q->id, -1, SQLITE_STATIC);
        bind_text(st, b + 4, q->text);
        if (n == KSTORE_MULTI && i < n - 1)
            continue;
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail(s, rc, "inserting sentences");
    }
    return 0;
}

/* Write the pending sentences, events and their mentions. */
static int flush_pend(kstore *s)
{
    int n = s->npend, rc;
    if (s->npsent && flush_psent(s) != 0)
        return -1;
    if (!n) {
        karena_reset(&s->parena);
        return 0;
    }
    s->npend = 0;
    if (n == KSTORE_MULTI) {
        sqlite3_stmt *st = s->ev_multi;
        for (int i = 0; i < n; i++)
            bind_pend_event(st, i * KEV_PARAMS, &s->pend[i]);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail(s, rc, "inserting events");
        int64_t first = sqlite3_last_insert_rowid(s->db) - n + 1;
        st = s->men_multi;
        for (int i = 0; i < n; i++)
            bind_pend_mention(st, i * 13, &s->pend[i], first + i, 1);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail(s, rc, "inserting mentions");
    } else {
        for (int i = 0; i < n; i++) {
            sqlite3_stmt *st = s->st[S_EV_INS];
            bind_pend_event(st, 0, &s->pend[i]);
            rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc != SQLITE_DONE)
                return fail(s, rc, "inserting event");
            int64_t eid = sqlite3_last_insert_rowid(s->db);
            st = s->st[S_MEN_INS];
            bind_pend_mention(st, 0, &s->pend[i], eid, 1);
            rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc != SQLITE_DONE)
                return fail(s, rc, "inserting mention");
        }
    }
    karena_reset(&s->parena);
    return 0;
}

static int prepare_multi(kstore *s)
{
    kbuf q;
    kbuf_init(&q);
    kbuf_puts(&q, ev_cols);
    for (int i = 0; i < KSTORE_MULTI; i++)
        kbuf_puts(&q, i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1,?,?,?,?,?,?,?,?)"
                        : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1,?,?,?,?,?,?,?,?)");
    int rc = sqlite3_prepare_v3(s->db, q.s, -1, SQLITE_PREPARE_PERSISTENT, &s->ev_multi, NULL);
    kbuf_reset(&q);
    kbuf_puts(&q, men_cols);
    for (int i = 0; i < KSTORE_MULTI; i++)
        kbuf_puts(&q, i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(s->db, q.s, -1, SQLITE_PREPARE_PERSISTENT, &s->men_multi, NULL);
    kbuf_reset(&q);
    kbuf_puts(&q, "INSERT OR IGNORE INTO sentences(story_no, sentence_no, sentence_id, text) VALUES");
    for (int i = 0; i < KSTORE_MULTI; i++)
        kbuf_puts(&q, i ? ",(?,?,?,?)" : "(?,?,?,?)");
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(s->db, q.s, -1, SQLITE_PREPARE_PERSISTENT, &s->sent_multi, NULL);
    kbuf_free(&q);
    return rc == SQLITE_OK ? 0 : fail(s, rc, "preparing statements");
}

/* A positive number (sentence number, line), or NULL when unknown (<= 0). */
static void bind_pos(sqlite3_stmt *st, int i, int v)
{
    if (v > 0)
        sqlite3_bind_int(st, i, v);
    else
        sqlite3_bind_null(st, i);
}

static void bind_opt_double(sqlite3_stmt *st, int i, int has, double v)
{
    if (has)
        sqlite3_bind_double(st, i, v);
    else
        sqlite3_bind_null(st, i);
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* Read meta key into buf ("" if absent).  0 or -1. */
static int meta_get(kstore *s, const char *key, char *buf, size_t n)
{
    sqlite3_stmt *st;
    buf[0] = '\0';
    int rc = sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = ?1", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return fail(s, rc, "reading meta");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        snprintf(buf, n, "%s", v ? v : "");
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, rc, "reading meta");
}

static int meta_set(kstore *s, const char *key, const char *value)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)",
                                -1, &st, NULL);
    if (rc != SQLITE_OK)
        return fail(s, rc, "writing meta");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, rc, "writing meta");
}

static void store_free(kstore *s)
{
    for (int i = 0; i < S_NSTMT; i++)
        sqlite3_finalize(s->st[i]);
    sqlite3_finalize(s->ev_multi);
    sqlite3_finalize(s->men_multi);
    sqlite3_finalize(s->sent_multi);
    s->ev_multi = s->men_multi = s->sent_multi = NULL;
    if (s->db)
        sqlite3_close(s->db);
    free(s->path);
    karena_free(&s->smem);
    free(s->sent_ids);
    free(s->sent_nos);
    free(s->seen);
    free(s->mine);
    karena_free(&s->parena);
    kgeo_ws_free(s->geo);
    free(s);
}

kstore *kstore_open(const char *path, const kstore_opts *o, kdiag *d)
{
    kstore *s = xcalloc(1, sizeof *s);
    karena_init(&s->parena);
    karena_init(&s->smem);
    s->path = xstrdup(path);
    s->diag = d;
    s->o = *o;
    if (s->o.busy_ms < 0)
        s->o.busy_ms = 0;
    if (s->o.batch <= 0)
        s->o.batch = 1000;
    int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open database: %s",
                     s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
        store_free(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, s->o.busy_ms);
    sqlite3_extended_result_codes(s->db, 1);
    if (sqlite3_db_readonly(s->db, "main") == 1) {
        report(s, SQLITE_READONLY, "opening");
        store_free(s);
        return NULL;
    }
    char buf[64];
    /* Reading the header first distinguishes a foreign file from a lock. */
    if (exec(s, "PRAGMA schema_version", "opening") != 0
        /* 16 KiB pages for a new file (a no-op on an existing one): a
         * quarter of the WAL frames, writes and b-tree pages of 4 KiB */
        || exec(s, "PRAGMA page_size=16384", "opening") != 0
        || exec(s, "PRAGMA journal_mode=WAL", "setting WAL journal") != 0
        || exec(s, "PRAGMA synchronous=NORMAL", "opening") != 0
        || exec(s, "PRAGMA cache_size=-131072", "opening") != 0
        || exec(s, "PRAGMA temp_store=MEMORY", "opening") != 0
        || exec(s, "PRAGMA wal_autocheckpoint=4096", "opening") != 0   /* 64 MiB of 16 KiB pages */
        || exec(s, "BEGIN IMMEDIATE", "opening") != 0
        || exec(s, schema_sql, "creating schema") != 0
        || (o->dedup != KDEDUP_NONE && exec(s, key_sql, "creating schema") != 0)
        || meta_get(s, "schema_version", buf, sizeof buf) != 0) {
        store_free(s);
        return NULL;
    }
    /* A first load into an empty store builds its query index at the end:
     * much faster, and nobody can be querying an empty store. */
    if (!s->o.bulk) {
        sqlite3_stmt *q;
        if (sqlite3_prepare_v2(s->db, "SELECT max(event_id) FROM events", -1, &q, NULL) == SQLITE_OK) {
            if (sqlite3_step(q) == SQLITE_ROW)
                s->existing = sqlite3_column_int64(q, 0);
            s->o.bulk = s->existing <= 0;
            sqlite3_finalize(q);
        }
    }
    /* A bulk load without dedup only appends: the tables' last pages are all
     * it touches, so a small page cache serves it as well as a large one and
     * costs fewer page faults (peak RSS 162 -> 75 MiB on 1M synthetic events) */
    if (s->o.bulk && s->o.dedup == KDEDUP_NONE
        && exec(s, "PRAGMA cache_size=-8192", "opening") != 0) {
        store_free(s);
        return NULL;
    }
    if (exec(s, s->o.bulk ? drop_index_sql : index_sql, "creating schema") != 0) {
        store_free(s);
        return NULL;
    }
    if (!buf[0]) {
        char gs[8];
        snprintf(gs, sizeof gs, "%s", o->goldstein == KCAMEO_GS_PHOENIX ? "phoenix" : "gdelt");
        if (meta_set(s, "schema_version", KSTORE_SCHEMA_VERSION) != 0
            || meta_set(s, "dedup", kdedup_mode_name(o->dedup)) != 0
            || meta_set(s, "goldstein", gs) != 0
            || meta_set(s, "created_by", "khaldun") != 0) {
            store_free(s);
            return NULL;
        }
    } else {
        kloc l = {path, 0, 0, NULL};
        if (strcmp(buf, KSTORE_SCHEMA_VERSION)) {
            kdiag_report(d, KD_ERROR, &l, "database schema version %s, this khaldun writes %s",
                         buf, KSTORE_SCHEMA_VERSION);
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            store_free(s);
            return NULL;
        }
        if (meta_get(s, "dedup", buf, sizeof buf) != 0) {
            store_free(s);
            return NULL;
        }
        if (strcmp(buf, kdedup_mode_name(o->dedup))) {
            kdiag_report(d, KD_ERROR, &l, "database was created with --dedup %s, not %s",
                         buf, kdedup_mode_name(o->dedup));
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            store_free(s);
            return NULL;
        }
        if (meta_get(s, "goldstein", buf, sizeof buf) != 0) {
            store_free(s);
            return NULL;
        }
        s->o.goldstein = !strcmp(buf, "phoenix") ? KCAMEO_GS_PHOENIX : KCAMEO_GS_GDELT;
    }
    if (exec(s, "COMMIT", "creating schema") != 0) {
        store_free(s);
        return NULL;
    }
    for (int i = 0; i < S_NSTMT; i++) {
        if ((i == S_EV_UPSERT && s->o.dedup == KDEDUP_NONE)
            || (i == S_EV_INS && s->o.dedup != KDEDUP_NONE))
            continue;
        rc = sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i], NULL);
        if (rc != SQLITE_OK) {
            fail(s, rc, "preparing statements");
            store_free(s);
            return NULL;
        }
    }
    if (s->o.dedup == KDEDUP_NONE && prepare_multi(s) != 0) {
        store_free(s);
        return NULL;
    }
    return s;
}

/* Country-or-entity and primary role of actor code c ("" when none). */
static const actslot *actor_split(kstore *s, const char *c, actslot *tmp)
{
    size_t n = c ? strlen(c) : 0;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)c[i]) * 16777619u;
    actslot *a = n < sizeof tmp->code ? &s->act[h & (KSTORE_ACTCACHE - 1)] : tmp;
    if (a != tmp && n && !strcmp(a->code, c))
        return a;
    kactor k;
    kactor_parse(c, &k);
    snprintf(a->cc, sizeof a->cc, "%s", k.country[0] ? k.country : k.entity);
    snprintf(a->role, sizeof a->role, "%s", k.role);
    if (a != tmp)
        memcpy(a->code, c ? c : "", n + 1);
    return a;
}

/* The event's ActionGeo: its own geo_* fields when geolocation already ran
 * (khaldun code's, with the parse, or read back from JSON), else located
 * from its sentence, the story's dateline and its actors through the
 * store's workspace (each sentence and dateline analysed once). */
static void event_geo(kstore *s, const kevent *ev, kgeo_actiongeo *geo)
{
    if (ev->geo_rule) {
        kgeo_actiongeo_event(NULL, ev, geo);
        return;
    }
    if (ev->geo_done) {
        memset(geo, 0, sizeof *geo);
        return;
    }
    if (!s->geo)
        s->geo = kgeo_ws_new();
    kgeo_ws_actiongeo(NULL, s->geo, ev->sentence, s->cur_dateline, ev->source, ev->target, geo);
}

static int seen_add(kstore *s, int64_t id)
{
    if ((s->nseen + 1) * 2 > s->capseen) {
        size_t n = s->capseen ? s->capseen * 2 : 256;
        int64_t *t = xcalloc(n, sizeof *t);
        for (size_t i = 0; i < s->capseen; i++)
            if (s->seen[i]) {
                size_t j = (size_t)(s->seen[i] * 0x9E3779B97F4A7C15ull) & (n - 1);
                while (t[j])
                    j = (j + 1) & (n - 1);
                t[j] = s->seen[i];
            }
        free(s->seen);
        s->seen = t;
        s->capseen = n;
    }
    size_t j = (size_t)(id * 0x9E3779B97F4A7C15ull) & (s->capseen - 1);
    while (s->seen[j]) {
        if (s->seen[j] == id)
            return 0;
        j = (j + 1) & (s->capseen - 1);
    }
    s->seen[j] = id;
    s->nseen++;
    return 1;
}

static int txn_begin(kstore *s)
{
    if (s->in_txn)
        return 0;
    if (step_done(s, s->st[S_BEGIN], "starting a transaction") != 0)
        return -1;
    s->in_txn = 1;
    /* A load that has grown past a quarter of the store it is added to (and
     * past o.auto_bulk events) goes on as a bulk load: the query index
     * is dropped now, in this transaction, and rebuilt at the end.  Keeping
     * it up to date costs about 10 us per event, sorting every key once
     * about 2 us per row of the whole table, so from there on the rebuild
     * is the cheaper bet (a million events into a million: 7.5 s of CPU
     * with --bulk, 15.6 s without). */
    if (!s->o.bulk && s->o.auto_bulk > 0 && s->stats.events_new >= s->o.auto_bulk
        && s->stats.events_new * 4 >= s->existing) {
        if (exec(s, drop_index_sql, "dropping the query index for a large load") != 0)
            return -1;
        s->o.bulk = 1;
    }
    s->batch_n = 0;
    s->next_no = 0;   /* another writer may have added stories since */
    return 0;
}

static int txn_commit(kstore *s)
{
    if (!s->in_txn)
        return 0;
    if (flush_pend(s) != 0)
        return -1;
    if (step_done(s, s->st[S_COMMIT], "committing") != 0)
        return -1;
    s->in_txn = 0;
    s->batch_n = 0;
    return 0;
}

int kstore_story_end(kstore *s)
{
    if (s->failed)
        return -1;
    if (!s->cur_id)
        return 0;
    if (!s->cur_skip && s->cur_fresh) {
        /* a new story's row is written whole when it ends (one b-tree
         * write instead of an insert and an update; same transaction) */
        sqlite3_stmt *st = s->st[S_STORY_INS];
        sqlite3_bind_text(st, 1, s->cur_id, -1, SQLITE_STATIC);
        bind_pos(st, 2, s->cur_date);
        bind_text(st, 3, s->cur_msrc);
        bind_text(st, 4, s->cur_url);
        bind_text(st, 5, s->cur_title);
        bind_text(st, 6, s->cur_dateline);
        sqlite3_bind_int64(st, 7, s->cur_no);
        sqlite3_bind_int(st, 8, s->cur_nsent);
        sqlite3_bind_int(st, 9, s->cur_nmen);
        if (step_done(s, st, "inserting story") != 0)
            return -1;
        s->batch_n++;
    } else if (!s->cur_skip) {
        sqlite3_stmt *st = s->st[S_STORY_UPD];
        sqlite3_bind_int64(st, 1, s->cur_no);
        sqlite3_bind_int(st, 2, s->cur_nsent);
        sqlite3_bind_int(st, 3, s->cur_nmen);
        if (step_done(s, st, "updating story") != 0)
            return -1;
        s->batch_n++;
    }
    s->cur_id = s->cur_src = s->cur_dateline = s->cur_msrc = s->cur_url = s->cur_title = NULL;
    karena_reset(&s->smem);
    s->nsent_ids = 0;
    s->max_sent_no = 0;
    if (s->batch_n >= s->o.batch)
        return txn_commit(s);
    return 0;
}

static int is_mine(const kstore *s, int64_t no)
{
    size_t lo = 0, hi = s->nmine;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->mine[mid] == no)
            return 1;
        if (s->mine[mid] < no)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* A story this session added earlier reappears: continue it. */
static int resume(kstore *s, int64_t no, int nsent, int nmen)
{
    s->cur_skip = 0;
    s->cur_fresh = 0;
    s->cur_no = no;
    s->cur_nsent = nsent;
    s->cur_nmen = nmen;
    sqlite3_stmt *st = s->st[S_SENT_GET];
    sqlite3_bind_int64(st, 1, no);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *sid = (const char *)sqlite3_column_text(st, 1);
        int sno = sqlite3_column_int(st, 0);
        XGROW(s->sent_ids, s->capsent, s->nsent_ids + 1);
        XGROW(s->sent_nos, s->capsent2, s->nsent_ids + 1);
        s->sent_ids[s->nsent_ids] = karena_strdup(&s->smem, sid ? sid : "");
        s->sent_nos[s->nsent_ids++] = sno;
        if (sno > s->max_sent_no)
            s->max_sent_no = sno;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fail(s, rc, "reading story sentences");
    return 1;
}

int kstore_story(kstore *s, const kstory_meta *m)
{
    if (s->failed || kstore_story_end(s) != 0)
        return -1;
    const char *id = m && m->id ? m->id : "";
    s->cur_id = karena_strdup(&s->smem, id);
    s->cur_src = karena_strdup(&s->smem, m && m->source && *m->source ? m->source : id);
    s->cur_dateline = m && m->dateline && *m->dateline ? karena_strdup(&s->smem, m->dateline) : NULL;
    s->cur_nsent = s->cur_nmen = 0;
    s->nseen = 0;
    if (s->seen)
        memset(s->seen, 0, s->capseen * sizeof *s->seen);
    if (txn_begin(s) != 0)
        return -1;
    sqlite3_stmt *st = s->st[S_STORY_GET];
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(s, rc, "looking up story");
    if (rc == SQLITE_ROW) {
        /* reset cleared the row: read it again */
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        sqlite3_step(st);
        int64_t no = sqlite3_column_int64(st, 0);
        int nsent = sqlite3_column_int(st, 1), nmen = sqlite3_column_int(st, 2);
        sqlite3_reset(st);
        if (!is_mine(s, no)) {
            s->cur_skip = 1;
            s->stats.stories_skipped++;
            return 0;
        }
        return resume(s, no, nsent, nmen);
    }
    if (!s->next_no) {
        st = s->st[S_STORY_MAX];
        rc = sqlite3_step(st);
        s->next_no = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        sqlite3_reset(st);
        if (rc != SQLITE_ROW)
            return fail(s, rc, "numbering story");
    }
    s->cur_skip = 0;
    s->cur_fresh = 1;
    s->cur_no = s->next_no++;
    s->cur_date = m ? m->date : 0;
#define NEDUP(x) ((x) && *(x) ? karena_strdup(&s->smem, x) : NULL)
    s->cur_msrc = m ? NEDUP(m->source) : NULL;
    s->cur_url = m ? NEDUP(m->url) : NULL;
    s->cur_title = m ? NEDUP(m->title) : NULL;
#undef NEDUP
    XGROW(s->mine, s->capmine, s->nmine + 1);
    s->mine[s->nmine++] = s->cur_no;
    s->stats.stories_added++;
    return 1;
}

/* sentence_no of sentence_id in the current story, 0 if not stored yet
 * (searched from the latest: events mostly follow their sentence). */
static int sent_find(const kstore *s, const char *id)
{
    for (size_t i = s->nsent_ids; i-- > 0;)
        if (!strcmp(s->sent_ids[i], id))
            return s->sent_nos[i];
    return 0;
}

static int sent_store(kstore *s, int seq, const char *sentence_id, const char *text)
{
    int no = seq > 0 ? seq : s->max_sent_no + 1;
    if (seq <= 0 && s->cur_fresh && s->o.dedup == KDEDUP_NONE) {
        /* cannot conflict: written with the pending events */
        struct psent *q = &s->psent[s->npsent++];
        q->story_no = s->cur_no;
        q->sent_no = no;
        q->id = karena_strdup(&s->parena, sentence_id);
        q->text = text ? karena_strdup(&s->parena, text) : NULL;
        s->cur_nsent++;
        s->stats.sentences++;
        XGROW(s->sent_ids, s->capsent, s->nsent_ids + 1);
        XGROW(s->sent_nos, s->capsent2, s->nsent_ids + 1);
        s->sent_ids[s->nsent_ids] = karena_strdup(&s->smem, sentence_id);
        s->sent_nos[s->nsent_ids++] = no;
        s->max_sent_no = no;
        if (s->npsent == KSTORE_MULTI && flush_pend(s) != 0)
            return -1;
        return no;
    }
    if (s->npsent && flush_pend(s) != 0)
        return -1;
    sqlite3_stmt *st = s->st[S_SENT_INS];
    sqlite3_bind_int64(st, 1, s->cur_no);
    sqlite3_bind_int(st, 2, no);
    sqlite3_bind_text(st, 3, sentence_id, -1, SQLITE_STATIC);
    bind_text(st, 4, text);
    if (step_done(s, st, "inserting sentence") != 0)
        return -1;
    if (sqlite3_changes(s->db) > 0) {
        s->cur_nsent++;
        s->stats.sentences++;
    }
    XGROW(s->sent_ids, s->capsent, s->nsent_ids + 1);
    XGROW(s->sent_nos, s->capsent2, s->nsent_ids + 1);
    s->sent_ids[s->nsent_ids] = karena_strdup(&s->smem, sentence_id);
    s->sent_nos[s->nsent_ids++] = no;
    if (no > s->max_sent_no)
        s->max_sent_no = no;
    return no;
}

int kstore_sentence(kstore *s, int seq, const char *sentence_id, const char *text)
{
    if (s->failed)
        return -1;
    if (!s->cur_id || s->cur_skip || !sentence_id || sent_find(s, sentence_id))
        return 0;
    return sent_store(s, seq, sentence_id, text) < 0 ? -1 : 0;
}

int kstore_event(kstore *s, const kevent *ev)
{
    if (s->failed)
        return -1;
    const char *sid = ev->story_id ? ev->story_id : "";
    if (!s->cur_id || strcmp(s->cur_id, sid)) {
        kstory_meta m = {sid, ev->date, NULL, NULL, NULL, NULL};
        if (kstore_story(s, &m) < 0)
            return -1;
    }
    if (s->cur_skip)
        return 0;
    int sent_no = 0;
    if (ev->sentence_id) {
        sent_no = sent_find(s, ev->sentence_id);
        if (!sent_no && (sent_no = sent_store(s, 0, ev->sentence_id, ev->sentence)) < 0)
            return -1;
    }

    kcameo_info ci;
    actslot tmp1, tmp2;
    int known = kcameo_lookup(ev->code, s->o.goldstein, &ci);
    const actslot *sa = actor_split(s, ev->source, &tmp1), *ta = actor_split(s, ev->target, &tmp2);
    int none = s->o.dedup == KDEDUP_NONE;
    /* batched: strings copied into the pending arena; else they point into ev */
    karena *a = none ? &s->parena : NULL;
    pend one, *p = none ? &s->pend[s->npend++] : &one;
#define PDUP(x) ((x) && a ? karena_strdup(a, (x)) : (x))
#define PNE(x) ((x) && *(x) ? PDUP(x) : NULL)
    event_geo(s, ev, &p->geo);
    p->date = ev->date;
    p->source = PDUP(ev->source ? ev->source : "");
    p->target = PDUP(ev->target ? ev->target : "");
    p->code = PDUP(ev->code ? ev->code : "");
    p->dkey = s->o.dedup == KDEDUP_DAY ? "" : s->o.dedup == KDEDUP_STORY ? sid : NULL;
    p->scc = PNE(sa->cc);
    p->srole = PNE(sa->role);
    p->tcc = PNE(ta->cc);
    p->trole = PNE(ta->role);
    p->root = PNE(ci.root);
    p->base = PNE(ci.base);
    p->quad = ci.quad_class;
    p->has_gs = known && ci.has_goldstein;
    p->gs = ci.goldstein;
    p->plover = ci.plover && *ci.plover ? ci.plover : NULL;       /* static table text */
    p->pmode = ci.plover_mode && *ci.plover_mode ? ci.plover_mode : NULL;
    p->story_no = s->cur_no;
    p->sent_no = sent_no;
    p->stext = PDUP(ev->source_text);
    p->ttext = PDUP(ev->target_text);
    p->vtext = PDUP(ev->verb_text);
    p->pat = PDUP(ev->pattern);
    p->pfile = PDUP(ev->pattern_file);
    p->pline = ev->pattern_line;
    p->issues = PDUP(ev->issues);
    p->sres = PDUP(ev->source_resolved);
    p->tres = PDUP(ev->target_resolved);
#undef PDUP
#undef PNE
    if (none) {
        s->stats.events_new++;
        s->cur_nmen++;
        s->stats.mentions++;
        if (s->npend == KSTORE_MULTI)
            return flush_pend(s);
        return 0;
    }
    sqlite3_stmt *st = s->st[S_EV_UPSERT];
    bind_pend_event(st, 0, p);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return fail(s, rc, "inserting event");
    }
    int64_t eid = sqlite3_column_int64(st, 0);
    int nmen = sqlite3_column_int(st, 1);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fail(s, rc, "inserting event");
    if (nmen == 1)
        s->stats.events_new++;

    int first_in_story = seen_add(s, eid);
    if (s->o.dedup == KDEDUP_DAY && first_in_story) {
        st = s->st[S_EVSRC_INS];
        sqlite3_bind_int64(st, 1, eid);
        sqlite3_bind_text(st, 2, s->cur_src, -1, SQLITE_STATIC);
        if (step_done(s, st, "inserting event source") != 0)
            return -1;
        int newsrc = sqlite3_changes(s->db) > 0;
        if (nmen > 1) {
            st = s->st[S_EV_BUMP];
            sqlite3_bind_int64(st, 1, eid);
            sqlite3_bind_int(st, 2, newsrc);
            if (step_done(s, st, "updating event counts") != 0)
                return -1;
        }
    }

    st = s->st[S_MEN_INS];
    bind_pend_mention(st, 0, p, eid, nmen);
    if (step_done(s, st, "inserting mention") != 0)
        return -1;
    s->cur_nmen++;
    s->stats.mentions++;
    return 0;
}

int kstore_close(kstore *s, kstore_stats *out)
{
    int rc = 0;
    if (!s->failed && (kstore_story_end(s) != 0 || txn_commit(s) != 0))
        rc = -1;
    if (s->failed)
        rc = -1;
    if (out)
        *out = s->stats;
    /* The index is sorted in 2 MiB runs (the sorter's run size follows the
     * page cache size) and merged: fewer cache misses than one in-memory
     * sort of every key, and the cache's memory is given back first.  One
     * helper thread may sort runs while the table is still being read (the
     * same CPU time; less wall time when a second core is free). */
    if (!s->failed && s->o.bulk)
        sqlite3_exec(s->db, "PRAGMA cache_size=-2048; PRAGMA threads=1", NULL, NULL, NULL);
    if (!s->failed && s->o.bulk && exec(s, index_sql, "rebuilding indexes") != 0)
        rc = -1;
    if (!s->failed)   /* sampled statistics: a few ms even on millions of rows */
        sqlite3_exec(s->db, "PRAGMA analysis_limit=400; ANALYZE events; PRAGMA optimize",
                     NULL, NULL, NULL);
    store_free(s);
    return rc;
}
