/* fuzz_tree.c: libFuzzer target for the tree readers and the coder on
 * arbitrary trees.  The first input byte chooses the reader of the rest: a
 * Penn Treebank tree (as in PETRARCH records' <Parse>) or a CoNLL-U sentence
 * (as in UD-PETRARCH records and `explain --conllu`).  A tree that reads is
 * coded with Khaldun's own dictionaries, with and without story context.
 * Malformed trees are refused with a message; nothing may crash, hang, read
 * out of bounds or leak.  Built and run by `make fuzz` from the repository
 * root. */
#include "coder.h"
#include "conllu.h"
#include "diag.h"
#include "dict.h"
#include "ptb.h"
#include "sent.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static kcoder *coder;
static kcoder_opts opts;

static int setup(void)
{
    kdiag d = {NULL, NULL, 0, 0};
    static kdict_files f;
    kcoder_opts_default(&opts);
    if (kdict_config_read("data/dict/khaldun.config.ini", &f, &opts, &d) != 0)
        return -1;
    kdictset *ds = kdictset_load(&f, 0, &d);
    if (!ds)
        return -1;
    coder = kcoder_new(ds);
    return coder ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        if (setup() != 0) {
            fprintf(stderr, "fuzz_tree: run from the repository root (data/dict)\n");
            abort();
        }
        ready = 1;
    }
    if (size < 1)
        return 0;
    karena mem;
    karena_init(&mem);
    ksent s;
    memset(&s, 0, sizeof s);
    s.mem = &mem;
    s.id = "F-1";
    s.story_id = "F";
    s.date = 20210101;
    s.text = "";
    kdiag d = {NULL, NULL, 0, 0};
    kloc at = {"fuzz", 1, 0, "F-1"};
    const char *body = (const char *)data + 1;
    size_t n = size - 1;
    int rc = data[0] & 1 ? kconllu_parse(&s, body, n, &d, &at) : kptb_parse(&s, body, n, &d, &at);
    if (rc == 0) {
        kevent *ev = NULL;
        int nev = 0, cap = 0;
        kcoder_set_context(coder, data[0] & 2 ? 1 : 0);
        kcoder_story_begin(coder);
        kcoder_code(coder, &opts, &s, &ev, &nev, &cap, &d);
        free(ev);
    }
    karena_free(&mem);
    return 0;
}
