/* test_wnlex.c: the WordNet word-class lexicon of the tagger (wnlex.h).
 *
 * 1. A hand-made miniature WordNet (index and exception files in the
 *    WordNet 3.0 layout) gives, for each form, the classes worked out by
 *    hand from WordNet's detachment rules: goose -> noun (most-tagged
 *    noun), geese -> plural (noun.exc), walks -> plural noun or verb -s,
 *    cities -> plural, making -> verb -ing, riper -> comparative, ...;
 *    cities -> also capitalized (a synset spells it City); multiword lemmas
 *    are skipped; a missing file and malformed lines are reported with file
 *    (and line).
 * 2. A tagger trained with the lexicon carries it through save and load
 *    (format 4), without the tag-dictionary words, and tags the same.
 * 3. The installed WordNet (/usr/share/wordnet, Debian wordnet-base), when
 *    present: ran -> verb past, geese -> noun plural, quickly -> adverb,
 *    and a few more checked against the WordNet files by hand. */
#include "t.h"
#include "wnlex.h"
#include "tagger.h"
#include "train.h"
#include "conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/khaldun-test-wnlex-XXXXXX";
static char lastmsg[1024];
static int lastline;

static void keep_msg(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    (void)level;
    snprintf(lastmsg, sizeof lastmsg, "%s: %s", loc && loc->file ? loc->file : "-", msg);
    lastline = loc ? loc->line : 0;
}

static void put(const char *name, const char *text)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (!f)
        return;
    fputs(text, f);
    fclose(f);
}

static uint32_t cls(const kwc *lex, const char *form) { return kwn_classes(lex, ktag_word_key(form)); }

