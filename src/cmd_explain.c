/* cmd_explain.c: `khaldun explain "SENTENCE"`: how one sentence is coded,
 * step by step, for dictionary editors: the tokens, the parse, the actor
 * and agent phrases found (dictionary file:line), the verbs and their
 * dictionary entries, and the events with the pattern that matched.
 *
 * The parse is Khaldun's own (tagger + parser models, parse_raw()) unless
 * --ptb TREE or --conllu FILE gives one. */
#include "cmd.h"
#include "cmd_common.h"
#include "conllu.h"
#include "parser.h"
#include "ptb.h"
#include "story.h"
#include "tagger.h"
#include "tokenize.h"
#include "treefix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: khaldun explain \"SENTENCE\" [--date YYYY-MM-DD] [--ptb TREE | --conllu FILE]\n"
            "                       [--model DIR] [dictionary options]\n\n"
            "Show how a sentence is coded: its tokens (with the keys the dictionaries are matched\n"
            "against), its parse (dependency tree), the actor and agent phrases found with their\n"
            "dictionary file:line and code at the date, the verbs with their dictionary entries\n"
            "(file:line, block, code) and the block's patterns whose words all occur in the\n"
            "sentence, the coder's trace (actor phrases it built, comma clauses dropped, each\n"
            "verb with its pattern file:line, source and target, events dropped), and the events\n"
            "with the pattern that matched (file:line).  Several sentences are one story: story\n"
            "context (pronouns, references) resolves across them.\n\n"
            "  --date D           date of the sentence (date-restricted actor codes); default:\n"
            "                     unknown (an actor's default code, else its most recent role)\n"
            "  --ptb TREE         the sentence's Penn Treebank parse, \"(ROOT (S ...))\"\n"
            "  --conllu FILE      the sentence's CoNLL-U parse (first sentence of FILE; '-' = stdin)\n"
            "                     With a parse the SENTENCE argument may be omitted.  Without one,\n"
            "                     the text is tokenized and parsed by Khaldun's own tagger and parser.\n"
            "  --model DIR        tagger/parser models (default: $KHALDUN_MODEL, ./data/model,\n"
            "                     data/model next to the executable)\n\n"
            "Dictionaries (default: Khaldun's own set: $KHALDUN_DICT, ./data/dict/khaldun.config.ini,\n"
            "or data/dict next to the executable):\n"
            "  --config FILE      PETRARCH2 config (PETR_config.ini); names relative to its folder\n"
            "  --verbs FILE, --actors F[,F..], --agents FILE, --discards FILE, --issues FILE\n"
            "  -v, --verbose      show malformed dictionary entries while loading\n"
            "  -h, --help         this help\n\n"
            "Exit status: 0 ok, 1 the sentence could not be parsed or coded, 2 usage or fatal error.\n");
}

/* ---- parse ------------------------------------------------------------------
 * Raw text: Khaldun's tagger and parser (models loaded on first use).
 * Returns 1 when s was parsed, 0 when the models are not available (the
 * reason is reported once). */
typedef struct rawparser {
    const char *dir;       /* --model DIR or NULL (the default lookup) */
    int tried;
    ktagger *t;
    kparser *p;
    ktag_ws tw;
    kparse_ws pw;
} rawparser;

static rawparser RP;

static int parse_raw(ksent *s)
{
    if (!RP.tried) {
        RP.tried = 1;
        kdiag d = {cli_diag, NULL, 0, 0};
        if (kcmd_load_models(RP.dir, &RP.t, &RP.p, &d) == 0) {
            ktag_ws_init(&RP.tw);
            kparse_ws_init(&RP.pw);
        }
    }
    if (!RP.t || !RP.p)
        return 0;
    ktreefix_parse(RP.t, RP.p, &RP.tw, &RP.pw, s);   /* as `code` and `validate --reparse` do */
    return 1;
}

static void parse_raw_free(void)
{
    if (RP.t) {
        ktag_ws_free(&RP.tw);
        kparse_ws_free(&RP.pw);
    }
    ktagger_free(RP.t);
    kparser_free(RP.p);
    memset(&RP, 0, sizeof RP);
}

typedef struct ex {
    const kdictset *ds;
    kcoder *coder;
    kbuf trace;            /* the coder's trace of the current sentence */
    kcoder_opts opts;
    kdiag *d;
    int failed;
} ex;

/* The coder's decisions, collected while it codes a sentence. */
static void on_trace(void *ud, const char *what, const char *msg)
{
    ex *X = ud;
    kbuf_printf(&X->trace, "  %-8s %s\n", what ? what : "", msg ? msg : "");
}

