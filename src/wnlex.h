/* wnlex.h: word classes from WordNet for the tagger (unknown and rare words).
 *
 * For a word form, the set of coarse classes WordNet allows, with the
 * inflection that makes the form: a noun lemma or plural, a verb lemma,
 * 3rd-singular -s, past (-ed or an irregular form), -ing, an adjective
 * lemma, comparative or superlative, an adverb lemma or its comparative /
 * superlative; plus the lemma's most-tagged part of speech (the SemCor
 * counts of the index files), and whether the synsets (data.*) spell the
 * lemma capitalized, in lower case, or both; inflected forms take the case
 * bits of their lemma.
 *
 * The lexicon is built at training time (khaldun train-parse --wordnet DIR)
 * from the WordNet 3.0 database files index.{noun,verb,adj,adv},
 * data.{noun,verb,adj,adv} (spelling of the synset words only) and the
 * exception lists {noun,verb,adj,adv}.exc: every one-word lemma and every
 * form WordNet's morphological rules ("morphy": detach -s, -es, -ies, -ed,
 * -ing, -er, -est, ...) and exception lists map back to a lemma.  It is
 * stored as a word-key table (wclust.h's kwc: key = ktag_word_key of the
 * form, code = KWN_MARK | class bits) inside the tagger model, which is
 * self-contained at run time. */
#ifndef KH_WNLEX_H
#define KH_WNLEX_H

#include "wclust.h"
#include "diag.h"

#include <stdint.h>

enum {
    KWN_N = 1 << 0,     /* noun lemma */
    KWN_NS = 1 << 1,    /* noun plural (-s, -es, -ies, -men, or noun.exc) */
    KWN_V = 1 << 2,     /* verb lemma */
    KWN_VZ = 1 << 3,    /* verb -s / -es / -ies */
    KWN_VD = 1 << 4,    /* verb -ed, or an irregular form of verb.exc */
    KWN_VG = 1 << 5,    /* verb -ing */
    KWN_J = 1 << 6,     /* adjective lemma */
    KWN_JR = 1 << 7,    /* adjective -er (or adj.exc comparative) */
    KWN_JS = 1 << 8,    /* adjective -est (or adj.exc superlative) */
    KWN_R = 1 << 9,     /* adverb lemma */
    KWN_RR = 1 << 10,   /* adverb comparative / superlative (adv.exc) */
    KWN_TOPN = 1 << 11, /* the form is a lemma whose most-tagged sense is a noun */
    KWN_TOPV = 2 << 11, /* ... a verb */
    KWN_TOPA = 3 << 11, /* ... an adjective or adverb */
    KWN_TOPMASK = 3 << 11,
    KWN_CAP = 1 << 13,  /* some synset spells the lemma capitalized (Paris, Holocaust) */
    KWN_LOW = 1 << 14,  /* some synset spells it in lower case (holocaust) */
    KWN_CASEMASK = KWN_CAP | KWN_LOW,
    KWN_MARK = 1 << 15  /* length marker of the stored code (kwc) */
};

/* Build the lexicon from the WordNet directory dir (index.* and *.exc)
 * into lex (initialised here).  0, or -1 with the reason (file:line)
 * reported through d. */
int kwn_build(kwc *lex, const char *dir, kdiag *d);

/* Class bits of a word key (ktag_word_key); 0 when WordNet does not know it. */
static inline uint32_t kwn_classes(const kwc *lex, uint64_t key)
{
    uint32_t c = kwc_code(lex, key);
    return c & (KWN_MARK - 1);
}

#endif
