/* test_parse.c: tagger and parser model files and robustness.
 *
 * A tiny treebank (hand-annotated below, UD v2 / Penn tags) is written to a
 * temporary file; a tagger and parser are trained on it, saved, reloaded and
 * checked: the reloaded models give the same analyses, reproduce the
 * hand-annotated trees they were trained on, and damaged files (truncated,
 * other version, bad checksum, bad magic, invalid fields under a valid
 * checksum) are refused with a clear message; word-cluster tables travel
 * with the models and damaged cluster files are refused.  Then the shipped models
 * (data/model, when present) parse a 1,000-token sentence and a sentence of
 * only punctuation into well-formed trees. */
#include "beam.h"
#include "model.h"
#include "parser.h"
#include "t.h"
#include "tagger.h"
#include "train.h"
#include "conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *tiny =
    "# sent_id = 1\n"
    "1\tTurkey\tTurkey\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tsupplies\tsupply\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tLibya\tLibya\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tministers\tminister\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tTripoli\tTripoli\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 3\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t3:conj\t_\n"
    "4\t!\t!\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n";

static char dir[] = "/tmp/khaldun-test-parse-XXXXXX";

static void path_of(char *out, size_t n, const char *name) { snprintf(out, n, "%s/%s", dir, name); }

static void write_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    fwrite(p, 1, n, f);
    fclose(f);
}

static unsigned char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *p = malloc((size_t)len + 1);
    *n = fread(p, 1, (size_t)len, f);
    fclose(f);
    return p;
}

/* last diagnostic message */
static char lastmsg[1024];
static void keep_msg(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    (void)level;
    (void)loc;
    snprintf(lastmsg, sizeof lastmsg, "%s", msg);
}

/* Tree check: heads in range, exactly one root, no cycle. */
static int well_formed(const int *head, int n)
{
    int roots = 0;
    for (int i = 0; i < n; i++) {
        if (head[i] == -1)
            roots++;
        else if (head[i] < 0 || head[i] >= n || head[i] == i)
            return 0;
    }
    if (roots != 1)
        return 0;
    for (int i = 0; i < n; i++) {
        int h = i, steps = 0;
        while (h != -1 && steps <= n) {
            h = head[h];
            steps++;
        }
        if (h != -1)
            return 0;
    }
    return 1;
}

static void damaged(const char *tagger_path, const unsigned char *good, size_t n)
{
    char p[256];
    kdiag d = {keep_msg, NULL, 0, 0};
    path_of(p, sizeof p, "bad.tagger");

    /* truncated: header only, and half the payload */
    write_file(p, good, 20);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "truncated") != NULL);
    write_file(p, good, n / 2);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "truncated") != NULL);

    /* another version */
    unsigned char *c = malloc(n);
    memcpy(c, good, n);
    c[8] = KMODEL_VERSION + 1;
    write_file(p, c, n);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "version") != NULL);
    c[8] = KMODEL_MINVERSION - 1;
    write_file(p, c, n);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "version 1, this khaldun reads versions 2 to") != NULL);

    /* flipped payload byte: checksum */
    memcpy(c, good, n);
    c[n - 5] ^= 0x40;
    write_file(p, c, n);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "checksum") != NULL);

    /* bad magic */
    memcpy(c, good, n);
    c[0] = 'X';
    write_file(p, c, n);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "magic") != NULL);

    /* parser file given as tagger: wrong kind */
    char pp[256];
    path_of(pp, sizeof pp, "tiny.parser");
    T_CHECK(ktagger_load(pp, &d) == NULL);
    T_CHECK(strstr(lastmsg, "kind") != NULL);

    /* valid checksum, invalid fields: tag count 1000; payload cut short */
    kbuf b;
    kbuf_init(&b);
    kmw_u32(&b, 1000);
    T_EQ_INT(kmodel_save(p, KMODEL_TAGGER, &b, &d), 0);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "tag count") != NULL);
    kbuf_reset(&b);
    kbuf_add(&b, (const char *)good + 28, (n - 28) / 3);
    T_EQ_INT(kmodel_save(p, KMODEL_TAGGER, &b, &d), 0);
    T_CHECK(ktagger_load(p, &d) == NULL);
    T_CHECK(strstr(lastmsg, "bad tagger model") != NULL);
    kbuf_free(&b);
    free(c);
    (void)tagger_path;
}

/* Optional parser feature sets (format 5): the tagger's tag-dictionary
 * classes (KPAR_F_AMB) and the lean template set (KPAR_F_LEAN).  A parser
 * trained with both on the tiny treebank and the tagger's classes
 * reproduces its trees, is written in format 5 with beam width 1 and the
 * set bits last, reloads with them and parses the same; unknown bits are
 * refused. */
