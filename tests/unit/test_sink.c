/* test_sink.c: the output formats, written from kevent arrays and parsed back
 * with Python's csv module (the way users load them): column counts from the
 * published layouts (Phoenix 26, GDELT Events 61, Mentions 16), field values
 * worked out by hand from the CAMEO tables, deduplication counts, unknown
 * format, and no file under the final name after a failure. */
#include "dedup.h"
#include "sink.h"
#include "t.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/khaldun-sink-XXXXXX";

static kevent mk(const char *story, const char *sent, int date, const char *src,
                 const char *tgt, const char *code, const char *text)
{
    kevent e = {0};
    e.story_id = story;
    e.sentence_id = sent;
    e.date = date;
    e.source = src;
    e.target = tgt;
    e.code = code;
    e.sentence = text;
    e.source_text = "Libyan government";
    e.target_text = "Washington";
    e.verb_text = "visited";
    return e;
}

/* Five events: A and A' repeat one (date, source, target, code) in story s1;
 * A'' repeats it in story s2 (another source); B differs by code; C has odd
 * text and a null target. */
static kevent evs[5];
static kstory_meta meta[2] = {
    {"s1", 20210506, "Reuters", "http://example.org/s1", "t1", NULL},
    {"s2", 20210506, "AFP", NULL, "t2", "TRIPOLI, May 6"},
};

static void feed(ksink *s)
{
    ksink_story(s, &meta[0]);
    for (int i = 0; i < 3; i++)
        ksink_event(s, &evs[i]);
    ksink_story(s, &meta[1]);
    for (int i = 3; i < 5; i++)
        ksink_event(s, &evs[i]);
}

static int write_fmt(const char *fmt, const char *path, int dedup, int gs)
{
    ksink_opts o = KSINK_OPTS_INIT;
    o.format = fmt;
    o.path = path;
    o.dedup = dedup;
    o.goldstein = gs;
    kdiag d = {0};
    ksink *s = ksink_open(&o, &d);
    if (!s)
        return -1;
    feed(s);
    return ksink_close(s);
}

/* Run python3 on a file; returns its stdout (static), NULL if no python. */
static const char *py(const char *script, const char *path)
{
    static char out[8192];
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "python3 -c '%s' '%s' 2>&1", script, path);
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    int st = pclose(p);
    if (st != 0 && strstr(out, "not found"))
        return NULL;
    return out;
}

/* Prints "rows ncols-set" then selected fields, reading TSV/CSV with csv. */
#define PY_TSV "import csv,sys\n" \
    "r=list(csv.reader(open(sys.argv[1],newline=\"\"),delimiter=\"\\t\",quoting=csv.QUOTE_NONE))\n" \
    "print(len(r),sorted(set(len(x) for x in r)))\n" \
    "for x in r: print(\"|\".join(x))\n"
#define PY_CSV "import csv,sys\n" \
    "r=list(csv.DictReader(open(sys.argv[1],newline=\"\")))\n" \
    "print(len(r),sorted(set(len(x) for x in r)))\n" \
    "for x in r: print(x[\"event_id\"],x[\"code\"],x[\"quad_class\"],x[\"goldstein\"],x[\"plover\"],x[\"mentions\"],x[\"sources\"],x[\"articles\"],x[\"source_country\"],x[\"geo_name\"],x[\"geo_rule\"],repr(x[\"sentence\"]))\n"

