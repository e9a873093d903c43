/* test_story_random.c: every reader on mutated inputs (fixed seed).  For
 * every input and every forced format:
 *   - each message names the file ("PATH:" then a line number or "error");
 *   - each story has an id, a valid date, text without NUL bytes whose
 *     length matches len;
 *   - plain and JSON Lines input with any non-blank byte yields at least
 *     one story or one error (nothing is dropped silently). */
#include "t.h"
#include "story.h"
#include "util.h"

#include <stdlib.h>
#include <unistd.h>

static unsigned long long rng = 0x9E3779B97F4A7C15ull;
static unsigned next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 32);
}

static const char *path;
static int bad_msg, nerr;

static void sink(void *ud, int level, const kloc *l, const char *msg)
{
    (void)ud;
    (void)msg;
    if (level >= KD_ERROR)
        nerr++;
    if (!l->file || strcmp(l->file, path))
        bad_msg++;
}

static const char *seeds[] = {
    " date 2021-05-06 First sentence. Second.\n\nPara two\nwrapped.\n date 2021-05-07 Next.\n",
    "{\"id\":\"a\",\"date\":\"2021-01-01\",\"title\":\"T\",\"text\":\"One.\\n\\nTwo \\u00e9.\"}\n"
    "{\"id\":7,\"date\":20210102,\"text\":\"Three.\"}\n",
    "# c\n\n950101  DEMO-01\nArnor is about to\nrestore ties. /* note */\n\n050304 X-2\nGondor acted.\n\n",
    "<Sentences>\n<Sentence date=\"20080804\" id=\"AFP_1\" source=\"AFP\">\n<Text>\nA &amp; B met.\n</Text>\n"
    "<Parse>(S (NP A))</Parse>\n</Sentence>\n</Sentences>\n",
};

int main(void)
{
    char tmpl[] = "/tmp/khaldun-test-rand-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0) {
        perror("mkstemp");
        return 1;
    }
    close(fd);
    path = tmpl;
    static const char al[] = " \n\n\t\r{}[]\":,<>/&;#*0123456789-date \xc3\xa9\xff\x01";
    int bad_story = 0, silent = 0;
    kbuf b;
    kbuf_init(&b);
    for (int it = 0; it < 600; it++) {
        const char *seed = seeds[it % 4];
        kbuf_reset(&b);
        kbuf_puts(&b, seed);
        int edits = 1 + (int)(next() % 8);
        for (int e = 0; e < edits && b.len; e++) {
            size_t p = next() % b.len;
            unsigned op = next() % 3;
            if (op == 0) {
                b.s[p] = al[next() % (sizeof al - 1)];
            } else if (op == 1) {
                size_t k = 1 + next() % 10;
                if (p + k > b.len)
                    k = b.len - p;
                memmove(b.s + p, b.s + p + k, b.len - p - k);
                b.len -= k;
            } else {
                char c = al[next() % (sizeof al - 1)];
                kbuf_putc(&b, 0);
                memmove(b.s + p + 1, b.s + p, b.len - p - 1);
                b.s[p] = c;
            }
        }
        FILE *f = fopen(path, "wb");
        fwrite(b.s, 1, b.len, f);
        fclose(f);
        int nonblank = 0;
        for (size_t i = 0; i < b.len; i++)
            nonblank |= !(b.s[i] == ' ' || b.s[i] == '\n' || b.s[i] == '\t' || b.s[i] == '\r');
        for (int fmt = KFMT_AUTO; fmt <= KFMT_XML; fmt++) {
            kdiag d = {sink, NULL, 0, 0};
            kstory_opt o = {fmt, it % 2 ? 20200101 : 0, 0, 0};
            nerr = 0;
            kreader *r = kreader_open(path, &o, &d);
            int ns = 0;
            kstory st;
            while (r && kreader_next(r, &st)) {
                int ymd;
                char ds[16];
                snprintf(ds, sizeof ds, "%08d", st.date);
                if (!st.id || !*st.id || kdate_parse(ds, 8, &ymd) || strlen(st.text) != st.len)
                    bad_story++;
                ns++;
            }
            kreader_close(r);
            if (nonblank && ns + nerr == 0 && fmt != KFMT_TABARI && fmt != KFMT_XML)
                silent++;   /* plain and JSON: text is a story or an error */
        }
    }
    T_EQ_INT(bad_msg, 0);
    T_EQ_INT(bad_story, 0);
    T_EQ_INT(silent, 0);
    kbuf_free(&b);
    unlink(path);
    return T_DONE();
}
