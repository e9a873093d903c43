/* cmd_parse.c: khaldun parse, eval-parse and train-parse. */
#include "cmd.h"
#include "cmd_common.h"
#include "diag.h"
#include "parser.h"
#include "beam.h"
#include "story.h"
#include "tagger.h"
#include "wnlex.h"
#include "tokenize.h"
#include "train.h"
#include "conllu.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- input sources (pluggable): fill a ksent with tokens ---- */

typedef struct src {
    FILE *f;
    const char *name;
    int line;
    char *buf;
    size_t cap;
    int (*next)(struct src *, ksent *); /* 1 = sentence, 0 = end */
    kconllu_corpus conllu;                  /* for --input conllu */
    int ci;
} src;

static void fill_key(ktok *t, karena *m)
{
    size_t n = strlen(t->form);
    char *k = karena_strndup(m, t->form, n);
    for (size_t i = 0; i < n; i++)
        if (k[i] >= 'a' && k[i] <= 'z')
            k[i] = (char)(k[i] - 32);
    t->key = k;
}

/* One sentence per line, tokens separated by blanks; blank lines skipped. */
static int next_line(src *s, ksent *out)
{
    ssize_t len;
    while ((len = getline(&s->buf, &s->cap, s->f)) >= 0) {
        s->line++;
        while (len > 0 && (s->buf[len - 1] == '\n' || s->buf[len - 1] == '\r'))
            s->buf[--len] = 0;
        const char *p = s->buf;
        int n = 0;
        for (const char *q = p; *q;) {
            while (*q == ' ' || *q == '\t')
                q++;
            if (!*q)
                break;
            n++;
            while (*q && *q != ' ' && *q != '\t')
                q++;
        }
        if (n == 0)
            continue;
        out->text = karena_strndup(out->mem, s->buf, (size_t)len);
        out->tok = karena_alloc(out->mem, xmul((size_t)n, sizeof *out->tok));
        out->ntok = n;
        char idbuf[32];
        snprintf(idbuf, sizeof idbuf, "%d", s->line);
        out->id = karena_strdup(out->mem, idbuf);
        out->story_id = out->id;
        int k = 0;
        const char *q = out->text;
        while (*q) {
            while (*q == ' ' || *q == '\t')
                q++;
            if (!*q)
                break;
            const char *b = q;
            while (*q && *q != ' ' && *q != '\t')
                q++;
            ktok *t = &out->tok[k++];
            t->form = karena_strndup(out->mem, b, (size_t)(q - b));
            fill_key(t, out->mem);
            t->beg = (int)(b - out->text);
            t->end = (int)(q - out->text);
            t->head = -1;
        }
        return 1;
    }
    return 0;
}

/* Word forms of a CoNLL-U file (gold tokens). */
static int next_conllu(src *s, ksent *out)
{
    if (s->ci >= s->conllu.nsent)
        return 0;
    const kconllu_sent *S = &s->conllu.sent[s->ci++];
    out->id = karena_strdup(out->mem, S->id);
    out->story_id = out->id;
    out->ntok = S->n;
    out->tok = karena_alloc(out->mem, xmul((size_t)(S->n ? S->n : 1), sizeof *out->tok));
    kbuf text;
    kbuf_init(&text);
    for (int i = 0; i < S->n; i++) {
        ktok *t = &out->tok[i];
        if (i)
            kbuf_putc(&text, ' ');
        t->beg = (int)text.len;
        kbuf_puts(&text, S->form[i]);
        t->end = (int)text.len;
        t->form = karena_strdup(out->mem, S->form[i]);
        fill_key(t, out->mem);
        t->head = -1;
    }
    out->text = karena_strdup(out->mem, text.s);
    kbuf_free(&text);
    return 1;
}

static void put_field(FILE *f, const char *s)
{
    if (!s || !*s) {
        fputc('_', f);
        return;
    }
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\n' ? ' ' : *s, f);
}

static void write_conllu(FILE *f, const ksent *s)
{
    fprintf(f, "# sent_id = %s\n# text = ", s->id ? s->id : "");
    put_field(f, s->text);
    fputc('\n', f);
    for (int i = 0; i < s->ntok; i++) {
        const ktok *t = &s->tok[i];
        fprintf(f, "%d\t", i + 1);
        put_field(f, t->form);
        fputs("\t", f);
        put_field(f, t->lemma);
        fprintf(f, "\t%s\t%s\t_\t%d\t%s\t_\t_\n", t->upos[0] ? t->upos : "_", t->xpos[0] ? t->xpos : "_",
                t->head + 1, t->deprel ? t->deprel : "_");
    }
    fputc('\n', f);
}

