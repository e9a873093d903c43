/* tagger.h: averaged-perceptron part-of-speech tagger.
 *
 * Greedy left to right: each word gets a Penn Treebank tag (XPOS) from word,
 * affix, shape, word-cluster (wclust.h) and context features plus the two
 * previous predicted tags;
 * then a second perceptron picks the UD tag (UPOS) from the word and the
 * XPOS tags around it.  Trained by ktagger_train (src/train.c) on CoNLL-U.
 *
 * A loaded ktagger is read-only and may be shared by threads; each thread
 * uses its own ktag_ws workspace, which grows to the longest sentence seen
 * and is reused, so tagging allocates nothing per token. */
#ifndef KH_TAGGER_H
#define KH_TAGGER_H

#include "percep.h"
#include "wclust.h"
#include "diag.h"

#include <stdint.h>

#define KT_MAXTAG 64
#define KT_MAXBEAM 16              /* widest XPOS beam */
#define KT_NOFIX 0xff              /* no fixed UPOS: score it */
#define KT_FIXMARK (1u << 16)      /* set in every fixed-tag code (0 = absent) */

/* Tag dictionary entry: the tags a training word was seen with (at least
 * 5% of its occurrences; words seen twice or more). */
typedef struct ktag_dent {
    uint64_t key;                  /* word atom (lower-cased, digits as 0); 0 = empty */
    uint64_t xm, um;               /* bit sets of XPOS / UPOS ids */
} ktag_dent;

typedef struct ktagger {
    int nx, nu;                    /* number of XPOS / UPOS tags */
    char xname[KT_MAXTAG][8];      /* XPOS names ("NN") */
    char uname[KT_MAXTAG][8];      /* UPOS names ("NOUN") */
    kpm mx;                        /* pass 1 XPOS weights [feature][nx] */
    kpm mx2;                       /* pass 2 XPOS weights (sees pass-1 tags to the
                                      right); no features = single pass */
    kpm mu;                        /* UPOS weights [feature][nu]; nclass 0 = none */
    ktag_dent *dict;               /* [dmask + 1] open addressing */
    uint32_t dmask, ndict;
    kwc wc;                        /* word clusters (empty: none) */
    kwc wn;                        /* WordNet word classes (wnlex.h), without the
                                      tag-dictionary words once saved */
    int haswn;                     /* trained with a WordNet lexicon: its features on */
    kwc fix;                       /* fixed tags (format 5): a frequent training word form
                                      (case-sensitive, ktag_form_key) nearly always so tagged
                                      takes its XPOS (and its UPOS when that is as sure)
                                      unscored; code KT_FIXMARK | UPOS id (or KT_NOFIX) << 8
                                      | XPOS id */
    int beam;                      /* XPOS decoding: <= 1 greedy, > 1 beam width (format 5) */
    int margin;                    /* beam: items behind the best by more than this are
                                      dropped (weight units, 32000 = the largest weight;
                                      0 = none; format 5) */
} ktagger;

/* Beam search scratch (ktag_beam_decode): the current and the next beam. */
typedef struct ktag_beam {
    int cn, nn;                    /* items in the current / next beam */
    double csc[KT_MAXBEAM], nsc[KT_MAXBEAM];   /* cumulative scores */
    uint8_t ntag[KT_MAXBEAM], nback[KT_MAXBEAM];
    uint8_t cgold[KT_MAXBEAM], cgold2[KT_MAXBEAM];
    double ws[KT_MAXTAG], hs[KT_MAXTAG];        /* word / history template scores */
} ktag_beam;

/* Per-thread scratch: token atoms and scores, sized to the longest
 * sentence so far. */
typedef struct ktag_ws {
    int cap;
    int clusters;                  /* the tagger has word clusters: cluster features on */
    int wordnet;                   /* the tagger has a WordNet lexicon: its features on */
    uint64_t *atom;                /* [cap + 4][atoms], padded by 2 each side */
    uint8_t *r;                    /* [cap] pass-1 tags */
    uint8_t *btag, *bback;         /* [cap][KT_MAXBEAM] beam items' tags and back pointers */
    ktag_beam beam;
    double margin;                 /* beam decoding: drop items behind the best by more
                                      than this (ktagger.margin; 0 in training) */
    int32_t score[KT_MAXTAG];
    float fscore[KT_MAXTAG];
    uint64_t feat[96];
} ktag_ws;

void ktag_ws_init(ktag_ws *w);
void ktag_ws_free(ktag_ws *w);

