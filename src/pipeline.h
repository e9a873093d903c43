/* pipeline.h: one story in, events out.
 *
 *   kstory --ktok_story--> ksent (tokens) --kparse_sent--> ksent (tags, tree)
 *          --kcoder_story_begin + kcoder_code--> kevent --kgeo_event--> kevent + ActionGeo
 *
 * Parsed PETRARCH / UD-PETRARCH records (petrxml.h) enter at the sentence
 * level with their own tree (kpipe_sent, no re-parsing) unless re-parsing
 * is asked for (kpipe_sent with reparse = 1, or kpipe_text on the record's
 * text alone).
 *
 * Sharing: a kpipe_cfg (dictionaries, models, gazetteer) is read-only and
 * may be shared by any number of threads; each thread owns one kpipe (its
 * coder, tagger and parser workspaces, sentence arena).  Results go to a
 * kpipe_batch the caller owns: events with their texts copied into the
 * batch's arena, so a batch stays valid after the pipeline moves on (a
 * writer thread can print it later).  The library never prints: problems
 * go to the kdiag given with the story or sentence id. */
#ifndef KH_PIPELINE_H
#define KH_PIPELINE_H

#include "coder.h"
#include "diag.h"
#include "event.h"
#include "geo.h"
#include "parser.h"
#include "sent.h"
#include "story.h"
#include "tagger.h"
#include "tokenize.h"
#include "util.h"

struct kpico;

typedef struct kpipe_cfg {
    const kdictset *ds;          /* required */
    const ktagger *tagger;       /* tagger and parser: required for raw text, */
    const kparser *parser;       /* may be NULL for parsed records only */
    const kgeo *geo;             /* NULL: events are not geolocated (unless geo_lazy) */
    int geo_lazy;                /* 1 with geo NULL: the default gazetteer
                                    (kgeo_default) is loaded when the first
                                    event needs it (parsed input that yields
                                    no events never loads it) */
    const struct kpico *pico;    /* negation ontology, may be NULL */
    kcoder_opts opts;            /* coding options (kcoder_opts_default first) */
    int max_tokens;              /* longer sentences fail (reported); 0 = no limit */
    ktok_opt tok;                /* tokenizer options (zero = defaults) */
    int context;                 /* 1: story context (kcoder_set_context) for
                                    kpipe_story, i.e. news stories from raw
                                    text; kpipe_text and kpipe_sent (test
                                    records, parsed records) code without it */
    int timing;                  /* 1: measure the coder's own CPU time
                                    (kpipe_coder_seconds); costs a clock
                                    read per sentence */
} kpipe_cfg;

/* Events of one story or record, owned by the caller. */
typedef struct kpipe_batch {
    kevent *ev;
    int nev;
    size_t cap;
    int nsent;                   /* sentences seen */
    int nfailed;                 /* sentences that could not be coded (reported) */
    karena mem;                  /* event texts */
} kpipe_batch;

void kpipe_batch_init(kpipe_batch *b);
/* Empty the batch (events dropped, arena reset) for reuse. */
void kpipe_batch_reset(kpipe_batch *b);
void kpipe_batch_free(kpipe_batch *b);

typedef struct kpipe kpipe;

/* A per-thread pipeline over the shared cfg (which must outlive it; it is
 * not copied except for its options). */
kpipe *kpipe_new(const kpipe_cfg *cfg);
void kpipe_free(kpipe *p);                 /* accepts NULL */

/* CPU seconds p's thread spent inside the coder alone (tokenizing, parsing,
 * reading and writing excluded), when cfg->timing is set; 0 otherwise.  CPU
 * time, not wall time, so the figure holds on a loaded machine. */
double kpipe_coder_seconds(const kpipe *p);

/* Code a whole story: story memory reset, sentences split, tokenized,
 * tagged, parsed, coded with cfg->opts, geolocated with the story's opening
 * text as dateline.  Events are appended to out.  Returns the number of
 * events appended, or -1 when there is no tagger/parser (reported). */
int kpipe_story(kpipe *p, const kstory *st, kpipe_batch *out, kdiag *d);

/* Code the sentences of a record's text (id, date, text) as one story with
 * options o (NULL: cfg->opts): the raw-text path for text-only or re-parsed
 * PETRARCH records.  Sentence ids are id-1, id-2, ...; events carry
 * story_id = story_id (NULL: id).  Returns events appended or -1. */
int kpipe_text(kpipe *p, const char *story_id, const char *id, int date, const char *text,
               const kcoder_opts *o, kpipe_batch *out, kdiag *d);

/* Start a new story for kpipe_sent (forgets the coder's story memory). */
void kpipe_story_begin(kpipe *p);

/* Code one already tokenized sentence with options o (NULL: cfg->opts).
 * reparse = 1 (or a sentence without a tree: every head -1 and no tags)
 * tags and parses it first; otherwise its tree is used as it is.  dateline
 * (may be NULL) is the geolocation fallback.  Returns events appended, or
 * -1 when the sentence fails (too long, no parser, refused by the coder;
 * reported with its id). */
int kpipe_sent(kpipe *p, ksent *s, const kcoder_opts *o, int reparse, const char *dateline, size_t dateline_len,
               kpipe_batch *out, kdiag *d);

/* The coder of this pipeline (for callers that set an ontology etc.). */
kcoder *kpipe_coder(kpipe *p);

#endif
