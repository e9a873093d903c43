/* cli.c: the khaldun command.  Parses the subcommand and dispatches; the
 * only place (with cmd_*.c) that prints or exits. */
#include "cmd.h"
#include "diag.h"

#include <stdio.h>
#include <string.h>

#define KHALDUN_VERSION "0.1.0"

static const kcmd commands[] = {
    {"code", cmd_code, "code parsed PETRARCH / UD-PETRARCH XML into events"},
    {"validate", cmd_validate, "run a validation suite file and compare with its expected events"},
    {"tokenize", cmd_tokenize, "split stories into sentences and tokens (what the coder sees)"},
    {"eval-tokenize", cmd_eval_tokenize, "token and sentence-boundary F1 against a CoNLL-U treebank"},
    {"dict", cmd_dict, "dictionary tools: 'dict check' lints a set, 'dict stats' counts what it holds"},
    {"explain", cmd_explain, "show how one sentence is coded: tokens, parse, actors, verbs, events"},
    {"geo", cmd_geo, "where each sentence of stories takes place (gazetteer, dateline, actors' country)"},
    {"store", cmd_store, "import JSON Lines events into an SQLite event store, or export it"},
    {"convert", cmd_convert, "rewrite JSON Lines events as CSV, Phoenix or GDELT, deduplicated"},
    {"query", cmd_query, "questions to an SQLite event store: dyads, counts, Goldstein, events"},
    {"parse", cmd_parse, "tag and parse sentences, print CoNLL-U"},
    {"eval-parse", cmd_eval_parse, "tagger and parser accuracy on a gold CoNLL-U file"},
    {"train-parse", cmd_train_parse, "train the tagger and parser (make model)"},
    {NULL, NULL, NULL},
};

void cli_diag(void *ud, int level, const kloc *loc, const char *msg)
{
    char buf[4096];
    (void)ud;
    kdiag_format(buf, sizeof buf, level, loc, msg);
    fprintf(stderr, "khaldun: %s\n", buf);
}

static void usage(FILE *f)
{
    fprintf(f, "usage: khaldun COMMAND [OPTIONS] [FILE...]\n\n"
               "Political event coder: news stories in, CAMEO events out.\n\n"
               "Commands:\n");
    for (const kcmd *c = commands; c->name; c++)
        fprintf(f, "  %-14s %s\n", c->name, c->summary);
    fprintf(f, "\nRun 'khaldun COMMAND --help' for a command's options.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("khaldun %s\n", KHALDUN_VERSION);
        return 0;
    }
    for (const kcmd *c = commands; c->name; c++)
        if (!strcmp(argv[1], c->name))
            return c->run(argc - 1, argv + 1);
    fprintf(stderr, "khaldun: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
