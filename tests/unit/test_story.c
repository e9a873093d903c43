/* test_story.c: story readers, format detection, dates, compressed input,
 * directory walking.  Inputs are written to a temporary directory; the
 * expected records were worked out by hand from the format descriptions. */
#include "t.h"
#include "story.h"
#include "util.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

static char dir[256];
static kbuf msgs;

static void sink(void *ud, int level, const kloc *l, const char *msg)
{
    char b[1024];
    kdiag_format(b, sizeof b, level, l, msg);
    kbuf_puts(&msgs, b);
    kbuf_putc(&msgs, '\n');
}

static const char *put(const char *name, const char *data, size_t n)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    fwrite(data, 1, n, f);
    fclose(f);
    return path;
}

static const char *puts_(const char *name, const char *data) { return put(name, data, strlen(data)); }

/* Read every story of path: "id|date|text" lines into a static buffer. */
static const char *readall(const char *path, int fmt, int date)
{
    static kbuf out;
    kbuf_reset(&out);
    kbuf_reset(&msgs);
    kdiag d = {sink, NULL, 0, 0};
    kstory_opt o = {fmt, date, 0, 0};
    kreader *r = kreader_open(path, &o, &d);
    if (!r)
        return "(null)";
    kstory st;
    while (kreader_next(r, &st))
        kbuf_printf(&out, "%s|%d|%s\n", st.id, st.date, st.text);
    kreader_close(r);
    return out.s;
}

