/* cmd_code.c: `khaldun code [options] FILE...`: parsed PETRARCH XML or
 * UD-PETRARCH XML in, events out (JSON Lines or PETRARCH2 lines). */
#include "cmd.h"
#include "cmd_common.h"
#include "out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: khaldun code [options] FILE...\n\n"
            "Code the parsed sentences of PETRARCH XML / UD-PETRARCH XML files (Penn Treebank\n"
            "or CoNLL-U <Parse>) and write one event per line.  FILE '-' reads standard input.\n\n"
            "Dictionaries (a config file, explicit files, or both: explicit files win):\n"
            "  --config FILE      PETRARCH2 config (PETR_config.ini); names relative to its folder\n"
            "  --verbs FILE       verb dictionary (CAMEO.2.0 / PETRARCH syntax)\n"
            "  --actors F[,F..]   actor dictionaries\n"
            "  --agents FILE      agent dictionary\n"
            "  --discards FILE    discard dictionary\n"
            "  --issues FILE      issue dictionary\n"
            "  --strict           a malformed dictionary entry is fatal\n"
            "  -v, --verbose      show each malformed dictionary entry (default: counts only)\n\n"
            "Output:\n"
            "  --format json|petrarch   JSON Lines (default) or PETRARCH2 tab-separated lines\n"
            "  -o FILE            write to FILE (appears only when complete); default stdout\n"
            "  -h, --help         this help\n\n"
            "A record that cannot be read or coded is reported (naming it) and skipped.\n"
            "Exit status: 0 ok, 1 some record or file failed, 2 usage or fatal error.\n");
}

typedef struct run {
    kcoder *coder;
    kcoder_opts cfg;      /* options from the config file */
    kcoder_opts base;     /* cfg + sticky <Config> between records of this file */
    kout *out;
    kdiag *d;
    kevent *ev;
    int nev, cap;
    long records, events, failed;
    int write_failed;
} run;

static int on_record(void *ud, kpx_record *r)
{
    run *R = ud;
    R->records++;
    kloc l = {r->file, r->line, 0, r->sent.id};
    if (r->npre)
        kcmd_apply_opts(&R->base, r->pre, r->npre, &l, R->d);
    kcoder_opts o = R->base;
    if (r->nopt)
        kcmd_apply_opts(&o, r->opts, r->nopt, &l, R->d);
    int n = kcmd_code_record(R->coder, &o, r, &R->ev, &R->nev, &R->cap, R->d);
    if (n < 0) {
        R->failed++;
        return 0;
    }
    for (int i = 0; i < R->nev; i++) {
        if (kout_event(R->out, &R->ev[i], r->source) < 0) {
            R->write_failed = 1;
            return 1;
        }
        R->events++;
    }
    return 0;
}

int cmd_code(int argc, char **argv)
{
    kcmd_dicts dopt = {0};
    const char *outpath = NULL, *format = "json";
    char **files = xcalloc((size_t)argc + 1, sizeof *files);
    int nfiles = 0, rc = 2;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int k = kcmd_dict_opt(&dopt, argc, argv, &i);
        if (k < 0)
            goto out;
        if (k)
            continue;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            rc = 0;
            goto out;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
            if (++i >= argc) {
                fprintf(stderr, "khaldun: option %s needs a value\n", a);
                goto out;
            }
            outpath = argv[i];
        } else if (!strcmp(a, "--format")) {
            if (++i >= argc) {
                fprintf(stderr, "khaldun: option --format needs a value\n");
                goto out;
            }
            format = argv[i];
        } else if (!strncmp(a, "--format=", 9))
            format = a + 9;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "khaldun: code: unknown option '%s'\n", a);
            usage(stderr);
            goto out;
        } else
            files[nfiles++] = argv[i];
    }
    int fmt = kout_format(format);
    if (fmt < 0) {
        fprintf(stderr, "khaldun: code: unknown format '%s' (json or petrarch)\n", format);
        goto out;
    }
    if (!nfiles) {
        fprintf(stderr, "khaldun: code: no input file\n");
        usage(stderr);
        goto out;
    }
    if (!kcmd_dict_given(&dopt)) {
        fprintf(stderr, "khaldun: code: no dictionaries: give --config FILE or --verbs/--actors/... files\n");
        goto out;
    }
    kdiag d = {cli_diag, NULL, 0, 0};
    kdict_files df = {0};
    run R = {0};
    R.d = &d;
    kcoder_opts_default(&R.base);
    if (kcmd_dict_files(&dopt, &df, &R.base, &d) < 0) {
        kdict_files_free(&df);
        goto out;
    }
    kdictset *ds = kcmd_dict_load(&dopt, &df, &d);
    kdict_files_free(&df);
    if (!ds)
        goto out;
    R.coder = kcoder_new(ds);
    R.out = kout_open(outpath, fmt, &d);
    if (!R.out) {
        kcoder_free(R.coder);
        kdictset_free(ds);
        goto out;
    }
    kpx_handler h = {&R, NULL, on_record};
    int bad_files = 0;
    R.cfg = R.base;
    for (int i = 0; i < nfiles && !R.write_failed; i++) {
        R.base = R.cfg; /* a file's <Config> does not leak into the next file */
        if (kpetrxml_read(files[i], &h, &d) < 0)
            bad_files++;
    }
    int wr = kout_close(R.out, !R.write_failed);
    fprintf(stderr, "khaldun: %ld records, %ld events, %ld records failed%s\n", R.records, R.events, R.failed,
            bad_files ? ", some files unreadable or broken" : "");
    rc = wr < 0 || R.write_failed ? 2 : (R.failed || bad_files) ? 1 : 0;
    free(R.ev);
    kcoder_free(R.coder);
    kdictset_free(ds);
out:
    free(files);
    return rc;
}