static void miniature(void)
{
    /* lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets */
    put("index.noun", "  1 This software and database is being provided\n"
                      "goose n 2 1 @ 2 1 01855672 10137498  \n"
                      "walk n 7 1 @ 7 2 1 2 3 4 5 6 7  \n"
                      "city n 3 1 @ 3 3 1 2 3  \n"
                      "box n 3 1 @ 3 0 1 2 3  \n"
                      "ice_cream n 1 1 @ 1 0 1  \n");
    put("index.verb", "walk v 10 2 @ ~ 10 5 1 2 3 4 5 6 7 8 9 10  \n"
                      "run v 41 2 @ ~ 41 29 1  \n"
                      "make v 49 1 @ 49 30 1  \n");
    put("index.adj", "big a 13 1 & 13 5 1  \nripe a 2 1 & 2 1 1  \n");
    put("index.adv", "quickly r 3 2 ! \\ 3 2 1 2 3  \n");
    /* offset lex_filenum ss_type w_cnt word lex_id ... | gloss */
    put("data.noun", "  1 This software and database is being provided\n"
                     "01855672 05 n 01 goose 0 001 @ 01855032 n 0000 | web-footed bird\n"
                     "02000001 04 n 02 walk 0 walking 0 000 | the act of walking\n"
                     "03000001 15 n 01 city 0 000 | a large town\n"
                     "03000002 15 n 01 City 1 000 | the financial district of London\n"
                     "04000001 06 n 01 box 0 000 | a container\n"
                     "05000001 15 n 01 Tripoli 0 000 | a port\n");
    put("data.verb", "01900001 38 v 01 walk 0 000 | go on foot\n"
                     "01900002 38 v 01 run 0 000 | move fast\n"
                     "01900003 36 v 01 make 0 000 | create\n");
    put("data.adj", "00100001 00 s 01 big(a) 0 000 | large\n00100002 00 a 01 ripe 0 000 | ready\n");
    put("data.adv", "00100003 02 r 01 quickly 0 000 | fast\n");
    put("noun.exc", "geese goose\n");
    put("verb.exc", "ran run\nrunning run\n");
    put("adj.exc", "bigger big\nbiggest big\n");
    put("adv.exc", "better well\n");
    kdiag d = {keep_msg, NULL, 0, 0};
    kwc lex;
    T_EQ_INT(kwn_build(&lex, dir, &d), 0);
    T_EQ_INT(cls(&lex, "goose"), KWN_N | KWN_TOPN | KWN_LOW);
    T_EQ_INT(cls(&lex, "Geese"), KWN_NS);
    T_EQ_INT(cls(&lex, "walk"), KWN_N | KWN_V | KWN_TOPV | KWN_LOW); /* 5 tagged verb senses, 2 noun */
    T_EQ_INT(cls(&lex, "walks"), KWN_NS | KWN_VZ | KWN_LOW);
    T_EQ_INT(cls(&lex, "walked"), KWN_VD | KWN_LOW);
    T_EQ_INT(cls(&lex, "walking"), KWN_VG | KWN_LOW);
    T_EQ_INT(cls(&lex, "walkes"), 0);
    T_EQ_INT(cls(&lex, "cities"), KWN_NS | KWN_CAP | KWN_LOW); /* city and City */
    T_EQ_INT(cls(&lex, "citys"), 0);
    T_EQ_INT(cls(&lex, "box"), KWN_N | KWN_LOW); /* no tagged sense: no most-tagged class */
    T_EQ_INT(cls(&lex, "boxes"), KWN_NS | KWN_LOW);
    T_EQ_INT(cls(&lex, "ice_cream"), 0);
    T_EQ_INT(cls(&lex, "ran"), KWN_VD);
    T_EQ_INT(cls(&lex, "running"), KWN_VG);
    T_EQ_INT(cls(&lex, "runs"), KWN_VZ | KWN_LOW);
    T_EQ_INT(cls(&lex, "making"), KWN_VG | KWN_LOW);
    T_EQ_INT(cls(&lex, "makes"), KWN_VZ | KWN_LOW);
    T_EQ_INT(cls(&lex, "makeing"), 0);
    T_EQ_INT(cls(&lex, "big"), KWN_J | KWN_TOPA | KWN_LOW);
    T_EQ_INT(cls(&lex, "bigger"), KWN_JR);
    T_EQ_INT(cls(&lex, "biggest"), KWN_JS);
    T_EQ_INT(cls(&lex, "riper"), KWN_JR | KWN_LOW);
    T_EQ_INT(cls(&lex, "ripest"), KWN_JS | KWN_LOW);
    T_EQ_INT(cls(&lex, "quickly"), KWN_R | KWN_TOPA | KWN_LOW);
    T_EQ_INT(cls(&lex, "better"), KWN_RR);
    T_EQ_INT(cls(&lex, "Tripoli"), 0); /* in a synset, not in the index */
    kwc_free(&lex);

    /* a malformed index line: file and line */
    put("index.adj", "big a 13 1 & 13 5 1  \nripe a\n");
    T_EQ_INT(kwn_build(&lex, dir, &d), -1);
    T_CHECK(strstr(lastmsg, "index.adj: malformed WordNet index line") != NULL);
    T_EQ_INT(lastline, 2);
    T_EQ_INT(lex.n, 0);
    /* a malformed data line */
    put("index.adj", "big a 13 1 & 13 5 1  \n");
    put("data.adv", "00100003 02 r\n");
    T_EQ_INT(kwn_build(&lex, dir, &d), -1);
    T_CHECK(strstr(lastmsg, "data.adv: malformed WordNet data line") != NULL);
    T_EQ_INT(lastline, 1);
    put("data.adv", "00100003 02 r 01 quickly 0 000 | fast\n");
    /* a missing file */
    put("index.adj", "big a 13 1 & 13 5 1  \n");
    char p[512];
    snprintf(p, sizeof p, "%s/verb.exc", dir);
    unlink(p);
    T_EQ_INT(kwn_build(&lex, dir, &d), -1);
    T_CHECK(strstr(lastmsg, "verb.exc: cannot open WordNet file") != NULL);
    put("verb.exc", "ran run\nrunning run\n");
}

static const char *tiny =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tgeese\tgoose\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\twalked\twalk\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tquickly\tquickly\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcity\tcity\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tran\trun\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n";