static void feature_sets(const kconllu_corpus *c, const ktagger *t, ktrain_opt o)
{
    kdiag d = {keep_msg, NULL, 0, 0};
    ktag_ws tw;
    ktag_ws_init(&tw);
    /* "The" is a dictionary word (4 times DT), "Ankara" is not */
    const char *f[] = {"The", "ministers", "visited", "Ankara", "."};
    uint8_t x[8], u[8];
    ktagger_tag(t, &tw, f, 5, x, u);
    int dt = -1;
    for (int i = 0; i < t->nx; i++)
        if (!strcmp(t->xname[i], "DT"))
            dt = i;
    T_CHECK(dt >= 0);
    T_CHECK(ktag_amb(&tw, 0) == 1ULL << (dt < 0 ? 0 : dt));
    T_CHECK(ktag_amb(&tw, 3) == 0);

    karena mem;
    karena_init(&mem);
    const uint64_t *const *amb = NULL;
    ktrain_tag_corpus(t, c, &mem, &amb);
    T_CHECK(amb != NULL && amb[1][0] == 1ULL << (dt < 0 ? 0 : dt));
    o.parse_feats = KPAR_F_AMB | KPAR_F_LEAN;
    kparser *p = kparser_train(c, NULL, amb, c, NULL, amb, &o);
    T_CHECK(p != NULL && p->feats == (KPAR_F_AMB | KPAR_F_LEAN));
    char pp[256], bad[256];
    path_of(pp, sizeof pp, "amb.parser");
    T_CHECK(p && kparser_save(p, pp, &d) == 0);
    kparser *p2 = kparser_load(pp, &d);
    T_CHECK(p2 != NULL);
    if (!p || !p2) {
        kparser_free(p);
        ktag_ws_free(&tw);
        karena_free(&mem);
        return;
    }
    T_EQ_INT(p2->feats, KPAR_F_AMB | KPAR_F_LEAN);
    T_EQ_INT(p2->beam, 1);
    kparse_ws w1, w2;
    kparse_ws_init(&w1);
    kparse_ws_init(&w2);
    int same = 1, trees_ok = 1, reparse = 1;
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        int h1[16], l1[16], h2[16], l2[16];
        kparser_parse(p, &w1, S->form, S->xpos, amb[s], S->n, h1, l1);
        kparser_parse(p2, &w2, S->form, S->xpos, amb[s], S->n, h2, l2);
        for (int i = 0; i < S->n; i++) {
            same &= h1[i] == h2[i] && l1[i] == l2[i];
            trees_ok &= h2[i] == S->head[i] && !strcmp(p2->lab[l2[i]], S->deprel[i]);
        }
        /* a re-parse of the same words with the workspace's classes */
        kparser_parse(p2, &w2, S->form, S->xpos, w2.amb, S->n, h1, l1);
        for (int i = 0; i < S->n; i++)
            reparse &= h1[i] == h2[i] && l1[i] == l2[i];
    }
    T_CHECK(same);
    T_CHECK(trees_ok);
    T_CHECK(reparse);

    size_t n;
    unsigned char *b = read_file(pp, &n);
    T_CHECK(b && n > 36 && b[8] == 5);
    if (b && n > 36) {
        T_EQ_INT(b[n - 8] | b[n - 7] << 8, 1);
        T_EQ_INT(b[n - 4] | b[n - 3] << 8, KPAR_F_AMB | KPAR_F_LEAN);
        kbuf k;
        kbuf_init(&k);
        kbuf_add(&k, (const char *)b + 28, n - 32);
        kmw_u32(&k, 4); /* no such feature set */
        path_of(bad, sizeof bad, "badfeats.parser");
        T_EQ_INT(kmodel_save_version(bad, KMODEL_PARSER, 5, &k, &d), 0);
        lastmsg[0] = 0;
        T_CHECK(kparser_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "invalid feature sets") != NULL);
        kbuf_free(&k);
    }
    free(b);
    kparse_ws_free(&w1);
    kparse_ws_free(&w2);
    kparser_free(p);
    kparser_free(p2);
    ktag_ws_free(&tw);
    karena_free(&mem);
}

/* train-parse --jackknife-cache: the first run writes the jackknifed tags,
 * the second reads them and writes the same model files byte for byte; a
 * cache of other options or cut short is recomputed. */
static int jk_read_seen, jk_written;
static void jk_msg(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud, (void)level, (void)loc;
    jk_read_seen |= strstr(msg, "jackknifed tags read from") != NULL;
    jk_written |= strstr(msg, "jackknifed tags written to") != NULL;
}

static int same_file(const char *a, const char *b)
{
    size_t na = 0, nb = 0;
    unsigned char *x = read_file(a, &na), *y = read_file(b, &nb);
    int same = x && y && na == nb && memcmp(x, y, na) == 0;
    free(x);
    free(y);
    return same;
}

static void jackknife_cache(const char *conllu)
{
    kdiag d = {jk_msg, NULL, 0, 0};
    ktrain_opt o;
    ktrain_defaults(&o);
    o.tag_epochs = 4;
    o.parse_epochs = 3;
    o.patience = 100;
    o.folds = 2;
    o.parse_feats = KPAR_F_AMB;
    o.d = &d;
    char cache[256], out[3][256], tg[3][256], pr[3][256];
    path_of(cache, sizeof cache, "jk.cache");
    o.jk_cache = cache;
    for (int r = 0; r < 3; r++) {
        char name[16];
        snprintf(name, sizeof name, "jk%d", r);
        path_of(out[r], sizeof out[r], name);
        T_EQ_INT(mkdir(out[r], 0777), 0);
        snprintf(tg[r], sizeof tg[r], "%s/en-ewt.tagger", out[r]);
        snprintf(pr[r], sizeof pr[r], "%s/en-ewt.parser", out[r]);
        jk_read_seen = jk_written = 0;
        T_EQ_INT(ktrain_all(conllu, conllu, out[r], &o), 0);
        T_EQ_INT(jk_read_seen, r == 1);
        T_EQ_INT(jk_written, r != 1);
        if (r == 0) {
            size_t n = 0;
            unsigned char *b = read_file(cache, &n);
            T_CHECK(b && n > 20 && !memcmp(b, "khaldun-jackknife 1 ", 20));
            int lines = 0;
            for (size_t i = 0; b && i < n; i++)
                lines += b[i] == '\n';
            T_EQ_INT(lines, 1 + 12); /* header + one line per sentence */
            free(b);
        }
        if (r == 1) {
            size_t n = 0;
            unsigned char *b = read_file(cache, &n);
            T_CHECK(b != NULL);
            if (b && n > 0) /* cut after the header: run 3 recomputes it */
                write_file(cache, b, (size_t)((unsigned char *)memchr(b, '\n', n) - b) + 1);
            free(b);
        }
    }
    T_CHECK(same_file(tg[0], tg[1]) && same_file(pr[0], pr[1]));
    T_CHECK(same_file(tg[0], tg[2]) && same_file(pr[0], pr[2]));
}

