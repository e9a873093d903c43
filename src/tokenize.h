/* tokenize.h: sentence splitting and Penn Treebank tokenization of news.
 *
 *   story text ──ktok_split──> tokens [beg,end) + sentences [tok0,tok1)
 *              ──ktok_story──> one ksent per sentence (form, key, offsets)
 *
 * Tokens follow Penn Treebank conventions: "Libya's" -> Libya 's,
 * "don't" -> do n't, "cannot" -> can not, punctuation and brackets split,
 * hyphenated words kept whole (al-Manqoush), numbers keep their commas and
 * decimal points (20,000  5.93), URLs and e-mail addresses are one token,
 * abbreviations and initials keep their period (U.N. Gen. Jan. J.).
 * KTOK_UD additionally splits hyphens between words as UD English does
 * (search - engine) except after common prefixes (e-mail, re-start) and
 * between digits; it exists to compare with UD treebanks.
 *
 * Sentences end at . ! ? ... (plus closing quotes/brackets) before a word
 * that can start a sentence, at paragraph breaks (blank lines), after
 * headline lines, and at the hard cap of max_tokens tokens (split at the
 * last ; : or , in the second half, else at the cap).  A dateline such as
 * "TRIPOLI, May 3 (Reuters) -" opening a paragraph becomes a sentence of
 * its own, flagged in sdateline, so it is never the subject of the
 * sentence that follows; ktok_story drops it unless keep_datelines. */
#ifndef KH_TOKENIZE_H
#define KH_TOKENIZE_H

#include <stddef.h>
#include "diag.h"
#include "sent.h"
#include "story.h"

enum { KTOK_PTB = 0, KTOK_UD = 1 };

typedef struct ktok_opt {
    int style;           /* KTOK_PTB (default) or KTOK_UD */
    int max_tokens;      /* hard cap per sentence; 0 = 250 */
    int keep_datelines;  /* non-zero: ktok_story passes datelines on as sentences */
} ktok_opt;

typedef struct kspan {
    int beg, end;        /* byte offsets into the text */
} kspan;

typedef struct ktok_doc {
    kspan *tok;          /* [ntok] tokens in text order */
    size_t ntok, tcap;
    size_t *sbeg, *send; /* [nsent] token ranges [sbeg, send) of sentences */
    unsigned char *sdateline; /* [nsent] non-zero: the "sentence" is a dateline */
    size_t nsent, scap;
} ktok_doc;

void ktok_doc_init(ktok_doc *d);
void ktok_doc_free(ktok_doc *d);

/* Tokenize and split text[0,n) (valid UTF-8; see ktext_repair) into doc,
 * which is emptied first.  Every token belongs to exactly one sentence.
 * o may be NULL (defaults). */
void ktok_split(const char *text, size_t n, const ktok_opt *o, ktok_doc *doc);

/* Called once per sentence; off is the byte offset of s->text in the
 * (repaired) story text.  Return non-zero to stop. */
typedef int (*ksent_fn)(void *ud, const ksent *s, size_t off);

/* Turn a story into sentences: repair invalid UTF-8 (one warning naming
 * the story and the byte offset of the first bad sequence), split,
 * tokenize, and fill one ksent per sentence: id "STORY-N" (N from 1),
 * story id, date, text (the sentence as read), and tokens with form (NFC),
 * key (ktext_key), beg/end (offsets into the sentence text); lemma NULL,
 * xpos/upos empty, head -1, rel KR_DEP, deprel NULL, no phrases.  Every
 * string lives in mem, which is reset before each sentence: copy what must
 * outlive the callback.  Returns the number of sentences. */
int ktok_story(const kstory *st, const ktok_opt *o, kdiag *d, karena *mem, ksent_fn fn, void *ud);

#endif
