/* agents.c: PETRARCH2 agent dictionaries.
 *
 *   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution set
 *   FOREIGN_MINISTER [~GOVFRM]                    regular plural generated
 *   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   irregular plural
 *   POLICE {} [~COP]                              no plural
 *   CONGRESS!PERSON! [~LEG]                       one form per set member
 *   HUMAN_RIGHTS_BODY [NGO~]                      code goes before the actor's
 *
 * Every generated form is a path of interned words in one trie whose node
 * value is the index of the line (agent entry) that generated it. */
#include "dict.h"
#include "dictread.h"

#include <stdlib.h>
#include <string.h>

typedef struct agent {
    int code, after;
    const char *phrase;    /* as written, without plural/code */
    int line;
} agent;

typedef struct marker {
    char *name;            /* without the '!' */
    char **items;
    int nitems;
} marker;

struct kagents {
    kintern *in;
    ktrie trie;
    karena mem;
    agent *ag;
    size_t nag, capag;
    const char *file;
    int nforms, ndup;
    int *dup;              /* pairs (earlier agent, later agent) */
    size_t ndupv, capdup;
};

kagents *kagents_new(kintern *in)
{
    kagents *a = xcalloc(1, sizeof *a);
    a->in = in;
    ktrie_init(&a->trie);
    karena_init(&a->mem);
    return a;
}

void kagents_free(kagents *a)
{
    if (!a)
        return;
    ktrie_free(&a->trie);
    karena_free(&a->mem);
    free(a->ag);
    free(a->dup);
    free(a);
}

typedef struct actx {
    kdreader *r;
    kagents *a;
    marker *mk;
    int nmk;
    kbuf up;
    int *ids;
    size_t capids;
} actx;

static void store_form(actx *c, const char *s, size_t n, int agent_ix)
{
    kbuf_reset(&c->up);
    kdict_upcase(&c->up, s, n);
    int nw = kd_phrase_syms(c->a->in, c->up.s, c->up.len, &c->ids, &c->capids);
    if (!nw)
        return;
    int node = kd_phrase_insert(&c->a->trie, c->ids, nw);
    int old = ktrie_val(&c->a->trie, node);
    if (old >= 0 && old != agent_ix) {
        kagents *a = c->a;
        a->ndup++;
        XGROW(a->dup, a->capdup, a->ndupv + 2);
        a->dup[a->ndupv++] = old;
        a->dup[a->ndupv++] = agent_ix;
    }
    if (ktrie_val(&c->a->trie, node) != agent_ix)
        c->a->nforms++;
    ktrie_setval(&c->a->trie, node, agent_ix);
}

static marker *find_marker(actx *c, const char *name, size_t n)
{
    for (int i = 0; i < c->nmk; i++)
        if (strlen(c->mk[i].name) == n && memcmp(c->mk[i].name, name, n) == 0)
            return &c->mk[i];
    return NULL;
}

/* Check the markers of s (all defined, all closed, a bounded number of
 * combinations); returns 0 or -1 (reported). */
static int check_markers(actx *c, const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    long combos = 1;
    while ((p = memchr(p, '!', (size_t)(end - p))) != NULL) {
        const char *q = memchr(p + 1, '!', (size_t)(end - p - 1));
        if (!q) {
            kdr_bad(c->r, p, "a closing '!' of the substitution marker");
            return -1;
        }
        marker *m = find_marker(c, p + 1, (size_t)(q - p - 1));
        if (!m) {
            kdr_bad(c->r, p, "a substitution marker defined earlier ('!NAME! = A, B')");
            return -1;
        }
        combos *= m->nitems;
        if (combos > 4096) {
            kdr_bad(c->r, p, "at most 4096 substitution combinations");
            return -1;
        }
        p = q + 1;
    }
    return 0;
}

/* Store s with every marker substituted (markers already checked). */
static void expand_markers(actx *c, const char *s, size_t n, int agent_ix)
{
    const char *p = memchr(s, '!', n);
    if (!p) {
        store_form(c, s, n, agent_ix);
        return;
    }
    const char *q = memchr(p + 1, '!', (size_t)(s + n - p - 1));
    marker *m = find_marker(c, p + 1, (size_t)(q - p - 1));
    kbuf b;
    kbuf_init(&b);
    for (int i = 0; i < m->nitems; i++) {
        kbuf_reset(&b);
        kbuf_add(&b, s, (size_t)(p - s));
        kbuf_puts(&b, m->items[i]);
        kbuf_add(&b, q + 1, (size_t)(s + n - q - 1));
        expand_markers(c, b.s, b.len, agent_ix);
    }
    kbuf_free(&b);
}

