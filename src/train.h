/* train.h: training and evaluation of the tagger and parser on CoNLL-U
 * corpora (kconllu_corpus).  Deterministic: one thread, fixed-seed shuffling.
 * Progress goes to the diagnostics sink as notes. */
#ifndef KH_TRAIN_H
#define KH_TRAIN_H

#include "tagger.h"
#include "parser.h"
#include "conllu.h"

typedef struct ktrain_opt {
    int tag_epochs;        /* maximum epochs for tagger pass 2 (early stopping on dev) */
    int tag_passes;        /* 1: one left-to-right pass; 2: a second pass sees pass-1 tags */
    int tag_epochs1;       /* epochs for tagger pass 1 when tag_passes = 2 */
    int tag_folds;         /* jackknife folds giving pass 2 its training input */
    int parse_epochs;      /* maximum epochs for the parser */
    int patience;          /* stop after this many epochs without dev gain */
    int folds;             /* jackknife folds for the parser's training tags (< 2: gold tags) */
    int prune;             /* drop quantised weights with |w| <= prune (of 32000 = largest) */
    int parse_prune;       /* the same for the parser alone (< 0: prune) */
    double explore;        /* probability of following a wrong prediction (dynamic oracle) */
    double tag_drop;       /* parser (greedy): probability that a training word's tag is hidden */
    double word_drop;      /* tagger: probability that a rare training word loses its identity */
    int beam;              /* parser: 1 = greedy with the dynamic oracle; > 1 = beam search of this width
                              with global (max-violation) training, stored in the model */
    int beam_margin;       /* parser beam: decoding drops items behind the best by more than
                              this (weight units; 0: never), stored in the model */
    int fix_min;           /* tagger: a word seen at least this often (0: never) ... */
    double fix_share;      /* ... with one XPOS in at least this share of its occurrences
                              takes that tag unscored (and its UPOS when that is as sure) */
    int tag_beam;          /* tagger: 1 greedy; > 1 XPOS beam search of this width with
                              global training, stored in the model */
    int tag_margin;        /* tagger beam: decoding drops items behind the best by more than
                              this (32000 = the largest weight; 0: never), stored in the model */
    unsigned long long seed;
    unsigned long long parse_seed; /* parser: training order seed (0: seed) */
    const kwc *wc;         /* word clusters for tagger and parser features (NULL: none) */
    const kwc *wn;         /* tagger: WordNet word-class lexicon (wnlex.h; NULL: none) */
    int tagger_only;       /* ktrain_all: train and save only the tagger */
    unsigned parse_feats;  /* parser: optional feature sets (KPAR_F_*) */
    int jk_epochs;         /* epochs of the jackknife taggers (0: as many as the tagger kept) */
    const char *jk_cache;  /* ktrain_all: file keeping the jackknifed training tags across runs (NULL: none) */
    kdiag *d;              /* notes: per-epoch figures */
} ktrain_opt;

void ktrain_defaults(ktrain_opt *o);

/* Train a tagger on the sentences idx[0..nidx) of train (all when idx is
 * NULL), early-stopping on dev when dev is non-NULL (else exactly
 * o->tag_epochs epochs).  *best_epoch (may be NULL) receives the epoch kept.
 * Returns NULL (reported) when a tag name is too long or there are too many. */
ktagger *ktagger_train(const kconllu_corpus *train, const int *idx, int nidx, const kconllu_corpus *dev,
                       const ktrain_opt *o, int *best_epoch);

/* Train a parser on train whose XPOS tags are txpos[s][i] (predicted tags;
 * NULL = gold) and tag-dictionary classes tamb[s][i] (NULL = none),
 * early-stopping on dev LAS with dev tags dxpos (NULL = gold) and classes damb. */
kparser *kparser_train(const kconllu_corpus *train, const char *const *const *txpos, const uint64_t *const *tamb,
                       const kconllu_corpus *dev, const char *const *const *dxpos, const uint64_t *const *damb,
                       const ktrain_opt *o);

/* Tag every sentence of c with t; returns tag-name arrays [nsent][n]
 * (pointing into t->xname), allocated in mem; with amb non-NULL, *amb
 * receives the words' tag-dictionary classes [nsent][n] (ktag_amb). */
const char *const *const *ktrain_tag_corpus(const ktagger *t, const kconllu_corpus *c, karena *mem,
                                            const uint64_t *const **amb);

/* Accuracy counts with gold tokens.  LAS compares the universal part of
 * the label (before ':'), as the CoNLL 2018 evaluation does; lasfull the
 * whole label. */
typedef struct keval {
    long words, sents;
    long xpos_ok, upos_ok, uas_ok, las_ok, lasfull_ok;
} keval;

/* Evaluate on c: tags with t when t is non-NULL, parses with p when p is
 * non-NULL (with t's tags and classes, else the tags xpos[sentence][word],
 * else gold XPOS, with the classes amb[sentence][word], else none). */
void keval_run(const ktagger *t, const kparser *p, const kconllu_corpus *c, const char *const *const *xpos,
               const uint64_t *const *amb, keval *e);

/* Train tagger and parser from the files and write DIR/en-ewt.tagger and
 * DIR/en-ewt.parser.  0 on success, -1 (reported) on failure. */
int ktrain_all(const char *train_path, const char *dev_path, const char *outdir, const ktrain_opt *o);

#endif
