/* dictlint.c: see dictlint.h.  The checks use the loaded set (dict.h and
 * verbs.h read access) for what it keeps, and one more pass over the verb
 * file's text for what the loaded form does not keep (where synsets are
 * defined and used, the column of every code). */
#include "dictlint.h"
#include "text.h"
#include "tokenize.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#if defined(__has_include)
#if __has_include("cameo.h")
#include "cameo.h"
#define KDL_HAVE_CAMEO 1
#endif
#endif

static const char *const kind_names[KDL__COUNT] = {
    "malformed", "conflict", "duplicate", "verb", "nocode", "dates", "overlap", "synset", "token", "code", "empty",
};

const char *kdlint_kind_name(int kind)
{
    return kind >= 0 && kind < KDL__COUNT ? kind_names[kind] : "?";
}

/* ---- ontology ------------------------------------------------------------ */

struct kdlint_onto {
    char **codes;          /* sorted */
    int n;
    char *name;
};

static int strpcmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void onto_sort(kdlint_onto *o)
{
    qsort(o->codes, (size_t)o->n, sizeof *o->codes, strpcmp);
    int k = 0;
    for (int i = 0; i < o->n; i++) {
        if (k && !strcmp(o->codes[k - 1], o->codes[i])) {
            free(o->codes[i]);
            continue;
        }
        o->codes[k++] = o->codes[i];
    }
    o->n = k;
}

kdlint_onto *kdlint_onto_read(const char *path, kdiag *d)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open the ontology (event code list)");
        return NULL;
    }
    kdlint_onto *o = xcalloc(1, sizeof *o);
    o->name = xstrdup(path);
    size_t cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, fp)) >= 0) {
        if (!isdigit((unsigned char)line[0]))
            continue;
        size_t n = strcspn(line, " \t\r\n");
        XGROW(o->codes, cap, (size_t)o->n + 1);
        o->codes[o->n++] = xstrndup(line, n);
    }
    free(line);
    fclose(fp);
    if (!o->n) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "expected event codes (lines starting with a digit) in the ontology");
        kdlint_onto_free(o);
        return NULL;
    }
    onto_sort(o);
    return o;
}

kdlint_onto *kdlint_onto_builtin(void)
{
#ifdef KDL_HAVE_CAMEO
    kdlint_onto *o = xcalloc(1, sizeof *o);
    o->name = xstrdup("built-in CAMEO table");
    o->codes = xcalloc((size_t)kcameo_nrows + 1, sizeof *o->codes);
    for (int i = 0; i < kcameo_nrows; i++)
        o->codes[o->n++] = xstrdup(kcameo_rows[i].code);
    onto_sort(o);
    return o;
#else
    return NULL;
#endif
}

void kdlint_onto_free(kdlint_onto *o)
{
    if (!o)
        return;
    for (int i = 0; i < o->n; i++)
        free(o->codes[i]);
    free(o->codes);
    free(o->name);
    free(o);
}

int kdlint_onto_count(const kdlint_onto *o)
{
    return o ? o->n : 0;
}

int kdlint_onto_has(const kdlint_onto *o, const char *code)
{
    if (!o || !code)
        return 0;
    return bsearch(&code, o->codes, (size_t)o->n, sizeof *o->codes, strpcmp) != NULL;
}

const char *kdlint_onto_name(const kdlint_onto *o)
{
    return o ? o->name : "";
}

/* ---- findings and source lines --------------------------------------------- */

typedef struct finding {
    int rank, line, col, level, kind;
    size_t seq;
    const char *file;
    char *msg;
} finding;

typedef struct srcfile {
    char *path;
    char *buf;             /* whole file, NUL-terminated */
    size_t len;
    size_t *off;           /* start of line k+1 */
    int nlines;
} srcfile;

struct kdlint {
    const kdict_files *f;
    const kdlint_onto *onto;
    finding *fd;
    size_t nfd, capfd;
    karena mem;
    srcfile *src;
    size_t nsrc, capsrc;
    kdlint_counts counts;
    /* token check cache: word (upper case) -> 1 ok, 2 reported-bad */
    kintern *words;
    unsigned char *wstate;
    size_t capw;
    char **wmsg;           /* reason per bad word */
    ktok_doc doc;
    kbuf tmp;
};

kdlint *kdlint_new(const kdict_files *f, const kdlint_onto *o)
{
    kdlint *L = xcalloc(1, sizeof *L);
    L->f = f;
    L->onto = o;
    karena_init(&L->mem);
    L->words = kintern_new();
    ktok_doc_init(&L->doc);
    kbuf_init(&L->tmp);
    return L;
}

void kdlint_free(kdlint *L)
{
    if (!L)
        return;
    for (size_t i = 0; i < L->nfd; i++)
        free(L->fd[i].msg);
    free(L->fd);
    for (size_t i = 0; i < L->nsrc; i++) {
        free(L->src[i].path);
        free(L->src[i].buf);
        free(L->src[i].off);
    }
    free(L->src);
    karena_free(&L->mem);
    kintern_free(L->words);
    free(L->wstate);
    if (L->wmsg) {
        for (size_t i = 0; i < L->capw; i++)
            free(L->wmsg[i]);
        free(L->wmsg);
    }
    ktok_doc_free(&L->doc);
    kbuf_free(&L->tmp);
    free(L);
}

const kdlint_counts *kdlint_get_counts(const kdlint *L)
{
    return &L->counts;
}

static int file_rank(const kdlint *L, const char *file)
{
    const kdict_files *f = L->f;
    if (!file || !f)
        return 1000;
    if (f->verbs && !strcmp(f->verbs, file))
        return 0;
    for (int i = 0; i < f->nactors; i++)
        if (!strcmp(f->actors[i], file))
            return 1 + i;
    if (f->agents && !strcmp(f->agents, file))
        return 1 + f->nactors;
    if (f->discards && !strcmp(f->discards, file))
        return 2 + f->nactors;
    if (f->issues && !strcmp(f->issues, file))
        return 3 + f->nactors;
    return 1000;
}

