/* verbs.h: the verb dictionary (CAMEO.2.0 / PETRARCH2 syntax).
 * Minimal placeholder created by the dictionary helper so that dict.h
 * compiles; OWNED BY THE CODER HELPER, who replaces it with the real API. */
#ifndef KH_VERBS_H
#define KH_VERBS_H

#include "diag.h"
#include "intern.h"

typedef struct kverbs kverbs;

/* Load a verb dictionary; words and codes are interned in `in` (shared with
 * the rest of the dictionary set).  strict: malformed entries are fatal.
 * Returns NULL on fatal errors (reported through d). */
kverbs *kverbs_load(const char *path, kintern *in, int strict, kdiag *d);
void kverbs_free(kverbs *v);   /* accepts NULL */

#endif
