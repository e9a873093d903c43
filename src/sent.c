/* sent.c: see sent.h */
#include "sent.h"
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* v2 spelling of each krel, in enum order. */
static const char *const rel_names[KR__COUNT] = {
    [KR_DEP] = "dep", [KR_ROOT] = "root", [KR_NSUBJ] = "nsubj",
    [KR_NSUBJPASS] = "nsubj:pass", [KR_CSUBJ] = "csubj", [KR_OBJ] = "obj",
    [KR_IOBJ] = "iobj", [KR_OBL] = "obl", [KR_NMOD] = "nmod",
    [KR_NMODPOSS] = "nmod:poss", [KR_AMOD] = "amod", [KR_ADVMOD] = "advmod",
    [KR_NUMMOD] = "nummod", [KR_APPOS] = "appos", [KR_COMPOUND] = "compound",
    [KR_FLAT] = "flat", [KR_FIXED] = "fixed", [KR_CONJ] = "conj", [KR_CC] = "cc",
    [KR_AUX] = "aux", [KR_AUXPASS] = "aux:pass", [KR_COP] = "cop",
    [KR_MARK] = "mark", [KR_CASE] = "case", [KR_DET] = "det",
    [KR_XCOMP] = "xcomp", [KR_CCOMP] = "ccomp", [KR_ADVCL] = "advcl",
    [KR_ACL] = "acl", [KR_ACLRELCL] = "acl:relcl", [KR_PARATAXIS] = "parataxis",
    [KR_PUNCT] = "punct", [KR_EXPL] = "expl", [KR_DISCOURSE] = "discourse",
    [KR_VOCATIVE] = "vocative", [KR_LIST] = "list", [KR_ORPHAN] = "orphan",
    [KR_GOESWITH] = "goeswith", [KR_RESERVED] = "reparandum", [KR_CLF] = "clf",
    [KR_DISLOCATED] = "dislocated", [KR_NEG] = "neg",
};

const char *krel_name(krel r)
{
    if ((int)r < 0 || r >= KR__COUNT)
        return "dep";
    return rel_names[r];
}

/* Full labels (v1 and v2) whose krel is not the one of their base name. */
static const struct { const char *label; krel rel; } rel_full[] = {
    {"nsubj:pass", KR_NSUBJPASS}, {"nsubjpass", KR_NSUBJPASS},
    {"csubj:pass", KR_CSUBJ}, {"csubjpass", KR_CSUBJ},
    {"aux:pass", KR_AUXPASS}, {"auxpass", KR_AUXPASS},
    {"acl:relcl", KR_ACLRELCL}, {"nmod:poss", KR_NMODPOSS},
    {"dobj", KR_OBJ}, {"neg", KR_ADVMOD}, {"name", KR_FLAT},
    {"mwe", KR_FIXED}, {"foreign", KR_FLAT}, {"remnant", KR_ORPHAN},
    {"reparandum", KR_RESERVED}, {"nsubj:xsubj", KR_NSUBJ},
};

krel krel_parse(const char *label)
{
    char low[32];
    size_t n = 0;
    if (!label)
        return KR_DEP;
    for (; label[n] && n < sizeof low - 1; n++)
        low[n] = (char)tolower((unsigned char)label[n]);
    low[n] = 0;
    for (size_t i = 0; i < sizeof rel_full / sizeof rel_full[0]; i++)
        if (!strcmp(low, rel_full[i].label))
            return rel_full[i].rel;
    char *colon = strchr(low, ':');
    if (colon)
        *colon = 0;
    for (int r = 0; r < KR__COUNT; r++)
        if (r != KR_NSUBJPASS && r != KR_AUXPASS && r != KR_ACLRELCL &&
            r != KR_NMODPOSS && r != KR_NEG && !strcmp(low, rel_names[r]))
            return (krel)r;
    return KR_DEP;
}

/* Fill mark[j] = 1 when token j is in the subtree of i, 0 otherwise, in
 * O(n) total: each upward walk stops at the first token already decided. */