static void add(kdlint *L, int level, int kind, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static void add(kdlint *L, int level, int kind, const char *file, int line, int col, const char *fmt, ...)
{
    XGROW(L->fd, L->capfd, L->nfd + 1);
    finding *x = &L->fd[L->nfd];
    x->seq = L->nfd++;
    x->rank = file_rank(L, file);
    x->file = file ? karena_strdup(&L->mem, file) : NULL;
    x->line = line;
    x->col = col;
    x->level = level;
    x->kind = kind;
    kbuf b;
    kbuf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    kbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    kbuf_printf(&b, " [%s]", kind_names[kind]);
    x->msg = kbuf_detach(&b);
    L->counts.n[kind][level]++;
    if (level == KD_WARN)
        L->counts.warnings++;
    else if (level >= KD_ERROR)
        L->counts.errors++;
}

static int fdcmp(const void *a, const void *b)
{
    const finding *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->rank == 1000 && x->file && y->file) {
        int c = strcmp(x->file, y->file);
        if (c)
            return c;
    }
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void kdlint_flush(kdlint *L, kdiag *d, int notes)
{
    if (L->nfd)
        qsort(L->fd, L->nfd, sizeof *L->fd, fdcmp);
    for (size_t i = 0; i < L->nfd; i++) {
        finding *x = &L->fd[i];
        if (x->level == KD_NOTE && !notes) {
            free(x->msg);
            continue;
        }
        kloc l = {x->file, x->line, x->col, NULL};
        kdiag_report(d, x->level, &l, "%s", x->msg);
        free(x->msg);
    }
    L->nfd = 0;
}

static srcfile *src_get(kdlint *L, const char *path)
{
    for (size_t i = 0; i < L->nsrc; i++)
        if (!strcmp(L->src[i].path, path))
            return &L->src[i];
    XGROW(L->src, L->capsrc, L->nsrc + 1);
    srcfile *s = &L->src[L->nsrc++];
    memset(s, 0, sizeof *s);
    s->path = xstrdup(path);
    FILE *fp = fopen(path, "rb");
    size_t cap = 0;
    if (fp) {
        char chunk[65536];
        size_t n;
        kbuf b;
        kbuf_init(&b);
        while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
            kbuf_add(&b, chunk, n);
        fclose(fp);
        s->len = b.len;
        s->buf = kbuf_detach(&b);
    } else {
        s->buf = xstrdup("");
    }
    size_t p = 0;
    while (p < s->len || (p == 0 && s->len == 0)) {
        XGROW(s->off, cap, (size_t)s->nlines + 1);
        s->off[s->nlines++] = p;
        const char *nl = memchr(s->buf + p, '\n', s->len - p);
        if (!nl)
            break;
        p = (size_t)(nl - s->buf) + 1;
    }
    return s;
}

/* Line `line` (1-based) of path: pointer and length (without the newline). */
static const char *src_line(kdlint *L, const char *path, int line, size_t *n)
{
    srcfile *s = src_get(L, path);
    if (line < 1 || line > s->nlines) {
        *n = 0;
        return "";
    }
    size_t b = s->off[line - 1];
    size_t e = line < s->nlines ? s->off[line] : s->len;
    while (e > b && (s->buf[e - 1] == '\n' || s->buf[e - 1] == '\r'))
        e--;
    *n = e - b;
    return s->buf + b;
}

/* Column of the first non-blank byte of the line (after a leading '+' or
 * '-' marker when skipmark), 1 when none. */
static int col_first(kdlint *L, const char *path, int line, int skipmark)
{
    size_t n;
    const char *s = src_line(L, path, line, &n);
    size_t i = 0;
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (skipmark && i < n && (s[i] == '+' || s[i] == '-')) {
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    return i < n ? (int)i + 1 : 1;
}

/* Column of the first case-insensitive occurrence of w (as a whole word:
 * not preceded or followed by a letter/digit) in the line, else fallback. */
static int col_word(kdlint *L, const char *path, int line, const char *w, int fallback)
{
    size_t n, wn = strlen(w);
    const char *s = src_line(L, path, line, &n);
    if (!wn)
        return fallback;
    for (size_t i = 0; i + wn <= n; i++) {
        if (strncasecmp(s + i, w, wn))
            continue;
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue;
        if (i + wn < n && isalnum((unsigned char)s[i + wn]))
            continue;
        return (int)i + 1;
    }
    return fallback;
}

/* ---- loading ------------------------------------------------------------- */

typedef struct loadsink {
    kdlint *L;
    kdiag *to;
} loadsink;

static void load_sink(void *ud, int level, const kloc *loc, const char *msg)
{
    loadsink *s = ud;
    if (level == KD_NOTE && strstr(msg, "malformed") && strstr(msg, "skipped"))
        return; /* per-file count: the findings say it */
    if (strstr(msg, "used but never defined"))
        return; /* reported with line and column by the synset check */
    if (level == KD_WARN) {
        add(s->L, KD_ERROR, KDL_MALFORMED, loc->file, loc->line, loc->col, "%s (entry skipped)", msg);
        return;
    }
    if (s->to && s->to->fn)
        s->to->fn(s->to->ud, level, loc, msg);
    if (s->to && level >= KD_ERROR)
        s->to->nerror++;
    else if (s->to && level == KD_WARN)
        s->to->nwarn++;
}

kdictset *kdlint_load(kdlint *L, kdiag *d)
{
    loadsink ls = {L, d};
    kdiag ld = {load_sink, &ls, 0, 0};
    return kdictset_load(L->f, 0, &ld);
}

/* ---- token check ----------------------------------------------------------- */

static void fmt_date(char *buf, size_t n, int d)
{
    snprintf(buf, n, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
}

/* Tokens of "the W is here" (or "the W Is here") between the frame words:
 * returns their number; the first token's key goes to L->tmp. */
static int frame_tokens(kdlint *L, const char *w, size_t n, const char *after, kbuf *forms)
{
    kbuf t;
    kbuf_init(&t);
    kbuf_puts(&t, "the ");
    kbuf_add(&t, w, n);
    kbuf_puts(&t, after);
    ktok_split(t.s, t.len, NULL, &L->doc);
    int k = 0;
    kbuf_reset(forms);
    kbuf_reset(&L->tmp);
    size_t wend = 4 + n;
    for (size_t i = 0; i < L->doc.ntok; i++) {
        kspan sp = L->doc.tok[i];
        if (sp.beg < 4 || (size_t)sp.end > wend)
            continue;
        if (k)
            kbuf_puts(forms, "' '");
        kbuf_add(forms, t.s + sp.beg, (size_t)(sp.end - sp.beg));
        if (!k)
            ktext_key(t.s + sp.beg, (size_t)(sp.end - sp.beg), &L->tmp);
        k++;
    }
    kbuf_free(&t);
    return k;
}

/* Check one dictionary word w[0,n) (as written).  Returns NULL when raw
 * text can yield it as one token with the same key, else the reason
 * (owned by L). */
static const char *word_problem(kdlint *L, const char *w, size_t n)
{
    if (!n || memchr(w, '!', n))
        return NULL;
    kbuf up;
    kbuf_init(&up);
    kdict_upcase(&up, w, n);
    int id = kintern_add(L->words, up.s, up.len);
    if ((size_t)id >= L->capw) {
        size_t old = L->capw;
        size_t cap = old ? old : 1024;
        while (cap <= (size_t)id)
            cap *= 2;
        L->wstate = xrealloc(L->wstate, cap);
        memset(L->wstate + old, 0, cap - old);
        L->wmsg = xrealloc(L->wmsg, cap * sizeof *L->wmsg);
        memset(L->wmsg + old, 0, (cap - old) * sizeof *L->wmsg);
        L->capw = cap;
    }
    if (L->wstate[id]) {
        kbuf_free(&up);
        return L->wstate[id] == 1 ? NULL : L->wmsg[id];
    }
    L->wstate[id] = 1;
    kbuf forms;
    kbuf_init(&forms);
    int k = frame_tokens(L, up.s, up.len, " is here", &forms);
    if (k != 1 && up.s[up.len - 1] == '.')
        k = frame_tokens(L, up.s, up.len, " Is here", &forms);
    kbuf msg;
    kbuf_init(&msg);
    if (k != 1)
        kbuf_printf(&msg, "the tokenizer splits '%s' into '%s'", up.s, forms.s);
    else if (strcmp(L->tmp.s, up.s))
        kbuf_printf(&msg, "the token '%s' has the key '%s', the dictionary word '%s'", forms.s, L->tmp.s, up.s);
    if (msg.len) {
        L->wstate[id] = 2;
        L->wmsg[id] = kbuf_detach(&msg);
    }
    kbuf_free(&msg);
    kbuf_free(&forms);
    kbuf_free(&up);
    return L->wstate[id] == 2 ? L->wmsg[id] : NULL;
}

/* Check every word of a phrase (split on blanks and '_'); report the first
 * problem at the word's column. */
static void phrase_tokens(kdlint *L, const char *what, const char *phrase, const char *file, int line,
                          int fallback_col)
{
    const char *p = phrase;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '_')
            p++;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '_')
            p++;
        if (p == w)
            break;
        const char *why = word_problem(L, w, (size_t)(p - w));
        if (why) {
            char word[256];
            snprintf(word, sizeof word, "%.*s", (int)(p - w), w);
            add(L, KD_WARN, KDL_TOKEN, file, line, col_word(L, file, line, word, fallback_col),
                "%s '%s' never matches raw text: %s", what, phrase, why);
            return;
        }
    }
}