/* Load a tagger model file.  NULL with the reason reported through d when
 * the file is missing, truncated, corrupt or of another version. */
ktagger *ktagger_load(const char *path, kdiag *d);
/* Save; 0 or -1 (reported). */
int ktagger_save(const ktagger *t, const char *path, kdiag *d);
void ktagger_free(ktagger *t);   /* accepts NULL */

/* Tag the n words form[0..n): XPOS ids into x[n], UPOS ids into u[n]
 * (indices into xname/uname; u untouched when the model has no UPOS
 * weights).  n may be 0. */
void ktagger_tag(const ktagger *t, ktag_ws *w, const char *const *form, int n, uint8_t *x, uint8_t *u);
/* The same with XPOS beam width K instead of the model's (1 = greedy). */
void ktagger_tag_beam(const ktagger *t, ktag_ws *w, const char *const *form, int n, int K, uint8_t *x, uint8_t *u);

/* XPOS tag-dictionary class (bit set of tag ids; 0 = no entry) of word i
 * of the sentence last tagged with w: the parser's KPAR_F_AMB features. */
uint64_t ktag_amb(const ktag_ws *w, int i);

/* ---- used by training (train.c) ---- */
/* Compute the per-token atoms of a sentence into w. */
void ktag_atoms(const ktagger *t, ktag_ws *w, const char *const *form, int n);
/* Override the dictionary atoms of word i (training: leave-one-out). */
void ktag_set_amb(ktag_ws *w, int i, uint64_t xm, uint64_t um);
/* Replace the word-identity atoms of word i by those of an unknown word
 * (training: word dropout). */
void ktag_set_unknown(ktag_ws *w, int i);
/* Word atom of a form (the dictionary key). */
uint64_t ktag_word_key(const char *form);
/* Insert into the dictionary (growing it); for training. */
void ktag_dict_add(ktagger *t, uint64_t key, uint64_t xm, uint64_t um);
/* Form atom of a word (case-sensitive; the fixed-tag key). */
uint64_t ktag_form_key(const char *form);
/* Give the form key the fixed XPOS fx (< nx) and UPOS fu (< nu or
 * KT_NOFIX), replacing any; for training and loading. */
void ktag_fix_add(ktagger *t, uint64_t key, int fx, int fu);
/* Features of word i given the XPOS history x (x[i-1], x[i-2] used) and,
 * for pass 2, the pass-1 tags r (NULL in pass 1); returns the count
 * written to w->feat. */
int ktag_xfeats(ktag_ws *w, int i, int n, const uint8_t *x, const uint8_t *r);
/* Fixed XPOS of word i (KT_NOFIX: none), after ktag_atoms. */
int ktag_fixed(const ktag_ws *w, int i);
/* UPOS of words 0..n) from their XPOS x (greedy), after ktag_atoms. */
void ktag_upos(const ktagger *t, ktag_ws *w, int n, const uint8_t *x, uint8_t *u);

/* Beam search over XPOS sequences.  A scorer adds the weights of nf
 * features to score[0..nclass). */
typedef struct ktag_scorer {
    void (*score)(const void *m, const uint64_t *feat, int nf, double *score);
    const void *m;
} ktag_scorer;
/* The scorer of a frozen model (m: a kpm). */
void ktag_kpm_scorer(const void *m, const uint64_t *feat, int nf, double *score);
/* Max-violation point of a training decode: the step where the best item
 * off the gold path outscores the gold prefix most (step -1: none), and that
 * item's tags x[0..step] (caller's array of n). */
typedef struct ktag_viol {
    int step, item;
    uint8_t *x;
} ktag_viol;
/* Decode words 0..n) (after ktag_atoms) with width K (1 to KT_MAXBEAM):
 * items are tag sequences with their summed scores; the word-only
 * templates are scored once per word, the tag-history ones per item; items
 * with equal last two tags are merged.  usefix: fixed tags are taken
 * unscored.  With gold (training), v receives the max-violation point.
 * Width 1 decodes exactly as the greedy tagger.  Best sequence into x. */
int ktag_beam_decode(const ktag_scorer *sc, int nx, ktag_ws *w, int n, int K, int usefix, const uint8_t *gold,
                     uint8_t *x, ktag_viol *v);

/* Features for the UPOS decision of word i given all XPOS x[0..n) and
 * UPOS u[0..i). */
int ktag_ufeats(ktag_ws *w, int i, int n, const uint8_t *x, const uint8_t *u);

#endif
