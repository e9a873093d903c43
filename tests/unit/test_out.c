/* test_out.c: JSON Lines and PETRARCH2 event lines; output files appear
 * under their name only when complete. */
#include "out.h"
#include "t.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static kevent ev(void)
{
    kevent e;
    memset(&e, 0, sizeof e);
    e.story_id = "AFP0808";
    e.sentence_id = "AFP0808_3";
    e.date = 20080804;
    e.source = "USA";
    e.target = "CHN";
    e.code = "042";
    e.sentence = "  The US leader\n  visited\tChina. ";
    e.source_text = "the US leader";
    e.target_text = "China";
    e.verb_text = "visited";
    e.pattern = "* CHINA";
    e.pattern_file = "/x/y/CAMEO.2.0.txt";
    e.pattern_line = 1234;
    e.issues = "SANCTIONS 1, PEACEKEEPERS 2";
    return e;
}

static void json_line(void)
{
    kevent e = ev();
    kbuf b;
    kbuf_init(&b);
    kout_json_line(&b, &e, "AFP");
    T_CHECK(b.len > 0 && b.s[b.len - 1] == '\n');
    T_CHECK(strchr(b.s, '\n') == b.s + b.len - 1);
    json_error_t err;
    json_t *o = json_loads(b.s, 0, &err);
    T_CHECK(o != NULL);
    if (o) {
        T_EQ_STR(json_string_value(json_object_get(o, "story_id")), "AFP0808");
        T_EQ_STR(json_string_value(json_object_get(o, "sentence_id")), "AFP0808_3");
        T_EQ_STR(json_string_value(json_object_get(o, "date")), "2008-08-04");
        T_EQ_STR(json_string_value(json_object_get(o, "source")), "USA");
        T_EQ_STR(json_string_value(json_object_get(o, "target")), "CHN");
        T_EQ_STR(json_string_value(json_object_get(o, "code")), "042");
        T_EQ_STR(json_string_value(json_object_get(o, "sentence")), "The US leader visited China.");
        T_EQ_STR(json_string_value(json_object_get(o, "pattern")), "* CHINA");
        T_EQ_STR(json_string_value(json_object_get(o, "pattern_source")), "CAMEO.2.0.txt:1234");
        T_EQ_INT(json_integer_value(json_object_get(o, "pattern_line")), 1234);
        T_EQ_STR(json_string_value(json_object_get(o, "source_text")), "the US leader");
        T_EQ_STR(json_string_value(json_object_get(o, "verb_text")), "visited");
        T_EQ_STR(json_string_value(json_object_get(o, "news_source")), "AFP");
        T_CHECK(json_object_get(o, "source_resolved") == NULL);
        json_decref(o);
    }
    /* unknown date, missing texts, invalid UTF-8 in a text */
    kbuf_reset(&b);
    e.date = 0;
    e.target_text = NULL;
    e.verb_text = "att\xff" "acked";
    e.source_resolved = "story";
    kout_json_line(&b, &e, NULL);
    o = json_loads(b.s, 0, &err);
    T_CHECK(o != NULL);
    if (o) {
        T_CHECK(json_is_null(json_object_get(o, "date")));
        T_CHECK(json_is_null(json_object_get(o, "target_text")));
        T_EQ_STR(json_string_value(json_object_get(o, "verb_text")), "att?acked");
        T_EQ_STR(json_string_value(json_object_get(o, "source_resolved")), "story");
        T_CHECK(json_object_get(o, "news_source") == NULL);
        json_decref(o);
    }
    kbuf_free(&b);
}

static void petrarch_line(void)
{
    kevent e = ev();
    kbuf b;
    kbuf_init(&b);
    kout_petrarch_line(&b, &e, "AFP");
    T_EQ_STR(b.s, "20080804\tUSA\tCHN\t042\tSANCTIONS,1;PEACEKEEPERS,2\tAFP0808_3\tAFP\tthe US leader\tChina\tvisited\n");
    kbuf_reset(&b);
    e.issues = NULL;
    e.source_text = "a\tb\nc";
    kout_petrarch_line(&b, &e, NULL);
    T_EQ_STR(b.s, "20080804\tUSA\tCHN\t042\t\tAFP0808_3\t\ta b c\tChina\tvisited\n");
    kbuf_free(&b);
}

static void files(void)
{
    char dir[] = "/tmp/khaldun-test-out-XXXXXX";
    if (!mkdtemp(dir))
        return;
    char path[256];
    snprintf(path, sizeof path, "%s/ev.jsonl", dir);
    kdiag d = {NULL, NULL, 0, 0};
    kevent e = ev();
    kout *o = kout_open(path, KOUT_JSON, &d);
    T_CHECK(o != NULL);
    T_EQ_INT(kout_event(o, &e, NULL), 0);
    struct stat st;
    T_CHECK(stat(path, &st) != 0); /* not there before close */
    T_EQ_INT(kout_close(o, 1), 0);
    T_CHECK(stat(path, &st) == 0 && st.st_size > 10);
    /* discarded output leaves the old file and no temporary behind */
    o = kout_open(path, KOUT_PETRARCH, &d);
    kout_event(o, &e, NULL);
    kout_event(o, &e, NULL);
    T_EQ_INT(kout_close(o, 0), 0);
    struct stat st2;
    T_CHECK(stat(path, &st2) == 0 && st2.st_size == st.st_size);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "test $(ls -A '%s' | wc -l) -eq 1", dir);
    T_EQ_INT(system(cmd), 0);
    /* an unwritable folder */
    T_CHECK(kout_open("/nonexistent-dir/x.jsonl", KOUT_JSON, &d) == NULL);
    T_EQ_INT(d.nerror, 1);
    unlink(path);
    rmdir(dir);
    T_EQ_INT(kout_format("json"), KOUT_JSON);
    T_EQ_INT(kout_format("petrarch"), KOUT_PETRARCH);
    T_EQ_INT(kout_format("xml"), -1);
}

int main(void)
{
    json_line();
    petrarch_line();
    files();
    return T_DONE();
}
