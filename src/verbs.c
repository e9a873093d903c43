/* verbs.c: verb dictionary reader (TABARI/PETRARCH-1 and PETRARCH-2 syntax
 * into one pattern form; see verbs.h). */
#include "verbs.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fkey {       /* form index entry: word id -> forms */
    int word, start, count;
} fkey;

typedef struct synbuild {
    char *name;
    kpitem **alt;
    int *nitems;
    int nalt, cap;
    int defined;
} synbuild;

struct kverbs {
    karena mem;
    char *file;
    kintern *in;
    kverb_block *blocks;
    size_t nblocks, capblocks;
    kverbform *forms;       /* sorted by word after load */
    int *formword;
    size_t nforms, capforms;
    fkey *tab;              /* open addressing on word id */
    int tabmask;
    synbuild *syn;
    ksynset *synpub;
    size_t nsyn, capsyn;
    /* patterns of the block being read */
    kpattern *pat;
    size_t npat, cappat;
    int nullcode;
    int transforms, skipped, npatterns;
    int p2patterns;         /* patterns in PETRARCH-2 syntax */
    ktransform *tf;         /* '~' lines, file order */
    size_t ntf, captf, captfraw;
    struct tfraw { char *verbs[2]; int line; } *tfraw;  /* verb words, resolved
                                                         after loading */
};

/* ---- small helpers ------------------------------------------------------ */

static void upcase(char *s)
{
    for (; *s; s++)
        *s = (char)toupper((unsigned char)*s);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = 0;
    return s;
}

/* Remove a '#' comment that is not inside [...]. */
static void strip_comment(char *s)
{
    int br = 0;
    for (char *p = s; *p; p++) {
        if (*p == '[')
            br = 1;
        else if (*p == ']')
            br = 0;
        else if (*p == '#' && !br) {
            *p = 0;
            return;
        }
    }
}

static int intern_word(kverbs *v, const char *w, size_t n)
{
    char buf[256];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)toupper((unsigned char)w[i]);
    buf[n] = 0;
    return kintern_add(v->in, buf, n);
}

/* Parse "[A]" or "[A:B]" at s (s points at '['); returns 0 or -1. */
static int parse_code(kverbs *v, const char *s, int *code, int *code2)
{
    const char *e = strchr(s, ']');
    if (!e)
        return -1;
    const char *a = s + 1;
    while (a < e && *a == ' ')
        a++;
    const char *colon = NULL;
    for (const char *q = a; q < e; q++)
        if (*q == ':') {
            colon = q;
            break;
        }
    const char *ae = colon ? colon : e;
    while (ae > a && ae[-1] == ' ')
        ae--;
    if (ae == a && !colon)
        return -1;
    /* "[:173]" (PETRARCH-2): only the reversed event */
    *code = ae == a ? v->nullcode : kintern_add(v->in, a, (size_t)(ae - a));
    *code2 = 0;
    if (colon) {
        const char *b = colon + 1;
        while (b < e && *b == ' ')
            b++;
        const char *be = e;
        while (be > b && be[-1] == ' ')
            be--;
        if (be == b)
            return -1;
        *code2 = kintern_add(v->in, b, (size_t)(be - b));
    }
    return 0;
}

static int synset_index(kverbs *v, const char *name, size_t n)
{
    for (size_t i = 0; i < v->nsyn; i++)
        if (strlen(v->syn[i].name) == n && memcmp(v->syn[i].name, name, n) == 0)
            return (int)i;
    XGROW(v->syn, v->capsyn, v->nsyn + 1);
    synbuild *s = &v->syn[v->nsyn];
    memset(s, 0, sizeof *s);
    s->name = xstrndup(name, n);
    return (int)v->nsyn++;
}

static void synset_add(kverbs *v, int si, const kpitem *it, int n)
{
    synbuild *s = &v->syn[si];
    if (s->nalt == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 4;
        s->alt = xrealloc(s->alt, (size_t)s->cap * sizeof *s->alt);
        s->nitems = xrealloc(s->nitems, (size_t)s->cap * sizeof *s->nitems);
    }
    kpitem *c = karena_alloc(&v->mem, (size_t)(n ? n : 1) * sizeof *c);
    memcpy(c, it, (size_t)n * sizeof *c);
    s->alt[s->nalt] = c;
    s->nitems[s->nalt] = n;
    s->nalt++;
}

/* ---- pattern text -> items ----------------------------------------------- */

#define MAXITEMS 64

typedef struct itemlist {
    kpitem it[MAXITEMS];
    int n;
    int letters;
    int bad;
} itemlist;

static int is_sep(char c)
{
    return c == ' ' || c == '\t' || c == '_' || c == '(' || c == ')' || c == '{' || c == '}' || c == 0;
}

