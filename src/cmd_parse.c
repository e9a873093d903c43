/* cmd_parse.c: khaldun parse, eval-parse and train-parse. */
#include "cmd.h"
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

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* CPU time of this process: on a shared machine closer to what an idle
 * core would take than wall time. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---- model location ---- */

static int file_exists(const char *p) { return access(p, R_OK) == 0; }

/* Directory holding en-ewt.tagger/.parser: --model DIR, else $KHALDUN_MODEL,
 * else ./data/model, else data/model next to the executable. */
static void model_dir(const char *opt, kbuf *out)
{
    kbuf_reset(out);
    if (opt) {
        kbuf_puts(out, opt);
        return;
    }
    const char *env = getenv("KHALDUN_MODEL");
    if (env && *env) {
        kbuf_puts(out, env);
        return;
    }
    if (file_exists("data/model/en-ewt.tagger")) {
        kbuf_puts(out, "data/model");
        return;
    }
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            kbuf_printf(out, "%s/data/model", exe);
            return;
        }
    }
    kbuf_puts(out, "data/model");
}

static int load_models(const char *opt, ktagger **t, kparser **p)
{
    kdiag d = {cli_diag, NULL, 0, 0};
    kbuf dir, path;
    kbuf_init(&dir);
    kbuf_init(&path);
    model_dir(opt, &dir);
    kbuf_printf(&path, "%s/en-ewt.tagger", dir.s);
    *t = ktagger_load(path.s, &d);
    kbuf_reset(&path);
    kbuf_printf(&path, "%s/en-ewt.parser", dir.s);
    *p = *t ? kparser_load(path.s, &d) : NULL;
    kbuf_free(&dir);
    kbuf_free(&path);
    if (!*t || !*p) {
        ktagger_free(*t);
        *t = NULL;
        return -1;
    }
    return 0;
}

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

static double now(void);
static double cpu_now(void);

static int on_text_sent(void *ud, const ksent *s, size_t off)
{
    text_run *r = ud;
    (void)off;
    ksent c = *s;
    c.mem = r->mem;
    c.tok = karena_alloc(r->mem, xmul((size_t)(s->ntok ? s->ntok : 1), sizeof *c.tok));
    memcpy(c.tok, s->tok, (size_t)s->ntok * sizeof *c.tok);
    double t1 = now(), c1 = cpu_now();
    kparse_sent(r->t, r->p, r->tw, r->pw, &c);
    r->parse_s += now() - t1;
    r->parse_cpu += cpu_now() - c1;
    r->nsent++;
    r->ntok += c.ntok;
    write_conllu(stdout, &c);
    return 0;
}

static void parse_usage(FILE *f)
{
    fprintf(f, "usage: khaldun parse [--format conllu] [--input lines|conllu|text] [--model DIR] [--beam K] [--stats]\n"
               "                     [FILE...]\n"
               "Tag and parse sentences; print CoNLL-U.  Input 'lines' (default): one sentence per\n"
               "line, tokens separated by blanks.  Input 'conllu': the word forms of a CoNLL-U file.\n"
               "Input 'text': stories (plain, JSON Lines, TABARI, XML; detected) split into sentences\n"
               "and tokens by the tokenizer (as 'khaldun tokenize').\n"
               "FILE '-' or none reads standard input.  Models: --model DIR, else $KHALDUN_MODEL,\n"
               "else data/model (en-ewt.tagger, en-ewt.parser).  --beam K parses with a beam of K\n"
               "(1 = greedy, up to 64) instead of the width the parser model was trained with.\n"
               "--stats prints load time and throughput (tagging + parsing, output excluded) to\n"
               "standard error.\n");
}

/* --beam K: 1..KBEAM_MAX, else a usage error (0 = not given). */
static int beam_arg(const char *cmd, const char *v)
{
    char *end;
    long k = strtol(v, &end, 10);
    if (*v == 0 || *end || k < 1 || k > KBEAM_MAX) {
        fprintf(stderr, "khaldun %s: --beam '%s': expected a width from 1 to %d\n", cmd, v, KBEAM_MAX);
        return -1;
    }
    return (int)k;
}

