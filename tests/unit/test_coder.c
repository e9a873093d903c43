/* test_coder.c: the coding engine on hand-written sentences and a small
 * hand-written dictionary set.  Each expected event was worked out by hand
 * from the rules in docs/coder.md (the PETRARCH conventions), not by
 * running the coder.  Also: options, bad trees, a 10,000-token sentence. */
#include "coder.h"
#include "conllu.h"
#include "dict.h"
#include "pico.h"
#include "t.h"
#include "tcode.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* code a sentence: the sorted, distinct "SRC|TGT|CODE" triples (tcode.h) */
static const char *code(kcoder *c, const kcoder_opts *o, const char *conll, int date, char *buf, size_t n)
{
    return tc_code(c, o, conll, date, buf, n, NULL, 0);
}

/* CoNLL-U line helper: id form lemma upos xpos head deprel */
#define L(id, form, lemma, upos, xpos, head, rel) id "\t" form "\t" lemma "\t" upos "\t" xpos "\t_\t" head "\t" rel "\t_\t_\n"

int main(void)
{
    if (!t_tmpdir())
        return 1;
    const char *verbs = t_write("verbs.txt",
        "&TIES\n+TIES\n+RELATIONS\n\n"
        "--- ATTACK [190] ---\nATTACK\n\n"
        "--- CRITICIZE [111] ---\nCRITICIZE\n- HEAVILY * [122]\n\n"
        "--- RESTORE [064] ---\nRESTORE\n- * DIPLOMATIC_&TIES [065]\n- * FULL [---]\n\n"
        "--- VISIT [042:043] ---\nVISIT\n\n"
        "--- MEET [036] ---\nMEET {MEETS MET MEETING}\n- % * [037]\n\n"
        "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n\n"
        "--- CLASH [110] ---\nCLASH\n\n");
    const char *actors = t_write("actors.txt",
        "GONDOR [GON]\nARNOR [ARN]\nMORDOR [MOR]\nROHAN [ROH]\n"
        "GONDORIAN [GON]\nMORDORIAN [MOR]\n"
        "MINAS_TIRITH [GON]\n"
        "SMEAGOL [HOB]\n\t[HOBGOV <19960101]\n");
    const char *agents = t_write("agents.txt", "SOLDIER [~MIL]\nMINISTER [~GOV]\nACTIVIST [OPP~]\n"
                                          "COMPANY [~BUS]\nSPOKESMAN [~GOV]\nCO {} [~BUS]\n");
    const char *pico = t_write("pico.txt", "110:0x1007f#Disapprove\n050:0x0080\n190:0x9000\n");
    const char *actl[1] = {actors};
    kdict_files f = {verbs, actl, 1, agents, NULL, NULL};
    kdiag d = {tc_sink, NULL, 0, 0};
    kdictset *ds = kdictset_load(&f, 0, &d);
    T_CHECK(ds != NULL);
    if (!ds)
        return T_DONE();
    kcoder *c = kcoder_new(ds);
    kcoder_opts o;
    kcoder_opts_default(&o);
    char b[1024];

    /* options */
    T_EQ_INT(o.require_dyad, 1);
    T_EQ_INT(o.comma_max, 8);
    T_EQ_INT(kcoder_opts_set(&o, "require_dyad", "FALSE"), 0);
    T_EQ_INT(o.require_dyad, 0);
    T_EQ_INT(kcoder_opts_set(&o, "require_dyad", "maybe"), -1);
    T_EQ_INT(kcoder_opts_set(&o, "comma_emax", "x8"), -1);
    T_EQ_INT(kcoder_opts_set(&o, "no_such_option", "1"), -1);
    T_EQ_INT(o.skip_negated, 0);
    T_EQ_INT(kcoder_opts_set(&o, "skip_negated", "True"), 0);
    T_EQ_INT(o.skip_negated, 1);
    kcoder_opts_default(&o);

    /* simple transitive: subject source, object target */
    const char *s1 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                     L("3", "Mordor", "Mordor", "PROPN", "NNP", "2", "obj")
                     L("4", ".", ".", "PUNCT", ".", "2", "punct");
    T_EQ_STR(code(c, &o, s1, 20000101, b, sizeof b), "GON|MOR|190");

    /* a negated verb: coded as PETRARCH does by default, no event with
     * skip_negated */
    const char *s1n = L("1", "Gondor", "Gondor", "PROPN", "NNP", "4", "nsubj")
                      L("2", "did", "do", "AUX", "VBD", "4", "aux")
                      L("3", "not", "not", "PART", "RB", "4", "advmod")
                      L("4", "attack", "attack", "VERB", "VB", "0", "root")
                      L("5", "Mordor", "Mordor", "PROPN", "NNP", "4", "obj");
    T_EQ_STR(code(c, &o, s1n, 20000101, b, sizeof b), "GON|MOR|190");
    {
        kcoder_opts on = o;
        T_EQ_INT(kcoder_opts_set(&on, "skip_negated", "true"), 0);
        T_EQ_STR(code(c, &on, s1n, 20000101, b, sizeof b), "");
        T_EQ_STR(code(c, &on, s1, 20000101, b, sizeof b), "GON|MOR|190");
    }

    /* passive with a by-agent: swapped */
    const char *s2 = L("1", "Mordor", "Mordor", "PROPN", "NNP", "3", "nsubj:pass")
                     L("2", "was", "be", "AUX", "VBD", "3", "aux:pass")
                     L("3", "attacked", "attack", "VERB", "VBN", "0", "root")
                     L("4", "by", "by", "ADP", "IN", "5", "case")
                     L("5", "Gondor", "Gondor", "PROPN", "NNP", "3", "obl")
                     L("6", ".", ".", "PUNCT", ".", "3", "punct");
    T_EQ_STR(code(c, &o, s2, 20000101, b, sizeof b), "GON|MOR|190");

    /* compound subject: one event per member */
    const char *s3 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "4", "nsubj")
                     L("2", "and", "and", "CCONJ", "CC", "3", "cc")
                     L("3", "Rohan", "Rohan", "PROPN", "NNP", "1", "conj")
                     L("4", "attacked", "attack", "VERB", "VBD", "0", "root")
                     L("5", "Mordor", "Mordor", "PROPN", "NNP", "4", "obj");
    T_EQ_STR(code(c, &o, s3, 20000101, b, sizeof b), "GON|MOR|190 ROH|MOR|190");

    /* agent after an actor: GON + ~MIL; agent before: OPP~ */
    const char *s4 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "compound")
                     L("2", "soldiers", "soldier", "NOUN", "NNS", "3", "nsubj")
                     L("3", "attacked", "attack", "VERB", "VBD", "0", "root")
                     L("4", "Mordor", "Mordor", "PROPN", "NNP", "5", "compound")
                     L("5", "activists", "activist", "NOUN", "NNS", "3", "obj");
    T_EQ_STR(code(c, &o, s4, 20000101, b, sizeof b), "GONMIL|OPPMOR|190");

    /* conjuncts with their own adjectives share none: Mordorian ministers
     * are not Gondorian (the first conjunct's modifiers are shared only
     * with a conjunct lacking that kind of modifier) */
    const char *s4b = L("1", "Gondorian", "Gondorian", "ADJ", "JJ", "2", "amod")
                      L("2", "soldiers", "soldier", "NOUN", "NNS", "6", "nsubj")
                      L("3", "and", "and", "CCONJ", "CC", "5", "cc")
                      L("4", "Mordorian", "Mordorian", "ADJ", "JJ", "5", "amod")
                      L("5", "ministers", "minister", "NOUN", "NNS", "2", "conj")
                      L("6", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("7", "Rohan", "Rohan", "PROPN", "NNP", "6", "obj");
    T_EQ_STR(code(c, &o, s4b, 20000101, b, sizeof b), "GONMIL|ROH|190 MORGOV|ROH|190");
    const char *s4c = L("1", "Gondorian", "Gondorian", "ADJ", "JJ", "2", "amod")
                      L("2", "soldiers", "soldier", "NOUN", "NNS", "5", "nsubj")
                      L("3", "and", "and", "CCONJ", "CC", "4", "cc")
                      L("4", "ministers", "minister", "NOUN", "NNS", "2", "conj")
                      L("5", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("6", "Rohan", "Rohan", "PROPN", "NNP", "5", "obj");
    T_EQ_STR(code(c, &o, s4c, 20000101, b, sizeof b), "GONGOV|ROH|190 GONMIL|ROH|190");

    /* a proper-noun conjunct of a common noun takes none of its modifiers:
     * Smeagol is not a Mordorian minister */
    const char *s4k = L("1", "Mordorian", "Mordorian", "ADJ", "JJ", "2", "amod")
                      L("2", "ministers", "minister", "NOUN", "NNS", "5", "nsubj")
                      L("3", "and", "and", "CCONJ", "CC", "4", "cc")
                      L("4", "Smeagol", "Smeagol", "PROPN", "NNP", "2", "conj")
                      L("5", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("6", "Rohan", "Rohan", "PROPN", "NNP", "5", "obj");
    T_EQ_STR(code(c, &o, s4k, 20000101, b, sizeof b), "HOB|ROH|190 MORGOV|ROH|190");

    /* a thing is no actor of violence; a weapon or vehicle is */
    const char *s4x = L("1", "Mordorian", "Mordorian", "ADJ", "JJ", "2", "amod")
                      L("2", "exports", "export", "NOUN", "NNS", "3", "nsubj")
                      L("3", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("4", "Gondor", "Gondor", "PROPN", "NNP", "3", "obj");
    T_EQ_STR(code(c, &o, s4x, 20000101, b, sizeof b), "");
    const char *s4y = L("1", "Mordorian", "Mordorian", "ADJ", "JJ", "2", "amod")
                      L("2", "planes", "plane", "NOUN", "NNS", "3", "nsubj")
                      L("3", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("4", "Gondor", "Gondor", "PROPN", "NNP", "3", "obj");
    T_EQ_STR(code(c, &o, s4y, 20000101, b, sizeof b), "MOR|GON|190");

    /* a relative clause names other actors, not its noun's ("a man who
     * visited Rohan" is not ROH); on a noun of manner it is what the phrase
     * is about ("the way Mordor treats Rohan" is Mordor's) */
    const char *s4rc = L("1", "A", "a", "DET", "DT", "2", "det")
                       L("2", "man", "man", "NOUN", "NN", "6", "nsubj")
                       L("3", "who", "who", "PRON", "WP", "4", "nsubj")
                       L("4", "visited", "visit", "VERB", "VBD", "2", "acl:relcl")
                       L("5", "Rohan", "Rohan", "PROPN", "NNP", "4", "obj")
                       L("6", "criticized", "criticize", "VERB", "VBD", "0", "root")
                       L("7", "Gondor", "Gondor", "PROPN", "NNP", "6", "obj");
    T_EQ_STR(code(c, &o, s4rc, 20000101, b, sizeof b), "");
    const char *s4mw = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                       L("2", "criticized", "criticize", "VERB", "VBD", "0", "root")
                       L("3", "the", "the", "DET", "DT", "4", "det")
                       L("4", "way", "way", "NOUN", "NN", "2", "obj")
                       L("5", "Mordor", "Mordor", "PROPN", "NNP", "6", "nsubj")
                       L("6", "treats", "treat", "VERB", "VBZ", "4", "acl:relcl")
                       L("7", "Rohan", "Rohan", "PROPN", "NNP", "6", "obj");
    T_EQ_STR(code(c, &o, s4mw, 20000101, b, sizeof b), "GON|MOR|111");

    /* a company ending names the body; agent words before it are its name
     * ("Soldier Co" is a company, not ---MILBUS) */
    const char *s4co = L("1", "Soldier", "Soldier", "PROPN", "NNP", "2", "compound")
                       L("2", "Co", "Co", "PROPN", "NNP", "3", "nsubj")
                       L("3", "criticized", "criticize", "VERB", "VBD", "0", "root")
                       L("4", "Gondor", "Gondor", "PROPN", "NNP", "3", "obj");
    T_EQ_STR(code(c, &o, s4co, 20000101, b, sizeof b), "---BUS|GON|111");

    /* a currency is no actor, nor is the country that issues it */
    const char *s4t = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "criticized", "criticize", "VERB", "VBD", "0", "root")
                      L("3", "the", "the", "DET", "DT", "5", "det")
                      L("4", "Mordorian", "Mordorian", "ADJ", "JJ", "5", "amod")
                      L("5", "dollars", "dollar", "NOUN", "NNS", "2", "obj");
    T_EQ_STR(code(c, &o, s4t, 20000101, b, sizeof b), "");
    const char *s4u = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "criticized", "criticize", "VERB", "VBD", "0", "root")
                      L("3", "the", "the", "DET", "DT", "5", "det")
                      L("4", "Mordorian", "Mordorian", "ADJ", "JJ", "5", "amod")
                      L("5", "soldiers", "soldier", "NOUN", "NNS", "2", "obj");
    T_EQ_STR(code(c, &o, s4u, 20000101, b, sizeof b), "GON|MORMIL|111");

    /* a generic role (spokesman) of a non-government body is the body's */
    const char *s4l = L("1", "The", "the", "DET", "DT", "3", "det")
                      L("2", "company", "company", "NOUN", "NN", "3", "compound")
                      L("3", "spokesman", "spokesman", "NOUN", "NN", "4", "nsubj")
                      L("4", "criticized", "criticize", "VERB", "VBD", "0", "root")
                      L("5", "Gondor", "Gondor", "PROPN", "NNP", "4", "obj");
    T_EQ_STR(code(c, &o, s4l, 20000101, b, sizeof b), "---BUS|GON|111");
    const char *s4m = L("1", "The", "the", "DET", "DT", "2", "det")
                      L("2", "spokesman", "spokesman", "NOUN", "NN", "3", "nsubj")
                      L("3", "criticized", "criticize", "VERB", "VBD", "0", "root")
                      L("4", "Gondor", "Gondor", "PROPN", "NNP", "3", "obj");
    T_EQ_STR(code(c, &o, s4m, 20000101, b, sizeof b), "---GOV|GON|111");

    /* a foreign group in a place is not of that country; a foreign
     * minister (government agent) is */
    const char *s4d = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("3", "foreign", "foreign", "ADJ", "JJ", "4", "amod")
                      L("4", "soldiers", "soldier", "NOUN", "NNS", "2", "obj")
                      L("5", "in", "in", "ADP", "IN", "6", "case")
                      L("6", "Mordor", "Mordor", "PROPN", "NNP", "4", "nmod");
    T_EQ_STR(code(c, &o, s4d, 20000101, b, sizeof b), "GON|---MIL|190");
    const char *s4e = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("3", "soldiers", "soldier", "NOUN", "NNS", "2", "obj")
                      L("4", "in", "in", "ADP", "IN", "5", "case")
                      L("5", "Mordor", "Mordor", "PROPN", "NNP", "3", "nmod");
    T_EQ_STR(code(c, &o, s4e, 20000101, b, sizeof b), "GON|MORMIL|190");
    const char *s4f = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("3", "the", "the", "DET", "DT", "5", "det")
                      L("4", "foreign", "foreign", "ADJ", "JJ", "5", "amod")
                      L("5", "minister", "minister", "NOUN", "NN", "2", "obj")
                      L("6", "in", "in", "ADP", "IN", "7", "case")
                      L("7", "Mordor", "Mordor", "PROPN", "NNP", "5", "nmod");
    T_EQ_STR(code(c, &o, s4f, 20000101, b, sizeof b), "GON|MORGOV|190");

    /* an uncoded source visiting a list: the listed places do not visit
     * each other ([042:043] is an asymmetric pair; require_dyad drops ---) */
    const char *s4h = L("1", "The", "the", "DET", "DT", "2", "det")
                      L("2", "teams", "team", "NOUN", "NNS", "3", "nsubj")
                      L("3", "visited", "visit", "VERB", "VBD", "0", "root")
                      L("4", "Gondor", "Gondor", "PROPN", "NNP", "3", "obj")
                      L("5", ",", ",", "PUNCT", ",", "6", "punct")
                      L("6", "Rohan", "Rohan", "PROPN", "NNP", "4", "conj")
                      L("7", "and", "and", "CCONJ", "CC", "8", "cc")
                      L("8", "Arnor", "Arnor", "PROPN", "NNP", "4", "conj");
    T_EQ_STR(code(c, &o, s4h, 20000101, b, sizeof b), "");

    /* a compound source without a target acts on itself for a cooperation
     * code (046 negotiate), not for one whose sides differ (042 visit) */
    const char *s4i = L("1", "Gondor", "Gondor", "PROPN", "NNP", "4", "nsubj")
                      L("2", "and", "and", "CCONJ", "CC", "3", "cc")
                      L("3", "Rohan", "Rohan", "PROPN", "NNP", "1", "conj")
                      L("4", "dispatched", "dispatch", "VERB", "VBD", "0", "root")
                      L("5", "missions", "mission", "NOUN", "NNS", "4", "obj");
    const char *s4j = L("1", "Gondor", "Gondor", "PROPN", "NNP", "4", "nsubj")
                      L("2", "and", "and", "CCONJ", "CC", "3", "cc")
                      L("3", "Rohan", "Rohan", "PROPN", "NNP", "1", "conj")
                      L("4", "dispatched", "dispatch", "VERB", "VBD", "0", "root")
                      L("5", "negotiators", "negotiator", "NOUN", "NNS", "4", "obj");
    {
        /* PETRARCH-2 syntax (a '{...}' pattern) turns the rule on */
        const char *v2 = t_write("verbs2.txt", "--- DISPATCH [---] ---\nDISPATCH\n- * MISSIONS [042]\n"
                                               "- * NEGOTIATORS [046]\n- * {PEACE ENVOYS} [045]\n\n"
                                               "--- HOST [---] ---\nHOST\n- * + [043:042]\n\n"
                                               "--- PRAISE [051] ---\nPRAISE\n\n"
                                               "--- REPORT [010] ---\nREPORT\n\n"
                                               "--- JOURNEY [---] ---\nJOURNEY\n- * (TO) [042:043]\n\n");
        kdict_files f2 = {v2, actl, 1, agents, NULL, NULL};
        kdictset *ds2 = kdictset_load(&f2, 0, &d);
        T_CHECK(ds2 != NULL);
        kcoder *c2 = ds2 ? kcoder_new(ds2) : NULL;
        if (c2) {
            T_EQ_STR(code(c2, &o, s4i, 20000101, b, sizeof b), "");
            T_EQ_STR(code(c2, &o, s4j, 20000101, b, sizeof b), "GON|ROH|046 ROH|GON|046");
            /* praise (051) is directed: "A and B praised the plan" is no praise
             * of each other */
            const char *s4q = L("1", "Gondor", "Gondor", "PROPN", "NNP", "4", "nsubj")
                              L("2", "and", "and", "CCONJ", "CC", "3", "cc")
                              L("3", "Rohan", "Rohan", "PROPN", "NNP", "1", "conj")
                              L("4", "praised", "praise", "VERB", "VBD", "0", "root")
                              L("5", "the", "the", "DET", "DT", "6", "det")
                              L("6", "plan", "plan", "NOUN", "NN", "4", "obj");
            T_EQ_STR(code(c2, &o, s4q, 20000101, b, sizeof b), "");
            /* "- * (TO)": a preposition, not an infinitive's "to" */
            const char *s4v = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                              L("2", "journeyed", "journey", "VERB", "VBD", "0", "root")
                              L("3", "to", "to", "ADP", "IN", "4", "case")
                              L("4", "Rohan", "Rohan", "PROPN", "NNP", "2", "obl");
            T_EQ_STR(code(c2, &o, s4v, 20000101, b, sizeof b), "GON|ROH|042 ROH|GON|043");
            const char *s4w = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                              L("2", "journeyed", "journey", "VERB", "VBD", "0", "root")
                              L("3", "to", "to", "PART", "TO", "4", "mark")
                              L("4", "greet", "greet", "VERB", "VB", "2", "advcl")
                              L("5", "Rohan", "Rohan", "PROPN", "NNP", "4", "obj");
            T_EQ_STR(code(c2, &o, s4w, 20000101, b, sizeof b), "");
            /* a statement in the passive without a by-agent has no speaker:
             * "Gondor was reported in Rohan" is no statement of Rohan's (nor
             * of Gondor's); with the agent it is */
            const char *s4r = L("1", "Gondor", "Gondor", "PROPN", "NNP", "3", "nsubj:pass")
                              L("2", "was", "be", "AUX", "VBD", "3", "aux:pass")
                              L("3", "reported", "report", "VERB", "VBN", "0", "root")
                              L("4", "in", "in", "ADP", "IN", "5", "case")
                              L("5", "Rohan", "Rohan", "PROPN", "NNP", "3", "obl");
            T_EQ_STR(code(c2, &o, s4r, 20000101, b, sizeof b), "");
            const char *s4s = L("1", "Gondor", "Gondor", "PROPN", "NNP", "3", "nsubj:pass")
                              L("2", "was", "be", "AUX", "VBD", "3", "aux:pass")
                              L("3", "reported", "report", "VERB", "VBN", "0", "root")
                              L("4", "by", "by", "ADP", "IN", "5", "case")
                              L("5", "Rohan", "Rohan", "PROPN", "NNP", "3", "obl");
            T_EQ_STR(code(c2, &o, s4s, 20000101, b, sizeof b), "ROH|GON|010");
            /* a pattern for the active voice ('- * +') in a passive clause: the
             * by-agent acts on the subject, also past another phrase */
            const char *s4p = L("1", "Gondor", "Gondor", "PROPN", "NNP", "3", "nsubj:pass")
                              L("2", "was", "be", "AUX", "VBD", "3", "aux:pass")
                              L("3", "hosted", "host", "VERB", "VBN", "0", "root")
                              L("4", "in", "in", "ADP", "IN", "5", "case")
                              L("5", "Arnor", "Arnor", "PROPN", "NNP", "3", "obl")
                              L("6", "by", "by", "ADP", "IN", "7", "case")
                              L("7", "Rohan", "Rohan", "PROPN", "NNP", "3", "obl");
            T_EQ_STR(code(c2, &o, s4p, 20000101, b, sizeof b), "GON|ROH|042 ROH|GON|043");
            kcoder_free(c2);
        }
        kdictset_free(ds2);
    }

    /* "Mordor-based", named by no dictionary, is in Mordor */
    const char *s4g = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("3", "the", "the", "DET", "DT", "5", "det")
                      L("4", "Mordor-based", "Mordor-based", "ADJ", "JJ", "5", "amod")
                      L("5", "soldiers", "soldier", "NOUN", "NNS", "2", "obj");
    T_EQ_STR(code(c, &o, s4g, 20000101, b, sizeof b), "GON|MORMIL|190");

    /* pattern with a synset and '_': DIPLOMATIC_&TIES; null-coded pattern */
    const char *s5 = L("1", "Arnor", "Arnor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "restored", "restore", "VERB", "VBD", "0", "root")
                     L("3", "diplomatic", "diplomatic", "ADJ", "JJ", "4", "amod")
                     L("4", "relations", "relation", "NOUN", "NNS", "2", "obj")
                     L("5", "with", "with", "ADP", "IN", "6", "case")
                     L("6", "Gondor", "Gondor", "PROPN", "NNP", "2", "obl");
    T_EQ_STR(code(c, &o, s5, 20000101, b, sizeof b), "ARN|GON|065");
    const char *s5b = L("1", "Arnor", "Arnor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "restored", "restore", "VERB", "VBD", "0", "root")
                      L("3", "full", "full", "ADJ", "JJ", "4", "amod")
                      L("4", "ties", "tie", "NOUN", "NNS", "2", "obj")
                      L("5", "with", "with", "ADP", "IN", "6", "case")
                      L("6", "Gondor", "Gondor", "PROPN", "NNP", "2", "obl");
    T_EQ_STR(code(c, &o, s5b, 20000101, b, sizeof b), "");

    /* paired code [042:043]: the reciprocal event */
    const char *s6 = L("1", "Arnor", "Arnor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "visited", "visit", "VERB", "VBD", "0", "root")
                     L("3", "Minas", "Minas", "PROPN", "NNP", "2", "obj")
                     L("4", "Tirith", "Tirith", "PROPN", "NNP", "3", "flat");
    T_EQ_STR(code(c, &o, s6, 20000101, b, sizeof b), "ARN|GON|042 GON|ARN|043");

    /* '%' before the verb: the compound acts on itself */
    const char *s7 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "4", "nsubj")
                     L("2", "and", "and", "CCONJ", "CC", "3", "cc")
                     L("3", "Rohan", "Rohan", "PROPN", "NNP", "1", "conj")
                     L("4", "met", "meet", "VERB", "VBD", "0", "root");
    T_EQ_STR(code(c, &o, s7, 20000101, b, sizeof b), "GON|ROH|037 ROH|GON|037");

    /* date-restricted actor code */
    const char *s8 = L("1", "Smeagol", "Smeagol", "PROPN", "NNP", "2", "nsubj")
                     L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                     L("3", "Gondor", "Gondor", "PROPN", "NNP", "2", "obj");
    T_EQ_STR(code(c, &o, s8, 19950101, b, sizeof b), "HOBGOV|GON|190");
    T_EQ_STR(code(c, &o, s8, 20000101, b, sizeof b), "HOB|GON|190");

    /* require_dyad: a null target codes only when it is off */
    const char *s9 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                     L("3", "the", "the", "DET", "DT", "4", "det")
                     L("4", "town", "town", "NOUN", "NN", "2", "obj");
    T_EQ_STR(code(c, &o, s9, 20000101, b, sizeof b), "");
    kcoder_opts_set(&o, "require_dyad", "false");
    T_EQ_STR(code(c, &o, s9, 20000101, b, sizeof b), "GON|---|190");
    /* new_actor_length: the phrase itself as a text actor */
    kcoder_opts_set(&o, "new_actor_length", "4");
    T_EQ_STR(code(c, &o, s9, 20000101, b, sizeof b), "GON|\"THE TOWN\"|190");
    kcoder_opts_default(&o);

    /* adverb before the verb: upper pattern HEAVILY * */
    const char *s10 = L("1", "Arnor", "Arnor", "PROPN", "NNP", "3", "nsubj")
                      L("2", "heavily", "heavily", "ADV", "RB", "3", "advmod")
                      L("3", "criticized", "criticize", "VERB", "VBD", "0", "root")
                      L("4", "Gondor", "Gondor", "PROPN", "NNP", "3", "obj");
    T_EQ_STR(code(c, &o, s10, 20000101, b, sizeof b), "ARN|GON|122");

    /* negation: only with an ontology (110 - 0xFFFF -> 050) */
    const char *s11 = L("1", "Arnor", "Arnor", "PROPN", "NNP", "3", "nsubj")
                      L("2", "not", "not", "PART", "RB", "3", "advmod")
                      L("3", "clash", "clash", "VERB", "VB", "0", "root")
                      L("4", "with", "with", "ADP", "IN", "5", "case")
                      L("5", "Gondor", "Gondor", "PROPN", "NNP", "3", "obl");
    T_EQ_STR(code(c, &o, s11, 20000101, b, sizeof b), "ARN|GON|110");
    kpico *pc = kpico_load(pico, ds->in, 0, &d);
    T_CHECK(pc != NULL);
    T_EQ_INT(kpico_count(pc), 3);
    kcoder_set_ontology(c, pc);
    T_EQ_STR(code(c, &o, s11, 20000101, b, sizeof b), "ARN|GON|050");
    /* a negated verb whose negation the ontology lacks codes nothing */
    const char *s12 = L("1", "Arnor", "Arnor", "PROPN", "NNP", "3", "nsubj")
                      L("2", "not", "not", "PART", "RB", "3", "advmod")
                      L("3", "attack", "attack", "VERB", "VB", "0", "root")
                      L("4", "Gondor", "Gondor", "PROPN", "NNP", "3", "obj");
    T_EQ_STR(code(c, &o, s12, 20000101, b, sizeof b), "");
    kcoder_set_ontology(c, NULL);

    /* terminal comma clause of 2..8 words is dropped (said ... not coded) */
    const char *s13 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "attacked", "attack", "VERB", "VBD", "0", "root")
                      L("3", "Mordor", "Mordor", "PROPN", "NNP", "2", "obj")
                      L("4", ",", ",", "PUNCT", ",", "2", "punct")
                      L("5", "Arnor", "Arnor", "PROPN", "NNP", "6", "nsubj")
                      L("6", "said", "say", "VERB", "VBD", "2", "parataxis")
                      L("7", "Rohan", "Rohan", "PROPN", "NNP", "6", "obj")
                      L("8", ".", ".", "PUNCT", ".", "2", "punct");
    T_EQ_STR(code(c, &o, s13, 20000101, b, sizeof b), "GON|MOR|190");
    kcoder_opts_set(&o, "comma_emax", "0");
    T_EQ_STR(code(c, &o, s13, 20000101, b, sizeof b), "ARN|ROH|010 GON|MOR|190");
    kcoder_opts_default(&o);

    /* robustness: a cycle is rejected by the reader or the coder, never crashes */
    karena mem;
    karena_init(&mem);
    ksent bad;
    memset(&bad, 0, sizeof bad);
    bad.mem = &mem;
    bad.id = "BAD";
    ktok tk[2];
    memset(tk, 0, sizeof tk);
    tk[0].form = "Gondor";
    tk[0].key = "GONDOR";
    tk[0].head = 1;
    tk[0].rel = KR_NSUBJ;
    tk[1].form = "attacked";
    tk[1].key = "ATTACKED";
    snprintf(tk[1].xpos, sizeof tk[1].xpos, "VBD");
    tk[1].head = 0;
    tk[1].rel = KR_ROOT;
    bad.tok = tk;
    bad.ntok = 2;
    kevent *ev = NULL;
    int nev = 0, cap = 0;
    kdiag d2 = {NULL, NULL, 0, 0};
    T_EQ_INT(kcoder_code(c, &o, &bad, &ev, &nev, &cap, &d2), -1);
    T_EQ_INT(d2.nerror, 1);
    /* a 10,000-token flat sentence: every token under one verb */
    int N = 10000;
    ktok *big = xcalloc((size_t)N, sizeof *big);
    for (int i = 0; i < N; i++) {
        big[i].form = (i % 2) ? "Gondor" : "Mordor";
        big[i].key = (i % 2) ? "GONDOR" : "MORDOR";
        snprintf(big[i].xpos, sizeof big[i].xpos, "NNP");
        big[i].head = 0;
        big[i].rel = KR_CONJ;
    }
    big[0].form = "attacked";
    big[0].key = "ATTACKED";
    snprintf(big[0].xpos, sizeof big[0].xpos, "VBD");
    big[0].head = -1;
    big[0].rel = KR_ROOT;
    big[1].rel = KR_OBJ;
    ksent bs;
    memset(&bs, 0, sizeof bs);
    bs.mem = &mem;
    bs.id = "BIG";
    bs.tok = big;
    bs.ntok = N;
    nev = 0;
    int r = kcoder_code(c, &o, &bs, &ev, &nev, &cap, &d2);
    T_CHECK(r >= 0);
    /* 10,000 verbs in a row, each the object of the previous one's clause */
    for (int i = 0; i < N; i++) {
        big[i].form = "attacked";
        big[i].key = "ATTACKED";
        snprintf(big[i].xpos, sizeof big[i].xpos, "VBD");
        big[i].head = i - 1;
        big[i].rel = i ? KR_CONJ : KR_ROOT;
    }
    nev = 0;
    r = kcoder_code(c, &o, &bs, &ev, &nev, &cap, &d2);
    T_CHECK(r >= 0);
    free(big);
    free(ev);
    karena_free(&mem);

    kpico_free(pc);
    kcoder_free(c);
    kdictset_free(ds);

    /* PETRARCH-2 dictionaries (a '(...)' pattern makes the file dialect 2)
     * with '~' transformations: verb-verb combinations.  Expected codes
     * worked out by hand from the ontology (dictionaries.rst
     * "Combinations"): WANT 030 = 0x3000, HELP 070 = 0x0040, sum 0x3040 =
     * 033; the transformation lines as written below. */
    const char *verbs2 = t_write("verbs2.txt",
        "--- WANT [030] ---\nWANT\n- * (FOR PEACE) [020]\n\n"
        "--- HELP [070] ---\nHELP\n\n"
        "--- ATTACK [190] ---\nATTACK\n\n"
        "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n\n"
        "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n\n"
        "--- ASK [020] ---\nASK\n\n"
        "--- DISCUSS [040] ---\nDISCUSS\n\n"
        "--- CALL [041] ---\nCALL\n- * (ON) [020]\n\n"
        "--- TAKE [171] ---\nTAKE {TAKES TOOK TAKEN TAKING}\n\n"
        "&MILITARY\n+MILITARY\n+TROOPS\n\n"
        "--- SEND [---] ---\nSEND {SENDS SENT SENDING}\n"
        "- * &MILITARY [062]\n- * &MILITARY [072]\n- * &MILITARY [154]\n\n"
        "~ a (a b ATTACK) SAY = a b 015\n"
        "~ a (b . ATTACK) SAY = a b 112\n"
        "~ a (a b Q) SAY = a b Q\n");
    kdict_files f2 = {verbs2, actl, 1, agents, NULL, NULL};
    kdictset *ds2 = kdictset_load(&f2, 0, &d);
    T_CHECK(ds2 != NULL);
    if (ds2) {
        kcoder *c2 = kcoder_new(ds2);
        kcoder_opts_default(&o);
        /* "Gondor wants to help Rohan": 030 + 070 = 033 */
        const char *x1 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "wants", "want", "VERB", "VBZ", "0", "root")
                         L("3", "to", "to", "PART", "TO", "4", "mark")
                         L("4", "help", "help", "VERB", "VB", "2", "xcomp")
                         L("5", "Rohan", "Rohan", "PROPN", "NNP", "4", "obj");
        T_EQ_STR(code(c2, &o, x1, 20000101, b, sizeof b), "GON|ROH|033");
        /* the option turns it off: the verbs code on their own; WANT (030,
         * an intent) has no target of its own, and the help it governs has
         * not happened (CAMEO codes the intent, never the act intended), so
         * nothing is coded -- not 070 */
        kcoder_opts o2 = o;
        T_EQ_INT(kcoder_opts_set(&o2, "verb_combine", "false"), 0);
        T_EQ_STR(code(c2, &o2, x1, 20000101, b, sizeof b), "");
        /* "Gondor said it would attack Mordor": a (a b ATTACK) SAY -> 015 */
        const char *x2 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "said", "say", "VERB", "VBD", "0", "root")
                         L("3", "it", "it", "PRON", "PRP", "5", "nsubj")
                         L("4", "would", "would", "AUX", "MD", "5", "aux")
                         L("5", "attack", "attack", "VERB", "VB", "2", "ccomp")
                         L("6", "Mordor", "Mordor", "PROPN", "NNP", "5", "obj");
        T_EQ_STR(code(c2, &o, x2, 20000101, b, sizeof b), "GON|MOR|015");
        /* "Gondor said Rohan attacked Mordor": a (b . ATTACK) SAY -> a b 112 */
        const char *x3 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "said", "say", "VERB", "VBD", "0", "root")
                         L("3", "Rohan", "Rohan", "PROPN", "NNP", "4", "nsubj")
                         L("4", "attacked", "attack", "VERB", "VBD", "2", "ccomp")
                         L("5", "Mordor", "Mordor", "PROPN", "NNP", "4", "obj");
        T_EQ_STR(code(c2, &o, x3, 20000101, b, sizeof b), "GON|ROH|112");
        /* "Gondor said it would help Rohan": a (a b Q) SAY = a b Q -> 070 */
        const char *x4 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "said", "say", "VERB", "VBD", "0", "root")
                         L("3", "it", "it", "PRON", "PRP", "5", "nsubj")
                         L("4", "would", "would", "AUX", "MD", "5", "aux")
                         L("5", "help", "help", "VERB", "VB", "2", "ccomp")
                         L("6", "Rohan", "Rohan", "PROPN", "NNP", "5", "obj");
        T_EQ_STR(code(c2, &o, x4, 20000101, b, sizeof b), "GON|ROH|070");
        /* ... "would not help": 0x0040 - 0xFFFF has no code: nothing */
        const char *x5 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "said", "say", "VERB", "VBD", "0", "root")
                         L("3", "it", "it", "PRON", "PRP", "6", "nsubj")
                         L("4", "would", "would", "AUX", "MD", "6", "aux")
                         L("5", "not", "not", "PART", "RB", "6", "advmod")
                         L("6", "help", "help", "VERB", "VB", "2", "ccomp")
                         L("7", "Rohan", "Rohan", "PROPN", "NNP", "6", "obj");
        T_EQ_STR(code(c2, &o, x5, 20000101, b, sizeof b), "");
        /* cooperation without a target: "Gondor and Rohan met" -> each on the other */
        const char *x6 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "4", "nsubj")
                         L("2", "and", "and", "CCONJ", "CC", "3", "cc")
                         L("3", "Rohan", "Rohan", "PROPN", "NNP", "1", "conj")
                         L("4", "met", "meet", "VERB", "VBD", "0", "root");
        T_EQ_STR(code(c2, &o, x6, 20000101, b, sizeof b), "GON|ROH|040 ROH|GON|040");
        /* object control: "Gondor asked Rohan to help Mordor" -- Rohan is the
         * helper: (a, b, 0x2000 + 0x0040 = 023) */
        const char *x7 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "asked", "ask", "VERB", "VBD", "0", "root")
                         L("3", "Rohan", "Rohan", "PROPN", "NNP", "2", "obj")
                         L("4", "to", "to", "PART", "TO", "5", "mark")
                         L("5", "help", "help", "VERB", "VB", "2", "xcomp")
                         L("6", "Mordor", "Mordor", "PROPN", "NNP", "5", "obj");
        T_EQ_STR(code(c2, &o, x7, 20000101, b, sizeof b), "GON|ROH|023");
        /* the governing verb's own target: "Gondor met with Rohan to discuss
         * Mordor" -- two cue categories give the lower (0xB000, 040), the
         * target is Rohan */
        const char *x8 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "met", "meet", "VERB", "VBD", "0", "root")
                         L("3", "with", "with", "ADP", "IN", "4", "case")
                         L("4", "Rohan", "Rohan", "PROPN", "NNP", "2", "obl")
                         L("5", "to", "to", "PART", "TO", "6", "mark")
                         L("6", "discuss", "discuss", "VERB", "VB", "2", "xcomp")
                         L("7", "Mordor", "Mordor", "PROPN", "NNP", "6", "obj");
        T_EQ_STR(code(c2, &o, x8, 20000101, b, sizeof b), "GON|ROH|040");
        /* "Gondor called on Rohan to take steps": PETRARCH-2 looks at the
         * governed clause only when the verb's own phrases give no actor; the
         * prepositional object Rohan is one, so the appeal codes alone (020),
         * not CALL + TAKE (171) */
        const char *x9 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                         L("2", "called", "call", "VERB", "VBD", "0", "root")
                         L("3", "on", "on", "ADP", "IN", "4", "case")
                         L("4", "Rohan", "Rohan", "PROPN", "NNP", "2", "obl")
                         L("5", "to", "to", "PART", "TO", "6", "mark")
                         L("6", "take", "take", "VERB", "VB", "2", "xcomp")
                         L("7", "steps", "step", "NOUN", "NNS", "6", "obj");
        T_EQ_STR(code(c2, &o, x9, 20000101, b, sizeof b), "GON|ROH|020");
        /* one pattern written three times in a block: the last line wins, as
         * PETRARCH-2's reader stores a pattern under its words ("sent troops"
         * -> 154) */
        const char *x10 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                          L("2", "sent", "send", "VERB", "VBD", "0", "root")
                          L("3", "troops", "troop", "NOUN", "NNS", "2", "obj")
                          L("4", "to", "to", "ADP", "IN", "5", "case")
                          L("5", "Rohan", "Rohan", "PROPN", "NNP", "2", "obl");
        T_EQ_STR(code(c2, &o, x10, 20000101, b, sizeof b), "GON|ROH|154");
        /* a lone pattern word matches a noun phrase's head, not an adjective
         * modifying it: "sent military supplies" is not "sent the military"
         * (SEND's own code is null: nothing) */
        const char *x11 = L("1", "Gondor", "Gondor", "PROPN", "NNP", "2", "nsubj")
                          L("2", "sent", "send", "VERB", "VBD", "0", "root")
                          L("3", "military", "military", "ADJ", "JJ", "4", "amod")
                          L("4", "supplies", "supply", "NOUN", "NNS", "2", "obj")
                          L("5", "to", "to", "ADP", "IN", "6", "case")
                          L("6", "Rohan", "Rohan", "PROPN", "NNP", "2", "obl");
        T_EQ_STR(code(c2, &o, x11, 20000101, b, sizeof b), "");
        kcoder_free(c2);
        kdictset_free(ds2);
    }
    /* the built-in ontology: values and the way back */
    kpico *bp = kpico_builtin();
    long val = 0;
    T_EQ_INT(kpico_value(bp, "033", &val), 1);
    T_EQ_INT((int)val, 0x3040);
    T_EQ_INT(kpico_value(bp, "0379", &val), 1);     /* unknown: "03" + "0" */
    T_EQ_INT((int)val, 0x3000);
    T_EQ_INT(kpico_value(bp, "---", &val), 0);
    T_EQ_STR(kpico_code(bp, kpico_combine(0x3000, 0x0040)), "033");
    /* say + assault: 0x10A0, "claim responsibility" */
    T_EQ_STR(kpico_code(bp, kpico_combine(0x1000, 0x00A0)), "015");
    T_CHECK(kpico_code(bp, 0x0040 - 0xFFFF) == NULL);
    kpico_free(bp);
    return T_DONE();
}
