/* model.c: see model.h */
#include "model.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static const char kmagic[8] = {'K', 'H', 'M', 'O', 'D', 'E', 'L', 0};
enum { HDR = 28 };

static void put_le(unsigned char *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static void wle(kbuf *b, uint64_t v, int n)
{
    unsigned char t[8];
    put_le(t, v, n);
    kbuf_add(b, (const char *)t, (size_t)n);
}

void kmw_u8(kbuf *b, unsigned v) { wle(b, v & 0xff, 1); }
void kmw_u16(kbuf *b, unsigned v) { wle(b, v & 0xffff, 2); }
void kmw_u32(kbuf *b, uint32_t v) { wle(b, v, 4); }
void kmw_u64(kbuf *b, uint64_t v) { wle(b, v, 8); }

void kmw_f32(kbuf *b, float v)
{
    uint32_t u;
    memcpy(&u, &v, 4);
    wle(b, u, 4);
}

void kmw_str(kbuf *b, const char *s)
{
    size_t n = strlen(s);
    if (n > 0xffff)
        n = 0xffff;
    kmw_u16(b, (unsigned)n);
    kbuf_add(b, s, n);
}

int kmodel_save(const char *path, int kind, const kbuf *payload, kdiag *d)
{
    return kmodel_save_version(path, kind, KMODEL_BASEVERSION, payload, d);
}

int kmodel_save_version(const char *path, int kind, uint32_t version, const kbuf *payload, kdiag *d)
{
    kloc loc = {path, 0, 0, NULL};
    unsigned char h[HDR];
    memcpy(h, kmagic, 8);
    put_le(h + 8, version, 4);
    put_le(h + 12, (uint64_t)kind, 4);
    put_le(h + 16, payload->len, 8);
    uLong crc = crc32(0L, Z_NULL, 0);
    size_t off = 0;
    while (off < payload->len) { /* crc32 takes uInt lengths */
        size_t n = payload->len - off;
        if (n > 1u << 30)
            n = 1u << 30;
        crc = crc32(crc, (const Bytef *)payload->s + off, (uInt)n);
        off += n;
    }
    put_le(h + 24, crc, 4);
    kbuf tmp;
    kbuf_init(&tmp);
    kbuf_printf(&tmp, "%s.tmp", path);
    FILE *f = fopen(tmp.s, "wb");
    if (!f) {
        kdiag_report(d, KD_ERROR, &loc, "cannot write: %s", strerror(errno));
        kbuf_free(&tmp);
        return -1;
    }
    int ok = fwrite(h, 1, HDR, f) == HDR && fwrite(payload->s, 1, payload->len, f) == payload->len;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp.s, path) != 0) {
        kdiag_report(d, KD_ERROR, &loc, "cannot write: %s", strerror(errno));
        remove(tmp.s);
        kbuf_free(&tmp);
        return -1;
    }
    kbuf_free(&tmp);
    return 0;
}