/* ---- actors ---------------------------------------------------------------- */

static int same_actor_codes(const kactors *a, int e1, int e2)
{
    kactor_entry x, y;
    if (!kactors_entry(a, e1, &x) || !kactors_entry(a, e2, &y) || x.ncodes != y.ncodes)
        return 0;
    for (int k = 0; k < x.ncodes; k++) {
        kactor_code p, q;
        kactors_entry_code(a, e1, k, &p);
        kactors_entry_code(a, e2, k, &q);
        if (p.code != q.code || p.kind != q.kind || p.d1 != q.d1 || p.d2 != q.d2)
            return 0;
    }
    return 1;
}

/* "FILE:LINE" or "line LINE" when in the same file. */
static const char *where(kdlint *L, const char *here, const char *file, int line)
{
    kbuf b;
    kbuf_init(&b);
    if (here && file && !strcmp(here, file))
        kbuf_printf(&b, "line %d", line);
    else
        kbuf_printf(&b, "%s:%d", file ? file : "?", line);
    char *s = karena_strdup(&L->mem, b.s);
    kbuf_free(&b);
    return s;
}

static void range_text(char *buf, size_t n, const kactor_code *c)
{
    char a[16], b[16];
    fmt_date(a, sizeof a, c->d1);
    fmt_date(b, sizeof b, c->d2);
    if (c->kind == KAC_BEFORE)
        snprintf(buf, n, "<%s", a);
    else if (c->kind == KAC_AFTER)
        snprintf(buf, n, ">%s", a);
    else if (c->kind == KAC_BETWEEN)
        snprintf(buf, n, "%s..%s", a, b);
    else
        snprintf(buf, n, "default");
}

