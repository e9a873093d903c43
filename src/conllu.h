/* conllu.h: CoNLL-U (10 tab-separated columns) to ksent.
 *
 *   1  Arnor    Arnor  PROPN  NNP  _  3  nsubj  _  _
 *   ID FORM     LEMMA  UPOS   XPOS FEATS HEAD DEPREL DEPS MISC
 *
 * Comment lines (#) and blank lines are skipped, as are multiword-token
 * ranges (3-4) and empty nodes (3.1).  UD v1 labels are rewritten to their
 * v2 spelling in ktok.deprel (dobj -> obj, nsubjpass -> nsubj:pass, auxpass
 * -> aux:pass, neg -> advmod, name -> flat, mwe -> fixed, and nmod /
 * nmod:tmod / nmod:npmod on a verb, adjective or adverb -> obl / obl:tmod /
 * obl:npmod); v1's cc on the first conjunct is moved to the conjunct after
 * it, as in v2.  ktok.rel is krel_parse of the result.
 *
 * kconllu_read / kconllu_load read whole files for training and evaluating
 * the tagger and parser: sentences are separated by empty lines and their
 * columns are kept as written (no v1 -> v2 rewriting, "_" kept):
 *
 *   kconllu_corpus
 *     sent[i] --> { n, form[n], lemma[n], upos[n], xpos[n], head[n], deprel[n] }
 *   every string and array lives in corpus.mem */
#ifndef KH_CONLLU_H
#define KH_CONLLU_H

#include <stddef.h>

#include "diag.h"
#include "sent.h"

/* Parse text[0..len) into s (tokens in s->mem, which must be set; s->text,
 * ids and date are left alone; offsets aligned to s->text when set).
 * `at` locates text[0] as in kptb_parse.  Errors (wrong column count,
 * non-numeric or out-of-order ID, head out of range, not a tree, no tokens,
 * invalid UTF-8) are reported with line/col and return -1 with s->ntok = 0. */
int kconllu_parse(ksent *s, const char *text, size_t len, kdiag *d, const kloc *at);

typedef struct kconllu_sent {
    const char *id;        /* "# sent_id" value or "line N" */
    int n;                 /* word count (ranges and empty nodes skipped) */
    const char **form, **lemma, **upos, **xpos, **deprel;
    int *head;             /* 0-based, -1 = root */
    int line;              /* file line of the first word */
} kconllu_sent;

typedef void (*kconllu_fn)(void *ud, const kconllu_sent *s);

/* Read the CoNLL-U file at path and call fn for each well-formed sentence, in
 * file order (s and its strings are valid during the call only).  A malformed
 * sentence (the checks of kconllu_parse except the tree check) is reported
 * through d with file:line:col and dropped.  Returns the number of sentences
 * dropped, or -1 when the file cannot be opened (reported). */
int kconllu_read(const char *path, kconllu_fn fn, void *ud, kdiag *d);

typedef struct kconllu_corpus {
    kconllu_sent *sent;
    int nsent;
    size_t cap;
    long nword;
    karena mem;
} kconllu_corpus;

void kconllu_corpus_init(kconllu_corpus *c);
void kconllu_corpus_free(kconllu_corpus *c);

/* kconllu_read appending copies of the sentences to c (kconllu_corpus_init'ed). */
int kconllu_load(kconllu_corpus *c, const char *path, kdiag *d);

#endif