/* Beam search: width 1 decodes exactly as the greedy parser; a parser trained
 * globally with a beam of 4 reproduces the hand-annotated trees, keeps its
 * width through save and load (format 4; greedy files stay format 3), and
 * files with a bad width field are refused. */
static void beam_models(const kconllu_corpus *c, const kparser *greedy, ktrain_opt o)
{
    kdiag d = {keep_msg, NULL, 0, 0};
    kparse_ws w1, w2;
    kparse_ws_init(&w1);
    kparse_ws_init(&w2);
    int same = 1;
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        int h1[16], l1[16], h2[16], l2[16];
        kparser_parse(greedy, &w1, S->form, S->xpos, NULL, S->n, h1, l1);
        kbeam_parse(greedy, 1, &w2, S->form, S->xpos, NULL, S->n, h2, l2);
        for (int i = 0; i < S->n; i++)
            same &= h1[i] == h2[i] && l1[i] == l2[i];
    }
    T_CHECK(same);

    char pp[256], bad[256];
    path_of(pp, sizeof pp, "tiny.parser");
    size_t n;
    unsigned char *g = read_file(pp, &n);
    T_CHECK(g && n > 28 && g[8] == 3); /* greedy: format 3 */
    free(g);

    o.beam = 4;
    kparser *p = kparser_train(c, NULL, NULL, c, NULL, NULL, &o);
    T_CHECK(p != NULL);
    if (!p)
        return;
    T_EQ_INT(p->beam, 4);
    path_of(pp, sizeof pp, "beam.parser");
    T_EQ_INT(kparser_save(p, pp, &d), 0);
    kparser *p2 = kparser_load(pp, &d);
    T_CHECK(p2 != NULL);
    if (!p2) {
        kparser_free(p);
        return;
    }
    T_EQ_INT(p2->beam, 4);
    /* deterministic: a second training writes the same bytes */
    kparser *p3 = kparser_train(c, NULL, NULL, c, NULL, NULL, &o);
    char pp3[256];
    path_of(pp3, sizeof pp3, "beam2.parser");
    T_CHECK(p3 && kparser_save(p3, pp3, &d) == 0);
    kparser_free(p3);
    size_t n1 = 0, n3 = 0;
    unsigned char *b1 = read_file(pp, &n1), *b3 = read_file(pp3, &n3);
    T_CHECK(b1 && b3 && n1 == n3 && memcmp(b1, b3, n1) == 0);
    free(b1);
    free(b3);
    int trees_ok = 1;
    same = 1;
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        int h1[16], l1[16], h2[16], l2[16];
        kparser_parse(p, &w1, S->form, S->xpos, NULL, S->n, h1, l1);
        kparser_parse(p2, &w2, S->form, S->xpos, NULL, S->n, h2, l2);
        for (int i = 0; i < S->n; i++) {
            same &= h1[i] == h2[i] && l1[i] == l2[i];
            trees_ok &= h2[i] == S->head[i] && !strcmp(p2->lab[l2[i]], S->deprel[i]);
        }
    }
    T_CHECK(same);
    T_CHECK(trees_ok);

    /* format 4, the width as the last payload field */
    unsigned char *f = read_file(pp, &n);
    T_CHECK(f && n > 32 && f[8] == 4);
    if (f && n > 32) {
        T_EQ_INT(f[n - 4] | f[n - 3] << 8, 4);
        kbuf b;
        kbuf_init(&b);
        path_of(bad, sizeof bad, "badbeam.parser");
        static const uint32_t widths[] = {0, KBEAM_MAX + 1, 0xffffffffu};
        for (int k = 0; k < 3; k++) { /* width out of range, valid checksum */
            kbuf_reset(&b);
            kbuf_add(&b, (const char *)f + 28, n - 32);
            kmw_u32(&b, widths[k]);
            T_EQ_INT(kmodel_save_version(bad, KMODEL_PARSER, 4, &b, &d), 0);
            lastmsg[0] = 0;
            T_CHECK(kparser_load(bad, &d) == NULL);
            T_CHECK(strstr(lastmsg, "invalid beam width (not 1 to 64)") != NULL);
        }
        kbuf_reset(&b); /* format 4 without the width */
        kbuf_add(&b, (const char *)f + 28, n - 32);
        T_EQ_INT(kmodel_save_version(bad, KMODEL_PARSER, 4, &b, &d), 0);
        T_CHECK(kparser_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "payload ends inside") != NULL);
        kbuf_reset(&b); /* a width in a format 3 file */
        kbuf_add(&b, (const char *)f + 28, n - 28);
        T_EQ_INT(kmodel_save_version(bad, KMODEL_PARSER, 3, &b, &d), 0);
        T_CHECK(kparser_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "trailing payload") != NULL);
        kbuf_reset(&b); /* width 1 in format 4: read as greedy */
        kbuf_add(&b, (const char *)f + 28, n - 32);
        kmw_u32(&b, 1);
        T_EQ_INT(kmodel_save_version(bad, KMODEL_PARSER, 4, &b, &d), 0);
        kparser *p1 = kparser_load(bad, &d);
        T_CHECK(p1 && p1->beam == 1);
        kparser_free(p1);
        kbuf_free(&b);
    }
    free(f);
    kparse_ws_free(&w1);
    kparse_ws_free(&w2);
    kparser_free(p);
    kparser_free(p2);
}

/* Largest gap between the best beam item and the others over every decoding
 * step of c with p (its beam width and margin). */
static double beam_spread(const kparser *p, const kconllu_corpus *c)
{
    kparse_ws w;
    kparse_ws_init(&w);
    double spread = 0;
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        kpar_begin(&w, p, S->form, S->xpos, NULL, S->n);
        kbeam *b = kbeam_of(&w);
        kbeam_begin(b, &w, p->beam, 1 + 2 * p->nlab);
        kbeam_model mod = {&p->m, NULL};
        for (int t = 0; t < 2 * S->n; t++) {
            int k = kbeam_step(b, p, &mod, NULL);
            for (int i = 1; i < k; i++)
                if (kbeam_score(b, 0) - kbeam_score(b, i) > spread)
                    spread = kbeam_score(b, 0) - kbeam_score(b, i);
        }
    }
    kparse_ws_free(&w);
    return spread;
}