static void interval(const kactor_code *c, int *lo, int *hi)
{
    *lo = c->kind == KAC_BEFORE ? 0 : c->d1;
    *hi = c->kind == KAC_AFTER ? 99999999 : c->kind == KAC_BEFORE ? c->d1 : c->d2;
}

static void check_dates(kdlint *L, const kdictset *s, int e, const kactor_entry *en)
{
    const kactors *a = s->actors;
    int firstdef = -1;
    kactor_code c, p;
    for (int k = 0; k < en->ncodes; k++) {
        kactors_entry_code(a, e, k, &c);
        const char *code = kintern_str(s->in, c.code);
        char r1[48], r2[48];
        range_text(r1, sizeof r1, &c);
        if (c.kind == KAC_DEFAULT) {
            if (firstdef >= 0) {
                kactors_entry_code(a, e, firstdef, &p);
                if (p.code != c.code)
                    add(L, KD_ERROR, KDL_DATES, en->file, c.line, c.col,
                        "second default code '%s' of '%s' never applies (the first default '%s' at %s does)",
                        code, en->root, kintern_str(s->in, p.code), where(L, en->file, en->file, p.line));
                else
                    add(L, KD_WARN, KDL_DUPLICATE, en->file, c.line, c.col,
                        "default code '%s' of '%s' repeats %s", code, en->root,
                        where(L, en->file, en->file, p.line));
            } else
                firstdef = k;
            continue;
        }
        int lo, hi;
        interval(&c, &lo, &hi);
        if (lo > hi) {
            add(L, KD_ERROR, KDL_DATES, en->file, c.line, c.col,
                "date range %s of '%s' is empty: '%s' never applies", r1, en->root, code);
            continue;
        }
        for (int j = 0; j < k; j++) {
            kactors_entry_code(a, e, j, &p);
            if (p.kind == KAC_DEFAULT)
                continue;
            int plo, phi;
            interval(&p, &plo, &phi);
            if (plo > phi)
                continue;
            int olo = lo > plo ? lo : plo, ohi = hi < phi ? hi : phi;
            if (olo > ohi)
                continue;
            range_text(r2, sizeof r2, &p);
            const char *pcode = kintern_str(s->in, p.code);
            if (plo <= lo && hi <= phi) {
                if (p.code == c.code)
                    add(L, KD_WARN, KDL_DUPLICATE, en->file, c.line, c.col,
                        "'%s' %s of '%s' is already covered by '%s' %s at %s", code, r1, en->root, pcode, r2,
                        where(L, en->file, en->file, p.line));
                else
                    add(L, KD_ERROR, KDL_DATES, en->file, c.line, c.col,
                        "'%s' %s of '%s' never applies: covered by '%s' %s at %s (the first restriction that "
                        "applies wins)", code, r1, en->root, pcode, r2, where(L, en->file, en->file, p.line));
                break;
            }
            if (p.code != c.code) {
                char o1[16], o2[16];
                fmt_date(o1, sizeof o1, olo);
                fmt_date(o2, sizeof o2, ohi);
                if (olo == ohi)
                    add(L, KD_NOTE, KDL_OVERLAP, en->file, c.line, c.col,
                        "'%s' %s of '%s' overlaps '%s' %s at %s on %s (the earlier wins that day)", code, r1,
                        en->root, pcode, r2, where(L, en->file, en->file, p.line), o1);
                else
                    add(L, KD_WARN, KDL_OVERLAP, en->file, c.line, c.col,
                        "'%s' %s of '%s' overlaps '%s' %s at %s from %s to %s (the earlier wins there)", code,
                        r1, en->root, pcode, r2, where(L, en->file, en->file, p.line), o1, o2);
            }
        }
    }
}

static void check_actors(kdlint *L, const kdictset *s)
{
    const kactors *a = s->actors;
    int ea, eb;
    for (int k = 0; kactors_dup(a, k, &ea, &eb); k++) {
        kactor_hit o, n;
        kactors_phrase(a, ea, &o);
        kactors_phrase(a, eb, &n);
        int col = col_first(L, n.file, n.line, 1);
        if (same_actor_codes(a, o.entry, n.entry))
            add(L, KD_WARN, KDL_DUPLICATE, n.file, n.line, col,
                "actor phrase '%s' defined again (first at %s) with the same codes", n.phrase,
                where(L, n.file, o.file, o.line));
        else
            add(L, KD_ERROR, KDL_CONFLICT, n.file, n.line, col,
                "actor phrase '%s' defined again (first at %s) with other codes: the later wins", n.phrase,
                where(L, n.file, o.file, o.line));
    }
    int ne = kactors_count(a);
    for (int e = 0; e < ne; e++) {
        kactor_entry en;
        kactors_entry(a, e, &en);
        if (!en.ncodes)
            add(L, KD_WARN, KDL_NOCODE, en.file, en.line, col_first(L, en.file, en.line, 0),
                "actor entry '%s' has no code (a forgotten '+' before a synonym?)", en.root);
        else
            check_dates(L, s, e, &en);
    }
    int np = kactors_nphrases(a);
    for (int p = 0; p < np; p++) {
        kactor_hit h;
        kactors_phrase(a, p, &h);
        phrase_tokens(L, "actor phrase", h.phrase, h.file, h.line, col_first(L, h.file, h.line, 1));
    }
}

/* ---- agents ----------------------------------------------------------------- */

typedef struct ipair {
    int a, b;
} ipair;