/* Tokenize one side of a pattern into items in text order.  `adj` of each
 * item: it directly follows the previous item ('_' or inside {...}).  The
 * first item's adj says whether the part began with '_' (used for the lower
 * part: "*_OUT"). */
static void parse_items(kverbs *v, const char *s, itemlist *L, int first_adj)
{
    int conn_adj = first_adj;   /* connector before next token */
    int brace = 0, paren = 0, paren_first = 0, brace_first = 0, brace_start = 0;
    L->n = 0;
    L->letters = 0;
    L->bad = 0;
    const char *p = s;
    while (*p) {
        char c = *p;
        if (c == ' ' || c == '\t') {
            conn_adj = 0;
            p++;
            continue;
        }
        if (c == '_') {
            conn_adj = 1;
            p++;
            continue;
        }
        if (c == '{') {
            brace++;
            brace_first = 1;
            brace_start = L->n;
            p++;
            continue;
        }
        if (c == '}') {
            /* the head noun (last word) directly follows its modifier:
             * {NEW &TIETYPES RELATIONS} takes "new global economic
             * relations" but not "economic trade relations" */
            if (brace && L->n - 1 > brace_start && L->it[L->n - 1].adj == 2)
                L->it[L->n - 1].adj = 1;
            if (brace)
                brace--;
            conn_adj = 0;
            p++;
            continue;
        }
        if (c == '(') {
            paren++;
            paren_first = 1;
            p++;
            continue;
        }
        if (c == ')') {
            if (paren)
                paren--;
            conn_adj = 0;
            p++;
            continue;
        }
        const char *w = p;
        while (!is_sep(*p))
            p++;
        size_t n = (size_t)(p - w);
        int exact = 0;
        if (*p == '_' && (p[1] == ' ' || p[1] == 0 || p[1] == '\t')) {
            exact = 1;      /* "IN_ *": exact word, open connector */
        }
        if (L->n >= MAXITEMS) {
            L->bad = 1;
            return;
        }
        kpitem *it = &L->it[L->n];
        memset(it, 0, sizeof *it);
        /* inside {...}: words follow each other directly */
        int adj = conn_adj;
        /* inside {...} or (...): the word belongs to the same phrase as the
         * previous one (other words of that phrase may come between) */
        if (brace && !brace_first)
            adj = conn_adj == 1 ? 1 : 2;
        else if (paren && !paren_first)
            adj = 1;
        it->prep = (unsigned char)(paren && paren_first);
        paren_first = 0;
        brace_first = 0;
        it->adj = (unsigned char)adj;
        it->exact = (unsigned char)exact;
        if (n == 1 && w[0] == '$')
            it->kind = KPI_SOURCE;
        else if (n == 1 && w[0] == '+')
            it->kind = KPI_TARGET;
        else if (n == 1 && w[0] == '%')
            it->kind = KPI_COMPOUND;
        else if (n == 1 && w[0] == '^')
            it->kind = KPI_SKIP;
        else if (w[0] == '&' && n > 1) {
            char buf[128];
            size_t m = n < sizeof buf ? n : sizeof buf - 1;
            memcpy(buf, w, m);
            buf[m] = 0;
            upcase(buf);
            it->kind = KPI_SYNSET;
            it->id = synset_index(v, buf, m);
            L->letters += 4;
        } else {
            it->kind = KPI_WORD;
            it->id = intern_word(v, w, n);
            L->letters += (int)n;
        }
        L->n++;
        conn_adj = 0;
    }
}

/* ---- verb forms -------------------------------------------------------- */

static int is_vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

static void add_form(kverbs *v, int block, int word, int code, int code2,
                     const int *before, int nb, const int *after, int na,
                     const char *text, int line)
{
    XGROW(v->forms, v->capforms, v->nforms + 1);
    size_t cap2 = v->nforms;   /* formword grows in step */
    (void)cap2;
    v->formword = xrealloc(v->formword, (v->nforms + 1) * sizeof *v->formword);
    kverbform *f = &v->forms[v->nforms];
    f->block = block;
    f->code = code;
    f->code2 = code2;
    int *b = NULL, *a = NULL;
    if (nb) {
        b = karena_alloc(&v->mem, (size_t)nb * sizeof *b);
        memcpy(b, before, (size_t)nb * sizeof *b);
    }
    if (na) {
        a = karena_alloc(&v->mem, (size_t)na * sizeof *a);
        memcpy(a, after, (size_t)na * sizeof *a);
    }
    f->before = b;
    f->nbefore = nb;
    f->after = a;
    f->nafter = na;
    f->text = text;
    f->line = line;
    v->formword[v->nforms] = word;
    v->nforms++;
}

