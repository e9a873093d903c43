/* test_util.c: buffers, arena, interning. */
#include "intern.h"
#include "t.h"
#include "util.h"

#include <stdlib.h>

int main(void)
{
    kbuf b;
    kbuf_init(&b);
    T_EQ_STR(b.s, "");
    for (int i = 0; i < 1000; i++)
        kbuf_printf(&b, "%d,", i % 10);
    T_EQ_INT(b.len, 2000);
    T_CHECK(b.s[b.len] == 0);
    kbuf_reset(&b);
    T_EQ_STR(b.s, "");
    kbuf_free(&b);

    karena a;
    karena_init(&a);
    char *big = karena_alloc(&a, 200000);
    T_CHECK(big[199999] == 0);
    char *s = karena_strdup(&a, "Gondor");
    T_EQ_STR(s, "Gondor");
    T_EQ_INT(((size_t)karena_alloc(&a, 3)) % 8, 0);
    karena_reset(&a);
    T_EQ_STR(karena_strdup(&a, "Arnor"), "Arnor");
    karena_free(&a);

    kintern *t = kintern_new();
    int g = kintern_add(t, "GON", 3);
    int r = kintern_add(t, "ARN", 3);
    T_CHECK(g != r && g > 0 && r > 0);
    T_EQ_INT(kintern_add(t, "GONxx", 3), g);
    T_EQ_INT(kintern_find(t, "ARN", 3), r);
    T_EQ_INT(kintern_find(t, "XYZ", 3), 0);
    char key[16];
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%d", i);
        kintern_add(t, key, strlen(key));
    }
    T_EQ_INT(kintern_count(t), 5002);
    T_EQ_STR(kintern_str(t, g), "GON");
    T_EQ_INT(kintern_find(t, "k4999", 5), 5002);
    T_EQ_STR(kintern_str(t, 0), "");
    kintern_free(t);
    return T_DONE();
}
