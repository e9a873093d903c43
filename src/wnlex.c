/* wnlex.c: see wnlex.h */
#include "wnlex.h"
#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { P_N, P_V, P_A, P_R, NPOS };
static const char *const pos_name[NPOS] = {"noun", "verb", "adj", "adv"};
static const uint32_t base_bit[NPOS] = {KWN_N, KWN_V, KWN_J, KWN_R};

/* WordNet's detachment rules (morph.c), read backwards: a lemma ending in
 * `end` gives the form with `end` replaced by `suf`. */
typedef struct wrule {
    int pos;
    const char *suf, *end;
    uint32_t bit;
} wrule;

static const wrule rules[] = {
    {P_N, "s", "", KWN_NS},     {P_N, "ses", "s", KWN_NS},   {P_N, "xes", "x", KWN_NS},  {P_N, "zes", "z", KWN_NS},
    {P_N, "ches", "ch", KWN_NS}, {P_N, "shes", "sh", KWN_NS}, {P_N, "men", "man", KWN_NS}, {P_N, "ies", "y", KWN_NS},
    {P_V, "s", "", KWN_VZ},     {P_V, "ies", "y", KWN_VZ},   {P_V, "es", "e", KWN_VZ},   {P_V, "es", "", KWN_VZ},
    {P_V, "ed", "e", KWN_VD},   {P_V, "ed", "", KWN_VD},     {P_V, "ing", "e", KWN_VG},  {P_V, "ing", "", KWN_VG},
    {P_A, "er", "", KWN_JR},    {P_A, "est", "", KWN_JS},    {P_A, "er", "e", KWN_JR},   {P_A, "est", "e", KWN_JS},
};

static int ends(const char *s, size_t n, const char *e)
{
    size_t k = strlen(e);
    return k <= n && !memcmp(s + n - k, e, k);
}

static int vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Whether rule r applied to lemma L (length n) gives a form morphy would
 * map back: the ending matches, and the "" endings are not used where
 * another rule owns the spelling (walkes, makeed, citys, busss). */
static int rule_fits(const wrule *r, const char *L, size_t n)
{
    if (!ends(L, n, r->end))
        return 0;
    if (*r->end)
        return 1;
    char last = n ? L[n - 1] : 0, prev = n >= 2 ? L[n - 2] : 0;
    int sib = ends(L, n, "s") || ends(L, n, "x") || ends(L, n, "z") || ends(L, n, "ch") || ends(L, n, "sh");
    if (!strcmp(r->suf, "s"))
        return !sib && !(last == 'y' && !vowel(prev));
    if (!strcmp(r->suf, "es"))
        return sib || last == 'o';
    if (!strcmp(r->suf, "ed") || !strcmp(r->suf, "ing") || !strcmp(r->suf, "er") || !strcmp(r->suf, "est"))
        return last != 'e' || (!strcmp(r->suf, "ing") && (prev == 'e' || prev == 'y' || prev == 'o'));
    return 1;
}

static void add_bits(kwc *lex, const char *form, uint32_t bits)
{
    uint64_t key = ktag_word_key(form);
    uint32_t old = kwc_code(lex, key);
    kwc_add(lex, key, (old ? old : KWN_MARK) | bits);
}

/* One-word lemma from an index or exception line; NULL for multiword
 * (collocations joined by '_') and over-long entries. */
static const char *word_field(char *line, char **rest)
{
    char *sp = strchr(line, ' ');
    if (!sp)
        return NULL;
    *sp = 0;
    *rest = sp + 1;
    if (strchr(line, '_') || sp - line > 60 || sp == line)
        return NULL;
    return line;
}

/* Tables of one lexicon build. */
typedef struct wbuild {
    kwc *lex;
    kwc top; /* lemma key -> marker | pos << 18 | SemCor tag count */
    kwc cas; /* lemma key -> KWN_MARK | KWN_CAP / KWN_LOW */
    int p;   /* part of speech of the file being read */
} wbuild;

/* Calls fn on every line of dir/NAME, NAME = fmt with the part of speech
 * p's file name ("data.%s" -> data.noun).  A file that cannot be opened, or
 * a line fn refuses (-1), is reported with its path (and line number, as a
 * malformed WordNet WHAT line); then -1. */