/* Regular forms of upper-case root r (including r itself). */
static int regular_forms(const char *r, char out[8][80])
{
    size_t n = strlen(r);
    int k = 0;
    if (n == 0 || n > 70)
        return 0;
    snprintf(out[k++], 80, "%s", r);
    char last = r[n - 1];
    char prev = n > 1 ? r[n - 2] : 0;
    if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S')))
        snprintf(out[k++], 80, "%sES", r);
    else if (last == 'Y' && !is_vowel(prev))
        snprintf(out[k++], 80, "%.*sIES", (int)(n - 1), r);
    else
        snprintf(out[k++], 80, "%sS", r);
    if (last == 'E') {
        snprintf(out[k++], 80, "%sD", r);
        snprintf(out[k++], 80, "%.*sING", (int)(n - 1), r);
    } else if (last == 'Y' && !is_vowel(prev)) {
        snprintf(out[k++], 80, "%.*sIED", (int)(n - 1), r);
        snprintf(out[k++], 80, "%sING", r);
    } else {
        snprintf(out[k++], 80, "%sED", r);
        snprintf(out[k++], 80, "%sING", r);
        /* consonant doubling for short CVC roots: STOP -> STOPPED */
        if (n >= 3 && !is_vowel(last) && last != 'W' && last != 'X' && last != 'Y' &&
            is_vowel(prev) && !is_vowel(r[n - 3])) {
            snprintf(out[k++], 80, "%s%cED", r, last);
            snprintf(out[k++], 80, "%s%cING", r, last);
        }
    }
    return k;
}

/* One verb spelling (possibly multi-word, '+' marks the verb word, words
 * joined by '_' or blanks).  Adds it; `gen` adds regular forms. */
static void add_spelling(kverbs *v, int block, const char *sp, int code, int code2, int gen,
                         const char *text, int line)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", sp);
    upcase(buf);
    char *words[32];
    int nw = 0, vi = -1;
    char *p = buf;
    while (*p && nw < 32) {
        while (*p == '_' || *p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        char *w = p;
        while (*p && *p != '_' && *p != ' ' && *p != '\t')
            p++;
        if (*p)
            *p++ = 0;
        if (w[0] == '+' && w[1]) {
            w++;
            vi = nw;
        }
        words[nw++] = w;
    }
    if (nw == 0)
        return;
    if (vi < 0)
        vi = 0;
    int before[32], after[32], nb = 0, na = 0;
    for (int i = vi - 1; i >= 0; i--)
        before[nb++] = kintern_add(v->in, words[i], strlen(words[i]));
    for (int i = vi + 1; i < nw; i++)
        after[na++] = kintern_add(v->in, words[i], strlen(words[i]));
    if (gen) {
        char forms[8][80];
        int k = regular_forms(words[vi], forms);
        for (int i = 0; i < k; i++)
            add_form(v, block, kintern_add(v->in, forms[i], strlen(forms[i])), code, code2,
                     before, nb, after, na, text, line);
    } else {
        add_form(v, block, kintern_add(v->in, words[vi], strlen(words[vi])), code, code2,
                 before, nb, after, na, text, line);
    }
}

/* ---- blocks -------------------------------------------------------------- */

static int patcmp(const void *a, const void *b)
{
    const kpattern *x = a, *y = b;
    if (x->len != y->len)
        return y->len - x->len;
    return x->line - y->line;
}

static void close_block(kverbs *v)
{
    if (v->nblocks == 0)
        return;
    kverb_block *b = &v->blocks[v->nblocks - 1];
    if (v->npat) {
        kpattern *p = karena_alloc(&v->mem, v->npat * sizeof *p);
        memcpy(p, v->pat, v->npat * sizeof *p);
        qsort(p, v->npat, sizeof *p, patcmp);
        b->pat = p;
        b->npat = (int)v->npat;
    }
    v->npat = 0;
}

static int same_items(const kpitem *a, const kpitem *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i].kind != b[i].kind || a[i].adj != b[i].adj || a[i].exact != b[i].exact ||
            a[i].id != b[i].id)
            return 0;
    return 1;
}

/* PETRARCH-2 dictionaries: a pattern written again in the same block
 * replaces the earlier one (PETRARCH-2 stores patterns by their words, so
 * the later line wins: RATIFY's "* &TREATY [057]" after the "* &TREATY
 * [031:031]" it inherited from APPROVE). */
static void drop_redefined(kverbs *v)
{
    for (size_t bi = 0; bi < v->nblocks; bi++) {
        kverb_block *b = &v->blocks[bi];
        kpattern *p = (kpattern *)b->pat;
        int k = 0;
        for (int i = 0; i < b->npat; i++) {
            int later = 0;
            for (int j = 0; j < b->npat && !later; j++)
                later = j != i && p[j].line > p[i].line && p[j].nup == p[i].nup &&
                        p[j].nlo == p[i].nlo && same_items(p[j].up, p[i].up, p[i].nup) &&
                        same_items(p[j].lo, p[i].lo, p[i].nlo);
            if (!later)
                p[k++] = p[i];
        }
        b->npat = k;
    }
}

