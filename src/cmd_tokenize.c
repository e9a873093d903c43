/* cmd_tokenize.c: `khaldun tokenize` (what the coder sees) and
 * `khaldun eval-tokenize` (token and sentence-boundary F1 against a UD
 * CoNLL-U treebank). */
#include "cmd.h"
#include "cmd_common.h"
#include "diag.h"
#include "story.h"
#include "tokenize.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

enum { OUT_TEXT, OUT_CONLLU, OUT_COUNT };

typedef struct tokrun {
    int out;
    long long stories, sents, toks, bytes;
    const kstory *st;
} tokrun;

static void put_text_line(const char *s)
{
    for (; *s; s++)
        putchar(*s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s);
}

static int on_sent(void *ud, const ksent *s, size_t off)
{
    tokrun *r = ud;
    r->sents++;
    r->toks += s->ntok;
    if (r->out == OUT_COUNT)
        return 0;
    if (r->out == OUT_TEXT) {
        fputs(s->story_id, stdout);
        putchar('\t');
        fputs(s->id, stdout);
        putchar('\t');
        for (int i = 0; i < s->ntok; i++) {
            if (i)
                putchar(' ');
            fputs(s->tok[i].form, stdout);
        }
        putchar('\n');
        return 0;
    }
    /* one sentence block built in a buffer and written at once (printf per
     * token was most of the run time) */
    static kbuf b;
    if (!b.s)
        kbuf_init(&b);
    kbuf_reset(&b);
    kbuf_puts(&b, "# sent_id = ");
    kbuf_puts(&b, s->id);
    kbuf_putc(&b, '\n');
    if (s->date)
        kbuf_printf(&b, "# date = %04d-%02d-%02d\n", s->date / 10000, s->date / 100 % 100, s->date % 100);
    kbuf_puts(&b, "# text = ");
    size_t t0 = b.len;
    kbuf_puts(&b, s->text);
    for (size_t k = t0; k < b.len; k++)
        if (b.s[k] == '\n' || b.s[k] == '\r' || b.s[k] == '\t')
            b.s[k] = ' ';
    kbuf_putc(&b, '\n');
    for (int i = 0; i < s->ntok; i++) {
        const ktok *t = &s->tok[i];
        int space = i + 1 < s->ntok ? s->tok[i + 1].beg > t->end : 1;
        char num[16];
        int nn = 0;
        for (unsigned v = (unsigned)i + 1; v; v /= 10)
            num[nn++] = (char)('0' + v % 10);
        while (nn)
            kbuf_putc(&b, num[--nn]);
        kbuf_putc(&b, '\t');
        kbuf_puts(&b, t->form);
        kbuf_puts(&b, space ? "\t_\t_\t_\t_\t_\t_\t_\t_\n" : "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n");
    }
    kbuf_putc(&b, '\n');
    fwrite(b.s, 1, b.len, stdout);
    return 0;
}

static void tok_usage(FILE *f)
{
    fprintf(f, "usage: khaldun tokenize [--input-format auto|plain|jsonl|tabari|xml] [--format text|conllu|count]\n"
               "                        [--date YYYY-MM-DD] [--style ptb|ud] [--max-tokens N] [FILE|DIR|-]...\n"
               "Reads stories (.gz and .zst too; directories recursively), splits them into sentences and\n"
               "Penn Treebank tokens, and prints one line per sentence: story id, sentence id, tokens.\n"
               "  --format conllu   CoNLL-U with empty tags; count: totals only (with peak RSS)\n"
               "  --date D          date for stories that have none\n"
               "  --style ud        split hyphens and slashes between words as UD English does\n");
}

