/* ptb.c: see ptb.h.
 *
 * Three passes over a flat node array, all iterative:
 *   1. read the brackets into nodes (pre-order: a parent's index is below
 *      its children's) and words into tokens;
 *   2. walk the nodes from the last to the first (children before parents):
 *      pick each phrase's head child (head rules) and attach the head token
 *      of every other child to the phrase's head token, labelled from the
 *      configuration (phrase category, side of the head, function tags,
 *      neighbours);
 *   3. copy phrases out, align tokens to the sentence text.
 *
 * Coordination (X CC X, X , X CC X) is found before head finding; the first
 * conjunct is the head, the others are conj, each CC/comma attaches to the
 * conjunct after it (UD v2). */
#include "ptb.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum cat {
    C_OTHER, C_WORD, C_ROOT, C_S, C_SINV, C_SQ, C_SBAR, C_SBARQ, C_NP, C_NML,
    C_VP, C_PP, C_ADJP, C_ADVP, C_QP, C_PRN, C_PRT, C_WHNP, C_WHADVP, C_WHPP,
    C_WHADJP, C_UCP, C_CONJP, C_RRC, C_INTJ, C_FRAG, C_X
};

#define CN(x, c) {x, sizeof(x) - 1, c}
static const struct { const char *s; size_t n; int c; } cat_names[] = {
    CN("ROOT", C_ROOT), CN("TOP", C_ROOT), CN("S", C_S), CN("SINV", C_SINV), CN("SQ", C_SQ),
    CN("SBAR", C_SBAR), CN("SBARQ", C_SBARQ), CN("NP", C_NP), CN("NML", C_NML),
    CN("NX", C_NML), CN("NAC", C_NML), CN("VP", C_VP), CN("PP", C_PP), CN("ADJP", C_ADJP),
    CN("ADVP", C_ADVP), CN("QP", C_QP), CN("PRN", C_PRN), CN("PRT", C_PRT),
    CN("WHNP", C_WHNP), CN("WHADVP", C_WHADVP), CN("WHPP", C_WHPP),
    CN("WHADJP", C_WHADJP), CN("UCP", C_UCP), CN("CONJP", C_CONJP), CN("RRC", C_RRC),
    CN("INTJ", C_INTJ), CN("FRAG", C_FRAG), CN("X", C_X), CN("LST", C_X),
};

enum { F_TMP = 1, F_ADV = 2, F_SBJ = 4, F_PRD = 8, F_LTMP = 16 /* temporal by its words */ };

/* Word classes from the tag. */
enum wcls {
    W_OTHER, W_NOUN, W_PRON, W_VERB, W_MD, W_TO, W_ADJ, W_ADV, W_DET, W_POSS,
    W_CD, W_CC, W_IN, W_RP, W_POS, W_PUNCT, W_EX, W_WH, W_UH, W_SYM
};

typedef struct node {
    int parent, first, last, next; /* children list, -1 = none */
    int tok;                       /* preterminal: its token, else -1 */
    int cat, fn;
    int beg, end;                  /* token span; end <= beg: empty */
    int head;                      /* head token */
    int hkid;                      /* head child node */
    int off;                       /* offset of '(' in the tree text */
    int lab, lablen;               /* label in the tree text */
    unsigned char passive;         /* VP: contains a passive auxiliary chain */
    unsigned char exist;           /* VP: predicate of an existential clause */
    unsigned char subj;            /* S: has a subject before its head */
    unsigned char clausal;         /* PP: its head child is a clause */
    unsigned char dline;           /* NP: headed past a sentence-initial dateline */
    unsigned char wh;              /* SBAR: 1 WHNP, 2 WHADVP, 3 WHPP */
    int mark;                      /* SBAR: first complementizer token, -1 */
    int whtok;                     /* SBAR: head token of its WH phrase, -1 */
} node;

typedef struct plab { krel r; const char *s; } plab;

#define L(name, rel, str) static const plab name = {rel, str}
L(LB_DEP, KR_DEP, "dep");
L(LB_NSUBJ, KR_NSUBJ, "nsubj");
L(LB_NSUBJPASS, KR_NSUBJPASS, "nsubj:pass");
L(LB_CSUBJ, KR_CSUBJ, "csubj");
L(LB_OBJ, KR_OBJ, "obj");
L(LB_IOBJ, KR_IOBJ, "iobj");
L(LB_OBL, KR_OBL, "obl");
L(LB_OBLTMOD, KR_OBL, "obl:tmod");
L(LB_OBLNPMOD, KR_OBL, "obl:npmod");
L(LB_OBLAGENT, KR_OBL, "obl:agent");
L(LB_NMOD, KR_NMOD, "nmod");
L(LB_NMODTMOD, KR_NMOD, "nmod:tmod");
L(LB_NMODNPMOD, KR_NMOD, "nmod:npmod");
L(LB_POSS, KR_NMODPOSS, "nmod:poss");
L(LB_AMOD, KR_AMOD, "amod");
L(LB_ADVMOD, KR_ADVMOD, "advmod");
L(LB_NUMMOD, KR_NUMMOD, "nummod");
L(LB_APPOS, KR_APPOS, "appos");
L(LB_COMPOUND, KR_COMPOUND, "compound");
L(LB_PRT, KR_COMPOUND, "compound:prt");
L(LB_FIXED, KR_FIXED, "fixed");
L(LB_CONJ, KR_CONJ, "conj");
L(LB_CC, KR_CC, "cc");
L(LB_PRECONJ, KR_CC, "cc:preconj");
L(LB_AUX, KR_AUX, "aux");
L(LB_AUXPASS, KR_AUXPASS, "aux:pass");
L(LB_COP, KR_COP, "cop");
L(LB_MARK, KR_MARK, "mark");
L(LB_CASE, KR_CASE, "case");
L(LB_DET, KR_DET, "det");
L(LB_PREDET, KR_DET, "det:predet");
L(LB_XCOMP, KR_XCOMP, "xcomp");
L(LB_CCOMP, KR_CCOMP, "ccomp");
L(LB_ADVCL, KR_ADVCL, "advcl");
L(LB_ACL, KR_ACL, "acl");
L(LB_RELCL, KR_ACLRELCL, "acl:relcl");
L(LB_PARATAXIS, KR_PARATAXIS, "parataxis");
L(LB_PUNCT, KR_PUNCT, "punct");
L(LB_EXPL, KR_EXPL, "expl");
L(LB_DISCOURSE, KR_DISCOURSE, "discourse");
#undef L

typedef struct ctx {
    ksent *s;
    const char *t;    /* tree text */
    size_t len;
    kdiag *d;
    const kloc *at;
    node *n;
    int nn, capn;
    ktok *tok;
    unsigned char *wc; /* [ntok] word class */
    int ntok;
    int *kids;         /* scratch: non-empty children of the current node */
} ctx;

/* ---- messages ---- */

static void report(ctx *c, int level, size_t off, const char *fmt, const char *arg)
{
    kloc loc = {0};
    if (c->at)
        loc = *c->at;
    int line = 0;
    size_t lastnl = 0;
    int sawnl = 0;
    for (size_t i = 0; i < off && i < c->len; i++)
        if (c->t[i] == '\n') {
            line++;
            lastnl = i + 1;
            sawnl = 1;
        }
    if (loc.line > 0) {
        loc.line += line;
        loc.col = sawnl ? (int)(off - lastnl) + 1 : (loc.col > 0 ? loc.col : 1) + (int)off;
    } else {
        loc.line = line + 1;
        loc.col = (int)(off - lastnl) + 1;
    }
    /* Quote at most 20 bytes of the offending text, on one line. */
    char near[24];
    size_t k = 0;
    if (!arg) {
        for (size_t i = off; i < c->len && k < 20 && c->t[i] != '\n'; i++)
            near[k++] = c->t[i];
        near[k] = 0;
        arg = near;
    }
    kdiag_report(c->d, level, &loc, fmt, arg);
}

/* ---- reading ---- */

static int is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

static size_t skip_ws(const ctx *c, size_t i)
{
    while (i < c->len && is_space(c->t[i]))
        i++;
    return i;
}

