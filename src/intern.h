/* intern.h: string interning.  Each distinct string gets a small dense id
 * (1-based; 0 means "none") and one stable copy.  Used for words, event codes
 * and actor codes, so that codes are opaque strings of any ontology.
 * Not thread-safe for interning; lookups of already-interned strings through
 * kintern_str are safe from any thread once loading is done. */
#ifndef KH_INTERN_H
#define KH_INTERN_H

#include <stddef.h>

typedef struct kintern kintern;

kintern *kintern_new(void);
void kintern_free(kintern *t);                 /* accepts NULL */
int kintern_add(kintern *t, const char *s, size_t n);    /* id of s, adding it */
int kintern_find(const kintern *t, const char *s, size_t n); /* id or 0 */
const char *kintern_str(const kintern *t, int id);       /* "" for 0 */
int kintern_count(const kintern *t);

#endif
