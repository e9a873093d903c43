/* parser.h: greedy transition-based dependency parser (arc-hybrid, labelled,
 * projective) with an averaged-perceptron model over hashed sparse features
 * (Zhang & Nivre 2011 style templates: words, tags, children, distance,
 * valency, label sets; word clusters as in Koo et al. 2008).  Trained with
 * a dynamic oracle (Goldberg & Nivre 2013) by kparser_train (src/train.c).
 *
 * Transitions over stack S and buffer B, with an artificial ROOT at the end
 * of B (so it is never shifted):
 *   SHIFT     push b0                        (b0 != ROOT)
 *   LEFT(l)   pop s0, arc b0 -l-> s0         (b0 = ROOT only if |S| = 1 and
 *                                             l = root: one root per tree)
 *   RIGHT(l)  pop s0, arc s1 -l-> s0         (|S| >= 2)
 * Class ids: 0 = SHIFT, 1 + l = LEFT(l), 1 + nlab + l = RIGHT(l).
 *
 * A loaded kparser is read-only and may be shared by threads; each thread
 * uses its own kparse_ws, reused across sentences (no per-token allocation). */
#ifndef KH_PARSER_H
#define KH_PARSER_H

#include "percep.h"
#include "wclust.h"
#include "diag.h"
#include "sent.h"
#include "tagger.h"

#include <stdint.h>

#define KPAR_MAXLAB 127
#define KPAR_MAXMARGIN 10000000  /* largest beam decoding margin (weight units) */

/* Optional feature sets of a parser model (kparser.feats, stored in format 5). */
#define KPAR_F_AMB 1u              /* tag-dictionary classes of s0, b0, b1 (the tagger's
                                      "ambiguity class": the tags a word had in training) */
#define KPAR_F_LEAN 2u             /* without 8 templates that gave nothing (s1 word; s0, b0 tags with
                                      distance; s0's second rightmost child; b0's second leftmost
                                      child's tag; s0-b0 suffix pair, s1 tag-s0 suffix-b0 tag) */
#define KPAR_F_ALL (KPAR_F_AMB | KPAR_F_LEAN)

typedef struct kparser {
    int nlab;
    int rootlab;                   /* index of "root" */
    char lab[KPAR_MAXLAB][24];     /* "nsubj", "nmod:poss" */
    kpm m;                         /* weights [feature][1 + 2 nlab] */
    kwc wc;                        /* word clusters (empty: none) */
    int beam;                      /* beam width used by kparser_parse (1 = greedy); stored in the model
                                      file when > 1 (format 4), else 1 */
    unsigned feats;                /* KPAR_F_* feature sets (0: the base templates); format 5 when
                                      non-zero */
    int margin;                    /* beam decoding drops items behind the best by more than this
                                      (weight units, 32000 = the largest weight; 0: never);
                                      format 6 when non-zero */
} kparser;

typedef struct kparse_ws {
    int cap, n;                    /* capacity; words in this sentence */
    int sp, b;                     /* stack depth; buffer front (n = ROOT) */
    int *stack;                    /* [cap + 1] */
    int *head, *lab;               /* [cap + 1] assigned arcs, -1 = none */
    int *lc1, *lc2, *rc1, *rc2;    /* [cap + 1] outermost children, -1 = none */
    int *nl, *nr;                  /* [cap + 1] left / right child counts */
    uint64_t *lset, *rset;         /* [cap + 1] label sets of left / right children */
    uint64_t *W, *P, *S;           /* [cap + 1] word, tag, suffix atoms; ROOT at n */
    uint64_t *C, *CF;              /* [cap + 1] word cluster (8-bit prefix, whole code) */
    uint64_t *amb, *A;             /* [cap + 1] tag-dictionary class of each word as given to
                                      kpar_begin (0 = none) and its feature atom */
    int clusters;                  /* word clusters given: cluster features on */
    int ambf;                      /* the model has KPAR_F_AMB: those features on */
    int lean;                      /* the model has KPAR_F_LEAN: those templates off */
    int nbuf;                      /* features of the buffer words only (set by kpar_feats) */
    uint64_t feat[160];
    int32_t score[256], bscore[256]; /* bscore: buffer-only features at b = scored */
    float fscore[256];
    struct kbeam *beam;            /* beam-search workspace (beam.h), NULL until used */
} kparse_ws;

void kparse_ws_init(kparse_ws *w);
void kparse_ws_free(kparse_ws *w);

/* Load / save a parser model file (see tagger.h for the error contract). */
kparser *kparser_load(const char *path, kdiag *d);
int kparser_save(const kparser *p, const char *path, kdiag *d);
void kparser_free(kparser *p);   /* accepts NULL */

/* Parse n words with their XPOS tag names: head[i] (0-based, -1 = root) and
 * label index lab[i] (into p->lab).  Always yields a tree with one root.
 * amb[i] is the tagger's tag-dictionary class of word i (ktag_amb; NULL = all
 * 0), read only by models with KPAR_F_AMB.  amb may be w->amb (the classes of
 * the sentence w parsed last: a re-parse of the same words).
 * Greedy when p->beam <= 1, else beam search of width p->beam (beam.h). */
void kparser_parse(const kparser *p, kparse_ws *w, const char *const *form, const char *const *xpos,
                   const uint64_t *amb, int n, int *head, int *lab);

/* Tag and parse s in place: fills xpos, upos, head, rel and deprel of every
 * token from tok[].form (strings allocated in s->mem).  tw and pw are the
 * caller's workspaces. */
void kparse_sent(const ktagger *t, const kparser *p, ktag_ws *tw, kparse_ws *pw, ksent *s);

/* ---- transition system, used by training ---- */
/* The per-state arrays of a workspace (stack, heads, labels, children,
 * valencies, label sets) for cap tokens, and their release: the greedy
 * workspace and each beam item own one set. */
void kpar_state_alloc(kparse_ws *w, int cap);
void kpar_state_free(kparse_ws *w);
/* Begin a sentence for p's features (clusters, feature sets); amb as for
 * kparser_parse. */
void kpar_begin(kparse_ws *w, const kparser *p, const char *const *form, const char *const *xpos,
                const uint64_t *amb, int n);
int kpar_done(const kparse_ws *w);
/* Legal classes: legal[c] = 1/0 for c < 1 + 2 nlab. */
void kpar_legal(const kparse_ws *w, int nlab, int rootlab, uint8_t *legal);
/* Apply class c (must be legal). */
void kpar_apply(kparse_ws *w, int nlab, int c);
/* Features of the current configuration into w->feat; returns count.  The
 * first w->nbuf depend on the buffer words b0..b2 only. */
int kpar_feats(kparse_ws *w);
/* Dynamic-oracle cost of each legal class given gold heads gh[] (n = ROOT)
 * and gold labels gl[]. */
void kpar_costs(const kparse_ws *w, int nlab, const int *gh, const int *gl, const uint8_t *legal, int *cost);

#endif
