/* story_xml.c: PETRARCH XML input, text only.
 *
 *   <Sentences>
 *   <Sentence date="20080804" id="AFP0808020625_4" source="AFP" sentence="True">
 *   <Text> The stopover came as ... </Text>
 *   <Parse> ... </Parse>            <- ignored here (the parse readers use it)
 *   </Sentence>
 *
 * Every <Sentence> element anywhere in the document is a story.  The file
 * is fed to expat in 64 KiB chunks; finished stories wait in a small queue
 * until kreader_next hands them out.  An XML syntax error ends the file
 * (stories before it are kept). */
#include "story_int.h"

#include <expat.h>
#include <stdlib.h>
#include <string.h>

typedef struct xstory {
    char *id, *source, *text, *datestr;
    long line;
} xstory;

typedef struct xml_state {
    XML_Parser p;
    int in_sent, in_text, depth_text;
    int too_big;
    kbuf text;
    xstory cur;
    xstory *q;        /* queue [qh, qn) */
    size_t qh, qn, qcap;
    int done;
    char *chunk;
    long long fed;    /* bytes given to expat */
    long long seen;   /* byte index of the last callback */
} xml_state;

static char *attr(const XML_Char **a, const char *name)
{
    for (; a && a[0]; a += 2)
        if (!strcmp(a[0], name))
            return xstrdup(a[1]);
    return NULL;
}

static void xfree(xstory *x)
{
    free(x->id);
    free(x->source);
    free(x->text);
    free(x->datestr);
    memset(x, 0, sizeof *x);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **a)
{
    kreader *r = ud;
    xml_state *xs = r->state;
    xs->seen = (long long)XML_GetCurrentByteIndex(xs->p);
    if (!strcmp(name, "Sentence")) {
        xfree(&xs->cur);
        xs->in_sent = 1;
        xs->too_big = 0;
        kbuf_reset(&xs->text);
        xs->cur.id = attr(a, "id");
        xs->cur.source = attr(a, "source");
        xs->cur.datestr = attr(a, "date");
        xs->cur.line = (long)XML_GetCurrentLineNumber(xs->p);
    } else if (xs->in_sent && !strcmp(name, "Text")) {
        xs->in_text = 1;
    }
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
    kreader *r = ud;
    xml_state *xs = r->state;
    xs->seen = (long long)XML_GetCurrentByteIndex(xs->p);
    if (!strcmp(name, "Text")) {
        xs->in_text = 0;
    } else if (!strcmp(name, "Sentence") && xs->in_sent) {
        xs->in_sent = 0;
        if (xs->too_big) {
            kreader_error(r, xs->cur.line, 0, "story longer than the limit of %zu bytes, skipped",
                          r->opt.max_story);
            xfree(&xs->cur);
            return;
        }
        xs->cur.text = xstrndup(xs->text.s, xs->text.len);
        XGROW(xs->q, xs->qcap, xs->qn + 1);
        xs->q[xs->qn++] = xs->cur;
        memset(&xs->cur, 0, sizeof xs->cur);
    }
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    kreader *r = ud;
    xml_state *xs = r->state;
    xs->seen = (long long)XML_GetCurrentByteIndex(xs->p);
    if (!xs->in_text || xs->too_big)
        return;
    if (xs->text.len + (size_t)len > r->opt.max_story) {
        xs->too_big = 1;
        return;
    }
    kbuf_add(&xs->text, s, (size_t)len);
}

static void XMLCALL on_comment(void *ud, const XML_Char *data)
{
    kreader *r = ud;
    xml_state *xs = r->state;
    xs->seen = (long long)XML_GetCurrentByteIndex(xs->p);
    (void)data;
}

static void feed(kreader *r)
{
    xml_state *xs = r->state;
    size_t n = kinput_read(r->in, xs->chunk, 64 * 1024);
    if (memchr(xs->chunk, 0, n)) {
        kreader_error(r, (long)XML_GetCurrentLineNumber(xs->p), 0, "NUL byte in XML input, rest of file skipped");
        xs->done = 1;
        return;
    }
    if (XML_Parse(xs->p, xs->chunk, (int)n, n == 0) == XML_STATUS_ERROR) {
        kreader_error(r, (long)XML_GetCurrentLineNumber(xs->p), (long)XML_GetCurrentColumnNumber(xs->p) + 1,
                      "XML error: %s, rest of file skipped", XML_ErrorString(XML_GetErrorCode(xs->p)));
        xs->done = 1;
        return;
    }
    if (n == 0)
        xs->done = 1;
    xs->fed += (long long)n;
    /* expat buffers a token (tag, comment, attribute) until it ends: bound it */
    if (!xs->done && xs->fed - xs->seen > (long long)r->opt.max_line) {
        kreader_error(r, (long)XML_GetCurrentLineNumber(xs->p), 0,
                      "XML markup longer than the limit of %zu bytes, rest of file skipped", r->opt.max_line);
        xs->done = 1;
    }
}

static int xml_next(kreader *r, kstory *st)
{
    xml_state *xs = r->state;
    if (!xs) {
        xs = r->state = xcalloc(1, sizeof *xs);
        kbuf_init(&xs->text);
        xs->chunk = xmalloc(64 * 1024);
        xs->p = XML_ParserCreate("UTF-8");
        XML_SetUserData(xs->p, r);
        XML_SetElementHandler(xs->p, on_start, on_end);
        XML_SetCharacterDataHandler(xs->p, on_text);
        XML_SetCommentHandler(xs->p, on_comment);
    }
    for (;;) {
        while (xs->qh == xs->qn && !xs->done) {
            xs->qh = xs->qn = 0;
            feed(r);
        }
        if (xs->qh == xs->qn)
            return 0;
        xstory *x = &xs->q[xs->qh++];
        kreader_begin(r);
        int date = 0;
        if (x->datestr) {
            int e = kdate_parse(x->datestr, strlen(x->datestr), &date);
            if (e) {
                kreader_error(r, x->line, 0, "%s date '%s', story skipped", e == -2 ? "impossible" : "malformed",
                              x->datestr);
                xfree(x);
                continue;
            }
        }
        if (!date)
            date = r->opt.date;
        if (!date) {
            kreader_error(r, x->line, 0, "<Sentence> has no date attribute (use --date to supply one), skipped");
            xfree(x);
            continue;
        }
        const char *t = x->text;
        while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r')
            t++;
        kbuf_puts(&r->text, t);
        const char *id = x->id ? karena_strdup(&r->mem, x->id) : NULL;
        st->source = x->source ? karena_strdup(&r->mem, x->source) : NULL;
        long line = x->line;
        xfree(x);
        kreader_fill(r, st, id, date, line);
        return 1;
    }
}

static void xml_fini(kreader *r)
{
    xml_state *xs = r->state;
    if (!xs)
        return;
    for (size_t i = xs->qh; i < xs->qn; i++)
        xfree(&xs->q[i]);
    xfree(&xs->cur);
    free(xs->q);
    free(xs->chunk);
    kbuf_free(&xs->text);
    XML_ParserFree(xs->p);
    free(xs);
}

const kfmt_ops kstory_xml_ops = {xml_next, xml_fini};