static void define_marker(actx *c, const char *s)
{
    const char *q = strchr(s + 1, '!');
    const char *eq = q ? strchr(q, '=') : NULL;
    if (!q || q == s + 1 || !eq) {
        kdr_bad(c->r, s, "a substitution set '!NAME! = A, B, ...'");
        return;
    }
    for (const char *t = q + 1; t < eq; t++)
        if (!kd_isblank((unsigned char)*t)) {
            kdr_bad(c->r, t, "'=' after the substitution marker");
            return;
        }
    marker m;
    m.name = xstrndup(s + 1, (size_t)(q - s - 1));
    m.items = NULL;
    m.nitems = 0;
    size_t cap = 0;
    const char *p = eq + 1;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        const char *t = p;
        kd_trim(&t, &n);
        if (n && memchr(t, '!', n)) {
            kdr_bad(c->r, t, "substitution members without '!'");
            for (int i = 0; i < m.nitems; i++)
                free(m.items[i]);
            free(m.items);
            free(m.name);
            return;
        }
        if (n) {
            XGROW(m.items, cap, (size_t)m.nitems + 1);
            m.items[m.nitems++] = xstrndup(t, n);
        }
        if (!comma)
            break;
        p = comma + 1;
    }
    if (!m.nitems) {
        kdr_bad(c->r, eq, "a comma-separated list after '='");
        free(m.name);
        return;
    }
    marker *old = find_marker(c, m.name, strlen(m.name));
    if (old) { /* redefinition replaces */
        for (int i = 0; i < old->nitems; i++)
            free(old->items[i]);
        free(old->items);
        free(old->name);
        *old = m;
        return;
    }
    c->mk = xrealloc(c->mk, xmul((size_t)c->nmk + 1, sizeof *c->mk));
    c->mk[c->nmk++] = m;
}

static void agent_line(actx *c, const char *s)
{
    kdreader *r = c->r;
    const char *br = strchr(s, '[');
    if (!br) {
        kdr_bad(r, s + strlen(s), "an agent code '[~CODE]' or '[CODE~]'");
        return;
    }
    const char *close = strchr(br, ']');
    if (!close) {
        kdr_bad(r, br, "']' closing the agent code");
        return;
    }
    for (const char *t = close + 1; *t; t++)
        if (!kd_isblank((unsigned char)*t)) {
            kdr_bad(r, t, "end of line after the agent code");
            return;
        }
    const char *cs = br + 1;
    size_t cn = (size_t)(close - cs);
    kd_trim(&cs, &cn);
    int after;
    if (cn >= 2 && cs[0] == '~' && memchr(cs + 1, '~', cn - 1) == NULL) {
        after = 1;
        cs++, cn--;
    } else if (cn >= 2 && cs[cn - 1] == '~' && memchr(cs, '~', cn - 1) == NULL) {
        after = 0;
        cn--;
    } else {
        kdr_bad(r, br, "an agent code '[~CODE]' or '[CODE~]'");
        return;
    }
    for (size_t i = 0; i < cn; i++)
        if (kd_isblank((unsigned char)cs[i]) || cs[i] == '[') {
            kdr_bad(r, br, "an agent code without blanks");
            return;
        }
    /* phrase and optional {plural} */
    const char *ps = s, *pl = NULL;
    size_t pn = (size_t)(br - s), pln = 0;
    const char *ob = memchr(s, '{', pn);
    if (ob) {
        const char *cb = memchr(ob, '}', (size_t)(br - ob));
        if (!cb) {
            kdr_bad(r, ob, "'}' closing the plural");
            return;
        }
        for (const char *t = cb + 1; t < br; t++)
            if (!kd_isblank((unsigned char)*t)) {
                kdr_bad(r, t, "the agent code after '{...}'");
                return;
            }
        pn = (size_t)(ob - s);
        pl = ob + 1;
        pln = (size_t)(cb - pl);
        kd_trim(&pl, &pln);
    }
    kd_trim(&ps, &pn);
    if (!pn) {
        kdr_bad(r, s, "an agent phrase before the code");
        return;
    }
    for (size_t i = 0; i < pn; i++)
        if (ps[i] == '}' || ps[i] == ']') {
            kdr_bad(r, ps + i, "an agent phrase (words joined by '_' or blanks)");
            return;
        }
    if (check_markers(c, ps, pn) < 0 || (pl && check_markers(c, pl, pln) < 0))
        return;
    kagents *a = c->a;
    XGROW(a->ag, a->capag, a->nag + 1);
    int ix = (int)a->nag++;
    agent *g = &a->ag[ix];
    g->code = kintern_add(a->in, cs, cn);
    g->after = after;
    g->phrase = karena_strndup(&a->mem, ps, pn);
    g->line = r->lineno;
    if (memchr(ps, '!', pn)) {
        /* substitution: every member, no plural formation */
        expand_markers(c, ps, pn, ix);
        if (pl && pln)
            expand_markers(c, pl, pln, ix);
        return;
    }
    store_form(c, ps, pn, ix);
    if (pl) {
        if (pln)
            store_form(c, pl, pln, ix);
    } else {
        kbuf up;
        kbuf_init(&up);
        kdict_upcase(&up, ps, pn);
        kbuf plu;
        kbuf_init(&plu);
        kd_plural(&plu, up.s, up.len);
        store_form(c, plu.s, plu.len, ix);
        kbuf_free(&up);
        kbuf_free(&plu);
    }
}

