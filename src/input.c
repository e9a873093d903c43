/* input.c: see input.h */
#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#define CHUNK (64 * 1024)

enum { KI_RAW, KI_GZ, KI_ZST };

struct kinput {
    char *path;
    int fd;
    int kind;
    int eof;            /* no more raw input */
    int done;           /* no more decompressed output */
    int failed;
    int pending;        /* compressed frame not finished */
    kdiag *diag;
    unsigned char *raw; /* raw (compressed) bytes [rpos, rlen) */
    size_t rpos, rlen;
    unsigned char *buf; /* decompressed bytes [pos, len) */
    size_t pos, len;
    z_stream zs;
    ZSTD_DStream *zd;
    kbuf line;
    long lineno;
};

static void fail(kinput *in, const char *what)
{
    kloc l = {in->path, 0, 0, NULL};
    kdiag_report(in->diag, KD_ERROR, &l, "%s", what);
    in->failed = 1;
    in->done = 1;
}

static void fill_raw(kinput *in)
{
    if (in->eof)
        return;
    if (in->rpos > 0 && in->rpos < in->rlen)
        memmove(in->raw, in->raw + in->rpos, in->rlen - in->rpos);
    in->rlen -= in->rpos;
    in->rpos = 0;
    while (in->rlen < CHUNK) {
        ssize_t r = read(in->fd, in->raw + in->rlen, CHUNK - in->rlen);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            char msg[256];
            snprintf(msg, sizeof msg, "read error: %s", strerror(errno));
            fail(in, msg);
            in->eof = 1;
            return;
        }
        if (r == 0) {
            in->eof = 1;
            return;
        }
        in->rlen += (size_t)r;
        break;
    }
}

/* Append decompressed bytes to buf[len..CHUNK). */
static void decode(kinput *in)
{
    if (in->done)
        return;
    if (in->pos > 0) {
        memmove(in->buf, in->buf + in->pos, in->len - in->pos);
        in->len -= in->pos;
        in->pos = 0;
    }
    if (in->len == CHUNK)
        return;
    size_t before = in->len;
    while (in->len == before && !in->done) {
        if (in->rpos == in->rlen)
            fill_raw(in);
        if (in->done)
            return;
        if (in->rpos == in->rlen && in->eof) {
            if (in->pending && !in->failed)
                fail(in, in->kind == KI_GZ ? "truncated gzip data" : "truncated zstd data");
            in->done = 1;
            return;
        }
        unsigned char *src = in->raw + in->rpos;
        size_t srcn = in->rlen - in->rpos;
        if (in->kind == KI_RAW) {
            size_t k = CHUNK - in->len < srcn ? CHUNK - in->len : srcn;
            memcpy(in->buf + in->len, src, k);
            in->len += k;
            in->rpos += k;
        } else if (in->kind == KI_GZ) {
            in->zs.next_in = src;
            in->zs.avail_in = (uInt)srcn;
            in->zs.next_out = in->buf + in->len;
            in->zs.avail_out = (uInt)(CHUNK - in->len);
            int rc = inflate(&in->zs, Z_NO_FLUSH);
            in->rpos += srcn - in->zs.avail_in;
            in->len = CHUNK - in->zs.avail_out;
            in->pending = rc != Z_STREAM_END;
            if (rc == Z_STREAM_END) {
                /* concatenated members: go on if more input follows */
                if (in->rpos == in->rlen)
                    fill_raw(in);
                if (in->rpos < in->rlen)
                {
                    inflateReset(&in->zs);
                    in->pending = 1;
                }
                else
                    in->done = 1;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                char msg[256];
                snprintf(msg, sizeof msg, "corrupt gzip data: %s", in->zs.msg ? in->zs.msg : "inflate failed");
                fail(in, msg);
            }
        } else {
            ZSTD_inBuffer ib = {src, srcn, 0};
            ZSTD_outBuffer ob = {in->buf + in->len, CHUNK - in->len, 0};
            size_t rc = ZSTD_decompressStream(in->zd, &ob, &ib);
            in->rpos += ib.pos;
            in->len += ob.pos;
            if (ZSTD_isError(rc)) {
                char msg[256];
                snprintf(msg, sizeof msg, "corrupt zstd data: %s", ZSTD_getErrorName(rc));
                fail(in, msg);
            }
            in->pending = rc != 0;
        }
    }
}