/* Beam decoding margin: a parser trained with a beam of 4 and a margin
 * keeps the margin through save and load (format 6, the margin last after
 * width and feature sets), still reproduces the annotated trees, never keeps
 * an item further behind the best than the margin (without it, some item is);
 * a margin over the limit and a format-6 tagger are refused. */
static void beam_margin(const kconllu_corpus *c, ktrain_opt o)
{
    kdiag d = {keep_msg, NULL, 0, 0};
    o.beam = 4;
    o.beam_margin = 3000;
    kparser *p = kparser_train(c, NULL, NULL, c, NULL, NULL, &o);
    T_CHECK(p != NULL);
    if (!p)
        return;
    T_EQ_INT(p->margin, 3000);
    char pp[256], bad[256];
    path_of(pp, sizeof pp, "margin.parser");
    T_EQ_INT(kparser_save(p, pp, &d), 0);
    kparser *p2 = kparser_load(pp, &d);
    T_CHECK(p2 && p2->margin == 3000 && p2->beam == 4 && p2->feats == 0);
    size_t n;
    unsigned char *f = read_file(pp, &n);
    T_CHECK(f && n > 40 && f[8] == 6);
    if (f && n > 40) {
        T_EQ_INT(f[n - 4] | f[n - 3] << 8, 3000);
        T_EQ_INT(f[n - 8], 0);
        T_EQ_INT(f[n - 12], 4);
    }
    if (p2) {
        kparse_ws w;
        kparse_ws_init(&w);
        int trees_ok = 1;
        for (int s = 0; s < c->nsent; s++) {
            const kconllu_sent *S = &c->sent[s];
            int h[16], l[16];
            kparser_parse(p2, &w, S->form, S->xpos, NULL, S->n, h, l);
            for (int i = 0; i < S->n; i++)
                trees_ok &= h[i] == S->head[i] && !strcmp(p2->lab[l[i]], S->deprel[i]);
        }
        kparse_ws_free(&w);
        T_CHECK(trees_ok);
        T_CHECK(beam_spread(p2, c) <= 3000);
        p2->margin = 0;
        T_CHECK(beam_spread(p2, c) > 3000);
    }
    if (f && n > 40) {
        kbuf b;
        kbuf_init(&b);
        path_of(bad, sizeof bad, "badmargin.parser");
        kbuf_add(&b, (const char *)f + 28, n - 32);
        kmw_u32(&b, KPAR_MAXMARGIN + 1);
        T_EQ_INT(kmodel_save_version(bad, KMODEL_PARSER, 6, &b, &d), 0);
        lastmsg[0] = 0;
        T_CHECK(kparser_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "invalid beam margin") != NULL);
        kbuf_reset(&b); /* format 6 without the margin */
        kbuf_add(&b, (const char *)f + 28, n - 32);
        T_EQ_INT(kmodel_save_version(bad, KMODEL_PARSER, 6, &b, &d), 0);
        T_CHECK(kparser_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "payload ends inside") != NULL);
        kbuf_reset(&b); /* a parser's format number on a tagger file */
        kbuf_add(&b, (const char *)f + 28, n - 28);
        T_EQ_INT(kmodel_save_version(bad, KMODEL_TAGGER, 6, &b, &d), 0);
        lastmsg[0] = 0;
        T_CHECK(ktagger_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "format version for a tagger") != NULL);
        kbuf_free(&b);
    }
    free(f);
    kparser_free(p);
    kparser_free(p2);
}

/* Width-1 beam decoding of the tagger equals its greedy decoding on the
 * sentences of c (XPOS ids compared); returns the words that differ. */
static long tag_beam1_differ(const ktagger *t, const kconllu_corpus *c)
{
    ktag_ws w1, w2;
    ktag_ws_init(&w1);
    ktag_ws_init(&w2);
    uint8_t *x1 = NULL, *x2 = NULL, *u = NULL;
    int cap = 0;
    long differ = 0;
    ktag_scorer sc = {ktag_kpm_scorer, &t->mx};
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        if (S->n > cap) {
            cap = S->n * 2;
            free(x1), free(x2), free(u);
            x1 = malloc((size_t)cap), x2 = malloc((size_t)cap), u = malloc((size_t)cap);
        }
        ktagger_tag_beam(t, &w1, S->form, S->n, 1, x1, u);
        ktag_atoms(t, &w2, S->form, S->n);
        ktag_beam_decode(&sc, t->nx, &w2, S->n, 1, 1, NULL, x2, NULL);
        for (int i = 0; i < S->n; i++)
            differ += x1[i] != x2[i];
    }
    free(x1), free(x2), free(u);
    ktag_ws_free(&w1);
    ktag_ws_free(&w2);
    return differ;
}

/* The tagger trained globally with a beam of 2 and fixed tags of frequent
 * forms: it reproduces the hand-annotated tags, keeps width, margin and
 * fixed tags through save and load (format 5), is deterministic, and files
 * with a bad width or fixed-tag entry are refused; width 1 is the greedy
 * decoder. */