int cmd_parse(int argc, char **argv)
{
    const char *model = NULL, *input = "lines";
    int i = 1, stats = 0, beam = 0;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            parse_usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--format") && i + 1 < argc) {
            if (strcmp(argv[++i], "conllu") != 0) {
                fprintf(stderr, "khaldun parse: unknown format '%s' (known: conllu)\n", argv[i]);
                return 2;
            }
        } else if (!strcmp(argv[i], "--input") && i + 1 < argc) {
            input = argv[++i];
            if (strcmp(input, "lines") && strcmp(input, "conllu") && strcmp(input, "text")) {
                fprintf(stderr, "khaldun parse: unknown input '%s' (known: lines, conllu, text)\n", input);
                return 2;
            }
        } else if (!strcmp(argv[i], "--model") && i + 1 < argc) {
            model = argv[++i];
        } else if (!strcmp(argv[i], "--beam") && i + 1 < argc) {
            if ((beam = beam_arg("parse", argv[++i])) < 0)
                return 2;
        } else if (!strcmp(argv[i], "--stats")) {
            stats = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "khaldun parse: unknown option '%s'\n", argv[i]);
            parse_usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    ktagger *t;
    kparser *p;
    double t0 = now();
    if (load_models(model, &t, &p) != 0)
        return 2;
    if (beam)
        p->beam = beam;
    double load_s = now() - t0, parse_s = 0, parse_cpu = 0;
    long nsent = 0, ntok = 0;
    ktag_ws tw;
    kparse_ws pw;
    ktag_ws_init(&tw);
    kparse_ws_init(&pw);
    karena mem;
    karena_init(&mem);
    int status = 0;
    int nfiles = argc - i;
    for (int k = 0; k < (nfiles ? nfiles : 1); k++) {
        const char *name = nfiles ? argv[i + k] : "-";
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
            double t1 = now(), c1 = cpu_now();
            kparse_sent(t, p, &tw, &pw, &sent);
            parse_s += now() - t1;
            parse_cpu += cpu_now() - c1;
            nsent++;
            ntok += sent.ntok;
            write_conllu(stdout, &sent);
        }
        if (s.f && s.f != stdin)
            fclose(s.f);
        free(s.buf);
        kconllu_corpus_free(&s.conllu);
    }
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


int cmd_eval_parse(int argc, char **argv)
{
    const char *model = NULL;
    int i = 1, gold_tags = 0, prune = 0, one_pass = 0, beam = 0;
    const char *save = NULL;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: khaldun eval-parse [--model DIR] [--beam K] [--gold-tags] GOLD.conllu...\n"
                   "Tag and parse the gold word forms; print XPOS and UPOS accuracy, UAS and LAS\n"
                   "(LAS on universal labels as in CoNLL 2018; LAS-full with subtypes).\n"
                   "--gold-tags parses with the gold XPOS tags instead of predicted ones.\n"
                   "--beam K parses with a beam of K (1 = greedy, up to 64) instead of the width the\n"
                   "parser model was trained with.\n"
                   "Model experiments: --prune N drops weights with |w| <= N (quantised units),\n"
                   "--one-pass drops the tagger's second pass, --save-pruned DIR writes the result.\n");
            return 0;
        } else if (!strcmp(argv[i], "--model") && i + 1 < argc) {
            model = argv[++i];
        } else if (!strcmp(argv[i], "--prune") && i + 1 < argc) {
            prune = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--save-pruned") && i + 1 < argc) {
            save = argv[++i];
        } else if (!strcmp(argv[i], "--one-pass")) {
            one_pass = 1;
        } else if (!strcmp(argv[i], "--gold-tags")) {
            gold_tags = 1;
        } else if (!strcmp(argv[i], "--beam") && i + 1 < argc) {
            if ((beam = beam_arg("eval-parse", argv[++i])) < 0)
                return 2;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "khaldun eval-parse: unknown option '%s'\n", argv[i]);
            return 2;
        } else {
            break;
        }
    }
    if (i >= argc) {
        fprintf(stderr, "usage: khaldun eval-parse [--model DIR] [--beam K] [--gold-tags] GOLD.conllu...\n");
        return 2;
    }
    ktagger *t;
    kparser *p;
    if (load_models(model, &t, &p) != 0)
        return 2;
    if (beam)
        p->beam = beam;
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
        if (bad)
            return 2;
    }
    int status = 0;
    for (; i < argc; i++) {
        kdiag d = {cli_diag, NULL, 0, 0};
        kconllu_corpus c;
        kconllu_corpus_init(&c);
        int rc = kconllu_load(&c, argv[i], &d);
        if (rc < 0) {
            status = 1;
            kconllu_corpus_free(&c);
            continue;
        }
        if (rc > 0)
            status = 1;
        keval e, eg;
        double t0 = now();
        keval_run(t, p, &c, NULL, NULL, &e);
        double secs = now() - t0;
        double w = e.words ? (double)e.words : 1;
        printf("%s: %ld sentences, %ld words\n", argv[i], e.sents, e.words);
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
               "--beam K (2 to 64) trains the parser globally with beam search of width K and\n"
               "stores K in the model (default 1: greedy, dynamic oracle).  --parse-prune N\n"
               "prunes the parser's weights at N instead of --prune's value.  --parse-amb gives\n"
               "the parser the tagger's tag-dictionary classes (model format 5).  --explore P\n"
               "(default 0.9): probability of following a wrong prediction in training.\n"
               "--jackknife-epochs N trains the jackknife taggers N epochs (default: as many\n"
               "as the tagger kept).  --jackknife-cache FILE keeps the jackknifed training\n"
               "tags in FILE and reuses them when corpus and tagger options are the same.\n"
               "--tag-dropout P hides a training word's tag from the parser with probability P.\n");
}

