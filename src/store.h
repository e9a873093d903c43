/* store.h: the SQLite event store (stories, sentences, events, mentions).
 *
 * One database file holds every story coded into it.  Story ids are keys:
 * a story already in the database is skipped whole, so re-running the same
 * input adds nothing.  Stories are written in batched transactions (default
 * 1000 stories), each story entirely inside one transaction, so a run killed
 * at any moment leaves complete stories only, and re-running the same input
 * completes the job with the same content (event ids included) as an
 * uninterrupted run.  WAL journal, synchronous=NORMAL.
 *
 * Events are deduplicated by the mode fixed when the database is created
 * (none, story, day: see dedup.h): an event row per (date, source, target,
 * code) within the mode's scope, with n_mentions, n_sources, n_articles
 * kept up to date, and one mentions row per coded instance.  The schema is
 * documented in docs/products.md and in kstore_schema_sql().
 *
 * Errors (not an SQLite file, read-only, locked by another writer past the
 * busy timeout, disk full, I/O) are reported through kdiag with the file
 * name; the current batch is rolled back and every later call returns -1. */
#ifndef KH_STORE_H
#define KH_STORE_H

#include "diag.h"
#include "event.h"
#include "sink.h"

typedef struct kstore kstore;

typedef struct kstore_opts {
    int dedup;          /* KDEDUP_*; used when creating, must match after */
    int goldstein;      /* KCAMEO_GS_*: scheme of events.goldstein */
    int busy_ms;        /* wait this long for another writer (default 5000) */
    int batch;          /* stories per transaction (default 1000) */
    int bulk;           /* 1: drop the query index while loading and
                           rebuild it at kstore_close (faster for large
                           loads; a killed bulk load leaves it to be
                           rebuilt by the next open).  Automatic when the
                           store has no events yet, and once a load has added
                           a quarter as many events as the store held
                           and at least auto_bulk events. */
    long long auto_bulk;  /* see bulk; 0: never switch during a load */
} kstore_opts;

#define KSTORE_OPTS_INIT {KDEDUP_NONE, 0, 5000, 1000, 0, 100000}

typedef struct kstore_stats {
    long long stories_added, stories_skipped;
    long long sentences, mentions, events_new;
} kstore_stats;

/* Open or create the database at path for writing.  NULL after a
 * diagnostic: "not an SQLite database", "read-only", "locked by another
 * writer", "created with --dedup day, not none", ... */
kstore *kstore_open(const char *path, const kstore_opts *o, kdiag *d);

/* Start a story.  Returns 1 when it is new (its sentences and events will
 * be stored), 0 when its id was already in the database before this
 * kstore_open (its sentences and events are ignored until the next story),
 * -1 on error.  The previous story, if any, is ended first.  A story this
 * session added earlier may come back (its events were not contiguous): it
 * is continued (returns 1).  Crash safety is per contiguous run of a
 * story's events, so producers should keep a story's events together
 * (khaldun store import groups them), and an event seen in two separated
 * runs of one story counts that story twice in n_articles. */
int kstore_story(kstore *s, const kstory_meta *m);

/* Store a sentence of the current story: seq is its 1-based position. */
int kstore_sentence(kstore *s, int seq, const char *sentence_id, const char *text);

/* Store one coded event.  An event whose story_id differs from the current
 * story starts that story (id and date from the event).  The event's
 * sentence is stored if not already.  0, or -1 on error. */
int kstore_event(kstore *s, const kevent *ev);

/* End the current story; commits when the batch is full.  0 or -1. */
int kstore_story_end(kstore *s);

/* Commit what is pending, close.  0, or -1 after a diagnostic (pending
 * batch rolled back).  Frees s in every case. */
int kstore_close(kstore *s, kstore_stats *st);

/* The statements that create the schema (for the docs and tests). */
const char *kstore_schema_sql(void);

#endif