static void tagger_beam(const kconllu_corpus *c, ktrain_opt o)
{
    kdiag d = {keep_msg, NULL, 0, 0};
    o.tag_passes = 1;
    ktagger *g = ktagger_train(c, NULL, 0, c, &o, NULL); /* greedy, no fixed tags */
    T_CHECK(g && g->beam == 1 && g->fix.n == 0);
    if (g)
        T_EQ_INT(tag_beam1_differ(g, c), 0);
    char tp[256], tp2[256], bad[256];
    path_of(tp, sizeof tp, "greedy.tagger");
    T_CHECK(g && ktagger_save(g, tp, &d) == 0);
    size_t n = 0;
    unsigned char *f = read_file(tp, &n);
    T_CHECK(f && n > 28 && f[8] == 3); /* no lexicon, beam or fixed tags: format 3 */
    free(f);
    ktagger_free(g);

    o.tag_beam = 2;
    o.fix_min = 8; /* of the 4 x 3 sentences only "." is seen 8 times */
    o.fix_share = 0.99;
    ktagger *t = ktagger_train(c, NULL, 0, c, &o, NULL);
    T_CHECK(t != NULL);
    if (!t)
        return;
    T_EQ_INT(t->beam, 2);
    T_EQ_INT(t->margin, 20000);
    T_EQ_INT(t->fix.n, 1);
    path_of(tp, sizeof tp, "beam.tagger");
    T_EQ_INT(ktagger_save(t, tp, &d), 0);
    ktagger *t2 = ktagger_load(tp, &d);
    T_CHECK(t2 != NULL);
    if (!t2) {
        ktagger_free(t);
        return;
    }
    T_EQ_INT(t2->beam, 2);
    T_EQ_INT(t2->margin, 20000);
    T_EQ_INT(t2->fix.n, 1);
    ktag_ws w;
    ktag_ws_init(&w);
    int same = 1, tags_ok = 1;
    for (int s = 0; s < c->nsent; s++) {
        const kconllu_sent *S = &c->sent[s];
        uint8_t x[16], u[16], x2[16], u2[16];
        ktagger_tag(t, &w, S->form, S->n, x, u);
        ktagger_tag(t2, &w, S->form, S->n, x2, u2);
        for (int i = 0; i < S->n; i++) {
            same &= x[i] == x2[i] && u[i] == u2[i];
            tags_ok &= !strcmp(t2->xname[x2[i]], S->xpos[i]) && !strcmp(t2->uname[u2[i]], S->upos[i]);
            if (!strcmp(S->form[i], "."))
                tags_ok &= ktag_fixed(&w, i) == x2[i];
            else
                tags_ok &= ktag_fixed(&w, i) == KT_NOFIX;
        }
    }
    T_CHECK(same);
    T_CHECK(tags_ok);
    /* deterministic: a second training writes the same bytes */
    ktagger *t3 = ktagger_train(c, NULL, 0, c, &o, NULL);
    path_of(tp2, sizeof tp2, "beam2.tagger");
    T_CHECK(t3 && ktagger_save(t3, tp2, &d) == 0);
    ktagger_free(t3);
    size_t n1 = 0, n3 = 0;
    unsigned char *b1 = read_file(tp, &n1), *b3 = read_file(tp2, &n3);
    T_CHECK(b1 && b3 && n1 == n3 && memcmp(b1, b3, n1) == 0);
    free(b1);
    free(b3);

    /* format 5: ..., one fixed entry (u64 key, u8 XPOS, u8 UPOS), u32 width, u32 margin */
    f = read_file(tp, &n);
    T_CHECK(f && n > 48 && f[8] == 5);
    if (f && n > 48) {
        T_EQ_INT(f[n - 8], 2);
        T_EQ_INT(f[n - 4] | f[n - 3] << 8, 20000);
        T_EQ_STR(t->xname[f[n - 10] % KT_MAXTAG], ".");
        T_EQ_STR(t->uname[f[n - 9] % KT_MAXTAG], "PUNCT");
        kbuf b;
        kbuf_init(&b);
        path_of(bad, sizeof bad, "badbeam.tagger");
        static const uint32_t widths[] = {0, KT_MAXBEAM + 1};
        for (int k = 0; k < 2; k++) { /* width out of range, valid checksum */
            kbuf_reset(&b);
            kbuf_add(&b, (const char *)f + 28, n - 36);
            kmw_u32(&b, widths[k]);
            kmw_u32(&b, 20000);
            T_EQ_INT(kmodel_save_version(bad, KMODEL_TAGGER, 5, &b, &d), 0);
            lastmsg[0] = 0;
            T_CHECK(ktagger_load(bad, &d) == NULL);
            T_CHECK(strstr(lastmsg, "invalid beam width") != NULL);
        }
        kbuf_reset(&b); /* a fixed XPOS past the tag count */
        kbuf_add(&b, (const char *)f + 28, n - 28);
        b.s[b.len - 10] = (char)200;
        T_EQ_INT(kmodel_save_version(bad, KMODEL_TAGGER, 5, &b, &d), 0);
        lastmsg[0] = 0;
        T_CHECK(ktagger_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "invalid fixed-tag entry") != NULL);
        kbuf_reset(&b); /* format 5 cut before the margin */
        kbuf_add(&b, (const char *)f + 28, n - 32);
        T_EQ_INT(kmodel_save_version(bad, KMODEL_TAGGER, 5, &b, &d), 0);
        T_CHECK(ktagger_load(bad, &d) == NULL);
        T_CHECK(strstr(lastmsg, "payload ends inside") != NULL);
        kbuf_free(&b);
    }
    free(f);
    ktag_ws_free(&w);
    ktagger_free(t);
    ktagger_free(t2);
}

/* Word clusters: prefixes, file round trip, damaged files, and models
 * carrying the table they were trained with. */
