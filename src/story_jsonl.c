/* story_jsonl.c: JSON Lines stories, one object per line:
 *   {"id": "reuters-1", "date": "1987-02-26", "title": "...", "text": "...",
 *    "source": "...", "url": "..."}
 * "text" is required; "date" is "YYYY-MM-DD", "YYYYMMDD" or the number
 * YYYYMMDD (--date supplies it when absent); "id" is a string or number
 * (default: file base name + ordinal). */
#include "story_int.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static const char *str_field(kreader *r, json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    if (json_is_string(v))
        return karena_strndup(&r->mem, json_string_value(v), json_string_length(v));
    return NULL;
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
        json_error_t err;
        json_t *o = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
        if (!o) {
            kreader_error(r, line, err.column > 0 ? err.column : 0, "invalid JSON: %s, story skipped", err.text);
            continue;
        }
        if (!json_is_object(o)) {
            kreader_error(r, line, 0, "expected a JSON object, story skipped");
            json_decref(o);
            continue;
        }
        json_t *t = json_object_get(o, "text");
        if (!json_is_string(t)) {
            kreader_error(r, line, 0, "no \"text\" string in the object, story skipped");
            json_decref(o);
            continue;
        }
        if (memchr(json_string_value(t), 0, json_string_length(t))) {
            kreader_error(r, line, 0, "NUL character in \"text\", story skipped");
            json_decref(o);
            continue;
        }
        const char *id = str_field(r, o, "id");
        json_t *iv = json_object_get(o, "id");
        if (!id && json_is_integer(iv)) {
            char b[32];
            snprintf(b, sizeof b, "%lld", (long long)json_integer_value(iv));
            id = karena_strdup(&r->mem, b);
        }
        int date = 0;
        json_t *dv = json_object_get(o, "date");
        if (json_is_string(dv)) {
            int e = kdate_parse(json_string_value(dv), json_string_length(dv), &date);
            if (e) {
                kreader_error(r, line, 0, "%s date '%s', story skipped", e == -2 ? "impossible" : "malformed",
                              json_string_value(dv));
                json_decref(o);
                continue;
            }
        } else if (json_is_integer(dv)) {
            char b[32];
            snprintf(b, sizeof b, "%lld", (long long)json_integer_value(dv));
            if (kdate_parse(b, strlen(b), &date)) {
                kreader_error(r, line, 0, "impossible date %s, story skipped", b);
                json_decref(o);
                continue;
            }
        } else if (dv && !json_is_null(dv)) {
            kreader_error(r, line, 0, "\"date\" is neither a string nor a number, story skipped");
            json_decref(o);
            continue;
        }
        if (!date && r->opt.date)
            date = r->opt.date;
        if (!date) {
            kreader_error(r, line, 0, "story has no date (use --date to supply one), skipped");
            json_decref(o);
            continue;
        }
        st->title = str_field(r, o, "title");
        st->source = str_field(r, o, "source");
        st->url = str_field(r, o, "url");
        if (kreader_append(r, json_string_value(t), json_string_length(t), line)) {
            json_decref(o);
            continue;
        }
        json_decref(o);
        kreader_fill(r, st, id, date, line);
        return 1;
    }
}

const kfmt_ops kstory_jsonl_ops = {jsonl_next, NULL};
