/* cameo.c: lookups in the compiled CAMEO table (see cameo.h). */
#include "cameo.h"

#include <string.h>

const kcameo_row *kcameo_row_find(const char *code)
{
    int lo = 0, hi = kcameo_nrows - 1;
    if (!code || !*code)
        return NULL;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(code, kcameo_rows[mid].code);
        if (c == 0)
            return &kcameo_rows[mid];
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return NULL;
}

static int root_num(const char *root)
{
    if (!root || root[0] < '0' || root[0] > '9' || root[1] < '0' || root[1] > '9')
        return 0;
    int n = (root[0] - '0') * 10 + (root[1] - '0');
    return n >= 1 && n <= 20 ? n : 0;
}

int kcameo_quad_class(const char *root)
{
    int n = root_num(root);
    if (!n)
        return 0;
    return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}

int kcameo_penta_class(const char *root)
{
    int n = root_num(root);
    if (!n)
        return -1;
    if (n <= 2)
        return 0;
    if (n <= 5)
        return 1;
    if (n <= 8)
        return 2;
    if (n <= 13 || n == 16)
        return 3;
    return 4;
}

int kcameo_lookup(const char *code, int scheme, kcameo_info *out)
{
    memset(out, 0, sizeof *out);
    out->penta_class = -1;
    out->name = out->plover = out->plover_mode = "";
    if (!code)
        code = "";
    size_t n = strlen(code);
    if (n >= sizeof out->code)
        n = sizeof out->code - 1;
    memcpy(out->code, code, n);
    out->code[n] = '\0';

    /* Root and base come from the digits themselves. */
    int digits = n >= 2;
    for (size_t i = 0; i < n; i++)
        if (code[i] < '0' || code[i] > '9')
            digits = 0;
    if (!digits || !root_num(code))
        return 0;
    memcpy(out->root, code, 2);
    memcpy(out->base, code, n >= 3 ? 3 : 2);
    out->quad_class = kcameo_quad_class(out->root);
    out->penta_class = kcameo_penta_class(out->root);

    const kcameo_row *r = kcameo_row_find(out->code);
    out->exact = r != NULL;
    if (!r && n > 3)
        r = kcameo_row_find(out->base);
    if (!r)
        r = kcameo_row_find(out->root);
    if (!r)
        return 0;
    out->row = r;
    out->name = r->name;
    out->plover = r->plover;
    out->plover_mode = r->plover_mode;
    int g = r->goldstein_gdelt;
    if (scheme == KCAMEO_GS_PHOENIX && r->goldstein_phoenix != KCAMEO_NOVAL)
        g = r->goldstein_phoenix;
    if (g != KCAMEO_NOVAL) {
        out->goldstein = g / 10.0;
        out->has_goldstein = 1;
    }
    return 1;
}
