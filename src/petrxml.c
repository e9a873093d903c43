/* petrxml.c: see petrxml.h.
 *
 *   FILE --64 KiB chunks--> xfix (repairs, same byte positions) --> expat
 *        --> handlers: collect one record --> kptb_parse / kconllu_parse
 *        --> callback --> arena reset
 */
#include "petrxml.h"

#include "conllu.h"
#include "ptb.h"

#include <ctype.h>
#include <errno.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* ---- xfix: the repair filter ---- */

enum { XS_TEXT, XS_TAG, XS_COMMENT, XS_DECL, XS_CDATA };
#define XF_LOOK 40   /* bytes of lookahead the filter needs */

typedef struct xbad { long line, col; } xbad;

typedef struct xfix {
    int state;
    char quote;          /* inside a quoted attribute value */
    int linestart;       /* only blanks since the last newline */
    int hashline;        /* this line of text starts with '#' */
    int sent_tag;        /* inside a <Sentence ...> start tag */
    size_t tag_start;    /* its '<' in out */
    int open_conv;       /* a self-closed <Sentence/> was turned into an open tag */
    long line, col;      /* position of the next input byte */
    kbuf in, out;        /* pending input (carry + chunk), filtered output */
    xbad *bad;           /* invalid bytes replaced by '?' */
    int nbad;
    size_t capbad;
} xfix;

static void xfix_init(xfix *f)
{
    memset(f, 0, sizeof *f);
    f->linestart = 1;
    f->line = 1;
    f->col = 1;
    kbuf_init(&f->in);
    kbuf_init(&f->out);
}

static void xfix_free(xfix *f)
{
    kbuf_free(&f->in);
    kbuf_free(&f->out);
    free(f->bad);
}

#define starts(p, n, lit) ((n) >= sizeof(lit) - 1 && !memcmp((p), (lit), sizeof(lit) - 1))

static int name_end(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '/' || ch == '>'; }

/* Element names of the format; any other "<name" is text (the suites
 * write pseudo-tags such as <PLEvent {...}> in records and headers). */
static int known_tag(const char *p, size_t n)
{
#define N(x) {x, sizeof(x) - 1}
    static const struct { const char *s; size_t n; } names[] = {
        N("Validation"), N("Environment"), N("Verbfile"), N("Actorfile"), N("Agentfile"), N("Discardfile"),
        N("Issuefile"), N("Errorfile"), N("Include"), N("Exclude"), N("Pause"), N("PICOfile"), N("Config"),
        N("Sentences"), N("Sentence"), N("EventCoding"), N("Text"), N("Parse"), {NULL, 0}};
#undef N
    size_t i = 1;
    if (i < n && p[i] == '/')
        i++;
    size_t b = i;
    while (i < n && (isalnum((unsigned char)p[i]) || p[i] == '.' || p[i] == '-' || p[i] == '_' || p[i] == ':'))
        i++;
    if (i == b)
        return 1; /* not a name: let expat judge it */
    for (int k = 0; names[k].s; k++)
        if (names[k].n == i - b && !memcmp(names[k].s, p + b, i - b))
            return 1;
    return 0;
}

/* Append one byte (the common case without a call). */
static inline void put1(kbuf *o, char ch)
{
    if (o->len + 1 < o->cap) {
        o->s[o->len++] = ch;
        o->s[o->len] = 0;
    } else
        kbuf_putc(o, ch);
}

/* Filter f->in; final: no more input will come.  Output is appended to
 * f->out; unprocessed bytes stay in f->in. */
