/* test_petrxml.c: the PETRARCH XML reader on generated files: records,
 * environment, options, expectations, the suites' XML-ish liberties, bad
 * records, truncation, chunk boundaries. */
#include "petrxml.h"
#include "t.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/khaldun-test-petrxml-XXXXXX";
static char errs[8192];
static int nerr;
static kloc err_loc;
static char err_rec[64];

static void sink(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud;
    if (level < KD_ERROR)
        return;
    nerr++;
    char b[600];
    kdiag_format(b, sizeof b, level, loc, msg);
    strncat(errs, b, sizeof errs - strlen(errs) - 2);
    strcat(errs, "\n");
    err_loc = *loc;
    snprintf(err_rec, sizeof err_rec, "%s", loc->record ? loc->record : "");
}

typedef struct got {
    int n;
    char ids[4096][24];
    int bad[4096], kind[4096], ntok[4096], nexp[4096], noev[4096], npre[4096], nopt[4096], date[4096];
    int sentence[4096], evaluate[4096];
    char text[8][128], exp0[8][64], pre0[8][64], opt0[8][64], story[8][32], cat[8][16], err[8][32];
    char envline[256];
} got;
static got G;

static void on_env(void *ud, const kpx_env *e)
{
    (void)ud;
    snprintf(G.envline, sizeof G.envline, "%s|%s|%s|%s|%s|%s|%d", e->verbs, e->actors, e->agents ? e->agents : "-",
             e->discards ? e->discards : "-", e->issues ? e->issues : "-", e->pico ? e->pico : "-", e->nopt);
}

static int on_rec(void *ud, kpx_record *r)
{
    (void)ud;
    int i = G.n++;
    if (i >= 4096)
        return 1;
    snprintf(G.ids[i], sizeof G.ids[i], "%s", r->sent.id);
    G.bad[i] = r->bad;
    G.kind[i] = r->parse_kind;
    G.ntok[i] = r->sent.ntok;
    G.nexp[i] = r->nexp;
    G.noev[i] = r->noevents;
    G.npre[i] = r->npre;
    G.nopt[i] = r->nopt;
    G.date[i] = r->sent.date;
    G.sentence[i] = r->is_sentence;
    G.evaluate[i] = r->evaluate;
    if (i < 8) {
        snprintf(G.text[i], sizeof G.text[i], "%s", r->sent.text ? r->sent.text : "(null)");
        if (r->nexp)
            snprintf(G.exp0[i], sizeof G.exp0[i], "%s|%s|%s", r->exp[0].source, r->exp[0].target, r->exp[0].code);
        if (r->npre)
            snprintf(G.pre0[i], sizeof G.pre0[i], "%s=%s", r->pre[0].name, r->pre[0].value);
        if (r->nopt)
            snprintf(G.opt0[i], sizeof G.opt0[i], "%s=%s", r->opts[0].name, r->opts[0].value);
        snprintf(G.story[i], sizeof G.story[i], "%s", r->sent.story_id);
        snprintf(G.cat[i], sizeof G.cat[i], "%s", r->category ? r->category : "-");
        snprintf(G.err[i], sizeof G.err[i], "%s", r->error ? r->error : "-");
    }
    return 0;
}

