/* cmd_dict.c: `khaldun dict check` (lint a dictionary set) and
 * `khaldun dict stats` (what a set holds).  The checks are in dictlint.c. */
#include "cmd.h"
#include "cmd_common.h"
#include "dictlint.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_CONFIG "data/dict/khaldun.config.ini"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: khaldun dict check [dictionary options] [--ontology FILE|none] [--strict] [-q] [-v]\n"
            "       khaldun dict stats [dictionary options] [--ontology FILE|none] [--format text|json]\n\n"
            "check: lint a dictionary set and print each finding as\n"
            "  FILE:LINE:COL: error|warning: MESSAGE [KIND]\n"
            "sorted by file and line, then a summary by kind.  Kinds: malformed (entry skipped),\n"
            "conflict (defined again with other codes), duplicate, verb (verb form in two blocks\n"
            "with other codes), nocode (actor without code), dates (a date restriction that never\n"
            "applies), overlap (date ranges of one entry overlap with other codes), synset (never\n"
            "defined, used before definition, defined twice, unused), token (a word the tokenizer\n"
            "never yields: never matches), code (event code not in the ontology), empty (synset\n"
            "without members, pattern with nothing but '*').\n"
            "stats: entries per kind, event codes covered by root, people per country code.\n\n"
            "Dictionaries (default: Khaldun's own set: $KHALDUN_DICT, ./" DEFAULT_CONFIG ",\n"
            "or data/dict next to the executable):\n"
            "  --config FILE      PETRARCH2 config (PETR_config.ini); names relative to its folder\n"
            "  --verbs FILE       verb dictionary\n"
            "  --actors F[,F..]   actor dictionaries\n"
            "  --agents FILE      agent dictionary\n"
            "  --discards FILE    discard dictionary\n"
            "  --issues FILE      issue dictionary\n\n"
            "Options:\n"
            "  --ontology FILE    event code list (first field of lines starting with a digit, e.g.\n"
            "                     CAMEO.eventcodes.txt): codes not in it are errors.  Default: the\n"
            "                     built-in CAMEO table when this build has one (src/cameo.h), else\n"
            "                     none.  With none (or --ontology none), codes not shaped like CAMEO\n"
            "                     codes (2-4 digits, root 01-20) are warnings\n"
            "  --strict           check: warnings also make the exit status 1; stats: a malformed\n"
            "                     entry is fatal (as for khaldun code --strict)\n"
            "  -q, --quiet        check: print the summary only\n"
            "  -v, --verbose      check: print notes too (date ranges sharing one day)\n"
            "  --format text|json stats: output format (default text)\n"
            "  -h, --help         this help\n\n"
            "Exit status: 0 no errors (check: and no warnings with --strict), 1 errors found,\n"
            "2 usage error or a dictionary file that cannot be read.\n");
}

static void out_diag(void *ud, int level, const kloc *loc, const char *msg)
{
    char buf[8192];
    kdiag_format(buf, sizeof buf, level, loc, msg);
    fprintf((FILE *)ud, "%s\n", buf);
}

typedef struct dictargs {
    kcmd_dicts d;
    const char *ontology;
    const char *format;
    int quiet;
} dictargs;

/* Parse options; returns 0, 1 (help shown), -1 (usage error shown). */
static int parse(int argc, char **argv, dictargs *a)
{
    const kopt t[] = {
        KCMD_DICT_KOPTS(&a->d),
        {"-q", KOPT_FLAG, &a->quiet, 0, 0, NULL, NULL},
        {"--quiet", KOPT_FLAG, &a->quiet, 0, 0, NULL, NULL},
        {"--ontology", KOPT_STR, &a->ontology, 0, 0, NULL, NULL},
        {"--format", KOPT_STR, &a->format, 0, 0, NULL, NULL},
        KOPT_END,
    };
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos = 0, rc = kopt_parse("dict", t, argc, argv, pos, &npos, usage);
    if (rc < 0 && npos) {
        fprintf(stderr, "khaldun: dict: unknown option or argument '%s'\n", pos[0]);
        usage(stderr);
        rc = 2;
    }
    free(pos);
    return rc < 0 ? 0 : rc == 0 ? 1 : -1;
}