int main(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    evs[0] = mk("s1", "s1-1", 20210506, "LBYGOV", "USAGOV", "042", "The Libyan government hosted officials.");
    evs[1] = mk("s1", "s1-2", 20210506, "LBYGOV", "USAGOV", "042", "Again, a visit.");
    evs[2] = mk("s1", "s1-3", 20210506, "LBYGOV", "USAGOV", "163", "Sanctions were imposed.");
    evs[3] = mk("s2", "s2-1", 20210506, "LBYGOV", "USAGOV", "042", "AFP says: visit.");
    evs[4] = mk("s2", "s2-4", 20210507, "IGOUNOHRIHCH", "---", "0110",
                "Odd \"quoted\", text\twith tab\nand newline, Tripoli");

    char path[512], mpath[512];
    const char *out;
    int have_py = 1;

    /* Phoenix, no dedup: 5 rows of 26 columns. */
    snprintf(path, sizeof path, "%s/ev.phoenix.tsv", dir);
    T_EQ_INT(write_fmt("phoenix", path, KDEDUP_NONE, 0), 0);
    out = py(PY_TSV, path);
    if (!out) {
        have_py = 0;
        printf("python3 absent: parse-back checks skipped\n");
    } else {
        T_CHECK(!strncmp(out, "5 [26]\n", 7));
        /* row 1: id, date, y, m, d, LBYGOV LBY GOV "", USAGOV USA GOV "",
         * 042, root 04, PentaClass 1 (03-05), Goldstein 1.9 (GDELT 042). */
        /* no place named: the source actor's country (its population-weighted centre in the gazetteer) */
        T_CHECK(strstr(out, "1|20210506|2021|5|6|LBYGOV|LBY|GOV||USAGOV|USA|GOV||042|04|1|1.9||31.8903|15.5533|Libya||LBY|s1-1|http://example.org/s1|Reuters\n") != NULL);
        /* row 5: IGO entity, null target, Phoenix-only code -> base 011 meta;
         * "Tripoli" in the sentence, no actor country: the larger (Libya). */
        T_CHECK(strstr(out, "5|20210507|2021|5|7|IGOUNOHRIHCH|IGOUNO|HRI|HCH|||||0110|01|0|-0.1||32.8874|13.1873|Tripoli, Libya|LY77|LBY|s2-4|") != NULL);
    }
    /* Phoenix Goldstein option: 163 is -8.0 in GDELT, -6.5 in Phoenix. */
    snprintf(path, sizeof path, "%s/ev.phx2.tsv", dir);
    T_EQ_INT(write_fmt("phoenix", path, KDEDUP_NONE, 1), 0);
    if (have_py && (out = py(PY_TSV, path)))
        T_CHECK(strstr(out, "|163|16|3|-6.5|") != NULL);

    /* GDELT with day dedup: 3 events (042 x3 -> one, 163, 0110), mentions 5. */
    snprintf(path, sizeof path, "%s/run.export.CSV", dir);
    T_EQ_INT(write_fmt("gdelt", path, KDEDUP_DAY, 0), 0);
    snprintf(mpath, sizeof mpath, "%s/run.mentions.CSV", dir);
    T_CHECK(access(mpath, R_OK) == 0);
    if (have_py && (out = py(PY_TSV, path))) {
        T_CHECK(!strncmp(out, "3 [61]\n", 7));
        /* GLOBALEVENTID 1, SQLDATE, MonthYear, Year, FractionDate
         * 2021+(5*30+6)/365 = 2021.4274; Actor1 LBYGOV name upper-cased,
         * country LBY, type GOV; IsRootEvent 1 (first sentence); 042/042/04;
         * QuadClass 1; Goldstein 1.9; 3 mentions, 2 sources, 2 articles. */
        T_CHECK(strstr(out, "1|20210506|202105|2021|2021.4274|LBYGOV|LIBYAN GOVERNMENT|LBY|||||GOV|||USAGOV|WASHINGTON|USA|||||GOV|||1|042|042|04|1|1.9|3|2|2||0|") != NULL);
        T_CHECK(strstr(out, "|20210506000000|http://example.org/s1\n") != NULL);
        /* 163: QuadClass 4, Goldstein -8.0, IsRootEvent 0 (sentence 3). */
        T_CHECK(strstr(out, "|0|163|163|16|4|-8.0|1|1|1|") != NULL);
        /* the IGO: known group UNO, type HRI, no country */
        T_CHECK(strstr(out, "|IGOUNOHRIHCH|LIBYAN GOVERNMENT||UNO|HCH|||HRI|||") != NULL);
    }
    if (have_py && (out = py(PY_TSV, mpath))) {
        T_CHECK(!strncmp(out, "5 [16]\n", 7));
        T_CHECK(strstr(out, "1|20210506000000|20210506000000|1|Reuters|http://example.org/s1|1|-1|-1|-1|1|||||\n") != NULL);
        T_CHECK(strstr(out, "1|20210506000000|20210506000000|2|AFP|s2|1|-1|-1|-1|1|||||\n") != NULL);
    }

    /* CSV with header, story dedup: s1 has 042 twice -> 4 records. */
    snprintf(path, sizeof path, "%s/ev.csv", dir);
    T_EQ_INT(write_fmt("csv", path, KDEDUP_STORY, 0), 0);
    if (have_py && (out = py(PY_CSV, path))) {
        T_CHECK(!strncmp(out, "4 [35]\n", 7));
        T_CHECK(strstr(out, "1 042 1 1.9 CONSULT 2 1 1 LBY Libya actor_country 'The Libyan government hosted officials.'\n") != NULL);
        T_CHECK(strstr(out, "2 163 4 -8.0 COERCE 1 1 1 LBY") != NULL);
        T_CHECK(strstr(out, "3 042 1 1.9 CONSULT 1 1 1 LBY") != NULL);
        T_CHECK(strstr(out, "4 0110 1 -0.1  1 1 1 IGOUNO Tripoli, Libya sentence 'Odd \"quoted\", text\\twith tab\\nand newline, Tripoli'\n") != NULL);
    }

    /* Dedup module directly: counts without a sink. */
    kdedup *dd = kdedup_new(KDEDUP_DAY);
    for (int i = 0; i < 5; i++)
        kdedup_add(dd, &evs[i], &meta[i < 3 ? 0 : 1]);
    T_EQ_INT((long long)kdedup_pending(dd), 3);
    kdedup_free(dd);
    T_EQ_INT(kdedup_parse_mode("day"), KDEDUP_DAY);
    T_EQ_INT(kdedup_parse_mode("story"), KDEDUP_STORY);
    T_EQ_INT(kdedup_parse_mode("none"), KDEDUP_NONE);
    T_EQ_INT(kdedup_parse_mode("weekly"), -1);

    /* Unknown format: NULL and an error naming it. */
    {
        ksink_opts o = KSINK_OPTS_INIT;
        o.format = "xml";
        kdiag d = {0};
        T_CHECK(ksink_open(&o, &d) == NULL);
        T_EQ_INT(d.nerror, 1);
    }
    /* Aborted sink: neither final nor temporary file remains. */
    {
        snprintf(path, sizeof path, "%s/aborted.csv", dir);
        ksink_opts o = KSINK_OPTS_INIT;
        o.path = path;
        kdiag d = {0};
        ksink *s = ksink_open(&o, &d);
        T_CHECK(s != NULL);
        feed(s);
        ksink_abort(s);
        T_CHECK(access(path, F_OK) != 0);
    }
    /* Unwritable directory: clear error, no crash. */
    {
        ksink_opts o = KSINK_OPTS_INIT;
        o.path = "/nonexistent-dir/x.csv";
        kdiag d = {0};
        T_CHECK(ksink_open(&o, &d) == NULL);
        T_EQ_INT(d.nerror, 1);
    }
    T_EQ_INT(ksink_sentence_no("story-12"), 12);
    T_EQ_INT(ksink_sentence_no("DEMO-01"), 1);
    T_EQ_INT(ksink_sentence_no("abc"), 0);

    char cmd[600];
    snprintf(cmd, sizeof cmd, "ls %s | grep -c tmp", dir);
    FILE *p = popen(cmd, "r");
    int ntmp = -1;
    if (p) {
        if (fscanf(p, "%d", &ntmp) != 1)
            ntmp = -1;
        pclose(p);
    }
    T_EQ_INT(ntmp, 0);   /* no temporaries left behind */
    snprintf(cmd, sizeof cmd, "%s %s", getenv("KEEP") ? "echo" : "rm -rf", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return T_DONE();
}