static int ipaircmp(const void *x, const void *y)
{
    const ipair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static void check_agents(kdlint *L, const kdictset *s)
{
    const kagents *a = s->agents;
    ipair *pr = NULL;
    size_t n = 0, cap = 0;
    int x, y;
    for (int k = 0; kagents_dup(a, k, &x, &y); k++) {
        XGROW(pr, cap, n + 1);
        pr[n].a = x;
        pr[n++].b = y;
    }
    if (n)
        qsort(pr, n, sizeof *pr, ipaircmp);
    for (size_t i = 0; i < n; i++) {
        if (i && pr[i].a == pr[i - 1].a && pr[i].b == pr[i - 1].b)
            continue;
        kagent_hit o, w;
        kagents_entry(a, pr[i].a, &o);
        kagents_entry(a, pr[i].b, &w);
        int col = col_first(L, w.file, w.line, 0);
        if (o.code == w.code && o.after == w.after)
            add(L, KD_WARN, KDL_DUPLICATE, w.file, w.line, col,
                "agent '%s' generates a form of '%s' (line %d) again with the same code", w.phrase, o.phrase,
                o.line);
        else
            add(L, KD_ERROR, KDL_CONFLICT, w.file, w.line, col,
                "agent '%s' generates a form of '%s' (line %d) again with another code: the later wins",
                w.phrase, o.phrase, o.line);
    }
    free(pr);
    int na = kagents_count(a);
    for (int i = 0; i < na; i++) {
        kagent_hit h;
        kagents_entry(a, i, &h);
        phrase_tokens(L, "agent", h.phrase, h.file, h.line, col_first(L, h.file, h.line, 0));
    }
}

/* ---- verbs: text pass (synsets, codes) ---------------------------------------- */

typedef struct synuse {
    int defline, defcol, ndef, useline, usecol, nuse;
} synuse;

static int cameo_shape(const char *c)
{
    size_t n = strlen(c);
    if (n < 2 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)c[i]))
            return 0;
    int root = (c[0] - '0') * 10 + (c[1] - '0');
    return root >= 1 && root <= 20;
}

typedef struct codectx {
    int shape_mode;        /* no ontology: 1 when most codes look like CAMEO */
} codectx;

static void check_code(kdlint *L, const codectx *cx, const char *file, int line, int col, const char *code)
{
    if (!*code || !strcmp(code, "---"))
        return;
    if (L->onto) {
        if (!kdlint_onto_has(L->onto, code))
            add(L, KD_ERROR, KDL_CODE, file, line, col, "event code '%s' is not in the ontology (%s)", code,
                kdlint_onto_name(L->onto));
    } else if (cx->shape_mode && !cameo_shape(code)) {
        add(L, KD_WARN, KDL_CODE, file, line, col,
            "event code '%s' does not have the shape of a CAMEO code (2-4 digits, root 01-20); "
            "give --ontology FILE to check codes against a code list", code);
    }
}

/* Codes in "[A]", "[A:B]", "[:B]" at s (s at '['): calls fn for each part. */
static void each_code(kdlint *L, const codectx *cx, const char *file, int line, const char *raw, const char *s)
{
    const char *e = strchr(s, ']');
    if (!e)
        return;
    const char *p = s + 1;
    while (p < e) {
        while (p < e && (*p == ' ' || *p == ':'))
            p++;
        const char *q = p;
        while (q < e && *q != ' ' && *q != ':')
            q++;
        if (q > p) {
            char code[64];
            snprintf(code, sizeof code, "%.*s", (int)(q - p), p);
            check_code(L, cx, file, line, (int)(p - raw) + 1, code);
        }
        p = q;
    }
}

/* Strip a '#' comment outside [...] in place (as the verb reader does). */
static void strip_hash(char *s)
{
    int br = 0;
    for (char *p = s; *p; p++) {
        if (*p == '[')
            br = 1;
        else if (*p == ']')
            br = 0;
        else if (*p == '#' && !br) {
            *p = 0;
            return;
        }
    }
}

static int synsep(char c)
{
    return c == ' ' || c == '\t' || c == '_' || c == '(' || c == ')' || c == '{' || c == '}' || c == 0 ||
           c == '[' || c == ']';
}

/* Patterns written again in one verb block: same text (blanks collapsed,
 * upper case) before the code.  PETRARCH-2 files (dialect 2): the later line
 * replaces the earlier (the verb reader keeps only it); TABARI files: both
 * are kept and the earlier is tried first, so the later never applies. */
typedef struct patsig {
    kintern *sigs;
    int *line;
    char **code;
    size_t cap;
} patsig;

static void repeated_pattern(kdlint *L, patsig *rp, int dialect, const char *file, int ln, int col, int block,
                             const char *q, const char *br)
{
    kbuf b;
    kbuf_init(&b);
    kbuf_printf(&b, "%d|", block);
    const char *p = q[0] == '-' ? q + 1 : q;
    int blank = 0;
    for (; p < br; p++) {
        if (*p == ' ' || *p == '\t') {
            blank = 1;
            continue;
        }
        if (blank && b.s[b.len - 1] != '|')
            kbuf_putc(&b, ' ');
        blank = 0;
        kbuf_putc(&b, (char)toupper((unsigned char)*p));
    }
    char code[64];
    size_t cn = 0;
    for (const char *c = br + 1; *c && *c != ']' && cn + 1 < sizeof code; c++)
        if (*c != ' ' && *c != '\t')
            code[cn++] = *c;
    code[cn] = 0;
    int id = kintern_add(rp->sigs, b.s, b.len);
    kbuf_free(&b);
    if ((size_t)id >= rp->cap) {
        size_t old = rp->cap, cap = old;
        XGROW(rp->line, cap, (size_t)id + 1);
        rp->code = xrealloc(rp->code, cap * sizeof *rp->code);
        memset(rp->line + old, 0, (cap - old) * sizeof *rp->line);
        memset(rp->code + old, 0, (cap - old) * sizeof *rp->code);
        rp->cap = cap;
    }
    if (!rp->line[id]) {
        rp->line[id] = ln;
        rp->code[id] = karena_strdup(&L->mem, code);
        return;
    }
    if (!strcmp(rp->code[id], code))
        add(L, KD_WARN, KDL_DUPLICATE, file, ln, col, "pattern repeats the pattern at line %d of the same verb block",
            rp->line[id]);
    else if (dialect == 2)
        add(L, KD_ERROR, KDL_CONFLICT, file, ln, col,
            "pattern repeats the pattern at line %d of the same verb block with another code: the later line "
            "wins (PETRARCH-2), line %d never applies", rp->line[id], rp->line[id]);
    else
        add(L, KD_ERROR, KDL_CONFLICT, file, ln, col,
            "pattern repeats the pattern at line %d of the same verb block with another code: it never applies",
            rp->line[id]);
}

