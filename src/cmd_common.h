/* cmd_common.h: pieces shared by the subcommands: option parsing
 * (kopt_parse), dictionary options, option lists from XML <Config>, record
 * coding, model and data lookup. */
#ifndef KH_CMD_COMMON_H
#define KH_CMD_COMMON_H

#include <stdio.h>

#include "coder.h"
#include "dict.h"
#include "parser.h"
#include "petrxml.h"
#include "tagger.h"

typedef struct kcmd_dicts {
    const char *config;      /* --config FILE */
    const char *verbs, *actors, *agents, *discards, *issues;
    int strict;              /* --strict */
    int verbose;             /* -v: show every malformed dictionary entry */
} kcmd_dicts;

/* Load the set named by f, showing dictionary warnings (malformed entries)
 * only with o->verbose or o->strict; the per-file counts (notes) and errors
 * always.  d's counters are updated as usual.  NULL on a fatal error. */
kdictset *kcmd_dict_load(const kcmd_dicts *o, const kdict_files *f, kdiag *d);

/* Any dictionary option given? */
int kcmd_dict_given(const kcmd_dicts *o);

/* Fill f (and opts from the config's [Options]) from --config, then the
 * explicit file options.  Returns 0 or -1 (reported). */
int kcmd_dict_files(const kcmd_dicts *o, kdict_files *f, kcoder_opts *opts, kdiag *d);

/* Apply <Config option= value=> pairs to opts.  PETRARCH options that are
 * not coding options (stop_on_error, write_*...) are ignored; an unknown
 * name or a malformed value is a warning at loc. */
void kcmd_apply_opts(kcoder_opts *opts, const kpx_opt *v, int n, const kloc *loc, kdiag *d);

/* Default --max-tokens: longer "sentences" are run-ons of a failed sentence
 * split (tables, lists), not news sentences. */
#define KCMD_MAX_TOKENS 1000

/* Code one record.  Returns the number of events appended to *ev (from
 * index 0: *nev is reset), or -1 when the record fails (reported naming it):
 * unreadable, no parse, more than max_tokens tokens (0 = no limit), or
 * refused by the coder. */
int kcmd_code_record(kcoder *c, const kcoder_opts *o, kpx_record *r, int max_tokens, kevent **ev, int *nev,
                     int *cap, kdiag *d);

/* Khaldun's own dictionary set (data/dict/khaldun.config.ini), found as
 * the models are: $KHALDUN_DICT (the config file, or a folder holding it),
 * else ./data/dict, else data/dict next to the executable or up to two
 * levels above it.  A malloc'd path, or NULL when none exists. */
char *kcmd_default_dict_config(void);

/* Load the tagger and parser (en-ewt.tagger, en-ewt.parser) from dir, or
 * when dir is NULL: $KHALDUN_MODEL, else ./data/model, else data/model next
 * to the executable or up to two levels above it.  0, or -1 after
 * reporting through d (*t and *p NULL). */
int kcmd_load_models(const char *dir, ktagger **t, kparser **p, kdiag *d);

/* Monotonic clock in seconds. */
double kcmd_now(void);
/* CPU time of this process in seconds: on a shared machine closer to what an
 * idle core would take than wall time. */
double kcmd_cpu_now(void);
/* The --stats line on stderr (format parsed by bench/): code_s is reading +
 * coding + writing, coder_s the time inside the coder alone. */
void kcmd_print_stats(long sentences, long events, double load_s, double code_s, double coder_s);

/* Table-driven option parsing for the subcommands.  An option is given as
 * "--name VALUE" or "--name=VALUE" (flags take no value); "-", words not
 * starting with '-' and every word after "--" are positional.  Errors are printed as
 * "khaldun: CMD: ..." and make kopt_parse return 2 (usage error). */
enum {
    KOPT_FLAG,   /* int *dst = 1 */
    KOPT_STR,    /* const char **dst = the value */
    KOPT_INT,    /* int *dst = an integer from min to max */
    KOPT_LLONG,  /* long long *dst = an integer from min to max */
    KOPT_DOUBLE, /* double *dst = a number from min to max */
    KOPT_CHOICE, /* int *dst = index of the value in choices (NULL-ended); else
                  * "unknown <what, else the name> 'V' (known: a, b)" */
    KOPT_DATE,   /* int *dst = YYYYMMDD from a valid YYYY-MM-DD */
    KOPT_INFMT,  /* int *dst = kstory_format_parse(value) */
    KOPT_LIST,   /* kopt_list *dst: the value appended (repeatable option) */
};

typedef struct kopt_list {
    char **v;                    /* room for argc entries */
    int n;
} kopt_list;

typedef struct kopt {
    const char *name;            /* "--format"; "-h" style short names too */
    int kind;
    void *dst;
    long long min, max;          /* KOPT_INT, KOPT_LLONG; KOPT_DOUBLE in thousandths (500 = 0.5) */
    const char *const *choices;  /* KOPT_CHOICE */
    const char *what;            /* KOPT_CHOICE: "output format", or NULL */
} kopt;

#define KOPT_END {NULL, 0, NULL, 0, 0, NULL, NULL}

/* The dictionary options as kopt_parse table rows. */
#define KCMD_DICT_KOPTS(o)                                                                                     \
    {"--config", KOPT_STR, &(o)->config, 0, 0, NULL, NULL},                                                 \
    {"--verbs", KOPT_STR, &(o)->verbs, 0, 0, NULL, NULL},                                                   \
    {"--actors", KOPT_STR, &(o)->actors, 0, 0, NULL, NULL},                                                 \
    {"--agents", KOPT_STR, &(o)->agents, 0, 0, NULL, NULL},                                                 \
    {"--discards", KOPT_STR, &(o)->discards, 0, 0, NULL, NULL},                                             \
    {"--issues", KOPT_STR, &(o)->issues, 0, 0, NULL, NULL},                                                 \
    {"--strict", KOPT_FLAG, &(o)->strict, 0, 0, NULL, NULL},                                                \
    {"-v", KOPT_FLAG, &(o)->verbose, 0, 0, NULL, NULL},                                                     \
    {"--verbose", KOPT_FLAG, &(o)->verbose, 0, 0, NULL, NULL}

/* --max-tokens N (0 = no limit) as a kopt_parse table row. */
#define KCMD_MAX_TOKENS_KOPT(p) {"--max-tokens", KOPT_INT, (p), 0, 100000000, NULL, NULL}

/* Parse argv[1..argc-1] against the table t (ended by KOPT_END).  -h and
 * --help print usage(stdout) and return 0.  Positional arguments are stored
 * in pos (room for argc entries), their count in *npos.  An unknown option
 * prints "unknown option 'X'" then usage(stderr) (when usage is not NULL).
 * Returns -1 when all was parsed, 0 after --help, 2 on a usage error. */
int kopt_parse(const char *cmd, const kopt *t, int argc, char **argv, char **pos, int *npos,
               void (*usage)(FILE *));

#endif
