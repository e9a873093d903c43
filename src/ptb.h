/* ptb.h: Penn Treebank bracketed trees to ksent.
 *
 *   "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"
 *      -> tokens Arnor/NNP attacked/VBD Gondor/NNP ./.
 *         heads   1         -1          1          1
 *         rels    nsubj     root        obj        punct
 *      + phrases ROOT S NP VP NP with spans and head tokens
 *
 * The dependency tree is made with head rules (content heads, as in UD:
 * the noun of a PP, the predicate of a copula, the main verb of an auxiliary
 * chain) and the relations are read from the configuration of each phrase
 * (docs/sent.md lists them).  The reader is iterative: no recursion, so
 * depth and length are bounded only by memory. */
#ifndef KH_PTB_H
#define KH_PTB_H

#include <stddef.h>

#include "diag.h"
#include "sent.h"

/* Parse the tree text tree[0..len) into s: fills s->tok, s->ntok, s->phr,
 * s->nphr, allocated in s->mem (which must be set); s->text, ids and date
 * are left alone.  When s->text is set, token offsets beg/end are aligned to
 * it (-1 when a token cannot be found there).
 *
 * `at` locates tree[0] for messages: its file, record, and line/col of the
 * first character (line 0: positions are given within the tree text itself,
 * line 1 col 1 being tree[0]).  Errors (unbalanced brackets, empty tree,
 * words outside a (TAG word) pair, text after the tree) return -1 with
 * s->ntok = 0; a top node with several children is repaired (the extra
 * children are moved under the first) with a warning.  Returns 0 on success. */
int kptb_parse(ksent *s, const char *tree, size_t len, kdiag *d, const kloc *at);

#endif
