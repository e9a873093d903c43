/* tcode.h: coding hand-written CoNLL-U sentences in unit tests (test_coder.c,
 * test_context.c): files written into a temporary folder, and one call that
 * codes a sentence and returns its events as sorted, distinct
 * "SRC|TGT|CODE" triples. */
#ifndef KH_TCODE_H
#define KH_TCODE_H
#include "coder.h"
#include "conllu.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Diagnostics: shown with T_VERBOSE, errors always. */
static void tc_sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    if (getenv("T_VERBOSE") || level >= KD_ERROR)
        fprintf(stderr, "diag %d: %s:%d: %s: %s\n", level, loc->file ? loc->file : "", loc->line,
                loc->record ? loc->record : "", msg);
}

/* Code CoNLL-U `conll` as sentence "T" of story "S" dated `date` (its text
 * is its forms joined by blanks); the sorted, distinct "SRC|TGT|CODE" triples
 * joined by ' ' in buf ("" when none, "PARSE" or "ERROR" on failure).  With
 * note, the first resolution note seen (source's, else target's) goes there.
 * T_SHOW prints each event's resolutions, T_VERBOSE the first pattern. */
static const char *tc_code(kcoder *c, const kcoder_opts *o, const char *conll, int date, char *buf, size_t n,
                           char *note, size_t nn)
{
    karena mem;
    karena_init(&mem);
    ksent s;
    memset(&s, 0, sizeof s);
    s.mem = &mem;
    s.id = "T";
    s.story_id = "S";
    s.date = date;
    kdiag d = {tc_sink, NULL, 0, 0};
    kloc at = {"inline", 0, 0, "T"};
    buf[0] = 0;
    if (note)
        note[0] = 0;
    if (kconllu_parse(&s, conll, strlen(conll), &d, &at) != 0) {
        snprintf(buf, n, "PARSE");
        karena_free(&mem);
        return buf;
    }
    kbuf t;
    kbuf_init(&t);
    for (int i = 0; i < s.ntok; i++)
        kbuf_printf(&t, "%s%s", i ? " " : "", s.tok[i].form);
    s.text = karena_strdup(&mem, t.s);
    kbuf_free(&t);
    kevent *ev = NULL;
    int nev = 0, cap = 0;
    if (kcoder_code(c, o, &s, &ev, &nev, &cap, &d) < 0) {
        snprintf(buf, n, "ERROR");
        free(ev);
        karena_free(&mem);
        return buf;
    }
    char tr[64][64];
    int m = 0;
    for (int i = 0; i < nev && m < 64; i++) {
        char x[64];
        snprintf(x, sizeof x, "%s|%s|%s", ev[i].source, ev[i].target, ev[i].code);
        int dup = 0;
        for (int k = 0; k < m; k++)
            dup |= !strcmp(tr[k], x);
        if (!dup)
            snprintf(tr[m++], 64, "%s", x);
        const char *r = ev[i].source_resolved ? ev[i].source_resolved : ev[i].target_resolved;
        if (note && r && !note[0])
            snprintf(note, nn, "%s", r);
        if (getenv("T_SHOW"))
            fprintf(stderr, "  %s  S: %s  T: %s\n", x, ev[i].source_resolved ? ev[i].source_resolved : "",
                    ev[i].target_resolved ? ev[i].target_resolved : "");
    }
    qsort(tr, (size_t)m, sizeof tr[0], (int (*)(const void *, const void *))strcmp);
    size_t len = 0;
    for (int k = 0; k < m && len < n; k++)
        len += (size_t)snprintf(buf + len, n - len, "%s%s", k ? " " : "", tr[k]);
    if (nev > 0 && getenv("T_VERBOSE"))
        fprintf(stderr, "  pattern '%s' line %d src '%s' tgt '%s' verb '%s'\n", ev[0].pattern,
                ev[0].pattern_line, ev[0].source_text, ev[0].target_text, ev[0].verb_text);
    free(ev);
    karena_free(&mem);
    return buf;
}

#endif