static void xfix_run(xfix *f, int final)
{
    const char *s = f->in.s;
    size_t n = f->in.len, i = 0;
    kbuf *o = &f->out;
    while (i < n && (final || n - i >= XF_LOOK)) {
        unsigned char ch = (unsigned char)s[i];
        size_t rest = n - i;
        /* UTF-8 and control bytes first. */
        if (ch >= 0x80) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)rest, &cp);
            if (m <= 0) {
                XGROW(f->bad, f->capbad, (size_t)f->nbad + 1);
                f->bad[f->nbad++] = (xbad){f->line, f->col};
                put1(o, '?');
                i++;
                f->col++;
            } else {
                kbuf_add(o, s + i, (size_t)m);
                i += (size_t)m;
                f->col++;
            }
            f->linestart = 0;
            continue;
        }
        if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') {
            XGROW(f->bad, f->capbad, (size_t)f->nbad + 1);
            f->bad[f->nbad++] = (xbad){f->line, f->col};
            put1(o, '?');
            i++;
            f->col++;
            continue;
        }
        if (ch == '\n') {
            put1(o, '\n');
            i++;
            f->line++;
            f->col = 1;
            if (f->state == XS_TEXT) {
                f->linestart = 1;
                f->hashline = 0;
            }
            continue;
        }
        if (f->state == XS_TEXT && !f->linestart && !f->hashline) {
            /* a run of plain ASCII text: copy it at once */
            size_t j = i;
            while (j < n && (n - j >= XF_LOOK || final)) {
                unsigned char cj = (unsigned char)s[j];
                if (cj == '<' || cj == '\n' || cj >= 0x80 || (cj < 0x20 && cj != '\t' && cj != '\r'))
                    break;
                j++;
            }
            if (j > i) {
                kbuf_add(o, s + i, j - i);
                f->col += (long)(j - i);
                i = j;
                continue;
            }
        }
        switch (f->state) {
        case XS_TEXT:
            if (f->linestart && ch == '#')
                f->hashline = 1;
            if (ch != ' ' && ch != '\t' && ch != '\r')
                f->linestart = 0;
            if (f->hashline && (ch == '<' || ch == '&')) {
                put1(o, ' ');
                break;
            }
            if (ch != '<') {
                put1(o, (char)ch);
                break;
            }
            if (starts(s + i, rest, "<!--")) {
                f->state = XS_COMMENT;
                kbuf_add(o, "<!--", 4);
                i += 4;
                f->col += 4;
                continue;
            }
            if (starts(s + i, rest, "<![CDATA[")) {
                f->state = XS_CDATA;
                kbuf_add(o, s + i, 9);
                i += 9;
                f->col += 9;
                continue;
            }
            if (rest > 1 && (s[i + 1] == '?' || s[i + 1] == '!')) {
                f->state = XS_DECL;
                put1(o, '<');
                break;
            }
            if (!known_tag(s + i, rest)) {
                put1(o, ' '); /* "<PLEvent {...}>", "<EventCoding...>" in a header */
                break;
            }
            if (f->open_conv && starts(s + i, rest, "</Sentence") && rest > 10 && name_end(s[i + 10]))
                f->open_conv = 0;
            else if (f->open_conv && (starts(s + i, rest, "</Sentences") ||
                                      (starts(s + i, rest, "<Sentence") && rest > 9 && name_end(s[i + 9])))) {
                kbuf_puts(o, "</Sentence>");
                f->open_conv = 0;
            }
            f->sent_tag = starts(s + i, rest, "<Sentence") && rest > 9 && name_end(s[i + 9]);
            f->tag_start = o->len;
            f->state = XS_TAG;
            f->quote = 0;
            put1(o, '<');
            break;
        case XS_TAG:
            if (f->quote) {
                if (ch == (unsigned char)f->quote)
                    f->quote = 0;
            } else if (ch == '"' || ch == '\'')
                f->quote = (char)ch;
            else if (ch == '>') {
                if (f->sent_tag) {
                    size_t k = o->len;
                    while (k > f->tag_start && (o->s[k - 1] == ' ' || o->s[k - 1] == '\t' ||
                                                o->s[k - 1] == '\n' || o->s[k - 1] == '\r'))
                        k--;
                    if (k > f->tag_start && o->s[k - 1] == '/') {
                        o->s[k - 1] = ' ';
                        f->open_conv = 1;
                    }
                }
                f->sent_tag = 0;
                f->state = XS_TEXT;
            }
            put1(o, (char)ch);
            break;
        case XS_COMMENT:
            if (ch == '-' && rest > 1 && s[i + 1] == '-') {
                if (rest > 2 && s[i + 2] == '>') {
                    kbuf_add(o, "-->", 3);
                    i += 3;
                    f->col += 3;
                    f->state = XS_TEXT;
                    continue;
                }
                put1(o, ' '); /* "--" is not allowed inside a comment */
                break;
            }
            put1(o, (char)ch);
            break;
        case XS_DECL:
            if (ch == '>')
                f->state = XS_TEXT;
            put1(o, (char)ch);
            break;
        case XS_CDATA:
            if (starts(s + i, rest, "]]>")) {
                kbuf_add(o, "]]>", 3);
                i += 3;
                f->col += 3;
                f->state = XS_TEXT;
                continue;
            }
            put1(o, (char)ch);
            break;
        }
        i++;
        f->col++;
    }
    /* keep the unprocessed tail */
    memmove(f->in.s, f->in.s + i, n - i);
    f->in.len = n - i;
    if (f->in.cap)
        f->in.s[f->in.len] = 0;
}

