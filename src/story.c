/* story.c: reader dispatch, format detection, dates, path expansion. */
#include "story_int.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *fmt_names[] = {"auto", "plain", "jsonl", "tabari", "xml"};

int kstory_format_parse(const char *name)
{
    for (int i = 0; i < 5; i++)
        if (!strcmp(name, fmt_names[i]))
            return i;
    if (!strcmp(name, "json"))
        return KFMT_JSONL;
    if (!strcmp(name, "petrarch"))
        return KFMT_XML;
    return -1;
}

const char *kstory_format_name(int fmt)
{
    return fmt >= 0 && fmt < 5 ? fmt_names[fmt] : "?";
}

static int isdig(int c) { return c >= '0' && c <= '9'; }

int kdate_parse(const char *s, size_t n, int *ymd)
{
    int y, m, d;
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        for (int i = 0; i < 10; i++)
            if (i != 4 && i != 7 && !isdig((unsigned char)s[i]))
                return -1;
        y = atoi(s);
        m = (s[5] - '0') * 10 + (s[6] - '0');
        d = (s[8] - '0') * 10 + (s[9] - '0');
    } else if (n == 8) {
        for (int i = 0; i < 8; i++)
            if (!isdig((unsigned char)s[i]))
                return -1;
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        m = (s[4] - '0') * 10 + (s[5] - '0');
        d = (s[6] - '0') * 10 + (s[7] - '0');
    } else {
        return -1;
    }
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return -2;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[m - 1] + (m == 2 && leap))
        return -2;
    *ymd = y * 10000 + m * 100 + d;
    return 0;
}

/* A line " date YYYY-MM-DD ..." of the plain format? */
static int is_plain_dateline(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (n - i < 5 + 8 || memcmp(s + i, "date", 4) || (s[i + 4] != ' ' && s[i + 4] != '\t'))
        return 0;
    i += 4;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t j = i;
    while (j < n && s[j] != ' ' && s[j] != '\t')
        j++;
    int ymd;
    return kdate_parse(s + i, j - i, &ymd) != -1;
}

static int is_tabari_dateline(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && isdig((unsigned char)s[i]))
        i++;
    return (i == 6 || i == 8) && i < n && (s[i] == ' ' || s[i] == '\t');
}

int kstory_detect(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (i < n && s[i] == '{')
        return KFMT_JSONL;
    if (i < n && s[i] == '<')
        return KFMT_XML;
    size_t ls = 0;
    for (size_t k = 0; k <= n; k++) {
        if (k < n && s[k] != '\n')
            continue;
        if (k < n || k > ls) {   /* a complete line, or the tail */
            if (is_plain_dateline(s + ls, k - ls))
                return KFMT_PLAIN;
            if (is_tabari_dateline(s + ls, k - ls))
                return KFMT_TABARI;
        }
        ls = k + 1;
    }
    return KFMT_PLAIN;
}

static char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    if (!strcmp(path, "-") || !strcmp(path, "<stdin>"))
        b = "stdin";
    char *s = xstrdup(b);
    size_t n = strlen(s);
    if (n > 3 && !strcmp(s + n - 3, ".gz"))
        s[n -= 3] = 0;
    else if (n > 4 && !strcmp(s + n - 4, ".zst"))
        s[n -= 4] = 0;
    char *dot = strrchr(s, '.');
    if (dot && dot != s)
        *dot = 0;
    return s;
}

kreader *kreader_open(const char *path, const kstory_opt *opt, kdiag *d)
{
    kinput *in = kinput_open(path, d);
    if (!in)
        return NULL;
    const char *s;
    size_t n;
    kinput_peek(in, 64 * 1024, &s, &n);
    kloc l = {kinput_name(in), 0, 0, NULL};
    if (kinput_failed(in)) {
        kinput_close(in);
        return NULL;
    }
    /* binary: at least 4 control bytes (NUL, other C0 except white space
     * and ESC), making up 1% of the first 64 KiB; a stray NUL in a text
     * file only costs its story (kreader_line) */
    size_t ctl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        ctl += c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1B;
    }
    if (ctl >= 4 && ctl * 100 >= n) {
        const char *nul = memchr(s, 0, n);
        const char *at = nul;
        for (size_t i = 0; !at && i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1B)
                at = s + i;
        }
        l.line = 1;
        for (const char *p = s; p < at; p++)
            l.line += *p == '\n';
        kdiag_report(d, KD_ERROR, &l, "not a text file (%s byte at offset %zu), skipped", nul ? "NUL" : "control",
                     (size_t)(at - s));
        kinput_close(in);
        return NULL;
    }
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r'))
        k++;
    if (k == n) {
        l.line = 1;
        kdiag_report(d, KD_ERROR, &l, n ? "no stories (only white space)" : "empty file, no stories");
        kinput_close(in);
        return NULL;
    }
    kreader *r = xcalloc(1, sizeof *r);
    r->in = in;
    r->name = kinput_name(in);
    r->d = d;
    if (opt)
        r->opt = *opt;
    if (!r->opt.max_line)
        r->opt.max_line = 8u << 20;
    if (!r->opt.max_story)
        r->opt.max_story = 16u << 20;
    r->format = r->opt.format ? r->opt.format : kstory_detect(s, n);
    switch (r->format) {
    case KFMT_JSONL: r->ops = &kstory_jsonl_ops; break;
    case KFMT_TABARI: r->ops = &kstory_tabari_ops; break;
    case KFMT_XML: r->ops = &kstory_xml_ops; break;
    default: r->ops = &kstory_plain_ops; r->format = KFMT_PLAIN; break;
    }
    karena_init(&r->mem);
    kbuf_init(&r->text);
    r->base = base_name(path);
    return r;
}