/* The ontology: --ontology FILE, none with --ontology none, else the
 * built-in CAMEO table when this build has one.  -1: reported. */
static int open_onto(const dictargs *a, kdlint_onto **o, kdiag *d)
{
    *o = NULL;
    if (a->ontology && !strcmp(a->ontology, "none"))
        return 0;
    if (!a->ontology) {
        *o = kdlint_onto_builtin();
        return 0;
    }
    *o = kdlint_onto_read(a->ontology, d);
    return *o ? 0 : -1;
}

/* Files of the set: the options, else the default config.  -1: reported. */
static int files_of(dictargs *a, kdict_files *f, kdiag *d)
{
    if (!kcmd_dict_given(&a->d)) {
        char *def = kcmd_default_dict_config();
        if (!def) {
            fprintf(stderr, "khaldun: Khaldun's own dictionaries (%s) are not there (not in this "
                            "checkout yet?): give --config FILE or --verbs/--actors/... files\n",
                    DEFAULT_CONFIG);
            return -1;
        }
        a->d.config = def;
        kcoder_opts o;
        kcoder_opts_default(&o);
        int r = kcmd_dict_files(&a->d, f, &o, d);
        a->d.config = NULL;
        free(def);
        return r;
    }
    kcoder_opts o;
    kcoder_opts_default(&o);
    return kcmd_dict_files(&a->d, f, &o, d);
}

/* The dictionary files and the ontology of a dict subcommand; on failure
 * (reported) nothing is left to free. */
static int files_and_onto(dictargs *a, kdict_files *f, kdlint_onto **onto, kdiag *d)
{
    if (files_of(a, f, d) < 0 || open_onto(a, onto, d) < 0) {
        kdict_files_free(f);
        return -1;
    }
    return 0;
}

static int dict_check(int argc, char **argv)
{
    dictargs a = {0};
    int r = parse(argc, argv, &a);
    if (r)
        return r > 0 ? 0 : 2;
    kdiag err = {cli_diag, NULL, 0, 0};
    kdict_files f = {0};
    kdlint_onto *onto = NULL;
    if (files_and_onto(&a, &f, &onto, &err) < 0)
        return 2;
    kdlint *L = kdlint_new(&f, onto);
    kdictset *s = kdlint_load(L, &err);
    int rc = 2;
    if (s) {
        kdlint_check(L, s);
        kdiag out = {a.quiet ? NULL : out_diag, stdout, 0, 0};
        kdlint_flush(L, &out, a.d.verbose);
        const kdlint_counts *c = kdlint_get_counts(L);
        printf("dict check: %d error%s, %d warning%s%s%s\n", c->errors, c->errors == 1 ? "" : "s", c->warnings,
               c->warnings == 1 ? "" : "s", onto ? "; ontology: " : "", onto ? kdlint_onto_name(onto) : "");
        for (int k = 0; k < KDL__COUNT; k++) {
            const int *n = c->n[k];
            if (!n[KD_ERROR] && !n[KD_WARN] && !n[KD_NOTE])
                continue;
            printf("  %-10s %6d error%s %6d warning%s", kdlint_kind_name(k), n[KD_ERROR], n[KD_ERROR] == 1 ? " " : "s",
                   n[KD_WARN], n[KD_WARN] == 1 ? "" : "s");
            if (n[KD_NOTE])
                printf("%s %6d note%s", n[KD_WARN] == 1 ? " " : "", n[KD_NOTE], n[KD_NOTE] == 1 ? "" : "s");
            printf("\n");
        }
        rc = c->errors || (a.d.strict && c->warnings) ? 1 : 0;
        kdictset_free(s);
    }
    kdlint_free(L);
    kdlint_onto_free(onto);
    kdict_files_free(&f);
    return rc;
}