static void clusters(const ktagger *t, const ktagger *t2, const kparser *p2)
{
    /* code 1 0110 is the 4-bit path 0110; its 2-bit prefix is 1 01 */
    T_EQ_INT(kwc_prefix(0x16, 2), 0x5);
    T_EQ_INT(kwc_prefix(0x16, 4), 0x16);
    T_EQ_INT(kwc_prefix(0x16, 12), 0x16);
    /* the training table travelled with both models */
    T_EQ_INT(t->wc.n, 4);
    T_EQ_INT(t2->wc.n, 4);
    T_EQ_INT(p2->wc.n, 4);
    T_EQ_INT(kwc_code(&t2->wc, ktag_word_key("LIBYA")), 0x16);
    T_EQ_INT(kwc_code(&p2->wc, ktag_word_key("sent")), 0x9);
    T_EQ_INT(kwc_code(&t2->wc, ktag_word_key("Tunisia")), 0);

    char p[256];
    kdiag d = {keep_msg, NULL, 0, 0};
    path_of(p, sizeof p, "tiny.clusters");
    T_EQ_INT(kwc_save(&t->wc, p, &d), 0);
    kwc c;
    T_EQ_INT(kwc_load(&c, p, &d), 0);
    T_EQ_INT(c.n, 4);
    T_EQ_INT(c.depth, 4);
    T_EQ_INT(kwc_code(&c, ktag_word_key("Tripoli")), 0x17);
    kwc_free(&c);
    /* a key twice, code longer than the depth, count past the end */
    kbuf b;
    kbuf_init(&b);
    kmw_u32(&b, 2), kmw_u32(&b, 4);
    kmw_u64(&b, 9), kmw_u32(&b, 0x16);
    kmw_u64(&b, 9), kmw_u32(&b, 0x17);
    T_EQ_INT(kmodel_save(p, KMODEL_CLUSTERS, &b, &d), 0);
    T_EQ_INT(kwc_load(&c, p, &d), -1);
    T_CHECK(strstr(lastmsg, "duplicate cluster entry") != NULL);
    kbuf_reset(&b);
    kmw_u32(&b, 1), kmw_u32(&b, 3);
    kmw_u64(&b, 9), kmw_u32(&b, 0x16);
    T_EQ_INT(kmodel_save(p, KMODEL_CLUSTERS, &b, &d), 0);
    T_EQ_INT(kwc_load(&c, p, &d), -1);
    T_CHECK(strstr(lastmsg, "cluster entry") != NULL);
    kbuf_reset(&b);
    kmw_u32(&b, 1000), kmw_u32(&b, 4);
    T_EQ_INT(kmodel_save(p, KMODEL_CLUSTERS, &b, &d), 0);
    T_EQ_INT(kwc_load(&c, p, &d), -1);
    T_CHECK(strstr(lastmsg, "cluster count") != NULL);
    T_EQ_INT(c.n, 0);
    kbuf_free(&b);
    /* a tagger file is not a cluster file */
    char tp[256];
    path_of(tp, sizeof tp, "tiny.tagger");
    T_EQ_INT(kwc_load(&c, tp, &d), -1);
    T_CHECK(strstr(lastmsg, "kind") != NULL);

    /* shipped clusters (GloVe): days of the week share a cluster, and
     * digits are keyed as 0 */
    if (access("data/model/glove.clusters", R_OK) != 0) {
        printf("shipped clusters absent (data/model): skipped\n");
        return;
    }
    T_EQ_INT(kwc_load(&c, "data/model/glove.clusters", &d), 0);
    T_CHECK(c.n > 100000);
    uint32_t mon = kwc_code(&c, ktag_word_key("Monday"));
    T_CHECK(mon != 0);
    T_EQ_INT(kwc_code(&c, ktag_word_key("tuesday")), mon);
    T_CHECK(kwc_code(&c, ktag_word_key("H7N9")) != 0); /* as h0n0, like h1n1 */
    T_EQ_INT(kwc_code(&c, ktag_word_key("1990")), 0);  /* the package has no plain numbers */
    kwc_free(&c);
}

/* With the shipped parser, beam width 1 parses all of EWT dev (gold tags)
 * exactly as the greedy decoder (skipped without ../shared). */
static void ewt_beam1(const ktagger *t, const kparser *p)
{
    const char *dev = "../shared/data/ud-ewt/en_ewt-ud-dev.conllu";
    if (access(dev, R_OK) != 0) {
        printf("%s absent: beam-1 check on EWT dev skipped\n", dev);
        return;
    }
    kdiag d = {keep_msg, NULL, 0, 0};
    kconllu_corpus c;
    kconllu_corpus_init(&c);
    T_EQ_INT(kconllu_load(&c, dev, &d), 0);
    kparse_ws w1, w2;
    kparse_ws_init(&w1);
    kparse_ws_init(&w2);
    int *h = NULL, *l = NULL, *h2 = NULL, *l2 = NULL, cap = 0;
    long differ = 0, words = 0;
    for (int s = 0; s < c.nsent; s++) {
        const kconllu_sent *S = &c.sent[s];
        if (S->n > cap) {
            cap = S->n * 2;
            free(h), free(l), free(h2), free(l2);
            h = malloc(sizeof *h * (size_t)cap), l = malloc(sizeof *l * (size_t)cap);
            h2 = malloc(sizeof *h2 * (size_t)cap), l2 = malloc(sizeof *l2 * (size_t)cap);
        }
        kparser_parse(p, &w1, S->form, S->xpos, NULL, S->n, h, l);
        kbeam_parse(p, 1, &w2, S->form, S->xpos, NULL, S->n, h2, l2);
        for (int i = 0; i < S->n; i++)
            differ += h[i] != h2[i] || l[i] != l2[i];
        words += S->n;
    }
    T_CHECK(words > 25000);
    T_EQ_INT(differ, 0);
    T_EQ_INT(tag_beam1_differ(t, &c), 0); /* the tagger's width 1 too */
    free(h), free(l), free(h2), free(l2);
    kparse_ws_free(&w1);
    kparse_ws_free(&w2);
    kconllu_corpus_free(&c);
}

