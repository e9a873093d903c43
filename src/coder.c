/* coder.c: the coding engine (see coder.h and docs/coder.md).
 *
 * Per sentence:
 *   1. word ids of token keys and lemmas (one hash lookup each);
 *   2. actor phrases ("units"): maximal nominal subtrees of the dependency
 *      tree (a noun with its modifiers, possessors, prepositional and
 *      relative attachments, conjuncts); conjunctions inside a unit expand
 *      it into compound members; each member is coded with the first actor
 *      phrase in it plus every agent phrase (PETRARCH rules);
 *   3. comma clause elimination (comma_* options) over commas outside units;
 *   4. verbs (VB* tokens outside units, multi-word verbs by their words),
 *      in text order; for each, the verb's patterns are tried, most specific
 *      first, over the "lower" sequence (the verb's own clause after it) and
 *      the "upper" sequence (the text before it, back to a clause comma);
 *   5. source and target: from the pattern ($ + %), else target = first
 *      coded unit after the verb, source = the clause subject (through
 *      xcomp/conj/relative clauses), passive "by" agents swapped, else the
 *      nearest coded unit before the verb; events for every member pair,
 *      paired codes [A:B] give the reciprocal event; a verb that coded
 *      consumes its clause (verbs inside it are not coded again).
 * All scratch memory lives in the kcoder and is reused: no allocation per
 * token once the buffers have grown; composite codes and texts go to the
 * sentence arena. */
#include "coder.h"
#include "dictread.h"
#include "context.h"
#include "dict.h"
#include "pico.h"
#include "util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tracing (kcoder_set_trace): TRACE(c, "what", fmt, ...) formats only when
 * a trace function is set.  Development builds with -DKH_CODER_DEBUG print
 * to stderr when none is set. */
static void ktrace(const struct kcoder *c, const char *what, const char *fmt, ...);
#ifdef KH_CODER_DEBUG
#define TRACE_ON(c) 1
#else
#define TRACE_ON(c) ((c)->trace != NULL)
#endif
#define TRACE(c, what, ...) do { if (TRACE_ON(c)) ktrace((c), (what), __VA_ARGS__); } while (0)

/* ---- options ------------------------------------------------------------ */

void kcoder_opts_default(kcoder_opts *o)
{
    memset(o, 0, sizeof *o);
    o->require_dyad = 1;
    o->new_actor_length = 0;
    o->comma_min = 2;
    o->comma_max = 8;
    o->comma_bmin = 0;
    o->comma_bmax = 0;
    o->comma_emin = 2;
    o->comma_emax = 8;
    o->passive_swap = -1;
    o->split_codes = -1;
    o->verb_combine = -1;
}

static int parse_bool(const char *v, int *out)
{
    while (*v == ' ')
        v++;
    if (!strcasecmp(v, "true") || !strcmp(v, "1") || !strcasecmp(v, "yes") || !strcasecmp(v, "on")) {
        *out = 1;
        return 0;
    }
    if (!strcasecmp(v, "false") || !strcmp(v, "0") || !strcasecmp(v, "no") || !strcasecmp(v, "off")) {
        *out = 0;
        return 0;
    }
    return -1;
}

static int parse_int(const char *v, int *out)
{
    char *e;
    while (*v == ' ')
        v++;
    if (!*v)
        return -1;
    long x = strtol(v, &e, 10);
    while (*e == ' ')
        e++;
    if (*e || x < 0 || x > 1000000)
        return -1;
    *out = (int)x;
    return 0;
}

int kcoder_opts_set(kcoder_opts *o, const char *name, const char *value)
{
    if (!name || !value)
        return -1;
    if (!strcasecmp(name, "require_dyad"))
        return parse_bool(value, &o->require_dyad);
    struct {
        const char *n;
        int *p;
    } ints[] = {
        {"new_actor_length", &o->new_actor_length},
        {"comma_min", &o->comma_min}, {"comma_max", &o->comma_max},
        {"comma_bmin", &o->comma_bmin}, {"comma_bmax", &o->comma_bmax},
        {"comma_emin", &o->comma_emin}, {"comma_emax", &o->comma_emax},
    };
    if (!strcasecmp(name, "passive_swap"))
        return parse_bool(value, &o->passive_swap);
    if (!strcasecmp(name, "split_codes"))
        return parse_bool(value, &o->split_codes);
    if (!strcasecmp(name, "verb_combine"))
        return parse_bool(value, &o->verb_combine);
    if (!strcasecmp(name, "code_statements"))
        return parse_bool(value, &o->statements);
    if (!strcasecmp(name, "skip_negated"))
        return parse_bool(value, &o->skip_negated);
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (!strcasecmp(name, ints[i].n))
            return parse_int(value, ints[i].p);
    return -1;
}

/* ---- per-sentence state -------------------------------------------------- */

#define MAXMEM 16      /* compound members per unit */
#define MAXUPPER 128   /* words before a verb that patterns and the source
                          search look at */
#define MAXCODES 32

typedef struct kmember {
    const char *code;       /* composite actor code, "---" when null */
    const char *text;       /* words of the member */
    int coded;              /* code is not exactly "---" */
    const char *note;       /* story context: how the code was resolved */
} kmember;

/* children lists: a compact adjacency (first child / next sibling) */
typedef struct tree {
    int *first, *next;
} tree;
typedef tree tree_t;

typedef struct kunit {
    int head;
    int parent;             /* -1: a maximal actor phrase; else the maximal
                               unit this sub-phrase (a pattern's $ or +) is in */
    int beg, end;           /* token span [beg, end) */
    int mem0, nmem;         /* members in kcoder.mem */
    int coded;              /* any member coded */
} kunit;

typedef struct seqel {
    int tok;
} seqel;

struct kcoder {
    const kdictset *d;
    int nullcode;
    /* per token */
    int *wid, *lid, *aid;   /* word ids: key, lemma (verbs intern), actor ids */
    int *owner;             /* unit index or -1 */
    unsigned char *del, *consumed, *inlower, *nominal;
    int *tmp, *stack, *order, *first, *next;
    int *chunk;             /* head of the base noun phrase of each token */
    unsigned char *cls;     /* token class bits (CL_*), computed once */
    int *sb, *se;           /* subtree span [sb, se) of each token */
    int *depth, *cnt;
    int *subunit;           /* unit made for a chunk head, -1 none */
    tree_t trv;             /* the sentence's tree and options while coding */
    const tree_t *tr;
    const kcoder_opts *o;
    size_t ctok;
    /* units */
    kunit *unit;
    size_t nunit, cunit;
    kmember *mem;
    size_t nmem, cmem;
    /* sequences */
    int *up, *lo, *up2;
    int nup, nlo;
    int *ids2;
    ktok *tok2;
    size_t c2;
    int split, pswap;       /* resolved conventions for this sentence */
    /* word ids present around the current verb: open addressing with
     * generation stamps, so it is never cleared */
    int *wset;
    unsigned *wgen;
    unsigned gen;
    int wmask;
    int dialect;            /* of the verb dictionary */
    const kpico *pico;
    kpico *builtin;         /* PETRARCH-2's ontology, for combinations */
    int combine;            /* combinations on for this sentence */
    unsigned char *inw;     /* tokens of the governed clause being combined */
    int *lo2;               /* saved lower sequence */
    kbuf buf;
    /* story context (context.h): on after kcoder_story_begin */
    int story;
    kctx ctx;
    int *res;               /* per token: resolution index into resv, -1 */
    int *grp;               /* per token: compound group id (memory), 0 */
    int *cidx;              /* token list for chunk_code */
    struct kres *resv;
    size_t nres, cres;
    int cm0, cmn;           /* members of the last chunk_code (a resolved
                               plural reference has several) */
    kcoder_trace_fn trace;
    void *trace_ud;
    int cdepth;             /* chunk_code nesting (bounded: see there) */
    /* chunk_code results per token, valid while ccgen[t] == ccnow (bumped
     * per sentence and whenever a resolution or an event is added) */
    kmember *ccm;
    int *ccm0, *ccmn;
    unsigned *ccgen;
    unsigned ccnow;
    kbuf nbuf;
};

kcoder *kcoder_new(const kdictset *d)
{
    kcoder *c = xcalloc(1, sizeof *c);
    c->d = d;
    c->nullcode = kintern_find(d->in, "---", 3);
    kbuf_init(&c->buf);
    kbuf_init(&c->nbuf);
    kctx_init(&c->ctx);
    return c;
}

void kcoder_set_trace(kcoder *c, kcoder_trace_fn fn, void *ud)
{
    c->trace = fn;
    c->trace_ud = ud;
}

static void ktrace(const kcoder *c, const char *what, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c->trace)
        c->trace(c->trace_ud, what, msg);
    else
        fprintf(stderr, "%s: %s\n", what, msg);
}

void kcoder_set_ontology(kcoder *c, const kpico *p)
{
    c->pico = p;
}

static void wset_reset(kcoder *c, int want)
{
    int sz = 64;
    while (sz < 4 * want)
        sz <<= 1;
    if (sz - 1 > c->wmask) {
        free(c->wset);
        free(c->wgen);
        c->wset = xcalloc((size_t)sz, sizeof *c->wset);
        c->wgen = xcalloc((size_t)sz, sizeof *c->wgen);
        c->wmask = sz - 1;
        c->gen = 0;
    }
    if (++c->gen == 0) {
        memset(c->wgen, 0, (size_t)(c->wmask + 1) * sizeof *c->wgen);
        c->gen = 1;
    }
}

static void wset_add(kcoder *c, int id)
{
    if (id <= 0)
        return;
    unsigned h = ((unsigned)id * 2654435761u) & (unsigned)c->wmask;
    while (c->wgen[h] == c->gen) {
        if (c->wset[h] == id)
            return;
        h = (h + 1) & (unsigned)c->wmask;
    }
    c->wgen[h] = c->gen;
    c->wset[h] = id;
}

static int wset_has(const kcoder *c, int id)
{
    unsigned h = ((unsigned)id * 2654435761u) & (unsigned)c->wmask;
    while (c->wgen[h] == c->gen) {
        if (c->wset[h] == id)
            return 1;
        h = (h + 1) & (unsigned)c->wmask;
    }
    return 0;
}

void kcoder_story_begin(kcoder *c)
{
    kctx_reset(&c->ctx);
}

void kcoder_set_context(kcoder *c, int on)
{
    c->story = on != 0;
    kctx_reset(&c->ctx);
}

void kcoder_free(kcoder *c)
{
    if (!c)
        return;
    free(c->wset);
    free(c->wgen);
    free(c->wid);
    free(c->lid);
    free(c->aid);
    free(c->owner);
    free(c->del);
    free(c->consumed);
    free(c->inlower);
    free(c->nominal);
    free(c->tmp);
    free(c->stack);
    free(c->order);
    free(c->first);
    free(c->next);
    free(c->chunk);
    free(c->cls);
    free(c->sb);
    free(c->se);
    free(c->depth);
    free(c->cnt);
    free(c->subunit);
    free(c->unit);
    free(c->mem);
    free(c->up);
    free(c->lo);
    free(c->up2);
    free(c->ids2);
    free(c->tok2);
    free(c->inw);
    free(c->lo2);
    kpico_free(c->builtin);
    kbuf_free(&c->buf);
    kbuf_free(&c->nbuf);
    kctx_free(&c->ctx);
    free(c->res);
    free(c->grp);
    free(c->cidx);
    free(c->ccm);
    free(c->ccm0);
    free(c->ccmn);
    free(c->ccgen);
    free(c->resv);
    free(c);
}

static void grow_tok(kcoder *c, int n)
{
    if ((size_t)n <= c->ctok)
        return;
    size_t m = c->ctok ? c->ctok : 64;
    while (m < (size_t)n)
        m *= 2;
    c->wid = xrealloc(c->wid, m * sizeof *c->wid);
    c->lid = xrealloc(c->lid, m * sizeof *c->lid);
    c->aid = xrealloc(c->aid, m * sizeof *c->aid);
    c->owner = xrealloc(c->owner, m * sizeof *c->owner);
    c->del = xrealloc(c->del, m);
    c->consumed = xrealloc(c->consumed, m);
    c->inlower = xrealloc(c->inlower, m);
    c->nominal = xrealloc(c->nominal, m);
    c->tmp = xrealloc(c->tmp, m * sizeof *c->tmp);
    c->stack = xrealloc(c->stack, 2 * m * sizeof *c->stack);
    c->order = xrealloc(c->order, m * sizeof *c->order);
    c->first = xrealloc(c->first, m * sizeof *c->first);
    c->next = xrealloc(c->next, m * sizeof *c->next);
    c->chunk = xrealloc(c->chunk, m * sizeof *c->chunk);
    c->cls = xrealloc(c->cls, m);
    c->sb = xrealloc(c->sb, m * sizeof *c->sb);
    c->se = xrealloc(c->se, m * sizeof *c->se);
    c->depth = xrealloc(c->depth, m * sizeof *c->depth);
    c->cnt = xrealloc(c->cnt, (m + 1) * sizeof *c->cnt);
    c->subunit = xrealloc(c->subunit, m * sizeof *c->subunit);
    c->up = xrealloc(c->up, m * sizeof *c->up);
    c->lo = xrealloc(c->lo, m * sizeof *c->lo);
    c->up2 = xrealloc(c->up2, m * sizeof *c->up2);
    c->ids2 = xrealloc(c->ids2, m * sizeof *c->ids2);
    c->tok2 = xrealloc(c->tok2, m * sizeof *c->tok2);
    c->inw = xrealloc(c->inw, m);
    c->lo2 = xrealloc(c->lo2, m * sizeof *c->lo2);
    c->res = xrealloc(c->res, m * sizeof *c->res);
    c->grp = xrealloc(c->grp, m * sizeof *c->grp);
    c->cidx = xrealloc(c->cidx, m * sizeof *c->cidx);
    c->ccm = xrealloc(c->ccm, m * sizeof *c->ccm);
    c->ccm0 = xrealloc(c->ccm0, m * sizeof *c->ccm0);
    c->ccmn = xrealloc(c->ccmn, m * sizeof *c->ccmn);
    c->ccgen = xrealloc(c->ccgen, m * sizeof *c->ccgen);
    memset(c->ccgen + c->ctok, 0, (m - c->ctok) * sizeof *c->ccgen);
    c->ctok = m;
}

static int intcmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* ---- token classes ------------------------------------------------------- */

static int is_verb_tag(const ktok *t)
{
    if (t->xpos[0])
        return t->xpos[0] == 'V' && t->xpos[1] == 'B';
    return !strcmp(t->upos, "VERB") || !strcmp(t->upos, "AUX");
}

static int is_nominal(const ktok *t)
{
    if (t->xpos[0]) {
        const char *x = t->xpos;
        return (x[0] == 'N' && x[1] == 'N') || !strcmp(x, "PRP") || !strcmp(x, "CD");
    }
    return !strcmp(t->upos, "NOUN") || !strcmp(t->upos, "PROPN") || !strcmp(t->upos, "PRON") ||
           !strcmp(t->upos, "NUM");
}

static int is_punct(const ktok *t)
{
    if (t->rel == KR_PUNCT)
        return 1;
    if (!strcmp(t->upos, "PUNCT"))
        return 1;
    const char *x = t->xpos;
    return x[0] && !isalnum((unsigned char)x[0]) && strcmp(x, "$") != 0;
}

static int is_comma(const ktok *t)
{
    return t->form && t->form[0] == ',' && t->form[1] == 0;
}

static int is_pos_marker(const ktok *t)
{
    return !strcmp(t->xpos, "POS") || (t->key && (!strcmp(t->key, "'S") || !strcmp(t->key, "'")) &&
                                        t->rel == KR_CASE);
}

static int light_tag(const ktok *t)
{
    return !strcmp(t->xpos, "DT") || !strcmp(t->xpos, "POS") || !strcmp(t->upos, "DET");
}

enum { CL_VERB = 1, CL_PUNCT = 2, CL_COMMA = 4, CL_POS = 8, CL_LIGHT = 16 };
#define CLS(c, i, bit) ((c)->cls[(i)] & (bit))

static int is_day_word(const char *k)
{
    static const char *const days[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                       "SATURDAY", "SUNDAY", "TODAY", "YESTERDAY", "TOMORROW",
                                       "TONIGHT"};
    if (!k)
        return 0;
    for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
        if (!strcmp(k, days[i]))
            return 1;
    return 0;
}

/* relations whose dependents stay outside a nominal unit */
static int rel_outside(krel r)
{
    switch (r) {
    case KR_NSUBJ: case KR_NSUBJPASS: case KR_CSUBJ: case KR_COP: case KR_AUX:
    case KR_AUXPASS: case KR_MARK: case KR_PARATAXIS: case KR_ADVCL: case KR_DISCOURSE:
    case KR_VOCATIVE: case KR_EXPL: case KR_CCOMP: case KR_ROOT:
        return 1;
    default:
        return 0;
    }
}

static int upper_id(const kintern *in, const char *s)
{
    if (!s || !*s)
        return 0;
    char b[128];
    size_t n = strlen(s);
    if (n >= sizeof b)
        return 0;
    for (size_t i = 0; i < n; i++)
        b[i] = (char)toupper((unsigned char)s[i]);
    b[n] = 0;
    return kintern_find(in, b, n);
}

/* ---- units --------------------------------------------------------------- */


static int str3eq(const char *code, size_t pos, const char *agc, size_t n)
{
    return memcmp(code + pos, agc, n) == 0;
}

/* Is token i inside a clause that depends on the phrase headed by h (a
 * relative or other clausal modifier, a complement, a verb conjunct) rather
 * than in the phrase itself?  Such a clause's words name other actors ("the
 * rebels fighting the government", "nations that agreed ... to enable the
 * interim government"): they bound the phrase's own actor and agents. */