static size_t atom_end(const ctx *c, size_t i)
{
    while (i < c->len && !is_space(c->t[i]) && c->t[i] != '(' && c->t[i] != ')')
        i++;
    return i;
}

static int new_node(ctx *c, int parent, size_t off)
{
    if (c->nn == c->capn)
        return -1;
    int k = c->nn++;
    node *x = &c->n[k];
    memset(x, 0, sizeof *x);
    x->parent = parent;
    x->first = x->last = x->next = -1;
    x->tok = -1;
    x->hkid = -1;
    x->head = -1;
    x->mark = x->whtok = -1;
    x->off = (int)off;
    if (parent >= 0) {
        node *p = &c->n[parent];
        if (p->last >= 0)
            c->n[p->last].next = k;
        else
            p->first = k;
        p->last = k;
    }
    return k;
}

static void set_label(ctx *c, node *x, size_t b, size_t e)
{
    x->lab = (int)b;
    x->lablen = (int)(e - b);
    const char *p = c->t + b;
    size_t n = e - b, base = n;
    /* Function tags: NP-TMP, NP-SBJ-1, PP-LOC=2; "-LRB-" and "-NONE-" are tags. */
    if (n > 1 && p[0] != '-')
        for (size_t i = 1; i < n; i++)
            if (p[i] == '-' || p[i] == '=') {
                base = i;
                break;
            }
    for (size_t i = base; i < n;) {
        size_t j = i + 1;
        while (j < n && p[j] != '-' && p[j] != '=')
            j++;
        size_t fl = j - i - 1;
        const char *f = p + i + 1;
        if (fl == 3 && !memcmp(f, "TMP", 3))
            x->fn |= F_TMP;
        else if (fl == 3 && !memcmp(f, "ADV", 3))
            x->fn |= F_ADV;
        else if (fl == 3 && !memcmp(f, "SBJ", 3))
            x->fn |= F_SBJ;
        else if (fl == 3 && !memcmp(f, "PRD", 3))
            x->fn |= F_PRD;
        i = j;
    }
    x->cat = C_OTHER;
    if (base == 0)
        x->cat = C_ROOT; /* "( (S ...))": the unnamed top */
    for (size_t i = 0; i < sizeof cat_names / sizeof cat_names[0]; i++)
        if (cat_names[i].n == base && cat_names[i].s[0] == p[0] && !memcmp(cat_names[i].s, p, base)) {
            x->cat = cat_names[i].c;
            break;
        }
}

static const struct { const char *esc, *txt; } unesc[] = {
    {"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"}, {"-RCB-", "}"},
    {"-LSB-", "["}, {"-RSB-", "]"},
};

static int word_class(const char *x)
{
    static const struct { const char *x; int w; } m[] = {
        {"NN", W_NOUN}, {"NNS", W_NOUN}, {"NNP", W_NOUN}, {"NNPS", W_NOUN},
        {"FW", W_NOUN}, {"PRP", W_PRON}, {"WP", W_WH}, {"WDT", W_WH},
        {"WRB", W_ADV}, {"MD", W_MD}, {"TO", W_TO}, {"JJ", W_ADJ},
        {"JJR", W_ADJ}, {"JJS", W_ADJ}, {"RB", W_ADV}, {"RBR", W_ADV},
        {"RBS", W_ADV}, {"DT", W_DET}, {"PDT", W_DET}, {"PRP$", W_POSS},
        {"WP$", W_POSS}, {"CD", W_CD}, {"CC", W_CC}, {"IN", W_IN},
        {"RP", W_RP}, {"POS", W_POS}, {"EX", W_EX}, {"UH", W_UH},
        {"$", W_SYM}, {"#", W_SYM}, {"SYM", W_SYM}, {",", W_PUNCT},
        {".", W_PUNCT}, {":", W_PUNCT}, {"``", W_PUNCT}, {"''", W_PUNCT},
        {"-LRB-", W_PUNCT}, {"-RRB-", W_PUNCT}, {"HYPH", W_PUNCT},
        {"NFP", W_PUNCT}, {"-NONE-", W_OTHER},
    };
    if (x[0] == 'V' && x[1] == 'B')
        return W_VERB;
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
        if (m[i].x[0] == x[0] && !strcmp(x, m[i].x))
            return m[i].w;
    return W_OTHER;
}

/* Make a token from the preterminal x: tag t[tb..te), word t[wb..we). */
static int add_token(ctx *c, node *x, size_t tb, size_t te, size_t wb, size_t we)
{
    ktok *k = &c->tok[c->ntok];
    karena *a = c->s->mem;
    const char *w = c->t + wb;
    size_t wl = we - wb;
    utf8proc_int32_t cp;
    for (size_t i = 0; i < wl;) {
        utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)w + i, (utf8proc_ssize_t)(wl - i), &cp);
        if (m <= 0) {
            report(c, KD_ERROR, wb + i, "invalid UTF-8 in word near '%s'", NULL);
            return -1;
        }
        i += (size_t)m;
    }
    const char *form = NULL;
    if (wl == 5 && w[0] == '-')
        for (size_t i = 0; i < sizeof unesc / sizeof unesc[0]; i++)
            if (!memcmp(unesc[i].esc, w, 5))
                form = unesc[i].txt;
    if (!form) {
        char *f = karena_alloc(a, wl + 1);
        size_t o = 0;
        for (size_t i = 0; i < wl; i++) {
            if (w[i] == '\\' && i + 1 < wl && (w[i + 1] == '/' || w[i + 1] == '*'))
                continue;
            f[o++] = w[i];
        }
        form = f;
    }
    k->form = form;
    k->key = ksent_key(a, form, strlen(form));
    size_t tl = te - tb;
    const char *tag = c->t + tb;
    /* AUXB/AUXD/AUXG/AUXN/AUXP/AUXZ (older PETRARCH parses): verb tags. */
    if (tl >= 3 && !memcmp(tag, "AUX", 3)) {
        static const char *const vb[] = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"};
        const char *to = "VB";
        if (tl == 4)
            for (size_t i = 0; i < 6; i++)
                if (vb[i][2] == tag[3])
                    to = vb[i];
        strcpy(k->xpos, to);
    } else {
        if (tl >= sizeof k->xpos)
            tl = sizeof k->xpos - 1;
        memcpy(k->xpos, tag, tl);
        k->xpos[tl] = 0;
    }
    const char *up = ksent_upos_of_xpos(k->xpos);
    size_t ul = strlen(up);
    memcpy(k->upos, up, ul < sizeof k->upos ? ul + 1 : 0);
    k->lemma = NULL;
    k->head = -1;
    k->rel = KR_DEP;
    k->deprel = NULL;
    k->beg = k->end = -1;
    c->wc[c->ntok] = (unsigned char)word_class(k->xpos);
    x->tok = c->ntok++;
    x->cat = C_WORD;
    return 0;
}