int main(void)
{
    kbuf_init(&msgs);
    snprintf(dir, sizeof dir, "/tmp/khaldun-test-story-XXXXXX");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }

    /* dates */
    int ymd = 0;
    T_EQ_INT(kdate_parse("2021-05-06", 10, &ymd), 0);
    T_EQ_INT(ymd, 20210506);
    T_EQ_INT(kdate_parse("2021-02-30", 10, &ymd), -2);
    T_EQ_INT(kdate_parse("2021-02-29", 10, &ymd), -2);
    T_EQ_INT(kdate_parse("2020-02-29", 10, &ymd), 0);
    T_EQ_INT(kdate_parse("1900-02-29", 10, &ymd), -2);
    T_EQ_INT(kdate_parse("2000-02-29", 10, &ymd), 0);
    T_EQ_INT(kdate_parse("20211301", 8, &ymd), -2);
    T_EQ_INT(kdate_parse("2021-5-06", 9, &ymd), -1);
    T_EQ_INT(kdate_parse("tomorrow", 8, &ymd), -1);

    /* detection */
    T_EQ_INT(kstory_detect("  {\"id\": 1}", 11), KFMT_JSONL);
    T_EQ_INT(kstory_detect("<Sentences>", 11), KFMT_XML);
    T_EQ_INT(kstory_detect("# comment\n\n950101 X\ntext\n", 25), KFMT_TABARI);
    T_EQ_INT(kstory_detect(" date 2021-05-06 Text.\n", 23), KFMT_PLAIN);
    T_EQ_INT(kstory_detect("just text", 9), KFMT_PLAIN);

    /* plain: three stories, the second with an impossible date */
    const char *p = puts_("multi.txt", " date 2021-05-06 First sentence. Second.\n\nPara two\nwrapped.\n\n\n"
                                       "Para three.\n"
                                       "  date 2021-02-30 Bad date.\n\nText.\n"
                                       "\tdate 2021-05-07 Third story.\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "multi-1|20210506|First sentence. Second.\n\nPara two\nwrapped.\n\nPara three.\n"
                                       "multi-3|20210507|Third story.\n");
    {
        /* the message names file:line:col */
        char want[600];
        snprintf(want, sizeof want, "%s/multi.txt:8:8: error: impossible date '2021-02-30', story skipped\n", dir);
        readall(p, KFMT_AUTO, 0);
        T_EQ_STR(msgs.s, want);
    }

    /* a byte order mark and CRLF line ends are fine */
    p = puts_("bom.txt", "\xEF\xBB\xBF date 2021-05-06 One.\r\n\r\nTwo.\r\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "bom-1|20210506|One.\n\nTwo.\n");
    p = puts_("bom.jsonl", "\xEF\xBB\xBF{\"id\":\"b\",\"date\":\"2021-05-06\",\"text\":\"One.\"}\r\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "b|20210506|One.\n");

    /* plain without a date line: error, or a story with --date */
    p = puts_("nodate.txt", "Some text.\n\nMore.\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "");
    T_CHECK(strstr(msgs.s, "nodate.txt:1: error: text without a date line") != NULL);
    T_EQ_STR(readall(p, KFMT_AUTO, 20200102), "nodate-1|20200102|Some text.\n\nMore.\n");

    /* JSON Lines: a broken line between two good ones; numeric id and date */
    p = puts_("s.jsonl", "{\"id\":\"a\",\"date\":\"2021-01-01\",\"title\":\"T\",\"text\":\"One.\\n\\nTwo.\"}\n"
                         "{\"id\":\"b\",\"date\":\"2021-01-01\",\"text\":\"Broken\n"
                         "\n"
                         "{\"id\":7,\"date\":20210102,\"text\":\"Three.\"}\n"
                         "{\"id\":\"d\",\"text\":\"No date.\"}\n"
                         "[1,2]\n"
                         "{\"id\":\"f\",\"date\":\"2021-02-30\",\"text\":\"x\"}\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "a|20210101|One.\n\nTwo.\n7|20210102|Three.\n");
    T_CHECK(strstr(msgs.s, "s.jsonl:2:") && strstr(msgs.s, "invalid JSON"));
    T_CHECK(strstr(msgs.s, "s.jsonl:5: error: story has no date"));
    T_CHECK(strstr(msgs.s, "s.jsonl:6: error: expected a JSON object"));
    T_CHECK(strstr(msgs.s, "s.jsonl:7: error: impossible date '2021-02-30'"));

    /* JSON Lines edge cases (the fast scanner must agree with jansson and
     * the JSON spec): each line alone; expected story or error by hand */
    static const struct {
        const char *line, *story, *msg;
    } jl[] = {
        {"{\"id\":\"e\",\"date\":\"2021-01-01\",\"text\":\"a\\\"b\\\\c\\/d\\u00e9\\u20ac\\tx\"}",
         "e|20210101|a\"b\\c/d\xC3\xA9\xE2\x82\xAC\tx\n", NULL},
        {"{\"id\":\"s\",\"date\":\"2021-01-01\",\"text\":\"\\ud83d\\ude00\"}", "s|20210101|\xF0\x9F\x98\x80\n", NULL},
        {"{\"id\":\"u\",\"date\":\"2021-01-01\",\"text\":\"caf\xC3\xA9 \xE2\x80\x94 ok\"}",
         "u|20210101|caf\xC3\xA9 \xE2\x80\x94 ok\n", NULL},
        {" { \"te\\u0078t\" : \"k\" , \"id\" : -0 ,\"date\": 20210102 } \t", "0|20210102|k\n", NULL},
        {"{\"id\":\"n\",\"date\":\"2021-01-01\",\"meta\":{\"a\":[1,{\"b\":2.5e3}]},\"score\":-1.5,"
         "\"places\":[\"a\",[],[null,true,false,\"\"]],\"x\":null,\"text\":\"t\"}",
         "n|20210101|t\n", NULL},
        {"{\"id\":\"l\",\"date\":\"2021-01-01\",\"text\":\"\\ud800\"}", "", "invalid JSON"},
        {"{\"id\":\"d\",\"date\":\"2021-01-01\",\"text\":\"a\",\"text\":\"b\"}", "", "invalid JSON: duplicate"},
        {"{\"id\":\"d\",\"date\":\"2021-01-01\",\"x\":1,\"x\":2,\"text\":\"b\"}", "", "invalid JSON: duplicate"},
        {"{\"id\":\"v\",\"date\":\"2021-01-01\",\"x\":\"\xFF\",\"text\":\"b\"}", "", "invalid JSON"},
        {"{\"id\":\"v\",\"date\":\"2021-01-01\",\"text\":\"\xC0\xAF\"}", "", "invalid JSON"},
        {"{\"id\":\"v\",\"date\":\"2021-01-01\",\"text\":\"\xED\xA0\x80\"}", "", "invalid JSON"},
        {"{\"id\":\"c\",\"date\":\"2021-01-01\",\"text\":\"a\tb\"}", "", "invalid JSON"},
        {"{\"id\":\"g\",\"date\":\"2021-01-01\",\"text\":\"a\"} x", "", "invalid JSON"},
        {"{\"id\":\"g\",\"date\":\"2021-01-01\",\"text\":\"a\",}", "", "invalid JSON"},
        {"{\"id\":\"z\",\"date\":\"2021-01-01\",\"n\":01,\"text\":\"a\"}", "", "invalid JSON"},
        {"{\"id\":\"z\",\"date\":\"2021-01-01\",\"n\":nul,\"text\":\"a\"}", "", "invalid JSON"},
        {"{\"id\":\"z\",\"date\":\"2021-01-01\",\"n\":\"\\x\",\"text\":\"a\"}", "", "invalid JSON"},
        {"{\"id\":123456789012345678901,\"date\":\"2021-01-01\",\"text\":\"a\"}", "", "invalid JSON: too big integer"},
        {"{\"id\":123456789012345678,\"date\":\"2021-01-01\",\"text\":\"a\"}", "123456789012345678|20210101|a\n", NULL},
        {"{\"id\":\"t\",\"date\":true,\"text\":\"a\"}", "", "\"date\" is neither a string nor a number"},
        {"{\"id\":\"t\",\"date\":\"2021-13-01\",\"text\":\"a\"}", "", "date '2021-13-01', story skipped"},
        {"{\"id\":\"t\",\"date\":null,\"text\":\"a\"}", "", "story has no date"},
        {"{\"id\":\"t\",\"date\":\"2021-01-01\",\"text\":\"a\\u0000b\"}", "", "NUL character in \"text\""},
        {"{\"id\":\"t\",\"date\":\"2021-01-01\",\"text\":7}", "", "no \"text\" string"},
    };
    for (size_t k = 0; k < sizeof jl / sizeof jl[0]; k++) {
        char line[512];
        snprintf(line, sizeof line, "%s\n", jl[k].line);
        p = puts_("edge.jsonl", line);
        const char *got = readall(p, KFMT_JSONL, 0);
        T_EQ_STR(got, jl[k].story);
        if (jl[k].msg)
            T_CHECK(strstr(msgs.s, jl[k].msg) != NULL);
        else
            T_EQ_STR(msgs.s, "");
    }

    /* TABARI: two-digit years, comments, blank-line ends */
    p = puts_("v.text", "# header comment\n\n950101  DEMO-01\nArnor is about to\nrestore ties. /* note\n{ ARN } */\n\n"
                        "050304 X-2\nGondor acted.\n\nA comment block\nwithout digits.\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "DEMO-01|19950101|Arnor is about to restore ties.\nX-2|20050304|Gondor acted.\n");

    /* PETRARCH XML: text only, entities decoded, Parse ignored */
    p = puts_("p.xml", "<!-- c -->\n<Sentences>\n<Sentence date=\"20080804\" id=\"AFP_1\" source=\"AFP\">\n"
                       "<Text>\nA &amp; B met.\n</Text>\n<Parse>(S (NP A))</Parse>\n</Sentence>\n"
                       "<Sentence id=\"AFP_2\"><Text>Undated.</Text></Sentence>\n</Sentences>\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "AFP_1|20080804|A & B met.\n");
    T_CHECK(strstr(msgs.s, "p.xml:9: error: <Sentence> has no date"));
    p = puts_("bad.xml", "<Sentences><Sentence date=\"20080804\" id=\"A\"><Text>Fine.</Text></Sentence>\n<Sentence <<\n");
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "A|20080804|Fine.\n");
    T_CHECK(strstr(msgs.s, "bad.xml:2:") && strstr(msgs.s, "XML error"));

    /* markup longer than max_line (a 200 KB attribute): reported, memory bounded */
    {
        kbuf x;
        kbuf_init(&x);
        kbuf_puts(&x, "<Sentences><Sentence date=\"20080101\" id=\"A\"><Text>Fine.</Text></Sentence><Sentence id=\"");
        for (int i = 0; i < 200000; i++)
            kbuf_putc(&x, 'a');
        kbuf_puts(&x, "\"><Text>x</Text></Sentence></Sentences>\n");
        p = put("attr.xml", x.s, x.len);
        kbuf_free(&x);
        kstory_opt o = {0, 0, 1024, 0};
        kdiag d = {sink, NULL, 0, 0};
        kbuf_reset(&msgs);
        kreader *r = kreader_open(p, &o, &d);
        kstory st;
        int n = 0;
        while (r && kreader_next(r, &st))
            n++;
        kreader_close(r);
        T_EQ_INT(n, 1);
        T_CHECK(strstr(msgs.s, "attr.xml:1: error: XML markup longer than the limit of 1024 bytes") != NULL);
    }

    /* gzip and zstd, detected from content */
    const char *js = "{\"id\":\"z\",\"date\":\"2021-01-01\",\"text\":\"Zipped.\"}\n";
    char path[512];
    snprintf(path, sizeof path, "%s/s.jsonl.gz", dir);
    gzFile gz = gzopen(path, "wb");
    gzputs(gz, js);
    gzclose(gz);
    T_EQ_STR(readall(path, KFMT_AUTO, 0), "z|20210101|Zipped.\n");
    char zb[256];
    size_t zn = ZSTD_compress(zb, sizeof zb, js, strlen(js), 3);
    p = put("s.jsonl.zst", zb, zn);
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "z|20210101|Zipped.\n");
    p = put("trunc.zst", zb, zn - 4);
    readall(p, KFMT_AUTO, 0);
    T_CHECK(strstr(msgs.s, "truncated zstd data") != NULL);

    /* not text; empty; NUL inside a later line; overlong line */
    p = put("bin.dat", "\x7f" "ELF\0\0\0\1", 8);
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "(null)");
    T_CHECK(strstr(msgs.s, "bin.dat:1: error: not a text file (NUL byte at offset 4)") != NULL);
    p = put("empty.txt", "", 0);
    T_EQ_STR(readall(p, KFMT_AUTO, 0), "(null)");
    T_CHECK(strstr(msgs.s, "empty.txt:1: error: empty file") != NULL);
    {
        kbuf big;
        kbuf_init(&big);
        kbuf_puts(&big, " date 2021-05-06 One.\n");
        for (int i = 0; i < 70000; i++)
            kbuf_putc(&big, 'x');
        kbuf_puts(&big, "\n date 2021-05-07 Two.\nzz");
        kbuf_putc(&big, 0);
        kbuf_puts(&big, "zz\n date 2021-05-08 Three.\n");
        p = put("mixed.txt", big.s, big.len);
        kbuf_free(&big);
        kstory_opt o = {0, 0, 65536, 0};
        kdiag d = {sink, NULL, 0, 0};
        kbuf_reset(&msgs);
        kreader *r = kreader_open(p, &o, &d);
        kstory st;
        int n3 = 0;
        while (r && kreader_next(r, &st)) {
            T_EQ_STR(st.text, "Three.");
            n3++;
        }
        kreader_close(r);
        T_EQ_INT(n3, 1);
        T_CHECK(strstr(msgs.s, "mixed.txt:2: error: line of 70000 bytes is longer than the limit of 65536") != NULL);
        T_CHECK(strstr(msgs.s, "mixed.txt:4:3: error: NUL byte in text") != NULL);
    }

    /* directory walk: recursive, sorted, hidden entries skipped */
    char sub[512];
    snprintf(sub, sizeof sub, "%s/tree", dir);
    mkdir(sub, 0777);
    snprintf(sub, sizeof sub, "%s/tree/b", dir);
    mkdir(sub, 0777);
    puts_("tree/b/2.txt", "x");
    puts_("tree/a.txt", "x");
    puts_("tree/c.txt", "x");
    puts_("tree/.hidden", "x");
    snprintf(sub, sizeof sub, "%s/tree", dir);
    char *in[] = {sub, "-"};
    char **out;
    int nout;
    kdiag d = {NULL, NULL, 0, 0};
    kstory_paths(in, 2, &d, &out, &nout);
    T_EQ_INT(nout, 4);
    if (nout == 4) {
        T_CHECK(strstr(out[0], "tree/a.txt") != NULL);
        T_CHECK(strstr(out[1], "tree/b/2.txt") != NULL);
        T_CHECK(strstr(out[2], "tree/c.txt") != NULL);
        T_EQ_STR(out[3], "-");
    }
    kstory_paths_free(out, nout);

    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    kbuf_free(&msgs);
    return T_DONE();
}