static void verbs_text_pass(kdlint *L, const kdictset *s, const char *file)
{
    srcfile *sf = src_get(L, file);
    kintern *names = kintern_new();
    synuse *u = NULL;
    size_t capu = 0;
    int *uses = NULL;      /* (synset id, line, col) triples in order */
    size_t nuses = 0, capuses = 0;
    patsig rp;
    memset(&rp, 0, sizeof rp);
    rp.sigs = kintern_new();
    int block = 0, kdialect = kverbs_dialect(s->verbs);
    /* pass 1: collect the codes to decide on the shape rule */
    codectx cx = {0};
    int ncode = 0, nshape = 0;
    int insyn = 0;
    kbuf line;
    kbuf_init(&line);
    for (int pass = 0; pass < 2; pass++) {
        insyn = 0;
        block = 0;
        for (int ln = 1; ln <= sf->nlines; ln++) {
            size_t n;
            const char *raw = src_line(L, file, ln, &n);
            kbuf_reset(&line);
            kbuf_add(&line, raw, n);
            char *t = line.s;
            size_t lead = 0;
            if (ln == 1 && n >= 3 && (unsigned char)t[0] == 0xEF && (unsigned char)t[1] == 0xBB &&
                (unsigned char)t[2] == 0xBF)
                lead = 3;
            while (t[lead] == ' ' || t[lead] == '\t' || t[lead] == '\r')
                lead++;
            char *q = t + lead;
            if (*q == '<')
                continue;
            strip_hash(q);
            size_t qn = strlen(q);
            while (qn && (q[qn - 1] == ' ' || q[qn - 1] == '\t' || q[qn - 1] == '\r'))
                q[--qn] = 0;
            if (!qn)
                continue;
            if (q[0] == '&') { /* synset definition */
                insyn = 1;
                if (pass == 0)
                    continue;
                size_t m = strcspn(q, " \t");
                while (m > 1 && q[m - 1] == '_')
                    m--;
                for (size_t i = 0; i < m; i++)
                    q[i] = (char)toupper((unsigned char)q[i]);
                int id = kintern_add(names, q, m);
                if ((size_t)id >= capu) {
                    size_t old = capu;
                    XGROW(u, capu, (size_t)id + 1);
                    memset(u + old, 0, (capu - old) * sizeof *u);
                }
                if (u[id].ndef++ == 0) {
                    u[id].defline = ln;
                    u[id].defcol = (int)(q - t) + 1;
                } else {
                    add(L, KD_WARN, KDL_SYNSET, file, ln, (int)(q - t) + 1,
                        "synset '%.*s' defined again (first at line %d): its members are merged", (int)m, q,
                        u[id].defline);
                }
                continue;
            }
            if (q[0] == '+' && insyn) {
                /* member: may use other synsets; its words must be tokens */
                for (char *p = q + 1; pass == 1 && *p;) {
                    while (*p == ' ' || *p == '\t' || *p == '_')
                        p++;
                    char *w = p;
                    while (*p && *p != ' ' && *p != '\t' && *p != '_')
                        p++;
                    if (p == w || *w == '&')
                        continue;
                    const char *why = word_problem(L, w, (size_t)(p - w));
                    if (why) {
                        add(L, KD_WARN, KDL_TOKEN, file, ln, (int)(w - t) + 1,
                            "synset member '%s' never matches raw text: %s", q + 1, why);
                        break;
                    }
                }
            } else {
                insyn = 0;
                if (q[0] == '~') {
                    if (pass == 0)
                        continue;
                    goto uses; /* transformations use synsets too */
                }
                /* codes: block header "--- NAME [C] ---" (first '['), pattern
                 * (last '['), verb line (first '[') */
                int pattern = q[0] == '-' && strncmp(q, "---", 3) != 0;
                pattern = pattern || (q[0] != '-' && strchr(q, '*') != NULL);
                char *br = pattern ? strrchr(q, '[') : strchr(q, '[');
                if (!strncmp(q, "---", 3))
                    block++;
                if (pass == 1 && pattern && br)
                    repeated_pattern(L, &rp, kdialect, file, ln, (int)(q - t) + 1, block, q, br);
                if (br) {
                    if (pass == 0) {
                        const char *e = strchr(br, ']');
                        const char *p = br + 1;
                        while (e && p < e) {
                            while (p < e && (*p == ' ' || *p == ':'))
                                p++;
                            const char *z = p;
                            while (z < e && *z != ' ' && *z != ':')
                                z++;
                            if (z > p) {
                                char code[64];
                                snprintf(code, sizeof code, "%.*s", (int)(z - p), p);
                                if (strcmp(code, "---")) {
                                    ncode++;
                                    nshape += cameo_shape(code);
                                }
                            }
                            p = z;
                        }
                    } else {
                        each_code(L, &cx, file, ln, t, br);
                    }
                }
                if (!strncmp(q, "---", 3))
                    continue;
            }
            if (pass == 0)
                continue;
        uses: /* synset uses */
            for (char *p = q; *p; p++) {
                if (*p != '&' || synsep(p[1]) || (p > q && !synsep(p[-1]) && p[-1] != '+'))
                    continue;
                char *e = p + 1;
                while (!synsep(*e))
                    e++;
                for (char *z = p; z < e; z++)
                    *z = (char)toupper((unsigned char)*z);
                int id = kintern_add(names, p, (size_t)(e - p));
                if ((size_t)id >= capu) {
                    size_t old = capu;
                    XGROW(u, capu, (size_t)id + 1);
                    memset(u + old, 0, (capu - old) * sizeof *u);
                }
                if (u[id].nuse++ == 0) {
                    u[id].useline = ln;
                    u[id].usecol = (int)(p - t) + 1;
                }
                XGROW(uses, capuses, nuses + 3);
                uses[nuses++] = id;
                uses[nuses++] = ln;
                uses[nuses++] = (int)(p - t) + 1;
                p = e - 1;
            }
        }
        if (pass == 0)
            cx.shape_mode = ncode > 0 && nshape * 2 > ncode;
    }
    kbuf_free(&line);
    int nn = kintern_count(names);
    for (size_t i = 0; i < nuses; i += 3) {
        synuse *x = &u[uses[i]];
        if (!x->ndef)
            add(L, KD_ERROR, KDL_SYNSET, file, uses[i + 1], uses[i + 2],
                "synset '%s' is never defined: this entry can never match", kintern_str(names, uses[i]));
    }
    for (int id = 1; id <= nn; id++) {
        synuse *x = &u[id];
        if (x->ndef && x->nuse && x->useline < x->defline)
            add(L, KD_WARN, KDL_SYNSET, file, x->useline, x->usecol, "synset '%s' used before its definition at line %d",
                kintern_str(names, id), x->defline);
        if (x->ndef && !x->nuse)
            add(L, KD_WARN, KDL_SYNSET, file, x->defline, x->defcol, "synset '%s' is never used",
                kintern_str(names, id));
    }
    /* defined without members: nothing can match it */
    const ksynset *sy;
    for (int i = 0; s->verbs && (sy = kverbs_synset(s->verbs, i)) != NULL; i++) {
        int id = kintern_find(names, sy->name, strlen(sy->name));
        if (id > 0 && (size_t)id < capu && u[id].ndef && sy->nalt == 0)
            add(L, KD_ERROR, KDL_EMPTY, file, u[id].defline, u[id].defcol,
                "synset '%s' has no members: nothing that uses it can match", sy->name);
    }
    kintern_free(rp.sigs);
    free(rp.line);
    free(rp.code);
    free(uses);
    free(u);
    kintern_free(names);
}

