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

/* Open dir/NAME, NAME = fmt with the part of speech p's file name
 * ("data.%s" -> data.noun); NULL when it cannot be opened (reported). */
static FILE *open_pos(const char *dir, const char *fmt, int p, char **path, kdiag *d)
{
    char name[32];
    snprintf(name, sizeof name, fmt, pos_name[p]);
    size_t n = strlen(dir) + strlen(name) + 2;
    *path = xmalloc(n);
    snprintf(*path, n, "%s/%s", dir, name);
    FILE *f = fopen(*path, "r");
    if (!f) {
        kloc loc = {*path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &loc, "cannot open WordNet file");
        free(*path);
    }
    return f;
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

int kwn_build(kwc *lex, const char *dir, kdiag *d)
{
    kwc_init(lex);
    kwc top; /* lemma key -> marker | pos << 18 | SemCor tag count */
    kwc_init(&top);
    kwc cas; /* lemma key -> KWN_MARK | KWN_CAP / KWN_LOW */
    kwc_init(&cas);
    char *line = NULL;
    size_t cap = 0;
    int rc = -1;
    /* 0. capitalisation of the synset words */
    for (int p = 0; p < NPOS; p++) {
        char *path;
        FILE *f = open_pos(dir, "data.%s", p, &path, d);
        if (!f)
            goto out;
        long lno = 0;
        while (getline(&line, &cap, f) > 0) {
            lno++;
            if (line[0] == ' ')
                continue;
            /* offset lex_filenum ss_type w_cnt(hex) word lex_id ... */
            char *sv, *tok[4];
            int nt = 0;
            for (char *s = line; nt < 4 && (tok[nt] = strtok_r(s, " \n", &sv)) != NULL; s = NULL)
                nt++;
            long wc = nt == 4 ? strtol(tok[3], NULL, 16) : -1;
            if (wc < 1) {
                kloc loc = {path, (int)lno, 1, NULL};
                kdiag_report(d, KD_ERROR, &loc, "malformed WordNet data line");
                fclose(f);
                free(path);
                goto out;
            }
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
                uint32_t old = kwc_code(&cas, key);
                kwc_add(&cas, key, (old ? old : KWN_MARK) | bit);
            }
        }
        fclose(f);
        free(path);
    }
    /* 1. lemmas and their generated inflections */
    for (int p = 0; p < NPOS; p++) {
        char *path;
        FILE *f = open_pos(dir, "index.%s", p, &path, d);
        if (!f)
            goto out;
        long lno = 0;
        while (getline(&line, &cap, f) > 0) {
            lno++;
            if (line[0] == ' ')
                continue; /* licence header */
            char *rest;
            const char *L = word_field(line, &rest);
            if (!L)
                continue;
            /* pos synset_cnt p_cnt ptr x p_cnt sense_cnt tagsense_cnt */
            char *tok[64];
            int nt = 0;
            char *sv;
            for (char *s = strtok_r(rest, " \n", &sv); s && nt < 64; s = strtok_r(NULL, " \n", &sv))
                tok[nt++] = s;
            int pc = nt >= 3 ? atoi(tok[2]) : -1;
            if (pc < 0 || nt < 3 + pc + 2) {
                kloc loc = {path, (int)lno, 1, NULL};
                kdiag_report(d, KD_ERROR, &loc, "malformed WordNet index line");
                fclose(f);
                free(path);
                goto out;
            }
            long tagged = atol(tok[3 + pc + 1]);
            size_t n = strlen(L);
            uint32_t lcase = kwc_code(&cas, ktag_word_key(L)) & KWN_CASEMASK;
            add_bits(lex, L, base_bit[p] | lcase);
            uint64_t key = ktag_word_key(L);
            uint32_t old = kwc_code(&top, key);
            long oldcnt = old ? (long)(old & 0x3ffff) : 0;
            if (tagged > oldcnt)
                kwc_add(&top, key, 1u << 23 | (uint32_t)p << 18 | (uint32_t)(tagged > 0x3ffff ? 0x3ffff : tagged));
            char form[128];
            for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
                const wrule *R = &rules[r];
                if (R->pos != p || !rule_fits(R, L, n))
                    continue;
                size_t stem = n - strlen(R->end);
                if (p == P_N && (stem + strlen(R->suf) <= 2 || (!strcmp(R->suf, "s") && ends(L, n, "s"))))
                    continue;
                snprintf(form, sizeof form, "%.*s%s", (int)stem, L, R->suf);
                add_bits(lex, form, R->bit | lcase);
            }
        }
        fclose(f);
        free(path);
    }
    /* 2. irregular forms */
    for (int p = 0; p < NPOS; p++) {
        char *path;
        FILE *f = open_pos(dir, "%s.exc", p, &path, d);
        if (!f)
            goto out;
        while (getline(&line, &cap, f) > 0) {
            char *rest;
            const char *F = word_field(line, &rest);
            if (!F)
                continue;
            size_t n = strlen(F);
            uint32_t bit;
            if (p == P_N)
                bit = KWN_NS;
            else if (p == P_V)
                bit = ends(F, n, "ing") ? KWN_VG : KWN_VD;
            else if (p == P_A)
                bit = ends(F, n, "st") ? KWN_JS : KWN_JR;
            else
                bit = KWN_RR;
            add_bits(lex, F, bit);
        }
        fclose(f);
        free(path);
    }
    /* 3. most-tagged part of speech of each lemma */
    for (uint32_t i = 0; top.tab && i <= top.mask; i++) {
        if (!top.tab[i].key || !(top.tab[i].code & 0x3ffff))
            continue;
        uint32_t p = top.tab[i].code >> 18 & 7;
        uint32_t bit = p == P_N ? KWN_TOPN : p == P_V ? KWN_TOPV : KWN_TOPA;
        uint32_t old = kwc_code(lex, top.tab[i].key);
        kwc_add(lex, top.tab[i].key, (old ? old : KWN_MARK) | bit);
    }
    rc = 0;
out:
    free(line);
    kwc_free(&top);
    kwc_free(&cas);
    if (rc)
        kwc_free(lex);
    return rc;
}
