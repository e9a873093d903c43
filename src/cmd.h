/* cmd.h: subcommands of the khaldun CLI.  Each takes argv after the
 * subcommand name (argv[0] is the subcommand) and returns the exit status:
 * 0 ok, 1 some input failed (run completed), 2 usage or fatal error. */
#ifndef KH_CMD_H
#define KH_CMD_H

typedef struct kcmd {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} kcmd;

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_store(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_tokenize(int argc, char **argv);
int cmd_eval_tokenize(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_geo(int argc, char **argv);

/* Khaldun's gazetteer (data/geo/places.khgeo, looked up in the working
 * directory, then next to the executable), NULL if absent. */
const char *kcmd_default_gazetteer(void);

/* Print "khaldun: <msg>" for a diagnostic; shared by all commands. */
struct kloc;
void cli_diag(void *ud, int level, const struct kloc *loc, const char *msg);

int cmd_parse(int argc, char **argv);
int cmd_eval_parse(int argc, char **argv);
int cmd_train_parse(int argc, char **argv);

#endif
