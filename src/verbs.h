/* verbs.h: the verb dictionary, read from either syntax into one form.
 *
 * Two syntaxes reach the same internal patterns:
 *   TABARI / PETRARCH-1 (PETR.Validate.verbs.txt):
 *       - SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]
 *   PETRARCH-2 / CAMEO.2.0 (noun heads, phrases, prepositional phrases):
 *       - * (TO {BANNED PARTIES}) $  [1722]
 * A pattern is the words before the verb `*` (the "upper" part) and after it
 * (the "lower" part).  Items: words, synsets (&NAME), the source `$`, the
 * target `+`, a compound actor `%`, a skipped actor `^`.  Connectors: `_`
 * (or a `{...}` phrase) makes an item follow its predecessor directly; a
 * blank allows other words in between.  `(PREP ...)` groups are read as the
 * preposition followed, possibly after a gap, by their words.
 *
 *       upper (stored nearest-first)      lower (stored in text order)
 *   SUGGESTED _ +                   *     DEMAND _ &GENINT _ CONVENTIONS
 *   up[0]=+ (adj to verb? no) up[1]=SUGGESTED (adj)   lo[0]=DEMAND ...
 *
 * Codes are interned strings; "---" (null) is kept as a code and means "no
 * event" to the coder.  Paired codes [A:B] give code and code2.
 * Verb forms: the regular forms (S/ES, ED/D, ING, and Y->IES/IED, doubled
 * final consonant) are generated unless irregular forms are listed in
 * {...}; multi-word verbs (`+CORDON_OFF`, `WIRE_+TAP`) keep the words that
 * must come before/after the verb word (`+` marks the verb word).
 * Transformation lines (`~ ...`) are read for the coder (ktransform). */
#ifndef KH_VERBS_H
#define KH_VERBS_H

#include "diag.h"
#include "intern.h"

typedef struct kverbs kverbs;

enum kpitem_kind {
    KPI_WORD = 1,    /* id = interned upper-case word */
    KPI_SYNSET,      /* id = synset index */
    KPI_SOURCE,      /* $ */
    KPI_TARGET,      /* + */
    KPI_COMPOUND,    /* % */
    KPI_SKIP         /* ^ : skip one actor phrase */
};

typedef struct kpitem {
    unsigned char kind;
    unsigned char adj;   /* 0: other words may come between it and the previous
                            item (or the verb); 1: must directly follow it ('_');
                            2: inside the same phrase as the previous item
                            ({...} and (...) groups), words may come between */
    unsigned char exact; /* 1: written with a trailing '_' (no lemma matching) */
    unsigned char prep;  /* 1: first word of a (...) group: a preposition; "(TO)"
                            alone never matches an infinitive's "to" */
    int id;
} kpitem;

typedef struct kpattern {
    int code, code2;        /* interned codes; code2 = 0 unless [A:B] */
    const kpitem *up;       /* before the verb, nearest to the verb first */
    int nup;
    const kpitem *lo;       /* after the verb, in text order */
    int nlo;
    int len;                /* specificity: letters of fixed words */
    const int *req;         /* ids of the plain words it needs (a quick
                               pre-check before matching) */
    int nreq;
    const char *text;       /* the pattern line as written (trimmed) */
    int line;               /* 1-based line in the file */
} kpattern;

/* One verb word form and what it belongs to. */
typedef struct kverbform {
    int block;              /* index of its verb block */
    int code, code2;        /* the verb's own code (block default if none) */
    const int *before;      /* multi-word: words required before, nearest first */
    int nbefore;
    const int *after;       /* words required right after, in order */
    int nafter;
    const char *text;       /* the verb line as written */
    int line;
} kverbform;

typedef struct kverb_block {
    const char *name;       /* from the "--- NAME [CODE] ---" line */
    int code, code2;        /* block default */
    const kpattern *pat;    /* sorted: most specific first */
    int npat;
} kverb_block;

/* A synset: alternatives, each a sequence of items (words or synsets). */
typedef struct ksynset {
    const char *name;       /* "&CURRENCY" */
    const kpitem **alt;     /* alt[k] = items of alternative k */
    const int *nalt_items;
    int nalt;
    const int *first;       /* sorted ids of the words an alternative can
                               start with (quick rejection) */
    int nfirst;
    int open;               /* 1: some alternative starts otherwise */
} ksynset;

/* Can an alternative of synset sy start with word id w or lemma id l?
 * (1 when unsure) */
int ksynset_may_start(const ksynset *sy, int w, int l);

/* A PETRARCH-2 transformation line, "~ a (b c VERB) VERB = x y CODE": when
 * a verb coded VERB (upper) whose source is `a` governs a clause coding
 * (b, c, VERB) (lower), the pair becomes the event (x, y, CODE).  Actors are
 * variables: a letter (bound to one actor; the same letter = the same
 * actor), '.' (any actor, present or not), '_' (no actor).  Verbs are
 * matched through their codes: the codes of the named verbs (several words
 * joined by '_' add up in the ontology), or any verb ("Q").  CODE may be Q:
 * the lower verb's code. */
typedef struct ktransform {
    char up_src, lo_src, lo_tgt, res_src, res_tgt;   /* 'a'..'z', '.', '_' */
    int up_codes[4], nup, up_any;
    int lo_codes[4], nlo, lo_any;
    int res_code;           /* interned, 0 when res_q */
    int res_q;
    const char *text;       /* the line as written */
    int line;
} ktransform;

/* The transformations, in file order. */
int kverbs_transforms(const kverbs *v, const ktransform **out);

/* Load a verb dictionary; words and codes are interned in `in` (shared with
 * the rest of the dictionary set).  strict: malformed entries are fatal.
 * Returns NULL on fatal errors (reported through d). */
kverbs *kverbs_load(const char *path, kintern *in, int strict, kdiag *d);
void kverbs_free(kverbs *v);   /* accepts NULL */

/* Verb forms whose verb word is word id `w` (0 gives none).  Returns the
 * count and sets *out to an array owned by v. */
int kverbs_forms(const kverbs *v, int w, const kverbform **out);

const kverb_block *kverbs_block(const kverbs *v, int i);
const ksynset *kverbs_synset(const kverbs *v, int i);
const char *kverbs_file(const kverbs *v);

/* Dialect of the file: 1 = TABARI / PETRARCH-1 patterns, 2 = PETRARCH-2
 * (some pattern uses a (PREP ...) group or a {...} phrase).  The coder
 * follows the conventions of the coder the dictionary was written for where
 * the two differ (docs/coder.md). */
int kverbs_dialect(const kverbs *v);

typedef struct kverbs_stats {
    int blocks, forms, patterns, synsets, transforms, skipped;
} kverbs_stats;
void kverbs_stats_get(const kverbs *v, kverbs_stats *st);

#endif