static void open_block(kverbs *v, const char *name, int code, int code2)
{
    close_block(v);
    XGROW(v->blocks, v->capblocks, v->nblocks + 1);
    kverb_block *b = &v->blocks[v->nblocks++];
    memset(b, 0, sizeof *b);
    b->name = karena_strdup(&v->mem, name);
    b->code = code;
    b->code2 = code2;
}

static void report(kverbs *v, kdiag *d, int strict, int line, int col, const char *what, const char *near)
{
    kloc l = {v->file, line, col, NULL};
    kdiag_report(d, strict ? KD_ERROR : KD_WARN, &l, "expected %s near '%.40s'", what, near);
    v->skipped++;
}

/* ---- the reader ---------------------------------------------------------- */

static int fkey_hash(int w, int mask)
{
    unsigned h = (unsigned)w * 2654435761u;
    return (int)(h & (unsigned)mask);
}

typedef struct fsort {
    int word, idx;
} fsort;

static int fsortcmp(const void *a, const void *b)
{
    const fsort *x = a, *y = b;
    if (x->word != y->word)
        return x->word < y->word ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void build_index(kverbs *v)
{
    size_t n = v->nforms;
    fsort *fs = xmalloc((n ? n : 1) * sizeof *fs);
    for (size_t i = 0; i < n; i++) {
        fs[i].word = v->formword[i];
        fs[i].idx = (int)i;
    }
    qsort(fs, n, sizeof *fs, fsortcmp);
    kverbform *nf = xmalloc((n ? n : 1) * sizeof *nf);
    int *nw = xmalloc((n ? n : 1) * sizeof *nw);
    /* within one word: later definitions first (they override earlier) */
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && fs[j].word == fs[i].word)
            j++;
        for (size_t k = i; k < j; k++) {
            nf[k] = v->forms[fs[j - 1 - (k - i)].idx];
            nw[k] = fs[k].word;
        }
        i = j;
    }
    free(v->forms);
    free(v->formword);
    v->forms = nf;
    v->formword = nw;
    free(fs);
    int sz = 16;
    while ((size_t)sz < 2 * n + 16)
        sz <<= 1;
    v->tab = xcalloc((size_t)sz, sizeof *v->tab);
    v->tabmask = sz - 1;
    i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && nw[j] == nw[i])
            j++;
        int h = fkey_hash(nw[i], v->tabmask);
        while (v->tab[h].word)
            h = (h + 1) & v->tabmask;
        v->tab[h].word = nw[i];
        v->tab[h].start = (int)i;
        v->tab[h].count = (int)(j - i);
        i = j;
    }
}

static void add_pattern(kverbs *v, kdiag *d, int strict, char *body, int code, int code2,
                        const char *text, int line)
{
    if (strchr(body, '|')) {
        report(v, d, strict, line, 1, "a pattern without '|' alternatives (use synsets)", text);
        return;
    }
    if (strpbrk(body, "({"))
        v->p2patterns++;
    char *star = strchr(body, '*');
    if (!star) {
        report(v, d, strict, line, 1, "'*' in pattern", text);
        return;
    }
    *star = 0;
    char *upper = body, *lower = star + 1;
    /* upper: connector between the last item and the verb */
    size_t un = strlen(upper);
    int up_adj_verb = un > 0 && upper[un - 1] == '_';
    int lo_adj_verb = lower[0] == '_';
    itemlist U, L;
    parse_items(v, upper, &U, 0);
    parse_items(v, lower, &L, lo_adj_verb);
    if (U.bad || L.bad) {
        report(v, d, strict, line, 1, "a shorter pattern", text);
        return;
    }
    XGROW(v->pat, v->cappat, v->npat + 1);
    kpattern *p = &v->pat[v->npat++];
    memset(p, 0, sizeof *p);
    p->code = code;
    p->code2 = code2;
    if (U.n) {
        kpitem *up = karena_alloc(&v->mem, (size_t)U.n * sizeof *up);
        /* reverse: nearest first; adj of item k = it directly precedes item k-1 */
        for (int k = 0; k < U.n; k++) {
            up[k] = U.it[U.n - 1 - k];
            if (k == 0)
                up[k].adj = (unsigned char)up_adj_verb;
            else
                up[k].adj = U.it[U.n - k].adj;
        }
        p->up = up;
        p->nup = U.n;
    }
    if (L.n) {
        kpitem *lo = karena_alloc(&v->mem, (size_t)L.n * sizeof *lo);
        memcpy(lo, L.it, (size_t)L.n * sizeof *lo);
        p->lo = lo;
        p->nlo = L.n;
    }
    p->len = U.letters + L.letters;
    {
        int req[2 * MAXITEMS], nr = 0;
        for (int k = 0; k < U.n; k++)
            if (U.it[k].kind == KPI_WORD)
                req[nr++] = U.it[k].id;
        for (int k = 0; k < L.n; k++)
            if (L.it[k].kind == KPI_WORD)
                req[nr++] = L.it[k].id;
        if (nr) {
            int *r = karena_alloc(&v->mem, (size_t)nr * sizeof *r);
            memcpy(r, req, (size_t)nr * sizeof *r);
            p->req = r;
            p->nreq = nr;
        }
    }
    p->text = karena_strdup(&v->mem, text);
    p->line = line;
    v->npatterns++;
}

