/* pico.h: an internal coding ontology (UD-PETRARCH's PICO file), used to
 * negate event codes: "did not clash" codes the negation of clash.
 *
 *   110:0x1007f#...     code 110 has value 0x1007F
 *   121:-0xFFFF+0x0070  values may be sums and differences of hex terms
 *   050:0x0080          negate(110) = the code whose value is 0x1007F-0xFFFF
 *
 * A code missing from the table falls back to its first two digits + "0"
 * (the cue category).  When several codes share a value the later line
 * wins.  Codes are interned in the dictionary set's table. */
#ifndef KH_PICO_H
#define KH_PICO_H

#include "diag.h"
#include "intern.h"

typedef struct kpico kpico;

/* Read the file; codes interned in `in`.  Malformed lines are reported as
 * file:line:col and skipped (fatal when strict).  NULL on fatal error. */
kpico *kpico_load(const char *path, kintern *in, int strict, kdiag *d);
void kpico_free(kpico *p);    /* accepts NULL */

/* Interned code of the negation of `code` (interned id), 0 when the
 * ontology has no negation for it (unknown code, no code with the negated
 * value, or a code above 200 as UD-PETRARCH leaves those alone). */
int kpico_negate(const kpico *p, const kintern *in, int code);

int kpico_count(const kpico *p);

#endif
