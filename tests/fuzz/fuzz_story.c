/* fuzz_story.c: libFuzzer target for the whole raw-text pipeline.  The
 * input is a story file in any format (plain, JSON Lines, TABARI, XML:
 * detected from the content); every story is read, split, tokenized,
 * tagged, parsed, repaired and coded with story context, with Khaldun's own
 * dictionaries and the shipped models (run from the repository root).  A
 * bad input may be refused with a message; it must never crash, hang, read
 * out of bounds or leak.  Built and run by `make fuzz`. */
#include "coder.h"
#include "diag.h"
#include "dict.h"
#include "parser.h"
#include "pipeline.h"
#include "story.h"
#include "tagger.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static kpipe *pipe_;
static kpipe_cfg cfg;

static int setup(void)
{
    kdiag d = {NULL, NULL, 0, 0};
    static kdict_files f;
    kcoder_opts_default(&cfg.opts);
    if (kdict_config_read("data/dict/khaldun.config.ini", &f, &cfg.opts, &d) != 0)
        return -1;
    cfg.ds = kdictset_load(&f, 0, &d);
    cfg.tagger = ktagger_load("data/model/en-ewt.tagger", &d);
    cfg.parser = kparser_load("data/model/en-ewt.parser", &d);
    if (!cfg.ds || !cfg.tagger || !cfg.parser)
        return -1;
    cfg.context = 1;
    cfg.max_tokens = 1000;
    pipe_ = kpipe_new(&cfg);
    return pipe_ ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    static char path[64];
    if (!ready) {
        if (setup() != 0) {
            fprintf(stderr, "fuzz_story: run from the repository root (data/dict, data/model)\n");
            abort();
        }
        snprintf(path, sizeof path, "/tmp/khaldun-fuzz-%ld.story", (long)getpid());
        ready = 1;
    }
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return 0;
    fwrite(data, 1, size, fp);
    fclose(fp);
    kdiag d = {NULL, NULL, 0, 0};
    kstory_opt so = {0};
    so.max_story = 1 << 20;
    kreader *rd = kreader_open(path, &so, &d);
    if (!rd)
        return 0;
    kpipe_batch b;
    kpipe_batch_init(&b);
    kstory st;
    while (kreader_next(rd, &st)) {
        kpipe_story(pipe_, &st, &b, &d);
        kpipe_batch_reset(&b);
    }
    kpipe_batch_free(&b);
    kreader_close(rd);
    return 0;
}