/* --input text: stories (any format the story readers know) through the
 * tokenizer; each sentence is copied, tagged, parsed and printed. */
typedef struct text_run {
    const ktagger *t;
    const kparser *p;
    ktag_ws *tw;
    kparse_ws *pw;
    karena *mem;          /* the tokenizer's arena, reset per sentence */
    double parse_s, parse_cpu;
    long nsent, ntok;
} text_run;

static int on_text_sent(void *ud, const ksent *s, size_t off)
{
    text_run *r = ud;
    (void)off;
    ksent c = *s;
    c.mem = r->mem;
    c.tok = karena_alloc(r->mem, xmul((size_t)(s->ntok ? s->ntok : 1), sizeof *c.tok));
    memcpy(c.tok, s->tok, (size_t)s->ntok * sizeof *c.tok);
    double t1 = kcmd_now(), c1 = kcmd_cpu_now();
    kparse_sent(r->t, r->p, r->tw, r->pw, &c);
    r->parse_s += kcmd_now() - t1;
    r->parse_cpu += kcmd_cpu_now() - c1;
    r->nsent++;
    r->ntok += c.ntok;
    write_conllu(stdout, &c);
    return 0;
}

static void parse_usage(FILE *f)
{
    fprintf(f, "usage: khaldun parse [--format conllu] [--input lines|conllu|text] [--model DIR] [--beam K]\n"
               "                     [--beam-margin N] [--stats] [FILE...]\n"
               "Tag and parse sentences; print CoNLL-U.  Input 'lines' (default): one sentence per\n"
               "line, tokens separated by blanks.  Input 'conllu': the word forms of a CoNLL-U file.\n"
               "Input 'text': stories (plain, JSON Lines, TABARI, XML; detected) split into sentences\n"
               "and tokens by the tokenizer (as 'khaldun tokenize').\n"
               "FILE '-' or none reads standard input.  Models: --model DIR, else $KHALDUN_MODEL,\n"
               "else data/model (en-ewt.tagger, en-ewt.parser).  --beam K parses with a beam of K\n"
               "(1 = greedy, up to 64) instead of the width the parser model was trained with.\n"
               "--beam-margin N drops beam items behind the best by more than N weight units\n"
               "(32000 = the largest weight; 0 = never) instead of the model's margin.\n"
               "--stats prints load time and throughput (tagging + parsing, output excluded) to\n"
               "standard error.\n");
}

/* Models from --model DIR or the default places (kcmd_load_models);
 * messages on stderr. */
static int load_models(const char *dir, ktagger **t, kparser **p)
{
    kdiag d = {cli_diag, NULL, 0, 0};
    return kcmd_load_models(dir, t, p, &d);
}

#define BEAM_KOPT(p) {"--beam", KOPT_INT, (p), 1, KBEAM_MAX, NULL, NULL}
#define MARGIN_KOPT(p) {"--beam-margin", KOPT_INT, (p), 0, KPAR_MAXMARGIN, NULL, NULL}

