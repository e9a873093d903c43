/* ud_read.h: minimal CoNLL-U reader for training and evaluating the tagger
 * and parser (kud_ prefix; independent of the general CoNLL-U reader).
 *
 * Only word lines are kept: multiword-token ranges ("3-4") and empty nodes
 * ("5.1") are skipped.  Heads are 0-based, -1 for the root.
 *
 *   kud_corpus
 *     sent[i] --> { n, form[n], lemma[n], upos[n], xpos[n], head[n], deprel[n] }
 *   every string and array lives in corpus.mem */
#ifndef KH_UD_READ_H
#define KH_UD_READ_H

#include "util.h"
#include "diag.h"

typedef struct kud_sent {
    const char *id;        /* "# sent_id" value or "FILE:LINE" */
    int n;                 /* word count */
    const char **form, **lemma, **upos, **xpos, **deprel;
    int *head;             /* 0-based, -1 = root */
    int line;              /* first line of the sentence in the file */
} kud_sent;

typedef struct kud_corpus {
    kud_sent *sent;
    int nsent;
    size_t cap;
    long nword;
    karena mem;
} kud_corpus;

/* Read all sentences of a CoNLL-U file into c (which must be kud_init'ed;
 * sentences are appended).  Malformed lines are reported through d with
 * file:line and their sentence is dropped; a sentence whose heads are out of
 * range is dropped too.  Returns the number of sentences dropped, or -1 when
 * the file cannot be opened (reported). */
int kud_read(kud_corpus *c, const char *path, kdiag *d);

void kud_init(kud_corpus *c);
void kud_free(kud_corpus *c);

#endif