/* Distinct codes per root ("01".."20", others under their own first two chars). */
typedef struct rootn {
    char root[3];
    int n;
} rootn;

static int roots_of(const char **codes, int n, rootn *out, int max)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        char r[3] = {codes[i][0], codes[i][0] ? codes[i][1] : 0, 0};
        int j;
        for (j = 0; j < k; j++)
            if (!strcmp(out[j].root, r))
                break;
        if (j == k) {
            if (k == max)
                continue;
            memcpy(out[k].root, r, 3);
            out[k++].n = 0;
        }
        out[j].n++;
    }
    return k;
}

static int dict_stats(int argc, char **argv)
{
    dictargs a = {0};
    a.format = "text";
    int r = parse(argc, argv, &a);
    if (r)
        return r > 0 ? 0 : 2;
    int json = !strcmp(a.format, "json");
    if (!json && strcmp(a.format, "text")) {
        fprintf(stderr, "khaldun: dict stats: unknown format '%s' (text or json)\n", a.format);
        return 2;
    }
    kdiag err = {cli_diag, NULL, 0, 0};
    kdict_files f = {0};
    kdlint_onto *onto = NULL;
    if (files_and_onto(&a, &f, &onto, &err) < 0)
        return 2;
    kdictset *s = kcmd_dict_load(&a.d, &f, &err);
    if (!s) {
        kdlint_onto_free(onto);
        kdict_files_free(&f);
        return 2;
    }
    kdict_stats st;
    kdictset_stats(s, &st);
    kverbs_stats vs;
    kverbs_stats_get(s->verbs, &vs);
    const char **codes;
    int ncodes = kdlint_verb_codes(s, &codes);
    int inonto = 0;
    for (int i = 0; i < ncodes; i++)
        inonto += kdlint_onto_has(onto, codes[i]);
    rootn roots[128];
    int nroots = roots_of(codes, ncodes, roots, 128);
    char(*pre)[4];
    int *pcount, people;
    int npre = kdlint_people(s, &pre, &pcount, &people);
    if (json) {
        json_t *o = json_object();
        json_t *v = json_object();
        json_object_set_new(v, "file", f.verbs ? json_string(f.verbs) : json_null());
        json_object_set_new(v, "blocks", json_integer(vs.blocks));
        json_object_set_new(v, "forms", json_integer(vs.forms));
        json_object_set_new(v, "patterns", json_integer(vs.patterns));
        json_object_set_new(v, "synsets", json_integer(vs.synsets));
        json_object_set_new(v, "transformations", json_integer(vs.transforms));
        json_object_set_new(v, "skipped", json_integer(vs.skipped));
        json_object_set_new(o, "verbs", v);
        json_t *ev = json_object();
        json_object_set_new(ev, "codes", json_integer(ncodes));
        if (onto) {
            json_object_set_new(ev, "ontology", json_string(kdlint_onto_name(onto)));
            json_object_set_new(ev, "ontology_codes", json_integer(kdlint_onto_count(onto)));
            json_object_set_new(ev, "in_ontology", json_integer(inonto));
        }
        json_t *ro = json_object();
        for (int i = 0; i < nroots; i++)
            json_object_set_new(ro, roots[i].root, json_integer(roots[i].n));
        json_object_set_new(ev, "roots", ro);
        json_t *cl = json_array();
        for (int i = 0; i < ncodes; i++)
            json_array_append_new(cl, json_string(codes[i]));
        json_object_set_new(ev, "list", cl);
        json_object_set_new(o, "event_codes", ev);
        json_t *ac = json_object();
        json_object_set_new(ac, "files", json_integer(st.actor_files));
        json_object_set_new(ac, "entries", json_integer(st.actor_entries));
        json_object_set_new(ac, "phrases", json_integer(st.actor_phrases));
        json_object_set_new(ac, "dated_codes", json_integer(st.actor_dated));
        json_object_set_new(ac, "redefined", json_integer(st.actor_dups));
        json_object_set_new(ac, "without_code", json_integer(st.actor_nocode));
        json_object_set_new(o, "actors", ac);
        json_t *ag = json_object();
        json_object_set_new(ag, "lines", json_integer(st.agent_entries));
        json_object_set_new(ag, "forms", json_integer(st.agent_phrases));
        json_object_set_new(ag, "redefined", json_integer(st.agent_dups));
        json_object_set_new(o, "agents", ag);
        json_t *di = json_object();
        json_object_set_new(di, "entries", json_integer(st.discard_entries));
        json_object_set_new(di, "story", json_integer(st.discard_story));
        json_object_set_new(o, "discards", di);
        json_t *is = json_object();
        json_object_set_new(is, "lines", json_integer(st.issue_entries));
        json_object_set_new(is, "forms", json_integer(st.issue_phrases));
        json_object_set_new(is, "ignore", json_integer(st.issue_ignore));
        json_object_set_new(is, "codes", json_integer(st.issue_codes));
        json_object_set_new(o, "issues", is);
        json_object_set_new(o, "skipped", json_integer(st.skipped + vs.skipped));
        json_t *pp = json_object();
        json_object_set_new(pp, "entries", json_integer(people));
        json_t *bc = json_object();
        for (int i = 0; i < npre; i++)
            json_object_set_new(bc, pre[i], json_integer(pcount[i]));
        json_object_set_new(pp, "by_prefix", bc);
        json_object_set_new(o, "people", pp);
        char *txt = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        puts(txt);
        free(txt);
        json_decref(o);
    } else {
        printf("verbs: %s\n", f.verbs ? f.verbs : "(none)");
        printf("  %d blocks, %d verb forms, %d patterns, %d synsets, %d transformations, %d skipped\n", vs.blocks,
               vs.forms, vs.patterns, vs.synsets, vs.transforms, vs.skipped);
        printf("  event codes: %d distinct", ncodes);
        if (onto)
            printf(", %d of the %d codes of %s", inonto, kdlint_onto_count(onto), kdlint_onto_name(onto));
        printf("\n  roots (%d):", nroots);
        for (int i = 0; i < nroots; i++)
            printf(" %s:%d", roots[i].root, roots[i].n);
        printf("\nactors: %d files, %d entries, %d phrases, %d dated codes, %d redefined phrases, "
               "%d entries without code\n",
               st.actor_files, st.actor_entries, st.actor_phrases, st.actor_dated, st.actor_dups, st.actor_nocode);
        printf("agents: %d lines, %d forms, %d redefined forms\n", st.agent_entries, st.agent_phrases,
               st.agent_dups);
        printf("discards: %d (%d whole-story)\n", st.discard_entries, st.discard_story);
        printf("issues: %d lines, %d forms, %d ignore phrases, %d codes\n", st.issue_entries, st.issue_phrases,
               st.issue_ignore, st.issue_codes);
        printf("skipped (malformed) entries: %d\n", st.skipped + vs.skipped);
        printf("people (entries with date-restricted codes): %d\n", people);
        printf("  by code prefix (%d):", npre);
        for (int i = 0; i < npre; i++)
            printf("%s %s:%d", i % 10 == 0 ? "\n   " : "", pre[i], pcount[i]);
        printf("\n");
    }
    free(codes);
    free(pre);
    free(pcount);
    kdictset_free(s);
    kdlint_onto_free(onto);
    kdict_files_free(&f);
    return 0;
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "check"))
        return dict_check(argc - 1, argv + 1);
    if (!strcmp(argv[1], "stats"))
        return dict_stats(argc - 1, argv + 1);
    fprintf(stderr, "khaldun: dict: unknown subcommand '%s' (check or stats)\n", argv[1]);
    usage(stderr);
    return 2;
}