int cmd_parse(int argc, char **argv)
{
    static const char *const formats[] = {"conllu", NULL};
    static const char *const inputs[] = {"lines", "conllu", "text", NULL};
    const char *model = NULL;
    int stats = 0, beam = 0, format = 0, in = 0, margin = -1;
    const kopt opts[] = {
        {"--format", KOPT_CHOICE, &format, 0, 0, formats, "format"},
        {"--input", KOPT_CHOICE, &in, 0, 0, inputs, "input"},
        {"--model", KOPT_STR, &model, 0, 0, NULL, NULL},
        BEAM_KOPT(&beam),
        MARGIN_KOPT(&margin),
        {"--stats", KOPT_FLAG, &stats, 0, 0, NULL, NULL},
        KOPT_END,
    };
    char **files = xmalloc(xmul((size_t)argc, sizeof *files));
    int nfiles = 0;
    int rc = kopt_parse("parse", opts, argc, argv, files, &nfiles, parse_usage);
    if (rc >= 0) {
        free(files);
        return rc;
    }
    const char *input = inputs[in];
    ktagger *t;
    kparser *p;
    double t0 = kcmd_now();
    if (load_models(model, &t, &p) != 0) {
        free(files);
        return 2;
    }
    if (beam)
        p->beam = beam;
    if (margin >= 0)
        p->margin = margin;
    double load_s = kcmd_now() - t0, parse_s = 0, parse_cpu = 0;
    long nsent = 0, ntok = 0;
    ktag_ws tw;
    kparse_ws pw;
    ktag_ws_init(&tw);
    kparse_ws_init(&pw);
    karena mem;
    karena_init(&mem);
    int status = 0;
    for (int k = 0; k < (nfiles ? nfiles : 1); k++) {
        const char *name = nfiles ? files[k] : "-";
        if (!strcmp(input, "text")) {
            kdiag d = {cli_diag, NULL, 0, 0};
            kstory_opt so;
            memset(&so, 0, sizeof so);
            kreader *r = kreader_open(name, &so, &d);
            if (!r) {
                status = 1;
                continue;
            }
            text_run run = {t, p, &tw, &pw, &mem, 0, 0, 0, 0};
            kstory st;
            while (kreader_next(r, &st))
                ktok_story(&st, NULL, &d, &mem, on_text_sent, &run);
            kreader_close(r);
            parse_s += run.parse_s;
            parse_cpu += run.parse_cpu;
            nsent += run.nsent;
            ntok += run.ntok;
            if (d.nerror)
                status = 1;
            continue;
        }
        src s;
        memset(&s, 0, sizeof s);
        s.name = name;
        kconllu_corpus_init(&s.conllu);
        if (!strcmp(input, "conllu")) {
            kdiag d = {cli_diag, NULL, 0, 0};
            if (kconllu_load(&s.conllu, !strcmp(name, "-") ? "/dev/stdin" : name, &d) != 0)
                status = 1;
            s.next = next_conllu;
        } else {
            s.f = !strcmp(name, "-") ? stdin : fopen(name, "rb");
            if (!s.f) {
                fprintf(stderr, "khaldun: %s: error: cannot open: %s\n", name, strerror(errno));
                status = 1;
                kconllu_corpus_free(&s.conllu);
                continue;
            }
            s.next = next_line;
        }
        for (;;) {
            karena_reset(&mem);
            ksent sent;
            memset(&sent, 0, sizeof sent);
            sent.mem = &mem;
            if (!s.next(&s, &sent))
                break;
            double t1 = kcmd_now(), c1 = kcmd_cpu_now();
            kparse_sent(t, p, &tw, &pw, &sent);
            parse_s += kcmd_now() - t1;
            parse_cpu += kcmd_cpu_now() - c1;
            nsent++;
            ntok += sent.ntok;
            write_conllu(stdout, &sent);
        }
        if (s.f && s.f != stdin)
            fclose(s.f);
        free(s.buf);
        kconllu_corpus_free(&s.conllu);
    }
    free(files);
    karena_free(&mem);
    ktag_ws_free(&tw);
    kparse_ws_free(&pw);
    ktagger_free(t);
    kparser_free(p);
    if (stats)
        fprintf(stderr,
                "parse: load_s %.4f, sentences %ld, tokens %ld, parse_s %.3f, sentences_per_s %.0f, tokens_per_s %.0f, "
                "cpu_s %.3f, cpu_sentences_per_s %.0f\n",
                load_s, nsent, ntok, parse_s, parse_s > 0 ? nsent / parse_s : 0.0, parse_s > 0 ? ntok / parse_s : 0.0,
                parse_cpu, parse_cpu > 0 ? nsent / parse_cpu : 0.0);
    if (fflush(stdout) != 0)
        return 2;
    return status;
}


static void eval_usage(FILE *f)
{
    fprintf(f, "usage: khaldun eval-parse [--model DIR] [--beam K] [--beam-margin N] [--gold-tags] GOLD.conllu...\n"
               "Tag and parse the gold word forms; print XPOS and UPOS accuracy, UAS and LAS\n"
               "(LAS on universal labels as in CoNLL 2018; LAS-full with subtypes).\n"
               "--gold-tags parses with the gold XPOS tags instead of predicted ones.\n"
               "--beam K parses with a beam of K (1 = greedy, up to 64) instead of the width the\n"
               "parser model was trained with; --beam-margin N drops beam items behind the best\n"
               "by more than N weight units (0 = never) instead of the model's margin.\n"
               "Model experiments: --prune N drops weights with |w| <= N (quantised units),\n"
               "--one-pass drops the tagger's second pass, --save-pruned DIR writes the result\n"
               "(with the --beam and --beam-margin given).\n");
}