/* Pass 1.  Returns the index of the top node, or -1 after an error. */
static int read_tree(ctx *c)
{
    int *stack = c->kids; /* the scratch array is free during reading */
    int sp = 0, top = -1, ntops = 0;
    size_t i = skip_ws(c, 0);
    if (i >= c->len) {
        report(c, KD_ERROR, 0, "empty parse tree%s", "");
        return -1;
    }
    while (i < c->len) {
        char ch = c->t[i];
        if (ch == '(') {
            size_t open = i;
            int parent = sp ? stack[sp - 1] : -1;
            if (parent >= 0 && c->n[parent].tok >= 0) {
                report(c, KD_ERROR, i, "phrase inside a (TAG word) pair near '%s'", NULL);
                return -1;
            }
            int k = new_node(c, parent, open);
            node *x = &c->n[k];
            if (parent < 0) {
                ntops++;
                if (top < 0)
                    top = k;
                else {
                    /* A second tree: hang it under the first. */
                    x->parent = top;
                    node *p = &c->n[top];
                    if (p->last >= 0)
                        c->n[p->last].next = k;
                    else
                        p->first = k;
                    p->last = k;
                }
            }
            i = skip_ws(c, i + 1);
            size_t lb = i, le = atom_end(c, i);
            set_label(c, x, lb, le);
            i = skip_ws(c, le);
            if (i < c->len && c->t[i] != '(' && c->t[i] != ')') {
                /* (TAG word) */
                size_t wb = i, we = atom_end(c, i);
                if (le == lb) {
                    report(c, KD_ERROR, wb, "word without a tag near '%s'", NULL);
                    return -1;
                }
                i = skip_ws(c, we);
                if (i < c->len && c->t[i] != ')') {
                    report(c, KD_ERROR, i, "expected ')' after a word near '%s'", NULL);
                    return -1;
                }
                if (!(le - lb == 6 && !memcmp(c->t + lb, "-NONE-", 6))) {
                    if (add_token(c, x, lb, le, wb, we) < 0)
                        return -1;
                } else
                    x->cat = C_WORD; /* empty element: no token, span stays empty */
            }
            stack[sp++] = k;
        } else if (ch == ')') {
            if (!sp) {
                report(c, KD_ERROR, i, "unbalanced tree: unexpected ')' near '%s'", NULL);
                return -1;
            }
            sp--;
            i = skip_ws(c, i + 1);
        } else {
            size_t e = atom_end(c, i);
            if (!sp)
                report(c, KD_ERROR, i, "expected '(' near '%s'", NULL);
            else
                report(c, KD_ERROR, i, "word outside a (TAG word) pair near '%s'", NULL);
            (void)e;
            return -1;
        }
    }
    if (sp) {
        node *x = &c->n[stack[sp - 1]];
        char msg[96];
        snprintf(msg, sizeof msg, "unbalanced tree: %d '(' not closed, the innermost one '(%.*s'", sp,
                 x->lablen < 30 ? x->lablen : 30, c->t + x->lab);
        report(c, KD_ERROR, (size_t)x->off, "%s", msg);
        return -1;
    }
    if (ntops > 1)
        report(c, KD_WARN, (size_t)c->n[top].off,
               "%s", "several trees in one parse: the later ones were attached under the first");
    return top;
}

/* ---- pass 2 helpers ---- */

static int wcls_of(const ctx *c, int k)
{
    const node *x = &c->n[k];
    return x->cat == C_WORD && x->tok >= 0 ? c->wc[x->tok] : -1;
}

static int is_punct_node(const ctx *c, int k) { return wcls_of(c, k) == W_PUNCT; }

static int tok_is(const ctx *c, int t, const char *const *set)
{
    if (t < 0)
        return 0;
    for (; *set; set++)
        if (!strcmp(c->tok[t].key, *set))
            return 1;
    return 0;
}

static const char *const be_forms[] = {"BE", "AM", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING",
                                       "'S", "'RE", "'M", "AI", NULL};
static const char *const aux_forms[] = {"HAVE", "HAS", "HAD", "HAVING", "'VE", "'D", "DO", "DOES",
                                        "DID", "WILL", "WOULD", "SHALL", "SHOULD", "MAY",
                                        "MIGHT", "CAN", "COULD", "MUST", "WO", "CA", "OUGHT", NULL};
static const char *const get_forms[] = {"GET", "GETS", "GOT", "GOTTEN", "GETTING", NULL};

/* Is node k (a word) an auxiliary candidate before a VP? */
static int aux_word(const ctx *c, int k)
{
    int w = wcls_of(c, k);
    if (w == W_MD || w == W_TO)
        return 1;
    if (w != W_VERB)
        return 0;
    int t = c->n[k].tok;
    return tok_is(c, t, be_forms) || tok_is(c, t, aux_forms) || tok_is(c, t, get_forms);
}

/* Coordination family of a child, or -1 when it cannot be a conjunct. */
static int family(const ctx *c, int k)
{
    const node *x = &c->n[k];
    switch (x->cat) {
    case C_NP: case C_NML: case C_WHNP: return 1;
    case C_VP: return 2;
    case C_S: case C_SINV: case C_SQ: case C_SBAR: case C_SBARQ: case C_FRAG: return 3;
    case C_ADJP: case C_WHADJP: return 4;
    case C_ADVP: case C_WHADVP: return 5;
    case C_PP: case C_WHPP: return 6;
    case C_QP: return 7;
    case C_PRN: case C_UCP: case C_RRC: case C_INTJ: case C_X: case C_OTHER: return 10 + x->cat;
    case C_WORD:
        switch (wcls_of(c, k)) {
        case W_NOUN: case W_PRON: return 1;
        case W_VERB: return 2;
        case W_ADJ: return 4;
        case W_ADV: return 5;
        case W_CD: return 7;
        case W_IN: return 8;
        case W_DET: return 9;
        default: return -1;
        }
    default: return -1;
    }
}

static int is_cc_node(const ctx *c, int k)
{
    return wcls_of(c, k) == W_CC || c->n[k].cat == C_CONJP;
}

static int is_sep_node(const ctx *c, int k)
{
    if (!is_punct_node(c, k))
        return 0;
    const char *f = c->tok[c->n[k].tok].form;
    return !strcmp(f, ",") || !strcmp(f, ";") || !strcmp(f, ":") || !strcmp(f, "--");
}

static void link(ctx *c, int dep, int head, const plab *l)
{
    if (dep < 0 || head < 0 || dep == head)
        return;
    c->tok[dep].head = head;
    c->tok[dep].rel = l->r;
    c->tok[dep].deprel = l->s;
}

/* ---- head rules ---- */

static int first_of(const ctx *c, const int *K, int n, const int *cats, int ncats)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < ncats; j++)
            if (c->n[K[i]].cat == cats[j])
                return i;
    return -1;
}

static int first_wcls(const ctx *c, const int *K, int n, int w, int from_right)
{
    for (int j = 0; j < n; j++) {
        int i = from_right ? n - 1 - j : j;
        if (wcls_of(c, K[i]) == w)
            return i;
    }
    return -1;
}

static int first_nonpunct(const ctx *c, const int *K, int n)
{
    for (int i = 0; i < n; i++)
        if (!is_punct_node(c, K[i]))
            return i;
    return 0;
}

static int np_head(const ctx *c, const int *K, int n)
{
    /* Rightmost noun word (possessive 's and punctuation skipped). */
    for (int i = n - 1; i >= 0; i--) {
        int w = wcls_of(c, K[i]);
        if (w == W_NOUN || c->n[K[i]].cat == C_NML)
            return i;
        if (w == W_ADJ && i == n - 1 && !strcmp(c->tok[c->n[K[i]].tok].xpos, "JJR"))
            return i;
    }
    /* The first NP, skipping determiner-only ones ("(NP (DT Neither))"). */
    int i = -1;
    for (int j = 0; j < n && i < 0; j++)
        if (c->n[K[j]].cat == C_NP && !(c->n[K[j]].head >= 0 && c->wc[c->n[K[j]].head] == W_DET))
            i = j;
    if (i < 0) {
        int nps[] = {C_NP};
        i = first_of(c, K, n, nps, 1);
    }
    if (i >= 0)
        return i;
    for (int j = n - 1; j >= 0; j--) {
        int w = wcls_of(c, K[j]), ct = c->n[K[j]].cat;
        if (w == W_SYM || ct == C_ADJP || ct == C_PRN)
            return j;
    }
    if ((i = first_wcls(c, K, n, W_CD, 1)) >= 0)
        return i;
    for (int j = n - 1; j >= 0; j--) {
        int w = wcls_of(c, K[j]), ct = c->n[K[j]].cat;
        if (w == W_ADJ || w == W_ADV || ct == C_QP || w == W_PRON || w == W_WH || w == W_DET)
            return j;
    }
    for (int j = n - 1; j >= 0; j--)
        if (!is_punct_node(c, K[j]) && wcls_of(c, K[j]) != W_POS)
            return j;
    return n - 1;
}

