/* test_treefix.c: the post-parse tree repairs on hand-made trees shaped like
 * the parser's typical errors (the trees and the expected repairs were
 * written by hand from the sentences). */
#include "conllu.h"
#include "t.h"
#include "treefix.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

static void sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    (void)level;
    (void)loc;
    (void)msg;
}

#define L(id, form, upos, xpos, head, rel) id "\t" form "\t_\t" upos "\t" xpos "\t_\t" head "\t" rel "\t_\t_\n"

/* Read a CoNLL-U tree, repair it, and describe it as "form>head:rel ..."
 * (head as a 1-based token number, 0 = root). */
static const char *fix(const char *conll, char *buf, size_t n, int *repairs)
{
    static karena mem;
    karena_free(&mem);
    karena_init(&mem);
    ksent s;
    memset(&s, 0, sizeof s);
    s.mem = &mem;
    s.id = "T";
    kdiag d = {sink, NULL, 0, 0};
    kloc at = {"inline", 0, 0, "T"};
    if (kconllu_parse(&s, conll, strlen(conll), &d, &at) != 0)
        return "PARSE";
    *repairs = ktreefix(&s);
    size_t k = 0;
    buf[0] = 0;
    for (int i = 0; i < s.ntok && k < n; i++)
        k += (size_t)snprintf(buf + k, n - k, "%s%s>%d:%s", i ? " " : "", s.tok[i].form, s.tok[i].head + 1,
                              s.tok[i].deprel);
    return buf;
}