int cmd_eval_parse(int argc, char **argv)
{
    const char *model = NULL, *save = NULL;
    int gold_tags = 0, prune = 0, one_pass = 0, beam = 0, margin = -1;
    const kopt opts[] = {
        {"--model", KOPT_STR, &model, 0, 0, NULL, NULL},
        {"--prune", KOPT_INT, &prune, 0, 32767, NULL, NULL},
        {"--save-pruned", KOPT_STR, &save, 0, 0, NULL, NULL},
        {"--one-pass", KOPT_FLAG, &one_pass, 0, 0, NULL, NULL},
        {"--gold-tags", KOPT_FLAG, &gold_tags, 0, 0, NULL, NULL},
        BEAM_KOPT(&beam),
        MARGIN_KOPT(&margin),
        KOPT_END,
    };
    char **gold = xmalloc(xmul((size_t)argc, sizeof *gold));
    int ngold = 0;
    int rc = kopt_parse("eval-parse", opts, argc, argv, gold, &ngold, eval_usage);
    if (rc < 0 && ngold == 0) {
        fprintf(stderr, "khaldun: eval-parse: a gold CoNLL-U file is required\n");
        eval_usage(stderr);
        rc = 2;
    }
    if (rc >= 0) {
        free(gold);
        return rc;
    }
    ktagger *t;
    kparser *p;
    if (load_models(model, &t, &p) != 0) {
        free(gold);
        return 2;
    }
    if (beam)
        p->beam = beam;
    if (margin >= 0)
        p->margin = margin;
    if (one_pass)
        kpm_free(&t->mx2);
    if (prune > 0) {
        kpm_prune(&t->mx, prune);
        kpm_prune(&t->mx2, prune);
        kpm_prune(&t->mu, prune);
        kpm_prune(&p->m, prune);
        fprintf(stderr, "khaldun: pruned |w| <= %d: tagger %u+%u+%u features, parser %u features %u weights\n", prune,
                t->mx.nfeat, t->mx2.nfeat, t->mu.nfeat, p->m.nfeat, p->m.nent);
    }
    if (save) {
        kdiag d = {cli_diag, NULL, 0, 0};
        kbuf path;
        kbuf_init(&path);
        kbuf_printf(&path, "%s/en-ewt.tagger", save);
        int bad = ktagger_save(t, path.s, &d) != 0;
        kbuf_reset(&path);
        kbuf_printf(&path, "%s/en-ewt.parser", save);
        bad |= kparser_save(p, path.s, &d) != 0;
        kbuf_free(&path);
        if (bad) {
            ktagger_free(t);
            kparser_free(p);
            free(gold);
            return 2;
        }
    }
    int status = 0;
    for (int i = 0; i < ngold; i++) {
        kdiag d = {cli_diag, NULL, 0, 0};
        kconllu_corpus c;
        kconllu_corpus_init(&c);
        int lrc = kconllu_load(&c, gold[i], &d);
        if (lrc < 0) {
            status = 1;
            kconllu_corpus_free(&c);
            continue;
        }
        if (lrc > 0)
            status = 1;
        keval e, eg;
        double t0 = kcmd_now();
        keval_run(t, p, &c, NULL, NULL, &e);
        double secs = kcmd_now() - t0;
        double w = e.words ? (double)e.words : 1;
        printf("%s: %ld sentences, %ld words\n", gold[i], e.sents, e.words);
        printf("  XPOS %.2f%%  UPOS %.2f%%  UAS %.2f%%  LAS %.2f%%  LAS-full %.2f%%\n", 100 * e.xpos_ok / w,
               100 * e.upos_ok / w, 100 * e.uas_ok / w, 100 * e.las_ok / w, 100 * e.lasfull_ok / w);
        if (gold_tags) {
            karena am;
            karena_init(&am);
            const uint64_t *const *amb = NULL;
            if (p->feats & KPAR_F_AMB) /* the tagger's classes with the gold tags */
                ktrain_tag_corpus(t, &c, &am, &amb);
            keval_run(NULL, p, &c, NULL, amb, &eg);
            karena_free(&am);
            printf("  gold tags: UAS %.2f%%  LAS %.2f%%\n", 100 * eg.uas_ok / w, 100 * eg.las_ok / w);
        }
        printf("  %.0f sentences/s (tag+parse, one thread, beam %d)\n", secs > 0 ? e.sents / secs : 0.0, p->beam);
        kconllu_corpus_free(&c);
    }
    free(gold);
    ktagger_free(t);
    kparser_free(p);
    return status;
}