kinput *kinput_open(const char *path, kdiag *d)
{
    int fd;
    if (!strcmp(path, "-")) {
        fd = 0;
    } else {
        fd = open(path, O_RDONLY);
        if (fd < 0) {
            kloc l = {path, 0, 0, NULL};
            kdiag_report(d, KD_ERROR, &l, "cannot open: %s", strerror(errno));
            return NULL;
        }
    }
    kinput *in = xcalloc(1, sizeof *in);
    in->path = xstrdup(fd == 0 ? "<stdin>" : path);
    in->fd = fd;
    in->diag = d;
    in->raw = xmalloc(CHUNK);
    in->buf = xmalloc(CHUNK + 1);
    kbuf_init(&in->line);
    fill_raw(in);
    while (!in->eof && in->rlen < 4)
        fill_raw(in);
    const unsigned char *m = in->raw;
    if (in->rlen >= 2 && m[0] == 0x1f && m[1] == 0x8b) {
        in->kind = KI_GZ;
        in->pending = 1;
        if (inflateInit2(&in->zs, 15 + 16) != Z_OK)
            fail(in, "cannot initialise gzip decoder");
    } else if (in->rlen >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd) {
        in->kind = KI_ZST;
        in->zd = ZSTD_createDStream();
        in->pending = 1;
        ZSTD_initDStream(in->zd);
    }
    return in;
}

void kinput_close(kinput *in)
{
    if (!in)
        return;
    if (in->fd > 0)
        close(in->fd);
    if (in->kind == KI_GZ)
        inflateEnd(&in->zs);
    if (in->zd)
        ZSTD_freeDStream(in->zd);
    free(in->raw);
    free(in->buf);
    free(in->path);
    kbuf_free(&in->line);
    free(in);
}

const char *kinput_name(const kinput *in) { return in->path; }
int kinput_failed(const kinput *in) { return in->failed; }
long kinput_lineno(const kinput *in) { return in->lineno; }

void kinput_peek(kinput *in, size_t want, const char **s, size_t *n)
{
    if (want > CHUNK)
        want = CHUNK;
    while (in->len - in->pos < want && !in->done) {
        size_t had = in->len - in->pos;
        decode(in);
        if (in->len - in->pos == had)
            break;
    }
    in->buf[in->len] = 0;
    *s = (const char *)in->buf + in->pos;
    *n = in->len - in->pos;
}

size_t kinput_read(kinput *in, void *dst, size_t n)
{
    if (in->pos == in->len)
        decode(in);
    size_t k = in->len - in->pos;
    if (k > n)
        k = n;
    memcpy(dst, in->buf + in->pos, k);
    in->pos += k;
    return k;
}

int kinput_getline(kinput *in, const char **s, size_t *n, size_t max, size_t *toolong)
{
    size_t total = 0;
    int any = 0;
    *toolong = 0;
    /* fast path: the whole line is in the buffer; return it in place */
    if (in->pos < in->len) {
        unsigned char *p = in->buf + in->pos;
        unsigned char *nl = memchr(p, '\n', in->len - in->pos);
        if (nl && (size_t)(nl - p) <= max) {
            size_t k = (size_t)(nl - p);
            *nl = 0;
            in->pos += k + 1;
            in->lineno++;
            if (k && p[k - 1] == '\r')
                p[--k] = 0;
            *s = (const char *)p;
            *n = k;
            return 1;
        }
    }
    kbuf_reset(&in->line);
    for (;;) {
        if (in->pos == in->len) {
            decode(in);
            if (in->pos == in->len)
                break;
        }
        any = 1;
        unsigned char *p = in->buf + in->pos;
        size_t avail = in->len - in->pos;
        unsigned char *nl = memchr(p, '\n', avail);
        size_t k = nl ? (size_t)(nl - p) : avail;
        if (in->line.len < max) {
            size_t keep = max - in->line.len < k ? max - in->line.len : k;
            kbuf_add(&in->line, (const char *)p, keep);
        }
        total += k;
        in->pos += k + (nl ? 1 : 0);
        if (nl)
            break;
    }
    if (!any)
        return 0;
    in->lineno++;
    if (total > max)
        *toolong = total;
    if (in->line.len && in->line.s[in->line.len - 1] == '\r')
        in->line.s[--in->line.len] = 0;
    *s = in->line.s;
    *n = in->line.len;
    return 1;
}