static void make_plural(const char *w, char *out, size_t n)
{
    size_t m = strlen(w);
    char last = m ? w[m - 1] : 0, prev = m > 1 ? w[m - 2] : 0;
    if (last == 'Y' && !is_vowel(prev))
        snprintf(out, n, "%.*sIES", (int)(m - 1), w);
    else if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S')))
        snprintf(out, n, "%sES", w);
    else
        snprintf(out, n, "%sS", w);
}

static void add_synonym(kverbs *v, int si, int noplural, char *text)
{
    size_t n = strlen(text);
    int exact = n > 0 && text[n - 1] == '_';
    itemlist L;
    parse_items(v, text, &L, 0);
    if (L.bad || L.n == 0)
        return;
    for (int k = 1; k < L.n; k++)
        L.it[k].adj = 1;            /* synonym phrases are consecutive words */
    L.it[0].adj = 0;
    synset_add(v, si, L.it, L.n);
    kpitem *lastit = &L.it[L.n - 1];
    if (!noplural && !exact && lastit->kind == KPI_WORD) {
        char pl[300];
        make_plural(kintern_str(v->in, lastit->id), pl, sizeof pl);
        lastit->id = kintern_add(v->in, pl, strlen(pl));
        synset_add(v, si, L.it, L.n);
    }
}

static int intcmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* first words of synset si's alternatives (one level of nesting) */
static void synset_firsts(kverbs *v, int si)
{
    ksynset *sp = &v->synpub[si];
    size_t cap = 16, n = 0;
    int *f = xmalloc(cap * sizeof *f);
    for (int a = 0; a < sp->nalt; a++) {
        if (sp->nalt_items[a] == 0)
            continue;
        const kpitem *it = &sp->alt[a][0];
        if (it->kind == KPI_WORD) {
            XGROW(f, cap, n + 1);
            f[n++] = it->id;
        } else if (it->kind == KPI_SYNSET && it->id >= 0 && (size_t)it->id < v->nsyn &&
                   it->id != si) {
            const synbuild *b = &v->syn[it->id];
            for (int k = 0; k < b->nalt; k++) {
                if (b->nitems[k] > 0 && b->alt[k][0].kind == KPI_WORD) {
                    XGROW(f, cap, n + 1);
                    f[n++] = b->alt[k][0].id;
                } else if (b->nitems[k] > 0) {
                    sp->open = 1;
                }
            }
        } else {
            sp->open = 1;
        }
    }
    qsort(f, n, sizeof *f, intcmp);
    int *g = karena_alloc(&v->mem, (n ? n : 1) * sizeof *g);
    memcpy(g, f, n * sizeof *g);
    free(f);
    sp->first = g;
    sp->nfirst = (int)n;
}

int ksynset_may_start(const ksynset *sy, int w, int l)
{
    if (sy->open)
        return 1;
    int lo = 0, hi = sy->nfirst - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2, x = sy->first[mid];
        if (x == w || x == l)
            return 1;
        if (x < w) lo = mid + 1; else hi = mid - 1;
    }
    if (l && l != w) {
        lo = 0;
        hi = sy->nfirst - 1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2, x = sy->first[mid];
            if (x == l)
                return 1;
            if (x < l) lo = mid + 1; else hi = mid - 1;
        }
    }
    return 0;
}

/* ---- transformations ---------------------------------------------------- */