static void train_note(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    if (level == KD_NOTE && !(loc && (loc->file || loc->record))) {
        fprintf(stderr, "khaldun: %s\n", msg);
        return;
    }
    cli_diag(ud, level, loc, msg);
}

static void train_usage(FILE *f)
{
    fprintf(f, "usage: khaldun train-parse --train TRAIN.conllu --dev DEV.conllu [--out DIR]\n"
               "  [--clusters FILE] [--tag-epochs N] [--parse-epochs N] [--folds N] [--prune N]\n"
               "  [--tag-passes 1|2] [--word-dropout P] [--patience N] [--seed N] [--beam K]\n"
               "  [--parse-prune N] [--wordnet DIR] [--tagger-only] [--parse-amb] [--parse-lean]\n"
               "  [--explore P] [--jackknife-epochs N] [--jackknife-cache FILE] [--tag-dropout P]\n"
               "  [--tag-beam K] [--tag-margin N] [--fixed-min N] [--fixed-share P] [--beam-margin N]\n"
               "  [--parse-seed N]\n"
               "--beam K (2 to 64) trains the parser globally with beam search of width K and\n"
               "stores K in the model (default 1: greedy, dynamic oracle); --beam-margin N\n"
               "(default 0: never) is stored with it: decoding drops beam items behind the best\n"
               "by more than N weight units.  --parse-seed N shuffles the parser's training\n"
               "sentences with seed N instead of --seed's (the tagger's stay the same).  --parse-prune N\n"
               "prunes the parser's weights at N instead of --prune's value.  --parse-amb gives\n"
               "the parser the tagger's tag-dictionary classes and --parse-lean drops 8 of its\n"
               "templates (model format 5).  --explore P (default 0.9): probability of\n"
               "following a wrong prediction in training.\n"
               "--jackknife-epochs N trains the jackknife taggers N epochs (default: as many\n"
               "as the tagger kept).  --jackknife-cache FILE keeps the jackknifed training\n"
               "tags in FILE and reuses them when corpus and tagger options are the same.\n"
               "--tag-dropout P hides a training word's tag from the parser with probability P.\n"
               "--tag-beam K (2 to 16) trains the tagger globally with beam search of width K\n"
               "and stores K in the model (default 1: greedy); its decoding drops items behind\n"
               "the best by more than --tag-margin N weight units (32000 = the largest weight;\n"
               "default 20000; 0 = never).  --fixed-min N (default 0: off) with --fixed-share P\n"
               "(default 0.995): a word form seen at least N times in training, with one XPOS\n"
               "in at least the share P of them, takes that tag without scoring (and its UPOS\n"
               "when that is as sure).\n");
}