static char *write_file(const char *name, const char *body, size_t n)
{
    static char path[4][512];
    static int k;
    char *p = path[k++ % 4];
    snprintf(p, 512, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    fwrite(body, 1, n, f);
    fclose(f);
    return p;
}

static int read_str(const char *name, const char *body)
{
    memset(&G, 0, sizeof G);
    errs[0] = 0;
    nerr = 0;
    kdiag d = {sink, NULL, 0, 0};
    kpx_handler h = {NULL, on_env, on_rec};
    return kpetrxml_read(write_file(name, body, strlen(body)), &h, &d);
}

static const char *PTB = "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";

static void basic(void)
{
    kbuf b;
    kbuf_init(&b);
    kbuf_printf(&b,
        "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n"
        "<!-- header with a nested <!-- comment --> and -- dashes -->\n"
        "#   a header line naming <EventCoding...> and a bare & sign\n"
        "<Environment>\n <Verbfile>v.txt</Verbfile>\n <Actorfile>a1.txt, a2.txt</Actorfile>\n"
        " <PICOfile>p.txt</PICOfile>\n <Config option=\"stop_on_error\" value=\"True\"></Config>\n</Environment>\n"
        "<Sentences>\n<Config option=\"require_dyad\" value=\"false\"/>\n"
        "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\" sentence=\"true\">\n"
        "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
        "<PLEvent {\"event\": \"012\"}>\n"
        "<Text>\n  Arnor attacked\n  Gondor.\n</Text>\n<Parse>\n%s\n</Parse>\n</Sentence>\n"
        "<Sentence date=\"1995-01-02\" id=\"AFP0808_12\" source=\"AFP\" evaluate=\"false\"/>\n"
        "<EventCoding noevents=\"True\"/>\n<Config option=\"new_actor_length\" value=\"4\"/>\n"
        "<Text>Arnor &amp; Gondor met.</Text>\n</Sentence>\n"
        "<Sentence date=\"bad\" id=\"UD-1\" evaluate=\"true\">\n<EventCoding error=\"dateline\"/>\n"
        "<Text>Arnor left.</Text>\n<Parse>\n"
        "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n</Parse></Sentence>\n"
        "<Sentence date=\"19950101\" id=\"BAD-1\"><Text>x</Text><Parse>(ROOT (S (NP (NNP x))</Parse></Sentence>\n"
        "<Sentence date=\"19950101\" id=\"NEXT-1\"><Text>Arnor attacked Gondor.</Text><Parse>%s</Parse></Sentence>\n"
        "</Sentences>\n</Validation>\n", PTB, PTB);
    T_EQ_INT(read_str("basic.xml", b.s), 0);
    kbuf_free(&b);
    T_EQ_STR(G.envline, "v.txt|a1.txt, a2.txt|-|-|-|p.txt|1");
    T_EQ_INT(G.n, 5);
    T_EQ_STR(G.ids[0], "DEMO-01");
    T_EQ_INT(G.kind[0], KPX_PTB);
    T_EQ_INT(G.ntok[0], 4);
    T_EQ_INT(G.bad[0], 0);
    T_EQ_STR(G.text[0], "Arnor attacked\n  Gondor.");
    T_EQ_STR(G.exp0[0], "ARN|GON|064");
    T_EQ_STR(G.pre0[0], "require_dyad=false");
    T_EQ_INT(G.date[0], 19950101);
    T_EQ_INT(G.sentence[0], 1);
    T_EQ_INT(G.evaluate[0], -1);
    T_EQ_STR(G.story[0], "DEMO-01");
    T_EQ_STR(G.cat[0], "DEMO");
    /* self-closed <Sentence .../> with content and </Sentence> */
    T_EQ_STR(G.ids[1], "AFP0808_12");
    T_EQ_STR(G.story[1], "AFP0808");
    T_EQ_INT(G.kind[1], KPX_NOPARSE);
    T_EQ_INT(G.bad[1], 0);
    T_EQ_STR(G.text[1], "Arnor & Gondor met.");
    T_EQ_INT(G.noev[1], 1);
    T_EQ_INT(G.npre[1], 0);
    T_EQ_STR(G.opt0[1], "new_actor_length=4");
    T_EQ_INT(G.date[1], 19950102);
    T_EQ_INT(G.evaluate[1], 0);
    T_EQ_INT(G.kind[2], KPX_CONLLU);
    T_EQ_INT(G.ntok[2], 3);
    T_EQ_INT(G.date[2], 0);
    T_EQ_STR(G.err[2], "dateline");
    T_EQ_INT(G.bad[3], 1);
    T_CHECK(strstr(errs, "record BAD-1") != NULL);
    T_EQ_INT(G.bad[4], 0);
    T_EQ_INT(G.ntok[4], 4);
    T_EQ_INT(nerr, 1);
}

static void broken(void)
{
    /* invalid UTF-8 inside one record: that record fails, the next is read */
    char body[1024];
    snprintf(body, sizeof body,
             "<Sentences>\n<Sentence date=\"19950101\" id=\"U-1\">\n<Text>Ar\xffnor</Text>\n"
             "<Parse>%s</Parse></Sentence>\n"
             "<Sentence date=\"19950101\" id=\"U-2\"><Text>ok</Text><Parse>%s</Parse></Sentence>\n</Sentences>\n",
             PTB, PTB);
    T_EQ_INT(read_str("utf8.xml", body), 0);
    T_EQ_INT(G.n, 2);
    T_EQ_INT(G.bad[0], 1);
    T_EQ_INT(G.bad[1], 0);
    T_CHECK(strstr(errs, "utf8.xml:3:9: record U-1: error: invalid UTF-8") != NULL);

    /* truncated: the first record is delivered, the error has line:col */
    snprintf(body, sizeof body,
             "<Sentences>\n<Sentence date=\"19950101\" id=\"T-1\"><Text>a</Text><Parse>%s</Parse></Sentence>\n"
             "<Sentence date=\"19950101\" id=\"T-2\"><Text>b</Text><Parse>(ROOT (S",
             PTB);
    T_EQ_INT(read_str("trunc.xml", body), -1);
    T_EQ_INT(G.n, 1);
    T_EQ_STR(G.ids[0], "T-1");
    T_EQ_INT(err_loc.line, 3);
    T_CHECK(err_loc.col > 1);
    T_EQ_STR(err_rec, "T-2");

    /* empty file, no such file, not XML at all */
    T_EQ_INT(read_str("empty.xml", ""), -1);
    T_EQ_INT(G.n, 0);
    T_CHECK(strstr(errs, "empty.xml:1:1:") != NULL);
    kdiag d = {sink, NULL, 0, 0};
    kpx_handler h = {NULL, NULL, on_rec};
    T_EQ_INT(kpetrxml_read("/nonexistent/file.xml", &h, &d), -1);
    T_EQ_INT(read_str("junk.xml", "(ROOT (S (NP x)))"), -1);
}

static void big(void)
{
    /* many records crossing the 64 KiB chunks, self-closed style */
    kbuf b;
    kbuf_init(&b);
    kbuf_puts(&b, "<Validation>\n<Sentences>\n");
    for (int i = 0; i < 3000; i++)
        kbuf_printf(&b, "<Sentence date=\"20080804\" id=\"S-%d\" evaluate=\"true\"/>\n"
                        "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
                        "<Text>Arnor attacked Gondor.</Text>\n<Parse>%s</Parse>\n</Sentence>\n", i, PTB);
    kbuf_puts(&b, "</Sentences>\n</Validation>\n");
    T_CHECK(b.len > 3 * 65536);
    T_EQ_INT(read_str("big.xml", b.s), 0);
    kbuf_free(&b);
    T_EQ_INT(G.n, 3000);
    int ok = 1;
    for (int i = 0; i < G.n; i++) {
        char want[24];
        snprintf(want, sizeof want, "S-%d", i);
        if (strcmp(G.ids[i], want) || G.bad[i] || G.ntok[i] != 4 || G.nexp[i] != 1 || G.evaluate[i] != 1)
            ok = 0;
    }
    T_CHECK(ok);
    T_EQ_INT(nerr, 0);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    basic();
    broken();
    big();
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return T_DONE();
}
