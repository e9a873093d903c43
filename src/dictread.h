/* dictread.h: internal helpers shared by the dictionary readers (actors.c,
 * agents.c, discards.c, issues.c, dict.c).  Not part of the public API.
 *
 * kdreader reads a whole file and hands out its lines one at a time with
 * comments removed, keeping byte columns valid for messages:
 *   - `#` starts a comment anywhere on a line (PETRARCH2 rule);
 *   - `;` too when hash_only is 0 (TABARI rule, actors and agents);
 *   - `<!-- ... -->` comments, on one line or spanning lines, and lines
 *     that start with `<!` (PETRARCH2 treats these as comment lines);
 *   - CR before LF, a UTF-8 byte-order mark and NUL bytes are ignored;
 *   - blank lines are skipped.
 * Leading white space is kept (actor date lines are tab-indented). */
#ifndef KH_DICTREAD_H
#define KH_DICTREAD_H

#include "diag.h"
#include "intern.h"
#include "trie.h"
#include "util.h"

#include <stddef.h>

typedef struct kdreader {
    const char *path;
    char *buf;             /* whole file, lines NUL-terminated in place */
    size_t len, pos;
    int lineno;            /* line number of `s` */
    int hash_only;         /* 1: only `#` starts a comment */
    int in_block;          /* inside a multi-line <!-- --> comment */
    char *s;               /* current line content (comments blanked), trimmed at the end */
    size_t n;              /* strlen(s) */
    kdiag *d;
    int strict;
    int nbad;              /* malformed entries reported */
} kdreader;

/* Open and read path.  Returns 0, or -1 after reporting an error. */
int kdr_open(kdreader *r, const char *path, const char *what, int strict, kdiag *d);
/* Next non-blank line into r->s / r->n / r->lineno; 0 at end of file. */
int kdr_next(kdreader *r);
/* Report the skipped-entry count (a note) and free the buffer.  Returns 0,
 * or -1 when the file must be rejected (strict mode with errors). */
int kdr_close(kdreader *r);

/* Report a malformed entry: "expected <what> near '<text at p>'" at the
 * column of p (a pointer into r->s; NULL = column 1), and count it.  KD_WARN
 * in the default mode, KD_ERROR in strict mode. */
void kdr_bad(kdreader *r, const char *p, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Trim blanks (space, tab, CR, VT, FF) from both ends of [*s, *s+*n). */
void kd_trim(const char **s, size_t *n);
int kd_isblank(int c);

/* Parse a date YYYYMMDD or YYMMDD (YY 00-30 = 20YY, else 19YY) from exactly
 * n bytes.  Returns YYYYMMDD, or -1 when malformed or not a calendar day. */
int kd_date(const char *s, size_t n);

/* Regular English plural of the last word of a phrase (upper case):
 * consonant+Y -> IES, S/X/Z/CH/SH -> ES, else S.  Appends to out. */
void kd_plural(kbuf *out, const char *s, size_t n);

/* Split an upper-cased phrase on blanks and `_` into interned word ids
 * (added to `in`).  Returns the number of words (ids in *ids, grown). */
int kd_words(kintern *in, const char *s, size_t n, int **ids, size_t *cap);

/* Insert a sequence of symbols into a trie; returns the final node. */
int kd_trie_insert(ktrie *t, const int *sym, int n);

/* Phrase tries (actors, agents).  A phrase is a sequence of words; the
 * connector before a word is "consecutive" (`_`) or "gap" (a blank, or
 * `_` followed by blanks, TABARI): other tokens may come in between, at
 * most KD_MAXGAP of them.  Edge symbol = word id << 1 | gap. */
#define KD_MAXGAP 4
#define KD_GAPKIDS 1       /* trie node flag: has gap edges */

/* Split an upper-cased phrase into edge symbols (words interned in `in`).
 * Returns the number of words. */
int kd_phrase_syms(kintern *in, const char *s, size_t n, int **sym, size_t *cap);
/* Insert symbols, flagging nodes with gap edges; returns the final node. */
int kd_phrase_insert(ktrie *t, const int *sym, int n);

/* Word id of a token key: its own, else for "TRIPOLI-BASED" that no
 * dictionary names the id of the word before "-BASED" ("the Tripoli-based
 * government" is in Tripoli); 0 when neither is known. */
int kd_key_id(const kintern *in, const char *key);

/* Token word ids for kd_phrase_walk: either a ready array `ids`, or
 * tokens `tok` whose keys are looked up in `in` on demand (into cache[],
 * `filled` of them so far).  n = number of tokens available. */
struct ktok;
typedef struct kd_idsrc {
    const int *ids;
    const struct ktok *tok;
    const kintern *in;
    int *cache;
    int filled, n;
} kd_idsrc;

/* Visit every phrase of the trie matching tokens i.. of src
 * (id <= 0: a word in no phrase): visit(ud, value, words, span) for each
 * terminal node reached, span = tokens from i to the last matched. */
typedef void (*kd_visit_fn)(void *ud, int val, int words, int span);
void kd_phrase_walk(const ktrie *t, kd_idsrc *src, int i, kd_visit_fn visit, void *ud);

/* Word ids of a text split on blanks, newlines and '_' (upper-cased);
 * the count, or -1 when more than max words. */
int kd_text_ids(const kintern *in, const char *text, int *ids, int max);


/* Normalise sentence text for string dictionaries: upper case (Unicode),
 * every run of white space -> one blank. */
void kd_normtext(kbuf *out, const char *s);

#endif
