/* fuzz_model.c: libFuzzer target for the model loaders (tagger, parser,
 * word clusters).  The input is wrapped in a valid container (magic, a
 * format version and kind from its first two bytes, the payload length and
 * its CRC-32), so that the fuzzer reaches the field checks behind the
 * checksum; a loader must accept the payload or refuse it with a message,
 * never read out of bounds, leak or crash.  Built and run by `make fuzz`
 * (clang, -fsanitize=fuzzer,address,undefined); not part of `make test`. */
#include "diag.h"
#include "model.h"
#include "parser.h"
#include "tagger.h"
#include "util.h"
#include "wclust.h"

#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/khaldun-fuzz-%ld.model", (long)getpid());
    uint32_t version = KMODEL_MINVERSION + data[0] % (KMODEL_VERSION - KMODEL_MINVERSION + 1);
    int kind = 1 + data[1] % 3;
    kdiag d = {NULL, NULL, 0, 0};   /* messages counted, not printed */
    kbuf b;
    kbuf_init(&b);
    kbuf_add(&b, (const char *)data + 2, size - 2);
    int rc = kmodel_save_version(path, kind, version, &b, &d);
    kbuf_free(&b);
    if (rc != 0)
        return 0;
    if (kind == KMODEL_TAGGER) {
        ktagger *t = ktagger_load(path, &d);
        ktagger_free(t);
    } else if (kind == KMODEL_PARSER) {
        kparser *p = kparser_load(path, &d);
        kparser_free(p);
    } else {
        kwc c;
        kwc_init(&c);
        kwc_load(&c, path, &d);
        kwc_free(&c);
    }
    return 0;
}
