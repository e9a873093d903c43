/* verbs.c: placeholder (returns an empty verb dictionary).  OWNED BY THE
 * CODER HELPER, who replaces it with the real reader. */
#include "verbs.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>

struct kverbs {
    int dummy;
};

kverbs *kverbs_load(const char *path, kintern *in, int strict, kdiag *d)
{
    (void)in;
    (void)strict;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open verb dictionary");
        return NULL;
    }
    fclose(fp);
    return xcalloc(1, sizeof(kverbs));
}

void kverbs_free(kverbs *v)
{
    free(v);
}
