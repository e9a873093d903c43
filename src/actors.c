/* actors.c: PETRARCH2/TABARI actor dictionaries.
 *
 * File format (dictionaries.rst, TABARI manual 5.3 and 6.5.2):
 *
 *   PRIMARY_PHRASE  [CODE]            primary phrase, optional code blocks
 *   +SYNONYM_PHRASE                   synonyms of the current entry
 *   <tab>[CODE <YYMMDD]               date restrictions of the current entry,
 *   <tab>[CODE YYYYMMDD-YYYYMMDD]     one [...] per line, or several blocks
 *   <tab>[CODE >YYMMDD]               after the primary phrase
 *   <tab>[CODE]                       default code
 *
 * Storage: every phrase is a path of interned upper-case words in one trie;
 * the node value is the phrase index; a phrase points to its entry; an
 * entry owns a contiguous run of restricted codes. */
#include "dict.h"
#include "dictread.h"

#include <stdlib.h>
#include <string.h>

enum { AC_DEFAULT = 0, AC_BEFORE, AC_AFTER, AC_BETWEEN };

typedef struct acode {
    int code, kind, d1, d2;
    int line, col;         /* where the [CODE ...] block starts */
} acode;

typedef struct aentry {
    const char *root;      /* primary phrase as written */
    int file, line;
    int code0, ncodes;     /* run in codes[] */
} aentry;

typedef struct aphrase {
    const char *text;      /* as written */
    int entry, line;
} aphrase;

struct kactors {
    kintern *in;
    ktrie trie;
    karena mem;
    aentry *ent;
    size_t nent, capent;
    acode *codes;
    size_t ncodes, capcodes;
    aphrase *ph;
    size_t nph, capph;
    const char **files;
    size_t nfiles, capfiles;
    int ndated, ndup, nnocode;
    int *dup;              /* pairs (earlier phrase, later phrase) */
    size_t ndupv, capdup;
};

kactors *kactors_new(kintern *in)
{
    kactors *a = xcalloc(1, sizeof *a);
    a->in = in;
    ktrie_init(&a->trie);
    karena_init(&a->mem);
    return a;
}

void kactors_free(kactors *a)
{
    if (!a)
        return;
    ktrie_free(&a->trie);
    karena_free(&a->mem);
    free(a->ent);
    free(a->codes);
    free(a->ph);
    free(a->files);
    free(a->dup);
    free(a);
}

/* Parse one "[CODE restriction]" block at *pp (pointing at '[').  On
 * success stores it in *c, advances *pp past ']' and returns 0; otherwise
 * reports and returns -1. */
static int parse_block(kdreader *r, kintern *in, const char **pp, acode *c)
{
    const char *p = *pp + 1;
    const char *close = strchr(p, ']');
    const char *open2 = strchr(p, '[');
    if (!close || (open2 && open2 < close)) {
        kdr_bad(r, *pp, "']' closing the code");
        return -1;
    }
    while (p < close && kd_isblank((unsigned char)*p))
        p++;
    const char *cs = p;
    while (p < close && !kd_isblank((unsigned char)*p))
        p++;
    const char *ce = p;
    if (ce == cs) {
        kdr_bad(r, *pp, "a code inside '[...]'");
        return -1;
    }
    /* "[950601-990815]" or "[<950601]": a restriction without a code */
    int digits = 0, other = 0;
    for (const char *q = cs; q < ce; q++) {
        if (*q >= '0' && *q <= '9')
            digits++;
        else if (*q != '-')
            other++;
    }
    if (*cs == '<' || *cs == '>' || (digits && !other && ce - cs > 1)) {
        kdr_bad(r, cs, "a code before the date restriction");
        return -1;
    }
    const char *rp = ce; /* start of the restriction, for messages */
    while (rp < close && kd_isblank((unsigned char)*rp))
        rp++;
    char rs[64];
    size_t rn = 0;
    for (; p < close; p++) {
        if (kd_isblank((unsigned char)*p))
            continue;
        if (rn + 1 >= sizeof rs) {
            kdr_bad(r, *pp, "a date restriction '<D', '>D' or 'D-D'");
            return -1;
        }
        rs[rn++] = *p;
    }
    rs[rn] = 0;
    c->code = kintern_add(in, cs, (size_t)(ce - cs));
    c->line = r->lineno;
    c->col = (int)(*pp - r->s) + 1;
    c->kind = AC_DEFAULT;
    c->d1 = c->d2 = 0;
    if (rn) {
        const char *dash = strchr(rs, '-');
        if (rs[0] == '<' || rs[0] == '>') {
            c->kind = rs[0] == '<' ? AC_BEFORE : AC_AFTER;
            c->d1 = kd_date(rs + 1, rn - 1);
            if (c->d1 < 0) {
                kdr_bad(r, rp, "a date YYMMDD or YYYYMMDD");
                return -1;
            }
        } else if (dash) {
            c->kind = AC_BETWEEN;
            c->d1 = kd_date(rs, (size_t)(dash - rs));
            c->d2 = kd_date(dash + 1, rn - (size_t)(dash - rs) - 1);
            if (c->d1 < 0 || c->d2 < 0) {
                kdr_bad(r, rp, "dates YYMMDD or YYYYMMDD in 'D-D'");
                return -1;
            }
        } else {
            kdr_bad(r, rp, "a date restriction '<D', '>D' or 'D-D'");
            return -1;
        }
    }
    *pp = close + 1;
    return 0;
}

