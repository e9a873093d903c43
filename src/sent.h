/* sent.h: the one sentence representation.
 *
 * Every parse form reaches this: Penn Treebank trees from PETRARCH XML,
 * CoNLL-U from UD-PETRARCH XML, and Khaldun's own tagger and parser.  The
 * coder sees only this.  The core is tokens + a dependency tree with UD v2
 * relation names (v1 names such as dobj, nsubjpass, auxpass, neg, name are
 * mapped on reading; PTB trees are converted with head rules).  When the
 * input had a constituency tree, its phrases are kept as well (kphrase) for
 * display and as a hint; phrase spans can always be derived from the
 * dependency tree (ksent_subtree), so nothing requires them.
 *
 *   tokens   0     1      2        3      4
 *            Arnor is     about    to     restore ...
 *   head     2     2     -1        4      2
 *   rel      nsubj cop    root     mark   xcomp
 *
 * Ownership: every string and array of a ksent lives in its arena `mem`,
 * which the reader that filled it owns (reset per sentence or per story). */
#ifndef KH_SENT_H
#define KH_SENT_H

#include "util.h"

/* Dependency relations (UD v2 base names; subtypes kept in ktok.deprel). */
typedef enum krel {
    KR_DEP = 0, KR_ROOT, KR_NSUBJ, KR_NSUBJPASS, KR_CSUBJ, KR_OBJ, KR_IOBJ,
    KR_OBL, KR_NMOD, KR_NMODPOSS, KR_AMOD, KR_ADVMOD, KR_NUMMOD, KR_APPOS,
    KR_COMPOUND, KR_FLAT, KR_FIXED, KR_CONJ, KR_CC, KR_AUX, KR_AUXPASS,
    KR_COP, KR_MARK, KR_CASE, KR_DET, KR_XCOMP, KR_CCOMP, KR_ADVCL, KR_ACL,
    KR_ACLRELCL, KR_PARATAXIS, KR_PUNCT, KR_EXPL, KR_DISCOURSE, KR_VOCATIVE,
    KR_LIST, KR_ORPHAN, KR_GOESWITH, KR_RESERVED, KR_CLF, KR_DISLOCATED,
    KR_NEG, /* only from readers that keep v1 'neg'; normally advmod */
    KR__COUNT
} krel;

const char *krel_name(krel r);
/* Map a UD v1 or v2 label (with or without subtype) to krel. */
krel krel_parse(const char *label);

typedef struct ktok {
    const char *form;    /* surface text as read */
    const char *key;     /* upper-case lookup key ("LIBYA'S" -> "LIBYA'S") */
    const char *lemma;   /* lower-case lemma, NULL when unknown */
    char xpos[8];        /* Penn Treebank tag ("NNP"), "" when unknown */
    char upos[8];        /* UD tag ("PROPN"), "" when unknown */
    int head;            /* index of head token, -1 for the root */
    krel rel;
    const char *deprel;  /* full label as read/produced (v2 spelling) */
    int beg, end;        /* byte offsets into ksent.text, -1 when unknown */
} ktok;

typedef struct kphrase {
    const char *label;   /* "NP", "VP", "S", "SBAR", ... */
    int parent;          /* index into phr, -1 for the top */
    int beg, end;        /* token span [beg, end) */
    int head;            /* head token index */
} kphrase;

typedef struct ksent {
    const char *story_id; /* story or file-derived id; may equal id */
    const char *id;       /* sentence id ("DEMO-01", "story-3") */
    int date;             /* YYYYMMDD, 0 when unknown */
    const char *text;     /* sentence text as read (whitespace kept) */
    ktok *tok;
    int ntok;
    kphrase *phr;         /* constituents when the input had them */
    int nphr;
    karena *mem;          /* owner of everything above */
} ksent;

/* Token span [*beg, *end) of the dependency subtree of token i. */
void ksent_subtree(const ksent *s, int i, int *beg, int *end);

/* Index of the first child of token i with relation r, starting the search
 * after child index `after` (-1 = from the start); -1 when none. */
int ksent_child(const ksent *s, int i, krel r, int after);

/* Check that heads form a tree (one root, no cycles, indices in range).
 * Returns 0 if well-formed, -1 otherwise with a reason in *why. */
int ksent_check(const ksent *s, const char **why);

/* Upper-case lookup key of form[0..n) (UTF-8; ASCII fast path, other
 * letters through utf8proc; invalid bytes copied as they are), allocated in
 * a.  Returns a NUL-terminated string owned by the arena. */
const char *ksent_key(karena *a, const char *form, size_t n);

/* Universal POS tag guessed from a Penn Treebank tag ("NNP" -> "PROPN");
 * "X" for an unknown tag, "" for an empty one. */
const char *ksent_upos_of_xpos(const char *xpos);

/* Words that make a bare noun phrase name a time (PTB conversion without
 * NP-TMP, tree repairs): KTIME_NAMED "MONDAY", "TODAY", "JANUARY"...;
 * KTIME_PERIOD "WEEK", "YEARS"... (a time after a KTIME_DEICTIC word: "last
 * week"); KTIME_DEICTIC "THIS", "LAST", "NEXT"...; 0 otherwise.  KEY is an
 * upper-case lookup key. */
enum { KTIME_NAMED = 1, KTIME_PERIOD, KTIME_DEICTIC };
int ksent_time_word(const char *key);

/* Set tok[].beg/end to the byte offsets of each token's form in s->text,
 * in order; -1 for a token not found within a short distance ahead (PTB
 * quotes `` and '' match a '"'). No-op when s->text is NULL. */
void ksent_align(ksent *s);

#endif