/* The number after option opt: a whole number in [lo, hi] (or, with real,
 * any number in it); else a message and -1. */
static int num_arg(const char *opt, const char *v, double lo, double hi, int real, double *out)
{
    char *end;
    double x = real ? strtod(v, &end) : (double)strtoll(v, &end, 10);
    if (*v == 0 || *end || !(x >= lo && x <= hi)) {
        fprintf(stderr, "khaldun train-parse: %s '%s': expected %s from %g to %g\n", opt, v,
                real ? "a number" : "a whole number", lo, hi);
        return -1;
    }
    *out = x;
    return 0;
}

int cmd_train_parse(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *out = "data/model", *clusters = NULL, *wordnet = NULL;
    ktrain_opt o;
    ktrain_defaults(&o);
    static const struct {
        const char *name;
        double lo, hi;
        int real;
    } nums[] = {
        {"--tag-epochs", 1, 1000, 0}, {"--parse-epochs", 1, 1000, 0}, {"--folds", 0, 100, 0},
        {"--prune", 0, 32767, 0},     {"--parse-prune", 0, 32767, 0}, {"--tag-passes", 1, 2, 0},
        {"--seed", 0, 4294967295.0, 0}, {"--patience", 1, 1000, 0},  {"--word-dropout", 0, 1, 1},
        {"--explore", 0, 1, 1},       {"--jackknife-epochs", 1, 1000, 0}, {"--tag-dropout", 0, 1, 1},
    };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            train_usage(stdout);
            return 0;
        }
        if (!strcmp(a, "--tagger-only")) {
            o.tagger_only = 1;
            continue;
        }
        if (!strcmp(a, "--parse-amb")) {
            o.parse_feats |= KPAR_F_AMB;
            continue;
        }
        if (!strcmp(a, "--parse-lean")) {
            o.parse_feats |= KPAR_F_LEAN;
            continue;
        }
        if (i + 1 >= argc || a[0] != '-') {
            fprintf(stderr, "khaldun train-parse: %s '%s'\n", a[0] == '-' ? "missing value after" : "unexpected argument", a);
            train_usage(stderr);
            return 2;
        }
        const char *v = argv[++i];
        int k = -1;
        for (int j = 0; j < (int)(sizeof nums / sizeof *nums); j++)
            if (!strcmp(a, nums[j].name))
                k = j;
        if (k >= 0) {
            double x;
            if (num_arg(a, v, nums[k].lo, nums[k].hi, nums[k].real, &x) != 0)
                return 2;
            switch (k) {
            case 0: o.tag_epochs = (int)x; break;
            case 1: o.parse_epochs = (int)x; break;
            case 2: o.folds = (int)x; break;
            case 3: o.prune = (int)x; break;
            case 4: o.parse_prune = (int)x; break;
            case 5: o.tag_passes = (int)x; break;
            case 6: o.seed = (unsigned long long)x; break;
            case 7: o.patience = (int)x; break;
            case 8: o.word_drop = x; break;
            case 9: o.explore = x; break;
            case 10: o.jk_epochs = (int)x; break;
            default: o.tag_drop = x; break;
            }
        } else if (!strcmp(a, "--train"))
            train = v;
        else if (!strcmp(a, "--dev"))
            dev = v;
        else if (!strcmp(a, "--out"))
            out = v;
        else if (!strcmp(a, "--clusters"))
            clusters = v;
        else if (!strcmp(a, "--wordnet"))
            wordnet = v;
        else if (!strcmp(a, "--jackknife-cache"))
            o.jk_cache = v;
        else if (!strcmp(a, "--beam")) {
            if ((o.beam = beam_arg("train-parse", v)) < 0)
                return 2;
        } else {
            fprintf(stderr, "khaldun train-parse: unknown option '%s'\n", a);
            train_usage(stderr);
            return 2;
        }
    }
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
    int rc = ktrain_all(train, dev, out, &o) == 0 ? 0 : 2;
    kwc_free(&wc);
    kwc_free(&wn);
    return rc;
}