unsigned char *kmodel_load(const char *path, int kind, size_t *len, uint32_t *version, kdiag *d)
{
    kloc loc = {path, 0, 0, NULL};
    FILE *f = fopen(path, "rb");
    if (!f) {
        kdiag_report(d, KD_ERROR, &loc, "cannot open model: %s", strerror(errno));
        return NULL;
    }
    unsigned char h[HDR];
    size_t got = fread(h, 1, HDR, f);
    if (got < 8 || memcmp(h, kmagic, 8) != 0) {
        kdiag_report(d, KD_ERROR, &loc, "not a khaldun model file (bad magic number)");
        fclose(f);
        return NULL;
    }
    if (got < HDR) {
        kdiag_report(d, KD_ERROR, &loc, "model file truncated: header is %zu of %d bytes", got, HDR);
        fclose(f);
        return NULL;
    }
    uint32_t ver = (uint32_t)get_le(h + 8, 4), k = (uint32_t)get_le(h + 12, 4);
    uint64_t plen = get_le(h + 16, 8);
    uint32_t crc = (uint32_t)get_le(h + 24, 4);
    if (ver < KMODEL_MINVERSION || ver > KMODEL_VERSION) {
        kdiag_report(d, KD_ERROR, &loc,
                     "model format version %u, this khaldun reads versions %d to %d (retrain with 'make model')", ver,
                     KMODEL_MINVERSION, KMODEL_VERSION);
        fclose(f);
        return NULL;
    }
    if (k != (uint32_t)kind) {
        kdiag_report(d, KD_ERROR, &loc, "wrong model kind %u, expected %d (%s)", k, kind,
                     kind == KMODEL_TAGGER ? "tagger" : kind == KMODEL_PARSER ? "parser" : "word clusters");
        fclose(f);
        return NULL;
    }
    if (plen > ((uint64_t)1 << 34)) {
        kdiag_report(d, KD_ERROR, &loc, "model payload length %llu is implausible", (unsigned long long)plen);
        fclose(f);
        return NULL;
    }
    unsigned char *p = xbigalloc(plen ? (size_t)plen : 1);
    got = fread(p, 1, (size_t)plen, f);
    int extra = fgetc(f) != EOF;
    fclose(f);
    if (got != plen) {
        kdiag_report(d, KD_ERROR, &loc, "model file truncated: payload has %zu of %llu bytes", got,
                     (unsigned long long)plen);
        free(p);
        return NULL;
    }
    if (extra) {
        kdiag_report(d, KD_ERROR, &loc, "model file has trailing bytes after the payload");
        free(p);
        return NULL;
    }
    uLong c = crc32(0L, Z_NULL, 0);
    size_t off = 0;
    while (off < got) {
        size_t n = got - off;
        if (n > 1u << 30)
            n = 1u << 30;
        c = crc32(c, p + off, (uInt)n);
        off += n;
    }
    if ((uint32_t)c != crc) {
        kdiag_report(d, KD_ERROR, &loc, "model file corrupt: checksum mismatch");
        free(p);
        return NULL;
    }
    *len = (size_t)plen;
    if (version)
        *version = ver;
    return p;
}

static int need(kmr *r, size_t n, const char *what)
{
    if (r->err)
        return 0;
    if (n > r->len - r->pos) {
        r->err = 1;
        r->what = what;
        return 0;
    }
    return 1;
}

unsigned kmr_u8(kmr *r)
{
    if (!need(r, 1, "u8"))
        return 0;
    return r->p[r->pos++];
}

unsigned kmr_u16(kmr *r)
{
    if (!need(r, 2, "u16"))
        return 0;
    unsigned v = (unsigned)get_le(r->p + r->pos, 2);
    r->pos += 2;
    return v;
}

uint32_t kmr_u32(kmr *r)
{
    if (!need(r, 4, "u32"))
        return 0;
    uint32_t v = (uint32_t)get_le(r->p + r->pos, 4);
    r->pos += 4;
    return v;
}

uint64_t kmr_u64(kmr *r)
{
    if (!need(r, 8, "u64"))
        return 0;
    uint64_t v = get_le(r->p + r->pos, 8);
    r->pos += 8;
    return v;
}

float kmr_f32(kmr *r)
{
    uint32_t u = kmr_u32(r);
    float v;
    memcpy(&v, &u, 4);
    return v;
}

void kmr_str(kmr *r, char *out, size_t max)
{
    out[0] = 0;
    unsigned n = kmr_u16(r);
    if (!need(r, n, "string"))
        return;
    if (n >= max || memchr(r->p + r->pos, 0, n)) {
        kmr_fail(r, "string");
        return;
    }
    memcpy(out, r->p + r->pos, n);
    out[n] = 0;
    r->pos += n;
}

const unsigned char *kmr_bytes(kmr *r, size_t n)
{
    if (!need(r, n, "bytes"))
        return NULL;
    const unsigned char *q = r->p + r->pos;
    r->pos += n;
    return q;
}

void kmr_fail(kmr *r, const char *what)
{
    if (!r->err) {
        r->err = 2;
        r->what = what;
    }
}