static int vp_head(ctx *c, int x, const int *K, int n)
{
    /* Auxiliary + VP: the VP. */
    for (int i = 0; i < n; i++)
        if (c->n[K[i]].cat == C_VP) {
            for (int j = 0; j < i; j++)
                if (aux_word(c, K[j]))
                    return i;
            break;
        }
    /* do/modal + a subject-less S around a bare verb phrase (a parser
     * quirk: "did (S (VP allow ...))"): the S. */
    for (int i = 1; i < n; i++) {
        node *sx = &c->n[K[i]];
        if (sx->cat != C_S || sx->subj || sx->hkid < 0 || c->n[sx->hkid].cat != C_VP || sx->head < 0 ||
            strcmp(c->tok[sx->head].xpos, "VB"))
            continue;
        int f = c->n[sx->hkid].first;
        if (f >= 0 && wcls_of(c, f) == W_TO)
            break;
        static const char *const dos[] = {"DO", "DOES", "DID", NULL};
        int w = wcls_of(c, K[i - 1]);
        if (w == W_MD || (w == W_VERB && tok_is(c, c->n[K[i - 1]].tok, dos)))
            return i;
        break;
    }
    /* Copula: a form of "be" followed by a predicate, no VP. */
    if (!c->n[x].exist) {
        for (int i = 0; i < n; i++) {
            if (wcls_of(c, K[i]) != W_VERB)
                continue;
            if (!tok_is(c, c->n[K[i]].tok, be_forms))
                break;
            int best = -1;
            for (int j = i + 1; j < n && best < 0; j++) {
                int ct = c->n[K[j]].cat;
                if (ct == C_VP || ct == C_S || ct == C_SBAR)
                    break;
                if ((ct == C_NP && !(c->n[K[j]].fn & F_TMP)) || ct == C_ADJP ||
                    wcls_of(c, K[j]) == W_ADJ || wcls_of(c, K[j]) == W_NOUN ||
                    wcls_of(c, K[j]) == W_PRON || wcls_of(c, K[j]) == W_CD)
                    best = j;
            }
            for (int j = i + 1; j < n && best < 0; j++) {
                int ct = c->n[K[j]].cat;
                if (ct == C_VP || ct == C_S || ct == C_SBAR)
                    break;
                if ((ct == C_PP && !c->n[K[j]].clausal) || ct == C_ADVP || ct == C_UCP)
                    best = j;
            }
            if (best >= 0)
                return best;
            break;
        }
    }
    static const int pref[] = {W_TO, W_VERB, W_MD};
    for (int j = 0; j < n; j++)
        for (int p = 0; p < 3; p++)
            if (wcls_of(c, K[j]) == pref[p])
                return j;
    int vps[] = {C_VP, C_ADJP, C_NP};
    int i = first_of(c, K, n, vps, 3);
    if (i >= 0)
        return i;
    return first_nonpunct(c, K, n);
}

static int s_head(const ctx *c, const int *K, int n, int cat)
{
    int vps[] = {C_VP};
    int i = first_of(c, K, n, vps, 1);
    if (i >= 0)
        return i;
    if (cat == C_SINV || cat == C_SQ)
        for (int j = 0; j < n; j++) {
            int w = wcls_of(c, K[j]);
            if (w == W_VERB || w == W_MD)
                return j;
        }
    int cl[] = {C_S, C_SINV, C_SQ, C_SBAR, C_FRAG, C_ADJP, C_UCP, C_NP, C_PP, C_ADVP};
    for (size_t p = 0; p < sizeof cl / sizeof cl[0]; p++)
        for (int j = 0; j < n; j++)
            if (c->n[K[j]].cat == cl[p])
                return j;
    return first_nonpunct(c, K, n);
}

static int pp_head(ctx *c, int x, const int *K, int n)
{
    /* The object after the preposition(s): content head. */
    int seen_p = 0;
    for (int i = 0; i < n; i++) {
        int w = wcls_of(c, K[i]), ct = c->n[K[i]].cat;
        if (w == W_IN || w == W_TO || w == W_RP || w == W_VERB || w == W_ADJ) {
            seen_p = 1;
            continue;
        }
        if (w == W_PUNCT || w == W_ADV || ct == C_ADVP || w == W_CC)
            continue;
        if (ct == C_S || ct == C_SBAR || ct == C_VP || ct == C_SQ || ct == C_SINV) {
            c->n[x].clausal = 1;
            return i;
        }
        if (ct == C_PP) {
            c->n[x].clausal = c->n[K[i]].clausal;
            return i;
        }
        if (seen_p || ct == C_NP)
            return i;
    }
    int i = first_wcls(c, K, n, W_IN, 0);
    if (i < 0)
        i = first_wcls(c, K, n, W_TO, 0);
    return i >= 0 ? i : first_nonpunct(c, K, n);
}

static int sbar_head(ctx *c, int x, const int *K, int n)
{
    node *sx = &c->n[x];
    int h = -1;
    for (int i = 0; i < n; i++) {
        int ct = c->n[K[i]].cat, w = wcls_of(c, K[i]);
        if (ct == C_WHNP || ct == C_WHADVP || ct == C_WHPP || ct == C_WHADJP) {
            if (!sx->wh) {
                sx->wh = ct == C_WHNP ? 1 : ct == C_WHPP ? 3 : 2;
                sx->whtok = c->n[K[i]].head;
            }
        } else if ((w == W_IN || w == W_TO || w == W_DET || w == W_WH) && h < 0) {
            if (sx->mark < 0)
                sx->mark = c->n[K[i]].tok;
        } else if (h < 0 && (ct == C_S || ct == C_SQ || ct == C_SINV || ct == C_FRAG ||
                             ct == C_SBAR || ct == C_VP))
            h = i;
    }
    if (h < 0)
        h = n - 1;
    while (h > 0 && is_punct_node(c, K[h]))
        h--;
    return h;
}

static int adjp_head(const ctx *c, const int *K, int n)
{
    for (int i = 0; i < n; i++) {
        int w = wcls_of(c, K[i]);
        if (w == W_ADJ || c->n[K[i]].cat == C_ADJP ||
            (w == W_VERB && (c->tok[c->n[K[i]].tok].xpos[2] == 'N' || c->tok[c->n[K[i]].tok].xpos[2] == 'G')))
            return i;
    }
    for (int i = 0; i < n; i++) {
        int w = wcls_of(c, K[i]);
        if (w == W_NOUN || w == W_CD || c->n[K[i]].cat == C_NP || c->n[K[i]].cat == C_QP)
            return i;
    }
    return first_nonpunct(c, K, n);
}

static int advp_head(const ctx *c, const int *K, int n)
{
    for (int i = n - 1; i >= 0; i--)
        if (wcls_of(c, K[i]) == W_ADV || c->n[K[i]].cat == C_ADVP)
            return i;
    for (int i = 0; i < n; i++) {
        int w = wcls_of(c, K[i]);
        if (w == W_ADJ || w == W_IN || w == W_NOUN || w == W_CD || c->n[K[i]].cat == C_NP)
            return i;
    }
    return first_nonpunct(c, K, n);
}

static int qp_head(const ctx *c, const int *K, int n)
{
    int i = first_wcls(c, K, n, W_SYM, 0);
    if (i >= 0)
        return i;
    if ((i = first_wcls(c, K, n, W_CD, 1)) >= 0) {
        /* "5 million": the first number of the final run. */
        while (i > 0 && wcls_of(c, K[i - 1]) == W_CD)
            i--;
        return i;
    }
    return np_head(c, K, n);
}

/* ---- labelling ---- */

static int is_clause_cat(int ct) { return ct == C_S || ct == C_SINV || ct == C_SQ || ct == C_SBARQ || ct == C_FRAG; }

/* A noun phrase that names a time by its words, for parses without
 * NP-TMP: "Wednesday", "last week", "this month" (head word in the list,
 * or a period word after this/last/next/every/...). */