static void round_trip(void)
{
    kdiag d = {keep_msg, NULL, 0, 0};
    kwc lex;
    T_EQ_INT(kwn_build(&lex, dir, &d), 0);
    char conllu[512], tp[512];
    snprintf(conllu, sizeof conllu, "%s/tiny.conllu", dir);
    snprintf(tp, sizeof tp, "%s/tiny.tagger", dir);
    FILE *f = fopen(conllu, "w");
    for (int k = 0; f && k < 3; k++)
        fputs(tiny, f);
    if (f)
        fclose(f);
    kconllu_corpus c;
    kconllu_corpus_init(&c);
    T_EQ_INT(kconllu_load(&c, conllu, &d), 0);
    ktrain_opt o;
    ktrain_defaults(&o);
    o.tag_epochs = 10;
    o.patience = 100;
    o.wn = &lex;
    ktagger *t = ktagger_train(&c, NULL, 0, &c, &o, NULL);
    T_CHECK(t != NULL);
    if (!t)
        return;
    T_EQ_INT(t->wn.n, lex.n);
    T_EQ_INT(ktagger_save(t, tp, &d), 0);
    ktagger *t2 = ktagger_load(tp, &d);
    T_CHECK(t2 != NULL);
    if (t2) {
        /* words of the tag dictionary (seen twice or more) are left out */
        T_EQ_INT(kwn_classes(&t2->wn, ktag_word_key("geese")), 0);
        T_EQ_INT(kwn_classes(&t2->wn, ktag_word_key("walking")), KWN_VG | KWN_LOW);
        T_EQ_INT(kwn_classes(&t2->wn, ktag_word_key("goose")), KWN_N | KWN_TOPN | KWN_LOW);
        T_CHECK(t2->wn.n > 0 && t2->wn.n < lex.n);
        ktag_ws w;
        ktag_ws_init(&w);
        const char *s[] = {"The", "goose", "walking", "ran", "quickly", "."};
        uint8_t x[6], u[6], x2[6], u2[6];
        ktagger_tag(t, &w, s, 6, x, u);
        ktagger_tag(t2, &w, s, 6, x2, u2);
        T_CHECK(memcmp(x, x2, 6) == 0 && memcmp(u, u2, 6) == 0);
        ktag_ws_free(&w);
        ktagger_free(t2);
    }
    /* the file says format 4 */
    f = fopen(tp, "rb");
    unsigned char h[12] = {0};
    if (f) {
        T_EQ_INT(fread(h, 1, 12, f), 12);
        fclose(f);
    }
    T_EQ_INT(h[8], 4);
    ktagger_free(t);
    kconllu_corpus_free(&c);
    kwc_free(&lex);
}

static void installed(void)
{
    const char *wn = "/usr/share/wordnet";
    if (access("/usr/share/wordnet/index.noun", R_OK) != 0) {
        printf("WordNet (/usr/share/wordnet, package wordnet-base) absent: skipped\n");
        return;
    }
    kdiag d = {keep_msg, NULL, 0, 0};
    kwc lex;
    T_EQ_INT(kwn_build(&lex, wn, &d), 0);
    T_CHECK(lex.n > 150000);
    T_CHECK(cls(&lex, "ran") & KWN_VD);          /* verb.exc: ran run */
    T_CHECK(!(cls(&lex, "ran") & (KWN_N | KWN_J)));
    T_CHECK(cls(&lex, "geese") & KWN_NS);        /* noun.exc: geese goose */
    T_CHECK(cls(&lex, "quickly") & KWN_R);       /* index.adv */
    T_CHECK(cls(&lex, "paris") & KWN_CAP);       /* data.noun: Paris */
    T_EQ_INT(cls(&lex, "tables") & KWN_CASEMASK, KWN_LOW);
    T_EQ_INT(cls(&lex, "quickly") & (KWN_N | KWN_V | KWN_J), 0);
    T_CHECK(cls(&lex, "running") & KWN_VG);
    T_CHECK((cls(&lex, "Walks") & (KWN_NS | KWN_VZ)) == (KWN_NS | KWN_VZ));
    T_CHECK(cls(&lex, "went") & KWN_VD);
    T_CHECK(cls(&lex, "cities") & KWN_NS);
    T_CHECK(cls(&lex, "happiest") & KWN_JS);
    T_EQ_INT(cls(&lex, "run") & KWN_TOPMASK, KWN_TOPV); /* 29 tagged verb senses, 7 noun */
    T_EQ_INT(cls(&lex, "xyzzyq"), 0);
    kwc_free(&lex);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        printf("cannot create temp dir\n0 passed, 1 failed\n");
        return 1;
    }
    miniature();
    round_trip();
    installed();
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        printf("could not remove %s\n", dir);
    return T_DONE();
}