/* ---- verbs: loaded structure (patterns, forms) ------------------------------- */

static void check_patterns(kdlint *L, const kdictset *s, const char *file)
{
    const kverbs *v = s->verbs;
    const kverb_block *bl;
    for (int bi = 0; (bl = kverbs_block(v, bi)) != NULL; bi++) {
        for (int k = 0; k < bl->npat; k++) {
            const kpattern *p = &bl->pat[k];
            if (!p->nup && !p->nlo)
                add(L, KD_WARN, KDL_EMPTY, file, p->line, col_first(L, file, p->line, 0),
                    "pattern has nothing but '*': it applies to every use of the verbs of block %s "
                    "(give the code to the verb line instead)", bl->name);
        }
        /* words of the patterns */
        for (int k = 0; k < bl->npat; k++) {
            const kpattern *p = &bl->pat[k];
            for (int side = 0; side < 2; side++) {
                const kpitem *it = side ? p->lo : p->up;
                int n = side ? p->nlo : p->nup;
                for (int i = 0; i < n; i++) {
                    if (it[i].kind != KPI_WORD)
                        continue;
                    const char *w = kintern_str(s->in, it[i].id);
                    const char *why = word_problem(L, w, strlen(w));
                    if (why) {
                        add(L, KD_WARN, KDL_TOKEN, file, p->line, col_word(L, file, p->line, w, 1),
                            "pattern word '%s' never matches raw text: %s", w, why);
                        side = 2;
                        break;
                    }
                }
            }
        }
    }
}

typedef struct fpair {
    int a, b, w;           /* earlier line, later line, form word */
    const kverbform *x, *y;
} fpair;

static int fpaircmp(const void *x, const void *y)
{
    const fpair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    if (p->b != q->b)
        return p->b < q->b ? -1 : 1;
    return p->w < q->w ? -1 : p->w > q->w;
}