/* Parse the code blocks from p to the end of the line into tmp (appended).
 * Returns 0 or -1 (reported). */
static int parse_blocks(kdreader *r, kintern *in, const char *p, acode **tmp, size_t *ntmp,
                        size_t *captmp)
{
    for (;;) {
        while (*p && kd_isblank((unsigned char)*p))
            p++;
        if (!*p)
            return 0;
        if (*p != '[') {
            kdr_bad(r, p, "'[' starting a code block");
            return -1;
        }
        acode c;
        if (parse_block(r, in, &p, &c) < 0)
            return -1;
        XGROW(*tmp, *captmp, *ntmp + 1);
        (*tmp)[(*ntmp)++] = c;
    }
}

/* Check the phrase text [s, s+n) and store it for entry `entry`. */
static int add_phrase(kdreader *r, kactors *a, const char *s, size_t n, int entry, kbuf *up,
                      int **ids, size_t *capids)
{
    kd_trim(&s, &n);
    for (size_t i = 0; i < n; i++) {
        /* '+' only inside a word ("B+H"); "+A +B" is two synonyms on a line */
        int badplus = s[i] == '+' && (i == 0 || i + 1 == n || s[i - 1] == '_' || s[i + 1] == '_' ||
                                      kd_isblank((unsigned char)s[i - 1]) ||
                                      kd_isblank((unsigned char)s[i + 1]));
        if (s[i] == '{' || s[i] == '}' || s[i] == ']' || s[i] == '[' || badplus) {
            kdr_bad(r, s + i, "an actor phrase (words joined by '_' or blanks)");
            return -1;
        }
    }
    kbuf_reset(up);
    kdict_upcase(up, s, n);
    int nw = kd_phrase_syms(a->in, up->s, up->len, ids, capids);
    if (nw == 0) {
        kdr_bad(r, s, "an actor phrase");
        return -1;
    }
    int node = kd_phrase_insert(&a->trie, *ids, nw);
    if (ktrie_val(&a->trie, node) >= 0) {
        a->ndup++;
        XGROW(a->dup, a->capdup, a->ndupv + 2);
        a->dup[a->ndupv++] = ktrie_val(&a->trie, node);
        a->dup[a->ndupv++] = (int)a->nph;
    }
    XGROW(a->ph, a->capph, a->nph + 1);
    aphrase *ph = &a->ph[a->nph];
    ph->text = karena_strndup(&a->mem, s, n);
    ph->entry = entry;
    ph->line = r->lineno;
    ktrie_setval(&a->trie, node, (int)a->nph);
    a->nph++;
    return 0;
}