int cmd_tokenize(int argc, char **argv)
{
    kstory_opt so = {0};
    ktok_opt to = {0};
    tokrun run = {0};
    int nf = 0, read_only = 0;
    static const char *const outs[] = {"text", "conllu", "count", NULL};
    static const char *const styles[] = {"ptb", "ud", NULL};
    const kopt opts[] = {
        {"--input-format", KOPT_INFMT, &so.format, 0, 0, NULL, NULL},
        {"--format", KOPT_CHOICE, &run.out, 0, 0, outs, "output format"},
        {"--date", KOPT_DATE, &so.date, 0, 0, NULL, NULL},
        {"--style", KOPT_CHOICE, &to.style, 0, 0, styles, "style"}, /* KTOK_PTB, KTOK_UD */
        {"--read-only", KOPT_FLAG, &read_only, 0, 0, NULL, NULL}, /* benchmark: read, do not tokenize */
        {"--max-tokens", KOPT_INT, &to.max_tokens, 2, 100000000, NULL, NULL},
        KOPT_END,
    };
    char **files = xmalloc(sizeof(char *) * (size_t)(argc + 1));
    int rc = kopt_parse("tokenize", opts, argc, argv, files, &nf, tok_usage);
    if (rc >= 0) {
        free(files);
        return rc;
    }
    char *dash = "-";
    if (!nf)
        files[nf++] = dash;
    kdiag d = {cli_diag, NULL, 0, 0};
    char **paths;
    int np;
    kstory_paths(files, nf, &d, &paths, &np);
    free(files);
    karena mem;
    karena_init(&mem);
    double t0 = kcmd_now();
    for (int f = 0; f < np; f++) {
        kreader *r = kreader_open(paths[f], &so, &d);
        if (!r)
            continue;
        kstory st;
        while (kreader_next(r, &st)) {
            run.stories++;
            run.bytes += (long long)st.len;
            run.st = &st;
            if (run.out == OUT_CONLLU) {
                printf("# newdoc id = %s\n", st.id);
                if (st.title) {
                    fputs("# title = ", stdout);
                    put_text_line(st.title);
                    putchar('\n');
                }
            }
            if (!read_only)
                ktok_story(&st, &to, &d, &mem, on_sent, &run);
        }
        kreader_close(r);
        fflush(stdout);
    }
    double sec = kcmd_now() - t0;
    if (run.out == OUT_COUNT) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        printf("stories %lld sentences %lld tokens %lld bytes %lld seconds %.3f mb_per_s %.1f max_rss_kb %ld\n",
               run.stories, run.sents, run.toks, run.bytes, sec, sec > 0 ? (double)run.bytes / 1e6 / sec : 0.0,
               ru.ru_maxrss);
    }
    karena_free(&mem);
    kstory_paths_free(paths, np);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "khaldun: tokenize: write error on standard output\n");
        return 2;
    }
    return d.nerror ? 1 : 0;
}

/* ---- eval-tokenize ---- */

typedef struct span {
    long beg, end;
} span;

typedef struct spans {
    span *v;
    size_t n, cap;
} spans;

static void sp_add(spans *s, long b, long e)
{
    XGROW(s->v, s->cap, s->n + 1);
    s->v[s->n].beg = b;
    s->v[s->n].end = e;
    s->n++;
}

typedef struct evdoc {
    kbuf text;
    spans gtok, gsent;   /* gold tokens; gold sentences as [first token end, last token end] */
    kbuf sent;           /* token lines of the current sentence */
    long sent_start;
    int newpar;
} evdoc;

typedef struct evstat {
    long long tp, fp, fn, stp, sfp, sfn;
    long long unaligned;
    int errors;          /* how many mismatches to print */
} evstat;