/* How much of f->out may go to expat now (a Sentence start tag is held back
 * until its '>' is seen, since it may have to be rewritten). */
static size_t xfix_ready(const xfix *f)
{
    return f->state == XS_TAG && f->sent_tag ? f->tag_start : f->out.len;
}

static void xfix_consume(xfix *f, size_t n)
{
    memmove(f->out.s, f->out.s + n, f->out.len - n);
    f->out.len -= n;
    if (f->out.cap)
        f->out.s[f->out.len] = 0;
    if (f->tag_start >= n)
        f->tag_start -= n;
}

/* ---- the reader ---- */

enum { CAP_NONE, CAP_TEXT, CAP_PARSE, CAP_FIELD };

typedef struct px {
    XML_Parser p;
    const char *file;
    kdiag *d;
    const kpx_handler *h;
    xfix fx;
    karena rec_mem, pend_mem, env_mem;
    kpx_record r;
    int in_env, in_sent, capture, stop, nrec;
    kbuf text, parse, field;
    int parse_line, parse_col, parse_seen;
    int field_which;   /* 0 verbs 1 actors 2 agents 3 discards 4 issues 5 pico */
    kpx_env env;
    size_t capenvopt;
    kpx_opt *pre, *ropt;
    int npre, nropt;
    size_t cappre, capropt;
    kpx_expect *exp;
    int nexp;
    size_t capexp;
} px;

static const char *attr(const char **a, const char *name)
{
    for (int i = 0; a[i]; i += 2)
        if (!strcmp(a[i], name))
            return a[i + 1];
    return NULL;
}

static int truthy(const char *v)
{
    if (!v)
        return -1;
    while (*v == ' ')
        v++;
    return !strncasecmp(v, "true", 4) || !strcmp(v, "1") || !strncasecmp(v, "yes", 3);
}

static void cur_loc(px *x, kloc *l)
{
    memset(l, 0, sizeof *l);
    l->file = x->file;
    l->line = (int)XML_GetCurrentLineNumber(x->p);
    l->col = (int)XML_GetCurrentColumnNumber(x->p) + 1;
    l->record = x->in_sent ? x->r.sent.id : NULL;
}