int cmd_train_parse(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *out = "data/model", *clusters = NULL, *wordnet = NULL;
    ktrain_opt o;
    ktrain_defaults(&o);
    long long seed = (long long)o.seed, pseed = 0;
    int amb = 0, lean = 0;
    const kopt opts[] = {
        {"--train", KOPT_STR, &train, 0, 0, NULL, NULL},
        {"--dev", KOPT_STR, &dev, 0, 0, NULL, NULL},
        {"--out", KOPT_STR, &out, 0, 0, NULL, NULL},
        {"--clusters", KOPT_STR, &clusters, 0, 0, NULL, NULL},
        {"--wordnet", KOPT_STR, &wordnet, 0, 0, NULL, NULL},
        {"--tag-epochs", KOPT_INT, &o.tag_epochs, 1, 1000, NULL, NULL},
        {"--parse-epochs", KOPT_INT, &o.parse_epochs, 1, 1000, NULL, NULL},
        {"--folds", KOPT_INT, &o.folds, 0, 100, NULL, NULL},
        {"--prune", KOPT_INT, &o.prune, 0, 32767, NULL, NULL},
        {"--parse-prune", KOPT_INT, &o.parse_prune, 0, 32767, NULL, NULL},
        {"--tag-passes", KOPT_INT, &o.tag_passes, 1, 2, NULL, NULL},
        {"--seed", KOPT_LLONG, &seed, 0, 4294967295LL, NULL, NULL},
        {"--parse-seed", KOPT_LLONG, &pseed, 0, 4294967295LL, NULL, NULL},
        {"--patience", KOPT_INT, &o.patience, 1, 1000, NULL, NULL},
        {"--word-dropout", KOPT_DOUBLE, &o.word_drop, 0, 1000, NULL, NULL},
        BEAM_KOPT(&o.beam),
        MARGIN_KOPT(&o.beam_margin),
        {"--tagger-only", KOPT_FLAG, &o.tagger_only, 0, 0, NULL, NULL},
        {"--fixed-min", KOPT_INT, &o.fix_min, 0, 1000000, NULL, NULL},
        {"--fixed-share", KOPT_DOUBLE, &o.fix_share, 500, 1000, NULL, NULL},
        {"--tag-beam", KOPT_INT, &o.tag_beam, 1, KT_MAXBEAM, NULL, NULL},
        {"--tag-margin", KOPT_INT, &o.tag_margin, 0, 1000000, NULL, NULL},
        {"--parse-amb", KOPT_FLAG, &amb, 0, 0, NULL, NULL},
        {"--parse-lean", KOPT_FLAG, &lean, 0, 0, NULL, NULL},
        {"--explore", KOPT_DOUBLE, &o.explore, 0, 1000, NULL, NULL},
        {"--jackknife-epochs", KOPT_INT, &o.jk_epochs, 1, 1000, NULL, NULL},
        {"--jackknife-cache", KOPT_STR, &o.jk_cache, 0, 0, NULL, NULL},
        {"--tag-dropout", KOPT_DOUBLE, &o.tag_drop, 0, 1000, NULL, NULL},
        KOPT_END,
    };
    char **pos = xmalloc(xmul((size_t)argc, sizeof *pos));
    int npos = 0;
    int rc = kopt_parse("train-parse", opts, argc, argv, pos, &npos, train_usage);
    if (rc < 0 && npos > 0) {
        fprintf(stderr, "khaldun: train-parse: unexpected argument '%s'\n", pos[0]);
        train_usage(stderr);
        rc = 2;
    }
    free(pos);
    if (rc >= 0)
        return rc;
    o.seed = (unsigned long long)seed;
    o.parse_seed = (unsigned long long)pseed;
    if (amb)
        o.parse_feats |= KPAR_F_AMB;
    if (lean)
        o.parse_feats |= KPAR_F_LEAN;
    if (!train || !dev) {
        fprintf(stderr, "khaldun train-parse: --train and --dev are required\n");
        return 2;
    }
    if (o.seed == 0)
        o.seed = 1;
    /* the output folder is made (one level) or found writable now, not after
     * minutes of training */
    if (mkdir(out, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "khaldun train-parse: %s: cannot create the output folder: %s\n", out, strerror(errno));
        return 2;
    }
    if (access(out, W_OK | X_OK) != 0) {
        fprintf(stderr, "khaldun train-parse: %s: output folder not writable: %s\n", out, strerror(errno));
        return 2;
    }
    kdiag d = {train_note, NULL, 0, 0};
    o.d = &d;
    kwc wc;
    kwc_init(&wc);
    if (clusters) {
        kdiag ed = {cli_diag, NULL, 0, 0};
        if (kwc_load(&wc, clusters, &ed) != 0)
            return 2;
        o.wc = &wc;
    }
    kwc wn;
    kwc_init(&wn);
    if (wordnet) {
        kdiag ed = {cli_diag, NULL, 0, 0};
        if (kwn_build(&wn, wordnet, &ed) != 0) {
            kwc_free(&wc);
            return 2;
        }
        fprintf(stderr, "khaldun: WordNet lexicon from %s: %u word forms\n", wordnet, wn.n);
        o.wn = &wn;
    }
    rc = ktrain_all(train, dev, out, &o) == 0 ? 0 : 2;
    kwc_free(&wc);
    kwc_free(&wn);
    return rc;
}
