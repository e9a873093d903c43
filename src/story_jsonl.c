/* story_jsonl.c: JSON Lines stories, one object per line:
 *   {"id": "reuters-1", "date": "1987-02-26", "title": "...", "text": "...",
 *    "source": "...", "url": "..."}
 * "text" is required; "date" is "YYYY-MM-DD", "YYYYMMDD" or the number
 * YYYYMMDD (--date supplies it when absent); "id" is a string or number
 * (default: file base name + ordinal). */
#include "story_int.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <yajl/yajl_parse.h>

/* Each line is parsed by yajl's streaming (callback) parser: no tree is
 * built, only the fields we use are kept.  On top of yajl we check what
 * yajl lets through and the JSON spec forbids (and jansson, used before,
 * rejected): overlong or surrogate UTF-8, lone surrogate escapes,
 * duplicate keys in the top-level object, integers out of range. */

enum { JV_NONE, JV_STR, JV_INT, JV_NULL, JV_OTHER };

typedef struct jval {
    int type;
    const char *s; /* JV_STR: decoded bytes (not NUL-terminated) */
    size_t n;
    long long i;   /* JV_INT */
} jval;

enum { JF_ID, JF_DATE, JF_TITLE, JF_TEXT, JF_SOURCE, JF_URL, JF_N };
static const char *const jf_name[JF_N] = {"id", "date", "title", "text", "source", "url"};

typedef struct jctx {
    kreader *r;
    const char *line;
    size_t linen;
    int depth;      /* open containers */
    int cur;        /* field of the current top-level member, -1 if unused */
    int notobj;     /* top-level value is not an object */
    const char *err; /* our own error, when a callback stops the parse */
    jval f[JF_N];
    kbuf keys;      /* top-level keys seen: each as its length (size_t) + bytes */
    yajl_handle h;
    size_t prev;    /* bytes consumed at the previous string callback */
} jctx;