static void put_date(int d)
{
    if (d)
        printf("%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
    else
        printf("unknown");
}

static void show_tree(const ksent *s)
{
    /* children lists, then an iterative depth-first walk from the root */
    int n = s->ntok;
    int *first = xmalloc((size_t)n * sizeof *first), *next = xmalloc((size_t)n * sizeof *next);
    int *stack = xmalloc((size_t)n * sizeof *stack), *depth = xmalloc((size_t)n * sizeof *depth);
    int root = -1;
    for (int i = 0; i < n; i++)
        first[i] = next[i] = -1;
    for (int i = n - 1; i >= 0; i--) {
        int h = s->tok[i].head;
        if (h < 0)
            root = i;
        else {
            next[i] = first[h];
            first[h] = i;
        }
    }
    int sp = 0;
    if (root >= 0) {
        stack[sp] = root;
        depth[sp++] = 0;
    }
    while (sp) {
        sp--;
        int i = stack[sp], dep = depth[sp];
        const ktok *t = &s->tok[i];
        printf("  %*s%s/%s %s (%d)\n", 2 * (dep < 30 ? dep : 30), "", t->form, t->xpos[0] ? t->xpos : t->upos,
               t->deprel ? t->deprel : krel_name(t->rel), i + 1);
        /* push children in reverse so that they come out in text order */
        int kids[512], nk = 0;
        for (int c = first[i]; c >= 0 && nk < 512; c = next[c])
            kids[nk++] = c;
        for (int k = nk - 1; k >= 0; k--) {
            stack[sp] = kids[k];
            depth[sp++] = dep + 1;
        }
    }
    free(first);
    free(next);
    free(stack);
    free(depth);
}

/* Does the multi-word verb form f fit around token i? */
static int form_fits(const kdictset *ds, const ksent *s, int i, const kverbform *f)
{
    for (int k = 0; k < f->nbefore; k++) {
        int j = i - 1 - k;
        if (j < 0 || kdictset_word(ds, s->tok[j].key) != f->before[k])
            return 0;
    }
    for (int k = 0; k < f->nafter; k++) {
        int j = i + 1 + k;
        if (j >= s->ntok || kdictset_word(ds, s->tok[j].key) != f->after[k])
            return 0;
    }
    return 1;
}

/* Patterns of block b whose plain words all occur in the sentence (as a
 * token key or lemma): the ones worth reading when a verb codes wrongly.
 * The coder tries them most specific first (the block's order). */
static void show_candidates(const kdictset *ds, const ksent *s, const kverb_block *b)
{
    int *ids = xmalloc((size_t)(2 * s->ntok + 1) * sizeof *ids), n = 0;
    kbuf up;
    kbuf_init(&up);
    for (int i = 0; i < s->ntok; i++) {
        ids[n++] = kdictset_word(ds, s->tok[i].key);
        if (s->tok[i].lemma) {
            kbuf_reset(&up);
            kdict_upcase(&up, s->tok[i].lemma, strlen(s->tok[i].lemma));
            ids[n++] = kdictset_word(ds, up.s);
        }
    }
    kbuf_free(&up);
    int shown = 0, more = 0;
    for (int k = 0; k < b->npat; k++) {
        const kpattern *p = &b->pat[k];
        int all = 1;
        for (int r = 0; r < p->nreq && all; r++) {
            int found = 0;
            for (int i = 0; i < n && !found; i++)
                found = ids[i] == p->req[r];
            all = found;
        }
        /* a synset item needs a word of the sentence that may start it */
        for (int side = 0; side < 2 && all; side++) {
            const kpitem *it = side ? p->lo : p->up;
            int ni = side ? p->nlo : p->nup;
            for (int k2 = 0; k2 < ni && all; k2++) {
                if (it[k2].kind != KPI_SYNSET)
                    continue;
                const ksynset *sy = kverbs_synset(ds->verbs, it[k2].id);
                int may = 0;
                for (int i = 0; sy && i < n && !may; i++)
                    may = ids[i] > 0 && ksynset_may_start(sy, ids[i], 0);
                all = may;
            }
        }
        if (!all)
            continue;
        if (shown == 8) {
            more++;
            continue;
        }
        if (!shown)
            printf("    patterns whose words all occur here (tried most specific first):\n");
        printf("      %s:%d %s\n", kverbs_file(ds->verbs), p->line, p->text);
        shown++;
    }
    if (more)
        printf("      ... and %d more\n", more);
    free(ids);
}

static int is_verb_tag(const ktok *t)
{
    return (t->xpos[0] == 'V' && t->xpos[1] == 'B') || !strcmp(t->upos, "VERB") || !strcmp(t->upos, "AUX");
}

static void show_verbs(const ex *X, const ksent *s, int parsed)
{
    const kdictset *ds = X->ds;
    printf("verbs (verb dictionary entries of the tokens%s):\n", parsed ? " tagged as verbs" : "");
    if (!ds->verbs) {
        printf("  (no verb dictionary)\n");
        return;
    }
    int shown = 0;
    for (int i = 0; i < s->ntok; i++) {
        const ktok *t = &s->tok[i];
        if (parsed && !is_verb_tag(t))
            continue;
        const kverbform *f = NULL;
        int w = kdictset_word(ds, t->key);
        int n = kverbs_forms(ds->verbs, w, &f);
        const char *via = "form";
        if (!n && t->lemma) {
            kbuf up;
            kbuf_init(&up);
            kdict_upcase(&up, t->lemma, strlen(t->lemma));
            n = kverbs_forms(ds->verbs, kdictset_word(ds, up.s), &f);
            kbuf_free(&up);
            via = "lemma";
        }
        for (int k = 0; k < n; k++) {
            if (!form_fits(ds, s, i, &f[k]))
                continue;
            const kverb_block *b = kverbs_block(ds->verbs, f[k].block);
            printf("  %d %s: %s:%d '%s' (%s; block %s [%s%s%s], %d pattern%s) code %s%s%s\n", i + 1, t->form,
                   kverbs_file(ds->verbs), f[k].line, f[k].text, via, b ? b->name : "?",
                   b ? kintern_str(ds->in, b->code) : "?", b && b->code2 ? ":" : "",
                   b && b->code2 ? kintern_str(ds->in, b->code2) : "", b ? b->npat : 0,
                   b && b->npat == 1 ? "" : "s", kintern_str(ds->in, f[k].code), f[k].code2 ? ":" : "",
                   f[k].code2 ? kintern_str(ds->in, f[k].code2) : "");
            if (b)
                show_candidates(ds, s, b);
            shown++;
        }
    }
    if (!shown)
        printf("  (none)\n");
}

static void show_phrases(const ex *X, const ksent *s)
{
    const kdictset *ds = X->ds;
    printf("actors (dictionary phrases, longest from each token; code at the date):\n");
    int shown = 0;
    for (int i = 0; i < s->ntok;) {
        kactor_hit h;
        int n = kactors_match(ds->actors, s->tok, s->ntok, i, s->date, &h);
        if (!n) {
            i++;
            continue;
        }
        printf("  %d-%d '", i + 1, i + n);
        for (int k = i; k < i + n; k++)
            printf("%s%s", k > i ? " " : "", s->tok[k].form);
        int syn = strcmp(h.phrase, h.root) != 0;
        printf("' -> %s   %s:%d %s%s%s%s\n", h.code ? kintern_str(ds->in, h.code) : "(no code at this date)",
               h.file, h.line, h.phrase, syn ? " (synonym of " : "", syn ? h.root : "", syn ? ")" : "");
        shown++;
        i += n;
    }
    if (!shown)
        printf("  (none)\n");
    printf("agents:\n");
    shown = 0;
    for (int i = 0; i < s->ntok;) {
        kagent_hit h;
        int n = kagents_match(ds->agents, s->tok, s->ntok, i, &h);
        if (!n) {
            i++;
            continue;
        }
        printf("  %d-%d '", i + 1, i + n);
        for (int k = i; k < i + n; k++)
            printf("%s%s", k > i ? " " : "", s->tok[k].form);
        const char *c = kintern_str(ds->in, h.code);
        printf("' -> %s%s%s   %s:%d %s\n", h.after ? "~" : "", c, h.after ? "" : "~", h.file, h.line, h.phrase);
        shown++;
        i += n;
    }
    if (!shown)
        printf("  (none)\n");
}

static void explain_sent(ex *X, ksent *s, int parsed)
{
    const kdictset *ds = X->ds;
    printf("sentence: %s\n", s->text ? s->text : "");
    printf("date: ");
    put_date(s->date);
    printf("\ntokens (form, dictionary key):\n ");
    for (int i = 0; i < s->ntok; i++)
        printf(" %d:%s%s%s", i + 1, s->tok[i].form, strcmp(s->tok[i].form, s->tok[i].key) ? "=" : "",
               strcmp(s->tok[i].form, s->tok[i].key) ? s->tok[i].key : "");
    printf("\n");
    if (!parsed)
        parsed = parse_raw(s);
    if (parsed) {
        printf("parse (dependency tree: form/tag relation (token)):\n");
        show_tree(s);
    } else {
        printf("parse: not available: the parser models could not be loaded (see the message); give\n"
               "  --model DIR, or the parse with --ptb TREE or --conllu FILE, to see the events\n");
    }
    const char *which = NULL;
    int dk = s->text ? kdiscards_check(ds->discards, s->text, &which) : KDISCARD_NONE;
    if (dk != KDISCARD_NONE)
        printf("discard: '%s' (%s): the coder codes no event here\n", which ? which : "?",
               dk == KDISCARD_STORY ? "whole story" : "sentence");
    show_phrases(X, s);
    show_verbs(X, s, parsed);
    if (s->text) {
        kissue_count ic[16];
        int ni = kissues_match(ds->issues, s->text, ic, 16);
        if (ni > 0) {
            printf("issues:");
            for (int i = 0; i < ni && i < 16; i++)
                printf(" %s %d", kintern_str(ds->in, ic[i].code), ic[i].count);
            printf("\n");
        }
    }
    if (!parsed)
        return;
    kevent *ev = NULL;
    int nev = 0, cap = 0;
    kbuf_reset(&X->trace);
    int n = kcoder_code(X->coder, &X->opts, s, &ev, &nev, &cap, X->d);
    printf("coder trace (actor phrases, clauses, verbs and patterns, drops):\n%s",
           X->trace.len ? X->trace.s : "  (nothing)\n");
    if (n < 0) {
        printf("events: the sentence could not be coded (see the message)\n");
        X->failed = 1;
    } else {
        printf("events (%d):%s\n", nev, nev ? "" : " none (no verb pattern or actor pair gave one; a side "
                                                   "without code is dropped when require_dyad is on)");
        for (int i = 0; i < nev; i++) {
            const kevent *e = &ev[i];
            printf("  %s %s %s   verb '%s'\n", e->source, e->target, e->code, e->verb_text ? e->verb_text : "");
            printf("    source '%s'%s%s\n", e->source_text ? e->source_text : "",
                   e->source_resolved ? " resolved: " : "", e->source_resolved ? e->source_resolved : "");
            printf("    target '%s'%s%s\n", e->target_text ? e->target_text : "",
                   e->target_resolved ? " resolved: " : "", e->target_resolved ? e->target_resolved : "");
            if (e->pattern)
                printf("    pattern %s:%d '%s'\n", e->pattern_file ? e->pattern_file : "?", e->pattern_line,
                       e->pattern);
            if (e->issues)
                printf("    issues %s\n", e->issues);
        }
    }
    free(ev);
}

static int on_sent(void *ud, const ksent *s, size_t off)
{
    (void)off;
    ex *X = ud;
    ksent copy = *s; /* parse_raw may fill the tokens in place */
    explain_sent(X, &copy, 0);
    return 0;
}

/* First sentence of a CoNLL-U text: up to the first blank line after a
 * token line. */
static size_t conllu_first(const char *t, size_t n)
{
    size_t p = 0;
    int tokens = 0;
    while (p < n) {
        const char *nl = memchr(t + p, '\n', n - p);
        size_t e = nl ? (size_t)(nl - t) : n;
        size_t q = p;
        while (q < e && (t[q] == ' ' || t[q] == '\t' || t[q] == '\r'))
            q++;
        if (q == e && tokens)
            return p;
        if (q < e && t[q] != '#')
            tokens = 1;
        p = nl ? e + 1 : n;
    }
    return n;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *fp = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!fp)
        return NULL;
    kbuf b;
    kbuf_init(&b);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, fp)) > 0)
        kbuf_add(&b, chunk, k);
    if (fp != stdin)
        fclose(fp);
    *n = b.len;
    return kbuf_detach(&b);
}