int main(void)
{
    char b[1024];
    int r = 0;

    /* ", the news agency WFNA said": the title noun hung as an apposition with
     * the reporting verb as its relative clause -> one noun phrase headed by
     * the name; the closing reporting clause becomes the root, the clause
     * before the comma its complement */
    const char *t1 = L("1", "Gondor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "left", "VERB", "VBD", "0", "root")
                     L("3", ",", "PUNCT", ",", "6", "punct")
                     L("4", "the", "DET", "DT", "6", "det")
                     L("5", "news", "NOUN", "NN", "6", "compound")
                     L("6", "agency", "NOUN", "NN", "2", "appos")
                     L("7", "WFNA", "PROPN", "NNP", "8", "nsubj")
                     L("8", "said", "VERB", "VBD", "6", "acl:relcl")
                     L("9", ".", "PUNCT", ".", "2", "punct");
    T_EQ_STR(fix(t1, b, sizeof b, &r), "Gondor>2:nsubj left>8:ccomp ,>8:punct the>6:det news>6:compound "
                                       "agency>7:compound WFNA>8:nsubj said>0:root .>2:punct");

    /* coordinated subjects split ("Arnor, Calenardhon and the Gondor
     * welcomed"): the second subject joins the first as a conjunct */
    const char *t2 = L("1", "Arnor", "PROPN", "NNP", "7", "nsubj")
                     L("2", ",", "PUNCT", ",", "3", "punct")
                     L("3", "Calenardhon", "PROPN", "NNP", "1", "conj")
                     L("4", "and", "CCONJ", "CC", "7", "cc")
                     L("5", "the", "DET", "DT", "6", "det")
                     L("6", "Gondor", "PROPN", "NNP", "7", "nsubj")
                     L("7", "welcomed", "VERB", "VBD", "0", "root")
                     L("8", "Rohan", "PROPN", "NNP", "7", "obj");
    T_EQ_STR(fix(t2, b, sizeof b, &r), "Arnor>7:nsubj ,>3:punct Calenardhon>1:conj and>6:cc the>6:det "
                                       "Gondor>1:conj welcomed>0:root Rohan>7:obj");

    /* "after crowds burned down its embassy" read as a preposition's object
     * with a reduced relative: a clause with subject and marker */
    const char *t3 = L("1", "Arnor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "left", "VERB", "VBD", "0", "root")
                     L("3", "after", "ADP", "IN", "4", "case")
                     L("4", "crowds", "NOUN", "NNS", "2", "obl")
                     L("5", "burned", "VERB", "VBN", "4", "acl")
                     L("6", "down", "ADP", "RP", "5", "compound:prt")
                     L("7", "its", "PRON", "PRP$", "8", "nmod:poss")
                     L("8", "embassy", "NOUN", "NN", "5", "obj");
    T_EQ_STR(fix(t3, b, sizeof b, &r), "Arnor>2:nsubj left>0:root after>5:mark crowds>5:nsubj burned>2:advcl "
                                       "down>5:compound:prt its>8:nmod:poss embassy>5:obj");
    /* ... but a bare participle after such a noun is a real reduced
     * relative ("after talks held in Paris"): left alone */
    const char *t4 = L("1", "Arnor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "left", "VERB", "VBD", "0", "root")
                     L("3", "after", "ADP", "IN", "4", "case")
                     L("4", "talks", "NOUN", "NNS", "2", "obl")
                     L("5", "held", "VERB", "VBN", "4", "acl")
                     L("6", "in", "ADP", "IN", "7", "case")
                     L("7", "Paris", "PROPN", "NNP", "5", "obl");
    T_EQ_STR(fix(t4, b, sizeof b, &r), "Arnor>2:nsubj left>0:root after>4:case talks>2:obl held>4:acl "
                                       "in>7:case Paris>5:obl");

    /* a noun-tagged word with its own auxiliary is a verb ("did not clash");
     * newer UD's obl:unmarked: a time noun -> obl:tmod, else obl:npmod */
    const char *t5 = L("1", "Bree", "PROPN", "NNP", "4", "nsubj")
                     L("2", "did", "AUX", "VBD", "4", "aux")
                     L("3", "not", "PART", "RB", "4", "advmod")
                     L("4", "clash", "NOUN", "NN", "0", "root")
                     L("5", "today", "NOUN", "NN", "4", "obl:unmarked")
                     L("6", "years", "NOUN", "NNS", "4", "obl:unmarked");
    T_EQ_STR(fix(t5, b, sizeof b, &r), "Bree>4:nsubj did>4:aux not>4:advmod clash>0:root today>4:obl:tmod "
                                       "years>4:obl:npmod");

    /* "Ithilen[compound] and the government of Gondor": a determiner after
     * the conjunction starts a second noun phrase -> conjuncts */
    const char *t6 = L("1", "Ithilen", "PROPN", "NNP", "4", "compound")
                     L("2", "and", "CCONJ", "CC", "4", "cc")
                     L("3", "the", "DET", "DT", "4", "det")
                     L("4", "government", "NOUN", "NN", "5", "nsubj")
                     L("5", "warned", "VERB", "VBD", "0", "root");
    T_EQ_STR(fix(t6, b, sizeof b, &r), "Ithilen>5:nsubj and>4:cc the>4:det government>1:conj warned>0:root");

    /* a verb conjunct hung from a noun ("condemned an attack on Thursday and
     * promised raids"): conjunct of the clause's verb, the noun after it its
     * object */
    const char *t7 = L("1", "Gondor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "condemned", "VERB", "VBD", "0", "root")
                     L("3", "attacks", "NOUN", "NNS", "2", "obj")
                     L("4", "and", "CCONJ", "CC", "5", "cc")
                     L("5", "promised", "VERB", "VBN", "3", "conj")
                     L("6", "raids", "NOUN", "NNS", "3", "nmod");
    T_EQ_STR(fix(t7, b, sizeof b, &r), "Gondor>2:nsubj condemned>0:root attacks>2:obj and>5:cc promised>2:conj "
                                       "raids>5:obj");

    /* ", who was visiting" hung as an adverbial clause of the main verb:
     * "who" begins a relative clause of the noun before the comma */
    const char *t9 = L("1", "Gondor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "met", "VERB", "VBD", "0", "root")
                     L("3", "the", "DET", "DT", "4", "det")
                     L("4", "minister", "NOUN", "NN", "2", "obj")
                     L("5", ",", "PUNCT", ",", "8", "punct")
                     L("6", "who", "PRON", "WP", "8", "nsubj")
                     L("7", "was", "AUX", "VBD", "8", "aux")
                     L("8", "visiting", "VERB", "VBG", "2", "advcl")
                     L("9", "Rohan", "PROPN", "NNP", "8", "obj")
                     L("10", ".", "PUNCT", ".", "2", "punct");
    T_EQ_STR(fix(t9, b, sizeof b, &r), "Gondor>2:nsubj met>0:root the>4:det minister>2:obj ,>8:punct who>8:nsubj "
                                       "was>8:aux visiting>4:acl:relcl Rohan>8:obj .>2:punct");
    T_EQ_INT(r, 1);

    /* "Gondor Council[root] envoys have said[acl:relcl] ...": a compound subject
     * read as a relative clause without relativizer -> "Council" a compound of
     * "envoys", "said" the root, the final period on it; with a determiner on
     * the subject ("the envoys") it may be a real relative clause: kept */
    const char *t9b = L("1", "Gondor", "PROPN", "NNP", "2", "compound")
                      L("2", "Council", "PROPN", "NNP", "0", "root")
                      L("3", "envoys", "NOUN", "NNS", "5", "nsubj")
                      L("4", "have", "AUX", "VBP", "5", "aux")
                      L("5", "said", "VERB", "VBN", "2", "acl:relcl")
                      L("6", "it", "PRON", "PRP", "7", "nsubj")
                      L("7", "left", "VERB", "VBD", "5", "ccomp")
                      L("8", ".", "PUNCT", ".", "2", "punct");
    T_EQ_STR(fix(t9b, b, sizeof b, &r), "Gondor>2:compound Council>3:compound envoys>5:nsubj have>5:aux said>0:root "
                                        "it>7:nsubj left>5:ccomp .>5:punct");
    T_EQ_INT(r, 1);
    const char *t9c = L("1", "Gondor", "PROPN", "NNP", "2", "compound")
                      L("2", "Council", "PROPN", "NNP", "0", "root")
                      L("3", "the", "DET", "DT", "4", "det")
                      L("4", "envoys", "NOUN", "NNS", "5", "nsubj")
                      L("5", "saw", "VERB", "VBD", "2", "acl:relcl")
                      L("6", ".", "PUNCT", ".", "2", "punct");
    T_EQ_STR(fix(t9c, b, sizeof b, &r), "Gondor>2:compound Council>0:root the>4:det envoys>5:nsubj saw>2:acl:relcl "
                                        ".>2:punct");

    /* an adverb with an object is a preposition the tagger missed: its noun
     * becomes an oblique of the verb, the word its case marker */
    const char *t10 = L("1", "Gondor", "PROPN", "NNP", "2", "nsubj")
                      L("2", "visited", "VERB", "VBD", "0", "root")
                      L("3", "Rohan", "PROPN", "NNP", "2", "obj")
                      L("4", "alongside", "ADV", "RB", "3", "advmod")
                      L("5", "ministers", "NOUN", "NNS", "4", "obj")
                      L("6", ".", "PUNCT", ".", "2", "punct");
    T_EQ_STR(fix(t10, b, sizeof b, &r), "Gondor>2:nsubj visited>0:root Rohan>2:obj alongside>5:case "
                                        "ministers>2:obl .>2:punct");
    T_EQ_INT(r, 1);

    /* a well-formed tree is left as it is */
    const char *t8 = L("1", "Gondor", "PROPN", "NNP", "2", "nsubj")
                     L("2", "met", "VERB", "VBD", "0", "root")
                     L("3", "Rohan", "PROPN", "NNP", "2", "obj");
    T_EQ_STR(fix(t8, b, sizeof b, &r), "Gondor>2:nsubj met>0:root Rohan>2:obj");
    T_EQ_INT(r, 0);

    /* '_'-joined names split before tagging; identifiers are not */
    {
        karena mem;
        karena_init(&mem);
        ksent s;
        memset(&s, 0, sizeof s);
        s.mem = &mem;
        ktok tok[3];
        memset(tok, 0, sizeof tok);
        const char *forms[3] = {"Dol_Amroth", "image_gif_part", "Minas_Tirith_Gate"};
        for (int i = 0; i < 3; i++) {
            tok[i].form = forms[i];
            tok[i].key = forms[i];
            tok[i].head = -1;
            tok[i].beg = tok[i].end = -1;
        }
        tok[0].beg = 0;
        tok[0].end = 10;
        s.tok = tok;
        s.ntok = 3;
        T_EQ_INT(ktreefix_tokens(&s), 3);
        T_EQ_INT(s.ntok, 6);
        if (s.ntok == 6) {
            T_EQ_STR(s.tok[0].form, "Dol");
            T_EQ_STR(s.tok[1].key, "AMROTH");
            T_EQ_INT(s.tok[1].beg, 4);
            T_EQ_INT(s.tok[1].end, 10);
            T_EQ_STR(s.tok[2].form, "image_gif_part");
            T_EQ_STR(s.tok[5].form, "Gate");
        }
        karena_free(&mem);
    }
    return T_DONE();
}