static int temporal_np(const ctx *c, int k)
{
    const node *x = &c->n[k];
    if (x->fn & F_TMP)
        return 1;
    if (x->head < 0 || c->wc[x->head] != W_NOUN || (x->cat != C_NP && x->cat != C_NML && x->cat != C_WORD))
        return 0;
    int w = ksent_time_word(c->tok[x->head].key);
    if (w == KTIME_NAMED)
        return 1;
    return w == KTIME_PERIOD && x->beg < x->head && ksent_time_word(c->tok[x->beg].key) == KTIME_DEICTIC;
}

static const plab *nominal_dep_in_clause(const ctx *c, int k)
{
    const node *x = &c->n[k];
    if (x->fn & F_TMP)
        return &LB_OBLTMOD;
    if (x->fn & F_ADV)
        return &LB_OBLNPMOD;
    return NULL;
}

/* Label of child k (a non-head, non-coordination child of phrase x whose
 * head child is K[h]) at position i of K. */
static const plab *label_of(ctx *c, int x, const int *K, int n, int h, int i)
{
    node *px = &c->n[x];
    int k = K[i];
    node *kx = &c->n[k];
    int ct = kx->cat, w = wcls_of(c, k);
    int before = i < h;
    int htok = c->n[K[h]].head;
    int hverb = htok >= 0 && (c->wc[htok] == W_VERB || c->wc[htok] == W_MD);
    int prev_sep = i > 0 && is_sep_node(c, K[i - 1]);

    if (w == W_PUNCT)
        return &LB_PUNCT;
    if (w == W_CC || ct == C_CONJP)
        return &LB_CC;
    if (w == W_POS)
        return &LB_CASE;
    if (w == W_UH || ct == C_INTJ)
        return &LB_DISCOURSE;
    if (ct == C_PRN)
        return px->cat == C_NP || px->cat == C_NML ? &LB_APPOS : &LB_PARATAXIS;

    switch (px->cat) {
    case C_NP: case C_NML: case C_WHNP: case C_QP:
        if (w == W_DET)
            return !strcmp(c->tok[kx->tok].xpos, "PDT") ? &LB_PREDET : &LB_DET;
        if (w == W_POSS)
            return &LB_POSS;
        if (w == W_WH)
            return &LB_DET;
        if ((ct == C_NP || ct == C_NML) && kx->end - kx->beg == 1 && c->wc[kx->beg] == W_DET) {
            static const char *const pre[] = {"NEITHER", "EITHER", "BOTH", NULL};
            return tok_is(c, kx->beg, pre) ? &LB_PRECONJ : &LB_DET;
        }
        if (before && (is_clause_cat(c->n[K[h]].cat) || px->dline))
            return &LB_DEP; /* the dateline of a "PLACE -- clause" phrase */
        if (ct == C_NP || ct == C_NML || ct == C_WHNP) {
            /* An NP ending in 's is a possessor. */
            if (kx->end > kx->beg && c->wc[kx->end - 1] == W_POS)
                return &LB_POSS;
            if (before)
                return (kx->fn & F_TMP) ? &LB_NMODTMOD : &LB_COMPOUND;
            if ((kx->fn & F_TMP) || temporal_np(c, k))
                return &LB_NMODTMOD;
            if (prev_sep || (i > 0 && !strcmp(c->tok[c->n[K[i - 1]].tok >= 0 ? c->n[K[i - 1]].tok : 0].form, "(")))
                return &LB_APPOS;
            /* "the militant group al-Shabab": a name right after the noun */
            if (kx->head >= 0 && !strncmp(c->tok[kx->head].xpos, "NNP", 3))
                return &LB_APPOS;
            return &LB_NMODNPMOD;
        }
        if (w == W_NOUN || w == W_SYM)
            return px->cat == C_QP ? &LB_COMPOUND : &LB_COMPOUND;
        if (w == W_CD || ct == C_QP)
            return px->cat == C_QP ? &LB_COMPOUND : &LB_NUMMOD;
        if (w == W_ADJ || ct == C_ADJP || ct == C_WHADJP || w == W_VERB)
            return px->cat == C_QP ? &LB_ADVMOD : &LB_AMOD;
        if (w == W_ADV || ct == C_ADVP || ct == C_WHADVP)
            return &LB_ADVMOD;
        if (ct == C_PP || ct == C_WHPP)
            return kx->clausal ? &LB_ACL : &LB_NMOD;
        if (ct == C_SBAR) {
            if (kx->wh)
                return &LB_RELCL;
            int mk = kx->mark;
            if (mk >= 0 && !strcmp(c->tok[mk].key, "THAT") && kx->hkid >= 0 && !c->n[kx->hkid].subj) {
                /* "that" as relative pronoun: the clause's subject. */
                link(c, mk, kx->head, &LB_NSUBJ);
                return &LB_RELCL;
            }
            if (mk < 0 && kx->hkid >= 0 && c->n[kx->hkid].subj)
                return &LB_RELCL; /* "the man I saw" */
            return &LB_ACL;
        }
        if (ct == C_RRC)
            return &LB_RELCL;
        if (ct == C_VP || is_clause_cat(ct))
            return &LB_ACL;
        if (w == W_IN || w == W_TO)
            return px->cat == C_QP ? &LB_ADVMOD : &LB_CASE;
        if (w == W_PRON)
            return before ? &LB_NMODNPMOD : &LB_APPOS;
        return &LB_DEP;

    case C_VP: {
        if (w == W_MD)
            return &LB_AUX;
        if (w == W_TO)
            return before ? &LB_MARK : &LB_DEP;
        if (w == W_EX)
            return &LB_EXPL;
        if (w == W_VERB) {
            if (!before)
                return &LB_XCOMP;
            int t = kx->tok;
            if (tok_is(c, t, be_forms) || tok_is(c, t, get_forms)) {
                if (!hverb)
                    return tok_is(c, t, be_forms) ? &LB_COP : &LB_AUX;
                int hk = K[h];
                if (c->n[hk].cat == C_VP && !strcmp(c->tok[htok].xpos, "VBN") && !c->n[hk].passive &&
                    px->passive)
                    return &LB_AUXPASS;
                return &LB_AUX;
            }
            return &LB_AUX;
        }
        if (w == W_RP || ct == C_PRT)
            return &LB_PRT;
        if (w == W_ADV || ct == C_ADVP || ct == C_WHADVP)
            return &LB_ADVMOD;
        if (ct == C_NP || ct == C_NML || w == W_NOUN || w == W_PRON || w == W_CD || w == W_DET) {
            const plab *l = nominal_dep_in_clause(c, k);
            if (l)
                return l;
            if (px->exist && !before)
                return &LB_NSUBJ;
            if (temporal_np(c, k))
                return &LB_OBLTMOD;
            if (before || !hverb)
                return &LB_OBLNPMOD;
            /* Double object: the first of two NPs is the indirect object. */
            int nxt = i + 1;
            if (nxt < n && (c->n[K[nxt]].cat == C_NP) && !(c->n[K[nxt]].fn & F_TMP) && !temporal_np(c, K[nxt]))
                return &LB_IOBJ;
            return &LB_OBJ;
        }
        if (ct == C_PP || ct == C_WHPP) {
            if (kx->clausal)
                return &LB_ADVCL;
            if (px->passive && kx->head >= 0) {
                /* the agent: "by" among the PP's words */
                int pk = kx->first;
                for (; pk >= 0; pk = c->n[pk].next)
                    if (c->n[pk].tok >= 0 && !strcmp(c->tok[c->n[pk].tok].key, "BY"))
                        return &LB_OBLAGENT;
            }
            return (kx->fn & F_TMP) ? &LB_OBLTMOD : &LB_OBL;
        }
        if (ct == C_ADJP || w == W_ADJ)
            return before ? &LB_ADVMOD : &LB_XCOMP;
        if (ct == C_S || ct == C_SQ) {
            if (kx->subj)
                return prev_sep ? &LB_PARATAXIS : &LB_CCOMP;
            return prev_sep || before ? &LB_ADVCL : &LB_XCOMP;
        }
        if (ct == C_SINV || ct == C_SBARQ || ct == C_FRAG)
            return &LB_PARATAXIS;
        if (ct == C_SBAR) {
            if (prev_sep || before)
                return &LB_ADVCL;
            if (kx->wh == 1)
                return &LB_CCOMP;
            if (kx->wh == 2) {
                const char *wk = kx->whtok >= 0 ? c->tok[kx->whtok].key : "";
                return !strcmp(wk, "HOW") || !strcmp(wk, "WHY") ? &LB_CCOMP : &LB_ADVCL;
            }
            if (kx->mark < 0)
                return &LB_CCOMP;
            static const char *const comp[] = {"THAT", "WHETHER", NULL};
            return tok_is(c, kx->mark, comp) ? &LB_CCOMP : &LB_ADVCL;
        }
        if (ct == C_VP) {
            int hk = K[h];
            if (c->n[hk].cat == C_VP)
                return &LB_CONJ;
            return &LB_XCOMP;
        }
        if (w == W_IN)
            return before ? &LB_MARK : &LB_PRT;
        return &LB_DEP;
    }

    case C_S: case C_SINV: case C_SQ: case C_SBARQ: case C_ROOT: case C_FRAG:
    case C_X: case C_UCP: case C_RRC: case C_OTHER:
        if (ct == C_NP || ct == C_NML || ct == C_WHNP || w == W_NOUN || w == W_PRON ||
            w == W_EX || w == W_CD || w == W_DET) {
            const plab *l = nominal_dep_in_clause(c, k);
            if (l)
                return l;
            if (w == W_EX || (kx->end - kx->beg == 1 && c->wc[kx->beg] == W_EX))
                return &LB_EXPL;
            int subjside = px->cat == C_SINV ? !before : before;
            if (subjside) {
                /* The subject is the nominal nearest to the head. */
                int nearest = 1;
                if (before) {
                    for (int j = i + 1; j < h; j++) {
                        int cj = c->n[K[j]].cat, wj = wcls_of(c, K[j]);
                        if ((cj == C_NP || wj == W_NOUN || wj == W_PRON) && !(c->n[K[j]].fn & F_TMP))
                            nearest = 0;
                    }
                } else {
                    for (int j = h + 1; j < i; j++) {
                        int cj = c->n[K[j]].cat;
                        if (cj == C_NP && !(c->n[K[j]].fn & F_TMP))
                            nearest = 0;
                    }
                }
                if (nearest) {
                    px->subj = 1;
                    return c->n[K[h]].passive ? &LB_NSUBJPASS : &LB_NSUBJ;
                }
                return &LB_OBLNPMOD;
            }
            if (px->cat == C_SQ && !before)
                return &LB_NSUBJ;
            return prev_sep ? &LB_APPOS : &LB_OBJ;
        }
        if (ct == C_S || ct == C_SQ || ct == C_SINV || ct == C_SBARQ || ct == C_FRAG) {
            if (before) {
                int adj = 1;
                for (int j = i + 1; j < h; j++)
                    if (!(c->n[K[j]].cat == C_ADVP || wcls_of(c, K[j]) == W_ADV))
                        adj = 0;
                if (adj && !kx->subj && ct == C_S && c->n[K[h]].cat == C_VP && (c->n[K[h]].head < 0 ||
                    c->wc[c->n[K[h]].head] == W_VERB)) {
                    /* gerund/infinitive subject: "Attacking X is ..." */
                    int vb = kx->head >= 0 && c->wc[kx->head] == W_VERB &&
                             (c->tok[kx->head].xpos[2] == 'G');
                    if (vb)
                        return &LB_CSUBJ;
                }
                return kx->subj ? &LB_CCOMP : &LB_ADVCL;
            }
            return kx->subj ? &LB_PARATAXIS : &LB_ADVCL;
        }
        if (ct == C_SBAR)
            return &LB_ADVCL;
        if (ct == C_PP || ct == C_WHPP)
            return kx->clausal ? &LB_ADVCL : (kx->fn & F_TMP) ? &LB_OBLTMOD : &LB_OBL;
        if (w == W_ADV || ct == C_ADVP || ct == C_WHADVP)
            return &LB_ADVMOD;
        if (ct == C_ADJP || w == W_ADJ)
            return &LB_ADVCL;
        if (w == W_MD || w == W_VERB)
            return before ? &LB_AUX : &LB_DEP;
        if (w == W_TO || w == W_IN)
            return &LB_MARK;
        if (ct == C_VP)
            return before ? &LB_DEP : &LB_CONJ;
        return &LB_DEP;

    case C_SBAR:
        if (w == W_IN || w == W_TO || w == W_DET)
            return &LB_MARK;
        if (ct == C_WHNP || w == W_WH) {
            const node *hs = &c->n[K[h]];
            if (!hs->subj)
                return hs->passive ? &LB_NSUBJPASS : &LB_NSUBJ;
            return &LB_OBJ;
        }
        if (ct == C_WHADVP || w == W_ADV || ct == C_ADVP)
            return &LB_ADVMOD;
        if (ct == C_WHPP || ct == C_PP)
            return &LB_OBL;
        if (ct == C_NP)
            return &LB_OBLNPMOD;
        return &LB_DEP;

    case C_PP: case C_WHPP:
        if (w == W_IN || w == W_TO || w == W_VERB || w == W_RP || w == W_ADJ)
            return px->clausal ? &LB_MARK : &LB_CASE;
        if (w == W_ADV || ct == C_ADVP)
            return &LB_ADVMOD;
        if (ct == C_PP)
            return &LB_NMOD;
        if (ct == C_NP)
            return &LB_NMODNPMOD;
        return &LB_DEP;

    case C_ADJP: case C_WHADJP: case C_ADVP: case C_WHADVP:
        if (w == W_ADV || ct == C_ADVP || w == W_ADJ || ct == C_ADJP)
            return &LB_ADVMOD;
        if (ct == C_PP)
            return kx->clausal ? &LB_ADVCL : &LB_OBL;
        if (ct == C_S)
            return kx->subj ? &LB_CCOMP : &LB_XCOMP;
        if (ct == C_SBAR)
            return px->cat == C_ADJP ? &LB_CCOMP : &LB_ADVCL;
        if (ct == C_NP || w == W_NOUN)
            return &LB_OBLNPMOD;
        if (w == W_CD || ct == C_QP)
            return &LB_NUMMOD;
        if (w == W_DET)
            return &LB_DET;
        if (w == W_IN || w == W_TO)
            return &LB_CASE;
        return &LB_DEP;

    case C_CONJP: case C_PRT: case C_INTJ:
        return &LB_FIXED;

    default:
        return &LB_DEP;
    }
}