static int tf_actor(const char *t)
{
    if (strlen(t) != 1)
        return 0;
    char ch = t[0];
    if (ch == '.' || ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
        return (unsigned char)tolower((unsigned char)ch);
    return 0;
}

/* "~ a (b c VERB) VERB = x y CODE": parentheses are decoration; 5 items
 * before '=', 3 after.  Verb words are resolved to codes once the file is
 * read (resolve_transforms).  Returns 0, or -1 when malformed. */
static int add_transform(kverbs *v, const char *body, const char *text, int lineno)
{
    char buf[512];
    size_t n = strlen(body);
    if (n >= sizeof buf)
        return -1;
    char *h = NULL;
    memcpy(buf, body, n + 1);
    if ((h = strchr(buf, '#')) != NULL)
        *h = 0;
    for (char *p = buf; *p; p++)
        if (*p == '(' || *p == ')' || *p == '\t')
            *p = ' ';
    char *eq = strchr(buf, '=');
    if (!eq)
        return -1;
    *eq = 0;
    char *lhs[6], *rhs[4];
    int nl = 0, nr = 0;
    for (char *t = strtok(buf, " "); t; t = strtok(NULL, " "))
        if (nl < 6)
            lhs[nl++] = t;
        else
            return -1;
    for (char *t = strtok(eq + 1, " "); t; t = strtok(NULL, " "))
        if (nr < 4)
            rhs[nr++] = t;
        else
            return -1;
    if (nl != 5 || nr != 3)
        return -1;
    ktransform t;
    memset(&t, 0, sizeof t);
    t.up_src = tf_actor(lhs[0]);
    t.lo_src = tf_actor(lhs[1]);
    t.lo_tgt = tf_actor(lhs[2]);
    t.res_src = tf_actor(rhs[0]);
    t.res_tgt = tf_actor(rhs[1]);
    if (!t.up_src || !t.lo_src || !t.lo_tgt || !t.res_src || !t.res_tgt)
        return -1;
    upcase(lhs[3]);
    upcase(lhs[4]);
    if (!strcmp(rhs[2], "Q") || !strcmp(rhs[2], "q"))
        t.res_q = 1;
    else {
        char *c = rhs[2];
        for (char *p = c; *p; p++)
            if (!isalnum((unsigned char)*p) && *p != '-')
                return -1;
        t.res_code = kintern_add(v->in, c, strlen(c));
    }
    t.text = karena_strdup(&v->mem, text);
    t.line = lineno;
    XGROW(v->tf, v->captf, v->ntf + 1);
    XGROW(v->tfraw, v->captfraw, v->ntf + 1);
    v->tfraw[v->ntf].verbs[0] = karena_strdup(&v->mem, lhs[3]);
    v->tfraw[v->ntf].verbs[1] = karena_strdup(&v->mem, lhs[4]);
    v->tfraw[v->ntf].line = lineno;
    v->tf[v->ntf++] = t;
    return 0;
}

/* A transformation's verb: "Q" (any), or verb words joined by '_' whose own
 * codes PETRARCH-2 adds in its ontology; we keep the codes. */
static int resolve_tverb(kverbs *v, const char *w, int *codes, int *nc, int *any)
{
    *nc = 0;
    *any = 0;
    if (!strcmp(w, "Q")) {
        *any = 1;
        return 0;
    }
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%s", w);
    for (char *t = strtok(tmp, "_"); t; t = strtok(NULL, "_")) {
        int id = kintern_find(v->in, t, strlen(t));
        const kverbform *f;
        int nf = kverbs_forms(v, id, &f);
        int code = 0;
        for (int k = 0; k < nf && !code; k++)
            if (!f[k].nbefore && !f[k].nafter)
                code = f[k].code;
        if (!nf || *nc >= 4)
            return -1;
        codes[(*nc)++] = code;     /* may be the null code ("---" verbs) */
    }
    return *nc ? 0 : -1;
}

static void resolve_transforms(kverbs *v, kdiag *d, int strict)
{
    size_t k = 0;
    for (size_t i = 0; i < v->ntf; i++) {
        ktransform t = v->tf[i];
        if (resolve_tverb(v, v->tfraw[i].verbs[0], t.lo_codes, &t.nlo, &t.lo_any) < 0 ||
            resolve_tverb(v, v->tfraw[i].verbs[1], t.up_codes, &t.nup, &t.up_any) < 0) {
            kloc l = {v->file, v->tfraw[i].line, 1, NULL};
            kdiag_report(d, strict ? KD_ERROR : KD_WARN, &l,
                         "transformation names a verb that is not in the dictionary");
            v->skipped++;
            continue;
        }
        v->tf[k++] = t;
    }
    v->ntf = k;
}

kverbs *kverbs_load(const char *path, kintern *in, int strict, kdiag *d)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open verb dictionary");
        return NULL;
    }
    kverbs *v = xcalloc(1, sizeof *v);
    karena_init(&v->mem);
    v->file = xstrdup(path);
    v->in = in;
    v->nullcode = kintern_add(in, "---", 3);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int lineno = 0;
    int cursyn = -1, synnoplural = 0;
    int inblock = 0, blockverb = 0;
    int fatal = 0;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        char *s = trim(line);
        if (s[0] == '<')            /* <!-- comments -->, <SYNSETS> markers */
            continue;
        char raw[1024];
        snprintf(raw, sizeof raw, "%s", s);
        strip_comment(s);
        s = trim(s);
        if (!*s) {
            continue;
        }
        if (s[0] == '+' && cursyn >= 0) {
            add_synonym(v, cursyn, synnoplural, s + 1);
            continue;
        }
        cursyn = -1;
        if (s[0] == '&') {
            size_t n = strlen(s);
            char *e = s;
            while (*e && *e != ' ' && *e != '\t')
                e++;
            *e = 0;
            n = strlen(s);
            synnoplural = 0;
            if (n > 1 && s[n - 1] == '_') {
                s[--n] = 0;
                synnoplural = 1;
            }
            upcase(s);
            cursyn = synset_index(v, s, n);
            v->syn[cursyn].defined = 1;
            continue;
        }
        if (strncmp(s, "---", 3) == 0) {
            /* block header: --- NAME [CODE] --- */
            int code = v->nullcode, code2 = 0;
            char *br = strchr(s, '[');
            char name[256];
            const char *ns = s + 3;
            while (*ns == ' ' || *ns == '\t')
                ns++;
            size_t nn = br ? (size_t)(br - ns) : strlen(ns);
            if (nn >= sizeof name)
                nn = sizeof name - 1;
            memcpy(name, ns, nn);
            name[nn] = 0;
            char *t = trim(name);
            size_t tl = strlen(t);
            while (tl > 0 && (t[tl - 1] == '-' || t[tl - 1] == ' '))
                t[--tl] = 0;
            if (br && parse_code(v, br, &code, &code2) < 0) {
                report(v, d, strict, lineno, (int)(br - s) + 1, "a code in [...]", raw);
                code = v->nullcode;
                code2 = 0;
            }
            open_block(v, t, code, code2);
            inblock = 1;
            blockverb = 0;
            continue;
        }
        if (s[0] == '~') {
            v->transforms++;
            if (add_transform(v, s + 1, trim(raw), lineno) < 0)
                report(v, d, strict, lineno, 1,
                       "a transformation '~ a (b c VERB) VERB = x y CODE'", raw);
            continue;
        }
        if (!inblock) {
            report(v, d, strict, lineno, 1, "a '--- VERB [CODE] ---' block header", raw);
            if (strict)
                fatal = 1;
            continue;
        }
        kverb_block *b = &v->blocks[v->nblocks - 1];
        /* a pattern whose leading '-' was forgotten ("* (TO QUESTION) [110]"):
         * no verb line holds a '*' */
        int dashless = s[0] != '-' && strchr(s, '*') != NULL;
        if (s[0] == '-' || dashless) {
            char *br = strrchr(s, '[');
            int code, code2;
            if (!br || parse_code(v, br, &code, &code2) < 0) {
                report(v, d, strict, lineno, br ? (int)(br - s) + 1 : (int)strlen(s), "a code in [...]", raw);
                if (strict)
                    fatal = 1;
                continue;
            }
            *br = 0;
            char *body = trim(dashless ? s : s + 1);
            if (strchr(body, '[')) {
                report(v, d, strict, lineno, 1, "one code per pattern", raw);
                continue;
            }
            add_pattern(v, d, strict, body, code, code2, trim(raw), lineno);
            continue;
        }
        /* a verb line: VERB {FORMS} [CODE] or multi-word */
        int code = b->code, code2 = b->code2;
        char *br = strchr(s, '[');
        if (br) {
            if (parse_code(v, br, &code, &code2) < 0) {
                report(v, d, strict, lineno, (int)(br - s) + 1, "a code in [...]", raw);
                if (strict)
                    fatal = 1;
                continue;
            }
            *br = 0;
        }
        char *ob = strchr(s, '{');
        char *forms = NULL;
        if (ob) {
            char *cb = strchr(ob, '}');
            if (!cb) {
                report(v, d, strict, lineno, (int)(ob - s) + 1, "'}'", raw);
                if (strict)
                    fatal = 1;
                continue;
            }
            *cb = 0;
            *ob = 0;
            forms = ob + 1;
        }
        char *main = trim(s);
        if (!*main) {
            report(v, d, strict, lineno, 1, "a verb", raw);
            continue;
        }
        const char *text = karena_strdup(&v->mem, trim(raw));
        int bi = (int)v->nblocks - 1;
        int has_forms = forms && strspn(forms, " \t") < strlen(forms);
        add_spelling(v, bi, main, code, code2, !ob, text, lineno);
        if (has_forms) {
            char *p = forms;
            while (*p) {
                while (*p == ' ' || *p == '\t')
                    p++;
                if (!*p)
                    break;
                char *w = p;
                while (*p && *p != ' ' && *p != '\t')
                    p++;
                if (*p)
                    *p++ = 0;
                /* a multi-word main verb: forms of it are full spellings when
                 * they contain '+' or '_', else just the verb word */
                if (strchr(w, '+') || strchr(w, '_') || (!strchr(main, '+') && !strchr(main, '_') && !strchr(main, ' ')))
                    add_spelling(v, bi, w, code, code2, 0, text, lineno);
                else {
                    /* replace the verb word of main by w */
                    char sp[512];
                    char mcopy[256];
                    snprintf(mcopy, sizeof mcopy, "%s", main);
                    char *plus = strchr(mcopy, '+');
                    if (plus) {
                        char *end = plus + 1;
                        while (*end && *end != '_' && *end != ' ')
                            end++;
                        snprintf(sp, sizeof sp, "%.*s+%s%s", (int)(plus - mcopy), mcopy, w, end);
                    } else {
                        char *end = mcopy;
                        while (*end && *end != '_' && *end != ' ')
                            end++;
                        snprintf(sp, sizeof sp, "+%s%s", w, end);
                    }
                    add_spelling(v, bi, sp, code, code2, 0, text, lineno);
                }
            }
        }
        blockverb++;
    }
    free(line);
    fclose(fp);
    close_block(v);
    free(v->pat);
    v->pat = NULL;
    for (size_t i = 0; i < v->nsyn; i++)
        if (!v->syn[i].defined) {
            kloc l = {v->file, 0, 0, NULL};
            kdiag_report(d, KD_WARN, &l, "synset '%s' used but never defined", v->syn[i].name);
        }
    v->synpub = xcalloc(v->nsyn ? v->nsyn : 1, sizeof *v->synpub);
    for (size_t i = 0; i < v->nsyn; i++) {
        v->synpub[i].name = v->syn[i].name;
        v->synpub[i].alt = (const kpitem **)v->syn[i].alt;
        v->synpub[i].nalt_items = v->syn[i].nitems;
        v->synpub[i].nalt = v->syn[i].nalt;
    }
    for (size_t i = 0; i < v->nsyn; i++)
        synset_firsts(v, (int)i);
    build_index(v);
    resolve_transforms(v, d, strict);
    if (v->p2patterns > 0)
        drop_redefined(v);
    if (v->skipped) {
        kloc l = {v->file, 0, 0, NULL};
        kdiag_report(d, KD_NOTE, &l, "%d malformed verb entries skipped", v->skipped);
    }
    if (fatal || (strict && v->skipped)) {
        kverbs_free(v);
        return NULL;
    }
    return v;
}

