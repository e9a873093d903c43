/* story_jsonl.c: JSON Lines stories, one object per line:
 *   {"id": "reuters-1", "date": "1987-02-26", "title": "...", "text": "...",
 *    "source": "...", "url": "..."}
 * "text" is required; "date" is "YYYY-MM-DD", "YYYYMMDD" or the number
 * YYYYMMDD (--date supplies it when absent); "id" is a string or number
 * (default: file base name + ordinal). */
#include "story_int.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- fast path ------------------------------------------------------
 * Most lines are one flat object whose members are strings, integers,
 * null, booleans or arrays of those.  jansson builds a tree of them one
 * character at a time (~60 % of a tokenize run); this scanner reads such a
 * line in one pass, validating exactly what jansson validates (UTF-8,
 * control characters, escapes, duplicate keys, number syntax), and gives
 * up (returns 0) on anything else -- nested objects, reals, long
 * integers, surrogate escapes, \u0000, unknown duplicate-prone shapes,
 * any error -- so that jansson parses the line and reports errors exactly
 * as before.  Values are only decoded for the fields we use. */

enum { JV_NONE, JV_STR, JV_INT, JV_NULL, JV_OTHER };

typedef struct jval {
    int type;
    const char *s; /* JV_STR: decoded bytes (not NUL-terminated) */
    size_t n;
    long long i;   /* JV_INT */
} jval;

enum { JF_ID, JF_DATE, JF_TITLE, JF_TEXT, JF_SOURCE, JF_URL, JF_N };
static const char *const jf_name[JF_N] = {"id", "date", "title", "text", "source", "url"};

typedef struct jscan {
    const unsigned char *p, *e;
    kreader *r;
} jscan;

static void js_ws(jscan *j)
{
    while (j->p < j->e && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

/* Length of the valid UTF-8 sequence at p (lead byte >= 0x80), 0 if invalid. */
static int js_utf8(const unsigned char *p, const unsigned char *e)
{
    unsigned c = p[0];
    int n;
    unsigned v;
    if (c < 0xC2)
        return 0;
    else if (c < 0xE0)
        n = 2, v = c & 0x1F;
    else if (c < 0xF0)
        n = 3, v = c & 0x0F;
    else if (c < 0xF5)
        n = 4, v = c & 0x07;
    else
        return 0;
    if (e - p < n)
        return 0;
    for (int k = 1; k < n; k++) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[k] & 0x3F);
    }
    if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    return n;
}

static int js_hex(const unsigned char *p)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        int c = p[k], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A string at j->p (on the opening quote).  With out, the decoded value
 * is stored there (pointing into the line when it has no escapes, else
 * into r->mem).  Returns 0 to give up. */
