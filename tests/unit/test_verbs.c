/* test_verbs.c: the verb dictionary reader on small hand-written files
 * (expected items read off the pattern text by hand) and on the shared
 * PETRARCH-1 and PETRARCH-2 verb files (skipped when ../shared is absent). */
#include "intern.h"
#include "t.h"
#include "util.h"
#include "verbs.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int nwarn;
static void sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    if (level >= KD_WARN)
        nwarn++;
    if (getenv("T_VERBOSE"))
        fprintf(stderr, "%s:%d:%d: %s\n", loc->file ? loc->file : "", loc->line, loc->col, msg);
}

static const char *word(kintern *in, int id)
{
    return kintern_str(in, id);
}

static const kverbform *form(const kverbs *v, kintern *in, const char *w, int *n)
{
    const kverbform *f;
    *n = kverbs_forms(v, kintern_find(in, w, strlen(w)), &f);
    return f;
}

static const kpattern *pattern_at_line(const kverbs *v, int line)
{
    for (int b = 0;; b++) {
        const kverb_block *bl = kverbs_block(v, b);
        if (!bl)
            return NULL;
        for (int i = 0; i < bl->npat; i++)
            if (bl->pat[i].line == line)
                return &bl->pat[i];
    }
}


int main(void)
{
    kdiag d = {sink, NULL, 0, 0};
    kintern *in = kintern_new();
    const char *text =
        "&GENINT\n"                                   /* 1 */
        "+GENEVA\n"                                   /* 2 */
        "+INTERNATIONAL\n"                            /* 3 */
        "\n"                                          /* 4 */
        "--- ACCORD  [---] ---\n"                     /* 5 */
        "ACCORD\n"                                    /* 6 */
        "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]  # c\n" /* 7 */
        "- *_OUT [074]\n"                             /* 8 */
        "--- BAN [191] ---\n"                         /* 9 */
        "BAN {BANS BANNED}\n"                         /* 10 */
        "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING} [1711]\n" /* 11 */
        "+CORDON_OFF [1721]\n"                        /* 12 */
        "- $ * (TO {BANNED PARTIES}) +  [013:012]\n"  /* 13 */
        "- * NOTHING [12\n"                           /* 14: malformed */
        "~ a (a b ATTACK) SAY = a b 015\n"            /* 15: transformation */
        "--- STOP [190] ---\n"                        /* 16 */
        "STOP\n"                                      /* 17 */
        "--- ATTACK [190] ---\n"                      /* 18 */
        "ATTACK\n"                                    /* 19 */
        "--- SAY [010] ---\n"                         /* 20 */
        "SAY\n"                                       /* 21 */
        "~ a (b . Q) SAY = a b 112\n";                /* 22: transformation */
    const char *path = t_write("verbs.txt", text);
    kverbs *v = kverbs_load(path, in, 0, &d);
    T_CHECK(v != NULL);
    if (v) {
        kverbs_stats st;
        kverbs_stats_get(v, &st);
        T_EQ_INT(st.blocks, 5);
        T_EQ_INT(st.patterns, 3);
        T_EQ_INT(st.skipped, 1);
        T_EQ_INT(st.transforms, 2);
        const ktransform *tf;
        T_EQ_INT(kverbs_transforms(v, &tf), 2);
        if (kverbs_transforms(v, &tf) == 2) {
            /* ~ a (a b ATTACK) SAY = a b 015 */
            T_EQ_INT(tf[0].up_src, 'a');
            T_EQ_INT(tf[0].lo_src, 'a');
            T_EQ_INT(tf[0].lo_tgt, 'b');
            T_EQ_INT(tf[0].nlo, 1);
            T_EQ_STR(word(in, tf[0].lo_codes[0]), "190");
            T_EQ_INT(tf[0].nup, 1);
            T_EQ_STR(word(in, tf[0].up_codes[0]), "010");
            T_EQ_STR(word(in, tf[0].res_code), "015");
            T_EQ_INT(tf[0].res_q, 0);
            T_EQ_INT(tf[0].line, 15);
            /* ~ a (b . Q) SAY = a b 112 */
            T_EQ_INT(tf[1].lo_any, 1);
            T_EQ_INT(tf[1].lo_tgt, '.');
            T_EQ_STR(word(in, tf[1].res_code), "112");
        }
        T_EQ_INT(st.synsets, 1);

        const kpattern *p = pattern_at_line(v, 7);
        T_CHECK(p != NULL);
        if (p) {
            T_EQ_STR(word(in, p->code), "111");
            T_EQ_INT(p->code2, 0);
            T_EQ_INT(p->nup, 2);
            T_EQ_INT(p->up[0].kind, KPI_TARGET);   /* nearest the verb first */
            T_EQ_INT(p->up[0].adj, 0);             /* blank before '*' */
            T_EQ_INT(p->up[1].kind, KPI_WORD);
            T_EQ_STR(word(in, p->up[1].id), "SUGGESTED");
            T_EQ_INT(p->up[1].adj, 1);             /* SUGGESTED_+ */
            T_EQ_INT(p->nlo, 3);
            T_EQ_STR(word(in, p->lo[0].id), "DEMAND");
            T_EQ_INT(p->lo[0].adj, 0);
            T_EQ_INT(p->lo[1].kind, KPI_SYNSET);
            T_EQ_INT(p->lo[1].adj, 1);
            T_EQ_INT(p->lo[2].adj, 1);
            const ksynset *sy = kverbs_synset(v, p->lo[1].id);
            T_CHECK(sy && !strcmp(sy->name, "&GENINT"));
            /* two words, each with its generated plural */
            T_CHECK(sy && sy->nalt == 4);
        }
        p = pattern_at_line(v, 8);
        T_CHECK(p && p->nlo == 1 && p->lo[0].adj == 1 && !strcmp(word(in, p->lo[0].id), "OUT"));
        p = pattern_at_line(v, 13);
        T_CHECK(p != NULL);
        if (p) {
            T_EQ_STR(word(in, p->code), "013");
            T_EQ_STR(word(in, p->code2), "012");
            T_EQ_INT(p->nup, 1);
            T_EQ_INT(p->up[0].kind, KPI_SOURCE);
            T_EQ_INT(p->nlo, 4);                  /* TO BANNED PARTIES + */
            T_EQ_STR(word(in, p->lo[0].id), "TO");
            T_EQ_STR(word(in, p->lo[1].id), "BANNED");
            T_EQ_INT(p->lo[1].adj, 1);            /* inside (TO ...): follows the preposition */
            T_EQ_INT(p->lo[2].adj, 1);            /* {BANNED PARTIES}: the head follows directly */
            T_EQ_INT(p->lo[3].adj, 0);
            T_EQ_INT(p->lo[3].kind, KPI_TARGET);
        }
        int n;
        const kverbform *f = form(v, in, "BANNED", &n);
        T_EQ_INT(n, 1);
        T_CHECK(n == 1 && !strcmp(word(in, f[0].code), "191"));
        f = form(v, in, "BANNING", &n);
        T_EQ_INT(n, 0);                           /* irregular list replaces regular forms */
        f = form(v, in, "TAPPED", &n);
        T_CHECK(n == 1 && f[0].nbefore == 1 && !strcmp(word(in, f[0].before[0]), "WIRE"));
        T_CHECK(n == 1 && !strcmp(word(in, f[0].code), "1711"));
        f = form(v, in, "CORDONED", &n);
        T_CHECK(n == 1 && f[0].nafter == 1 && !strcmp(word(in, f[0].after[0]), "OFF"));
        f = form(v, in, "STOPPED", &n);           /* consonant doubling */
        T_CHECK(n == 1 && !strcmp(word(in, f[0].code), "190"));
        f = form(v, in, "ACCORDS", &n);
        T_CHECK(n == 1 && !strcmp(word(in, f[0].code), "---"));
        kverbs_free(v);
    }
    /* strict mode: the malformed line is fatal */
    kintern *in2 = kintern_new();
    T_CHECK(kverbs_load(path, in2, 1, &d) == NULL);
    kintern_free(in2);
    unlink(path);
    T_CHECK(kverbs_load("/nonexistent/verbs.txt", in, 0, &d) == NULL);

    /* PETRARCH-2 file: a pattern written again in the same block replaces
     * the earlier one (PETRARCH-2's and UD-PETRARCH's readers store a pattern
     * under its words, path["#"] = {code, line}: the last line wins); a
     * pattern that differs (a prepositional group, another block) is kept */
    const char *dup = t_write("dup.txt", 
        "&MILITARY\n+MILITARY\n+TROOPS\n\n"                   /* 1-3 */
        "--- SEND [---] ---\n"                                 /* 5 */
        "SEND {SENDS SENT SENDING}\n"                          /* 6 */
        "- * &MILITARY [062]  # SEND\n"                        /* 7 */
        "- * &MILITARY (OF OBSERVERS) [0334]  # SEND\n"        /* 8 */
        "- * &MILITARY [072]  # SEND , DEPLOY\n"               /* 9 */
        "- * &MILITARY [154]  # DEPLOY\n\n"                    /* 10 */
        "--- WITHDRAW [---] ---\n"                             /* 12 */
        "WITHDRAW {WITHDREW WITHDRAWN WITHDRAWING}\n"           /* 13 */
        "- * &MILITARY [0874]\n");                              /* 14 */
    kverbs *dv = kverbs_load(dup, in, 0, &d);
    T_CHECK(dv != NULL);
    if (dv) {
        T_CHECK(pattern_at_line(dv, 7) == NULL);
        T_CHECK(pattern_at_line(dv, 9) == NULL);
        const kpattern *pl = pattern_at_line(dv, 10);
        T_CHECK(pl && !strcmp(word(in, pl->code), "154"));
        T_CHECK(pattern_at_line(dv, 8) != NULL);
        pl = pattern_at_line(dv, 14);
        T_CHECK(pl && !strcmp(word(in, pl->code), "0874"));
        kverbs_free(dv);
    }
    unlink(dup);

    /* shared dictionaries */
    const char *sh = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char p1[512], p2[512];
    snprintf(p1, sizeof p1, "%s/data/petrarch2/PETR.Validate.verbs.txt", sh);
    snprintf(p2, sizeof p2, "%s/data/petrarch2/CAMEO.2.0.txt", sh);
    if (access(p1, R_OK) != 0) {
        printf("shared data absent (%s): skipping shared dictionary checks\n", p1);
    } else {
        kintern *in3 = kintern_new();
        nwarn = 0;
        kverbs *a = kverbs_load(p1, in3, 0, &d);
        T_CHECK(a != NULL);
        kverbs_stats st;
        kverbs_stats_get(a, &st);
        T_CHECK(st.patterns > 400);
        T_EQ_INT(st.skipped, 0);
        int n;
        const kverbform *f = form(a, in3, "ADMITTED", &n);
        T_CHECK(n >= 1 && !strcmp(word(in3, f[0].code), "013") && !strcmp(word(in3, f[0].code2), "012"));
        kverbs_free(a);
        kverbs *b = kverbs_load(p2, in3, 0, &d);
        T_CHECK(b != NULL);
        kverbs_stats_get(b, &st);
        T_CHECK(st.patterns > 4000);
        T_CHECK(st.transforms > 0);
        f = form(b, in3, "HURRIED", &n);
        T_CHECK(n >= 1);
        kverbs_free(b);
        kintern_free(in3);
    }
    kintern_free(in);
    return T_DONE();
}