static void subtree_marks(const ksent *s, int i, signed char *mark, int *path)
{
    int n = s->ntok;
    for (int j = 0; j < n; j++)
        mark[j] = -1;
    mark[i] = 1;
    for (int j = 0; j < n; j++) {
        int np = 0, k = j, res = 0;
        while (k >= 0 && k < n && mark[k] < 0 && np < n) {
            path[np++] = k;
            mark[k] = 2;  /* on the current path: a revisit means a cycle */
            k = s->tok[k].head;
        }
        if (k >= 0 && k < n && mark[k] == 1)
            res = 1;
        while (np > 0)
            mark[path[--np]] = (signed char)res;
    }
}

void ksent_subtree(const ksent *s, int i, int *beg, int *end)
{
    *beg = *end = 0;
    if (!s || i < 0 || i >= s->ntok)
        return;
    signed char smark[256];
    int spath[256];
    signed char *mark = smark;
    int *path = spath;
    if (s->ntok > 256) {
        mark = xmalloc((size_t)s->ntok);
        path = xmalloc(xmul((size_t)s->ntok, sizeof *path));
    }
    subtree_marks(s, i, mark, path);
    int lo = i, hi = i;
    for (int j = 0; j < s->ntok; j++)
        if (mark[j] == 1) {
            if (j < lo)
                lo = j;
            if (j > hi)
                hi = j;
        }
    *beg = lo;
    *end = hi + 1;
    if (mark != smark) {
        free(mark);
        free(path);
    }
}

int ksent_child(const ksent *s, int i, krel r, int after)
{
    if (!s)
        return -1;
    for (int j = after < 0 ? 0 : after + 1; j < s->ntok; j++)
        if (s->tok[j].head == i && s->tok[j].rel == r)
            return j;
    return -1;
}

int ksent_check(const ksent *s, const char **why)
{
    const char *dummy;
    if (!why)
        why = &dummy;
    if (!s || s->ntok <= 0) {
        *why = "no tokens";
        return -1;
    }
    int n = s->ntok, roots = 0;
    for (int j = 0; j < n; j++) {
        int h = s->tok[j].head;
        if (h < -1 || h >= n) {
            *why = "head index out of range";
            return -1;
        }
        if (h == j) {
            *why = "token is its own head";
            return -1;
        }
        if (h == -1)
            roots++;
    }
    if (roots != 1) {
        *why = roots ? "more than one root" : "no root";
        return -1;
    }
    /* Cycle check: color 0 unknown, 1 on path, 2 reaches the root. */
    signed char scol[256];
    signed char *col = n > 256 ? xcalloc((size_t)n, 1) : scol;
    if (col == scol)
        memset(scol, 0, sizeof scol);
    int rc = 0;
    for (int j = 0; j < n && !rc; j++) {
        int k = j;
        while (k >= 0 && col[k] == 0) {
            col[k] = 1;
            k = s->tok[k].head;
        }
        if (k >= 0 && col[k] == 1) {
            *why = "cycle in heads";
            rc = -1;
        }
        for (k = j; k >= 0 && col[k] == 1; k = s->tok[k].head)
            col[k] = 2;
    }
    if (col != scol)
        free(col);
    if (!rc)
        *why = NULL;
    return rc;
}

const char *ksent_key(karena *a, const char *form, size_t n)
{
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)form[i] >= 0x80)
            ascii = 0;
    if (ascii) {
        char *k = karena_alloc(a, xadd(n, 1));
        for (size_t i = 0; i < n; i++)
            k[i] = (char)toupper((unsigned char)form[i]);
        return k;
    }
    /* Non-ASCII: the one folding rule of text.c (accents stripped, letters
     * like ł ø folded), so parsed input and raw text give the same keys. */
    kbuf fixed, key;
    kbuf_init(&fixed);
    kbuf_init(&key);
    ktext_repair(form, n, &fixed, NULL);
    ktext_key(fixed.s, fixed.len, &key);
    char *k = karena_strndup(a, key.s, key.len);
    kbuf_free(&fixed);
    kbuf_free(&key);
    return k;
}

