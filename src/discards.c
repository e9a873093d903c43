/* discards.c: PETRARCH2 discard lists.
 *
 *   BASEBALL            sentence discard, stem match ("BASEBALLS" too)
 *   +TYPHOON            story discard
 *   WORLD CUP_          trailing '_': the match must end at a word end
 *
 * Matching is case-insensitive over the sentence text with white space
 * runs collapsed; a phrase must start at a word start (start of text or
 * after a non-alphanumeric byte).  Phrases live in one byte trie. */
#include "dict.h"
#include "dictread.h"

#include <stdlib.h>
#include <string.h>

typedef struct discard {
    const char *phrase;    /* as written (without '+') */
    int story, whole, line;
} discard;

struct kdiscards {
    ktrie trie;
    karena mem;
    discard *dc;
    size_t ndc, capdc;
    int nstory;
};

kdiscards *kdiscards_new(void)
{
    kdiscards *x = xcalloc(1, sizeof *x);
    ktrie_init(&x->trie);
    karena_init(&x->mem);
    return x;
}

void kdiscards_free(kdiscards *x)
{
    if (!x)
        return;
    ktrie_free(&x->trie);
    karena_free(&x->mem);
    free(x->dc);
    free(x);
}

static int wordbyte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '-';
}

int kdiscards_read(kdiscards *x, const char *path, int strict, kdiag *d)
{
    kdreader r;
    if (kdr_open(&r, path, "discard", strict, d) < 0)
        return -1;
    r.hash_only = 1;
    kbuf raw, norm;
    kbuf_init(&raw);
    kbuf_init(&norm);
    while (kdr_next(&r)) {
        const char *s = r.s;
        size_t n = r.n;
        kd_trim(&s, &n);
        int story = 0, whole = 0;
        if (*s == '+') {
            story = 1;
            s++, n--;
            kd_trim(&s, &n);
        }
        if (n && s[n - 1] == '_') {
            whole = 1;
            n--;
        }
        kbuf_reset(&raw);
        for (size_t i = 0; i < n; i++)
            kbuf_putc(&raw, s[i] == '_' ? ' ' : s[i]);
        kd_normtext(&norm, raw.s);
        const char *t = norm.s;
        size_t tn = norm.len;
        kd_trim(&t, &tn);
        if (!tn || !wordbyte((unsigned char)t[0])) {
            kdr_bad(&r, s, "a discard phrase starting with a letter or digit");
            continue;
        }
        if (memchr(t, '[', tn)) {
            kdr_bad(&r, memchr(s, '[', n) ? memchr(s, '[', n) : s, "a discard phrase without codes");
            continue;
        }
        int node = 0;
        for (size_t i = 0; i < tn; i++)
            node = ktrie_add(&x->trie, node, (unsigned char)t[i]);
        XGROW(x->dc, x->capdc, x->ndc + 1);
        discard *dc = &x->dc[x->ndc];
        dc->phrase = karena_strndup(&x->mem, s, n + (size_t)whole);
        dc->story = story;
        dc->whole = whole;
        dc->line = r.lineno;
        x->nstory += story;
        int old = ktrie_val(&x->trie, node);
        if (old >= 0 && x->dc[old].story && !story)
            continue; /* a story entry already covers this phrase */
        ktrie_setval(&x->trie, node, (int)x->ndc);
        x->ndc++;
    }
    kbuf_free(&raw);
    kbuf_free(&norm);
    int nbad = r.nbad;
    if (kdr_close(&r) < 0)
        return -1;
    return nbad;
}

int kdiscards_check(const kdiscards *x, const char *text, const char **which)
{
    if (which)
        *which = NULL;
    if (!x || !text || !x->ndc)
        return KDISCARD_NONE;
    kbuf t;
    kbuf_init(&t);
    kd_normtext(&t, text);
    const unsigned char *s = (const unsigned char *)t.s;
    size_t n = t.len;
    int result = KDISCARD_NONE;
    for (size_t i = 0; i < n && result != KDISCARD_STORY; i++) {
        if (i > 0 && wordbyte(s[i - 1]))
            continue;
        if (!wordbyte(s[i]))
            continue;
        int node = 0;
        for (size_t j = i; j < n; j++) {
            node = ktrie_next(&x->trie, node, s[j]);
            if (node < 0)
                break;
            int v = ktrie_val(&x->trie, node);
            if (v < 0)
                continue;
            const discard *dc = &x->dc[v];
            if (dc->whole && j + 1 < n && wordbyte(s[j + 1]))
                continue;
            int kind = dc->story ? KDISCARD_STORY : KDISCARD_SENTENCE;
            if (kind > result) {
                result = kind;
                if (which)
                    *which = dc->phrase;
            }
            if (result == KDISCARD_STORY)
                break;
        }
    }
    kbuf_free(&t);
    return result;
}

void kdiscards_stats(const kdiscards *x, kdict_stats *st)
{
    if (!x)
        return;
    st->discard_entries += (int)x->ndc;
    st->discard_story += x->nstory;
    st->bytes += ktrie_bytes(&x->trie) + x->capdc * sizeof *x->dc;
}
