/* coder.h: the coding engine.  Sentences (ksent) in, events (kevent) out,
 * with a loaded dictionary set (dict.h).  A kcoder holds per-thread scratch
 * state; the dictionary set is shared read-only. */
#ifndef KH_CODER_H
#define KH_CODER_H

#include "diag.h"
#include "event.h"
#include "sent.h"

typedef struct kdictset kdictset;

/* PETRARCH2 coding options (PETR_config.ini [Options], validation <Config>). */
typedef struct kcoder_opts {
    int require_dyad;      /* default 1 */
    int new_actor_length;  /* default 0 */
    int comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;
                           /* defaults 2, 8, 0, 0, 2, 8 */
    /* Conventions where PETRARCH-1 and PETRARCH-2/UD-PETRARCH differ; -1 =
     * follow the verb dictionary's dialect (kverbs_dialect), 0/1 = force. */
    int passive_swap;      /* a passive subject without a "by" agent is the
                              target (dialect 2) */
    int split_codes;       /* "FRO/BIL/SAM" actor codes give one event per
                              part (dialect 1) */
    int verb_combine;      /* PETRARCH-2 verb-verb combinations and '~'
                              transformations ("A wants to help B" = 033);
                              auto: the verb dictionary has transformations */
    int statements;        /* a statement (a verb coded 01x) whose complement
                              clause codes an event gives that event instead:
                              intents, refusals, threats, accusations,
                              claims of responsibility (docs/coder.md); default 0 */
    int skip_negated;      /* a negated verb ("did not attack", "has never
                              visited") codes no event, and the clause it
                              governs none either (without a negation
                              ontology); default 0 */
} kcoder_opts;

void kcoder_opts_default(kcoder_opts *o);
/* Set option `name` from its text value ("True", "false", "8").
 * Returns 0, or -1 when the name is unknown or the value malformed. */
int kcoder_opts_set(kcoder_opts *o, const char *name, const char *value);

typedef struct kcoder kcoder;

kcoder *kcoder_new(const kdictset *d);
void kcoder_free(kcoder *c);               /* accepts NULL */

/* Start a new story: the coder forgets its story memory (actors and events
 * of earlier sentences, used to resolve pronouns and references).  Call it
 * before the first sentence of each story. */
void kcoder_story_begin(kcoder *c);

/* Story context on (1) or off (0, the default): with it on, the coder
 * resolves pronouns, relative pronouns, definite and plural references and
 * objects naming earlier events from the same sentence and the story memory
 * (docs/coder.md, "Story context"), and records how on each event
 * (kevent.source_resolved / target_resolved).  Turn it on for news stories
 * (raw text); leave it off for independent test records.  Also resets the
 * memory. */
void kcoder_set_context(kcoder *c, int on);

/* Use an internal coding ontology (pico.h) to negate the codes of negated
 * verbs ("did not clash"), as UD-PETRARCH does.  NULL (the default): no
 * negation beyond what the verb patterns themselves say. */
struct kpico;
void kcoder_set_ontology(kcoder *c, const struct kpico *p);

/* Trace of the coder's decisions (for `khaldun explain`): fn(ud, what, msg)
 * is called with short tags -- "unit" (an actor phrase and its code),
 * "context" (a resolved reference), "comma" (a comma clause dropped),
 * "verb" (a verb, its code and pattern file:line, source and target),
 * "combine" (verb-verb combinations), "drop" (an event dropped) -- and a
 * one-line message, valid during the call.  NULL (default): off, no cost
 * beyond a test. */
typedef void (*kcoder_trace_fn)(void *ud, const char *what, const char *msg);
void kcoder_set_trace(kcoder *c, kcoder_trace_fn fn, void *ud);

/* Events of one sentence.  Appends to (*ev)[*nev..], growing *ev and *cap with
 * xrealloc; texts are allocated in s->mem.  Returns the number of events
 * appended, or -1 when the sentence cannot be coded (malformed tree...),
 * reported through d with the sentence id. */
int kcoder_code(kcoder *c, const kcoder_opts *o, const ksent *s,
                kevent **ev, int *nev, int *cap, kdiag *d);

#endif