static void shipped_models(void)
{
    kdiag d = {keep_msg, NULL, 0, 0};
    if (access("data/model/en-ewt.tagger", R_OK) != 0 || access("data/model/en-ewt.parser", R_OK) != 0) {
        printf("shipped models absent (data/model): skipped\n");
        return;
    }
    ktagger *t = ktagger_load("data/model/en-ewt.tagger", &d);
    kparser *p = t ? kparser_load("data/model/en-ewt.parser", &d) : NULL;
    T_CHECK(t && p); /* present models must load */
    if (!t || !p) {
        fprintf(stderr, "shipped models: %s\n", lastmsg);
        ktagger_free(t);
        return;
    }
    ktag_ws tw;
    kparse_ws pw;
    ktag_ws_init(&tw);
    kparse_ws_init(&pw);
    enum { N = 1000 };
    static const char *form[N], *xp[N];
    static uint8_t x[N], u[N];
    static int head[N], lab[N];
    static const char *words[] = {"Turkey", "sent", "supplies", "and", "fighters", "to", "Libya", ",", "officials",
                                  "said", "on", "Tuesday", "that", "the", "ministers", "visited", "Tripoli"};
    for (int i = 0; i < N; i++)
        form[i] = words[i % 17];
    ktagger_tag(t, &tw, form, N, x, u);
    for (int i = 0; i < N; i++)
        xp[i] = t->xname[x[i]];
    kparser_parse(p, &pw, form, xp, NULL, N, head, lab);
    T_CHECK(well_formed(head, N));
    int ok = 1;
    for (int i = 0; i < N; i++)
        ok &= lab[i] >= 0 && lab[i] < p->nlab && (head[i] == -1) == (lab[i] == p->rootlab);
    T_CHECK(ok);
    /* beam width 1 = the greedy decoder; width 8 also gives a tree */
    static int head2[N], lab2[N];
    kbeam_parse(p, 1, &pw, form, xp, NULL, N, head2, lab2);
    T_CHECK(memcmp(head, head2, sizeof head) == 0 && memcmp(lab, lab2, sizeof lab) == 0);
    kbeam_parse(p, 8, &pw, form, xp, NULL, N, head2, lab2);
    T_CHECK(well_formed(head2, N));
    ok = 1;
    for (int i = 0; i < N; i++)
        ok &= lab2[i] >= 0 && lab2[i] < p->nlab && (head2[i] == -1) == (lab2[i] == p->rootlab);
    T_CHECK(ok);
    ewt_beam1(t, p);

    static const char *punct[] = {"!", "?", "...", ",", ".", "--", "(", ")", ";", ":", "\"", "'"};
    ktagger_tag(t, &tw, punct, 12, x, u);
    for (int i = 0; i < 12; i++)
        xp[i] = t->xname[x[i]];
    kparser_parse(p, &pw, punct, xp, NULL, 12, head, lab);
    T_CHECK(well_formed(head, 12));
    kparser_parse(p, &pw, punct, xp, NULL, 1, head, lab);
    T_EQ_INT(head[0], -1);
    T_EQ_STR(p->lab[lab[0]], "root");
    kparser_parse(p, &pw, punct, xp, NULL, 0, head, lab); /* empty: nothing to do */

    /* the shipped tagger knows a plain sentence */
    static const char *plain[] = {"The", "ministers", "visited", "Tripoli", "."};
    ktagger_tag(t, &tw, plain, 5, x, u);
    T_EQ_STR(t->xname[x[0]], "DT");
    T_EQ_STR(t->xname[x[2]], "VBD");
    T_EQ_STR(t->uname[u[3]], "PROPN");
    ktag_ws_free(&tw);
    kparse_ws_free(&pw);
    ktagger_free(t);
    kparser_free(p);
}

/* Malformed sentences of a CoNLL-U file are reported with file:line:col and
 * dropped; the well-formed ones around them are kept. */
static int nbad, badline[4], badcol[4];
static void keep_loc(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    (void)level;
    snprintf(lastmsg, sizeof lastmsg, "%s", msg);
    if (nbad < 4 && loc && loc->file) {
        badline[nbad] = loc->line;
        badcol[nbad] = loc->col;
    }
    nbad++;
}

static void count_sent(void *ud, const kconllu_sent *s)
{
    (void)s;
    ++*(int *)ud;
}