int kactors_read(kactors *a, const char *path, int strict, kdiag *d)
{
    kdreader r;
    if (kdr_open(&r, path, "actor", strict, d) < 0)
        return -1;
    XGROW(a->files, a->capfiles, a->nfiles + 1);
    int fileno = (int)a->nfiles;
    a->files[a->nfiles++] = karena_strdup(&a->mem, path);

    kbuf up;
    kbuf_init(&up);
    int *ids = NULL;
    size_t capids = 0;
    acode *tmp = NULL;
    size_t ntmp = 0, captmp = 0;
    /* cur: index of the current entry, -1 none yet, -2 skipped entry */
    int cur = -1;

    while (kdr_next(&r)) {
        const char *q = r.s;
        while (kd_isblank((unsigned char)*q))
            q++;
        if (*q == '[') { /* code / date restriction line */
            if (cur == -2)
                continue;
            if (cur < 0) {
                kdr_bad(&r, q, "an actor phrase before its codes");
                continue;
            }
            ntmp = 0;
            if (parse_blocks(&r, a->in, q, &tmp, &ntmp, &captmp) < 0)
                continue;
            for (size_t i = 0; i < ntmp; i++) {
                XGROW(a->codes, a->capcodes, a->ncodes + 1);
                a->codes[a->ncodes++] = tmp[i];
                a->ent[cur].ncodes++;
                if (tmp[i].kind != AC_DEFAULT)
                    a->ndated++;
            }
            continue;
        }
        if (*q == '+') { /* synonym */
            if (cur == -2)
                continue;
            if (cur < 0) {
                kdr_bad(&r, q, "a primary actor phrase before the synonym");
                continue;
            }
            if (strchr(q, '[')) {
                kdr_bad(&r, strchr(q, '['), "the end of the synonym (codes go after the primary phrase or on an indented line)");
                continue;
            }
            add_phrase(&r, a, q + 1, strlen(q + 1), cur, &up, &ids, &capids);
            continue;
        }
        /* primary phrase, optionally with code blocks */
        if (cur >= 0 && a->ent[cur].ncodes == 0)
            a->nnocode++;
        const char *br = strchr(q, '[');
        size_t pn = br ? (size_t)(br - q) : strlen(q);
        ntmp = 0;
        if (br && parse_blocks(&r, a->in, br, &tmp, &ntmp, &captmp) < 0) {
            cur = -2;
            continue;
        }
        int e = (int)a->nent;
        size_t savedph = a->nph;
        if (add_phrase(&r, a, q, pn, e, &up, &ids, &capids) < 0) {
            cur = -2;
            continue;
        }
        (void)savedph;
        XGROW(a->ent, a->capent, a->nent + 1);
        aentry *en = &a->ent[a->nent++];
        const char *rs = q;
        size_t rn = pn;
        kd_trim(&rs, &rn);
        en->root = a->ph[a->nph - 1].text;
        en->file = fileno;
        en->line = r.lineno;
        en->code0 = (int)a->ncodes;
        en->ncodes = 0;
        for (size_t i = 0; i < ntmp; i++) {
            XGROW(a->codes, a->capcodes, a->ncodes + 1);
            a->codes[a->ncodes++] = tmp[i];
            en->ncodes++;
            if (tmp[i].kind != AC_DEFAULT)
                a->ndated++;
        }
        cur = e;
    }
    if (cur >= 0 && a->ent[cur].ncodes == 0)
        a->nnocode++;
    kbuf_free(&up);
    free(ids);
    free(tmp);
    int nbad = r.nbad;
    if (kdr_close(&r) < 0)
        return -1;
    return nbad;
}

int kactors_code_at(const kactors *a, int entry, int date)
{
    if (!a || entry < 0 || (size_t)entry >= a->nent)
        return 0;
    const aentry *e = &a->ent[entry];
    if (date <= 0) {
        /* unknown date: the default code, else the most recent role */
        int best = 0, bestend = -1;
        for (int i = 0; i < e->ncodes; i++) {
            const acode *c = &a->codes[e->code0 + i];
            int end = c->kind == AC_DEFAULT ? 2000000000 + 1 : c->kind == AC_AFTER ? 2000000000
                    : c->kind == AC_BETWEEN ? c->d2 : c->d1;
            if (end > bestend)
                best = c->code, bestend = end;
        }
        return best;
    }
    int def = 0, havedef = 0;
    for (int i = 0; i < e->ncodes; i++) {
        const acode *c = &a->codes[e->code0 + i];
        switch (c->kind) {
        case AC_DEFAULT:
            if (!havedef)
                def = c->code, havedef = 1;
            break;
        case AC_BEFORE:
            if (date > 0 && date <= c->d1)
                return c->code;
            break;
        case AC_AFTER:
            if (date > 0 && date >= c->d1)
                return c->code;
            break;
        case AC_BETWEEN:
            if (date > 0 && date >= c->d1 && date <= c->d2)
                return c->code;
            break;
        }
    }
    return def;
}