static int each_line(const char *dir, const char *fmt, wbuild *B, int (*fn)(wbuild *, char *), const char *what,
                     kdiag *d)
{
    char name[32];
    snprintf(name, sizeof name, fmt, pos_name[B->p]);
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = xmalloc(n);
    snprintf(path, n, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) {
        kloc loc = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &loc, "cannot open WordNet file");
        free(path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    long lno = 0;
    int rc = 0;
    while (rc == 0 && getline(&line, &cap, f) > 0) {
        lno++;
        if (fn(B, line) != 0) {
            kloc loc = {path, (int)lno, 1, NULL};
            kdiag_report(d, KD_ERROR, &loc, "malformed WordNet %s line", what);
            rc = -1;
        }
    }
    free(line);
    fclose(f);
    free(path);
    return rc;
}

/* data.*: "offset lex_filenum ss_type w_cnt(hex) word lex_id ...": whether
 * the synsets spell each word capitalized or in lower case. */
static int data_line(wbuild *B, char *line)
{
    if (line[0] == ' ')
        return 0; /* licence header */
    char *sv, *tok[4];
    int nt = 0;
    for (char *s = line; nt < 4 && (tok[nt] = strtok_r(s, " \n", &sv)) != NULL; s = NULL)
        nt++;
    long wc = nt == 4 ? strtol(tok[3], NULL, 16) : -1;
    if (wc < 1)
        return -1;
    for (long k = 0; k < wc; k++) {
        char *w = strtok_r(NULL, " \n", &sv), *id = strtok_r(NULL, " \n", &sv);
        if (!w || !id)
            break;
        char *paren = strchr(w, '('); /* adjective markers: big(a) */
        if (paren)
            *paren = 0;
        if (!*w || strchr(w, '_'))
            continue;
        uint64_t key = ktag_word_key(w);
        uint32_t bit = w[0] >= 'A' && w[0] <= 'Z' ? KWN_CAP : KWN_LOW;
        uint32_t old = kwc_code(&B->cas, key);
        kwc_add(&B->cas, key, (old ? old : KWN_MARK) | bit);
    }
    return 0;
}

/* index.*: "lemma pos synset_cnt p_cnt ptr... sense_cnt tagsense_cnt": the
 * lemma, its inflections by the detachment rules, its SemCor count. */
static int index_line(wbuild *B, char *line)
{
    if (line[0] == ' ')
        return 0; /* licence header */
    int p = B->p;
    char *rest;
    const char *L = word_field(line, &rest);
    if (!L)
        return 0;
    char *tok[64];
    int nt = 0;
    char *sv;
    for (char *s = strtok_r(rest, " \n", &sv); s && nt < 64; s = strtok_r(NULL, " \n", &sv))
        tok[nt++] = s;
    int pc = nt >= 3 ? atoi(tok[2]) : -1;
    if (pc < 0 || nt < 3 + pc + 2)
        return -1;
    long tagged = atol(tok[3 + pc + 1]);
    size_t n = strlen(L);
    uint32_t lcase = kwc_code(&B->cas, ktag_word_key(L)) & KWN_CASEMASK;
    add_bits(B->lex, L, base_bit[p] | lcase);
    uint64_t key = ktag_word_key(L);
    uint32_t old = kwc_code(&B->top, key);
    long oldcnt = old ? (long)(old & 0x3ffff) : 0;
    if (tagged > oldcnt)
        kwc_add(&B->top, key, 1u << 23 | (uint32_t)p << 18 | (uint32_t)(tagged > 0x3ffff ? 0x3ffff : tagged));
    char form[128];
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        const wrule *R = &rules[r];
        if (R->pos != p || !rule_fits(R, L, n))
            continue;
        size_t stem = n - strlen(R->end);
        if (p == P_N && (stem + strlen(R->suf) <= 2 || (!strcmp(R->suf, "s") && ends(L, n, "s"))))
            continue;
        snprintf(form, sizeof form, "%.*s%s", (int)stem, L, R->suf);
        add_bits(B->lex, form, R->bit | lcase);
    }
    return 0;
}

/* *.exc: "form lemma...": irregular forms. */
static int exc_line(wbuild *B, char *line)
{
    char *rest;
    const char *F = word_field(line, &rest);
    if (!F)
        return 0;
    size_t n = strlen(F);
    uint32_t bit;
    if (B->p == P_N)
        bit = KWN_NS;
    else if (B->p == P_V)
        bit = ends(F, n, "ing") ? KWN_VG : KWN_VD;
    else if (B->p == P_A)
        bit = ends(F, n, "st") ? KWN_JS : KWN_JR;
    else
        bit = KWN_RR;
    add_bits(B->lex, F, bit);
    return 0;
}

int kwn_build(kwc *lex, const char *dir, kdiag *d)
{
    kwc_init(lex);
    wbuild B;
    B.lex = lex;
    kwc_init(&B.top);
    kwc_init(&B.cas);
    int rc = -1;
    /* 0. capitalisation of the synset words; 1. lemmas and their generated
     * inflections; 2. irregular forms */
    for (B.p = 0; B.p < NPOS; B.p++)
        if (each_line(dir, "data.%s", &B, data_line, "data", d) != 0)
            goto out;
    for (B.p = 0; B.p < NPOS; B.p++)
        if (each_line(dir, "index.%s", &B, index_line, "index", d) != 0)
            goto out;
    for (B.p = 0; B.p < NPOS; B.p++)
        if (each_line(dir, "%s.exc", &B, exc_line, "exception", d) != 0)
            goto out;
    /* 3. most-tagged part of speech of each lemma */
    kwc *top = &B.top;
    for (uint32_t i = 0; top->tab && i <= top->mask; i++) {
        if (!top->tab[i].key || !(top->tab[i].code & 0x3ffff))
            continue;
        uint32_t p = top->tab[i].code >> 18 & 7;
        uint32_t bit = p == P_N ? KWN_TOPN : p == P_V ? KWN_TOPV : KWN_TOPA;
        uint32_t old = kwc_code(lex, top->tab[i].key);
        kwc_add(lex, top->tab[i].key, (old ? old : KWN_MARK) | bit);
    }
    rc = 0;
out:
    kwc_free(&B.top);
    kwc_free(&B.cas);
    if (rc)
        kwc_free(lex);
    return rc;
}
