/* test_tokenize_random.c: tokenizer invariants on random text (fixed seed,
 * bytes drawn from punctuation, quotes, dashes, emoticon parts, UTF-8
 * pieces, invalid bytes and NUL).  For every input:
 *   - tokens are non-empty, in order, do not overlap and contain no white space;
 *   - tokens and white space together cover every byte of the text;
 *   - sentences are non-empty and cover the tokens exactly, in order;
 *   - no sentence is longer than max_tokens;
 *   - ktok_story gives the same number of sentences minus datelines. */
#include "t.h"
#include "text.h"
#include "tokenize.h"

#include <stdlib.h>

static unsigned long long rng = 88172645463325252ull;
static unsigned next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 32);
}

static int count_sent(void *ud, const ksent *s, size_t off)
{
    (void)s;
    (void)off;
    ++*(int *)ud;
    return 0;
}

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

int main(void)
{
    static const char al[] = " .,;:!?\"'()[]{}<>-\n\n\t\r$%&@/\\*#0919azAZ.U.S.Mr.http://x.y"
                             "\xe2\x80\x99\xe2\x80\x9c\xe2\x80\x94\xc3\xa9\xff:-)=_~`\0";
    ktok_doc d;
    ktok_doc_init(&d);
    karena mem;
    karena_init(&mem);
    kdiag dg = {NULL, NULL, 0, 0};
    kbuf rep;
    kbuf_init(&rep);
    int bad_tok = 0, bad_cover = 0, bad_sent = 0, bad_cap = 0, bad_story = 0;
    char buf[256];
    for (int it = 0; it < 20000; it++) {
        int n = (int)(next() % 200);
        for (int i = 0; i < n; i++)
            buf[i] = al[next() % (sizeof al - 1)];
        buf[n] = 0;
        ktok_opt o = {(int)(next() % 2), 2 + (int)(next() % 12), 0};
        /* the tokenizer takes valid UTF-8 (ktok_story repairs first) */
        ktext_repair(buf, (size_t)n, &rep, NULL);
        const char *s = rep.s;
        size_t len = rep.len;
        ktok_split(s, len, &o, &d);
        size_t pos = 0;
        for (size_t i = 0; i < d.ntok; i++) {
            kspan t = d.tok[i];
            if (t.beg >= t.end || (size_t)t.beg < pos || (size_t)t.end > len)
                bad_tok++;
            for (int k = t.beg; k < t.end; k++)
                if (is_ws((unsigned char)s[k]))
                    bad_tok++;
            /* the gap before the token is white space (ASCII or Unicode) */
            for (size_t k = pos; k < (size_t)t.beg;) {
                int32_t cp;
                int l = ktext_decode(s + k, len - k, &cp);
                if (!ktext_isspace(cp))
                    bad_cover++;
                k += (size_t)l;
            }
            pos = (size_t)t.end;
        }
        for (size_t k = pos; k < len;) {
            int32_t cp;
            int l = ktext_decode(s + k, len - k, &cp);
            if (!ktext_isspace(cp))
                bad_cover++;
            k += (size_t)l;
        }
        size_t next_tok = 0;
        int datelines = 0;
        for (size_t k = 0; k < d.nsent; k++) {
            if (d.sbeg[k] != next_tok || d.send[k] <= d.sbeg[k])
                bad_sent++;
            if (d.send[k] - d.sbeg[k] > (size_t)o.max_tokens)
                bad_cap++;
            datelines += d.sdateline[k] != 0;
            next_tok = d.send[k];
        }
        if (next_tok != d.ntok)
            bad_sent++;
        kstory st = {0};
        st.id = "r";
        st.text = buf;
        st.len = (size_t)n;
        st.file = "random";
        int got = 0;
        int ns = ktok_story(&st, &o, &dg, &mem, count_sent, &got);
        if (ns != got || got != (int)d.nsent - datelines)
            bad_story++;
    }
    T_EQ_INT(bad_tok, 0);
    T_EQ_INT(bad_cover, 0);
    T_EQ_INT(bad_sent, 0);
    T_EQ_INT(bad_cap, 0);
    T_EQ_INT(bad_story, 0);
    ktok_doc_free(&d);
    karena_free(&mem);
    kbuf_free(&rep);
    return T_DONE();
}