int kactors_count(const kactors *a)
{
    return a ? (int)a->nent : 0;
}

static void fill_hit(const kactors *a, int phr, int len, int date, kactor_hit *hit)
{
    const aphrase *ph = &a->ph[phr];
    const aentry *e = &a->ent[ph->entry];
    hit->ntok = len;
    hit->code = kactors_code_at(a, ph->entry, date);
    hit->root = e->root;
    hit->phrase = ph->text;
    hit->file = a->files[e->file];
    hit->line = ph->line;
    hit->entry = ph->entry;
    hit->unset = hit->code == 0 && e->ncodes > 0;
}

/* Best phrase: one with a code at the date over one without; then more
 * words; then a shorter span. */
typedef struct matchst {
    const kactors *a;
    int date;
    int best, coded, words, span;
    int need_span;         /* lookup: only phrases spanning exactly this */
} matchst;

static void visit(void *ud, int v, int words, int span)
{
    matchst *m = ud;
    if (m->need_span && span != m->need_span)
        return;
    int coded = kactors_code_at(m->a, m->a->ph[v].entry, m->date) != 0;
    if (m->best >= 0 && (coded < m->coded ||
                         (coded == m->coded && (words < m->words || (words == m->words && span >= m->span)))))
        return;
    m->best = v, m->coded = coded, m->words = words, m->span = span;
}

int kactors_match_ids(const kactors *a, const int *ids, int n, int i, int date, kactor_hit *hit)
{
    if (!a || i < 0 || i >= n)
        return 0;
    matchst m = {a, date, -1, 0, 0, 0, 0};
    kd_idsrc src = {ids, NULL, NULL, NULL, 0, n};
    kd_phrase_walk(&a->trie, &src, i, visit, &m);
    if (m.best < 0)
        return 0;
    fill_hit(a, m.best, m.span, date, hit);
    return m.span;
}

#define WINDOW 256

int kactors_match(const kactors *a, const ktok *tok, int ntok, int i, int date, kactor_hit *hit)
{
    if (!a || !tok || i < 0 || i >= ntok)
        return 0;
    int cache[WINDOW];
    int n = ntok - i < WINDOW ? ntok - i : WINDOW;
    kd_idsrc src = {NULL, tok + i, a->in, cache, 0, n};
    matchst m = {a, date, -1, 0, 0, 0, 0};
    kd_phrase_walk(&a->trie, &src, 0, visit, &m);
    if (m.best < 0)
        return 0;
    fill_hit(a, m.best, m.span, date, hit);
    return m.span;
}

/* Word ids of a text split on blanks and '_' (upper-cased). */
static int text_ids(const kintern *in, const char *text, int *ids, int max)
{
    kbuf up;
    kbuf_init(&up);
    kdict_upcase(&up, text, strlen(text));
    int n = 0;
    size_t i = 0;
    while (i < up.len) {
        while (i < up.len && (kd_isblank((unsigned char)up.s[i]) || up.s[i] == '_' || up.s[i] == '\n'))
            i++;
        size_t j = i;
        while (j < up.len && !kd_isblank((unsigned char)up.s[j]) && up.s[j] != '_' && up.s[j] != '\n')
            j++;
        if (j > i) {
            if (n == max) {
                n = -1;
                break;
            }
            ids[n++] = kintern_find(in, up.s + i, j - i);
        }
        i = j;
    }
    kbuf_free(&up);
    return n;
}

int kactors_lookup(const kactors *a, const char *text, int date, kactor_hit *hit)
{
    if (!a || !text)
        return 0;
    int ids[WINDOW];
    int n = text_ids(a->in, text, ids, WINDOW);
    if (n <= 0)
        return 0;
    matchst m = {a, date, -1, 0, 0, 0, n};
    kd_idsrc src = {ids, NULL, NULL, NULL, 0, n};
    kd_phrase_walk(&a->trie, &src, 0, visit, &m);
    if (m.best < 0)
        return 0;
    fill_hit(a, m.best, m.span, date, hit);
    return 1;
}

