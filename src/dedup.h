/* dedup.h: deduplication and GDELT-style aggregation of coded events.
 *
 * Modes (--dedup):
 *   none   every event is its own record (1 mention, 1 source, 1 article);
 *   story  one record per (story, date, source, target, code): repeats of an
 *          event inside one story become mentions of the first;
 *   day    one record per (date, source, target, code) across all stories:
 *          Phoenix's one-a-day filter.
 * Every mention is kept with its record (provenance); nsources counts the
 * distinct news sources and narticles the distinct stories among them.
 * Records come out in order of their first mention.  Events and metadata are
 * copied, so the caller may free its sentence arena after kdedup_add. */
#ifndef KH_DEDUP_H
#define KH_DEDUP_H

#include "sink.h"

typedef struct kdedup kdedup;

/* Parse "none", "story", "day"; -1 for anything else. */
int kdedup_parse_mode(const char *s);
const char *kdedup_mode_name(int mode);

kdedup *kdedup_new(int mode);
void kdedup_free(kdedup *d);

/* Add one event; m (may be NULL) is the metadata of its story. */
void kdedup_add(kdedup *d, const kevent *ev, const kstory_meta *m);

/* Number of records currently buffered. */
size_t kdedup_pending(const kdedup *d);

typedef int (*kdedup_emit_fn)(void *ud, const krecord *r);

/* Emit every buffered record (ids continue from the previous flush) and
 * clear the buffer.  Stops and returns the first non-zero value fn returns;
 * 0 when all were emitted. */
int kdedup_flush(kdedup *d, kdedup_emit_fn fn, void *ud);

#endif