/* Valid UTF-8 (utf8proc also rejects overlong forms and surrogates). */
static int jc_utf8(const unsigned char *s, size_t n)
{
    size_t k = 0;
    while (k < n) {
        uint64_t w;
        if (n - k >= 8 && (memcpy(&w, s + k, 8), !(w & 0x8080808080808080u))) {
            k += 8; /* eight ASCII bytes */
            continue;
        }
        if (s[k] < 0x80) {
            k++;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t m = utf8proc_iterate(s + k, (utf8proc_ssize_t)(n - k), &c);
        if (m <= 0)
            return 0;
        k += (size_t)m;
    }
    return 1;
}

static int jc_hex4(const char *p, const char *e)
{
    if (e - p < 4)
        return -1;
    int v = 0;
    for (int k = 0; k < 4; k++) {
        int ch = (unsigned char)p[k];
        int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* yajl decodes a lone UTF-16 surrogate escape (\ud800) to '?' instead of
 * failing.  When a decoded string holds a '?', look at its escapes in the
 * line: the string's token lies between the previous string callback and
 * the bytes yajl has consumed so far.  1 if a lone surrogate is there. */
static int jc_lone_surrogate(jctx *c)
{
    size_t end = yajl_get_bytes_consumed(c->h);
    if (end > c->linen || end < c->prev)
        return 0;
    const char *p = c->line + c->prev, *e = c->line + end;
    p = memchr(p, '"', (size_t)(e - p));
    if (!p)
        return 0;
    for (p++; p < e && *p != '"'; p++) {
        if (*p != '\\' || p + 1 >= e)
            continue;
        if (p[1] != 'u') {
            p++;
            continue;
        }
        int v = jc_hex4(p + 2, e);
        p += 5;
        if (v >= 0xDC00 && v <= 0xDFFF)
            return 1;
        if (v >= 0xD800 && v <= 0xDBFF) {
            int lo = e - p >= 3 && p[1] == '\\' && p[2] == 'u' ? jc_hex4(p + 3, e) : -1;
            if (lo < 0xDC00 || lo > 0xDFFF)
                return 1;
            p += 6;
        }
    }
    return 0;
}

static jval *jc_slot(jctx *c)
{
    return c->depth == 1 && c->cur >= 0 ? &c->f[c->cur] : NULL;
}

static int jc_scalar(jctx *c, int type)
{
    if (c->depth == 0)
        c->notobj = 1;
    jval *v = jc_slot(c);
    if (v)
        v->type = type;
    return 1;
}

static int cb_null(void *u)
{
    return jc_scalar(u, JV_NULL);
}

static int cb_bool(void *u, int b)
{
    (void)b;
    return jc_scalar(u, JV_OTHER);
}

static int cb_number(void *u, const char *s, size_t n)
{
    jctx *c = u;
    if (memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n))
        return jc_scalar(c, JV_OTHER);
    char b[32];
    long long v = 0;
    errno = 0;
    if (n >= sizeof b) {
        errno = ERANGE;
    } else {
        memcpy(b, s, n);
        b[n] = 0;
        v = strtoll(b, NULL, 10);
    }
    if (errno == ERANGE) {
        c->err = "too big integer";
        return 0;
    }
    jc_scalar(c, JV_INT);
    jval *f = jc_slot(c);
    if (f)
        f->i = v;
    return 1;
}

static int cb_string(void *u, const unsigned char *s, size_t n)
{
    jctx *c = u;
    if (!jc_utf8(s, n)) {
        c->err = "invalid UTF-8 in a string";
        return 0;
    }
    if (memchr(s, '?', n) && jc_lone_surrogate(c)) {
        c->err = "invalid Unicode '\\uXXXX' escape (lone surrogate)";
        return 0;
    }
    c->prev = yajl_get_bytes_consumed(c->h);
    jc_scalar(c, JV_STR);
    jval *f = jc_slot(c);
    if (f) {
        /* yajl's pointer is into the line when the string has no escapes,
         * else into its own buffer, reused for the next string */
        if ((const char *)s >= c->line && (const char *)s + n <= c->line + c->linen)
            f->s = (const char *)s;
        else
            f->s = karena_strndup(&c->r->mem, (const char *)s, n);
        f->n = n;
    }
    return 1;
}

static int cb_start(void *u)
{
    jctx *c = u;
    jval *f = jc_slot(c);
    if (f)
        f->type = JV_OTHER;
    c->depth++;
    return 1;
}

static int cb_start_array(void *u)
{
    jctx *c = u;
    if (c->depth == 0)
        c->notobj = 1;
    return cb_start(u);
}

static int cb_end(void *u)
{
    jctx *c = u;
    c->depth--;
    return 1;
}

static int cb_key(void *u, const unsigned char *s, size_t n)
{
    jctx *c = u;
    if (!jc_utf8(s, n)) {
        c->err = "invalid UTF-8 in a key";
        return 0;
    }
    if (memchr(s, 0, n)) {
        c->err = "NUL byte in object key not supported";
        return 0;
    }
    if (memchr(s, '?', n) && jc_lone_surrogate(c)) {
        c->err = "invalid Unicode '\\uXXXX' escape (lone surrogate)";
        return 0;
    }
    c->prev = yajl_get_bytes_consumed(c->h);
    if (c->depth != 1)
        return 1;
    /* duplicate top-level keys are an error, as jansson had it */
    for (size_t k = 0; k + sizeof n <= c->keys.len;) {
        size_t kn;
        memcpy(&kn, c->keys.s + k, sizeof kn);
        if (kn == n && !memcmp(c->keys.s + k + sizeof kn, s, n)) {
            c->err = "duplicate object key";
            return 0;
        }
        k += sizeof kn + kn;
    }
    kbuf_add(&c->keys, (const char *)&n, sizeof n);
    kbuf_add(&c->keys, (const char *)s, n);
    c->cur = -1;
    for (int k = 0; k < JF_N; k++)
        if (strlen(jf_name[k]) == n && !memcmp(jf_name[k], s, n)) {
            c->cur = k;
            break;
        }
    return 1;
}

static const yajl_callbacks jc_callbacks = {
    cb_null, cb_bool, NULL, NULL, cb_number, cb_string, cb_start, cb_key, cb_end, cb_start_array, cb_end,
};

/* Parse one line into c->f.  0 ok; -1 invalid JSON (message in msg, column
 * in *col); -2 not an object. */
static int jc_parse(jctx *c, const char *s, size_t n, char *msg, size_t msgn, long *col)
{
    c->line = s;
    c->linen = n;
    c->depth = 0;
    c->cur = -1;
    c->notobj = 0;
    c->err = NULL;
    c->keys.len = 0;
    c->prev = 0;
    for (int k = 0; k < JF_N; k++)
        c->f[k].type = JV_NONE;
    yajl_handle h = yajl_alloc(&jc_callbacks, NULL, c);
    if (!h)
        abort();
    c->h = h;
    yajl_status st = yajl_parse(h, (const unsigned char *)s, n);
    *col = (long)yajl_get_bytes_consumed(h);
    if (st == yajl_status_ok) {
        st = yajl_complete_parse(h);
        *col = (long)n; /* the line ended too early */
    }
    int rc = 0;
    if (st != yajl_status_ok) {
        if (c->err) {
            snprintf(msg, msgn, "%s", c->err);
        } else {
            unsigned char *e = yajl_get_error(h, 0, NULL, 0);
            snprintf(msg, msgn, "%s", e ? (const char *)e : "parse error");
            size_t m = strlen(msg);
            while (m && (msg[m - 1] == '\n' || msg[m - 1] == '.' || msg[m - 1] == ' '))
                msg[--m] = 0;
            if (e)
                yajl_free_error(h, e);
        }
        rc = -1;
    } else if (c->notobj) {
        rc = -2;
    }
    yajl_free(h);
    return rc;
}

static const char *str_field(kreader *r, const jval *v)
{
    return v->type == JV_STR ? karena_strndup(&r->mem, v->s, v->n) : NULL;
}

static int jsonl_next(kreader *r, kstory *st)
{
    const char *s;
    size_t n;
    jctx c = {0};
    c.r = r;
    for (;;) {
        int rc = kreader_line(r, &s, &n);
        if (rc == 0) {
            kbuf_free(&c.keys);
            return 0;
        }
        kreader_begin(r);
        if (rc == 2)
            continue;
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k == n) {
            r->ordinal--;
            continue;
        }
        long line = kinput_lineno(r->in);
        char msg[128];
        long col = 0;
        int pr = jc_parse(&c, s, n, msg, sizeof msg, &col);
        if (pr == -1) {
            kreader_error(r, line, col, "invalid JSON: %s, story skipped", msg);
            continue;
        }
        if (pr == -2) {
            kreader_error(r, line, 0, "expected a JSON object, story skipped");
            continue;
        }
        const jval *f = c.f;
        int ok = 0;
        const jval *t = &f[JF_TEXT], *iv = &f[JF_ID], *dv = &f[JF_DATE];
        const char *id = NULL;
        int date = 0;
        if (t->type != JV_STR) {
            kreader_error(r, line, 0, "no \"text\" string in the object, story skipped");
            goto done;
        }
        if (memchr(t->s, 0, t->n)) {
            kreader_error(r, line, 0, "NUL character in \"text\", story skipped");
            goto done;
        }
        id = str_field(r, iv);
        if (!id && iv->type == JV_INT) {
            char b[32];
            snprintf(b, sizeof b, "%lld", iv->i);
            id = karena_strdup(&r->mem, b);
        }
        if (dv->type == JV_STR) {
            int e = kdate_parse(dv->s, dv->n, &date);
            if (e) {
                kreader_error(r, line, 0, "%s date '%.*s', story skipped", e == -2 ? "impossible" : "malformed",
                              (int)dv->n, dv->s);
                goto done;
            }
        } else if (dv->type == JV_INT) {
            char b[32];
            snprintf(b, sizeof b, "%lld", dv->i);
            if (kdate_parse(b, strlen(b), &date)) {
                kreader_error(r, line, 0, "impossible date %s, story skipped", b);
                goto done;
            }
        } else if (dv->type == JV_OTHER) {
            kreader_error(r, line, 0, "\"date\" is neither a string nor a number, story skipped");
            goto done;
        }
        if (!date && r->opt.date)
            date = r->opt.date;
        if (!date) {
            kreader_error(r, line, 0, "story has no date (use --date to supply one), skipped");
            goto done;
        }
        st->title = str_field(r, &f[JF_TITLE]);
        st->source = str_field(r, &f[JF_SOURCE]);
        st->url = str_field(r, &f[JF_URL]);
        if (kreader_append(r, t->s, t->n, line))
            goto done;
        ok = 1;
    done:
        if (!ok)
            continue;
        kreader_fill(r, st, id, date, line);
        kbuf_free(&c.keys);
        return 1;
    }
}

const kfmt_ops kstory_jsonl_ops = {jsonl_next, NULL};
