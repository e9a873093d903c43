/* test_context.c: story context (src/context.c) end to end on the seed
 * story: raw text -> ktok_story -> kparse_sent -> kcoder_code, with the
 * Phoenix dictionaries (PETR_config.ini) and with Khaldun's own set.  The
 * expected events are the targets (issues 4 and 5), read off the
 * story by hand.  Skips when ../shared or the models are absent.
 * T_SHOW=1 prints every event with its resolution notes and the parses. */
#include "coder.h"
#include "conllu.h"
#include "dict.h"
#include "parser.h"
#include "story.h"
#include "t.h"
#include "treefix.h"
#include "tcode.h"
#include "tagger.h"
#include "tokenize.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SHARED "../shared"
#define SEED SHARED "/data/seed/libya-2021-05-06.txt"

typedef struct rec {
    char src[64], tgt[64], code[16], sid[32];
    char sres[160], tres[160];
    char stext[96], ttext[96];
} rec;

typedef struct run {
    const ktagger *tg;
    const kparser *ps;
    ktag_ws tw;
    kparse_ws pw;
    kcoder *c;
    kcoder_opts o;
    kdiag *d;
    rec *r;
    int nr;
    size_t cr;
    int show;
} run;

static int on_sent(void *ud, const ksent *s0, size_t off)
{
    (void)off;
    run *R = ud;
    ksent s = *s0;
    ktreefix_parse(R->tg, R->ps, &R->tw, &R->pw, &s);   /* as `khaldun code` parses */
    if (R->show > 1) {
        fprintf(stderr, "# %s %s\n", s.id, s.text);
        for (int i = 0; i < s.ntok; i++)
            fprintf(stderr, "%d\t%s\t%s\t%d\t%s\n", i + 1, s.tok[i].form, s.tok[i].xpos,
                    s.tok[i].head + 1, s.tok[i].deprel ? s.tok[i].deprel : "_");
    }
    kevent *ev = NULL;
    int nev = 0, cap = 0;
    kcoder_code(R->c, &R->o, &s, &ev, &nev, &cap, R->d);
    for (int i = 0; i < nev; i++) {
        XGROW(R->r, R->cr, (size_t)R->nr + 1);
        rec *x = &R->r[R->nr++];
        memset(x, 0, sizeof *x);
        snprintf(x->src, sizeof x->src, "%s", ev[i].source);
        snprintf(x->tgt, sizeof x->tgt, "%s", ev[i].target);
        snprintf(x->code, sizeof x->code, "%s", ev[i].code);
        snprintf(x->sid, sizeof x->sid, "%s", ev[i].sentence_id);
        snprintf(x->sres, sizeof x->sres, "%s", ev[i].source_resolved ? ev[i].source_resolved : "");
        snprintf(x->tres, sizeof x->tres, "%s", ev[i].target_resolved ? ev[i].target_resolved : "");
        snprintf(x->stext, sizeof x->stext, "%s", ev[i].source_text ? ev[i].source_text : "");
        snprintf(x->ttext, sizeof x->ttext, "%s", ev[i].target_text ? ev[i].target_text : "");
        if (R->show)
            fprintf(stderr, "  %s %s|%s|%s  [%s] -> [%s]  %s%s%s%s (%s)\n", x->sid, x->src, x->tgt,
                    x->code, x->stext, x->ttext, x->sres[0] ? "S: " : "", x->sres,
                    x->tres[0] ? " T: " : "", x->tres, ev[i].pattern ? ev[i].pattern : "");
    }
    free(ev);
    return 0;
}

/* Code the seed story with dictionary set ds; fills R->r. */
static int code_seed(run *R, kdictset *ds)
{
    kdiag *d = R->d;
    R->c = kcoder_new(ds);
    kcoder_set_context(R->c, 1);
    /* T_STORY=FILE codes another story file instead (development aid:
     * with T_SHOW=1, the events and their resolutions; checks fail) */
    const char *path = getenv("T_STORY") ? getenv("T_STORY") : SEED;
    kreader *rd = kreader_open(path, &(kstory_opt){.format = 0}, d);
    if (!rd)
        return -1;
    kstory st;
    karena mem;
    karena_init(&mem);
    while (kreader_next(rd, &st)) {
        kcoder_story_begin(R->c);
        ktok_story(&st, NULL, d, &mem, on_sent, R);
    }
    kreader_close(rd);
    karena_free(&mem);
    kcoder_free(R->c);
    R->c = NULL;
    return 0;
}

