/* beam.h: beam search for the arc-hybrid parser (parser.h).
 *
 * A beam item is a parser state (stack, arcs, child lists: a kparse_ws
 * "view" sharing the word/tag atoms of the caller's workspace) with the
 * cumulative score of the transitions that made it.  Each step expands every
 * item by its legal transitions and keeps the K best (score descending; ties
 * to the earlier item, then the lower class: with K = 1 this is exactly the
 * greedy decoder); in decoding, a model's margin drops the items far behind
 * the best.  Arc-hybrid takes 2n transitions for n words, so all items finish
 * together.  The buffer-only feature sums are scored once per
 * buffer position and shared by every item (cached per position).  States
 * with a single legal move (empty stack; ROOT with one word left) add no
 * score and no features, as in the greedy decoder and trainer.
 *
 * All memory lives in the workspace (struct kbeam, hung on kparse_ws.beam),
 * grown to the largest beam and sentence seen: a step allocates nothing.
 * Used by kparser_parse when the model's (or the caller's) beam is > 1, and
 * by the global trainer in train.c (scores from a trainable kpt). */
#ifndef KH_BEAM_H
#define KH_BEAM_H

#include "parser.h"

#define KBEAM_MAX 64               /* largest beam width accepted */

typedef struct kbeam kbeam;

/* Scores come from a frozen model (m) or, in training, a trainable one (t). */
typedef struct kbeam_model {
    const kpm *m;
    const kpt *t;
} kbeam_model;

/* The beam of w (created on first use; freed by kparse_ws_free). */
kbeam *kbeam_of(kparse_ws *w);
void kbeam_free(kbeam *b);

/* Start a search of width K over the sentence already set up in w by
 * kpar_begin (w's atoms are shared; w's own state is not touched). */
void kbeam_begin(kbeam *b, kparse_ws *w, int K, int nclass);

/* One transition for every item; keeps the K best.  When gold (a transition
 * sequence) is given, items remember whether they are its prefix; without it
 * (decoding) items more than p->margin behind the best are dropped too (when
 * the margin is > 0).  Returns the number of items. */
int kbeam_step(kbeam *b, const kparser *p, const kbeam_model *mod, const int *gold);

/* Item i (0 = best) after the last step: state, score, gold-prefix flag. */
kparse_ws *kbeam_item(kbeam *b, int i);
double kbeam_score(const kbeam *b, int i);
int kbeam_is_gold(const kbeam *b, int i);
/* Index of the gold item, -1 when it fell off the beam. */
int kbeam_gold(const kbeam *b);
/* Transitions taken so far (steps). */
int kbeam_steps(const kbeam *b);
/* Transition sequence of item i after step t (t <= steps), traced through the
 * back-pointers of the item that was i-th at step t, into seq[0..t). */
void kbeam_trace(const kbeam *b, int t, int i, int *seq);

/* Scores of every class (1 + 2 nlab) for state v of the current sentence
 * (buffer-only sums shared with the beam's cache); 0 for a state with a
 * single legal move. */
void kbeam_class_scores(kbeam *b, const kparser *p, const kbeam_model *mod, kparse_ws *v, double *out);

/* Decode n words with beam width K (kparser_parse does this for p->beam > 1). */
void kbeam_parse(const kparser *p, int K, kparse_ws *w, const char *const *form, const char *const *xpos,
                 const uint64_t *amb, int n,
                 int *head, int *lab);

/* Single legal move of state v, or -1 when the move must be chosen. */
int kbeam_forced(const kparse_ws *v, int rootlab);

#endif