/* Coordination: fills conj[i] (1 for conjuncts) and returns the index of the
 * first conjunct in K, or -1 when x is not a coordination. */
static int find_coord(const ctx *c, int x, const int *K, int n, unsigned char *conj)
{
    int cc = -1;
    for (int i = n - 2; i > 0; i--)
        if (is_cc_node(c, K[i])) {
            cc = i;
            break;
        }
    if (cc < 0)
        return -1;
    int r = cc + 1, l = cc - 1;
    while (r < n && is_punct_node(c, K[r]))
        r++;
    while (l >= 0 && is_punct_node(c, K[l]))
        l--;
    if (r >= n || l < 0)
        return -1;
    int fr = family(c, K[r]), fl = family(c, K[l]);
    int ucp = c->n[x].cat == C_UCP;
    if (fr < 0 || fl < 0 || (fr != fl && !ucp))
        return -1;
    int pc = c->n[x].cat;
    /* The conjuncts must be of the phrase's own kind. */
    if (!ucp) {
        int want = -1;
        switch (pc) {
        case C_NP: case C_NML: case C_WHNP: want = fl == 7 || fl == 9 ? fl : 1; break;
        case C_VP: want = 2; break;
        case C_S: case C_SINV: case C_SQ: case C_SBAR: case C_SBARQ: want = 3; break;
        case C_ADJP: want = 4; break;
        case C_ADVP: want = 5; break;
        case C_PP: want = 6; break;
        case C_QP: want = 7; break;
        default: want = fl; break;
        }
        if (fl != want)
            return -1;
    }
    /* Inside a noun phrase, word conjuncts must end it ("Bosnia and
     * Herzegovina officials" coordinates modifiers, not the phrase). */
    if ((pc == C_NP || pc == C_NML) && c->n[K[r]].cat == C_WORD) {
        for (int j = r + 1; j < n; j++)
            if (!is_punct_node(c, K[j]))
                return -1;
    }
    /* A VP coordination needs phrasal or verbal conjuncts on both sides. */
    memset(conj, 0, (size_t)n);
    conj[r] = conj[l] = 1;
    int first = l;
    for (int j = l - 1; j >= 0; j--) {
        if (is_punct_node(c, K[j]) || is_cc_node(c, K[j]))
            continue;
        int fj = family(c, K[j]);
        if (fj == fl || (ucp && fj >= 0)) {
            /* a comma or CC must separate it from the next conjunct */
            int sep = 0;
            for (int q = j + 1; q < first; q++)
                if (is_sep_node(c, K[q]) || is_cc_node(c, K[q]))
                    sep = 1;
            if (!sep)
                break;
            conj[j] = 1;
            first = j;
        } else
            break;
    }
    /* A second noun conjunct that is only a determiner/numeral: keep it. */
    return first;
}