static int under_clause(const kcoder *c, const ksent *s, int i, int h)
{
    for (int k = 0; i >= 0 && i != h && k < 256; k++, i = s->tok[i].head) {
        switch (s->tok[i].rel) {
        case KR_ACL: case KR_ACLRELCL: case KR_ADVCL: case KR_CCOMP: case KR_XCOMP:
        case KR_CSUBJ: case KR_PARATAXIS:
            return 1;
        case KR_CONJ: case KR_DEP:
            if (CLS(c, i, CL_VERB) && !c->nominal[i])
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

static int key_in(const char *k, const char *const *list)
{
    if (!k)
        return 0;
    for (int i = 0; list[i]; i++)
        if (!strcmp(k, list[i]))
            return 1;
    return 0;
}

/* Is token i inside a relative clause on the phrase headed by h ("a source
 * who heard Sourrouille's speech", "Funaro, who travels to Italy")?  Not one
 * on a noun of manner, whose clause is what the phrase is about ("criticized
 * the way U.S. officials try to solve ..."). */
static int under_relcl(const ksent *s, int i, int h)
{
    static const char *const manner[] = {"WAY", "WAYS", "MANNER", NULL};
    for (int k = 0; i >= 0 && i != h && k < 256; k++, i = s->tok[i].head)
        if (s->tok[i].rel == KR_ACLRELCL && s->tok[i].head >= 0 &&
            !key_in(s->tok[s->tok[i].head].key, manner))
            return 1;
    return 0;
}

/* Does an agent phrase lie in the words c->ids2[0..nn) not flagged as
 * clause words (c->tmp bit 0)? */
static int own_agent(kcoder *c, int nn)
{
    for (int i = 0; i < nn; i++) {
        if (c->tmp[i] & 1)
            continue;
        kagent_hit gh;
        int l = kagents_match_ids(c->d->agents, c->ids2, nn, i, &gh), in = 0;
        for (int j = i; j < i + l; j++)
            in |= c->tmp[j] & 1;
        if (l > 0 && !in)
            return 1;
    }
    return 0;
}

/* Whether the member's actor (member word abeg, sentence token a) is the
 * object of a preposition of place ("in", "from", "inside", "into",
 * "within", "out of") and a member word before it is "foreign". */
static int foreign_located(const kcoder *c, const ksent *s, int nn, int abeg, int a)
{
    static const char *const place[] = {"IN", "FROM", "INSIDE", "INTO", "WITHIN", "OF", NULL};
    int foreign = 0;
    for (int i = 0; i < abeg && i < nn; i++)
        foreign |= c->tok2[i].key && !strcmp(c->tok2[i].key, "FOREIGN");
    if (!foreign)
        return 0;
    for (int j = 0; j < s->ntok; j++) {
        const ktok *t = &s->tok[j];
        if (t->head != a || t->rel != KR_CASE || !key_in(t->key, place))
            continue;
        /* "of" only as "out of" */
        if (!strcmp(t->key, "OF") && !(j > 0 && s->tok[j - 1].key && !strcmp(s->tok[j - 1].key, "OUT")))
            continue;
        return 1;
    }
    return 0;
}

/* Are the member words i..i+l-1 part of a company's name: proper nouns
 * followed, through proper nouns only, by a company ending that is itself
 * an agent ("MP Co", "Army Navy Stores Inc" with Khaldun's agents)?  The
 * ending says what the body is; the words before it are a name, not agents
 * of their own. */
static int in_company_name(const kcoder *c, int nn, int i, int l)
{
    static const char *const endings[] = {"CORP", "INC", "LTD", "PLC", "LLC", "CO", NULL};
    for (int j = i; j < nn; j++) {
        kagent_hit gh;
        if (j >= i + l && key_in(c->tok2[j].key, endings))
            return kagents_match_ids(c->d->agents, c->ids2, nn, j, &gh) > 0;
        if (strncmp(c->tok2[j].xpos, "NNP", 3) != 0 || c->tmp[j])
            return 0;
    }
    return 0;
}

/* Adds the agents of the member's words c->tok2/ids2[0..nn) outside the
 * actor span [abeg, aend) and outside clauses (c->tmp) to code (the actor's
 * code, or empty): "---" + agents when there is no actor.  Returns the
 * number of agents added; *nongov is set when one of them is not GOV. */
static int add_agents(kcoder *c, char *code, size_t size, int have_actor, int nn, int abeg, int aend, int *nongov)
{
    static const char *const generic_roles[] = {
        "PRESIDENT", "PRESIDENTS", "VICE-PRESIDENT", "VICE-PRESIDENTS", "EXECUTIVE", "SPOKESMAN",
        "SPOKESMEN", "SPOKESWOMAN", "SPOKESWOMEN", "SPOKESPERSON", "OFFICIAL", "OFFICIALS", "OFFICER",
        "OFFICERS", "LEADER", "LEADERS", "HEAD", "HEADS", "CHIEF", "CHIEFS", "DIRECTOR", "DIRECTORS",
        "CHAIRMAN", "CHAIRWOMAN", "SOURCE", "SOURCES", NULL};
    const kdictset *d = c->d;
    int nag = 0, orgseen = 0;
    for (int i = 0; i < nn;) {
        if ((i >= abeg && i < aend) || c->tmp[i]) {
            i++;
            continue;
        }
        kagent_hit gh;
        int l = kagents_match_ids(d->agents, c->ids2, nn, i, &gh);
        for (int j = i; j < i + l; j++)
            if (c->tmp[j])
                l = 0;   /* runs into a clause */
        if (l <= 0 || in_company_name(c, nn, i, l)) {
            i += l > 0 ? l : 1;
            continue;
        }
        const char *agc = kintern_str(d->in, gh.code);
        if (orgseen && !strcmp(agc, "GOV") && key_in(c->tok2[i + l - 1].key, generic_roles)) {
            /* a generic role of a non-government body is that body's
             * ("Goldman Sachs (Japan) Corp president" BUS, "bank officials",
             * "opposition leader", "rebel spokesman") */
            i += l;
            continue;
        }
        if (!code[0])
            snprintf(code, size, "---");
        if (strcmp(agc, "GOV") != 0) {
            *nongov = 1;
            orgseen = 1;
        }
        size_t al = strlen(agc), cl = strlen(code);
        if (have_actor && gh.after && !strncmp(code, "IGO", 3) && !strcmp(agc, "GOV")) {
            /* an international body's officials and envoys are the body
             * ("UN diplomats" IGOUNO): it is itself governmental */
            i += l;
            continue;
        }
        int dup = 0;
        for (size_t p = 0; al && p + al <= cl; p += 3)
            if (str3eq(code, p, agc, al)) {
                dup = 1;
                break;
            }
        if (dup)
            break;
        char nc[256];
        if (gh.after && al > 3 && al % 3 == 0) {
            /* a several-group agent ("central bank" GOVBUS) adds only the
             * groups the code lacks: an agent code is added once */
            snprintf(nc, sizeof nc, "%s", code);
            for (size_t q = 0; q < al; q += 3) {
                int have = 0;
                for (size_t p = 3; p + 3 <= cl && !have; p += 3)
                    have = str3eq(code, p, agc + q, 3);
                size_t nl = strlen(nc);
                if (!have && nl + 3 < sizeof nc) {
                    memcpy(nc + nl, agc + q, 3);
                    nc[nl + 3] = 0;
                }
            }
        } else if (gh.after)
            snprintf(nc, sizeof nc, "%s%s", code, agc);
        else
            snprintf(nc, sizeof nc, "%s%s", agc, code);
        snprintf(code, size, "%s", nc);
        nag++;
        i += l;
    }
    return nag;
}

/* Is token i a modifier naming the country of a currency ("47 mln U.S.
 * dlrs", "Canadian dollars", "Japan's yen", "European Currency Units")?  A
 * currency is no actor: the words that say whose it is name none either. */
static int currency_modifier(const ksent *s, int i)
{
    static const char *const money[] = {
        "DLR", "DLRS", "DOLLAR", "DOLLARS", "FRANC", "FRANCS", "YEN", "MARKS", "D-MARKS", "STG",
        "STERLING", "POUNDS", "LIRA", "LIRE", "PESO", "PESOS", "RAND", "RUPEE", "RUPEES", "CROWNS",
        "KRONER", "KRONOR", "KRONA", "GUILDERS", "SCHILLINGS", "SHILLINGS", "RIYAL", "RIYALS", "DINAR",
        "DINARS", "BAHT", "RINGGIT", "WON", "YUAN", "RUPIAH", "CRUZADOS", "AUSTRALS", "ECU", "ECUS", NULL};
    const ktok *t = &s->tok[i];
    if (t->head < 0 || (t->rel != KR_COMPOUND && t->rel != KR_AMOD && t->rel != KR_NMODPOSS))
        return 0;
    const ktok *h = &s->tok[t->head];
    if (key_in(h->key, money))
        return 1;
    /* "European Currency Unit(s)": the words before UNIT(S) */
    return (key_in(h->key, (const char *const[]){"UNIT", "UNITS", NULL}) && t->head > 0 &&
            s->tok[t->head - 1].key && !strcmp(s->tok[t->head - 1].key, "CURRENCY"));
}

/* Code one member given as token indices idx[0..n) of the phrase headed by
 * h (-1: a base phrase, no clauses in it).  Writes the composite code into
 * the arena.  The words of a clause depending on the phrase (under_clause)
 * give no agents; they give the actor only when the phrase's own words have
 * none ("links leading into Mordor" MOR, as PETRARCH codes a noun phrase). */
static void code_member(kcoder *c, const ksent *s, const int *idx, int n, kmember *m,
                        const kcoder_opts *o, int h)
{
    const kdictset *d = c->d;
    int nn = 0;
    m->note = NULL;
    for (int k = 0; k < n; k++) {
        if (CLS(c, idx[k], CL_PUNCT | CL_POS) || currency_modifier(s, idx[k]))
            continue;
        c->tok2[nn] = s->tok[idx[k]];
        c->ids2[nn] = c->wid[idx[k]];
        /* the token, and whether it is a clause word */
        c->tmp[nn] = idx[k] * 2 + (h >= 0 && under_clause(c, s, idx[k], h));
        nn++;
    }
    /* first actor: of the phrase's own words, else of its clauses when its
     * own words name no agent either ("soldiers who fought the Syrian
     * government" are not SYRMIL) */
    kactor_hit ah;
    int abeg = -1, aend = -1, acode = 0;
    for (int pass = 0; pass < 2 && abeg < 0; pass++) {
        if (pass == 1 && own_agent(c, nn))
            break;
        for (int i = 0; i < nn; i++) {
            int l = kactors_match_ids(d->actors, c->ids2, nn, i, s->date, &ah);
            if (l <= 0 || ah.unset)
                continue;
            int inclause = 0, relcl = 0;
            for (int j = i; j < i + l; j++) {
                inclause |= c->tmp[j] & 1;
                relcl |= (c->tmp[j] & 1) && under_relcl(s, c->tmp[j] / 2, h);
            }
            if (inclause != pass || relcl)
                continue;
            abeg = i;
            aend = i + l;
            acode = ah.code;
            break;
        }
    }
    char code[256];
    code[0] = 0;
    int have_actor = abeg >= 0;
    if (have_actor) {
        const char *ac = acode ? kintern_str(d->in, acode) : "---";
        snprintf(code, sizeof code, "%s", ac);
    }
    /* an actor from a clause brings the agents of its own base phrase
     * ("fighting with Iraqi troops" IRQMIL) */
    int achunk = abeg >= 0 && (c->tmp[abeg] & 1) ? c->chunk[c->tmp[abeg] / 2] : -1;
    int atok = abeg >= 0 ? c->tmp[abeg] / 2 : -1;
    for (int i = 0; i < nn; i++)
        c->tmp[i] = (c->tmp[i] & 1) && !(achunk >= 0 && c->chunk[c->tmp[i] / 2] == achunk);
    int nongov = 0;
    int nag = add_agents(c, code, sizeof code, have_actor, nn, abeg, aend, &nongov);
    if (have_actor && nag > 0 && nongov && foreign_located(c, s, nn, abeg, atok)) {
        /* "foreign fighters in Libya", "the departure of foreign forces
         * from Libya": a group said to be foreign to the place it is in or
         * leaves is not of that country; the agents alone code it (---REB).
         * Not for government agents: there "foreign" names an office ("the
         * foreign ministry in Tripoli" is Libya's). */
        TRACE(c, "foreign", "'%s' is a place the foreign group is in or leaves: not its country", code);
        code[0] = 0;
        have_actor = 0;
        nongov = 0;
        nag = add_agents(c, code, sizeof code, 0, nn, abeg, aend, &nongov);
    }
    /* text of the member */
    kbuf_reset(&c->buf);
    for (int i = 0; i < nn; i++) {
        if (i)
            kbuf_putc(&c->buf, ' ');
        kbuf_puts(&c->buf, c->tok2[i].key ? c->tok2[i].key : "");
    }
    m->text = karena_strndup(s->mem, c->buf.s, c->buf.len);
    if (!code[0]) {
        if (o->new_actor_length > 0 && nn > 0 && nn - 1 < o->new_actor_length) {
            kbuf_reset(&c->buf);
            kbuf_putc(&c->buf, '"');
            int w = 0;
            for (int i = 0; i < nn; i++) {
                const ktok *t = &c->tok2[i];
                if (w++)
                    kbuf_putc(&c->buf, ' ');
                kbuf_puts(&c->buf, t->key ? t->key : "");
            }
            kbuf_putc(&c->buf, '"');
            m->code = karena_strndup(s->mem, c->buf.s, c->buf.len);
            m->coded = w > 0;
            if (!w)
                m->code = "---";
            return;
        }
        m->code = "---";
        m->coded = 0;
        return;
    }
    TRACE(c, "unit", "'%s' -> %s%s", m->text, code, have_actor ? "" : " (agents only)");
    m->code = karena_strdup(s->mem, code);
    m->coded = strcmp(code, "---") != 0;
}


/* ---- story context (context.h, docs/coder.md "Story context") ------------
 * On only after kcoder_story_begin.  Per sentence, after the units are
 * coded: pronouns (he, she, it, they; we/I in a quote = the speaker) and
 * relative pronouns get a resolution (c->res[tok]) from the phrases of the
 * same sentence before them and from the story memory; units headed by a
 * resolved pronoun take its codes.  Inside add_unit_members: agent-only
 * definite phrases ("the interim government" ---GOV) take the country of
 * the nearest actor with that agent, plural references ("both countries",
 * "the two sides") the nearest compound, an object naming an earlier event
 * ("the agreement") that event's parties.  After the sentence, its phrases
 * and events go to the memory. */

#define MAXRES MAXMEM
#define CTX_WINDOW 80   /* tokens of the same sentence searched around a
                           pronoun (bounds the work on very long sentences) */

static void add_unit_members(kcoder *c, const ksent *s, int u, const tree *tr, const kcoder_opts *o);

static int child_rel_fwd(const ksent *s, const tree *tr, int v, krel r)
{
    for (int ch = tr->first[v]; ch >= 0; ch = tr->next[ch])
        if (s->tok[ch].rel == r)
            return ch;
    return -1;
}

static int is_null_code(const char *code)
{
    return !code || !code[0] || !strcmp(code, "---");
}

typedef struct kres {
    int n;
    const char *code[MAXRES];
    const char *text[MAXRES];
    unsigned flags;
    const char *note;
} kres;

static const char *const institution_nouns[] = {
    "GOVERNMENT", "GOVERNMENTS", "MINISTRY", "ADMINISTRATION", "ARMY", "NAVY", "MILITARY",
    "POLICE", "COUNCIL", "PARLIAMENT", "ASSEMBLY", "CONGRESS", "SENATE", "CABINET", "COURT",
    "PARTY", "AGENCY", "OFFICE", "REGIME", "AUTHORITY", "AUTHORITIES", "COALITION", "UNION",
    "ALLIANCE", "MOVEMENT", "GROUP", "ORGANIZATION", "ORGANISATION", "COMMITTEE", "COMMISSION",
    "FORCE", "FORCES", "DEPARTMENT", "EMBASSY", "MISSION", "BANK", "COMPANY", "FRONT", "ACCORD",
    "NATIONS", "STATES", "COUNTRY", "STATE", "KINGDOM", "REPUBLIC", "CITY", "CAPITAL", "MEDIA",
    "TELEVISION", "RADIO", "SERVICE", "SERVICES", "GUARD", "BRIGADE", "MILITIA", "JUNTA",
    "LEADERSHIP", "OPPOSITION", "REBELS", "TROOPS", "PEOPLE", "PUBLIC", "CORPS", "COMMAND",
    "SECRETARIAT", "BOARD", "FEDERATION", "LEAGUE", "COMMUNITY", "INSTITUTE", "UNIVERSITY", NULL};

static const char *const group_nouns[] = {"COUNTRIES", "NATIONS", "SIDES", "STATES", "GOVERNMENTS",
                                          "PARTIES", "NEIGHBOURS", "NEIGHBORS", "CAPITALS",
                                          "ALLIES", "POWERS", "LEADERS", "RIVALS", NULL};
static const char *const group_place_nouns[] = {"COUNTRIES", "NATIONS", "STATES", "CAPITALS",
                                                NULL};

/* Nouns naming another party in relation to a possessor: "its creditor
 * banks", "their allies" are not of the possessor's country. */
static const char *const relation_nouns[] = {
    "CREDITOR", "CREDITORS", "LENDER", "LENDERS", "ALLY", "ALLIES", "PARTNER", "PARTNERS", "NEIGHBOUR",
    "NEIGHBOURS", "NEIGHBOR", "NEIGHBORS", "RIVAL", "RIVALS", "ENEMY", "ENEMIES", "OPPONENT", "OPPONENTS",
    "ADVERSARY", "ADVERSARIES", "COUNTERPART", "COUNTERPARTS", "SUPPLIER", "SUPPLIERS", "CUSTOMER",
    "CUSTOMERS", "CLIENT", "CLIENTS", "COMPETITOR", "COMPETITORS", "CRITIC", "CRITICS", "FOE", "FOES",
    "DONOR", "DONORS", NULL};

/* Is phrase head h, or a compound on it, a relation noun? */
static int relational(const kcoder *c, const ksent *s, int h)
{
    if (key_in(s->tok[h].key, relation_nouns))
        return 1;
    for (int ch = c->tr->first[h]; ch >= 0; ch = c->tr->next[ch])
        if (s->tok[ch].rel == KR_COMPOUND && key_in(s->tok[ch].key, relation_nouns))
            return 1;
    return 0;
}

/* The resolved possessive pronoun of phrase head h ("her government"), or
 * of a noun its "of" phrases lead to ("the resistance power of its army");
 * not of a relation noun ("its creditor banks").  -1 if none. */
static int possessor(const kcoder *c, const ksent *s, int h)
{
    for (int depth = 0; h >= 0 && depth < 8; depth++) {
        int next = -1;
        for (int ch = c->tr->first[h]; ch >= 0; ch = c->tr->next[ch]) {
            if (s->tok[ch].rel == KR_NMODPOSS && c->res[ch] >= 0)
                return relational(c, s, h) ? -1 : ch;
            if (s->tok[ch].rel == KR_NMOD && next < 0)
                next = ch;
        }
        h = next;
    }
    return -1;
}

enum { PR_NONE = 0, PR_FEM, PR_MASC, PR_IT, PR_THEY, PR_SPEAKER };

static int pronoun_class(const ktok *t)
{
    static const char *const fem[] = {"SHE", "HER", "HERS", "HERSELF", NULL};
    static const char *const masc[] = {"HE", "HIM", "HIS", "HIMSELF", NULL};
    static const char *const it[] = {"IT", "ITS", "ITSELF", NULL};
    static const char *const they[] = {"THEY", "THEM", "THEIR", "THEMSELVES", "THEIRS", NULL};
    static const char *const we[] = {"WE", "US", "OUR", "OURS", "OURSELVES", "I", "ME", "MY",
                                     NULL};
    if (strncmp(t->xpos, "PRP", 3) && strcmp(t->upos, "PRON"))
        return PR_NONE;
    if (key_in(t->key, fem))
        return PR_FEM;
    if (key_in(t->key, masc))
        return PR_MASC;
    if (key_in(t->key, it))
        return PR_IT;
    if (key_in(t->key, they))
        return PR_THEY;
    if (key_in(t->key, we))
        return PR_SPEAKER;
    return PR_NONE;
}

/* a possessive pronoun ("his", "their"): it modifies a phrase and is no
 * actor phrase of its own */
static int possessive(const ksent *s, int i)
{
    return s->tok[i].rel == KR_NMODPOSS || !strcmp(s->tok[i].xpos, "PRP$");
}

static int is_relpron(const ktok *t)
{
    static const char *const rel[] = {"WHO", "WHICH", "THAT", "WHOM", NULL};
    return (t->xpos[0] == 'W' || !strcmp(t->upos, "PRON")) && key_in(t->key, rel) &&
           (t->rel == KR_NSUBJ || t->rel == KR_NSUBJPASS || t->rel == KR_OBJ);
}

/* country/actor part of a code: not "---", not a quoted text actor */
static int has_actor(const char *code)
{
    return code && code[0] && code[0] != '"' && strncmp(code, "---", 3) != 0;
}

static int agent_only(const char *code)
{
    return code && !strncmp(code, "---", 3) && strlen(code) > 3;
}

/* has token h a dependent (det, nummod, det:predet) among `words`? */
static int has_dep_word(const kcoder *c, const ksent *s, int h, const char *const *words)
{
    for (int ch = c->tr->first[h]; ch >= 0; ch = c->tr->next[ch]) {
        krel r = s->tok[ch].rel;
        if ((r == KR_DET || r == KR_NUMMOD || r == KR_NMODPOSS) && key_in(s->tok[ch].key, words))
            return 1;
    }
    return 0;
}

/* Vehicles and weapons: things, though their codes have a role ("a U.S.
 * warship" USAMIL is no "he"), and able to do violence ("Israeli planes"). */
static const char *const machine_nouns[] = {
    "PLANE", "PLANES", "AIRCRAFT", "JET", "JETS", "BOMBER", "BOMBERS", "FIGHTER-BOMBER", "FIGHTER-BOMBERS",
    "HELICOPTER", "HELICOPTERS", "SHIP", "SHIPS", "WARSHIP", "WARSHIPS", "BOAT", "BOATS", "GUNBOAT",
    "GUNBOATS", "VESSEL", "VESSELS", "DESTROYER", "DESTROYERS", "FRIGATE", "FRIGATES",
    "CRUISER", "CRUISERS", "SUBMARINE", "SUBMARINES", "MISSILE", "MISSILES", "ROCKET",
    "ROCKETS", "SHELL", "SHELLS", "BOMB", "BOMBS", "MINE", "MINES", "GUN", "GUNS", "MORTAR", "MORTARS",
    "TANK", "TANKS", NULL};

static unsigned mention_flags(const kcoder *c, const ksent *s, int h, const char *code)
{
    const ktok *t = &s->tok[h];
    unsigned f = 0;
    int plural = !strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS");
    if (plural)
        f |= KCTX_PLURAL;
    if (code && strlen(code) == 3)
        f |= KCTX_COUNTRY;
    else if (!plural && code && strlen(code) > 3 && !key_in(t->key, institution_nouns) &&
             (t->xpos[0] == 'N' || !t->xpos[0]) && strncmp(code, "IGO", 3) &&
             strncmp(code, "NGO", 3) && !key_in(t->key, machine_nouns))
        f |= KCTX_PERSON;
    else if (!plural)
        f |= KCTX_ORG;
    krel r = t->rel;
    if (r == KR_NSUBJ || r == KR_NSUBJPASS)
        f |= KCTX_SUBJECT;
    else if (r == KR_NMODPOSS && t->head >= 0 &&
             (s->tok[t->head].rel == KR_NSUBJ || s->tok[t->head].rel == KR_NSUBJPASS))
        f |= KCTX_SUBJECT;
    (void)c;
    return f;
}

static void chunk_code(kcoder *c, const ksent *s, int h, kmember *m);

/* Does the phrase headed by h name the actor of `code`, or only use it as
 * a modifier ("Nigeria output", "Brazilian finance": SGP/BRA on a common
 * noun)?  A proper-noun head, or a code with a role (LBYGOV: "Libya's
 * foreign minister"), or a pronoun names it. */
static int names_actor(const ksent *s, int h, const char *code)
{
    static const char *const when[] = {
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
        "OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "MAR.", "APR.", "AUG.", "SEPT.",
        "SEP.", "OCT.", "NOV.", "DEC.", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
        "SATURDAY", "SUNDAY", NULL};
    const ktok *t = &s->tok[h];
    if (key_in(t->key, when) || (t->deprel && strstr(t->deprel, "tmod")))
        return 0;               /* "last December" */
    return !strncmp(t->xpos, "NNP", 3) || !strcmp(t->upos, "PROPN") || !strncmp(t->xpos, "PRP", 3) ||
           !strcmp(t->upos, "PRON") || (code && strlen(code) > 3);
}

/* An uncoded noun subject ("Funaro and Gros spent two days ...", "Analysts
 * said", "The company said") is what a following pronoun most likely names:
 * it blocks the pronouns it fits instead of letting them take an actor
 * further back.  Flags it is remembered with (always KCTX_AGENT |
 * KCTX_SUBJECT): a compound or plural noun blocks "they", a proper name
 * he/she/it, a singular common noun "it"; 0 when j is no such subject. */
static unsigned blocking_subject(const kcoder *c, const ksent *s, int j)
{
    const ktok *t = &s->tok[j];
    if ((t->rel != KR_NSUBJ && t->rel != KR_NSUBJPASS) || t->xpos[0] != 'N' || c->res[j] >= 0)
        return 0;
    unsigned f = KCTX_AGENT | KCTX_SUBJECT;
    if (!strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS") || child_rel_fwd(s, c->tr, j, KR_CONJ) >= 0)
        return f | KCTX_PLURAL;
    if (!strcmp(t->xpos, "NNP"))
        return f | KCTX_PERSON;
    return f;
}

/* A candidate antecedent: codes and texts, flags, where. */
typedef struct cand {
    int n;
    const char *code[MAXRES], *text[MAXRES];
    unsigned flags;
    int sent, pos;
} cand;

static int fits(int cls, const cand *k)
{
    unsigned f = k->flags;
    switch (cls) {
    case PR_FEM:
        return k->n == 1 && (f & KCTX_PERSON) && !(f & KCTX_MALE);
    case PR_MASC:
        return k->n == 1 && (f & KCTX_PERSON) && !(f & KCTX_FEMALE);
    case PR_IT:
        return k->n == 1 && !(f & (KCTX_PERSON | KCTX_PLURAL));
    case PR_THEY:
        return k->n > 1 || (f & (KCTX_PLURAL | KCTX_COUNTRY | KCTX_ORG));
    default:
        return 0;
    }
}

/* Candidates of this sentence before token `before` (chunk heads, subjects
 * first, then nearest first) and of the memory (up to 3 sentences back;
 * per sentence subjects first in text order, then latest first), offered to
 * `ok` until it accepts one.  Compound members come as one candidate. */
typedef int (*cand_fn)(kcoder *c, const ksent *s, const cand *k, void *ud);

static int cand_current(kcoder *c, const ksent *s, int before, int pass, cand_fn ok, void *ud)
{
    for (int j = before - 1; j >= 0 && j >= before - CTX_WINDOW; j--) {
        if (c->chunk[j] != j || !c->nominal[j] || c->del[j])
            continue;
        int subj = s->tok[j].rel == KR_NSUBJ || s->tok[j].rel == KR_NSUBJPASS;
        if ((pass == 0) != subj)
            continue;
        /* a compound: all conjuncts of j's structure (j being its head) */
        cand k;
        memset(&k, 0, sizeof k);
        k.sent = c->ctx.sent;
        k.pos = j;
        kmember m;
        chunk_code(c, s, j, &m);
        unsigned extra = 0;
        unsigned block = 0;
        if (agent_only(m.code) && c->res[j] < 0)
            extra = KCTX_AGENT;   /* "the banks": a role only, blocks pronouns */
        else if (!has_actor(m.code) && c->cmn < 2 && (block = blocking_subject(c, s, j)) != 0)
            extra = KCTX_AGENT;   /* an uncoded subject: blocks what it fits */
        else if (!has_actor(m.code) || (c->res[j] < 0 && c->cmn < 2 && !names_actor(s, j, m.code)))
            continue;
        k.code[k.n] = m.code;
        k.text[k.n++] = m.text;
        for (int q = 1; q < c->cmn && c->cm0 >= 0 && k.n < MAXRES; q++) {
            k.code[k.n] = c->mem[c->cm0 + q].code;
            k.text[k.n++] = c->mem[c->cm0 + q].text;
        }
        k.flags = block ? block : mention_flags(c, s, j, m.code) | extra;
        for (int ch = c->tr->first[j]; ch >= 0 && k.n < MAXRES && !extra; ch = c->tr->next[ch])
            if (s->tok[ch].rel == KR_CONJ && c->nominal[ch] && ch < before) {
                kmember m2;
                chunk_code(c, s, ch, &m2);
                if (has_actor(m2.code)) {
                    k.code[k.n] = m2.code;
                    k.text[k.n++] = m2.text;
                }
            }
        if (c->res[j] >= 0)
            k.flags |= c->resv[c->res[j]].flags & (KCTX_FEMALE | KCTX_MALE | KCTX_PERSON);
        if (ok(c, s, &k, ud))
            return 1;
    }
    return 0;
}

static int cand_memory_pass(kcoder *c, const ksent *s, int back, int passes, cand_fn ok, void *ud)
{
    const kctx *x = &c->ctx;
    for (int sn = x->sent - 1; sn >= 1 && sn >= x->sent - back; sn--)
        for (int pass = 0; pass < passes; pass++) {
            size_t lo = 0;
            while (lo < x->nm && x->m[lo].sent < sn)
                lo++;
            size_t hi = lo;
            while (hi < x->nm && x->m[hi].sent == sn)
                hi++;
            for (size_t q = 0; q < hi - lo; q++) {
                /* subjects in text order, others latest first */
                size_t i = pass == 0 ? lo + q : hi - 1 - q;
                const kctx_mention *mm = &x->m[i];
                if ((pass == 0) != ((mm->flags & KCTX_SUBJECT) != 0))
                    continue;
                cand k;
                memset(&k, 0, sizeof k);
                k.sent = sn;
                k.pos = mm->pos;
                k.flags = mm->flags;
                if (mm->group) {
                    /* the whole compound, once (from its first member) */
                    int first = 1;
                    for (size_t j = lo; j < i; j++)
                        if (x->m[j].group == mm->group)
                            first = 0;
                    if (!first)
                        continue;
                    for (size_t j = i; j < hi && k.n < MAXRES; j++)
                        if (x->m[j].group == mm->group) {
                            k.code[k.n] = x->m[j].code;
                            k.text[k.n++] = x->m[j].text;
                        }
                } else {
                    k.code[0] = mm->code;
                    k.text[0] = mm->text;
                    k.n = 1;
                }
                if (ok(c, s, &k, ud))
                    return 1;
            }
        }
    return 0;
}

static int cand_memory(kcoder *c, const ksent *s, int back, cand_fn ok, void *ud)
{
    return cand_memory_pass(c, s, back, 2, ok, ud);
}

typedef struct rq {
    int cls;                /* PR_* or 0 */
    const char *agent;      /* agent-only reference: the agent wanted */
    int places;             /* plural reference: members must be places */
    int need_group;         /* plural reference: a compound */
    int first_only;         /* take the first candidate offered or none */
    int tried;
    cand got;
} rq;

static int pron_ok(kcoder *c, const ksent *s, const cand *k, void *ud)
{
    (void)c;
    (void)s;
    rq *q = ud;
    if (q->first_only) {
        if (q->tried)
            return 1;
        q->tried = 1;
        if (!fits(q->cls, k) || !(k->flags & KCTX_SUBJECT) || (k->flags & KCTX_AGENT))
            return 1;
        q->got = *k;
        return 1;
    }
    if (!fits(q->cls, k))
        return 0;
    if (k->flags & KCTX_AGENT) {
        memset(&q->got, 0, sizeof q->got);   /* blocked: stays unresolved */
        return 1;
    }
    q->got = *k;
    return 1;
}

static int agent_ok(kcoder *c, const ksent *s, const cand *k, void *ud)
{
    (void)c;
    (void)s;
    rq *q = ud;
    if (k->n != 1 || strlen(k->code[0]) < 4 || (k->flags & KCTX_AGENT))
        return 0;
    /* "LBYGOV" for "GOV": the country part must be a 3-letter code */
    size_t n = strlen(k->code[0]), al = strlen(q->agent);
    if (n != 3 + al || strcmp(k->code[0] + 3, q->agent) || !strncmp(k->code[0], "IGO", 3) ||
        !strncmp(k->code[0], "NGO", 3))
        return 0;
    q->got = *k;
    return 1;
}

static int group_ok(kcoder *c, const ksent *s, const cand *k, void *ud)
{
    (void)c;
    (void)s;
    rq *q = ud;
    if (k->n < 2 || (k->flags & KCTX_AGENT))
        return 0;
    if (q->places)
        for (int i = 0; i < k->n; i++)
            if (!has_actor(k->code[i]) || !strncmp(k->code[i], "IGO", 3))
                return 0;
    q->got = *k;
    return 1;
}

/* "pronoun 'she' -> sentence 4 'HER' (LBYGOV)" into the sentence arena */
static const char *res_note(kcoder *c, const ksent *s, const char *kind, const char *words,
                            const cand *k)
{
    kbuf *b = &c->nbuf;
    kbuf_reset(b);
    kbuf_printf(b, "%s '%s' -> ", kind, words);
    if (k->sent == c->ctx.sent)
        kbuf_printf(b, "same sentence");
    else
        kbuf_printf(b, "sentence %d", k->sent);
    for (int i = 0; i < k->n; i++)
        kbuf_printf(b, "%s'%s' (%s)", i ? ", " : " ", k->text[i], k->code[i]);
    return karena_strndup(s->mem, b->s, b->len);
}

static int add_res(kcoder *c, const cand *k, unsigned extra, const char *note)
{
    c->ccnow++;                     /* chunk codes may change */
    XGROW(c->resv, c->cres, c->nres + 1);
    kres *r = &c->resv[c->nres];
    memset(r, 0, sizeof *r);
    r->n = k->n;
    for (int i = 0; i < k->n; i++) {
        r->code[i] = k->code[i];
        r->text[i] = k->text[i];
    }
    r->flags = (k->flags & ~(unsigned)KCTX_SUBJECT) | extra;
    r->note = note;
    return (int)c->nres++;
}

/* Resolve personal pronoun token i of class cls; 1 when resolved. */
static int resolve_pronoun(kcoder *c, const ksent *s, int i, int cls)
{
    rq q;
    memset(&q, 0, sizeof q);
    q.cls = cls;
    if (cls == PR_IT) {
        /* "it" names things more often than actors: only when the nearest
         * subject is a fitting actor */
        q.first_only = 1;
        if (!cand_current(c, s, i, 0, pron_ok, &q) && !q.tried && !cand_memory(c, s, 1, pron_ok, &q))
            return 0;
        if (!q.got.n)
            return 0;
    } else if (!cand_current(c, s, i, 0, pron_ok, &q) && !cand_memory_pass(c, s, 1, 1, pron_ok, &q) &&
               !cand_current(c, s, i, 1, pron_ok, &q) && !cand_memory(c, s, 3, pron_ok, &q))
        return 0;
    if (!q.got.n)
        return 0;               /* the antecedent is a role without a country
                                   ("the banks ... they"): nothing to add */
    unsigned g = cls == PR_FEM ? KCTX_FEMALE : cls == PR_MASC ? KCTX_MALE : 0;
    c->res[i] = add_res(c, &q.got, g, res_note(c, s, "pronoun", s->tok[i].form, &q.got));
    TRACE(c, "context", "%s", c->resv[c->res[i]].note);
    return 1;
}

/* the token before i, skipping punctuation */
static int prev_word(const kcoder *c, const ksent *s, int i)
{
    for (int j = i - 1; j >= 0; j--)
        if (!CLS(c, j, CL_PUNCT))
            return j;
    (void)s;
    return -1;
}

/* The phrase in apposition with chunk head h ("Turkish Foreign Minister,
 * Mevlut Cavusoglu"): an appos dependent or head, or a "conjunct" with a
 * comma before it and no coordinator (parsers often make appositions
 * conjuncts); -1 when none. */
static int appos_partner(const kcoder *c, const ksent *s, int h)
{
    const ktok *t = &s->tok[h];
    int p = t->head;
    if (p >= 0 && c->nominal[p] && t->rel == KR_APPOS)
        return c->chunk[p];
    if (p >= 0 && c->nominal[p] && t->rel == KR_CONJ && p < h) {
        int cc = 0;
        for (int ch = c->tr->first[h]; ch >= 0; ch = c->tr->next[ch])
            if (s->tok[ch].rel == KR_CC)
                cc = 1;
        int b = c->sb[h];
        int comma = CLS(c, b, CL_COMMA) || (b > 0 && CLS(c, b - 1, CL_COMMA));
        if (!cc && comma)
            return c->chunk[p];
    }
    for (int ch = c->tr->first[h]; ch >= 0; ch = c->tr->next[ch])
        if (s->tok[ch].rel == KR_APPOS && c->nominal[ch])
            return ch;
    return -1;
}

/* chunk_code, and when the phrase is not coded, the code of the phrase in
 * apposition with it ("Mevlut Cavusoglu" unknown to the dictionary, in
 * apposition with "Turkish Foreign Minister" = TURGOV); *from receives the
 * chunk that gave the code. */
static void chunk_code_appos(kcoder *c, const ksent *s, int h, kmember *m, int *from)
{
    chunk_code(c, s, h, m);
    *from = h;
    if (has_actor(m->code))
        return;
    int p = appos_partner(c, s, h);
    if (p < 0)
        return;
    kmember m2;
    chunk_code(c, s, p, &m2);
    if (!has_actor(m2.code))
        return;
    m->code = m2.code;
    m->coded = 1;
    *from = p;
}

/* Relative pronoun i: its antecedent is the head of the relative clause
 * when that phrase codes to an actor, else the noun right before the
 * pronoun ("a conference with the minister, X, who": parsers often attach
 * the clause to the wrong noun). */
static void resolve_relative(kcoder *c, const ksent *s, int i)
{
    int v = s->tok[i].head;
    if (v < 0 || s->tok[v].rel != KR_ACLRELCL)
        return;
    int a = prev_word(c, s, i);
    /* the parser's antecedent when it codes, else the noun right before */
    int tries[2] = {s->tok[v].head, a >= 0 && c->nominal[a] ? c->chunk[a] : -1};
    for (int t = 0; t < 2; t++) {
        int h = tries[t];
        if (h < 0 || !c->nominal[h])
            continue;
        kmember m;
        int from;
        chunk_code_appos(c, s, h, &m, &from);
        if (!has_actor(m.code) && !agent_only(m.code))
            continue;
        cand k;
        memset(&k, 0, sizeof k);
        k.n = 1;
        k.code[0] = m.code;
        k.text[0] = m.text;
        k.flags = mention_flags(c, s, h, m.code);
        k.sent = c->ctx.sent;
        c->res[i] = add_res(c, &k, 0, res_note(c, s, "relative pronoun", s->tok[i].form, &k));
        return;
    }
}

static int speech_verb(const ktok *t)
{
    static const char *const v[] = {"SAID", "SAY", "SAYS", "SAYING", "TOLD", "TELLS", "ADDED",
                                    "ADDS", "STATED", "DECLARED", "INSISTED", "STRESSED",
                                    "NOTED", "WROTE", "ASSERTED", "EXPLAINED", "ARGUED",
                                    "CONTINUED", "EMPHASIZED", "EMPHASISED", NULL};
    return key_in(t->key, v);
}

/* "we"/"I" in a quote: the speaker, the subject of the sentence's verb of
 * saying (itself resolved when a pronoun). */
/* The speaker of verb of saying v (its subject, resolved when a pronoun)
 * into *k; 0 when v has no coded subject (or the subject is token `not`). */
static int speaker_of(kcoder *c, const ksent *s, int v, int not, cand *k, int *psp)
{
    int sp = child_rel_fwd(s, c->tr, v, KR_NSUBJ);
    if (sp < 0 || sp == not)
        return 0;
    memset(k, 0, sizeof *k);
    k->sent = c->ctx.sent;
    *psp = sp;
    if (c->res[sp] >= 0) {
        const kres *r = &c->resv[c->res[sp]];
        k->n = r->n;
        for (int j = 0; j < r->n; j++) {
            k->code[j] = r->code[j];
            k->text[j] = r->text[j];
        }
        k->flags = r->flags;
        return k->n > 0;
    }
    kmember m;
    chunk_code(c, s, c->chunk[sp], &m);
    if (!has_actor(m.code))
        return 0;
    k->n = 1;
    k->code[0] = m.code;
    k->text[0] = m.text;
    k->flags = mention_flags(c, s, sp, m.code);
    return 1;
}

static int is_quote(const ktok *t)
{
    const char *f = t->form ? t->form : "";
    return !strcmp(f, "\"") || !strcmp(f, "``") || !strcmp(f, "''") || !strcmp(t->xpos, "``") ||
           !strcmp(t->xpos, "''") || !strcmp(f, "\xe2\x80\x9c") || !strcmp(f, "\xe2\x80\x9d");
}

static void resolve_speaker(kcoder *c, const ksent *s, int i)
{
    int v0 = i > CTX_WINDOW ? i - CTX_WINDOW : 0;
    cand k;
    int sp = -1;
    for (int v = v0; v < s->ntok && v <= i + CTX_WINDOW; v++) {
        if (v == s->tok[i].head || !speech_verb(&s->tok[v]) || !speaker_of(c, s, v, i, &k, &sp))
            continue;
        kbuf_reset(&c->buf);
        kbuf_printf(&c->buf, "speaker ('%s') of", s->tok[sp].form ? s->tok[sp].form : "");
        const char *kind = karena_strndup(s->mem, c->buf.s, c->buf.len);
        c->res[i] = add_res(c, &k, 0, res_note(c, s, kind, s->tok[i].form, &k));
        TRACE(c, "context", "%s", c->resv[c->res[i]].note);
        return;
    }
    /* a quote with no verb of saying of its own continues the previous
     * sentence's quote: its speaker */
    const kctx *x = &c->ctx;
    if (!x->spk_code || x->spk_sent != x->sent - 1)
        return;
    int quoted = 0;
    for (int j = 0; j < s->ntok && !quoted; j++)
        quoted = is_quote(&s->tok[j]);
    if (!quoted)
        return;
    memset(&k, 0, sizeof k);
    k.n = 1;
    k.sent = x->spk_sent;
    k.code[0] = x->spk_code;
    k.text[0] = x->spk_text;
    k.flags = KCTX_PERSON;
    c->res[i] = add_res(c, &k, 0, res_note(c, s, "speaker of the quote, of", s->tok[i].form, &k));
    TRACE(c, "context", "%s", c->resv[c->res[i]].note);
}

/* Members of unit U from resolution r (the pronoun's antecedent). */
static void res_members(kcoder *c, kunit *U, const kres *r)
{
    U->mem0 = (int)c->nmem;
    U->nmem = 0;
    U->coded = 0;
    for (int i = 0; i < r->n; i++) {
        XGROW(c->mem, c->cmem, c->nmem + 1);
        kmember *M = &c->mem[c->nmem++];
        M->code = r->code[i];
        M->text = r->text[i];
        M->coded = !is_null_code(r->code[i]);
        M->note = r->note;
        if (M->coded)
            U->coded = 1;
        U->nmem++;
    }
}

/* After a unit's members are coded: definite and plural references, event
 * nouns, possessive pronouns (story mode). */
static void ctx_fix_unit(kcoder *c, const ksent *s, kunit *U)
{
    int h = U->head;
    const ktok *t = &s->tok[h];
    static const char *const defdet[] = {"THE", "THIS", "THAT", "THESE", "THOSE", "BOTH", NULL};
    static const char *const grpdet[] = {"BOTH", "TWO", "THE", "THESE", NULL};
    int allnull = 1, allagent = U->nmem > 0;
    for (int k = 0; k < U->nmem; k++) {
        const kmember *M = &c->mem[U->mem0 + k];
        if (M->coded)
            allnull = 0;
        if (!agent_only(M->code))
            allagent = 0;
    }
    if (U->nmem == 1 && allnull && (!strncmp(t->xpos, "NNP", 3) || !strcmp(t->upos, "PROPN"))) {
        /* a name the dictionaries lack, coded earlier in the story through
         * an apposition ("Turkish Foreign Minister, Mevlut Cavusoglu"): the
         * same surname (last proper noun of the phrase) */
        int last = -1;
        for (int i = U->beg; i < U->end; i++)
            if ((i == h || c->chunk[i] == h) && !strncmp(s->tok[i].xpos, "NNP", 3))
                last = i;
        const char *w = last >= 0 ? s->tok[last].key : NULL;
        const kctx *x = &c->ctx;
        for (size_t i = x->nm; w && i-- > 0;) {
            const kctx_mention *mm = &x->m[i];
            if (!(mm->flags & KCTX_PERSON) || !strcmp(mm->code, "---"))
                continue;
            const char *sp = strrchr(mm->text, ' ');
            sp = sp ? sp + 1 : mm->text;
            if (strcmp(sp, w))
                continue;
            cand k;
            memset(&k, 0, sizeof k);
            k.n = 1;
            k.sent = mm->sent;
            k.code[0] = mm->code;
            k.text[0] = mm->text;
            kres r;
            memset(&r, 0, sizeof r);
            r.n = 1;
            r.code[0] = mm->code;
            r.text[0] = c->mem[U->mem0].text;
            r.note = res_note(c, s, "name", c->mem[U->mem0].text, &k);
            res_members(c, U, &r);
            return;
        }
    }
    if (U->nmem == 1 && allnull && key_in(t->key, group_nouns) && has_dep_word(c, s, h, grpdet)) {
        /* "both countries", "the two sides": the nearest compound */
        rq q;
        memset(&q, 0, sizeof q);
        q.places = key_in(t->key, group_place_nouns);
        if (cand_current(c, s, U->beg, 1, group_ok, &q) ||
            cand_current(c, s, U->beg, 0, group_ok, &q) || cand_memory(c, s, 2, group_ok, &q)) {
            kres r;
            memset(&r, 0, sizeof r);
            r.n = q.got.n;
            for (int i = 0; i < q.got.n; i++) {
                r.code[i] = q.got.code[i];
                r.text[i] = q.got.text[i];
            }
            c->mem[U->mem0].note = NULL;
            r.note = res_note(c, s, "reference", c->mem[U->mem0].text, &q.got);
            res_members(c, U, &r);
        }
        return;
    }
    if (U->nmem == 1 && allnull && kctx_event_noun(t->key) && t->rel != KR_NSUBJ &&
        t->rel != KR_NSUBJPASS && has_dep_word(c, s, h, defdet)) {
        /* "denounced the agreement": the parties of the latest such event */
        const kctx *x = &c->ctx;
        for (size_t i = x->ne; i-- > 0;) {
            const kctx_event *e = &x->e[i];
            if (e->sent < x->sent - 3)
                break;
            if (!kctx_event_named(e, t->key) || !has_actor(e->src) || !has_actor(e->tgt))
                continue;
            cand k;
            memset(&k, 0, sizeof k);
            k.sent = e->sent;
            k.code[0] = e->src;
            k.text[0] = e->stext;
            k.code[1] = e->tgt;
            k.text[1] = e->ttext;
            k.n = strcmp(e->src, e->tgt) ? 2 : 1;
            kres r;
            memset(&r, 0, sizeof r);
            r.n = k.n;
            for (int j = 0; j < k.n; j++) {
                r.code[j] = k.code[j];
                r.text[j] = k.text[j];
            }
            kbuf_reset(&c->buf);
            kbuf_printf(&c->buf, "%s", c->mem[U->mem0].text);
            const char *w = karena_strndup(s->mem, c->buf.s, c->buf.len);
            r.note = res_note(c, s, "event", w, &k);
            res_members(c, U, &r);
            return;
        }
        return;
    }
    if (!allagent)
        return;
    /* agent-only phrase: a possessive pronoun gives the country ("her
     * government"), else a definite article the nearest actor with the
     * same agent ("the interim government" -> LBYGOV) */
    for (int k = 0; k < U->nmem; k++) {
        const char *agent = c->mem[U->mem0 + k].code + 3;
        cand got;
        int have = 0;
        const char *kind = "reference";
        int ch = possessor(c, s, h);
        if (ch >= 0) {
                const kres *r = &c->resv[c->res[ch]];
                if (r->n == 1 && has_actor(r->code[0]) && strlen(r->code[0]) >= 3) {
                    memset(&got, 0, sizeof got);
                    got.n = 1;
                    got.code[0] = r->code[0];
                    got.text[0] = r->text[0];
                    got.sent = c->ctx.sent;
                    have = 1;
                    kind = "possessive";
                }
            }
        if (!have) {
            /* "the" on the phrase head, and no name the dictionaries lack
             * in its base phrase ("the MITI spokesman" is someone else) */
            int def = has_dep_word(c, s, h, defdet);
            for (int i = c->sb[h]; i < c->se[h] && def; i++)
                if (i != h && c->chunk[i] == h && !strncmp(s->tok[i].xpos, "NNP", 3))
                    def = 0;
            if (!def)
                continue;
            rq q;
            memset(&q, 0, sizeof q);
            q.agent = agent;
            if (cand_current(c, s, U->beg, 0, agent_ok, &q) ||
                cand_current(c, s, U->beg, 1, agent_ok, &q) || cand_memory(c, s, 3, agent_ok, &q)) {
                got = q.got;
                have = 1;
            }
        }
        if (!have)
            continue;
        kmember *M = &c->mem[U->mem0 + k];
        kbuf_reset(&c->buf);
        kbuf_printf(&c->buf, "%.3s%s", got.code[0], agent);
        M->code = karena_strndup(s->mem, c->buf.s, c->buf.len);
        M->coded = 1;
        M->note = res_note(c, s, kind, M->text, &got);
        U->coded = 1;
    }
}

/* Code the base noun phrase headed by h alone (its chunk tokens); a
 * resolved pronoun gives its first antecedent. */
static void chunk_code(kcoder *c, const ksent *s, int h, kmember *m)
{
    c->cmn = 1;
    c->cm0 = -1;
    if (c->res[h] >= 0) {
        const kres *r = &c->resv[c->res[h]];
        m->code = r->code[0];
        m->text = r->text[0];
        m->coded = 1;
        m->note = r->note;
        return;
    }
    if (c->ccgen[h] == c->ccnow) {
        *m = c->ccm[h];
        c->cm0 = c->ccm0[h];
        c->cmn = c->ccmn[h];
        return;
    }
    int n = 0;
    for (int i = c->sb[h]; i < c->se[h]; i++)
        if ((!c->del[i] || c->del[h]) &&
            (i == h || (c->chunk[i] == h && c->owner[i] == c->owner[h] &&
                                       !(s->tok[i].rel == KR_CASE && s->tok[i].head == h))))
            c->cidx[n++] = i;
    code_member(c, s, c->cidx, n, m, c->o, -1);
    /* references inside a candidate's own reference are not followed
     * (bounds the work: one level) */
    if ((agent_only(m->code) || !m->coded) && c->cdepth == 0) {
        c->cdepth++;
        /* the same reference rules as for units */
        kunit U;
        memset(&U, 0, sizeof U);
        U.head = h;
        U.parent = -2;
        U.beg = c->sb[h];
        U.end = c->se[h];
        XGROW(c->mem, c->cmem, c->nmem + 1);
        U.mem0 = (int)c->nmem;
        c->mem[c->nmem++] = *m;
        U.nmem = 1;
        ctx_fix_unit(c, s, &U);
        c->cdepth--;
        *m = c->mem[U.mem0];
        c->cm0 = U.mem0;
        c->cmn = U.nmem;
    } else if (c->cdepth > 0)
        return;                     /* a partial result: not kept */
    c->ccm[h] = *m;
    c->ccm0[h] = c->cm0;
    c->ccmn[h] = c->cmn;
    c->ccgen[h] = c->ccnow;
}

/* Resolve the sentence's pronouns (after code_units) and recode the units
 * they head. */
static void ctx_resolve(kcoder *c, const ksent *s)
{
    int n = s->ntok;
    for (int pass = 0; pass < 3; pass++)
        for (int i = 0; i < n; i++) {
            /* deleted tokens too: the comma rules drop ", she said", whose
             * subject is the speaker of the quote */
            if (c->res[i] >= 0)
                continue;
            const ktok *t = &s->tok[i];
            int cls = pronoun_class(t);
            if (pass == 0 && cls != PR_NONE && cls != PR_SPEAKER)
                resolve_pronoun(c, s, i, cls);
            else if (pass == 1 && is_relpron(t))
                resolve_relative(c, s, i);
            else if (pass == 2 && cls == PR_SPEAKER)
                resolve_speaker(c, s, i);
        }
    for (size_t u = 0; u < c->nunit; u++) {
        kunit *U = &c->unit[u];
        if (U->parent >= 0 || U->end <= U->beg)
            continue;
        int h = U->head, poss = possessor(c, s, h) >= 0;
        if (c->res[h] >= 0 && !possessive(s, h))
            res_members(c, U, &c->resv[c->res[h]]);
        else if (poss)
            add_unit_members(c, s, (int)u, c->tr, c->o);
    }
}

/* After the sentence: its phrases to the memory. */
static void ctx_remember(kcoder *c, const ksent *s)
{
    int n = s->ntok;
    for (int v = 0; v < n; v++) {
        cand k;
        int sp;
        if (speech_verb(&s->tok[v]) && speaker_of(c, s, v, -1, &k, &sp) && k.n == 1) {
            kctx_set_speaker(&c->ctx, k.code[0], k.text[0]);
            break;
        }
    }
    for (int i = 0; i < n; i++)
        c->grp[i] = 0;
    for (int j = 0; j < n; j++) {
        if (c->res[j] >= 0 && c->chunk[j] != j && c->resv[c->res[j]].n == 1) {
            /* a resolved possessive ("Her remarks"): the person it names */
            const kres *r = &c->resv[c->res[j]];
            unsigned f = r->flags | (mention_flags(c, s, j, r->code[0]) & KCTX_SUBJECT);
            kctx_add_mention(&c->ctx, r->code[0], r->text[0], j, 0, f);
            continue;
        }
        if (c->del[j] || !c->nominal[j] || c->chunk[j] != j || c->owner[j] < 0)
            continue;
        kmember m;
        int from;
        chunk_code_appos(c, s, j, &m, &from);
        if (agent_only(m.code) && c->res[j] < 0) {
            kctx_add_mention(&c->ctx, m.code, m.text, j, 0,
                             mention_flags(c, s, j, m.code) | KCTX_AGENT);
            continue;
        }
        unsigned block;
        if (!has_actor(m.code) && c->cmn < 2 && (block = blocking_subject(c, s, j)) != 0) {
            kctx_add_mention(&c->ctx, "---", m.text, j, 0, block);
            continue;
        }
        if (!has_actor(m.code) || (c->res[j] < 0 && c->cmn < 2 && !names_actor(s, j, m.code)))
            continue;
        unsigned f = mention_flags(c, s, j, m.code);
        if (from == j && c->cmn > 1 && c->cm0 >= 0 && c->res[j] < 0) {
            /* a resolved plural reference ("both countries") */
            int g = kctx_new_group(&c->ctx), m0 = c->cm0, mn = c->cmn;
            for (int k = 0; k < mn; k++)
                kctx_add_mention(&c->ctx, c->mem[m0 + k].code, c->mem[m0 + k].text, j, g,
                                 f | KCTX_PLURAL);
            continue;
        }
        if (c->res[j] >= 0) {
            const kres *r = &c->resv[c->res[j]];
            f = (f & KCTX_SUBJECT) | r->flags;
            if (r->n > 1) {
                int g = kctx_new_group(&c->ctx);
                for (int k = 0; k < r->n; k++)
                    kctx_add_mention(&c->ctx, r->code[k], r->text[k], j, g, f | KCTX_PLURAL);
                continue;
            }
        }
        /* compounds: conjuncts share their first member's group */
        int root = j, g = 0;
        while (s->tok[root].rel == KR_CONJ && s->tok[root].head >= 0 && c->nominal[s->tok[root].head])
            root = s->tok[root].head;
        if (root != j || child_rel_fwd(s, c->tr, j, KR_CONJ) >= 0) {
            if (!c->grp[root])
                c->grp[root] = kctx_new_group(&c->ctx);
            g = c->grp[root];
        }
        kctx_add_mention(&c->ctx, m.code, m.text, j, g, f);
    }
}

/* Subtree spans of every token in O(n): depths, then tokens deepest
 * first, each widening its parent's span (the tree is checked acyclic). */
static void compute_spans(kcoder *c, const ksent *s)
{
    int n = s->ntok;
    for (int i = 0; i < n; i++)
        c->depth[i] = -1;
    for (int i = 0; i < n; i++) {
        int k = 0, h = i;
        while (h >= 0 && c->depth[h] < 0) {
            c->stack[k++] = h;
            h = s->tok[h].head;
        }
        int d = h >= 0 ? c->depth[h] : -1;
        while (k > 0)
            c->depth[c->stack[--k]] = ++d;
    }
    for (int i = 0; i <= n; i++)
        c->cnt[i] = 0;
    for (int i = 0; i < n; i++)
        c->cnt[c->depth[i]]++;
    /* positions: deepest first */
    int pos = 0;
    for (int d = n - 1; d >= 0; d--) {
        int k = c->cnt[d];
        c->cnt[d] = pos;
        pos += k;
    }
    for (int i = 0; i < n; i++)
        c->order[c->cnt[c->depth[i]]++] = i;
    for (int i = 0; i < n; i++) {
        c->sb[i] = i;
        c->se[i] = i + 1;
    }
    for (int k = 0; k < n; k++) {
        int i = c->order[k], p = s->tok[i].head;
        if (p < 0)
            continue;
        if (c->sb[i] < c->sb[p])
            c->sb[p] = c->sb[i];
        if (c->se[i] > c->se[p])
            c->se[p] = c->se[i];
    }
}

#define SUBTREE(c, i, b, e) (*(b) = (c)->sb[(i)], *(e) = (c)->se[(i)])

/* Phrase hint (PTB input only): the largest constituent that holds token
 * x and none of the other conjuncts, when it is more than x itself. */
static int own_phrase(const ksent *s, int x, const int *conj, int nconj, int *b, int *e)
{
    int best = -1, bestlen = 1;
    for (int p = 0; p < s->nphr; p++) {
        const kphrase *ph = &s->phr[p];
        if (ph->beg > x || ph->end <= x)
            continue;
        int clash = 0;
        for (int j = 0; j < nconj && !clash; j++)
            if (conj[j] != x && conj[j] >= ph->beg && conj[j] < ph->end)
                clash = 1;
        if (clash)
            continue;
        if (ph->end - ph->beg > bestlen) {
            best = p;
            bestlen = ph->end - ph->beg;
        }
    }
    if (best < 0)
        return 0;
    *b = s->phr[best].beg;
    *e = s->phr[best].end;
    return 1;
}

/* Has conjunct y a modifier of its own with relation r (a determiner, an
 * adjective, a compound or number)?  Then the first conjunct's modifier of
 * that kind is not shared with it: "American officials and Russian
 * diplomats" are not American diplomats, "the rebels and the soldiers" not
 * "the the soldiers". */
static int own_modifier(const ksent *s, const tree *tr, int y, krel r)
{
    if (r != KR_DET && r != KR_AMOD && r != KR_COMPOUND && r != KR_NUMMOD)
        return 0;
    for (int ch = tr->first[y]; ch >= 0; ch = tr->next[ch])
        if (s->tok[ch].rel == r)
            return 1;
    return 0;
}

/* A modifier that says what or whose a common noun is (compound, amod,
 * nmod, nummod, acl): a proper-noun conjunct of that noun names its actor by
 * itself and takes none of them ("Finance ministers of Britain, ... and the
 * U.S." read with "U.S." a conjunct of "ministers" is not "Finance of
 * Britain U.S."). */
static int content_modifier(krel r)
{
    return r == KR_COMPOUND || r == KR_AMOD || r == KR_NMOD || r == KR_NUMMOD || r == KR_ACL;
}

/* is token i part of unit u? */
static int in_unit(const kcoder *c, const ksent *s, int u, int i)
{
    const kunit *U = &c->unit[u];
    if (U->parent < 0)
        return c->owner[i] == u;
    if (c->owner[i] != U->parent)
        return 0;
    for (int k = 0, h = i; h >= 0 && k < 256; k++, h = s->tok[h].head)
        if (h == U->head)
            return 1;
    return 0;
}

static int proper(const ktok *t)
{
    return !strncmp(t->xpos, "NNP", 3) || !strcmp(t->upos, "PROPN");
}

static void add_unit_members(kcoder *c, const ksent *s, int u, const tree *tr, const kcoder_opts *o)
{
    kunit *U = &c->unit[u];
    int n = s->ntok;
    if (c->story && c->res[U->head] >= 0 && !possessive(s, U->head)) {
        /* a resolved pronoun (story context) */
        res_members(c, U, &c->resv[c->res[U->head]]);
        return;
    }
    /* conj structures inside the unit: heads h with nominal conj children;
     * a list whose second member the parser made an apposition ("Mordor,
     * the Shire, Arnor and Bree": Shire appos of Mordor, the rest conj of
     * Shire) is one structure headed by the first member */
    int heads[8], nh = 0;
    for (int i = U->beg; i < U->end && nh < 8; i++) {
        if (!in_unit(c, s, u, i) || c->del[i])
            continue;
        const ktok *t = &s->tok[i];
        if (t->rel != KR_CONJ || t->head < 0 || !in_unit(c, s, u, t->head))
            continue;
        if (!c->nominal[i] || !c->nominal[t->head])
            continue;
        int h = t->head;
        if (s->tok[h].rel == KR_APPOS && s->tok[h].head >= 0 && c->nominal[s->tok[h].head] &&
            in_unit(c, s, u, s->tok[h].head))
            h = s->tok[h].head;
        int seen = 0;
        for (int k = 0; k < nh; k++)
            if (heads[k] == h)
                seen = 1;
        if (!seen)
            heads[nh++] = h;
    }
    /* conjuncts per structure */
    int conj[8][MAXMEM], nconj[8];
    int total = 1;
    for (int k = 0; k < nh; k++) {
        nconj[k] = 0;
        conj[k][nconj[k]++] = heads[k];
        /* an apposition before the last conjunct is a list member that the
         * parser misread ("Mordor, the awful Arnor, and good Gondor") */
        int lastconj = -1;
        for (int ch = tr->first[heads[k]]; ch >= 0; ch = tr->next[ch])
            if (s->tok[ch].rel == KR_CONJ && c->nominal[ch])
                lastconj = ch;
        for (int ch = tr->first[heads[k]]; ch >= 0; ch = tr->next[ch]) {
            if (!c->nominal[ch] || nconj[k] >= MAXMEM)
                continue;
            if (s->tok[ch].rel == KR_CONJ) {
                conj[k][nconj[k]++] = ch;
                continue;
            }
            if (s->tok[ch].rel != KR_APPOS)
                continue;
            int sub = 0;
            for (int g = tr->first[ch]; g >= 0; g = tr->next[g])
                if (s->tok[g].rel == KR_CONJ && c->nominal[g])
                    sub = 1;
            if (ch >= lastconj && !sub)
                continue;
            conj[k][nconj[k]++] = ch;
            for (int g = tr->first[ch]; g >= 0; g = tr->next[g])
                if (s->tok[g].rel == KR_CONJ && c->nominal[g] && nconj[k] < MAXMEM)
                    conj[k][nconj[k]++] = g;
        }
        if (total * nconj[k] <= MAXMEM)
            total *= nconj[k];
        else
            nconj[k] = 1;   /* too many combinations: keep the first only */
    }
    U->mem0 = (int)c->nmem;
    U->nmem = 0;
    U->coded = 0;
    /* enumerate choices */
    int choice[8] = {0};
    for (int comb = 0; comb < total; comb++) {
        /* mark removed tokens */
        for (int i = U->beg; i < U->end; i++)
            c->inlower[i] = 0;   /* reuse as "removed" mark */
        for (int k = 0; k < nh; k++) {
            if (nconj[k] < 2)
                continue;
            for (int j = 0; j < nconj[k]; j++) {
                if (j == choice[k])
                    continue;
                int x = conj[k][j];
                int pb, pe;
                if (j == 0 && own_phrase(s, x, conj[k], nconj[k], &pb, &pe)) {
                    /* the input's phrases say which modifiers are the
                     * first conjunct's own: (NP (NP the Danish media) and
                     * (NP government)) shares nothing */
                    for (int i = pb; i < pe && i < n; i++)
                        c->inlower[i] = 1;
                } else if (j == 0) {
                    /* the first conjunct keeps its possessor ("Eriador's
                     * death and injury toll") and the rest of its name
                     * ("Barack Obama and Vladimir Putin": flat, or proper
                     * nouns compounded on a proper noun); other modifiers
                     * are shared ("U.S. officials and diplomats") */
                    c->inlower[x] = 1;
                    int y = conj[k][choice[k]];
                    for (int ch = tr->first[x]; ch >= 0; ch = tr->next[ch])
                        if (s->tok[ch].rel == KR_NMODPOSS || s->tok[ch].rel == KR_FLAT ||
                            (s->tok[ch].rel == KR_COMPOUND && proper(&s->tok[ch]) &&
                             proper(&s->tok[x])) ||
                            own_modifier(s, tr, y, s->tok[ch].rel) ||
                            (proper(&s->tok[y]) && !proper(&s->tok[x]) && content_modifier(s->tok[ch].rel))) {
                            int b, e;
                            SUBTREE(c, ch, &b, &e);
                            for (int i = b; i < e && i < n; i++)
                                c->inlower[i] = 1;
                        }
                } else {
                    /* the tokens whose nearest member above them is x */
                    int b, e;
                    SUBTREE(c, x, &b, &e);
                    for (int i = b; i < e && i < n; i++) {
                        int h = i, owner = -1;
                        for (int d = 0; h >= 0 && d < 256 && owner < 0; d++, h = s->tok[h].head)
                            for (int jj = 0; jj < nconj[k]; jj++)
                                if (conj[k][jj] == h) {
                                    owner = h;
                                    break;
                                }
                        if (owner == x)
                            c->inlower[i] = 1;
                    }
                }
            }
            /* cc/punct attached to the head between conjuncts */
            for (int ch = tr->first[heads[k]]; ch >= 0; ch = tr->next[ch])
                if (s->tok[ch].rel == KR_CC)
                    c->inlower[ch] = 1;
        }
        int m = 0;
        for (int i = U->beg; i < U->end; i++) {
            if (!in_unit(c, s, u, i) || c->del[i] || c->inlower[i] || s->tok[i].rel == KR_CC)
                continue;
            /* the preposition of a prepositional object is not part of it */
            if (i < U->head && s->tok[i].head == U->head &&
                (s->tok[i].rel == KR_CASE || s->tok[i].rel == KR_MARK))
                continue;
            c->order[m++] = i;
        }
        XGROW(c->mem, c->cmem, c->nmem + 1);
        kmember *M = &c->mem[c->nmem++];
        code_member(c, s, c->order, m, M, o, U->head);
        if (M->coded)
            U->coded = 1;
        U->nmem++;
        /* next combination */
        for (int k = 0; k < nh; k++) {
            if (nconj[k] < 2)
                continue;
            if (++choice[k] < nconj[k])
                break;
            choice[k] = 0;
        }
    }
    for (int i = U->beg; i < U->end; i++)
        c->inlower[i] = 0;
    if (c->story)
        ctx_fix_unit(c, s, &c->unit[u]);
}

static void find_units(kcoder *c, const ksent *s, const tree *tr, const kcoder_opts *o)
{
    int n = s->ntok;
    c->nunit = 0;
    c->nmem = 0;
    for (int i = 0; i < n; i++)
        c->owner[i] = -1;
    /* iterative DFS from roots, carrying the current unit */
    int sp = 0;
    for (int i = 0; i < n; i++)
        if (s->tok[i].head < 0) {
            c->stack[sp++] = i;
            c->stack[sp++] = -1;
        }
    while (sp > 0) {
        int cur = c->stack[--sp];
        int i = c->stack[--sp];
        const ktok *t = &s->tok[i];
        int u = cur;
        if (u < 0 && c->nominal[i] && !c->del[i]) {
            XGROW(c->unit, c->cunit, c->nunit + 1);
            u = (int)c->nunit++;
            c->unit[u].head = i;
            c->unit[u].parent = -1;
            c->unit[u].beg = i;
            c->unit[u].end = i + 1;
        }
        if (u >= 0 && !(cur < 0 && 0))
            c->owner[i] = u;
        (void)t;
        for (int ch = tr->first[i]; ch >= 0; ch = tr->next[ch]) {
            const ktok *ct = &s->tok[ch];
            int cu = u;
            if (u >= 0 && cur < 0 && i == c->unit[u].head) {
                /* children of the unit head */
                if (rel_outside(ct->rel))
                    cu = -1;
                else if (ct->rel == KR_CONJ && !c->nominal[ch])
                    cu = -1;
                else if (ct->rel == KR_CC) {
                    /* cc of a verb conjunct stays out */
                    cu = u;
                }
            } else if (u >= 0 && cur >= 0) {
                cu = u;
            }
            if (u >= 0 && is_punct(ct))
                cu = u;   /* decided below by span */
            c->stack[sp++] = ch;
            c->stack[sp++] = cu;
        }
    }
    /* spans from non-punct members; punct members only inside the span */
    for (size_t u = 0; u < c->nunit; u++) {
        c->unit[u].beg = n;
        c->unit[u].end = 0;
    }
    for (int i = 0; i < n; i++) {
        int u = c->owner[i];
        if (u < 0)
            continue;
        if (is_punct(&s->tok[i]))
            continue;
        if (i < c->unit[u].beg)
            c->unit[u].beg = i;
        if (i + 1 > c->unit[u].end)
            c->unit[u].end = i + 1;
    }
    for (int i = 0; i < n; i++) {
        int u = c->owner[i];
        if (u < 0 || !is_punct(&s->tok[i]))
            continue;
        if (i < c->unit[u].beg || i >= c->unit[u].end)
            c->owner[i] = -1;
    }
    /* a token inside a unit's span but owned by no unit (e.g. an excluded
     * subject in the middle) keeps -1: sequences see it as a plain word */
    (void)o;
}

static void code_units(kcoder *c, const ksent *s, const tree *tr, const kcoder_opts *o)
{
    for (size_t u = 0; u < c->nunit; u++) {
        if (c->unit[u].end <= c->unit[u].beg) {
            c->unit[u].nmem = 0;
            c->unit[u].coded = 0;
            continue;
        }
        add_unit_members(c, s, (int)u, tr, o);
    }
}

/* ---- comma clauses ------------------------------------------------------- */

static int count_words(kcoder *c, const ksent *s, int a, int b)
{
    int k = 0;
    for (int i = a; i < b; i++)
        if (!c->del[i] && s->tok[i].form && isalpha((unsigned char)s->tok[i].form[0]))
            k++;
    return k;
}

static int clause_comma(kcoder *c, const ksent *s, int i)
{
    return !c->del[i] && is_comma(&s->tok[i]) && c->owner[i] < 0;
}

/* Is [a, b) the main clause's predicate cut off from its subject: it holds
 * the sentence's root, whose subject lies outside it?  With PETRARCH-2
 * dictionaries (which drop comma clauses as constituents of the tree) such
 * a stretch is not a clause of its own and is never dropped ("The US, Russia,
 * and Switzerland met": the commas only separate the subjects).  A closing
 * "..., officials said" holds its own subject and is dropped as before. */
static int holds_root(const kcoder *c, const ksent *s, int a, int b)
{
    if (c->dialect != 2)
        return 0;
    for (int r = a; r < b; r++) {
        if (s->tok[r].head >= 0)
            continue;
        for (int ch = c->tr->first[r]; ch >= 0; ch = c->tr->next[ch])
            if ((s->tok[ch].rel == KR_NSUBJ || s->tok[ch].rel == KR_NSUBJPASS) && (ch < a || ch >= b))
                return 1;
    }
    return 0;
}

static void comma_clauses(kcoder *c, const ksent *s, const kcoder_opts *o)
{
    int n = s->ntok;
    int first = -1, last = -1;
    for (int i = 0; i < n; i++)
        if (clause_comma(c, s, i)) {
            if (first < 0)
                first = i;
            last = i;
        }
    if (first < 0)
        return;
    /* end of sentence: the last non-punctuation token + 1 */
    int end = n;
    while (end > 0 && is_punct(&s->tok[end - 1]) && !is_comma(&s->tok[end - 1]))
        end--;
    if (o->comma_bmax != 0) {
        int k = count_words(c, s, 0, first);
        if (k >= o->comma_bmin && k <= o->comma_bmax && !holds_root(c, s, 0, first)) {
            for (int i = 0; i < first; i++)
                c->del[i] = 1;
            TRACE(c, "comma", "initial clause, tokens 1-%d dropped", first);
        }
    }
    if (o->comma_emax != 0) {
        int k = count_words(c, s, last, n);
        if (k >= o->comma_emin && k <= o->comma_emax && last + 1 < end &&
            !holds_root(c, s, last + 1, end)) {
            for (int i = last + 1; i < end; i++)
                c->del[i] = 1;
            TRACE(c, "comma", "terminal clause, tokens %d-%d dropped", last + 2, end);
        }
    }
    if (o->comma_max != 0) {
        int ka = -1;
        for (int i = 0; i < n; i++) {
            if (!clause_comma(c, s, i))
                continue;
            if (ka >= 0) {
                int k = count_words(c, s, ka + 1, i);
                if (k >= o->comma_min && k <= o->comma_max && !holds_root(c, s, ka + 1, i)) {
                    for (int j = ka; j < i; j++)
                        c->del[j] = 1;
                    TRACE(c, "comma", "internal clause, tokens %d-%d dropped", ka + 1, i);
                }
            }
            ka = i;
        }
    }
    /* dangling commas */
    first = last = -1;
    for (int i = 0; i < n; i++)
        if (clause_comma(c, s, i)) {
            if (first < 0)
                first = i;
            last = i;
        }
    if (first >= 0 && count_words(c, s, 0, first) == 0)
        c->del[first] = 1;
    if (last >= 0 && last != first && count_words(c, s, last + 1, n) == 0)
        c->del[last] = 1;
}

/* ---- pattern matching ---------------------------------------------------- */

typedef struct mstate {
    int src, tgt, comp;     /* unit indices or -1 */
    int comp_side;          /* 0 upper, 1 lower */
} mstate;

typedef struct mctx {
    kcoder *c;
    const ksent *s;
    const kverbs *v;
    const int *seq;
    int n;
    int upper;              /* 1: seq runs backwards through the text */
    mstate st;
    int depth;
    int firstq;             /* where the first item matched */
    int lone;               /* the synset being matched is a lone item after the verb */
} mctx;

static int np_modifier(const mctx *m, int q)
{
    const ksent *s = m->s;
    const ktok *t = &s->tok[m->seq[q]];
    return (t->rel == KR_AMOD) && t->head >= 0 && is_nominal(&s->tok[t->head]);
}


static int word_match(const mctx *m, int q, const kpitem *it)
{
    int t = m->seq[q];
    if (m->c->wid[t] == it->id)
        return 1;
    if (!it->exact && m->c->lid[t] == it->id)
        return 1;
    return 0;
}

/* position after the base noun phrase containing seq[q] (in sequence
 * direction) */
static int unit_skip(const mctx *m, int q)
{
    int t = m->seq[q];
    int u = m->c->owner[t], h = m->c->chunk[t];
    while (q < m->n && m->c->owner[m->seq[q]] == u && m->c->chunk[m->seq[q]] == h)
        q++;
    return q;
}

/* The unit a pattern's $ or + names when it matches at token t: the base
 * noun phrase's head with everything it governs ("the Prince of Dol
 * Amroth"), made on demand inside the maximal unit. */
static int pattern_unit(kcoder *c, const ksent *s, int t)
{
    int u = c->owner[t];
    if (u < 0)
        return -1;
    int h = c->chunk[t];
    if (h < 0 || h == c->unit[u].head)
        return u;
    if (c->subunit[h] >= 0)
        return c->subunit[h];
    XGROW(c->unit, c->cunit, c->nunit + 1);
    int su = (int)c->nunit++;
    kunit *U = &c->unit[su];
    memset(U, 0, sizeof *U);
    U->head = h;
    U->parent = u;
    SUBTREE(c, h, &U->beg, &U->end);
    add_unit_members(c, s, su, c->tr, c->o);
    c->subunit[h] = su;
    return su;
}

static int match_items(mctx *m, const kpitem *it, int nit, int k, int pos, int prev);

/* match the synset at pos (consecutive words); calls back to continue with
 * the rest of the items */
static int match_synset(mctx *m, int si, int pos, const kpitem *rest, int nrest, int krest)
{
    const ksynset *sy = kverbs_synset(m->v, si);
    if (!sy || m->depth > 6 || pos >= m->n)
        return 0;
    /* upper sequences run backwards: the phrase's last word comes first */
    if (!m->upper && !ksynset_may_start(sy, m->c->wid[m->seq[pos]], m->c->lid[m->seq[pos]]))
        return 0;
    for (int a = 0; a < sy->nalt; a++) {
        const kpitem *alt = sy->alt[a];
        int na = sy->nalt_items[a];
        /* upper sequences run backwards: a synonym phrase must be matched
         * in reverse */
        int q = pos, ok = 1;
        for (int j = 0; j < na && ok; j++) {
            const kpitem *x = m->upper ? &alt[na - 1 - j] : &alt[j];
            if (q >= m->n) {
                ok = 0;
                break;
            }
            if (x->kind == KPI_WORD) {
                if (!word_match(m, q, x))
                    ok = 0;
                else
                    q++;
            } else if (x->kind == KPI_SYNSET) {
                /* nested synset: single-level greedy */
                const ksynset *s2 = kverbs_synset(m->v, x->id);
                int found = 0;
                for (int b = 0; s2 && b < s2->nalt && !found; b++) {
                    int nb = s2->nalt_items[b], q2 = q, ok2 = 1;
                    for (int jj = 0; jj < nb && ok2; jj++) {
                        const kpitem *y = m->upper ? &s2->alt[b][nb - 1 - jj] : &s2->alt[b][jj];
                        if (q2 >= m->n || y->kind != KPI_WORD || !word_match(m, q2, y))
                            ok2 = 0;
                        else
                            q2++;
                    }
                    if (ok2) {
                        found = 1;
                        q = q2;
                    }
                }
                if (!found)
                    ok = 0;
            } else {
                ok = 0;
            }
        }
        if (!ok || (m->lone && np_modifier(m, q - 1)))
            continue;
        m->depth++;
        int r = match_items(m, rest, nrest, krest, q, q - 1);
        m->depth--;
        if (r)
            return 1;
    }
    return 0;
}

/* Can item k be tried at position q (q >= pos)?  adjacency: directly at
 * pos, allowing light words (articles, possessive marker) in between. */
static int match_items(mctx *m, const kpitem *it, int nit, int k, int pos, int prev)
{
    if (k == nit)
        return 1;
#define FOUND() do { if (k == 0) m->firstq = q; return 1; } while (0)
    const kpitem *x = &it[k];
    int adj = x->adj;
    int prevunit = prev >= 0 ? m->c->owner[m->seq[prev]] : -1;
    if (adj == 2 && prevunit < 0)
        adj = 0;
    for (int q = pos; q < m->n; q++) {
        if (adj == 2) {
            /* same phrase: stay inside the previous item's unit */
            if (m->c->owner[m->seq[q]] != prevunit)
                break;
        } else if (adj && q > pos) {
            /* only light tokens may be skipped under '_' */
            if (!CLS(m->c, m->seq[q - 1], CL_LIGHT))
                break;
        }
        int t = m->seq[q];
        int u = m->c->owner[t];
        int lone = m->c->dialect == 2 && m->c->combine && !m->upper && x->adj == 0 && !(k + 1 < nit && it[k + 1].adj == 2);
        switch (x->kind) {
        case KPI_WORD:
            /* a preposition group of its own word alone ("- * (TO)": "returned
             * to Tripoli") is no infinitive marker ("gone ahead with plans to
             * reflag") */
            if (x->prep && (k + 1 == nit || it[k + 1].adj == 0) && m->s->tok[t].rel == KR_MARK &&
                m->s->tok[t].key && !strcmp(m->s->tok[t].key, "TO"))
                break;
            if (word_match(m, q, x) && !(lone && np_modifier(m, q)) && match_items(m, it, nit, k + 1, q + 1, q))
                FOUND();
            break;
        case KPI_SYNSET: {
            int save_lone = m->lone;
            m->lone = lone;
            int r = match_synset(m, x->id, q, it, nit, k + 1);
            m->lone = save_lone;
            if (r)
                FOUND();
            break;
        }
        case KPI_SOURCE:
        case KPI_TARGET:
            if (u >= 0) {
                mstate save = m->st;
                int pu = pattern_unit(m->c, m->s, t);
                if (x->kind == KPI_SOURCE)
                    m->st.src = pu;
                else
                    m->st.tgt = pu;
                if (match_items(m, it, nit, k + 1, unit_skip(m, q), unit_skip(m, q) - 1))
                    FOUND();
                m->st = save;
            }
            break;
        case KPI_SKIP:
            if (u >= 0 && match_items(m, it, nit, k + 1, unit_skip(m, q), unit_skip(m, q) - 1))
                FOUND();
            break;
        case KPI_COMPOUND:
            if (u >= 0 && m->c->unit[u].nmem > 1) {
                mstate save = m->st;
                m->st.comp = u;
                m->st.comp_side = m->upper ? 0 : 1;
                if (match_items(m, it, nit, k + 1, unit_skip(m, q), unit_skip(m, q) - 1))
                    FOUND();
                m->st = save;
            }
            break;
        default:
            break;
        }
        /* '$', '+', '^', '%' always refer to the next actor phrase: a gap
         * before them may skip words but not another actor phrase */
        if (adj == 1 && !CLS(m->c, t, CL_LIGHT))
            break;
    }
    return 0;
#undef FOUND
}

/* ---- clause structure ---------------------------------------------------- */

static int child_rel(const ksent *s, const tree *tr, int v, krel r)
{
    for (int ch = tr->first[v]; ch >= 0; ch = tr->next[ch])
        if (s->tok[ch].rel == r)
            return ch;
    return -1;
}

/* nearest verb above token i (i itself excluded), -1 when none */
static int clause_verb(const ksent *s, int i)
{
    for (int k = 0, h = s->tok[i].head; h >= 0 && k < 64; k++, h = s->tok[h].head)
        if (is_verb_tag(&s->tok[h]))
            return h;
    return -1;
}

/* Is v passive (aux:pass or nsubj:pass child)?  *agent receives the head
 * token of its "by" phrase among the lower tokens whose clause verb is v
 * (parsers often hang "by X" on a neighbour: "opposed earlier by X"), or
 * -1 when there is none. */
static int is_passive(kcoder *c, const ksent *s, const tree *tr, int v, int *agent)
{
    *agent = -1;
    int pass = child_rel(s, tr, v, KR_AUXPASS) >= 0 || child_rel(s, tr, v, KR_NSUBJPASS) >= 0;
    /* a past participle modifying a noun is passive ("soldiers killed in
     * X"), unless it raises a complement ("a woman believed linked to X") */
    if (!pass && s->tok[v].rel == KR_ACL && !strcmp(s->tok[v].xpos, "VBN") &&
        child_rel(s, tr, v, KR_XCOMP) < 0)
        pass = 1;
    if (!pass)
        return 0;
    for (int k = 0; k < c->nlo; k++) {
        int t = c->lo[k];
        const ktok *tk = &s->tok[t];
        if (tk->rel != KR_CASE || !tk->key || strcmp(tk->key, "BY") || tk->head < 0)
            continue;
        int h = tk->head;
        if (clause_verb(s, h) == v) {
            *agent = h;
            return 1;
        }
    }
    return 1;
}

/* a negation attached to verb v: not, n't, never */
static int is_negated(const ksent *s, const tree *tr, int v)
{
    for (int ch = tr->first[v]; ch >= 0; ch = tr->next[ch]) {
        const ktok *t = &s->tok[ch];
        if (t->rel == KR_NEG)
            return 1;
        if (t->rel == KR_ADVMOD && t->key &&
            (!strcmp(t->key, "NOT") || !strcmp(t->key, "N'T") || !strcmp(t->key, "NEVER")))
            return 1;
    }
    return 0;
}

/* subject token of verb v, following xcomp/conj/relative clauses upward */
static int subject_of(kcoder *c, const ksent *s, const tree *tr, int v, int *is_pass_subj)
{
    *is_pass_subj = 0;
    for (int step = 0; v >= 0 && step < 8; step++) {
        int sj = child_rel(s, tr, v, KR_NSUBJ);
        if (sj >= 0)
            return sj;
        sj = child_rel(s, tr, v, KR_NSUBJPASS);
        if (sj >= 0) {
            *is_pass_subj = 1;
            return sj;
        }
        const ktok *t = &s->tok[v];
        if (t->head < 0)
            return -1;
        krel r = t->rel;
        if (r == KR_ACL || r == KR_ACLRELCL) {
            if (c->nominal[t->head])
                return t->head;
            return -1;
        }
        if (r == KR_ADVCL && c->story && !strcmp(t->xpos, "VBG") && is_verb_tag(&s->tok[t->head])) {
            /* story mode: a participial adjunct (", saying ...", ", helping
             * ...") has its main clause's subject */
            v = t->head;
            continue;
        }
        if (r == KR_XCOMP || r == KR_CONJ || r == KR_DEP ||
            (!is_verb_tag(&s->tok[t->head]) && !c->nominal[t->head])) {
            v = t->head;
            continue;
        }
        return -1;
    }
    return -1;
}

/* ---- events -------------------------------------------------------------- */

typedef struct codelist {
    const char *code[MAXCODES];
    const char *text[MAXCODES];
    const char *note[MAXCODES];
    int n;
} codelist;

static void push_code(codelist *L, const ksent *s, const char *code, const char *text, const char *note,
                      int split)
{
    /* split compound codes "FRO/BIL/SAM" */
    const char *p = code;
    if (!split) {
        if (L->n < MAXCODES) {
            L->code[L->n] = code;
            L->text[L->n] = text;
            L->note[L->n] = note;
            L->n++;
        }
        return;
    }
    while (L->n < MAXCODES) {
        const char *sl = strchr(p, '/');
        if (!sl) {
            L->code[L->n] = p;
            L->text[L->n] = text;
            L->note[L->n] = note;
            L->n++;
            return;
        }
        L->code[L->n] = karena_strndup(s->mem, p, (size_t)(sl - p));
        L->text[L->n] = text;
        L->note[L->n] = note;
        L->n++;
        p = sl + 1;
    }
}

static void unit_codes(kcoder *c, const ksent *s, int u, codelist *L)
{
    L->n = 0;
    if (u < 0)
        return;
    const kunit *U = &c->unit[u];
    if (U->nmem > 1) {
        for (int k = 0; k < U->nmem; k++) {
            const kmember *M = &c->mem[U->mem0 + k];
            if (M->coded)
                push_code(L, s, M->code, M->text, M->note, c->split);
        }
        if (L->n == 0)
            push_code(L, s, "---", c->mem[U->mem0].text, NULL, c->split);
    } else if (U->nmem == 1) {
        push_code(L, s, c->mem[U->mem0].code, c->mem[U->mem0].text, c->mem[U->mem0].note,
                  c->split);
    }
}

static int is_null(const char *code)
{
    return !code || !code[0] || !strcmp(code, "---");
}

static int emit(kcoder *c, const kcoder_opts *o, const ksent *s, const char *src, const char *tgt,
                const char *code, const char *stext, const char *ttext, const char *snote,
                const char *tnote, const char *vtext,
                const char *ptext, int pline, const char *issues,
                kevent **ev, int *nev, int *cap, int first)
{
    if (o->require_dyad && (is_null(src) || is_null(tgt))) {
        TRACE(c, "drop", "%s|%s|%s: require_dyad", src, tgt, code);
        return 0;
    }
    if (!strcmp(src, tgt))
        return 0;
    for (int i = first; i < *nev; i++)
        if (!strcmp((*ev)[i].source, src) && !strcmp((*ev)[i].target, tgt) &&
            !strcmp((*ev)[i].code, code))
            return 0;
    if (*nev >= *cap) {
        size_t cp = (size_t)*cap;
        XGROW(*ev, cp, (size_t)*nev + 1);
        *cap = (int)cp;
    }
    kevent *e = &(*ev)[(*nev)++];
    memset(e, 0, sizeof *e);
    e->story_id = s->story_id;
    e->sentence_id = s->id;
    e->date = s->date;
    e->source = src;
    e->target = tgt;
    e->code = code;
    e->sentence = s->text;
    e->source_text = stext;
    e->target_text = ttext;
    e->verb_text = vtext;
    e->pattern = ptext;
    e->pattern_file = c->d->verbs ? kverbs_file(c->d->verbs) : NULL;
    e->pattern_line = pline;
    e->issues = issues;
    e->source_resolved = snote;
    e->target_resolved = tnote;
    return 1;
}

/* ---- main ---------------------------------------------------------------- */

static int multi_match(kcoder *c, const ksent *s, int v, const kverbform *f, int *vb, int *ve)
{
    int n = s->ntok;
    int q = v + 1;
    for (int k = 0; k < f->nafter; k++) {
        while (q < n && c->del[q])
            q++;
        if (q >= n || c->wid[q] != f->after[k])
            return 0;
        q++;
    }
    int p = v - 1;
    for (int k = 0; k < f->nbefore; k++) {
        while (p >= 0 && c->del[p])
            p--;
        if (p < 0 || c->wid[p] != f->before[k])
            return 0;
        p--;
    }
    *vb = p + 1;
    *ve = q - 1;
    return 1;
}

/* ---- one verb ------------------------------------------------------------ */

typedef struct vstate {
    int v, vb, ve;            /* the verb token; first and last token of the
                                 (multi-word) verb */
    int inner;                /* the verb sits inside an actor phrase */
    const kverbform *forms;
    int simple[8], nsimple;   /* the candidate forms to use */
    int sj;                   /* subject token, -1 */
    const int *pup;           /* the words before the verb patterns see */
    int npup;
    const kpattern *hit;
    mstate st;
    int code, code2;
    const char *ptext;
    int pline;
} vstate;

/* Actor phrase of token t for this verb: inside an actor phrase, the base
 * phrases are the units. */
static int unit_at(kcoder *c, const ksent *s, const vstate *vs, int t)
{
    return vs->inner ? pattern_unit(c, s, t) : c->owner[t];
}

/* Does the form look like a regular inflection of the lemma (the lemma
 * plus letters: "departes" of "depart")?  The dictionary generates the
 * regular forms it admits, so the lemma is consulted only for irregular
 * forms it did not list ("fled" of "flee"), not for a misspelt or
 * non-English inflection. */
static int regular_looking(const char *key, const char *lemma)
{
    if (!key || !lemma)
        return 0;
    size_t n = strlen(lemma);
    if (n == 0 || strlen(key) <= n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (toupper((unsigned char)lemma[i]) != (unsigned char)key[i])
            return 0;
    return 1;
}

/* The verb's dictionary forms; a matching multi-word verb with most words
 * wins over the single word.  Returns 0 when the verb is not in the
 * dictionary. */
static int choose_forms(kcoder *c, const ksent *s, vstate *vs)
{
    const kverbs *V = c->d->verbs;
    int v = vs->v;
    int nf = kverbs_forms(V, c->wid[v], &vs->forms);
    if (nf == 0 && c->lid[v] && !regular_looking(s->tok[v].key, s->tok[v].lemma))
        nf = kverbs_forms(V, c->lid[v], &vs->forms);
    if (nf == 0)
        return 0;
    const kverbform *forms = vs->forms;
    int best = -1, bestw = -1;
    vs->vb = vs->ve = v;
    for (int k = 0; k < nf; k++) {
        int b, e, w = forms[k].nbefore + forms[k].nafter;
        if (w == 0)
            continue;
        if (multi_match(c, s, v, &forms[k], &b, &e) && w > bestw) {
            best = k;
            bestw = w;
            vs->vb = b;
            vs->ve = e;
        }
    }
    vs->nsimple = 0;
    if (best >= 0) {
        vs->simple[vs->nsimple++] = best;
        return 1;
    }
    for (int k = 0; k < nf && vs->nsimple < 8; k++)
        if (forms[k].nbefore + forms[k].nafter == 0)
            vs->simple[vs->nsimple++] = k;
    /* a verb listed in several blocks: PETRARCH-1 takes the last definition's
     * code and all the blocks' patterns (forms come latest first); PETRARCH-2
     * keeps the first definition only */
    if (c->dialect == 2 && vs->nsimple > 1) {
        vs->simple[0] = vs->simple[vs->nsimple - 1];
        vs->nsimple = 1;
    }
    return vs->nsimple > 0;
}

/* Is conjunct x really coordinated: a coordinator (cc) or a punctuation
 * mark attached to it, or a comma or coordinator right before it?  A verb
 * "conjunct" with neither is a parser's misattachment ("restore ties with
 * Gondor almost five years after crowds burned down its embassy") and stays
 * inside its head's clause. */
static int coordinated(kcoder *c, const ksent *s, int x)
{
    for (int ch = c->tr->first[x]; ch >= 0; ch = c->tr->next[ch])
        if ((s->tok[ch].rel == KR_CC || s->tok[ch].rel == KR_PUNCT) && ch < x)
            return 1;
    int p = x - 1;
    if (p >= 0 && c->sb[x] > 0)
        p = c->sb[x] - 1;
    return p >= 0 && (CLS(c, p, CL_PUNCT) || s->tok[p].rel == KR_CC);
}

/* The lower sequence (the verb's clause after it: its subtree without
 * subjects, verb conjuncts, parataxis), the upper sequence (the text before
 * it back to a clause comma), the subject, and the words the patterns see
 * before the verb. */
static void clause_sequences(kcoder *c, const ksent *s, vstate *vs)
{
    int v = vs->v, ve = vs->ve, sp = 0;
    const tree *tr = c->tr;
    c->nlo = 0;
    c->stack[sp++] = v;
    while (sp > 0) {
        int t = c->stack[--sp];
        if (t != v && t > ve && !c->del[t])
            c->lo[c->nlo++] = t;
        for (int ch = tr->first[t]; ch >= 0; ch = tr->next[ch]) {
            if (t == v) {
                krel r = s->tok[ch].rel;
                if (r == KR_NSUBJ || r == KR_NSUBJPASS || r == KR_CSUBJ || r == KR_PARATAXIS ||
                    (r == KR_CONJ && !c->nominal[ch] && coordinated(c, s, ch)) ||
                    (r == KR_CC && ch > v) || (r == KR_PUNCT && ch > v))
                    continue;
                /* story mode: a participial adjunct after a comma (",
                 * helping ...", ", triggering ...") is coded on its own */
                if (c->story && r == KR_ADVCL && ch > v && !strcmp(s->tok[ch].xpos, "VBG") &&
                    child_rel(s, tr, ch, KR_NSUBJ) < 0 &&
                    (CLS(c, c->sb[ch], CL_COMMA) || (c->sb[ch] > 0 && CLS(c, c->sb[ch] - 1, CL_COMMA))))
                    continue;
            }
            c->stack[sp++] = ch;
        }
    }
    qsort(c->lo, (size_t)c->nlo, sizeof *c->lo, intcmp);
    int pass_subj = 0;
    vs->sj = subject_of(c, s, tr, v, &pass_subj);
    c->nup = 0;
    for (int i = vs->vb - 1; i >= 0 && c->nup < MAXUPPER; i--) {
        if (c->del[i])
            continue;
        if (CLS(c, i, CL_COMMA) && c->owner[i] < 0)
            break;
        c->up[c->nup++] = i;
    }
    vs->pup = c->up;
    vs->npup = c->nup;
    if (c->dialect == 2) {
        /* PETRARCH-2 dictionaries: words before the verb are matched inside
         * the subject phrase only */
        int su0 = vs->sj >= 0 ? c->owner[vs->sj] : -1;
        int k = 0;
        for (int i = vs->vb - 1; i >= 0 && su0 >= 0 && k < MAXUPPER; i--)
            if (!c->del[i] && c->owner[i] == su0)
                c->up2[k++] = i;
        vs->pup = c->up2;
        vs->npup = k;
    }
}

/* The pattern that codes the verb, most specific first (dialect 1), or the
 * match nearest the verb (dialect 2: its object before prepositional
 * phrases and clauses; patterns without words after the verb last). */
static void best_pattern(kcoder *c, const ksent *s, vstate *vs)
{
    const kverbs *V = c->d->verbs;
    /* words present around the verb, for the patterns' pre-check */
    wset_reset(c, c->nlo + vs->npup);
    for (int i = 0; i < c->nlo; i++) {
        wset_add(c, c->wid[c->lo[i]]);
        wset_add(c, c->lid[c->lo[i]]);
    }
    for (int i = 0; i < vs->npup; i++) {
        wset_add(c, c->wid[vs->pup[i]]);
        wset_add(c, c->lid[vs->pup[i]]);
    }
    int hitpos = 0;
    vs->hit = NULL;
    vs->st = (mstate){-1, -1, -1, 0};
    for (int si = 0; si < vs->nsimple && !vs->hit; si++) {
        const kverb_block *bl = kverbs_block(V, vs->forms[vs->simple[si]].block);
        if (!bl)
            continue;
        int dupblock = 0;
        for (int sk = 0; sk < si; sk++)
            if (vs->forms[vs->simple[sk]].block == vs->forms[vs->simple[si]].block)
                dupblock = 1;
        if (dupblock)
            continue;
        for (int pi = 0; pi < bl->npat; pi++) {
            const kpattern *p = &bl->pat[pi];
            int missing = 0;
            for (int r = 0; r < p->nreq && !missing; r++)
                if (!wset_has(c, p->req[r]))
                    missing = 1;
            if (missing)
                continue;
            mctx lm = {c, s, V, c->lo, c->nlo, 0, {-1, -1, -1, 0}, 0, 0, 0};
            if (p->nlo && !match_items(&lm, p->lo, p->nlo, 0, 0, -1))
                continue;
            mctx um = {c, s, V, vs->pup, vs->npup, 1, lm.st, 0, 0, 0};
            if (p->nup && !match_items(&um, p->up, p->nup, 0, 0, -1))
                continue;
            if (c->dialect != 2) {
                vs->hit = p;
                vs->st = um.st;
                break;
            }
            int where = p->nlo ? lm.firstq : c->nlo + 1;
            if (!vs->hit || where < hitpos) {
                vs->hit = p;
                vs->st = um.st;
                hitpos = where;
            }
        }
    }
}

/* The event code(s) of the verb: the pattern's or the verb's own, negated
 * through the ontology when the verb is negated.  0 when nothing codes. */
static int verb_code(kcoder *c, const ksent *s, vstate *vs)
{
    const kverbform *vf = &vs->forms[vs->simple[0]];
    if (vs->hit) {
        vs->code = vs->hit->code;
        vs->code2 = vs->hit->code2;
        vs->ptext = vs->hit->text;
        vs->pline = vs->hit->line;
    } else {
        vs->code = vf->code;
        vs->code2 = vf->code2;
        vs->ptext = vf->text;
        vs->pline = vf->line;
    }
    if ((!vs->code || vs->code == c->nullcode) && !vs->code2)
        return 0;
    if (c->pico && is_negated(s, c->tr, vs->v)) {
        const kintern *in = c->d->in;
        int nc = vs->code && vs->code != c->nullcode ? kpico_negate(c->pico, in, vs->code) : 0;
        int nc2 = vs->code2 ? kpico_negate(c->pico, in, vs->code2) : 0;
        if (!nc && !nc2)
            return 0;
        vs->code = nc ? nc : c->nullcode;
        vs->code2 = nc2;
    }
    return 1;
}

/* The CAMEO root of a code as a number ("0256" -> 2, "190" -> 19), -1 when
 * the code does not start with two digits. */
static int code_root(const char *cs)
{
    if (!cs || cs[0] < '0' || cs[0] > '9' || cs[1] < '0' || cs[1] > '9')
        return -1;
    return (cs[0] - '0') * 10 + (cs[1] - '0');
}

/* Is unit u an "according to X" phrase?  It names where a report comes from,
 * never whom the event is done to or by ("established relations ...,
 * according to a communique signed by their U.N. representatives"). */
static int attribution(const kcoder *c, const ksent *s, int u)
{
    int h = c->unit[u].head;
    if (h < 0)
        return 0;
    for (int ch = c->tr->first[h]; ch >= 0; ch = c->tr->next[ch])
        if (s->tok[ch].rel == KR_CASE && s->tok[ch].key && !strcmp(s->tok[ch].key, "ACCORDING"))
            return 1;
    return 0;
}

/* Source and target units (see docs/coder.md, "Source and target"). */
static void pick_actors(kcoder *c, const ksent *s, const vstate *vs, int *psu, int *ptu, int *pcomp)
{
    const mstate *st = &vs->st;
    int tu = st->tgt, su = st->src, compound_src = -1;
    if (st->comp >= 0) {
        if (st->comp_side == 0) {
            /* '%' before the verb: the compound acts on itself (each member
             * on the others) unless '+' says otherwise */
            compound_src = st->comp;
            if (tu < 0)
                tu = st->comp;
        } else if (tu < 0)
            tu = st->comp;
    }
    int by = -1;
    int pass = is_passive(c, s, c->tr, vs->v, &by);
    int sju = vs->sj >= 0 ? unit_at(c, s, vs, vs->sj) : -1;
    if (su >= 0 && tu < 0 && st->comp < 0 && sju >= 0 && sju != su)
        tu = sju;       /* the pattern names the source after the verb: the
                           subject is acted upon ("celebrate May Day with $") */
    int byu = pass && by >= 0 ? unit_at(c, s, vs, by) : -1;
    if (byu >= 0 && su < 0 && tu >= 0 && sju >= 0 && sju != tu && sju != byu &&
        (tu == byu || s->tok[c->unit[tu].head].rel == KR_OBL)) {
        /* a pattern written for the active voice ('- * +': the object is the
         * target) that took a passive clause's by-agent, or another
         * prepositional phrase, for its target: the agent acts on the
         * subject ("Arafat was received [in Cairo] by Mubarak") */
        su = byu;
        tu = sju;
    }
    /* a statement in the passive without its "by" agent ("The Bank of Japan
     * was reported in the market to bolster the Paris accord", "Shultz was
     * said to be against the offer") has no speaker: neither the actor after
     * the verb nor the subject says it (no source, so no event) */
    int statement = vs->code && vs->code != c->nullcode && code_root(kintern_str(c->d->in, vs->code)) == 1;
    if (pass && (by >= 0 || (c->pswap && !statement)) && su < 0 && tu < 0 && sju >= 0) {
        /* passive: the subject undergoes the action; the agent is the "by"
         * phrase, else the first coded actor after the verb */
        int bu = byu;
        for (int i = 0; i < c->nlo && bu < 0; i++) {
            int u = unit_at(c, s, vs, c->lo[i]);
            if (u >= 0 && u != sju && c->unit[u].coded)
                bu = u;
        }
        if (bu >= 0) {
            su = bu;
            tu = sju;
        }
    }
    if (tu < 0) {
        for (int i = 0; i < c->nlo && tu < 0; i++) {
            int u = unit_at(c, s, vs, c->lo[i]);
            if (u >= 0 && c->unit[u].coded && u != compound_src && u != su && !attribution(c, s, u))
                tu = u;
        }
        for (int i = 0; i < c->nlo && tu < 0; i++) {
            int u = unit_at(c, s, vs, c->lo[i]);
            if (u >= 0 && u != compound_src && u != su && !attribution(c, s, u))
                tu = u;
        }
    }
    if (compound_src >= 0 && su < 0)
        su = compound_src;
    codelist T, tmp;
    unit_codes(c, s, tu, &T);
    const char *tfirst = T.n ? T.code[0] : NULL;
    if (su < 0 && sju >= 0 && sju != tu && c->unit[sju].coded) {
        unit_codes(c, s, sju, &tmp);
        if (!(tfirst && tmp.n && !strcmp(tmp.code[0], tfirst) && c->unit[sju].nmem == 1))
            su = sju;
    }
    for (int i = 0; i < c->nup && su < 0; i++) {
        int u = unit_at(c, s, vs, c->up[i]);
        if (u < 0 || u == tu || !c->unit[u].coded)
            continue;
        if (c->unit[u].nmem > 1) {
            su = u;
            break;
        }
        unit_codes(c, s, u, &tmp);
        if (tfirst && tmp.n && !strcmp(tmp.code[0], tfirst))
            continue;
        su = u;
    }
    if (su < 0 && sju >= 0 && sju != tu)
        su = sju;
    for (int i = 0; i < c->nup && su < 0; i++) {
        int u = unit_at(c, s, vs, c->up[i]);
        if (u >= 0 && u != tu)
            su = u;
    }
    if (pass && statement && by < 0 && st->src < 0)
        su = -1;
    *psu = su;
    *ptu = tu;
    *pcomp = compound_src;
}

/* Story mode: does relative clause verb v have a resolved relative
 * pronoun ("Cavusoglu, who was visiting")? */
static int relcl_resolved(const kcoder *c, const ksent *s, int v)
{
    for (int ch = c->tr->first[v]; ch >= 0; ch = c->tr->next[ch])
        if (c->res[ch] >= 0 && is_relpron(&s->tok[ch]))
            return 1;
    return 0;
}

/* Story mode: remember events e[0..n) of verb vs with the nouns that can
 * name them later (the verb block's name, event nouns of its clause:
 * "signed an agreement" -> SIGN, AGREEMENT). */
static void ctx_events(kcoder *c, const ksent *s, const vstate *vs, const kevent *e, int n)
{
    const char *nouns[6];
    int nn = 0;
    const kverb_block *bl = vs->forms && vs->nsimple > 0
                                ? kverbs_block(c->d->verbs, vs->forms[vs->simple[0]].block)
                                : NULL;
    if (bl && bl->name)
        nouns[nn++] = bl->name;
    if (s->tok[vs->v].key)
        nouns[nn++] = s->tok[vs->v].key;
    for (int i = 0; i < c->nlo && nn < 6; i++) {
        const ktok *t = &s->tok[c->lo[i]];
        if (c->nominal[c->lo[i]] && kctx_event_noun(t->key))
            nouns[nn++] = t->key;
    }
    for (int i = 0; i < n; i++)
        kctx_add_event(&c->ctx, e[i].source, e[i].target, e[i].code, e[i].source_text,
                       e[i].target_text, nouns, nn);
    c->ccnow++;                     /* event nouns may now resolve */
}

/* CAMEO codes of the cooperation range whose two sides play different
 * parts, and their subcodes: intents to give diplomatic cooperation or aid,
 * to reform, to yield, to accept or offer mediation (032-035, 038, 039);
 * make and host a visit, mediate (042, 043, 045); praise, defend verbally,
 * rally support, apologize, forgive (051-053, 055, 056).  "A and B supported
 * a 40 pct veto level" is no support of each other; meeting, negotiating,
 * agreeing and cooperating (036, 037, 040, 041, 044, 046, 054, 057, 06x) are
 * mutual. */
static int directed_code(const char *cs)
{
    static const char *const directed[] = {"032", "033", "034", "035", "038", "039", "042", "043",
                                           "045", "051", "052", "053", "055", "056", NULL};
    for (int i = 0; directed[i]; i++)
        if (!strncmp(cs, directed[i], 3))
            return 1;
    return 0;
}

/* Can unit u be the source of physical violence (codes 18-20)?  A thing
 * whose country comes from a modifier cannot: "the effects of the Middle
 * East economic downturn hit the construction sector in Saudi Arabia", "U.S.
 * corn exports have injured Ontario corn growers".  Anything but a common
 * noun can, and a common noun with a possessor, a code with a role (IRQMIL,
 * ---REB), a weapon or vehicle ("Israeli planes") or an act of violence
 * ("Israeli tank shelling"). */
static int violent_source(kcoder *c, const ksent *s, int u, const codelist *S)
{
    static const char *const arms[] = {
        "GUNFIRE", "ARTILLERY", "FORCES", "UNITS", "PATROL", "PATROLS",
        /* acts of violence name their actor by the adjective ("Israeli tank shelling") */
        "SHELLING", "ATTACK", "ATTACKS", "RAID", "RAIDS", "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES",
        "BOMBING", "BOMBINGS", "BOMBARDMENT", "OFFENSIVE", "FIRE", "SHOOTING", "BARRAGE", "ASSAULT",
        "AMBUSH", "INVASION", "INCURSION", NULL};
    int h = c->unit[u].head;
    const ktok *t = h >= 0 ? &s->tok[h] : NULL;
    if (!t || c->res[h] >= 0 || strncmp(t->xpos, "NN", 2) || !strncmp(t->xpos, "NNP", 3) ||
        key_in(t->key, machine_nouns) || key_in(t->key, arms) || child_rel(s, c->tr, h, KR_NMODPOSS) >= 0)
        return 1;   /* not a common noun, or one with a possessor ("Eriador's death toll") */
    for (int i = 0; i < S->n; i++)
        if ((S->code[i] && strlen(S->code[i]) > 3) || S->note[i])
            return 1;   /* a role, or resolved from the story ("both countries") */
    return 0;
}

/* A return (verb "return", a visit code) by src to tgt that is no visit:
 * to src's own country ("Chirac returned to Paris", "Garcia was scheduled
 * to return to Lima"), or to what is not a country or place ("return to
 * parliament", "return to the ministry of defence", "report to Japanese
 * leaders", "return to profitability" of the region).  A return to another
 * country is one ("the Canadian team will return to Cairo"). */
static int homecoming(const char *src, const char *tgt)
{
    if (!src || !tgt || strlen(tgt) != 3 || !strncmp(tgt, "---", 3))
        return 1;
    return strncmp(src, "---", 3) && !strncmp(src, tgt, 3);
}

/* Events for source unit su x target unit tu with code cs (and the
 * reciprocal cs2), the verb's words as verb text. */
static int emit_pairs(kcoder *c, const kcoder_opts *o, const ksent *s, const vstate *vs, int su,
                      int tu, int compound_src, const char *cs, const char *cs2,
                      const char *ptext, int pline, const char *issues, kevent **ev, int *nev,
                      int *cap, int first_ev)
{
    codelist S, T;
    unit_codes(c, s, su, &S);
    unit_codes(c, s, tu, &T);
    TRACE(c, "verb", "%d '%s' code %s%s%s (%s:%d '%s'): source '%s' (%s), target '%s' (%s)", vs->v + 1,
          s->tok[vs->v].form, cs ? cs : "-", cs2 ? ":" : "", cs2 ? cs2 : "",
          c->d->verbs ? kverbs_file(c->d->verbs) : "", pline, ptext ? ptext : "",
          S.n ? S.text[0] : "", S.n ? S.code[0] : "none", T.n ? T.text[0] : "",
          T.n ? T.code[0] : "none");
    if (S.n > 1 && (T.n == 0 || (T.n == 1 && is_null(T.code[0]))) && compound_src < 0 &&
        c->dialect == 2 && code_root(cs) >= 3 && code_root(cs) <= 6 && !(cs2 && strcmp(cs, cs2)) &&
        !directed_code(cs)) {
        /* PETRARCH-2: several actors cooperating (codes 03-06) with no
         * coded target: each acts on the others ("A, B and C met"); not
         * with an asymmetric pair ([042:043]: a visit has a visitor and a
         * host, "Peru, Kenya, ... would have to be visited" no mutual visits)
         * nor a code whose two sides differ by nature (visit, host, mediate:
         * "the World Bank and the IDB have dispatched missions to the
         * region" is no visit of each to the other) */
        T = S;
        compound_src = su;
    }
    if (S.n == 0 && (T.n == 0 || compound_src < 0))
        return 0;
    if (su >= 0 && S.n > 0 && code_root(cs) >= 18 && code_root(cs) <= 20 &&
        !violent_source(c, s, su, &S)) {
        TRACE(c, "drop", "%s: source '%s' is a thing, not an actor of violence", cs, S.text[0] ? S.text[0] : "");
        return 0;
    }
    if (T.n == 0 && !cs2 && compound_src < 0)
        return 0;
    /* symmetric paired codes and '%' compounds: a missing side takes the
     * other ("Gondor and Osgiliath renewed diplomatic ties" [064:064]: each
     * with the other).  Not for an asymmetric pair: "teams to visit seven
     * countries: Mexico, ..." [042:043] is not the countries visiting each
     * other */
    if (cs2 || compound_src >= 0) {
        int snull = S.n == 0 || (S.n == 1 && is_null(S.code[0]));
        int tnull = T.n == 0 || (T.n == 1 && is_null(T.code[0]));
        int fill = compound_src >= 0 || (cs && cs2 && !strcmp(cs, cs2));
        if (tnull && !snull && fill)
            T = S;
        else if (snull && !tnull && fill)
            S = T;
    }
    if (S.n == 0 || T.n == 0)
        return 0;
    kbuf_reset(&c->buf);
    for (int i = vs->vb; i <= vs->ve; i++) {
        if (c->del[i])
            continue;
        if (c->buf.len)
            kbuf_putc(&c->buf, ' ');
        kbuf_puts(&c->buf, s->tok[i].form ? s->tok[i].form : "");
    }
    const char *vtext = karena_strndup(s->mem, c->buf.s, c->buf.len);
    int made = 0, ev0 = *nev;
    int ret = cs && (!strncmp(cs, "042", 3) || !strncmp(cs, "043", 3)) && s->tok[vs->v].key &&
              !strncmp(s->tok[vs->v].key, "RETURN", 6);
    for (int a = 0; a < S.n; a++)
        for (int b = 0; b < T.n; b++) {
            if (ret && homecoming(S.code[a], T.code[b])) {
                TRACE(c, "drop", "%s: '%s' returning to '%s' is no visit", cs, S.text[a] ? S.text[a] : "",
                      T.text[b] ? T.text[b] : "");
                continue;
            }
            if (cs)
                made += emit(c, o, s, S.code[a], T.code[b], cs, S.text[a], T.text[b], S.note[a],
                             T.note[b], vtext,
                             ptext, pline, issues, ev, nev, cap, first_ev);
            if (cs2)
                made += emit(c, o, s, T.code[b], S.code[a], cs2, T.text[b], S.text[a], T.note[b],
                             S.note[a], vtext,
                             ptext, pline, issues, ev, nev, cap, first_ev);
        }
    if (c->story && made > 0)
        ctx_events(c, s, vs, *ev + ev0, *nev - ev0);
    return made;
}

/* Events of a coded verb: every source member x target member, and the
 * reciprocal of a paired code. */
static int verb_events(kcoder *c, const kcoder_opts *o, const ksent *s, const vstate *vs,
                       const char *issues, kevent **ev, int *nev, int *cap, int first_ev)
{
    int su, tu, compound_src;
    pick_actors(c, s, vs, &su, &tu, &compound_src);
    const kintern *in = c->d->in;
    const char *cs = (vs->code && vs->code != c->nullcode) ? kintern_str(in, vs->code) : NULL;
    const char *cs2 = vs->code2 ? kintern_str(in, vs->code2) : NULL;
    return emit_pairs(c, o, s, vs, su, tu, compound_src, cs, cs2, vs->ptext, vs->pline, issues,
                      ev, nev, cap, first_ev);
}

/* ---- verb-verb combinations (PETRARCH-2) --------------------------------- */

/* PETRARCH-2 dictionaries: a verb that only has its own code (no pattern
 * matched) leaves its clause to the verb of its xcomp when that one matches
 * a coded pattern ("will be hosting Osgiliath to celebrate May Day with $":
 * the celebration is the event).  Clobbers the sequences (c->lo, c->up). */
static int yields_to_complement(kcoder *c, const ksent *s, int v)
{
    int w = -1;
    for (int ch = c->tr->first[v]; ch >= 0 && w < 0; ch = c->tr->next[ch])
        if (s->tok[ch].rel == KR_XCOMP && CLS(c, ch, CL_VERB) && !c->del[ch] &&
            !c->consumed[ch] && c->owner[ch] < 0)
            w = ch;
    if (w < 0)
        return 0;
    vstate W;
    memset(&W, 0, sizeof W);
    W.v = w;
    if (!choose_forms(c, s, &W))
        return 0;
    clause_sequences(c, s, &W);
    best_pattern(c, s, &W);
    return W.hit && W.hit->code && W.hit->code != c->nullcode;
}

/* The clause a verb governs as its complement: an xcomp / ccomp child that
 * is a verb ("wants to help", "said he will attack"), -1 when none. */
static int complement_verb(kcoder *c, const ksent *s, int v)
{
    for (int ch = c->tr->first[v]; ch >= 0; ch = c->tr->next[ch]) {
        krel r = s->tok[ch].rel;
        if ((r == KR_XCOMP || r == KR_CCOMP) && CLS(c, ch, CL_VERB) && !c->del[ch] &&
            !c->consumed[ch] && c->owner[ch] < 0)
            return ch;
    }
    return -1;
}

/* A verb whose code asks for, promises, refuses or threatens an act
 * (roots 02 appeal, 03 intent, 10 demand, 12 reject, 13 threaten) governs a
 * clause that did not happen: CAMEO codes the appeal, not the act asked for
 * ("called on Turkey to implement the resolutions" is 02x, no 083). */

static int irrealis_code(const kcoder *c, const vstate *vs)
{
    if (!vs->code || vs->code == c->nullcode)
        return 0;
    int r = code_root(kintern_str(c->d->in, vs->code));
    return r == 2 || r == 3 || r == 10 || r == 12 || r == 13;
}

/* mark token w and everything under it coded (its verbs give no events) */
static void consume_subtree(kcoder *c, int w)
{
    int stack[256], n = 0;
    stack[n++] = w;
    while (n > 0) {
        int t = stack[--n];
        c->consumed[t] = 1;
        for (int ch = c->tr->first[t]; ch >= 0; ch = c->tr->next[ch])
            if (n < 256)
                stack[n++] = ch;
    }
}

/* Is token h the head of an "in ..." phrase (where, not whom)? */
static int locative(const ksent *s, const tree *tr, int h)
{
    for (int ch = tr->first[h]; ch >= 0; ch = tr->next[ch])
        if (s->tok[ch].rel == KR_CASE && s->tok[ch].key && !strcmp(s->tok[ch].key, "IN"))
            return 1;
    return 0;
}

/* c->inw[t] = 1 for the tokens of w's subtree. */
static void mark_clause(kcoder *c, const ksent *s, int w)
{
    int sp = 0;
    memset(c->inw, 0, (size_t)s->ntok);
    c->stack[sp++] = w;
    while (sp > 0) {
        int t = c->stack[--sp];
        c->inw[t] = 1;
        for (int ch = c->tr->first[t]; ch >= 0; ch = c->tr->next[ch])
            c->stack[sp++] = ch;
    }
}

/* Remove the tokens marked by mark_clause from the lower sequence. */
static void drop_clause(kcoder *c)
{
    int k = 0;
    for (int i = 0; i < c->nlo; i++)
        if (!c->inw[c->lo[i]])
            c->lo[k++] = c->lo[i];
    c->nlo = k;
}

/* Does a code value match a transformation verb value (itself or the value
 * with its last 1, 2 or 3 hex digits cleared, as PETRARCH-2 masks)? */
static int tf_value_match(long actual, long want)
{
    if (actual == want)
        return 1;
    if (actual < 0)
        return 0;
    return actual - actual % 0x10 == want || actual - actual % 0x100 == want ||
           actual - actual % 0x1000 == want;
}

static long tf_value(const kcoder *c, const kpico *p, const int *codes, int n)
{
    long sum = 0, v;
    for (int k = 0; k < n; k++)
        if (codes[k] && codes[k] != c->nullcode &&
            kpico_value(p, kintern_str(c->d->in, codes[k]), &v))
            sum += v;
    return sum;
}

#define TF_ABSENT (-1)
#define TF_NONE (-2)

/* Bind actor unit x (TF_ABSENT when missing) to transformation variable
 * var; vars[26] holds the bindings (TF_NONE = free). */
static int tf_bind(char var, int x, int *vars)
{
    if (var == '.')
        return 1;
    if (var == '_')
        return x == TF_ABSENT;
    if (x == TF_ABSENT)
        return 0;
    int k = var - 'a';
    if (vars[k] != TF_NONE)
        return vars[k] == x;
    for (int j = 0; j < 26; j++)          /* one actor, one variable */
        if (vars[j] == x)
            return 0;
    vars[k] = x;
    return 1;
}

static int tf_unit(char var, const int *vars)
{
    if (var >= 'a' && var <= 'z' && vars[var - 'a'] >= 0)
        return vars[var - 'a'];
    return -1;
}

/* Verb w coded on its own (its forms, clause, best pattern) into *W: 1 when
 * it has a non-null code. */
static int code_alone(kcoder *c, const ksent *s, vstate *W, int w)
{
    memset(W, 0, sizeof *W);
    W->v = w;
    if (!choose_forms(c, s, W))
        return 0;
    clause_sequences(c, s, W);
    best_pattern(c, s, W);
    return verb_code(c, s, W) && W->code && W->code != c->nullcode;
}

/* Code verb v together with the clause of verb w it governs, PETRARCH-2's
 * way: w is coded first (b, t, Q), then the '~' transformations are tried
 * on (a, (b, t, Q), P), a being v's source and P its code; without one, a
 * clause without its own subject (or whose subject is a pronoun or a itself)
 * gives (a, t, P+Q) in the ontology ("wants to help B": 030 + 070 = 033),
 * one with another subject b gives (a, b, P+Q) when Q is no cue category
 * ("urged B to withdraw") and nothing otherwise.  A sum without a CAMEO
 * code gives nothing.  Returns the events made, or -1 when the pair does
 * not combine (w not coded, values unknown): code v alone. */
static int code_combined(kcoder *c, const kcoder_opts *o, const ksent *s, vstate *V, int w,
                         const char *issues, kevent **ev, int *nev, int *cap, int first_ev)
{
    const kpico *P = c->pico ? c->pico : c->builtin;
    const kintern *in = c->d->in;
    vstate W;
    if (!P || !code_alone(c, s, &W, w))
        return -1;
    const char *qs = kintern_str(in, W.code);
    long qv;
    if (!kpico_value(P, qs, &qv))
        return -1;
    if (!c->pico && is_negated(s, c->tr, w)) {
        /* "said he would not help B": the negated value, which may have no
         * code (then nothing codes) */
        qv -= 0xFFFF;
        qs = kpico_code(P, qv);
    }
    int bu, tu, wcomp;
    pick_actors(c, s, &W, &bu, &tu, &wcomp);
    int by = -1;
    int own = child_rel(s, c->tr, w, KR_NSUBJ);
    if (own < 0)
        own = child_rel(s, c->tr, w, KR_NSUBJPASS);
    int pron = own >= 0 && (!strcmp(s->tok[own].upos, "PRON") ||
                            !strncmp(s->tok[own].xpos, "PRP", 3));
    if (own < 0 && !(is_passive(c, s, c->tr, w, &by) && by >= 0))
        bu = -1;                           /* no subject of its own */
    /* the governed clause's tokens (c->inw) are kept out of v's patterns */
    clause_sequences(c, s, V);
    int k = 0;
    for (int i = 0; i < c->nlo; i++)
        if (!c->inw[c->lo[i]])
            c->lo[k++] = c->lo[i];
    c->nlo = k;
    best_pattern(c, s, V);
    int pcoded = verb_code(c, s, V);
    int vby;
    int vcoded = pcoded && V->code && V->code != c->nullcode;
    if ((pcoded && !vcoded) || (is_passive(c, s, c->tr, V->v, &vby) && (vby >= 0 || vcoded)))
        return -2;      /* a reciprocal-only code ([:100]) or a passive verb with
                           an agent or a code of its own: the verb's own event,
                           which takes the clause with it (PETRARCH-2 codes such
                           passives before looking at what they govern) */
    long pv = 0;
    if (pcoded && V->code != c->nullcode && !kpico_value(P, kintern_str(in, V->code), &pv))
        return -1;
    int au, vtu, vcomp;
    pick_actors(c, s, V, &au, &vtu, &vcomp);
    if (au < 0)
        return -1;
    if (pron || bu == au)
        bu = au;                           /* "A said it would ..." */
    if (bu < 0 && s->tok[w].rel == KR_XCOMP) {
        /* object control: "A urged B to attack C" -- B is the subject of
         * the governed clause */
        int ob = child_rel(s, c->tr, V->v, KR_OBJ);
        if (ob < 0)
            ob = child_rel(s, c->tr, V->v, KR_IOBJ);
        int obu = ob >= 0 ? c->owner[ob] : -1;
        if (obu >= 0 && c->unit[obu].coded && obu != au)
            bu = obu;
    }
    if (vtu >= 0 && (!c->unit[vtu].coded || vtu == au || vtu == bu ||
                     locative(s, c->tr, c->unit[vtu].head)))
        vtu = -1;                          /* v's own coded target, if any
                                              (not where it happens) */
    if (vtu >= 0 && pcoded && vcoded && s->tok[c->unit[vtu].head].rel == KR_OBL &&
        s->tok[c->unit[vtu].head].head == V->v) {
        /* PETRARCH-2 combines a verb with the clause it governs only when the
         * verb's own phrases give no actor (VerbPhrase.get_meaning looks at an
         * S child "only if nothing else has been found"); a prepositional
         * object always stands outside that clause in a PTB parse, so "We call
         * on B to take steps" is the appeal to B ([020]), the clause not
         * combined.  (A direct object may sit inside the clause: "asked B to
         * help C" still combines.) */
        TRACE(c, "combine", "'%s' has its own prepositional actor '%s': coded alone", s->tok[V->v].form,
              s->tok[c->unit[vtu].head].form);
        return -2;
    }
    /* transformations */
    const ktransform *tf;
    int ntf = kverbs_transforms(c->d->verbs, &tf);
    for (int i = 0; i < ntf; i++) {
        const ktransform *t = &tf[i];
        if (!t->up_any && !tf_value_match(pv, tf_value(c, P, t->up_codes, t->nup)))
            continue;
        if (!t->lo_any && !tf_value_match(qv, tf_value(c, P, t->lo_codes, t->nlo)))
            continue;
        int vars[26];
        for (int j = 0; j < 26; j++)
            vars[j] = TF_NONE;
        if (!tf_bind(t->up_src, au, vars) || !tf_bind(t->lo_src, bu < 0 ? TF_ABSENT : bu, vars) ||
            !tf_bind(t->lo_tgt, tu < 0 ? TF_ABSENT : tu, vars))
            continue;
        const char *cs = t->res_q ? qs : kintern_str(in, t->res_code);
        if (!cs)
            return 0;
        TRACE(c, "combine", "transformation line %d '%s' -> %s", t->line, t->text, cs);
        return emit_pairs(c, o, s, V, tf_unit(t->res_src, vars), tf_unit(t->res_tgt, vars), -1,
                          cs, NULL, t->text, t->line, issues, ev, nev, cap, first_ev);
    }
    const char *cs = NULL;
    int src = au, tgt;
    if (bu < 0 || bu == au) {
        tgt = vtu >= 0 ? vtu : tu;         /* "met with B to discuss C": B */
        cs = pv ? kpico_code(P, kpico_combine(pv, qv)) : qs;
    } else {
        tgt = bu;
        if (pv && qv >= 0 && qv < 0x1000)
            cs = kpico_code(P, kpico_combine(pv, qv));
    }
    TRACE(c, "combine", "'%s' %s (0x%lx) + '%s' %s (0x%lx) -> %s", s->tok[V->v].form,
          pcoded ? kintern_str(in, V->code) : "-", pv, s->tok[w].form, qs, qv, cs ? cs : "none");
    if (!cs || is_null(cs))
        return 0;
    /* the pattern: the governed verb's (its code is the one refined) */
    return emit_pairs(c, o, s, V, src, tgt, -1, cs, NULL, W.ptext, W.pline, issues, ev, nev, cap,
                      first_ev);
}

/* ---- statements (option code_statements) -------------------------------
 * "A said/announced/claimed (that) ..." where the complement clause codes an
 * event (b, t, Q): CAMEO codes what the statement does, not the saying.
 *   A about itself (b absent, a pronoun, or A), future (will/would/shall):
 *     an intent (03x) for cooperation Q 04-08, a refusal (12x) when negated,
 *     a threat (13x) for Q 14-20, else Q itself: A -> t;
 *   A about itself, past or present: Q (A -> t), and for violence (Q 18-20)
 *     a claim of responsibility 015 (denial 016 when negated);
 *   A about another actor b, past or present: Q (b -> t), and for coercion or
 *     violence (Q 17-20) an accusation 112 A -> b.
 * Codes follow the CAMEO codebook's pairs (intent to meet 036 for meet 04x,
 * to provide aid 033x for 07x, to yield 035x for 08x; refuse 12x; threaten
 * 13x).  Returns the events made, -1 when the rule does not apply (the
 * statement is coded as usual). */

typedef struct cmap {
    const char *from, *to;   /* code prefix -> code */
} cmap;

static const cmap intent_map[] = {
    {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
    {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
    {"081", "0351"}, {"082", "0352"}, {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"},
    {"0834", "0344"}, {"083", "034"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
    {"087", "0356"}, {"08", "035"}, {"04", "036"}, {"05", "032"}, {NULL, NULL}};
static const cmap refuse_map[] = {
    {"061", "1211"}, {"062", "1212"}, {"06", "121"}, {"07", "121"}, {"081", "1241"},
    {"082", "1242"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
    {"087", "1246"}, {"08", "124"}, {"057", "127"}, {"04", "125"}, {"05", "120"}, {NULL, NULL}};
static const cmap threat_map[] = {
    {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"16", "131"}, {"172", "132"},
    {"17", "137"}, {"191", "1381"}, {"192", "1382"}, {"19", "1384"}, {"18", "138"},
    {"20", "138"}, {"15", "138"}, {"14", "133"}, {NULL, NULL}};

/* the longest prefix of code in map (tables list longer prefixes first) */
static const char *cmap_find(const cmap *m, const char *code)
{
    for (; m->from; m++)
        if (!strncmp(code, m->from, strlen(m->from)))
            return m->to;
    return NULL;
}

/* a future or conditional auxiliary on verb w (will, would, shall, 'll) */
static int future_aux(const ksent *s, const tree *tr, int w)
{
    static const char *const fut[] = {"WILL", "WOULD", "SHALL", "'LL", "WO", "'D", NULL};
    for (int ch = tr->first[w]; ch >= 0; ch = tr->next[ch])
        if (s->tok[ch].rel == KR_AUX && key_in(s->tok[ch].key, fut))
            return 1;
    return 0;
}

/* Verb V coded from its own phrases, the clause of w it governs left out
 * (with its patterns when `patterns`): its code must have root `root` and
 * its source a coded actor; sets the source and target units. */
static int governing_verb(kcoder *c, const ksent *s, vstate *V, int w, int patterns, int root,
                          int *au, int *vtu)
{
    mark_clause(c, s, w);
    clause_sequences(c, s, V);
    drop_clause(c);
    if (patterns)
        best_pattern(c, s, V);
    if (!verb_code(c, s, V) || !V->code || V->code == c->nullcode ||
        code_root(kintern_str(c->d->in, V->code)) != root)
        return 0;
    int vcomp;
    pick_actors(c, s, V, au, vtu, &vcomp);
    return *au >= 0 && c->unit[*au].coded;
}

static int code_statement(kcoder *c, const kcoder_opts *o, const ksent *s, vstate *V, int w,
                          const char *issues, kevent **ev, int *nev, int *cap, int first_ev)
{
    const kintern *in = c->d->in;
    /* the statement itself: coded 01x from its own phrases */
    int au, vtu;
    if (!governing_verb(c, s, V, w, 1, 1, &au, &vtu))
        return -1;
    /* what it states */
    vstate W;
    if (!code_alone(c, s, &W, w))
        return -1;
    const char *q = kintern_str(in, W.code);
    int r = code_root(q);
    if (r < 0 || W.code2)
        return -1;                          /* paired codes: as usual */
    int bu, tu, wcomp, by = -1;
    pick_actors(c, s, &W, &bu, &tu, &wcomp);
    int own = child_rel(s, c->tr, w, KR_NSUBJ);
    if (own < 0)
        own = child_rel(s, c->tr, w, KR_NSUBJPASS);
    int pass = is_passive(c, s, c->tr, w, &by);
    int pron = own >= 0 && (!strcmp(s->tok[own].upos, "PRON") ||
                            !strncmp(s->tok[own].xpos, "PRP", 3));
    /* a complement whose own subject is a coded actor other than the speaker
     * is about that actor, even when the subject was not its source (the
     * same code on both sides: "Sourrouille stated that the banks were
     * flouting a practice ... for the banks"): not the speaker's act */
    int ownu = own >= 0 && !pron && !pass ? unit_at(c, s, &W, own) : -1;
    if (ownu >= 0 && ownu != au && c->unit[ownu].coded && bu != ownu)
        return -1;                          /* the statement as usual */
    int self = (own < 0 && !pass) || (pron && !pass) || bu == au || bu < 0;
    if (!self && bu >= 0 && c->unit[bu].coded) {
        codelist A, B;
        unit_codes(c, s, au, &A);
        unit_codes(c, s, bu, &B);
        /* the same actor, or its own side ("Iraq said its troops ...") */
        self = A.n == 1 && B.n == 1 && strncmp(A.code[0], "---", 3) &&
               !strncmp(A.code[0], B.code[0], 3);
    }
    if (tu == au || tu == bu)
        tu = -1;
    int neg = is_negated(s, c->tr, w), fut = future_aux(s, c->tr, w);
    const char *cs = NULL, *extra = NULL;
    int src = au, tgt = tu, xsrc = -1, xtgt = -1;
    if (fut && !self)
        return -1;                          /* a prediction about others */
    if (fut) {
        if (neg)
            cs = r >= 4 && r <= 8 ? cmap_find(refuse_map, q) : NULL;
        else if (r >= 4 && r <= 8)
            cs = cmap_find(intent_map, q);
        else if (r >= 14)
            cs = cmap_find(threat_map, q);
        else
            cs = q;
    } else if (self) {
        if (neg)
            cs = r >= 18 ? "016" : NULL;
        else {
            cs = q;
            if (bu >= 0 && c->unit[bu].coded)
                src = bu;                   /* "its troops": the more specific */
            if (r >= 18)
                extra = "015";
            xsrc = au;
            xtgt = tu;
        }
    } else {
        if (neg)
            return -1;
        cs = q;
        src = bu;
        if (r >= 17) {
            extra = "112";
            xsrc = au;
            xtgt = bu;
        }
    }
    if (!cs)
        return -1;
    TRACE(c, "statement", "'%s' %s + '%s' %s (%s%s%s) -> %s%s%s", s->tok[V->v].form,
          kintern_str(in, V->code), s->tok[w].form, q, self ? "about itself" : "about another",
          fut ? ", future" : "", neg ? ", negated" : "", cs, extra ? " + " : "", extra ? extra : "");
    int made = emit_pairs(c, o, s, &W, src, tgt, -1, cs, NULL, W.ptext, W.pline, issues, ev, nev,
                          cap, first_ev);
    if (extra)
        made += emit_pairs(c, o, s, V, xsrc, xtgt, -1, extra, NULL, V->ptext, V->pline, issues, ev,
                           nev, cap, first_ev);
    return made > 0 ? made : -1;
}

/* An intent verb (its own code 03x, no pattern of its own: "agreed to",
 * "pledged to", "plans to") governing an act of cooperation (04-08) by its
 * own subject: CAMEO codes the intent to do that act, with the act's target
 * ("agreed to lift the sanctions on Iran": 0354, express intent to ease
 * economic sanctions, A -> Iran), the same intent table as statements.
 * Returns the events made, -1 when the rule does not apply. */
static int code_intent(kcoder *c, const kcoder_opts *o, const ksent *s, vstate *V, int w,
                       const char *issues, kevent **ev, int *nev, int *cap, int first_ev)
{
    const kintern *in = c->d->in;
    if (s->tok[w].rel != KR_XCOMP || child_rel(s, c->tr, w, KR_NSUBJ) >= 0 ||
        is_negated(s, c->tr, V->v) || is_negated(s, c->tr, w))
        return -1;
    int au, vtu;
    if (V->code2 || !governing_verb(c, s, V, w, 0, 3, &au, &vtu))
        return -1;
    vstate W;
    if (!code_alone(c, s, &W, w) || W.code2)
        return -1;
    const char *q = kintern_str(in, W.code);
    int r = code_root(q);
    const char *cs = r >= 4 && r <= 8 ? cmap_find(intent_map, q) : NULL;
    if (!cs)
        return -1;
    int bu, tu, wcomp;
    pick_actors(c, s, &W, &bu, &tu, &wcomp);
    if (tu == au)
        tu = vtu;
    TRACE(c, "intent", "'%s' %s + '%s' %s -> %s", s->tok[V->v].form, kintern_str(in, V->code),
          s->tok[w].form, q, cs);
    int made = emit_pairs(c, o, s, &W, au, tu, -1, cs, NULL, W.ptext, W.pline, issues, ev, nev, cap,
                          first_ev);
    return made > 0 ? made : -1;
}

/* ---- the sentence --------------------------------------------------------- */

/* Which tokens head nominals: the tags, then argument positions whatever
 * the tag says ("Fornost/JJ welcomed"), minus temporal nouns ("said today",
 * obl:tmod; with PETRARCH-2 dictionaries also day names, which PETRARCH-1
 * kept as null-coded targets: "said on Saturday"). */
static void mark_nominals(kcoder *c, const ksent *s)
{
    int n = s->ntok;
    for (int i = 0; i < n; i++) {
        const ktok *t = &s->tok[i];
        int temporal = (t->deprel && strstr(t->deprel, "tmod")) ||
                       (c->dialect == 2 && is_day_word(t->key));
        krel r = t->rel;
        if (temporal)
            c->nominal[i] = 0;
        else if (!c->nominal[i] && !CLS(c, i, CL_VERB | CL_PUNCT) &&
                 (r == KR_NSUBJ || r == KR_NSUBJPASS || r == KR_OBJ || r == KR_IOBJ ||
                  r == KR_OBL || r == KR_NMOD || r == KR_NMODPOSS))
            c->nominal[i] = 1;
        else if (!c->nominal[i] && CLS(c, i, CL_VERB) &&
                 (r == KR_NSUBJ || r == KR_NSUBJPASS || r == KR_OBJ || r == KR_IOBJ)) {
            /* subjects and objects are nominals (clauses there are csubj /
             * ccomp): a verb tag on one is a tagging error ("Pyongyang/VBG
             * fired") and the token is not coded as a verb */
            c->nominal[i] = 1;
            c->cls[i] &= (unsigned char)~CL_VERB;
        }
    }
    for (int i = 0; i < n; i++) {
        const ktok *t = &s->tok[i];
        if (!c->nominal[i] && t->rel == KR_CONJ && t->head >= 0 && c->nominal[t->head] &&
            !CLS(c, i, CL_VERB | CL_PUNCT) && !(t->deprel && strstr(t->deprel, "tmod")))
            c->nominal[i] = 1;
    }
}

/* Head of the base noun phrase of every token (through determiners,
 * modifiers, compounds, possessors and prepositions). */
static void base_phrases(kcoder *c, const ksent *s)
{
    for (int i = 0; i < s->ntok; i++) {
        c->subunit[i] = -1;
        int h = i;
        for (int k = 0; k < 64; k++) {
            int p = s->tok[h].head;
            if (p < 0 || !c->nominal[p] || c->owner[p] != c->owner[i])
                break;
            krel r = s->tok[h].rel;
            if (r != KR_DET && r != KR_AMOD && r != KR_COMPOUND && r != KR_FLAT && r != KR_FIXED &&
                r != KR_NUMMOD && r != KR_NMODPOSS && r != KR_CASE && r != KR_PUNCT && r != KR_ADVMOD)
                break;
            h = p;
        }
        c->chunk[i] = h;
    }
}

/* "CODE n, CODE n" of the sentence's issues, NULL when none. */
static const char *sentence_issues(kcoder *c, const ksent *s)
{
    if (!s->text)
        return NULL;
    kissue_count ic[16];
    int ni = kissues_match(c->d->issues, s->text, ic, 16);
    if (ni > 16)
        ni = 16;
    if (ni <= 0)
        return NULL;
    kbuf_reset(&c->buf);
    for (int k = 0; k < ni; k++)
        kbuf_printf(&c->buf, "%s%s %d", k ? ", " : "", kintern_str(c->d->in, ic[k].code), ic[k].count);
    return karena_strndup(s->mem, c->buf.s, c->buf.len);
}

int kcoder_code(kcoder *c, const kcoder_opts *o, const ksent *s,
                kevent **ev, int *nev, int *cap, kdiag *d)
{
    const kdictset *D = c->d;
    int n = s->ntok;
    if (n <= 0 || !D->verbs)
        return 0;
    const char *why = NULL;
    if (ksent_check(s, &why) != 0) {
        kloc l = {NULL, 0, 0, s->id};
        kdiag_report(d, KD_ERROR, &l, "malformed dependency tree: %s", why ? why : "?");
        return -1;
    }
    if (s->text && kdiscards_check(D->discards, s->text, NULL) != KDISCARD_NONE)
        return 0;
    grow_tok(c, n + 1);
    int dia = kverbs_dialect(D->verbs);
    c->dialect = dia;
    c->split = o->split_codes >= 0 ? o->split_codes : dia == 1;
    c->pswap = o->passive_swap >= 0 ? o->passive_swap : dia == 2;
    {
        const ktransform *tf;
        c->combine = dia == 2 && (o->verb_combine >= 0 ? o->verb_combine
                                                       : kverbs_transforms(D->verbs, &tf) > 0);
        if (c->combine && !c->pico && !c->builtin)
            c->builtin = kpico_builtin();
    }
    /* children lists */
    for (int i = 0; i < n; i++)
        c->first[i] = c->next[i] = -1;
    for (int i = n - 1; i >= 0; i--) {
        int h = s->tok[i].head;
        if (h >= 0 && h < n) {
            c->next[i] = c->first[h];
            c->first[h] = i;
        }
    }
    c->trv.first = c->first;
    c->trv.next = c->next;
    c->tr = &c->trv;
    c->o = o;
    compute_spans(c, s);
    for (int i = 0; i < n; i++) {
        const ktok *t = &s->tok[i];
        c->wid[i] = t->key ? kd_key_id(D->in, t->key) : 0;
        c->lid[i] = upper_id(D->in, t->lemma);
        c->del[i] = 0;
        c->consumed[i] = 0;
        c->inlower[i] = 0;
        c->nominal[i] = (unsigned char)is_nominal(t);
        c->cls[i] = (unsigned char)((is_verb_tag(t) ? CL_VERB : 0) | (is_punct(t) ? CL_PUNCT : 0) |
                                    (is_comma(t) ? CL_COMMA : 0) | (is_pos_marker(t) ? CL_POS : 0) |
                                    (light_tag(t) ? CL_LIGHT : 0));
    }
    mark_nominals(c, s);
    for (int i = 0; i < n; i++)
        c->res[i] = -1;
    c->nres = 0;
    if (c->story) {
        kctx_next_sentence(&c->ctx);
        c->ccnow++;
    }
    find_units(c, s, c->tr, o);
    base_phrases(c, s);
    comma_clauses(c, s, o);
    code_units(c, s, c->tr, o);
    if (c->story)
        ctx_resolve(c, s);
    /* the sentence's issues are matched only when it gives events (most
     * sentences give none): set on them after the verb loop */
    const char *issues = NULL;

    int first_ev = *nev, made = 0;
    for (int v = 0; v < n; v++) {
        if (c->del[v] || c->consumed[v] || !CLS(c, v, CL_VERB))
            continue;
        vstate vs;
        memset(&vs, 0, sizeof vs);
        vs.v = v;
        /* a verb inside an actor phrase: only a participle modifying its
         * noun ("a woman believed linked to X") */
        vs.inner = c->owner[v] >= 0;
        if (vs.inner && s->tok[v].rel != KR_ACL &&
            !(c->story && s->tok[v].rel == KR_ACLRELCL && relcl_resolved(c, s, v)))
            continue;
        if (!choose_forms(c, s, &vs))
            continue;
        int w = c->dialect == 2 ? complement_verb(c, s, v) : -1;
        int swallow = 0, nlo2 = 0;
        if (w >= 0 && c->combine) {
            mark_clause(c, s, w);
            /* the whole clause of v, consumed whatever the combination gives */
            clause_sequences(c, s, &vs);
            int nlo = c->nlo;
            memcpy(c->lo2, c->lo, (size_t)nlo * sizeof *c->lo2);
            nlo2 = nlo;
            int got = code_combined(c, o, s, &vs, w, issues, ev, nev, cap, first_ev);
            if (got >= 0) {
                made += got;
                c->consumed[w] = 1;
                for (int i = 0; i < nlo; i++)
                    c->consumed[c->lo2[i]] = 1;
                continue;
            }
            swallow = got == -2;
        }
        if (w >= 0 && o->statements && !c->combine && s->tok[w].rel == KR_CCOMP) {
            int got = code_statement(c, o, s, &vs, w, issues, ev, nev, cap, first_ev);
            if (got >= 0) {
                made += got;
                clause_sequences(c, s, &vs);    /* its clause, as below */
                for (int i = 0; i < c->nlo; i++)
                    c->consumed[c->lo[i]] = 1;
                continue;
            }
            memset(&vs.st, 0, sizeof vs.st);
            vs.hit = NULL;
        }
        clause_sequences(c, s, &vs);
        if (w >= 0 && c->combine)
            drop_clause(c);    /* PETRARCH-2: patterns and target from the
                                  verb's own phrases, not the clause it
                                  governs (coded on its own) */
        best_pattern(c, s, &vs);
        if (c->dialect == 2 && !c->combine && !vs.hit) {
            /* an appeal, intent, demand, refusal or threat never yields: the
             * act it governs has not happened ("urged B to withdraw") */
            int irr = verb_code(c, s, &vs) && irrealis_code(c, &vs);
            if (irr && w >= 0 && o->statements && code_root(kintern_str(c->d->in, vs.code)) == 3) {
                int got = code_intent(c, o, s, &vs, w, issues, ev, nev, cap, first_ev);
                if (got >= 0) {
                    made += got;
                    consume_subtree(c, w);
                    clause_sequences(c, s, &vs);
                    for (int i = 0; i < c->nlo; i++)
                        c->consumed[c->lo[i]] = 1;
                    continue;
                }
                memset(&vs.st, 0, sizeof vs.st);
                vs.hit = NULL;
            }
            if (!irr && yields_to_complement(c, s, v)) {
                TRACE(c, "verb", "%d '%s' yields to its complement (coded by its own code only)", v + 1,
                      s->tok[v].form);
                continue;
            }
            clause_sequences(c, s, &vs);     /* the check used the buffers */
            /* coded by the verb's own code: its target is not looked for
             * inside its xcomp clause ("proposed to take up the issue with
             * X", "was seen to break into X") */
            if (w >= 0 && s->tok[w].rel == KR_XCOMP) {
                mark_clause(c, s, w);
                drop_clause(c);
            }
        }
        if (!verb_code(c, s, &vs))
            continue;
        if (o->skip_negated && !c->pico && is_negated(s, c->tr, v)) {
            /* "Turkey did not attack Greece", "has never visited": no event,
             * and nothing from the clause it governs ("did not agree to
             * send troops" is no sending) */
            TRACE(c, "drop", "%d '%s' is negated: no event", v + 1, s->tok[v].form);
            for (int i = 0; i < c->nlo; i++)
                c->consumed[c->lo[i]] = 1;
            if (w >= 0)
                consume_subtree(c, w);
            continue;
        }
        int got = verb_events(c, o, s, &vs, issues, ev, nev, cap, first_ev);
        made += got;
        if (!c->combine && w >= 0 && irrealis_code(c, &vs))
            consume_subtree(c, w);
        /* the verb coded: its clause is consumed, so the verbs inside it are
         * not coded again (PETRARCH-1); with PETRARCH-2 dictionaries only
         * when it gave events ("It has been noted that A and B delayed ...") */
        if (c->dialect != 2 || got > 0)
            for (int i = 0; i < c->nlo; i++) {
                int t = c->lo[i];
                /* story mode: a relative clause on an actor ("X, who was
                 * visiting Y") is an event of its own */
                if (c->story && s->tok[t].rel == KR_ACLRELCL && relcl_resolved(c, s, t))
                    continue;
                c->consumed[t] = 1;
            }
        if (swallow && got > 0)
            for (int i = 0; i < nlo2; i++)
                c->consumed[c->lo2[i]] = 1;
    }
    if (*nev > first_ev && (issues = sentence_issues(c, s)) != NULL)
        for (int i = first_ev; i < *nev; i++)
            (*ev)[i].issues = issues;
    if (c->story) {
        /* phrases dropped by the comma rules are still mentions */
        memset(c->del, 0, (size_t)n);
        ctx_remember(c, s);
    }
    return made;
}
