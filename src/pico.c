/* pico.c: see pico.h */
#include "pico.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pent {
    int code;
    long value;
} pent;

struct kpico {
    pent *e;
    size_t n, cap;
};

static const pent *find_code(const kpico *p, int code)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->e[i].code == code)
            return &p->e[i];
    return NULL;
}

/* "-0xFFFF+0x2045+0x300" -> value; returns 0 or -1 */
static int parse_value(const char *s, long *out)
{
    long acc = 0;
    int sign = 1, any = 0;
    while (*s == ' ' || *s == '\t')
        s++;
    while (*s) {
        if (*s == '+' || *s == '-') {
            sign = *s == '-' ? -1 : 1;
            s++;
            while (*s == ' ')
                s++;
        }
        char *e;
        long v = strtol(s, &e, 16);
        if (e == s)
            return -1;
        acc += sign * v;
        any = 1;
        s = e;
        while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
            s++;
        if (*s && *s != '+' && *s != '-')
            return -1;
        sign = 1;
    }
    if (!any)
        return -1;
    *out = acc;
    return 0;
}

kpico *kpico_load(const char *path, kintern *in, int strict, kdiag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open coding ontology");
        return NULL;
    }
    kpico *p = xcalloc(1, sizeof *p);
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0, bad = 0;
    while (getline(&line, &cap, f) >= 0) {
        lineno++;
        char *h = strchr(line, '#');
        if (h)
            *h = 0;
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        size_t n = strlen(s);
        while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
            s[--n] = 0;
        if (!n)
            continue;
        char *colon = strchr(s, ':');
        long v;
        if (!colon || colon == s || parse_value(colon + 1, &v) < 0) {
            kloc l = {path, lineno, colon ? (int)(colon - line) + 2 : 1, NULL};
            kdiag_report(d, strict ? KD_ERROR : KD_WARN, &l, "expected CODE:HEX near '%.30s'", s);
            bad++;
            continue;
        }
        XGROW(p->e, p->cap, p->n + 1);
        p->e[p->n].code = kintern_add(in, s, (size_t)(colon - s));
        p->e[p->n].value = v;
        p->n++;
    }
    free(line);
    fclose(f);
    if (bad) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_NOTE, &l, "%d malformed ontology lines skipped", bad);
    }
    if (strict && bad) {
        kpico_free(p);
        return NULL;
    }
    return p;
}

void kpico_free(kpico *p)
{
    if (!p)
        return;
    free(p->e);
    free(p);
}

int kpico_count(const kpico *p)
{
    return p ? (int)p->n : 0;
}

int kpico_negate(const kpico *p, const kintern *in, int code)
{
    if (!p || code <= 0)
        return 0;
    const char *cs = kintern_str(in, code);
    size_t n = strlen(cs);
    if (n == 0 || n > 6)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)cs[i]))
            return 0;
    if (atoi(cs) > 200)
        return 0;
    const pent *e = find_code(p, code);
    if (!e && n >= 2) {
        char cat[8];
        snprintf(cat, sizeof cat, "%.2s0", cs);
        int cid = kintern_find(in, cat, strlen(cat));
        if (cid)
            e = find_code(p, cid);
    }
    if (!e)
        return 0;
    long want = e->value - 0xFFFF;
    int res = 0;
    for (size_t i = 0; i < p->n; i++)
        if (p->e[i].value == want)
            res = p->e[i].code;      /* the later line wins */
    return res;
}
