/* test_sent.c: relation names, subtree spans, child search, tree checks,
 * lookup keys, CoNLL-U reading (v1 -> v2 labels, validation). */
#include "conllu.h"
#include "sent.h"
#include "t.h"

#include <stdlib.h>
#include <string.h>

static char last_msg[512];
static kloc last_loc;
static void sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    (void)level;
    snprintf(last_msg, sizeof last_msg, "%s", msg);
    last_loc = *loc;
}

static void rels(void)
{
    T_EQ_INT(krel_parse("nsubj"), KR_NSUBJ);
    T_EQ_INT(krel_parse("nsubj:pass"), KR_NSUBJPASS);
    T_EQ_INT(krel_parse("nsubjpass"), KR_NSUBJPASS);
    T_EQ_INT(krel_parse("dobj"), KR_OBJ);
    T_EQ_INT(krel_parse("obj"), KR_OBJ);
    T_EQ_INT(krel_parse("auxpass"), KR_AUXPASS);
    T_EQ_INT(krel_parse("aux:pass"), KR_AUXPASS);
    T_EQ_INT(krel_parse("neg"), KR_ADVMOD);
    T_EQ_INT(krel_parse("name"), KR_FLAT);
    T_EQ_INT(krel_parse("mwe"), KR_FIXED);
    T_EQ_INT(krel_parse("nmod:poss"), KR_NMODPOSS);
    T_EQ_INT(krel_parse("nmod:tmod"), KR_NMOD);
    T_EQ_INT(krel_parse("obl:tmod"), KR_OBL);
    T_EQ_INT(krel_parse("acl:relcl"), KR_ACLRELCL);
    T_EQ_INT(krel_parse("compound:prt"), KR_COMPOUND);
    T_EQ_INT(krel_parse("ROOT"), KR_ROOT);
    T_EQ_INT(krel_parse("no-such-label"), KR_DEP);
    T_EQ_INT(krel_parse(NULL), KR_DEP);
    T_EQ_STR(krel_name(KR_NSUBJPASS), "nsubj:pass");
    T_EQ_STR(krel_name(KR_OBJ), "obj");
    T_EQ_STR(krel_name(KR_ACLRELCL), "acl:relcl");
    T_EQ_STR(krel_name((krel)999), "dep");
    /* every name parses back to itself */
    int same = 1;
    for (int r = 0; r < KR__COUNT; r++)
        if (r != KR_NEG && krel_parse(krel_name((krel)r)) != (krel)r)
            same = 0;
    T_CHECK(same);
}

static void trees(void)
{
    /* 0 Arnor 1 attacked 2 the 3 embassy 4 of 5 Gondor 6 .
     * heads: 1 -1 3 1 5 3 1 */
    ktok t[7];
    memset(t, 0, sizeof t);
    int heads[7] = {1, -1, 3, 1, 5, 3, 1};
    krel rel[7] = {KR_NSUBJ, KR_ROOT, KR_DET, KR_OBJ, KR_CASE, KR_NMOD, KR_PUNCT};
    for (int i = 0; i < 7; i++) {
        t[i].head = heads[i];
        t[i].rel = rel[i];
    }
    ksent s = {0};
    s.tok = t;
    s.ntok = 7;
    int b, e;
    ksent_subtree(&s, 3, &b, &e);
    T_EQ_INT(b, 2); T_EQ_INT(e, 6);
    ksent_subtree(&s, 1, &b, &e);
    T_EQ_INT(b, 0); T_EQ_INT(e, 7);
    ksent_subtree(&s, 0, &b, &e);
    T_EQ_INT(b, 0); T_EQ_INT(e, 1);
    ksent_subtree(&s, 9, &b, &e);
    T_EQ_INT(b, 0); T_EQ_INT(e, 0);
    T_EQ_INT(ksent_child(&s, 1, KR_OBJ, -1), 3);
    T_EQ_INT(ksent_child(&s, 1, KR_NSUBJ, -1), 0);
    T_EQ_INT(ksent_child(&s, 1, KR_NSUBJ, 0), -1);
    T_EQ_INT(ksent_child(&s, 3, KR_NMOD, -1), 5);
    T_EQ_INT(ksent_child(&s, 5, KR_NMOD, -1), -1);
    const char *why = NULL;
    T_EQ_INT(ksent_check(&s, &why), 0);
    t[6].head = -1;
    T_EQ_INT(ksent_check(&s, &why), -1);
    T_EQ_STR(why, "more than one root");
    t[6].head = 1;
    t[3].head = 5; /* 3 -> 5 -> 3 */
    T_EQ_INT(ksent_check(&s, &why), -1);
    T_EQ_STR(why, "cycle in heads");
    ksent_subtree(&s, 1, &b, &e); /* must terminate on a cycle */
    T_EQ_INT(b, 0);
    t[3].head = 7;
    T_EQ_INT(ksent_check(&s, &why), -1);
    t[3].head = 3;
    T_EQ_INT(ksent_check(&s, &why), -1);
    s.ntok = 0;
    T_EQ_INT(ksent_check(&s, &why), -1);

    /* a long chain: subtree in linear time, no recursion */
    enum { N = 20000 };
    static ktok ch[N];
    for (int i = 0; i < N; i++)
        ch[i].head = i + 1 < N ? i + 1 : -1;
    s.tok = ch;
    s.ntok = N;
    ksent_subtree(&s, N / 2, &b, &e);
    T_EQ_INT(b, 0); T_EQ_INT(e, N / 2 + 1);
    T_EQ_INT(ksent_check(&s, NULL), 0);

    karena a;
    karena_init(&a);
    T_EQ_STR(ksent_key(&a, "Libya's", 7), "LIBYA'S");
    T_EQ_STR(ksent_key(&a, "Zürich", strlen("Zürich")), "ZÜRICH");
    T_EQ_STR(ksent_upos_of_xpos("NNP"), "PROPN");
    T_EQ_STR(ksent_upos_of_xpos("ZZZ"), "X");
    karena_free(&a);
}