void kverbs_free(kverbs *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->nsyn; i++) {
        free(v->syn[i].name);
        free(v->syn[i].alt);
        free(v->syn[i].nitems);
    }
    free(v->syn);
    free(v->synpub);
    free(v->blocks);
    free(v->forms);
    free(v->formword);
    free(v->tab);
    free(v->pat);
    free(v->file);
    free(v->tf);
    free(v->tfraw);
    karena_free(&v->mem);
    free(v);
}

int kverbs_transforms(const kverbs *v, const ktransform **out)
{
    *out = v ? v->tf : NULL;
    return v ? (int)v->ntf : 0;
}

int kverbs_forms(const kverbs *v, int w, const kverbform **out)
{
    *out = NULL;
    if (!v || w <= 0 || !v->tab)
        return 0;
    int h = fkey_hash(w, v->tabmask);
    while (v->tab[h].word) {
        if (v->tab[h].word == w) {
            *out = v->forms + v->tab[h].start;
            return v->tab[h].count;
        }
        h = (h + 1) & v->tabmask;
    }
    return 0;
}

const kverb_block *kverbs_block(const kverbs *v, int i)
{
    return (i >= 0 && (size_t)i < v->nblocks) ? &v->blocks[i] : NULL;
}

const ksynset *kverbs_synset(const kverbs *v, int i)
{
    return (i >= 0 && (size_t)i < v->nsyn) ? &v->synpub[i] : NULL;
}

int kverbs_dialect(const kverbs *v)
{
    return v && v->p2patterns > 0 ? 2 : 1;
}

const char *kverbs_file(const kverbs *v)
{
    return v->file;
}

void kverbs_stats_get(const kverbs *v, kverbs_stats *st)
{
    memset(st, 0, sizeof *st);
    if (!v)
        return;
    st->blocks = (int)v->nblocks;
    st->forms = (int)v->nforms;
    st->patterns = v->npatterns;
    st->synsets = (int)v->nsyn;
    st->transforms = v->transforms;
    st->skipped = v->skipped;
}