/* The participle VP v of a passive: its "by" phrases are the agent. */
static void mark_agents(ctx *c, int v)
{
    for (int k = c->n[v].first; k >= 0; k = c->n[k].next) {
        node *kx = &c->n[k];
        if (kx->cat != C_PP || kx->head < 0 || c->tok[kx->head].rel != KR_OBL || kx->clausal)
            continue;
        for (int w = kx->first; w >= 0; w = c->n[w].next)
            if (c->n[w].tok >= 0 && !strcmp(c->tok[c->n[w].tok].key, "BY"))
                c->tok[kx->head].deprel = LB_OBLAGENT.s;
    }
}

/* Sentence-initial datelines: "(NP (NP WASHINGTON) (: --) (S ...))" or
 * "(NP (NP GAZA CITY) (, ,) (NP (NP Palestinian Territories) (: :) (NP Four
 * children)))": what follows the dash heads the phrase and the place before
 * it is dep.  Returns the head's index in K, or -1. */
static int dateline_head(ctx *c, int x, const int *K, int n)
{
    node *px = &c->n[x];
    int pc = px->cat;
    if (pc != C_NP && pc != C_ROOT && pc != C_FRAG && pc != C_X && pc != C_OTHER)
        return -1;
    /* only place names and commas before it ("GAZA CITY, Palestinian ...") */
    for (int t = 0; t < px->beg; t++)
        if (strcmp(c->tok[t].xpos, "NNP") && strcmp(c->tok[t].xpos, "NNPS") && strcmp(c->tok[t].form, ","))
            return -1;
    for (int i = 1; i < n; i++) {
        int k = K[i];
        if (c->n[k].dline) {
            for (int j = 0; j < i; j++)
                if (c->n[K[j]].cat != C_NP && !is_sep_node(c, K[j]))
                    return -1;
            px->dline = 1;
            return i;
        }
        if (i + 1 >= n || !is_punct_node(c, k))
            continue;
        const char *f = c->tok[c->n[k].tok].form;
        if (strcmp(f, "--") && strcmp(f, ":") && strcmp(f, "-"))
            continue;
        /* before the dash: place names only */
        for (int j = 0; j < i; j++) {
            int kj = K[j], hj = c->n[kj].head;
            if (is_sep_node(c, kj))
                continue;
            if ((c->n[kj].cat != C_NP && c->n[kj].cat != C_WORD) || hj < 0 || c->tok[hj].xpos[0] != 'N' ||
                c->tok[hj].xpos[1] != 'N' || c->tok[hj].xpos[2] != 'P')
                return -1;
        }
        int nx = K[i + 1], ct = c->n[nx].cat;
        if ((ct == C_S || ct == C_SINV) && c->n[nx].head >= 0 && c->wc[c->n[nx].head] == W_VERB)
            return i + 1;
        if (pc == C_NP && ct == C_NP) {
            px->dline = 1;
            return i + 1;
        }
        return -1;
    }
    return -1;
}

static void head_and_label(ctx *c, int x)
{
    node *px = &c->n[x];
    int *K = c->kids, n = 0;
    for (int k = px->first; k >= 0; k = c->n[k].next)
        if (c->n[k].end > c->n[k].beg)
            K[n++] = k;
    if (!n)
        return;
    if (n == 1) {
        px->hkid = K[0];
        px->head = c->n[K[0]].head;
        if (px->cat == C_VP || px->cat == C_S || px->cat == C_ROOT || px->cat == C_SINV || px->cat == C_SQ ||
            px->cat == C_SBAR)
            px->passive = c->n[K[0]].passive;
        if (px->cat == C_PP || px->cat == C_SBAR)
            px->clausal = c->n[K[0]].clausal || is_clause_cat(c->n[K[0]].cat) || c->n[K[0]].cat == C_SBAR;
        if (px->cat == C_SBAR)
            px->subj = c->n[K[0]].subj;
        return;
    }
    unsigned char sconj[64];
    unsigned char *conj = n <= 64 ? sconj : xcalloc((size_t)n, 1);
    int h = find_coord(c, x, K, n, conj);
    int coord = h >= 0;
    int dateline = !coord ? dateline_head(c, x, K, n) : -1;
    if (dateline >= 0) {
        memset(conj, 0, (size_t)n);
        h = dateline;
    } else if (!coord) {
        memset(conj, 0, (size_t)n);
        switch (px->cat) {
        case C_NP: case C_NML: case C_WHNP: h = np_head(c, K, n); break;
        case C_VP: h = vp_head(c, x, K, n); break;
        case C_S: case C_SINV: case C_SQ: case C_SBARQ: case C_RRC: h = s_head(c, K, n, px->cat); break;
        case C_PP: case C_WHPP: h = pp_head(c, x, K, n); break;
        case C_SBAR: h = sbar_head(c, x, K, n); break;
        case C_ADJP: case C_WHADJP: h = adjp_head(c, K, n); break;
        case C_ADVP: case C_WHADVP: h = advp_head(c, K, n); break;
        case C_QP: h = qp_head(c, K, n); break;
        case C_FRAG: case C_UCP: case C_X: case C_OTHER: case C_ROOT:
            h = s_head(c, K, n, px->cat);
            break;
        default: h = first_nonpunct(c, K, n); break;
        }
    } else if (px->cat == C_SBAR)
        sbar_head(c, x, K, n);
    px->hkid = K[h];
    px->head = c->n[K[h]].head;
    int htok = px->head;
    node *hk = &c->n[K[h]];

    /* Per-phrase facts the parent's labelling uses. */
    if (px->cat == C_VP) {
        int pass = 0;
        if (hk->cat == C_VP) {
            pass = hk->passive;
            if (!pass && htok >= 0 && !strcmp(c->tok[htok].xpos, "VBN"))
                for (int i = 0; i < h; i++)
                    if (wcls_of(c, K[i]) == W_VERB &&
                        (tok_is(c, c->n[K[i]].tok, be_forms) || tok_is(c, c->n[K[i]].tok, get_forms)))
                        pass = 1;
        }
        px->passive = (unsigned char)pass;
        if (pass && hk->cat == C_VP && !hk->passive)
            mark_agents(c, K[h]);
    } else if (px->cat == C_S || px->cat == C_SINV || px->cat == C_SQ || px->cat == C_ROOT) {
        px->passive = hk->passive;
    } else if (px->cat == C_SBAR) {
        px->subj = hk->subj;
        px->passive = hk->passive;
        px->clausal = 1;
    }

    /* Attach the other children. */
    for (int i = 0; i < n; i++) {
        if (i == h)
            continue;
        int k = K[i], dt = c->n[k].head;
        if (coord && conj[i]) {
            link(c, dt, htok, &LB_CONJ);
            continue;
        }
        if (coord && i > h && (is_cc_node(c, K[i]) || is_sep_node(c, K[i]))) {
            /* attach to the next conjunct */
            int nx = -1;
            for (int j = i + 1; j < n; j++)
                if (conj[j]) {
                    nx = j;
                    break;
                }
            if (nx >= 0) {
                link(c, dt, c->n[K[nx]].head, is_cc_node(c, K[i]) ? &LB_CC : &LB_PUNCT);
                continue;
            }
        }
        /* Subject-side facts for the passive label need the VP's flag. */
        const plab *l = label_of(c, x, K, n, h, i);
        link(c, dt, htok, l);
    }
    /* "almost five years": an adverb before a number modifies the number. */
    if (px->cat == C_NP || px->cat == C_NML)
        for (int i = 0; i + 1 < n; i++)
            if (i != h && i + 1 != h && wcls_of(c, K[i]) == W_ADV &&
                (wcls_of(c, K[i + 1]) == W_CD || c->n[K[i + 1]].cat == C_QP))
                link(c, c->n[K[i]].head, c->n[K[i + 1]].head, &LB_ADVMOD);
    /* Coordinated modifiers inside a non-coordinated phrase:
     * "other and more alternatives", "Bosnia and Herzegovina officials". */
    if (!coord)
        for (int i = 1; i + 1 < n; i++) {
            if (!is_cc_node(c, K[i]) || i - 1 == h || i + 1 == h)
                continue;
            int l = i - 1, r = i + 1;
            int fl = family(c, K[l]), fr = family(c, K[r]);
            if (fl < 0 || fl != fr)
                continue;
            int lt = c->n[K[l]].head, rt = c->n[K[r]].head;
            link(c, rt, lt, &LB_CONJ);
            link(c, c->n[K[i]].head, rt, &LB_CC);
        }
    /* A copula's subject is found by the S; a VP's subject-less "be" with a
     * non-verbal predicate was labelled cop above. */
    if (conj != sconj)
        free(conj);
}