static int js_string(jscan *j, jval *out)
{
    const unsigned char *p = j->p + 1, *e = j->e, *beg = p;
    int esc = 0;
    for (;;) {
        /* eight bytes at a time while none is a control character,
         * non-ASCII, '"' or '\\' (SWAR: each test sets a byte's top bit) */
        while (e - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
            uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
            uint64_t hit = ((w - ones * 0x20) | (q - ones) | (b - ones) | w) & high;
            if (hit)
                break;
            p += 8;
        }
        while (p < e && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            p++;
        if (p >= e || *p < 0x20)
            return 0;
        if (*p == '"')
            break;
        if (*p == '\\') {
            if (e - p < 2)
                return 0;
            int c = p[1];
            if (c == 'u') {
                if (e - p < 6)
                    return 0;
                int v = js_hex(p + 2);
                if (v <= 0 || (v >= 0xD800 && v <= 0xDFFF))
                    return 0;
                p += 6;
            } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' ||
                       c == 't') {
                p += 2;
            } else {
                return 0;
            }
            esc = 1;
            continue;
        }
        int n = js_utf8(p, e);
        if (!n)
            return 0;
        p += n;
    }
    j->p = p + 1;
    if (!out)
        return 1;
    out->type = JV_STR;
    if (!esc) {
        out->s = (const char *)beg;
        out->n = (size_t)(p - beg);
        return 1;
    }
    char *d = karena_alloc(&j->r->mem, (size_t)(p - beg) + 1), *o = d;
    for (const unsigned char *q = beg; q < p;) {
        if (*q != '\\') {
            const unsigned char *bs = memchr(q, '\\', (size_t)(p - q));
            size_t run = bs ? (size_t)(bs - q) : (size_t)(p - q);
            memcpy(o, q, run);
            o += run;
            q += run;
            continue;
        }
        int c = q[1];
        if (c == 'u') {
            unsigned v = (unsigned)js_hex(q + 2);
            if (v < 0x80) {
                *o++ = (char)v;
            } else if (v < 0x800) {
                *o++ = (char)(0xC0 | (v >> 6));
                *o++ = (char)(0x80 | (v & 0x3F));
            } else {
                *o++ = (char)(0xE0 | (v >> 12));
                *o++ = (char)(0x80 | ((v >> 6) & 0x3F));
                *o++ = (char)(0x80 | (v & 0x3F));
            }
            q += 6;
            continue;
        }
        *o++ = c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : (char)c;
        q += 2;
    }
    *o = 0;
    out->s = d;
    out->n = (size_t)(o - d);
    return 1;
}