static int cmp_span(const void *a, const void *b)
{
    const span *x = a, *y = b;
    if (x->beg != y->beg)
        return x->beg < y->beg ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

static void count_match(spans *g, spans *p, long long *tp, long long *fp, long long *fn, const char *text,
                        int *show, const char *what)
{
    qsort(g->v, g->n, sizeof *g->v, cmp_span);
    qsort(p->v, p->n, sizeof *p->v, cmp_span);
    size_t i = 0, j = 0;
    while (i < g->n || j < p->n) {
        int c = i >= g->n ? 1 : j >= p->n ? -1 : cmp_span(&g->v[i], &p->v[j]);
        if (c == 0) {
            (*tp)++;
            i++;
            j++;
        } else if (c < 0) {
            (*fn)++;
            if (*show > 0) {
                (*show)--;
                long b = g->v[i].beg > 40 ? g->v[i].beg - 40 : 0;
                fprintf(stderr, "missed %s '%.*s' in: %.*s\n", what, (int)(g->v[i].end - g->v[i].beg),
                        text + g->v[i].beg, (int)(g->v[i].end + 40 - b), text + b);
            }
            i++;
        } else {
            (*fp)++;
            if (*show > 0) {
                (*show)--;
                long b = p->v[j].beg > 40 ? p->v[j].beg - 40 : 0;
                fprintf(stderr, "extra %s '%.*s' in: %.*s\n", what, (int)(p->v[j].end - p->v[j].beg),
                        text + p->v[j].beg, (int)(p->v[j].end + 40 - b), text + b);
            }
            j++;
        }
    }
}

static void eval_doc(evdoc *ed, const ktok_opt *to, evstat *es)
{
    if (!ed->text.len)
        return;
    ktok_doc d;
    ktok_doc_init(&d);
    ktok_split(ed->text.s, ed->text.len, to, &d);
    spans pt = {0}, ps = {0};
    for (size_t i = 0; i < d.ntok; i++)
        sp_add(&pt, d.tok[i].beg, d.tok[i].end);
    for (size_t k = 0; k < d.nsent; k++)
        sp_add(&ps, d.tok[d.send[k] - 1].end, d.tok[d.send[k] - 1].end);
    /* sentence boundaries are compared by the end offset of each sentence */
    for (size_t k = 0; k < ed->gsent.n; k++)
        ed->gsent.v[k].beg = ed->gsent.v[k].end;
    int show_t = es->errors, show_s = es->errors;
    count_match(&ed->gtok, &pt, &es->tp, &es->fp, &es->fn, ed->text.s, &show_t, "token");
    count_match(&ed->gsent, &ps, &es->stp, &es->sfp, &es->sfn, ed->text.s, &show_s, "sentence end");
    free(pt.v);
    free(ps.v);
    ktok_doc_free(&d);
    kbuf_reset(&ed->text);
    ed->gtok.n = ed->gsent.n = 0;
}

/* Locate form at or after *pos in text (skipping white space). */
static long find_form(const kbuf *text, long *pos, const char *form, size_t n)
{
    long p = *pos;
    while (p < (long)text->len && (text->s[p] == ' ' || text->s[p] == '\n'))
        p++;
    if ((size_t)p + n <= text->len && !memcmp(text->s + p, form, n)) {
        *pos = p + (long)n;
        return p;
    }
    const char *q = memmem(text->s + *pos, text->len - (size_t)*pos, form, n);
    if (!q)
        return -1;
    *pos = (long)(q - text->s) + (long)n;
    return (long)(q - text->s);
}

/* Add the sentence held in ed->sent (CoNLL-U token lines) whose text was
 * appended at ed->sent_start. */
static void gold_sentence(evdoc *ed, evstat *es)
{
    long pos = ed->sent_start;
    long first = -1, last = -1;
    char *save = NULL;
    long mwt_end = 0, mwt_beg = -1, mwt_pos = 0;
    int mwt_to = 0, mwt_ok = 0;
    char *mwt_form = NULL;
    for (char *line = strtok_r(ed->sent.s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        char *form = tab + 1;
        char *ft = strchr(form, '\t');
        if (!ft)
            continue;
        *ft = 0;
        size_t fl = strlen(form);
        char *dash = strchr(line, '-');
        if (strchr(line, '.') && strchr(line, '.') < tab)
            continue;   /* empty node */
        if (dash && dash < tab) {
            mwt_to = atoi(dash + 1);
            mwt_beg = find_form(&ed->text, &pos, form, fl);
            if (mwt_beg < 0) {
                es->unaligned++;
                mwt_to = 0;
                continue;
            }
            mwt_end = pos;
            mwt_pos = mwt_beg;
            mwt_form = form;
            mwt_ok = 1;
            (void)mwt_form;
            /* words must spell the surface form; checked as they come */
            continue;
        }
        int id = atoi(line);
        if (mwt_to && id <= mwt_to) {
            if (mwt_ok && mwt_pos + (long)fl <= mwt_end && !memcmp(ed->text.s + mwt_pos, form, fl)) {
                sp_add(&ed->gtok, mwt_pos, mwt_pos + (long)fl);
                mwt_pos += (long)fl;
            } else if (mwt_ok) {
                mwt_ok = 0;   /* words do not spell the surface: keep the whole surface */
                sp_add(&ed->gtok, mwt_beg, mwt_end);
            }
            if (first < 0)
                first = mwt_beg;
            last = mwt_end;
            if (id == mwt_to)
                mwt_to = 0;
            continue;
        }
        long b = find_form(&ed->text, &pos, form, fl);
        if (b < 0) {
            es->unaligned++;
            continue;
        }
        sp_add(&ed->gtok, b, b + (long)fl);
        if (first < 0)
            first = b;
        last = b + (long)fl;
    }
    if (last >= 0)
        sp_add(&ed->gsent, first, last);
    kbuf_reset(&ed->sent);
}

int cmd_eval_tokenize(int argc, char **argv)
{
    ktok_opt to = {0};
    to.style = KTOK_UD;
    const char *path = NULL;
    evstat es = {0};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--style") && i + 1 < argc) {
            to.style = !strcmp(argv[++i], "ptb") ? KTOK_PTB : KTOK_UD;
        } else if (!strcmp(argv[i], "--errors") && i + 1 < argc) {
            es.errors = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: khaldun eval-tokenize [--style ud|ptb] [--errors N] GOLD.conllu\n"
                   "Rebuilds each document's text from its '# text' lines ('# newdoc', '# newpar'), splits\n"
                   "and tokenizes it, and prints token F1 and sentence-boundary F1 against the gold file.\n"
                   "The default style is ud (hyphens split as in UD English); --errors N shows mismatches.\n");
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "khaldun: eval-tokenize: unknown option '%s'\n", argv[i]);
            return 2;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: khaldun eval-tokenize [--style ud|ptb] [--errors N] GOLD.conllu\n");
        return 2;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "khaldun: %s: cannot open\n", path);
        return 2;
    }
    evdoc ed;
    memset(&ed, 0, sizeof ed);
    kbuf_init(&ed.text);
    kbuf_init(&ed.sent);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int in_sent = 0;
    long long nsent = 0, ndoc = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = 0;
        if (!strncmp(line, "# newdoc", 8)) {
            eval_doc(&ed, &to, &es);
            ndoc++;
        } else if (!strncmp(line, "# newpar", 8)) {
            ed.newpar = 1;
        } else if (!strncmp(line, "# text = ", 9)) {
            if (ed.text.len)
                kbuf_puts(&ed.text, ed.newpar ? "\n\n" : " ");
            ed.newpar = 0;
            ed.sent_start = (long)ed.text.len;
            kbuf_puts(&ed.text, line + 9);
            in_sent = 1;
            nsent++;
        } else if (line[0] == '#') {
            continue;
        } else if (n == 0) {
            if (in_sent)
                gold_sentence(&ed, &es);
            in_sent = 0;
        } else if (in_sent) {
            kbuf_add(&ed.sent, line, (size_t)n);
            kbuf_putc(&ed.sent, '\n');
        }
    }
    if (in_sent)
        gold_sentence(&ed, &es);
    eval_doc(&ed, &to, &es);
    free(line);
    fclose(f);
    kbuf_free(&ed.text);
    kbuf_free(&ed.sent);
    free(ed.gtok.v);
    free(ed.gsent.v);
    double p = es.tp + es.fp ? (double)es.tp / (double)(es.tp + es.fp) : 0;
    double r = es.tp + es.fn ? (double)es.tp / (double)(es.tp + es.fn) : 0;
    double sp = es.stp + es.sfp ? (double)es.stp / (double)(es.stp + es.sfp) : 0;
    double sr = es.stp + es.sfn ? (double)es.stp / (double)(es.stp + es.sfn) : 0;
    printf("documents %lld sentences %lld style %s\n", ndoc, nsent, to.style == KTOK_UD ? "ud" : "ptb");
    printf("tokens: precision %.4f recall %.4f F1 %.4f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    printf("sentence boundaries: precision %.4f recall %.4f F1 %.4f\n", sp, sr,
           sp + sr > 0 ? 2 * sp * sr / (sp + sr) : 0);
    if (es.unaligned)
        printf("gold tokens not found in the text: %lld\n", es.unaligned);
    return 0;
}