/* Forward pass: mark the VP of clauses whose subject is "there". */
static void mark_existentials(ctx *c)
{
    for (int x = 0; x < c->nn; x++) {
        node *px = &c->n[x];
        if (px->cat != C_S && px->cat != C_SQ && px->cat != C_SINV)
            continue;
        int ex = 0;
        for (int k = px->first; k >= 0; k = c->n[k].next) {
            node *kx = &c->n[k];
            if (kx->end - kx->beg == 1 && c->wc[kx->beg] == W_EX)
                ex = 1;
            else if (ex && kx->cat == C_VP) {
                kx->exist = 1;
                break;
            }
        }
    }
}

int kptb_parse(ksent *s, const char *tree, size_t len, kdiag *d, const kloc *at)
{
    ctx c = {0};
    c.s = s;
    c.t = tree ? tree : "";
    c.len = tree ? len : 0;
    c.d = d;
    c.at = at;
    s->tok = NULL;
    s->ntok = 0;
    s->phr = NULL;
    s->nphr = 0;
    /* Every node and token starts with '(': count them for the arrays. */
    int opens = 0;
    for (size_t i = 0; i < c.len; i++)
        if (c.t[i] == '(') {
            if (opens == INT_MAX - 1) {
                report(&c, KD_ERROR, i, "parse tree too large near '%s'", NULL);
                return -1;
            }
            opens++;
        }
    c.capn = opens;
    c.n = xmalloc(xmul((size_t)(opens + 1), sizeof *c.n));
    c.kids = xmalloc(xmul((size_t)(opens + 1), sizeof *c.kids));
    c.wc = xmalloc((size_t)opens + 1);
    c.tok = karena_alloc(s->mem, xmul((size_t)(opens + 1), sizeof *c.tok));
    int rc = -1;
    int top = read_tree(&c);
    if (top < 0)
        goto done;
    if (c.ntok == 0) {
        report(&c, KD_ERROR, 0, "parse tree has no words near '%s'", NULL);
        goto done;
    }
    /* A top node (ROOT or unnamed) with several children: move the extra
     * ones under the first, e.g. (ROOT (S ...) (. .)) -> (ROOT (S ... (. .))). */
    {
        node *t = &c.n[top];
        int f = t->first;
        if (t->cat == C_ROOT && f >= 0 && c.n[f].next >= 0 && c.n[f].cat != C_WORD) {
            int extra = 0;
            for (int k = c.n[f].next; k >= 0;) {
                int nx = c.n[k].next;
                c.n[k].parent = f;
                c.n[k].next = -1;
                node *fx = &c.n[f];
                if (fx->last >= 0)
                    c.n[fx->last].next = k;
                else
                    fx->first = k;
                fx->last = k;
                k = nx;
                extra++;
            }
            c.n[f].next = -1;
            t->last = f;
            char msg[120];
            snprintf(msg, sizeof msg, "top node has %d children: the extra ones were attached under the first",
                     extra + 1);
            report(&c, KD_WARN, (size_t)t->off, "%s", msg);
        }
    }
    /* Spans, children before parents. */
    for (int x = 0; x < c.nn; x++) {
        c.n[x].beg = INT_MAX;
        c.n[x].end = -1;
    }
    for (int x = c.nn - 1; x >= 0; x--) {
        node *px = &c.n[x];
        if (px->tok >= 0) {
            px->beg = px->tok;
            px->end = px->tok + 1;
            px->head = px->tok;
        }
        if (px->parent >= 0 && px->end > px->beg) {
            node *pp = &c.n[px->parent];
            if (px->beg < pp->beg)
                pp->beg = px->beg;
            if (px->end > pp->end)
                pp->end = px->end;
        }
    }
    mark_existentials(&c);
    for (int x = c.nn - 1; x >= 0; x--)
        if (c.n[x].tok < 0 && c.n[x].cat != C_WORD && c.n[x].end > c.n[x].beg)
            head_and_label(&c, x);
    int root = c.n[top].head;
    if (root < 0) {
        report(&c, KD_ERROR, 0, "no head found for the tree near '%s'", NULL);
        goto done;
    }
    c.tok[root].head = -1;
    c.tok[root].rel = KR_ROOT;
    c.tok[root].deprel = "root";
    /* Tokens of a clause's copula/aux are AUX, subordinators SCONJ. */
    for (int i = 0; i < c.ntok; i++) {
        ktok *k = &c.tok[i];
        if (!k->deprel) {
            /* unreachable with a well-formed tree: attach to the root */
            k->head = root;
            k->rel = KR_DEP;
            k->deprel = "dep";
        }
        if (k->rel == KR_AUX || k->rel == KR_AUXPASS || k->rel == KR_COP)
            strcpy(k->upos, "AUX");
        else if (k->rel == KR_MARK && !strcmp(k->xpos, "IN"))
            strcpy(k->upos, "SCONJ");
    }
    s->tok = c.tok;
    s->ntok = c.ntok;
    const char *why;
    if (ksent_check(s, &why) < 0) {
        report(&c, KD_ERROR, 0, "converted tree is malformed (%s)", why);
        s->tok = NULL;
        s->ntok = 0;
        goto done;
    }
    /* Phrases in reading order. */
    int np = 0;
    for (int x = 0; x < c.nn; x++)
        if (c.n[x].tok < 0 && c.n[x].cat != C_WORD && c.n[x].end > c.n[x].beg)
            np++;
    s->phr = karena_alloc(s->mem, xmul((size_t)np + 1, sizeof *s->phr));
    int *map = c.kids;
    np = 0;
    for (int x = 0; x < c.nn; x++) {
        node *px = &c.n[x];
        map[x] = -1;
        if (px->tok >= 0 || px->cat == C_WORD || px->end <= px->beg)
            continue;
        kphrase *ph = &s->phr[np];
        ph->label = px->lablen ? karena_strndup(s->mem, c.t + px->lab, (size_t)px->lablen) : "ROOT";
        ph->parent = px->parent >= 0 ? map[px->parent] : -1;
        ph->beg = px->beg;
        ph->end = px->end;
        ph->head = px->head;
        map[x] = np++;
    }
    s->nphr = np;
    ksent_align(s);
    rc = 0;
done:
    free(c.n);
    free(c.kids);
    free(c.wc);
    return rc;
}