static int js_delim(const jscan *j)
{
    if (j->p >= j->e)
        return 1;
    int c = *j->p;
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Any value we accept (string, small integer, null, true, false, array of
 * those); out gets strings, integers and null.  Returns 0 to give up. */
static int js_value(jscan *j, jval *out, int depth)
{
    if (j->p >= j->e)
        return 0;
    int c = *j->p;
    if (c == '"')
        return js_string(j, out);
    if (c == '-' || (c >= '0' && c <= '9')) {
        const unsigned char *p = j->p;
        int neg = 0;
        if (*p == '-')
            neg = 1, p++;
        if (p >= j->e || *p < '0' || *p > '9')
            return 0;
        const unsigned char *d = p;
        long long v = 0;
        while (p < j->e && *p >= '0' && *p <= '9') {
            if (p - d >= 18)
                return 0; /* may not fit: jansson checks the range */
            v = v * 10 + (*p++ - '0');
        }
        if (*d == '0' && p - d > 1)
            return 0;
        j->p = p;
        if (!js_delim(j))
            return 0; /* real numbers and odd tokens: jansson */
        if (out)
            out->type = JV_INT, out->i = neg ? -v : v;
        return 1;
    }
    if (c == '[') {
        if (depth > 32)
            return 0;
        j->p++;
        js_ws(j);
        if (j->p < j->e && *j->p == ']') {
            j->p++;
        } else {
            for (;;) {
                js_ws(j);
                if (!js_value(j, NULL, depth + 1))
                    return 0;
                js_ws(j);
                if (j->p >= j->e)
                    return 0;
                if (*j->p == ']') {
                    j->p++;
                    break;
                }
                if (*j->p != ',')
                    return 0;
                j->p++;
            }
        }
        if (out)
            out->type = JV_OTHER;
        return 1;
    }
    static const char *const lit[3] = {"null", "true", "false"};
    for (int k = 0; k < 3; k++) {
        size_t n = strlen(lit[k]);
        if ((size_t)(j->e - j->p) >= n && !memcmp(j->p, lit[k], n)) {
            j->p += n;
            if (!js_delim(j))
                return 0;
            if (out)
                out->type = k == 0 ? JV_NULL : JV_OTHER;
            return 1;
        }
    }
    return 0;
}

/* Scan the line; 1 with f[] filled, 0 to let jansson do it. */
static int js_object(kreader *r, const char *s, size_t n, jval f[JF_N])
{
    jscan j = {(const unsigned char *)s, (const unsigned char *)s + n, r};
    struct {
        const unsigned char *s;
        size_t n;
    } other[16];
    int nother = 0;
    for (int k = 0; k < JF_N; k++)
        f[k].type = JV_NONE;
    js_ws(&j);
    if (j.p >= j.e || *j.p != '{')
        return 0;
    j.p++;
    js_ws(&j);
    if (j.p < j.e && *j.p == '}') {
        j.p++;
    } else {
        for (;;) {
            js_ws(&j);
            if (j.p >= j.e || *j.p != '"')
                return 0;
            const unsigned char *ks = j.p + 1;
            while (j.p + 1 < j.e && j.p[1] >= 0x20 && j.p[1] < 0x80 && j.p[1] != '"' && j.p[1] != '\\')
                j.p++;
            if (j.p + 1 >= j.e || j.p[1] != '"')
                return 0; /* escapes, non-ASCII or control characters in a key */
            size_t kn = (size_t)(j.p + 1 - ks);
            j.p += 2;
            int fk = -1;
            for (int k = 0; k < JF_N; k++)
                if (strlen(jf_name[k]) == kn && !memcmp(jf_name[k], ks, kn)) {
                    fk = k;
                    break;
                }
            if (fk >= 0) {
                if (f[fk].type != JV_NONE)
                    return 0; /* duplicate key: jansson reports it */
            } else {
                for (int k = 0; k < nother; k++)
                    if (other[k].n == kn && !memcmp(other[k].s, ks, kn))
                        return 0;
                if (nother == 16)
                    return 0;
                other[nother].s = ks;
                other[nother++].n = kn;
            }
            js_ws(&j);
            if (j.p >= j.e || *j.p != ':')
                return 0;
            j.p++;
            js_ws(&j);
            jval tmp;
            if (!js_value(&j, fk >= 0 ? &f[fk] : &tmp, 0))
                return 0;
            js_ws(&j);
            if (j.p >= j.e)
                return 0;
            if (*j.p == '}') {
                j.p++;
                break;
            }
            if (*j.p != ',')
                return 0;
            j.p++;
        }
    }
    js_ws(&j);
    return j.p == j.e;
}

/* The fields of a jansson object, as the fast path gives them. */
static void jv_from(json_t *o, jval f[JF_N])
{
    for (int k = 0; k < JF_N; k++) {
        json_t *v = json_object_get(o, jf_name[k]);
        f[k].type = JV_NONE;
        if (!v)
            continue;
        if (json_is_string(v))
            f[k].type = JV_STR, f[k].s = json_string_value(v), f[k].n = json_string_length(v);
        else if (json_is_integer(v))
            f[k].type = JV_INT, f[k].i = (long long)json_integer_value(v);
        else if (json_is_null(v))
            f[k].type = JV_NULL;
        else
            f[k].type = JV_OTHER;
    }
}

static const char *str_field(kreader *r, const jval *v)
{
    return v->type == JV_STR ? karena_strndup(&r->mem, v->s, v->n) : NULL;
}

static int jsonl_next(kreader *r, kstory *st)
{
    const char *s;
    size_t n;
    for (;;) {
        int rc = kreader_line(r, &s, &n);
        if (rc == 0)
            return 0;
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
        jval f[JF_N];
        json_t *o = NULL;
        if (!js_object(r, s, n, f)) {
            json_error_t err;
            o = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
            if (!o) {
                kreader_error(r, line, err.column > 0 ? err.column : 0, "invalid JSON: %s, story skipped", err.text);
                continue;
            }
            if (!json_is_object(o)) {
                kreader_error(r, line, 0, "expected a JSON object, story skipped");
                json_decref(o);
                continue;
            }
            jv_from(o, f);
        }
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
        if (o)
            json_decref(o);
        if (!ok)
            continue;
        kreader_fill(r, st, id, date, line);
        return 1;
    }
}

const kfmt_ops kstory_jsonl_ops = {jsonl_next, NULL};
