/* t.h: the whole unit-test harness.  A test binary calls T_CHECK/T_EQ... and
 * ends with T_DONE(), which prints "N passed, N failed" and returns the
 * exit status. */
#ifndef KH_T_H
#define KH_T_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* A temporary folder for the test's files, made at the first call and
 * removed with its files when the test exits; NULL if it cannot be made. */
static char t_dir[64];
static inline void t_rmdir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", t_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", t_dir);
}
static inline const char *t_tmpdir(void)
{
    if (!t_dir[0]) {
        snprintf(t_dir, sizeof t_dir, "/tmp/khaldun-test-XXXXXX");
        if (!mkdtemp(t_dir)) {
            perror("mkdtemp");
            t_dir[0] = 0;
            return NULL;
        }
        atexit(t_rmdir);
    }
    return t_dir;
}

/* Writes text to the file name in t_tmpdir(); its path (one of 8 rotating
 * buffers), or NULL when it cannot be written. */
static inline const char *t_write(const char *name, const char *text)
{
    static char path[8][128];
    static int k;
    const char *dir = t_tmpdir();
    if (!dir)
        return NULL;
    char *p = path[k++ % 8];
    snprintf(p, 128, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    if (!f)
        return NULL;
    fputs(text, f);
    fclose(f);
    return p;
}

#define T_DONE() (printf("%d passed, %d failed\n", t_pass, t_fail), t_fail ? 1 : 0)

#endif