static void conllu(void)
{
    karena a;
    karena_init(&a);
    kdiag d = {sink, NULL, 0, 0};
    ksent s = {0};
    s.mem = &a;
    s.text = "Gondor was attacked by Arnor, not Rohan.";
    const char *p =
        "# sent_id = 1\n"
        "1\tGondor\tGondor\tPROPN\tNNP\t_\t3\tnsubjpass\t_\t_\n"
        "2\twas\tbe\tAUX\tVBD\t_\t3\tauxpass\t_\t_\n"
        "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
        "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
        "5-6\tArnor,\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\tArnor\tArnor\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
        "6\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
        "7\tnot\tnot\tPART\tRB\t_\t8\tneg\t_\t_\n"
        "7.1\tempty\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "8\tRohan\tRohan\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
        "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), 0);
    T_EQ_INT(s.ntok, 9);
    T_EQ_STR(s.tok[0].deprel, "nsubj:pass");
    T_EQ_INT(s.tok[0].rel, KR_NSUBJPASS);
    T_EQ_STR(s.tok[1].deprel, "aux:pass");
    T_EQ_INT(s.tok[2].head, -1);
    T_EQ_INT(s.tok[2].rel, KR_ROOT);
    T_EQ_STR(s.tok[4].deprel, "obl");     /* v1 nmod on a verb */
    T_EQ_STR(s.tok[6].deprel, "advmod");  /* v1 neg */
    T_EQ_STR(s.tok[7].deprel, "conj");
    T_EQ_STR(s.tok[2].lemma, "attack");
    T_EQ_STR(s.tok[2].key, "ATTACKED");
    T_EQ_STR(s.tok[0].upos, "PROPN");
    T_EQ_INT(s.tok[4].beg, 23);
    T_EQ_INT(s.tok[5].beg, 28);

    /* v1 cc on the first conjunct moves to the following conjunct (v2) */
    p = "1\tGondor\t_\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n2\tand\t_\tCCONJ\tCC\t_\t1\tcc\t_\t_\n"
        "3\tRohan\t_\tPROPN\tNNP\t_\t1\tconj\t_\t_\n4\tmet\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n";
    s.text = NULL;
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), 0);
    T_EQ_INT(s.tok[1].head, 2);
    T_EQ_INT(s.tok[2].head, 0);

    /* nmod under a noun stays nmod */
    p = "1\tembassy\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n2\tof\t_\tADP\tIN\t_\t3\tcase\t_\t_\n"
        "3\tGondor\t_\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n";
    s.text = NULL;
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), 0);
    T_EQ_STR(s.tok[2].deprel, "nmod");

    /* errors, each with its line and column */
    kloc at = {"f.xml", 20, 8, "UD-1"};
    p = "1\tA\tA\tX\tX\t_\t0\troot\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, &at), -1);
    T_CHECK(strstr(last_msg, "10 tab-separated columns, found 9") != NULL);
    T_EQ_INT(last_loc.line, 20);
    T_EQ_STR(last_loc.record, "UD-1");
    p = "\n1\tA\tA\tX\tX\t_\t0\troot\t_\t_\n3\tB\tB\tX\tX\t_\t1\tdep\t_\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, &at), -1);
    T_CHECK(strstr(last_msg, "expected token ID 2") != NULL);
    T_EQ_INT(last_loc.line, 22);
    T_EQ_INT(last_loc.col, 1);
    p = "1\tA\tA\tX\tX\t_\t0\troot\t_\t_\n2\tB\tB\tX\tX\t_\t7\tdep\t_\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), -1);
    T_CHECK(strstr(last_msg, "out of range") != NULL);
    T_EQ_INT(last_loc.line, 2);
    T_EQ_INT(last_loc.col, 13);
    p = "1\tA\tA\tX\tX\t_\tx\troot\t_\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), -1);
    p = "1\tA\tA\tX\tX\t_\t0\troot\t_\t_\n2\tB\tB\tX\tX\t_\t0\troot\t_\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), -1);
    T_CHECK(strstr(last_msg, "more than one root") != NULL);
    p = "1\tA\tA\tX\tX\t_\t2\tdep\t_\t_\n2\tB\tB\tX\tX\t_\t1\tdep\t_\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), -1);
    p = "# only a comment\n\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), -1);
    T_EQ_INT(s.ntok, 0);
    /* the text need not be NUL-terminated: only len bytes are read
     * (found by fuzzing under ASan) */
    char *exact = xmalloc(3);
    memcpy(exact, "1\tA", 3);
    T_EQ_INT(kconllu_parse(&s, exact, 3, &d, NULL), -1);
    free(exact);
    p = "1\tA\xc3\tA\tX\tX\t_\t0\troot\t_\t_\n";
    T_EQ_INT(kconllu_parse(&s, p, strlen(p), &d, NULL), -1);
    T_CHECK(strstr(last_msg, "UTF-8") != NULL);
    karena_free(&a);
}

int main(void)
{
    rels();
    trees();
    conllu();
    return T_DONE();
}
