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

/* Normalise sentence text for string dictionaries: upper case (Unicode),
 * every run of white space -> one blank. */
void kd_normtext(kbuf *out, const char *s);

#endif