int kd_text_ids(const kintern *in, const char *text, int *ids, int max)
{
    return text_ids(in, text, ids, max);
}

void kactors_stats(const kactors *a, kdict_stats *st)
{
    if (!a)
        return;
    st->actor_files += (int)a->nfiles;
    st->actor_entries += (int)a->nent;
    st->actor_phrases += (int)a->nph;
    st->actor_dated += a->ndated;
    st->actor_dups += a->ndup;
    st->actor_nocode += a->nnocode;
    st->bytes += ktrie_bytes(&a->trie) + a->capent * sizeof *a->ent +
                 a->capcodes * sizeof *a->codes + a->capph * sizeof *a->ph;
}

static int same_codes(const kactors *a, int e1, int e2)
{
    const aentry *x = &a->ent[e1], *y = &a->ent[e2];
    if (x->ncodes != y->ncodes)
        return 0;
    for (int i = 0; i < x->ncodes; i++) {
        const acode *p = &a->codes[x->code0 + i], *q = &a->codes[y->code0 + i];
        if (p->code != q->code || p->kind != q->kind || p->d1 != q->d1 || p->d2 != q->d2)
            return 0;
    }
    return 1;
}

int kactors_check(const kactors *a, kdiag *d)
{
    if (!a)
        return 0;
    int n = 0;
    for (size_t i = 0; i + 1 < a->ndupv; i += 2) {
        const aphrase *old = &a->ph[a->dup[i]], *nw = &a->ph[a->dup[i + 1]];
        if (same_codes(a, old->entry, nw->entry))
            continue;
        kloc l = {a->files[a->ent[nw->entry].file], nw->line, 0, NULL};
        kdiag_report(d, KD_NOTE, &l, "actor phrase '%s' redefines %s:%d with different codes (the later wins)",
                     nw->text, a->files[a->ent[old->entry].file], old->line);
        n++;
    }
    for (size_t e = 0; e < a->nent; e++) {
        if (a->ent[e].ncodes)
            continue;
        kloc l = {a->files[a->ent[e].file], a->ent[e].line, 0, NULL};
        kdiag_report(d, KD_NOTE, &l, "actor entry '%s' has no code", a->ent[e].root);
        n++;
    }
    return n;
}

/* ---- read access for tools (dict check / dict stats) -------------------- */

int kactors_entry(const kactors *a, int e, kactor_entry *out)
{
    if (!a || e < 0 || (size_t)e >= a->nent)
        return 0;
    const aentry *en = &a->ent[e];
    out->root = en->root;
    out->file = a->files[en->file];
    out->line = en->line;
    out->ncodes = en->ncodes;
    return 1;
}

int kactors_entry_code(const kactors *a, int e, int k, kactor_code *out)
{
    if (!a || e < 0 || (size_t)e >= a->nent || k < 0 || k >= a->ent[e].ncodes)
        return 0;
    const acode *c = &a->codes[a->ent[e].code0 + k];
    out->code = c->code;
    out->kind = c->kind;
    out->d1 = c->d1;
    out->d2 = c->d2;
    out->line = c->line;
    out->col = c->col;
    return 1;
}

int kactors_nphrases(const kactors *a)
{
    return a ? (int)a->nph : 0;
}

int kactors_phrase(const kactors *a, int p, kactor_hit *out)
{
    if (!a || p < 0 || (size_t)p >= a->nph)
        return 0;
    const aphrase *ph = &a->ph[p];
    const aentry *e = &a->ent[ph->entry];
    out->ntok = 0;
    out->code = 0;
    out->root = e->root;
    out->phrase = ph->text;
    out->file = a->files[e->file];
    out->line = ph->line;
    out->entry = ph->entry;
    return 1;
}

int kactors_dup(const kactors *a, int k, int *earlier, int *later)
{
    if (!a || k < 0 || (size_t)k * 2 + 1 >= a->ndupv)
        return 0;
    *earlier = a->dup[2 * k];
    *later = a->dup[2 * k + 1];
    return 1;
}