static int parse_date(const char *v)
{
    if (!v)
        return -1;
    while (*v == ' ')
        v++;
    size_t n = strlen(v);
    while (n && v[n - 1] == ' ')
        n--;
    int y, m, d;
    char tail;
    if (n == 8) {
        for (size_t i = 0; i < 8; i++)
            if (!isdigit((unsigned char)v[i]))
                return -1;
        y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
        m = (v[4] - '0') * 10 + (v[5] - '0');
        d = (v[6] - '0') * 10 + (v[7] - '0');
    } else if (n == 10 && sscanf(v, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3) {
        ;
    } else if (n == 6 && strspn(v, "0123456789") == 6) {
        /* TABARI's YYMMDD: 00-50 are 20xx, 51-99 19xx */
        y = (v[0] - '0') * 10 + (v[1] - '0');
        y += y <= 50 ? 2000 : 1900;
        m = (v[2] - '0') * 10 + (v[3] - '0');
        d = (v[4] - '0') * 10 + (v[5] - '0');
    } else
        return -1;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return -1;
    return y * 10000 + m * 100 + d;
}

static void on_start(void *ud, const char *name, const char **a)
{
    px *x = ud;
    if (x->stop)
        return;
    if (!strcmp(name, "Environment")) {
        x->in_env = 1;
        return;
    }
    if (x->in_env && !x->in_sent) {
        static const char *const fields[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile", "Issuefile",
                                             "PICOfile"};
        for (int i = 0; i < 6; i++)
            if (!strcmp(name, fields[i])) {
                x->capture = CAP_FIELD;
                x->field_which = i;
                kbuf_reset(&x->field);
                return;
            }
    }
    if (!strcmp(name, "Config")) {
        const char *o = attr(a, "option"), *v = attr(a, "value");
        if (!o || !v) {
            kloc l;
            cur_loc(x, &l);
            kdiag_report(x->d, KD_WARN, &l, "<Config> without option= and value= ignored");
            return;
        }
        if (x->in_sent) {
            XGROW(x->ropt, x->capropt, (size_t)x->nropt + 1);
            x->ropt[x->nropt++] = (kpx_opt){karena_strdup(&x->rec_mem, o), karena_strdup(&x->rec_mem, v)};
        } else if (x->in_env) {
            XGROW(x->env.opts, x->capenvopt, (size_t)x->env.nopt + 1);
            x->env.opts[x->env.nopt++] = (kpx_opt){karena_strdup(&x->env_mem, o), karena_strdup(&x->env_mem, v)};
        } else {
            XGROW(x->pre, x->cappre, (size_t)x->npre + 1);
            x->pre[x->npre++] = (kpx_opt){karena_strdup(&x->pend_mem, o), karena_strdup(&x->pend_mem, v)};
        }
        return;
    }
    if (!strcmp(name, "Sentence")) {
        kpx_record *r = &x->r;
        karena_reset(&x->rec_mem);
        memset(r, 0, sizeof *r);
        r->sent.mem = &x->rec_mem;
        r->file = x->file;
        r->line = (int)XML_GetCurrentLineNumber(x->p);
        x->nrec++;
        const char *id = attr(a, "id");
        char gen[32];
        if (!id || !*id) {
            snprintf(gen, sizeof gen, "record-%d", x->nrec);
            id = gen;
        }
        r->sent.id = karena_strdup(&x->rec_mem, id);
        /* story id: the id without a final "_<digits>" */
        const char *us = strrchr(r->sent.id, '_');
        int digits = us && us[1];
        for (const char *q = us ? us + 1 : ""; *q; q++)
            if (!isdigit((unsigned char)*q))
                digits = 0;
        r->sent.story_id = digits ? karena_strndup(&x->rec_mem, r->sent.id, (size_t)(us - r->sent.id)) : r->sent.id;
        x->in_sent = 1;
        const char *date = attr(a, "date");
        r->sent.date = parse_date(date);
        if (r->sent.date < 0) {
            kloc l;
            cur_loc(x, &l);
            if (date)
                kdiag_report(x->d, KD_WARN, &l, "date '%s' is not YYYYMMDD, YYYY-MM-DD or YYMMDD", date);
            r->sent.date = 0;
        }
        const char *v;
        if ((v = attr(a, "category")))
            r->category = karena_strdup(&x->rec_mem, v);
        if ((v = attr(a, "source")))
            r->source = karena_strdup(&x->rec_mem, v);
        r->is_sentence = truthy(attr(a, "sentence"));
        r->evaluate = truthy(attr(a, "evaluate"));
        x->nexp = x->nropt = 0;
        kbuf_reset(&x->text);
        kbuf_reset(&x->parse);
        x->parse_seen = 0;
        return;
    }
    if (!x->in_sent)
        return;
    if (!strcmp(name, "EventCoding")) {
        const char *s = attr(a, "sourcecode"), *t = attr(a, "targetcode"), *e = attr(a, "eventcode");
        const char *ne = attr(a, "noevents"), *er = attr(a, "error");
        if (s || t || e) {
            XGROW(x->exp, x->capexp, (size_t)x->nexp + 1);
            x->exp[x->nexp++] = (kpx_expect){karena_strdup(&x->rec_mem, s ? s : "---"),
                                             karena_strdup(&x->rec_mem, t ? t : "---"),
                                             karena_strdup(&x->rec_mem, e ? e : "---")};
        }
        if (ne)
            x->r.noevents = 1;
        if (er)
            x->r.error = karena_strdup(&x->rec_mem, er);
    } else if (!strcmp(name, "Text")) {
        x->capture = CAP_TEXT;
        kbuf_reset(&x->text);
    } else if (!strcmp(name, "Parse")) {
        x->capture = CAP_PARSE;
        kbuf_reset(&x->parse);
        x->parse_seen = 1;
        x->parse_line = 0;
    }
}

static void on_text(void *ud, const char *s, int len)
{
    px *x = ud;
    if (x->stop)
        return;
    switch (x->capture) {
    case CAP_TEXT: kbuf_add(&x->text, s, (size_t)len); break;
    case CAP_PARSE:
        if (!x->parse.len && !x->parse_line) {
            x->parse_line = (int)XML_GetCurrentLineNumber(x->p);
            x->parse_col = (int)XML_GetCurrentColumnNumber(x->p) + 1;
        }
        kbuf_add(&x->parse, s, (size_t)len);
        break;
    case CAP_FIELD: kbuf_add(&x->field, s, (size_t)len); break;
    default: break;
    }
}

static const char *trimmed(karena *a, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return karena_strndup(a, s, n);
}

static void finish_record(px *x)
{
    kpx_record *r = &x->r;
    long end_line = (long)XML_GetCurrentLineNumber(x->p);
    kloc l = {x->file, r->line, 0, r->sent.id};
    r->sent.text = trimmed(&x->rec_mem, x->text.s, x->text.len);
    /* invalid bytes inside this record fail it */
    int k = 0;
    for (int i = 0; i < x->fx.nbad; i++) {
        xbad b = x->fx.bad[i];
        if (b.line > end_line) {
            x->fx.bad[k++] = b;
            continue;
        }
        kloc bl = {x->file, (int)b.line, (int)b.col, b.line >= r->line ? r->sent.id : NULL};
        if (b.line >= r->line) {
            if (!r->bad)
                kdiag_report(x->d, KD_ERROR, &bl, "invalid UTF-8 or control byte: record skipped");
            r->bad = 1;
        } else
            kdiag_report(x->d, KD_WARN, &bl, "invalid UTF-8 or control byte outside any record");
    }
    x->fx.nbad = k;
    const char *p = x->parse.s;
    size_t pn = x->parse.len, skip = 0;
    while (skip < pn && isspace((unsigned char)p[skip]))
        skip++;
    if (!r->bad && skip < pn) {
        kloc at = {x->file, x->parse_line, x->parse_col, r->sent.id};
        int rc;
        if (p[skip] == '(') {
            r->parse_kind = KPX_PTB;
            rc = kptb_parse(&r->sent, p, pn, x->d, &at);
        } else {
            r->parse_kind = KPX_CONLLU;
            rc = kconllu_parse(&r->sent, p, pn, x->d, &at);
        }
        if (rc < 0)
            r->bad = 1;
    } else if (!r->bad && x->parse_seen) {
        kdiag_report(x->d, KD_ERROR, &l, "empty <Parse>");
        r->bad = 1;
    }
    r->exp = x->exp;
    r->nexp = x->nexp;
    r->opts = x->ropt;
    r->nopt = x->nropt;
    r->pre = x->pre;
    r->npre = x->npre;
    if (x->h && x->h->record && x->h->record(x->h->ud, r)) {
        x->stop = 1;
        XML_StopParser(x->p, XML_FALSE);
    }
    karena_reset(&x->rec_mem);
    karena_reset(&x->pend_mem);
    x->npre = x->nexp = x->nropt = 0;
    memset(r, 0, sizeof *r);
}

static void on_end(void *ud, const char *name)
{
    px *x = ud;
    if (x->stop)
        return;
    if (x->capture == CAP_FIELD && x->in_env) {
        static const char *const fields[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile", "Issuefile",
                                             "PICOfile"};
        if (!strcmp(name, fields[x->field_which])) {
            const char *v = trimmed(&x->env_mem, x->field.s, x->field.len);
            switch (x->field_which) {
            case 0: x->env.verbs = v; break;
            case 1: x->env.actors = v; break;
            case 2: x->env.agents = v; break;
            case 3: x->env.discards = v; break;
            case 4: x->env.issues = v; break;
            default: x->env.pico = v; break;
            }
            x->capture = CAP_NONE;
        }
        return;
    }
    if (!strcmp(name, "Environment")) {
        x->in_env = 0;
        if (x->h && x->h->env)
            x->h->env(x->h->ud, &x->env);
        return;
    }
    if (!strcmp(name, "Text") || !strcmp(name, "Parse")) {
        x->capture = CAP_NONE;
        return;
    }
    if (!strcmp(name, "Sentence") && x->in_sent) {
        x->capture = CAP_NONE;
        finish_record(x);
        x->in_sent = 0;
    }
}

static int feed(px *x, int final)
{
    size_t n = xfix_ready(&x->fx);
    if (final)
        n = x->fx.out.len;
    if (XML_Parse(x->p, x->fx.out.s, (int)n, final) == XML_STATUS_ERROR) {
        if (x->stop)
            return 1;
        kloc l;
        cur_loc(x, &l);
        const char *what = XML_ErrorString(XML_GetErrorCode(x->p));
        if (x->in_sent)
            kdiag_report(x->d, KD_ERROR, &l, "XML error: %s (record not read; the records before it were)", what);
        else
            kdiag_report(x->d, KD_ERROR, &l, "XML error: %s", what);
        return -1;
    }
    xfix_consume(&x->fx, n);
    return 0;
}

int kpetrxml_read(const char *path, const kpx_handler *h, kdiag *d)
{
    FILE *fp = !strcmp(path, "-") ? stdin : fopen(path, "rb");
    if (!fp) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open: %s", strerror(errno));
        return -1;
    }
    px x;
    memset(&x, 0, sizeof x);
    x.file = path;
    x.d = d;
    x.h = h;
    xfix_init(&x.fx);
    karena_init(&x.rec_mem);
    karena_init(&x.pend_mem);
    karena_init(&x.env_mem);
    kbuf_init(&x.text);
    kbuf_init(&x.parse);
    kbuf_init(&x.field);
    x.p = XML_ParserCreate("UTF-8");
    XML_SetUserData(x.p, &x);
    XML_SetElementHandler(x.p, on_start, on_end);
    XML_SetCharacterDataHandler(x.p, on_text);
    int rc = 0;
    char buf[65536];
    for (;;) {
        size_t got = fread(buf, 1, sizeof buf, fp);
        if (got)
            kbuf_add(&x.fx.in, buf, got);
        int eof = got < sizeof buf;
        if (eof && ferror(fp)) {
            kloc l = {path, 0, 0, NULL};
            kdiag_report(d, KD_ERROR, &l, "read error: %s", strerror(errno));
            rc = -1;
            break;
        }
        xfix_run(&x.fx, eof);
        int f = feed(&x, eof);
        if (f) {
            rc = f < 0 ? -1 : 0;
            break;
        }
        if (eof)
            break;
    }
    XML_ParserFree(x.p);
    if (fp != stdin)
        fclose(fp);
    xfix_free(&x.fx);
    karena_free(&x.rec_mem);
    karena_free(&x.pend_mem);
    karena_free(&x.env_mem);
    kbuf_free(&x.text);
    kbuf_free(&x.parse);
    kbuf_free(&x.field);
    free(x.env.opts);
    free(x.pre);
    free(x.ropt);
    free(x.exp);
    return rc;
}
