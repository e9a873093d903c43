/* test_dictlint.c: the library side of `dict check` / `dict stats` and the
 * read accessors it added to dict.h.  Expected values were worked out by
 * hand from the small files written here. */
#include "dictlint.h"
#include "t.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static kbuf msgs;
static void grab(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    char buf[2048];
    kdiag_format(buf, sizeof buf, level, loc, msg);
    kbuf_puts(&msgs, buf);
    kbuf_putc(&msgs, '\n');
}


static void test_ontology(void)
{
    const char *p = t_write("o.txt", "CODE\tNAME\n010\tstatement\n0211\tappeal\n 99\tindented: not a code line\n"
                                 "0211\tagain\n173 \tblank after\n");
    kdiag d = {grab, NULL, 0, 0};
    kdlint_onto *o = kdlint_onto_read(p, &d);
    T_CHECK(o != NULL);
    T_EQ_INT(kdlint_onto_count(o), 3);      /* 010, 0211 (once), 173 */
    T_CHECK(kdlint_onto_has(o, "0211"));
    T_CHECK(kdlint_onto_has(o, "173"));
    T_CHECK(!kdlint_onto_has(o, "99"));
    T_CHECK(!kdlint_onto_has(o, "021"));
    T_CHECK(!kdlint_onto_has(o, NULL));
    T_CHECK(!kdlint_onto_has(NULL, "010"));
    kdlint_onto_free(o);
    const char *e = t_write("e.txt", "no codes here\n");
    kbuf_reset(&msgs);
    T_CHECK(kdlint_onto_read(e, &d) == NULL);
    T_CHECK(strstr(msgs.s, "e.txt: error: expected event codes") != NULL);
    T_CHECK(kdlint_onto_read("/nonexistent/o.txt", &d) == NULL);
}

static void test_accessors_and_counts(void)
{
    const char *a = t_write("a.txt", "LIBYA_ [LBY]\n+TRIPOLI_\nJANE_DOE_ [USAGOV <20100101]\n"
                                 "\t[USALEG 20100102-20121231]\nARNOR_ [ARN]\n+TRIPOLI_\n"
                                 "MOHAMMED_X_\n\t[LBYGOV >20200101]\n");
    const char *g = t_write("g.txt", "SOLDIER [~MIL]\nSOLDIER [~GOV]\n");
    const char *v = t_write("v.txt", "--- ACCUSE [112] ---\nACCUSE\n- * OF + [1121:1122]\n--- VISIT [042:043] ---\nVISIT\n");
    kdict_files f = {0};
    f.verbs = xstrdup(v);
    kdict_files_set_actors(&f, NULL, a);
    f.agents = xstrdup(g);
    kdiag d = {grab, NULL, 0, 0};
    kdlint *L = kdlint_new(&f, NULL);
    kdictset *s = kdlint_load(L, &d);
    T_CHECK(s != NULL);
    /* accessors */
    kactor_entry en;
    T_CHECK(kactors_entry(s->actors, 1, &en));
    T_EQ_STR(en.root, "JANE_DOE_");
    T_EQ_INT(en.line, 3);
    T_EQ_INT(en.ncodes, 2);
    kactor_code c;
    T_CHECK(kactors_entry_code(s->actors, 1, 1, &c));
    T_EQ_STR(kintern_str(s->in, c.code), "USALEG");
    T_EQ_INT(c.kind, KAC_BETWEEN);
    T_EQ_INT(c.d1, 20100102);
    T_EQ_INT(c.d2, 20121231);
    T_EQ_INT(c.line, 4);
    T_EQ_INT(c.col, 2);
    T_CHECK(!kactors_entry_code(s->actors, 1, 2, &c));
    T_CHECK(!kactors_entry(s->actors, 4, &en));
    T_EQ_INT(kactors_nphrases(s->actors), 6);
    kactor_hit h;
    /* phrases: LIBYA_ 0, TRIPOLI_ 1, JANE_DOE_ 2, ARNOR_ 3, TRIPOLI_ 4, MOHAMMED_X_ 5 */
    T_CHECK(kactors_phrase(s->actors, 4, &h));
    T_EQ_STR(h.phrase, "TRIPOLI_");
    T_EQ_STR(h.root, "ARNOR_");
    T_EQ_INT(h.line, 6);
    int e1, e2;
    T_CHECK(kactors_dup(s->actors, 0, &e1, &e2));
    T_EQ_INT(e1, 1);                       /* phrase 1: +TRIPOLI_ of LIBYA_ */
    T_EQ_INT(e2, 4);
    T_CHECK(!kactors_dup(s->actors, 1, &e1, &e2));
    T_EQ_INT(kagents_count(s->agents), 2);
    kagent_hit ah;
    T_CHECK(kagents_entry(s->agents, 1, &ah));
    T_EQ_STR(kintern_str(s->in, ah.code), "GOV");
    T_EQ_INT(ah.line, 2);
    /* the check */
    kdlint_check(L, s);
    const kdlint_counts *n = kdlint_get_counts(L);
    T_EQ_INT(n->n[KDL_CONFLICT][KD_ERROR], 2);  /* TRIPOLI_ (LBY / ARN), SOLDIER (MIL / GOV) */
    T_EQ_INT(n->errors, 2);
    T_EQ_INT(n->warnings, 0);                   /* <20100101 then 20100102-: no overlap */
    kbuf_reset(&msgs);
    kdlint_flush(L, &d, 1);
    /* sorted: verbs, actors, agents */
    const char *x = strstr(msgs.s, "a.txt:6:2: error: actor phrase 'TRIPOLI_' defined again (first at line 2)");
    const char *y = strstr(msgs.s, "g.txt:2:1: error: agent 'SOLDIER' generates a form of 'SOLDIER' (line 1)");
    T_CHECK(x != NULL);
    T_CHECK(y != NULL);
    T_CHECK(x && y && x < y);
    /* stats helpers */
    const char **codes;
    int nc = kdlint_verb_codes(s, &codes);
    T_EQ_INT(nc, 5);                            /* 042 043 112 1121 1122 */
    if (nc == 5) {
        T_EQ_STR(codes[0], "042");
        T_EQ_STR(codes[1], "043");
        T_EQ_STR(codes[2], "112");
        T_EQ_STR(codes[3], "1121");
        T_EQ_STR(codes[4], "1122");
    }
    free(codes);
    char(*pre)[4];
    int *cnt, people;
    int np = kdlint_people(s, &pre, &cnt, &people);
    T_EQ_INT(people, 2);                        /* JANE_DOE_, MOHAMMED_X_ */
    T_EQ_INT(np, 2);
    if (np == 2) {
        T_EQ_STR(pre[0], "LBY");                /* ties by prefix */
        T_EQ_INT(cnt[0], 1);
        T_EQ_STR(pre[1], "USA");                /* USAGOV and USALEG: once per entry */
        T_EQ_INT(cnt[1], 1);
    }
    free(pre);
    free(cnt);
    kdictset_free(s);
    kdlint_free(L);
    kdict_files_free(&f);
}

int main(void)
{
    kbuf_init(&msgs);
    if (!t_tmpdir())
        return 1;
    test_ontology();
    test_accessors_and_counts();
    kbuf_free(&msgs);
    return T_DONE();
}
