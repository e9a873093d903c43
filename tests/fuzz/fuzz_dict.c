/* fuzz_dict.c: libFuzzer target for the dictionary readers (PETRARCH2 /
 * CAMEO.2.0 formats).  The first input byte chooses the file the rest is
 * read as: verbs, actors, agents, discards or issues; the other files of
 * the set are small valid ones.  A malformed file may be refused or its
 * bad entries skipped with a message; the reader must never crash, read
 * out of bounds or leak.  When the set loads, one sentence is coded with it.
 * Built and run by `make fuzz`. */
#include "coder.h"
#include "diag.h"
#include "dict.h"
#include "tcode.h"

#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *const valid[5] = {
    "--- ATTACK [190] ---\nATTACK\n- * &ARMY [195]\n\n&ARMY\n+ARMY\n+TROOPS\n\n",
    "GONDOR [GON]\nMORDOR [MOR]\n",
    "SOLDIER [~MIL]\n",
    "+SPORTS\n",
    "PEACE [PEC]\n",
};

static const char *write_file(const char *name, const void *p, size_t n)
{
    static char paths[5][80];
    static int k;
    char *path = paths[k++ % 5];
    snprintf(path, 80, "/tmp/khaldun-fuzz-%ld.%s", (long)getpid(), name);
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return NULL;
    fwrite(p, 1, n, fp);
    fclose(fp);
    return path;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const char *const names[5] = {"verbs", "actors", "agents", "discards", "issues"};
    int which = data[0] % 5;
    const char *path[5];
    for (int i = 0; i < 5; i++)
        path[i] = i == which ? write_file(names[i], data + 1, size - 1)
                             : write_file(names[i], valid[i], strlen(valid[i]));
    for (int i = 0; i < 5; i++)
        if (!path[i])
            return 0;
    const char *actl[1] = {path[1]};
    kdict_files f = {path[0], actl, 1, path[2], path[3], path[4]};
    kdiag d = {NULL, NULL, 0, 0};
    kdictset *ds = kdictset_load(&f, 0, &d);
    if (ds) {
        static const char conll[] =
            "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
            "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
            "3\tMordor\tMordor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
            "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n";
        kcoder *c = kcoder_new(ds);
        kcoder_opts o;
        kcoder_opts_default(&o);
        char buf[256];
        tc_code(c, &o, conll, 20000101, buf, sizeof buf, NULL, 0);
        kcoder_free(c);
    }
    kdictset_free(ds);
    return 0;
}
