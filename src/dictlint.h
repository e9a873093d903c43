/* dictlint.h: lint of a dictionary set (`khaldun dict check`) and the
 * counts behind `khaldun dict stats`.
 *
 *   kdlint *L = kdlint_new(&files, ontology);     ontology may be NULL
 *   kdictset *s = kdlint_load(L, d);              malformed entries -> findings
 *   kdlint_check(L, s);                           the checks below
 *   kdlint_flush(L, d);                           findings, sorted by file:line:col
 *
 * Findings go through the kdiag sink as "file:line:col: LEVEL: message
 * [kind]", sorted by file (in the order of the set: verbs, actors...,
 * agents, discards, issues), then line, then column.  Kinds and levels:
 *
 *   malformed   error    an entry the reader had to skip
 *   conflict    error    a phrase, agent form or pattern defined again with
 *                        other codes (one definition is dead)
 *   duplicate   warning  the same, with the same codes
 *   verb        warning  a verb form listed in two blocks with other codes
 *                        (the coder picks one by dialect, docs/coder.md)
 *   nocode      warning  an actor entry without any code
 *   dates       error    a date restriction that never applies (empty range,
 *                        covered by an earlier one, a second default)
 *   overlap     warning  two date ranges of one entry overlap with other
 *                        codes (the first in file order wins there)
 *               note     ... on one day only (one role ends the day the
 *                        next begins: the common convention)
 *   synset      error    a synset used but never defined (never matches)
 *               warning  used before its definition, defined twice, unused
 *   token       warning  a dictionary word that the tokenizer never yields
 *                        as one token, or whose raw-text key differs
 *                        (accents are folded in raw text): never matches
 *   code        error    an event code not in the ontology (when one is
 *                        given); without one, a warning for codes that do
 *                        not have the shape of the set's other codes
 *
 * Fatal problems (a file that cannot be read) are reported directly as
 * errors and kdlint_load returns NULL. */
#ifndef KH_DICTLINT_H
#define KH_DICTLINT_H

#include "dict.h"
#include "diag.h"

enum {
    KDL_MALFORMED = 0, KDL_CONFLICT, KDL_DUPLICATE, KDL_VERB, KDL_NOCODE, KDL_DATES,
    KDL_OVERLAP, KDL_SYNSET, KDL_TOKEN, KDL_CODE, KDL__COUNT
};

/* "malformed", "conflict", ... */
const char *kdlint_kind_name(int kind);

/* ---- ontology: the set of valid event codes ------------------------------ */

typedef struct kdlint_onto kdlint_onto;

/* Read event codes from a code list: the first field (up to a tab or blank)
 * of each line that starts with a digit (CAMEO.eventcodes.txt,
 * cameo_event_codes.tsv; a header line is skipped).  NULL when the file
 * cannot be read or holds no code (reported through d). */
kdlint_onto *kdlint_onto_read(const char *path, kdiag *d);
/* The CAMEO table compiled into Khaldun (src/cameo.h), or NULL when this
 * build has none. */
kdlint_onto *kdlint_onto_builtin(void);
void kdlint_onto_free(kdlint_onto *o);          /* accepts NULL */
int kdlint_onto_count(const kdlint_onto *o);
int kdlint_onto_has(const kdlint_onto *o, const char *code);
const char *kdlint_onto_name(const kdlint_onto *o); /* file name or "built-in CAMEO" */

/* ---- the lint ------------------------------------------------------------ */

typedef struct kdlint kdlint;

/* f and o are borrowed (must outlive L); o may be NULL. */
kdlint *kdlint_new(const kdict_files *f, const kdlint_onto *o);
void kdlint_free(kdlint *L);                    /* accepts NULL */

/* Load the set in the default (lenient) mode; each malformed entry becomes
 * a `malformed` error finding.  NULL on a fatal error (reported to d). */
kdictset *kdlint_load(kdlint *L, kdiag *d);

/* Run every check on s (loaded by kdlint_load or kdictset_load from the
 * same files). */
void kdlint_check(kdlint *L, const kdictset *s);

/* Report the findings collected so far through d, sorted, and forget them;
 * notes only when `notes` (they are counted either way). */
void kdlint_flush(kdlint *L, kdiag *d, int notes);

/* Findings per kind and level: n[kind][KD_NOTE|KD_WARN|KD_ERROR]. */
typedef struct kdlint_counts {
    int n[KDL__COUNT][3];
    int warnings, errors;
} kdlint_counts;
const kdlint_counts *kdlint_get_counts(const kdlint *L);

/* ---- counts for `dict stats` ---------------------------------------------- */

/* Distinct event codes of a verb dictionary (block, verb and pattern codes,
 * both halves of paired codes; "---" excluded), sorted by strcmp.  Returns
 * the count; *codes is a malloc'd array of strings owned by the set. */
int kdlint_verb_codes(const kdictset *s, const char ***codes);

/* People: actor entries with at least one date-restricted code, counted by
 * the first three characters of each such entry's codes (each prefix once
 * per entry).  Returns the number of prefixes; *pre (malloc'd, each
 * prefix a NUL-terminated string of <= 3 chars) and *count (malloc'd) are
 * sorted by count descending, then prefix.  *people = entries counted. */
int kdlint_people(const kdictset *s, char (**pre)[4], int **count, int *people);

#endif