static int same_ids(const int *a, int na, const int *b, int nb)
{
    if (na != nb)
        return 0;
    for (int i = 0; i < na; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

static void check_forms(kdlint *L, const kdictset *s, const char *file)
{
    const kverbs *v = s->verbs;
    int nw = kintern_count(s->in);
    fpair *seen = NULL;
    size_t nseen = 0, capseen = 0;
    ipair *tokseen = NULL;
    size_t ntok = 0, captok = 0;
    for (int w = 1; w <= nw; w++) {
        const kverbform *f;
        int n = kverbs_forms(v, w, &f);
        for (int i = 0; i < n; i++) {
            /* the words of the form (once per line and word) */
            XGROW(tokseen, captok, ntok + 1);
            tokseen[ntok].a = f[i].line;
            tokseen[ntok++].b = w;
            for (int j = 0; j < n; j++) {
                if (f[j].line >= f[i].line)
                    continue;
                if (!same_ids(f[i].before, f[i].nbefore, f[j].before, f[j].nbefore) ||
                    !same_ids(f[i].after, f[i].nafter, f[j].after, f[j].nafter))
                    continue;
                XGROW(seen, capseen, nseen + 1);
                seen[nseen].a = f[j].line;
                seen[nseen].b = f[i].line;
                seen[nseen].x = &f[j];
                seen[nseen].y = &f[i];
                seen[nseen++].w = w;
            }
        }
    }
    /* report each pair of lines once, at the later line */
    if (nseen)
        qsort(seen, nseen, sizeof *seen, fpaircmp);
    for (size_t k = 0; k < nseen; k++) {
        if (k && seen[k].a == seen[k - 1].a && seen[k].b == seen[k - 1].b)
            continue;
        const kverbform *x = seen[k].x, *y = seen[k].y;
        const char *form = kintern_str(s->in, seen[k].w);
        int col = col_first(L, file, y->line, 0);
        const kverb_block *bx = kverbs_block(v, x->block), *by = kverbs_block(v, y->block);
        if (x->code == y->code && x->code2 == y->code2)
            add(L, KD_WARN, KDL_DUPLICATE, file, y->line, col, "verb form '%s' is also listed at line %d (%s)",
                form, x->line, bx ? bx->name : "?");
        else
            add(L, KD_WARN, KDL_VERB, file, y->line, col,
                "verb form '%s' (%s, code %s) is also listed at line %d (%s, code %s): the coder uses one "
                "block by dialect", form, by ? by->name : "?", kintern_str(s->in, y->code), x->line,
                bx ? bx->name : "?", kintern_str(s->in, x->code));
    }
    free(seen);
    /* words the tokenizer never yields: the verb word itself (forms list) */
    if (ntok)
        qsort(tokseen, ntok, sizeof *tokseen, ipaircmp);
    int lastline = -1;
    for (size_t k = 0; k < ntok; k++) {
        if (tokseen[k].a == lastline)
            continue;
        const char *w = kintern_str(s->in, tokseen[k].b);
        const char *why = word_problem(L, w, strlen(w));
        if (why) {
            add(L, KD_WARN, KDL_TOKEN, file, tokseen[k].a, col_word(L, file, tokseen[k].a, w, 1),
                "verb form '%s' never matches raw text: %s", w, why);
            lastline = tokseen[k].a;
        }
    }
    free(tokseen);
}

void kdlint_check(kdlint *L, const kdictset *s)
{
    if (!s)
        return;
    if (s->verbs) {
        const char *vf = kverbs_file(s->verbs);
        verbs_text_pass(L, s, vf);
        check_patterns(L, s, vf);
        check_forms(L, s, vf);
    }
    check_actors(L, s);
    check_agents(L, s);
}

/* ---- stats helpers --------------------------------------------------------------- */

int kdlint_verb_codes(const kdictset *s, const char ***codes)
{
    *codes = NULL;
    if (!s || !s->verbs)
        return 0;
    int nin = kintern_count(s->in);
    unsigned char *mark = xcalloc((size_t)nin + 1, 1);
    const kverb_block *b;
    for (int i = 0; (b = kverbs_block(s->verbs, i)) != NULL; i++) {
        mark[b->code] = mark[b->code2] = 1;
        for (int k = 0; k < b->npat; k++)
            mark[b->pat[k].code] = mark[b->pat[k].code2] = 1;
    }
    for (int w = 1; w <= nin; w++) {
        const kverbform *f;
        int n = kverbs_forms(s->verbs, w, &f);
        for (int i = 0; i < n; i++)
            mark[f[i].code] = mark[f[i].code2] = 1;
    }
    const char **out = NULL;
    size_t cap = 0, n = 0;
    for (int id = 1; id <= nin; id++) {
        if (!mark[id])
            continue;
        const char *c = kintern_str(s->in, id);
        if (!strcmp(c, "---"))
            continue;
        XGROW(out, cap, n + 1);
        out[n++] = c;
    }
    free(mark);
    if (n)
        qsort(out, n, sizeof *out, strpcmp);
    *codes = out;
    return (int)n;
}

typedef struct prefcount {
    char pre[4];
    int n;
} prefcount;

static int prefcmp(const void *a, const void *b)
{
    const prefcount *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->pre, y->pre);
}

int kdlint_people(const kdictset *s, char (**pre)[4], int **count, int *people)
{
    *pre = NULL;
    *count = NULL;
    *people = 0;
    if (!s)
        return 0;
    prefcount *pc = NULL;
    size_t npc = 0, cap = 0;
    int ne = kactors_count(s->actors);
    for (int e = 0; e < ne; e++) {
        kactor_entry en;
        kactors_entry(s->actors, e, &en);
        int dated = 0;
        kactor_code c;
        for (int k = 0; k < en.ncodes; k++) {
            kactors_entry_code(s->actors, e, k, &c);
            if (c.kind != KAC_DEFAULT)
                dated = 1;
        }
        if (!dated)
            continue;
        (*people)++;
        char seen[16][4];
        int nseen = 0;
        for (int k = 0; k < en.ncodes; k++) {
            kactors_entry_code(s->actors, e, k, &c);
            char p[4];
            snprintf(p, sizeof p, "%s", kintern_str(s->in, c.code));
            int dup = 0;
            for (int j = 0; j < nseen; j++)
                if (!strcmp(seen[j], p))
                    dup = 1;
            if (dup)
                continue;
            if (nseen < 16)
                memcpy(seen[nseen++], p, 4);
            size_t i;
            for (i = 0; i < npc; i++)
                if (!strcmp(pc[i].pre, p))
                    break;
            if (i == npc) {
                XGROW(pc, cap, npc + 1);
                memcpy(pc[npc].pre, p, 4);
                pc[npc++].n = 0;
            }
            pc[i].n++;
        }
    }
    if (npc)
        qsort(pc, npc, sizeof *pc, prefcmp);
    *pre = xmalloc((npc ? npc : 1) * sizeof **pre);
    *count = xmalloc((npc ? npc : 1) * sizeof **count);
    for (size_t i = 0; i < npc; i++) {
        memcpy((*pre)[i], pc[i].pre, 4);
        (*count)[i] = pc[i].n;
    }
    free(pc);
    return (int)npc;
}