static void malformed_conllu(void)
{
    static const char text[] =
        "# sent_id = a\n"                                   /* line 1 */
        "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"
        "\n"
        "# sent_id = b\n"                                   /* line 4 */
        "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
        "2\tnow\tnow\tADV\tRB\t_\t1\tadvmod\t_\n"    /* line 6: 9 columns */
        "\n"
        "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"     /* line 8 */
        "2\tnow\tnow\tADV\tRB\t_\t7\tadvmod\t_\t_\n"  /* line 9: head out of range */
        "\n"
        "1\tBye\tbye\tINTJ\t_\t_\t0\troot\t_\t_\n";   /* line 11, no final blank line */
    char path[256];
    path_of(path, sizeof path, "bad.conllu");
    write_file(path, text, sizeof text - 1);
    kdiag d = {keep_loc, NULL, 0, 0};
    kconllu_corpus c;
    kconllu_corpus_init(&c);
    nbad = 0;
    T_EQ_INT(kconllu_load(&c, path, &d), 2);
    T_EQ_INT(nbad, 2);
    T_EQ_INT(badline[0], 6);
    T_EQ_INT(badcol[0], 1);
    T_EQ_INT(badline[1], 9);
    T_EQ_INT(badcol[1], 20); /* the HEAD column: 2 now now ADV RB _ = 19 chars before it */
    T_CHECK(strstr(lastmsg, "out of range") != NULL);
    T_EQ_INT(c.nsent, 2);
    T_EQ_INT(c.nword, 2);
    T_EQ_STR(c.sent[0].id, "a");
    T_EQ_STR(c.sent[1].id, "line 11");
    T_EQ_INT(c.sent[1].line, 11);
    T_EQ_STR(c.sent[1].xpos[0], "_"); /* columns kept as written */
    T_EQ_INT(c.sent[1].head[0], -1);
    kconllu_corpus_free(&c);

    int n = 0;
    nbad = 0;
    T_EQ_INT(kconllu_read(path, count_sent, &n, &d), 2);
    T_EQ_INT(n, 2);
    path_of(path, sizeof path, "missing.conllu");
    T_EQ_INT(kconllu_read(path, count_sent, &n, &d), -1);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        printf("cannot create temp dir\n0 passed, 1 failed\n");
        return 1;
    }
    char conllu[256], tp[256], pp[256];
    path_of(conllu, sizeof conllu, "tiny.conllu");
    path_of(tp, sizeof tp, "tiny.tagger");
    path_of(pp, sizeof pp, "tiny.parser");
    /* four copies, so that every jackknife fold sees every sentence */
    kbuf four;
    kbuf_init(&four);
    for (int k = 0; k < 4; k++)
        kbuf_puts(&four, tiny);
    write_file(conllu, four.s, four.len);
    kbuf_free(&four);

    kdiag d = {keep_msg, NULL, 0, 0};
    kconllu_corpus c;
    kconllu_corpus_init(&c);
    T_EQ_INT(kconllu_load(&c, conllu, &d), 0);
    T_EQ_INT(c.nsent, 12);
    T_EQ_INT(c.nword, 60); /* range and empty node skipped */
    T_EQ_STR(c.sent[2].form[1], "n't");
    T_EQ_INT(c.sent[2].head[0], 2);
    T_EQ_INT(c.sent[0].head[1], -1);
    malformed_conllu();

    ktrain_opt o;
    ktrain_defaults(&o);
    o.tag_epochs = 20;
    o.tag_epochs1 = 8;
    o.tag_folds = 3;
    o.tag_passes = 2;
    o.parse_epochs = 10;
    o.patience = 100;
    o.folds = 0;
    /* a hand-made cluster table: two place names, two verbs */
    kwc wc;
    kwc_init(&wc);
    kwc_add(&wc, ktag_word_key("libya"), 0x16);
    kwc_add(&wc, ktag_word_key("tripoli"), 0x17);
    kwc_add(&wc, ktag_word_key("sent"), 0x9);
    kwc_add(&wc, ktag_word_key("visited"), 0x9);
    o.wc = &wc;
    ktagger *t = ktagger_train(&c, NULL, 0, &c, &o, NULL);
    T_CHECK(t != NULL);
    kparser *p = kparser_train(&c, NULL, NULL, &c, NULL, NULL, &o);
    T_CHECK(p != NULL);
    if (!t || !p)
        return T_DONE();
    T_EQ_INT(ktagger_save(t, tp, &d), 0);
    T_EQ_INT(kparser_save(p, pp, &d), 0);
    ktagger *t2 = ktagger_load(tp, &d);
    kparser *p2 = kparser_load(pp, &d);
    T_CHECK(t2 && p2);
    if (!t2 || !p2)
        return T_DONE();
    T_EQ_INT(t2->nx, t->nx);
    T_EQ_INT(t2->mx.nfeat, t->mx.nfeat);
    T_EQ_INT(t2->mx2.nent, t->mx2.nent);
    T_EQ_INT(p2->m.nent, p->m.nent);
    T_EQ_INT(p2->nlab, p->nlab);

    /* reloaded models reproduce the hand-annotated training trees */
    ktag_ws tw;
    kparse_ws pw;
    ktag_ws_init(&tw);
    kparse_ws_init(&pw);
    int tags_ok = 1, trees_ok = 1, same = 1;
    for (int s = 0; s < c.nsent; s++) {
        const kconllu_sent *S = &c.sent[s];
        uint8_t x[16], u[16], x2[16], u2[16];
        int head[16], lab[16], head2[16], lab2[16];
        ktagger_tag(t, &tw, S->form, S->n, x, u);
        ktagger_tag(t2, &tw, S->form, S->n, x2, u2);
        kparser_parse(p, &pw, S->form, S->xpos, NULL, S->n, head, lab);
        kparser_parse(p2, &pw, S->form, S->xpos, NULL, S->n, head2, lab2);
        for (int i = 0; i < S->n; i++) {
            same &= x[i] == x2[i] && u[i] == u2[i] && head[i] == head2[i] && lab[i] == lab2[i];
            tags_ok &= !strcmp(t2->xname[x2[i]], S->xpos[i]) && !strcmp(t2->uname[u2[i]], S->upos[i]);
            trees_ok &= head2[i] == S->head[i] && !strcmp(p2->lab[lab2[i]], S->deprel[i]);
        }
    }
    T_CHECK(same);
    T_CHECK(tags_ok);
    T_CHECK(trees_ok);

    /* scores survive the round trip bit for bit */
    const char *f1[] = {"Turkey", "visited", "Libya", "."};
    ktag_atoms(t, &tw, f1, 4);
    int nf = ktag_xfeats(&tw, 1, 4, (const uint8_t *)"\0\0\0\0", NULL);
    int32_t s1[KT_MAXTAG] = {0}, s2[KT_MAXTAG] = {0};
    kpm_score(&t->mx, tw.feat, nf, s1);
    kpm_score(&t2->mx, tw.feat, nf, s2);
    T_CHECK(memcmp(s1, s2, sizeof s1) == 0);

    size_t n;
    unsigned char *good = read_file(tp, &n);
    T_CHECK(good != NULL && n > 100);
    if (good)
        damaged(tp, good, n);
    free(good);

    /* missing file */
    T_CHECK(kparser_load("/nonexistent/x.parser", &d) == NULL);
    T_CHECK(strstr(lastmsg, "cannot open") != NULL);

    clusters(t, t2, p2);
    beam_models(&c, p, o);
    beam_margin(&c, o);
    tagger_beam(&c, o);
    feature_sets(&c, t, o);
    kwc_free(&wc);

    ktag_ws_free(&tw);
    kparse_ws_free(&pw);
    ktagger_free(t);
    ktagger_free(t2);
    kparser_free(p);
    kparser_free(p2);
    kconllu_corpus_free(&c);
    jackknife_cache(conllu);
    shipped_models();

    char rm[300];
    snprintf(rm, sizeof rm, "rm -rf '%s'", dir);
    if (system(rm) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
    return T_DONE();
}