/* "# text = ..." of a CoNLL-U text, or NULL. */
static char *conllu_text(const char *t, size_t n)
{
    const char *p = t;
    while (p < t + n) {
        const char *nl = memchr(p, '\n', (size_t)(t + n - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(t + n - p);
        if (len > 9 && !strncmp(p, "# text = ", 9)) {
            size_t l = len - 9;
            while (l && (p[9 + l - 1] == '\r'))
                l--;
            return xstrndup(p + 9, l);
        }
        p = nl ? nl + 1 : t + n;
    }
    return NULL;
}

int cmd_explain(int argc, char **argv)
{
    kcmd_dicts dopt = {0};
    const char *text = NULL, *ptb = NULL, *conllu = NULL, *date = NULL;
    const kopt opts[] = {
        KCMD_DICT_KOPTS(&dopt),
        {"--date", KOPT_STR, &date, 0, 0, NULL, NULL},
        {"--ptb", KOPT_STR, &ptb, 0, 0, NULL, NULL},
        {"--conllu", KOPT_STR, &conllu, 0, 0, NULL, NULL},
        {"--model", KOPT_STR, &RP.dir, 0, 0, NULL, NULL},
        KOPT_END,
    };
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos = 0, prc = kopt_parse("explain", opts, argc, argv, pos, &npos, usage);
    if (prc < 0 && npos > 1) {
        fprintf(stderr, "khaldun: explain: one sentence at a time (quote it)\n");
        prc = 2;
    }
    text = npos ? pos[0] : NULL;
    free(pos);
    if (prc >= 0)
        return prc;
    if (!text && !ptb && !conllu) {
        fprintf(stderr, "khaldun: explain: no sentence\n");
        usage(stderr);
        return 2;
    }
    if (ptb && conllu) {
        fprintf(stderr, "khaldun: explain: give --ptb or --conllu, not both\n");
        return 2;
    }
    int ymd = 0;
    if (date && kdate_parse(date, strlen(date), &ymd) < 0) {
        fprintf(stderr, "khaldun: explain: expected a date YYYY-MM-DD near '%s'\n", date);
        return 2;
    }
    kdiag d = {cli_diag, NULL, 0, 0};
    ex X = {0};
    X.d = &d;
    kcoder_opts_default(&X.opts);
    char *defcfg = NULL;
    if (!kcmd_dict_given(&dopt)) {
        dopt.config = defcfg = kcmd_default_dict_config();
        if (!dopt.config) {
            fprintf(stderr, "khaldun: Khaldun's own dictionaries (data/dict/khaldun.config.ini) are not "
                            "there (not in this checkout yet?): give --config FILE or --verbs/--actors/... files\n");
            return 2;
        }
    }
    kdict_files df = {0};
    int frc = kcmd_dict_files(&dopt, &df, &X.opts, &d);
    kdictset *ds = frc < 0 ? NULL : kcmd_dict_load(&dopt, &df, &d);
    kdict_files_free(&df);
    free(defcfg);
    if (!ds)
        return 2;
    X.ds = ds;
    X.coder = kcoder_new(ds);
    kbuf_init(&X.trace);
    kcoder_set_trace(X.coder, on_trace, &X);
    int rc = 0;
    karena mem;
    karena_init(&mem);
    if (ptb || conllu) {
        ksent s;
        memset(&s, 0, sizeof s);
        s.mem = &mem;
        s.id = s.story_id = "explain";
        s.date = ymd;
        char *buf = NULL, *ctext = NULL;
        int r;
        if (ptb) {
            s.text = text;
            kloc at = {"--ptb", 0, 0, NULL};
            r = kptb_parse(&s, ptb, strlen(ptb), &d, &at);
        } else {
            size_t n;
            buf = slurp(conllu, &n);
            if (!buf) {
                fprintf(stderr, "khaldun: %s: cannot read\n", conllu);
                r = -1;
            } else {
                n = conllu_first(buf, n);
                ctext = text ? NULL : conllu_text(buf, n);
                s.text = text ? text : ctext;
                kloc at = {conllu, 0, 0, NULL};
                r = kconllu_parse(&s, buf, n, &d, &at);
            }
        }
        if (r < 0 || s.ntok == 0)
            rc = 1;
        else {
            kcoder_story_begin(X.coder);
            if (!s.text) {
                /* no sentence given: the tokens joined */
                kbuf b;
                kbuf_init(&b);
                for (int i = 0; i < s.ntok; i++)
                    kbuf_printf(&b, "%s%s", i ? " " : "", s.tok[i].form);
                s.text = karena_strdup(&mem, b.s);
                kbuf_free(&b);
            }
            explain_sent(&X, &s, 1);
        }
        free(buf);
        free(ctext);
    } else {
        kstory st = {0};
        st.id = "explain";
        st.date = ymd;
        st.text = text;
        st.len = strlen(text);
        st.file = "<sentence>";
        /* the sentences given form one story: references across them resolve */
        kcoder_set_context(X.coder, 1);
        kcoder_story_begin(X.coder);
        if (ktok_story(&st, NULL, &d, &mem, on_sent, &X) == 0)
            printf("no tokens\n");
    }
    if (X.failed)
        rc = 1;
    karena_free(&mem);
    parse_raw_free();
    kbuf_free(&X.trace);
    kcoder_free(X.coder);
    kdictset_free(ds);
    return rc;
}