static const struct { const char *x, *u; } upos_map[] = {
    {"NN", "NOUN"}, {"NNS", "NOUN"}, {"NNP", "PROPN"}, {"NNPS", "PROPN"},
    {"VB", "VERB"}, {"VBD", "VERB"}, {"VBG", "VERB"}, {"VBN", "VERB"},
    {"VBP", "VERB"}, {"VBZ", "VERB"}, {"MD", "AUX"}, {"JJ", "ADJ"},
    {"JJR", "ADJ"}, {"JJS", "ADJ"}, {"RB", "ADV"}, {"RBR", "ADV"},
    {"RBS", "ADV"}, {"WRB", "ADV"}, {"IN", "ADP"}, {"RP", "ADP"},
    {"DT", "DET"}, {"PDT", "DET"}, {"WDT", "PRON"}, {"PRP", "PRON"},
    {"PRP$", "PRON"}, {"WP", "PRON"}, {"WP$", "PRON"}, {"EX", "PRON"},
    {"CD", "NUM"}, {"CC", "CCONJ"}, {"TO", "PART"}, {"POS", "PART"},
    {"UH", "INTJ"}, {"SYM", "SYM"}, {"$", "SYM"}, {"#", "SYM"},
    {"FW", "X"}, {"LS", "X"}, {"ADD", "X"}, {"GW", "X"}, {"AFX", "ADJ"},
    {",", "PUNCT"}, {".", "PUNCT"}, {":", "PUNCT"}, {"``", "PUNCT"},
    {"''", "PUNCT"}, {"-LRB-", "PUNCT"}, {"-RRB-", "PUNCT"}, {"HYPH", "PUNCT"},
    {"NFP", "PUNCT"},
};

const char *ksent_upos_of_xpos(const char *xpos)
{
    if (!xpos || !*xpos)
        return "";
    for (size_t i = 0; i < sizeof upos_map / sizeof upos_map[0]; i++)
        if (!strcmp(xpos, upos_map[i].x))
            return upos_map[i].u;
    return "X";
}

static int sp_char(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

void ksent_align(ksent *s)
{
    const char *tx = s->text;
    if (!tx)
        return;
    size_t tl = strlen(tx), p = 0;
    for (int i = 0; i < s->ntok; i++) {
        ktok *k = &s->tok[i];
        k->beg = k->end = -1;
        while (p < tl && sp_char(tx[p]))
            p++;
        const char *f = k->form ? k->form : "";
        size_t fl = strlen(f);
        if (!fl)
            continue;
        if ((!strcmp(f, "``") || !strcmp(f, "''")) && p < tl && tx[p] == '"') {
            k->beg = (int)p;
            k->end = (int)++p;
            continue;
        }
        size_t lim = p + 40 + fl < tl ? p + 40 + fl : tl;
        for (size_t q = p; q + fl <= lim; q++)
            if (!memcmp(tx + q, f, fl)) {
                k->beg = (int)q;
                p = q + fl;
                k->end = (int)p;
                break;
            }
    }
}

int ksent_time_word(const char *key)
{
    static const char *const named[] = {
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TODAY",
        "YESTERDAY", "TOMORROW", "TONIGHT", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY",
        "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", NULL};
    static const char *const period[] = {"WEEK", "MONTH", "YEAR", "DAY", "NIGHT", "MORNING", "AFTERNOON",
                                         "EVENING", "WEEKEND", "DECADE", "WEEKS", "MONTHS", "YEARS",
                                         "DAYS", NULL};
    static const char *const deictic[] = {"THIS", "LAST", "NEXT", "EVERY", "EARLIER", "LATER", "PREVIOUS",
                                          "COMING", "THAT", "SAME", NULL};
    static const char *const *const lists[] = {named, period, deictic};
    if (!key)
        return 0;
    for (int l = 0; l < 3; l++)
        for (const char *const *w = lists[l]; *w; w++)
            if (!strcmp(key, *w))
                return l + 1;
    return 0;
}
