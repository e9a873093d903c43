/* text.h: Unicode normalization for matching (utf8proc).
 *
 * Story text is kept as read, with only invalid UTF-8 repaired, so byte
 * offsets stay meaningful for provenance.  What the matcher compares is a
 * token's key: NFC, accent-folded, upper-cased, typographic punctuation
 * mapped to ASCII:
 *
 *   form  "Çavuşoğlu"  "São"  "Wałęsa"  "’s"   "—"
 *   key   "CAVUSOGLU"  "SAO"  "WALESA"  "'S"   "-"
 */
#ifndef KH_TEXT_H
#define KH_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* Copy s[0,n) to out (reset first) replacing every invalid UTF-8 sequence
 * by U+FFFD.  Returns the number of replacements; *first_bad (if not
 * NULL) receives the input byte offset of the first one.  NUL bytes are
 * kept (the readers reject them earlier). */
size_t ktext_repair(const char *s, size_t n, kbuf *out, size_t *first_bad);

/* Append the NFC form of valid UTF-8 s[0,n) to out.  ASCII is copied as
 * is without calling utf8proc. */
void ktext_nfc(const char *s, size_t n, kbuf *out);

/* Append the lookup key of valid UTF-8 s[0,n) to out: upper-case, marks
 * stripped after canonical+compatibility decomposition, letters without a
 * decomposition folded by a small table (ł ø æ œ ı đ ð þ ß ħ ŧ ŋ ...),
 * typographic quotes/dashes/spaces mapped to ' " - and space. */
void ktext_key(const char *s, size_t n, kbuf *out);

/* Decode one code point at s[0,n) (n >= 1); returns its length (1-4) and
 * sets *cp, or returns 1 with *cp = -1 for an invalid sequence. */
int ktext_decode(const char *s, size_t n, int32_t *cp);

/* Plain ASCII equivalent of a typographic code point: '\'' for curly
 * single quotes and primes, '"' for curly double quotes and guillemets,
 * '-' for dashes and minus, ' ' for Unicode spaces; 0 for anything else. */
int ktext_plain(int32_t cp);

/* Unicode white space (including NBSP, thin spaces, ideographic space,
 * zero-width space and BOM)? */
int ktext_isspace(int32_t cp);

/* Letter, mark or digit (any script)? */
int ktext_isword(int32_t cp);

/* Upper-case / lower-case letter (any script)? */
int ktext_isupper(int32_t cp);
int ktext_islower(int32_t cp);

#endif