/* any event with code root in roots ("10,02"), source matching sp and
 * target matching tp (prefixes; "" = any) */
static int has(const run *R, const char *sp, const char *tp, const char *roots)
{
    for (int i = 0; i < R->nr; i++) {
        const rec *x = &R->r[i];
        if (strncmp(x->src, sp, strlen(sp)) || strncmp(x->tgt, tp, strlen(tp)))
            continue;
        char rt[3] = {x->code[0], x->code[1], 0};
        if (strstr(roots, rt))
            return 1;
    }
    return 0;
}

/* does an actor code look like a person's name left uncoded (a quoted text
 * actor or a '---' side whose words hold a capitalised name)?  With
 * require_dyad events never have '---' sides; text actors start with '"'. */
static int uncoded_name(const char *code)
{
    return code[0] == '"' || !strcmp(code, "---");
}

/* A target not reached yet with this dictionary set (known gap, listed in
 * docs/coder.md): reported, not counted; reported loudly once it passes so
 * that it becomes a check. */
#define T_GAP(own, cond) do { if (own) T_CHECK(cond); \
    else if (cond) fprintf(stderr, "%s:%d: known gap now passes: make it a check: %s\n", __FILE__, __LINE__, #cond); \
    else fprintf(stderr, "known gap (Phoenix): %s\n", #cond); } while (0)

static void seed_checks(run *R, int own)
{
    /* Libya's government demanding or appealing to Turkey (root 10 or 02):
     * with Phoenix "We call on Turkey to take steps" is the appeal ([020],
     * CALL's "* (ON)"), the speaker resolved to the foreign minister */
    T_CHECK(has(R, "LBYGOV", "TUR", "10,02"));
    /* the Turkish ministers' visit to Libya (042) or Libya hosting (043) */
    T_CHECK(has(R, "TUR", "LBY", "04") || has(R, "LBY", "TUR", "04"));
    int visit = 0;
    for (int i = 0; i < R->nr; i++) {
        const rec *x = &R->r[i];
        if ((!strncmp(x->src, "TUR", 3) && !strncmp(x->tgt, "LBY", 3) && !strcmp(x->code, "042")) ||
            (!strncmp(x->src, "LBY", 3) && !strncmp(x->tgt, "TUR", 3) && !strcmp(x->code, "043")))
            visit = 1;
    }
    T_CHECK(visit);
    /* Turkish military support to Libya (07x).  Phoenix: not reachable
     * with CAMEO.2.0.txt as PETRARCH-2 reads it (docs/coder.md "Seed story"):
     * SEND has no pattern for "supplies" or "fighters", and its last
     * "* &MILITARY" line is [154]; the adjective "military" does not match */
    T_GAP(own, has(R, "TUR", "LBY", "07"));
    if (!own)
        T_CHECK(!has(R, "TUR", "LBY", "15"));   /* no 154 "mobilize armed forces" */
    /* Greece and Cyprus denouncing the agreement (11x), against its parties */
    T_CHECK(has(R, "GRC", "TUR", "11") || has(R, "GRC", "LBY", "11"));
    T_CHECK(has(R, "CYP", "TUR", "11") || has(R, "CYP", "LBY", "11"));
    if (own) {
        int bad = 0;
        for (int i = 0; i < R->nr; i++)
            if (uncoded_name(R->r[i].src) || uncoded_name(R->r[i].tgt))
                bad++;
        T_EQ_INT(bad, 0);
    }
    /* resolved actors say where they came from */
    int noted = 0;
    for (int i = 0; i < R->nr; i++)
        if (R->r[i].sres[0] || R->r[i].tres[0])
            noted++;
    T_CHECK(noted > 0);
}

static kdictset *load_config(const char *path, kcoder_opts *o, kdiag *d)
{
    kdict_files f = {0};
    kcoder_opts_default(o);
    if (kdict_config_read(path, &f, o, d) < 0)
        return NULL;
    kdictset *ds = kdictset_load(&f, 0, d);
    kdict_files_free(&f);
    return ds;
}

/* ---- hand-written stories ---------------------------------------------
 * A small dictionary and CoNLL-U trees written by hand; each expected event
 * was worked out from the rules in docs/coder.md ("Story context"). */

#define L(id, form, upos, xpos, head, rel) id "\t" form "\t_\t" upos "\t" xpos "\t_\t" head "\t" rel "\t_\t_\n"

/* code one sentence (tcode.h): sorted distinct "SRC|TGT|CODE" in buf, the
 * first resolution note in note */
static const char *code1(kcoder *c, const kcoder_opts *o, const char *conll, char *buf, size_t n,
                         char *note, size_t nn)
{
    return tc_code(c, o, conll, 19950101, buf, n, note, nn);
}

static const char *const story[] = {
    /* Gondor signed an agreement with Arnor . */
    L("1", "Gondor", "PROPN", "NNP", "2", "nsubj") L("2", "signed", "VERB", "VBD", "0", "root")
    L("3", "an", "DET", "DT", "4", "det") L("4", "agreement", "NOUN", "NN", "2", "obj")
    L("5", "with", "ADP", "IN", "6", "case") L("6", "Arnor", "PROPN", "NNP", "4", "nmod")
    L("7", ".", "PUNCT", ".", "2", "punct"),
    /* Mordor and Rohan denounced the agreement . */
    L("1", "Mordor", "PROPN", "NNP", "4", "nsubj") L("2", "and", "CCONJ", "CC", "3", "cc")
    L("3", "Rohan", "PROPN", "NNP", "1", "conj") L("4", "denounced", "VERB", "VBD", "0", "root")
    L("5", "the", "DET", "DT", "6", "det") L("6", "agreement", "NOUN", "NN", "4", "obj")
    L("7", ".", "PUNCT", ".", "4", "punct"),
    /* Both countries attacked Gondor . */
    L("1", "Both", "DET", "DT", "2", "det") L("2", "countries", "NOUN", "NNS", "3", "nsubj")
    L("3", "attacked", "VERB", "VBD", "0", "root") L("4", "Gondor", "PROPN", "NNP", "3", "obj")
    L("5", ".", "PUNCT", ".", "3", "punct"),
    /* Arnor 's minister visited Gondor . */
    L("1", "Arnor", "PROPN", "NNP", "3", "nmod:poss") L("2", "'s", "PART", "POS", "1", "case")
    L("3", "minister", "NOUN", "NN", "4", "nsubj") L("4", "visited", "VERB", "VBD", "0", "root")
    L("5", "Gondor", "PROPN", "NNP", "4", "obj") L("6", ".", "PUNCT", ".", "4", "punct"),
    /* She criticized Mordor . */
    L("1", "She", "PRON", "PRP", "2", "nsubj") L("2", "criticized", "VERB", "VBD", "0", "root")
    L("3", "Mordor", "PROPN", "NNP", "2", "obj") L("4", ".", "PUNCT", ".", "2", "punct"),
    /* Mordor attacked Smeagol , who visited Rohan . */
    L("1", "Mordor", "PROPN", "NNP", "2", "nsubj") L("2", "attacked", "VERB", "VBD", "0", "root")
    L("3", "Smeagol", "PROPN", "NNP", "2", "obj") L("4", ",", "PUNCT", ",", "6", "punct")
    L("5", "who", "PRON", "WP", "6", "nsubj") L("6", "visited", "VERB", "VBD", "3", "acl:relcl")
    L("7", "Rohan", "PROPN", "NNP", "6", "obj") L("8", ".", "PUNCT", ".", "2", "punct"),
    /* " We will attack Mordor , " she said . */
    L("1", "\"", "PUNCT", "``", "4", "punct") L("2", "We", "PRON", "PRP", "4", "nsubj")
    L("3", "will", "AUX", "MD", "4", "aux") L("4", "attack", "VERB", "VB", "9", "ccomp")
    L("5", "Mordor", "PROPN", "NNP", "4", "obj") L("6", ",", "PUNCT", ",", "4", "punct")
    L("7", "\"", "PUNCT", "''", "4", "punct") L("8", "she", "PRON", "PRP", "9", "nsubj")
    L("9", "said", "VERB", "VBD", "0", "root") L("10", ".", "PUNCT", ".", "9", "punct"),
    /* " We will attack Gondor . "  (the quote goes on: same speaker) */
    L("1", "\"", "PUNCT", "``", "4", "punct") L("2", "We", "PRON", "PRP", "4", "nsubj")
    L("3", "will", "AUX", "MD", "4", "aux") L("4", "attack", "VERB", "VB", "0", "root")
    L("5", "Gondor", "PROPN", "NNP", "4", "obj") L("6", ".", "PUNCT", ".", "4", "punct")
    L("7", "\"", "PUNCT", "''", "4", "punct"),
};

/* expected events per sentence with context on, and with it off */
static const char *const want_on[] = {
    "GON|ARN|057",
    "MOR|ARN|111 MOR|GON|111 ROH|ARN|111 ROH|GON|111",
    "MOR|GON|190 ROH|GON|190",
    "ARNGOV|GON|042 GON|ARNGOV|043",
    "ARNGOV|MOR|111",
    "HOBGOV|ROH|042 MOR|HOBGOV|190 ROH|HOBGOV|043",
    "HOBGOV|MOR|190",
    "HOBGOV|GON|190",
};
static const char *const want_off[] = {
    "GON|ARN|057", "", "", "ARNGOV|GON|042 GON|ARNGOV|043", "", "MOR|HOBGOV|190", "", "",
};
/* where the resolved actor came from (a part of the note) */
static const char *const want_note[] = {
    "", "event 'THE AGREEMENT' -> sentence 1", "reference 'BOTH COUNTRIES' -> sentence 2",
    "", "pronoun 'She' -> sentence 4 'ARNOR MINISTER' (ARNGOV)",
    "relative pronoun 'who' -> same sentence 'SMEAGOL' (HOBGOV)",
    "speaker ('she') of 'We' -> ",
    "speaker of the quote, of 'We' -> sentence 7 'SMEAGOL' (HOBGOV)",
};

typedef struct trace_count {
    int unit, verb, context, comma, drop;
    int saw_she;
} trace_count;

static void on_trace(void *ud, const char *what, const char *msg)
{
    trace_count *t = ud;
    if (!strcmp(what, "unit"))
        t->unit++;
    else if (!strcmp(what, "verb"))
        t->verb++;
    else if (!strcmp(what, "context")) {
        t->context++;
        if (strstr(msg, "pronoun 'She' -> sentence 4"))
            t->saw_she = 1;
    } else if (!strcmp(what, "comma"))
        t->comma++;
    else if (!strcmp(what, "drop"))
        t->drop++;
}

static void story_tests(void)
{
    if (!t_tmpdir())
        return;
    const char *verbs = t_write("verbs.txt",
        "--- SIGN [---] ---\nSIGN\n- * AGREEMENT [057]\n\n"
        "--- DENOUNCE [111] ---\nDENOUNCE\n\n"
        "--- CRITICIZE [111] ---\nCRITICIZE\n\n"
        "--- ATTACK [190] ---\nATTACK\n\n"
        "--- VISIT [042:043] ---\nVISIT\n\n"
        "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n\n");
    const char *actors = t_write("actors.txt",
        "GONDOR [GON]\nARNOR [ARN]\nMORDOR [MOR]\nROHAN [ROH]\n"
        "SMEAGOL [HOB]\n\t[HOBGOV <19960101]\n");
    const char *agents = t_write("agents.txt", "MINISTER [~GOV]\nWARSHIP [~MIL]\n");
    const char *actl[1] = {actors};
    kdict_files f = {verbs, actl, 1, agents, NULL, NULL};
    kdiag d = {tc_sink, NULL, 0, 0};
    kdictset *ds = kdictset_load(&f, 0, &d);
    T_CHECK(ds != NULL);
    if (!ds)
        return;
    kcoder *c = kcoder_new(ds);
    kcoder_opts o;
    kcoder_opts_default(&o);
    char b[512], note[256];
    int n = (int)(sizeof story / sizeof story[0]);
    for (int pass = 0; pass < 2; pass++) {
        kcoder_set_context(c, pass == 0);
        kcoder_story_begin(c);
        for (int i = 0; i < n; i++) {
            code1(c, &o, story[i], b, sizeof b, note, sizeof note);
            if (pass == 0) {
                T_EQ_STR(b, want_on[i]);
                if (want_note[i][0] && !strstr(note, want_note[i]))
                    T_EQ_STR(note, want_note[i]);
                else
                    T_CHECK(1);
            } else {
                T_EQ_STR(b, want_off[i]);
                T_EQ_STR(note, "");
            }
        }
    }
    /* the trace names the decisions: units, verbs, resolutions, the
     * terminal ", she said" clause dropped, the unresolved "She" dropped */
    trace_count tc;
    memset(&tc, 0, sizeof tc);
    kcoder_set_trace(c, on_trace, &tc);
    kcoder_set_context(c, 1);
    for (int i = 0; i < n; i++)
        code1(c, &o, story[i], b, sizeof b, note, sizeof note);
    kcoder_story_begin(c);
    code1(c, &o, story[4], b, sizeof b, note, sizeof note);
    kcoder_set_trace(c, NULL, NULL);
    T_CHECK(tc.unit > 0);
    T_CHECK(tc.verb >= 7);
    T_CHECK(tc.saw_she);
    T_EQ_INT(tc.comma, 1);
    T_CHECK(tc.drop >= 1);
    /* a new story forgets: "She" has no antecedent */
    kcoder_set_context(c, 1);
    code1(c, &o, story[3], b, sizeof b, note, sizeof note);
    kcoder_story_begin(c);
    T_EQ_STR(code1(c, &o, story[4], b, sizeof b, note, sizeof note), "");
    /* a 10,000-token sentence of actors and pronouns codes (bounded work) */
    {
        kbuf big;
        kbuf_init(&big);
        kbuf_puts(&big, L("1", "attacked", "VERB", "VBD", "0", "root"));
        for (int i = 2; i <= 10000; i++)
            kbuf_printf(&big, "%d\t%s\t_\t%s\t%s\t_\t1\t%s\t_\t_\n", i, i % 2 ? "they" : "Gondor",
                        i % 2 ? "PRON" : "PROPN", i % 2 ? "PRP" : "NNP", i % 2 ? "nsubj" : "obj");
        char bb[64], nb[16];
        code1(c, &o, big.s, bb, sizeof bb, nb, sizeof nb);
        T_CHECK(strcmp(bb, "ERROR") != 0 && strcmp(bb, "PARSE") != 0);
        kbuf_free(&big);
        /* and one of definite roles ("the minister the minister ..."),
         * each looking for a country among the ones before it */
        kbuf_init(&big);
        kbuf_puts(&big, L("1", "attacked", "VERB", "VBD", "0", "root"));
        for (int i = 2; i + 1 <= 10000; i += 2) {
            kbuf_printf(&big, "%d\tthe\t_\tDET\tDT\t_\t%d\tdet\t_\t_\n", i, i + 1);
            kbuf_printf(&big, "%d\tminister\t_\tNOUN\tNN\t_\t1\tobj\t_\t_\n", i + 1);
        }
        code1(c, &o, big.s, bb, sizeof bb, nb, sizeof nb);
        T_CHECK(strcmp(bb, "ERROR") != 0 && strcmp(bb, "PARSE") != 0);
        kbuf_free(&big);
    }
    /* an uncoded subject blocks the pronouns that fit it: "They" after
     * "Frodo and Sam visited Rohan" is not Rohan (nor Gondor), "He" after
     * "Aragorn criticized Rohan" is not the Arnor minister */
    {
        static const char *const blk[] = {
            /* Gondor attacked Arnor . */
            L("1", "Gondor", "PROPN", "NNP", "2", "nsubj") L("2", "attacked", "VERB", "VBD", "0", "root")
            L("3", "Arnor", "PROPN", "NNP", "2", "obj") L("4", ".", "PUNCT", ".", "2", "punct"),
            /* Frodo and Sam visited Rohan . */
            L("1", "Frodo", "PROPN", "NNP", "4", "nsubj") L("2", "and", "CCONJ", "CC", "3", "cc")
            L("3", "Sam", "PROPN", "NNP", "1", "conj") L("4", "visited", "VERB", "VBD", "0", "root")
            L("5", "Rohan", "PROPN", "NNP", "4", "obj") L("6", ".", "PUNCT", ".", "4", "punct"),
            /* They attacked Mordor . */
            L("1", "They", "PRON", "PRP", "2", "nsubj") L("2", "attacked", "VERB", "VBD", "0", "root")
            L("3", "Mordor", "PROPN", "NNP", "2", "obj") L("4", ".", "PUNCT", ".", "2", "punct"),
            /* Arnor 's minister visited Gondor . */
            L("1", "Arnor", "PROPN", "NNP", "3", "nmod:poss") L("2", "'s", "PART", "POS", "1", "case")
            L("3", "minister", "NOUN", "NN", "4", "nsubj") L("4", "visited", "VERB", "VBD", "0", "root")
            L("5", "Gondor", "PROPN", "NNP", "4", "obj") L("6", ".", "PUNCT", ".", "4", "punct"),
            /* Aragorn criticized Rohan . */
            L("1", "Aragorn", "PROPN", "NNP", "2", "nsubj") L("2", "criticized", "VERB", "VBD", "0", "root")
            L("3", "Rohan", "PROPN", "NNP", "2", "obj") L("4", ".", "PUNCT", ".", "2", "punct"),
            /* He attacked Mordor . */
            L("1", "He", "PRON", "PRP", "2", "nsubj") L("2", "attacked", "VERB", "VBD", "0", "root")
            L("3", "Mordor", "PROPN", "NNP", "2", "obj") L("4", ".", "PUNCT", ".", "2", "punct"),
            /* Arnor 's minister visited Gondor . (again) */
            L("1", "Arnor", "PROPN", "NNP", "3", "nmod:poss") L("2", "'s", "PART", "POS", "1", "case")
            L("3", "minister", "NOUN", "NN", "4", "nsubj") L("4", "visited", "VERB", "VBD", "0", "root")
            L("5", "Gondor", "PROPN", "NNP", "4", "obj") L("6", ".", "PUNCT", ".", "4", "punct"),
            /* He attacked Mordor . (the minister: a coded subject still resolves) */
            L("1", "He", "PRON", "PRP", "2", "nsubj") L("2", "attacked", "VERB", "VBD", "0", "root")
            L("3", "Mordor", "PROPN", "NNP", "2", "obj") L("4", ".", "PUNCT", ".", "2", "punct"),
        };
        static const char *const want_blk[] = {
            "GON|ARN|190", "", "", "ARNGOV|GON|042 GON|ARNGOV|043", "", "", "ARNGOV|GON|042 GON|ARNGOV|043",
            "ARNGOV|MOR|190",
        };
        kcoder_set_context(c, 1);
        kcoder_story_begin(c);
        for (size_t i = 0; i < sizeof blk / sizeof blk[0]; i++)
            T_EQ_STR(code1(c, &o, blk[i], b, sizeof b, note, sizeof note), want_blk[i]);
    }
    /* a vehicle is no "he", though its code has a role (GONMIL) */
    {
        static const char *const veh[] = {
            /* Gondor 's warship attacked Mordor . */
            L("1", "Gondor", "PROPN", "NNP", "3", "nmod:poss") L("2", "'s", "PART", "POS", "1", "case")
            L("3", "warship", "NOUN", "NN", "4", "nsubj") L("4", "attacked", "VERB", "VBD", "0", "root")
            L("5", "Mordor", "PROPN", "NNP", "4", "obj") L("6", ".", "PUNCT", ".", "4", "punct"),
            /* He criticized Rohan . */
            L("1", "He", "PRON", "PRP", "2", "nsubj") L("2", "criticized", "VERB", "VBD", "0", "root")
            L("3", "Rohan", "PROPN", "NNP", "2", "obj") L("4", ".", "PUNCT", ".", "2", "punct"),
        };
        static const char *const want_veh[] = {"GONMIL|MOR|190", ""};
        kcoder_set_context(c, 1);
        kcoder_story_begin(c);
        for (size_t i = 0; i < sizeof veh / sizeof veh[0]; i++)
            T_EQ_STR(code1(c, &o, veh[i], b, sizeof b, note, sizeof note), want_veh[i]);
    }
    kcoder_free(c);
    kdictset_free(ds);
}

int main(void)
{
    kdiag d = {tc_sink, NULL, 0, 0};
    story_tests();
    if (access(SEED, R_OK) != 0 || access(SHARED "/data/petrarch2/PETR_config.ini", R_OK) != 0) {
        printf("%s absent: seed-story checks skipped\n", SHARED);
        return T_DONE();
    }
    ktagger *tg = ktagger_load("data/model/en-ewt.tagger", &d);
    kparser *ps = kparser_load("data/model/en-ewt.parser", &d);
    if (!tg || !ps) {
        printf("models absent: seed-story checks skipped\n");
        ktagger_free(tg);
        kparser_free(ps);
        return T_DONE();
    }
    const char *sets[2] = {SHARED "/data/petrarch2/PETR_config.ini", "data/dict/khaldun.config.ini"};
    for (int k = 0; k < 2; k++) {
        run R;
        memset(&R, 0, sizeof R);
        R.tg = tg;
        R.ps = ps;
        R.d = &d;
        R.show = getenv("T_SHOW") ? atoi(getenv("T_SHOW")) : 0;
        ktag_ws_init(&R.tw);
        kparse_ws_init(&R.pw);
        kdictset *ds = load_config(sets[k], &R.o, &d);
        T_CHECK(ds != NULL);
        if (ds) {
            if (R.show)
                fprintf(stderr, "== %s\n", sets[k]);
            T_EQ_INT(code_seed(&R, ds), 0);
            seed_checks(&R, k == 1);
        }
        kdictset_free(ds);
        ktag_ws_free(&R.tw);
        kparse_ws_free(&R.pw);
        free(R.r);
    }
    ktagger_free(tg);
    kparser_free(ps);
    return T_DONE();
}