int kagents_read(kagents *a, const char *path, int strict, kdiag *d)
{
    kdreader r;
    if (kdr_open(&r, path, "agent", strict, d) < 0)
        return -1;
    if (!a->file)
        a->file = karena_strdup(&a->mem, path);
    actx c;
    memset(&c, 0, sizeof c);
    c.r = &r;
    c.a = a;
    kbuf_init(&c.up);
    while (kdr_next(&r)) {
        const char *s = r.s;
        while (kd_isblank((unsigned char)*s))
            s++;
        if (s[0] == '!' && strchr(s, '=') && !strchr(s, '['))
            define_marker(&c, s);
        else
            agent_line(&c, s);
    }
    for (int i = 0; i < c.nmk; i++) {
        for (int j = 0; j < c.mk[i].nitems; j++)
            free(c.mk[i].items[j]);
        free(c.mk[i].items);
        free(c.mk[i].name);
    }
    free(c.mk);
    free(c.ids);
    kbuf_free(&c.up);
    int nbad = r.nbad;
    if (kdr_close(&r) < 0)
        return -1;
    return nbad;
}

static void fill(const kagents *a, int v, int len, kagent_hit *hit)
{
    const agent *g = &a->ag[v];
    hit->ntok = len;
    hit->code = g->code;
    hit->after = g->after;
    hit->phrase = g->phrase;
    hit->file = a->file;
    hit->line = g->line;
}

/* Best form: more words, then a shorter span. */
typedef struct matchst {
    int best, words, span, need_span;
} matchst;

static void visit(void *ud, int v, int words, int span)
{
    matchst *m = ud;
    if (m->need_span && span != m->need_span)
        return;
    if (m->best >= 0 && (words < m->words || (words == m->words && span >= m->span)))
        return;
    m->best = v, m->words = words, m->span = span;
}

int kagents_match_ids(const kagents *a, const int *ids, int n, int i, kagent_hit *hit)
{
    if (!a || i < 0 || i >= n)
        return 0;
    matchst m = {-1, 0, 0, 0};
    kd_idsrc src = {ids, NULL, NULL, NULL, 0, n};
    kd_phrase_walk(&a->trie, &src, i, visit, &m);
    if (m.best < 0)
        return 0;
    fill(a, m.best, m.span, hit);
    return m.span;
}

#define WINDOW 256

int kagents_match(const kagents *a, const ktok *tok, int ntok, int i, kagent_hit *hit)
{
    if (!a || !tok || i < 0 || i >= ntok)
        return 0;
    int cache[WINDOW];
    int n = ntok - i < WINDOW ? ntok - i : WINDOW;
    kd_idsrc src = {NULL, tok + i, a->in, cache, 0, n};
    matchst m = {-1, 0, 0, 0};
    kd_phrase_walk(&a->trie, &src, 0, visit, &m);
    if (m.best < 0)
        return 0;
    fill(a, m.best, m.span, hit);
    return m.span;
}

int kagents_lookup(const kagents *a, const char *text, kagent_hit *hit)
{
    if (!a || !text)
        return 0;
    int ids[WINDOW];
    int n = kd_text_ids(a->in, text, ids, WINDOW);
    if (n <= 0)
        return 0;
    matchst m = {-1, 0, 0, n};
    kd_idsrc src = {ids, NULL, NULL, NULL, 0, n};
    kd_phrase_walk(&a->trie, &src, 0, visit, &m);
    if (m.best < 0)
        return 0;
    fill(a, m.best, m.span, hit);
    return 1;
}

void kagents_stats(const kagents *a, kdict_stats *st)
{
    if (!a)
        return;
    st->agent_entries += (int)a->nag;
    st->agent_phrases += a->nforms;
    st->agent_dups += a->ndup;
    st->bytes += ktrie_bytes(&a->trie) + a->capag * sizeof *a->ag;
}

int kagents_check(const kagents *a, kdiag *d)
{
    if (!a)
        return 0;
    int n = 0;
    for (size_t i = 0; i + 1 < a->ndupv; i += 2) {
        const agent *old = &a->ag[a->dup[i]], *nw = &a->ag[a->dup[i + 1]];
        if (old->code == nw->code && old->after == nw->after)
            continue;
        kloc l = {a->file, nw->line, 0, NULL};
        kdiag_report(d, KD_NOTE, &l, "agent '%s' redefines a form of line %d with a different code (the later wins)",
                     nw->phrase, old->line);
        n++;
    }
    return n;
}

/* ---- read access for tools (dict check / dict stats) -------------------- */

int kagents_count(const kagents *a)
{
    return a ? (int)a->nag : 0;
}

int kagents_entry(const kagents *a, int i, kagent_hit *out)
{
    if (!a || i < 0 || (size_t)i >= a->nag)
        return 0;
    fill(a, i, 0, out);
    return 1;
}

int kagents_dup(const kagents *a, int k, int *earlier, int *later)
{
    if (!a || k < 0 || (size_t)k * 2 + 1 >= a->ndupv)
        return 0;
    *earlier = a->dup[2 * k];
    *later = a->dup[2 * k + 1];
    return 1;
}
