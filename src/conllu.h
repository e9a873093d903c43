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
 * it, as in v2.  ktok.rel is krel_parse of the result. */
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

#endif
