/* t.h: the whole unit-test harness.  A test binary calls T_CHECK/T_EQ... and
 * ends with T_DONE(), which prints "N passed, N failed" and returns the
 * exit status. */
#ifndef KH_T_H
#define KH_T_H
#include <stdio.h>
#include <string.h>

static int t_pass, t_fail;

#define T_CHECK(cond) do { \
    if (cond) t_pass++; \
    else { t_fail++; fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define T_EQ_INT(a, b) do { long long t_a = (a), t_b = (b); \
    if (t_a == t_b) t_pass++; \
    else { t_fail++; fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, t_a, t_b); } \
} while (0)

#define T_EQ_STR(a, b) do { const char *t_a = (a), *t_b = (b); \
    if (t_a && t_b && strcmp(t_a, t_b) == 0) t_pass++; \
    else { t_fail++; fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, t_a ? t_a : "(null)", t_b ? t_b : "(null)"); } \
} while (0)

#define T_DONE() (printf("%d passed, %d failed\n", t_pass, t_fail), t_fail ? 1 : 0)

#endif