int kreader_next(kreader *r, kstory *st)
{
    memset(st, 0, sizeof *st);
    return r->ops->next(r, st);
}

int kreader_format(const kreader *r) { return r->format; }

void kreader_close(kreader *r)
{
    if (!r)
        return;
    if (r->ops->fini)
        r->ops->fini(r);
    kinput_close(r->in);
    karena_free(&r->mem);
    kbuf_free(&r->text);
    free(r->base);
    free(r);
}

void kreader_error(kreader *r, long line, long col, const char *fmt, ...)
{
    kbuf b;
    kbuf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    kbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    kloc l = {r->name, (int)line, (int)col, NULL};
    kdiag_report(r->d, KD_ERROR, &l, "%s", b.s);
    kbuf_free(&b);
}

void kreader_begin(kreader *r)
{
    karena_reset(&r->mem);
    kbuf_reset(&r->text);
    r->ordinal++;
}

const char *kreader_default_id(kreader *r)
{
    kbuf b;
    kbuf_init(&b);
    kbuf_printf(&b, "%s-%d", r->base, r->ordinal);
    const char *id = karena_strndup(&r->mem, b.s, b.len);
    kbuf_free(&b);
    return id;
}

void kreader_fill(kreader *r, kstory *st, const char *id, int date, long line)
{
    while (r->text.len && (r->text.s[r->text.len - 1] == '\n' || r->text.s[r->text.len - 1] == ' '))
        r->text.s[--r->text.len] = 0;
    st->id = id ? id : kreader_default_id(r);
    st->date = date;
    st->text = r->text.s;
    st->len = r->text.len;
    st->file = r->name;
    st->line = line;
}

int kreader_line(kreader *r, const char **s, size_t *n)
{
    size_t toolong;
    if (!kinput_getline(r->in, s, n, r->opt.max_line, &toolong))
        return 0;
    long ln = kinput_lineno(r->in);
    if (ln == 1 && *n >= 3 && !memcmp(*s, "\xEF\xBB\xBF", 3)) {   /* byte order mark */
        *s += 3;
        *n -= 3;
    }
    if (toolong) {
        kreader_error(r, ln, 0, "line of %zu bytes is longer than the limit of %zu, story skipped", toolong,
                      r->opt.max_line);
        return 2;
    }
    const char *nul = memchr(*s, 0, *n);
    if (nul) {
        kreader_error(r, ln, (long)(nul - *s) + 1, "NUL byte in text (binary data?), story skipped");
        return 2;
    }
    return 1;
}

int kreader_append(kreader *r, const char *s, size_t n, long line)
{
    if (r->text.len + n + 2 > r->opt.max_story) {
        kreader_error(r, line, 0, "story longer than the limit of %zu bytes, skipped", r->opt.max_story);
        return -1;
    }
    kbuf_add(&r->text, s, n);
    return 0;
}

/* ---- paths ---- */

typedef struct plist {
    char **v;
    size_t n, cap;
} plist;

static void padd(plist *p, char *s)
{
    XGROW(p->v, p->cap, p->n + 1);
    p->v[p->n++] = s;
}

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *dir, kdiag *d, plist *out, int depth)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        kloc l = {dir, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot read directory: %s", strerror(errno));
        return;
    }
    plist names = {0};
    struct dirent *e;
    while ((e = readdir(dp)))
        if (e->d_name[0] != '.')
            padd(&names, xstrdup(e->d_name));
    closedir(dp);
    if (names.n)
        qsort(names.v, names.n, sizeof *names.v, cmpstr);
    for (size_t i = 0; i < names.n; i++) {
        kbuf b;
        kbuf_init(&b);
        kbuf_printf(&b, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names.v[i]);
        struct stat sb;
        if (stat(b.s, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            if (depth < 64)
                walk(b.s, d, out, depth + 1);
            kbuf_free(&b);
        } else {
            padd(out, kbuf_detach(&b));   /* unreadable or dangling: reported at open */
        }
        free(names.v[i]);
    }
    free(names.v);
}

void kstory_paths(char *const *paths, int n, kdiag *d, char ***out, int *nout)
{
    plist p = {0};
    for (int i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(paths[i], "-") && stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode))
            walk(paths[i], d, &p, 0);
        else
            padd(&p, xstrdup(paths[i]));
    }
    *out = p.v;
    *nout = (int)p.n;
}

void kstory_paths_free(char **paths, int n)
{
    for (int i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}
