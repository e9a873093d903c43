/* text.c: see text.h */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int ktext_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(u, (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
    if (k < 1) {
        *cp = -1;
        return 1;
    }
    *cp = c;
    return (int)k;
}

size_t ktext_repair(const char *s, size_t n, kbuf *out, size_t *first_bad)
{
    size_t bad = 0, i = 0;
    kbuf_reset(out);
    while (i < n) {
        size_t a = i;
        while (i < n && (unsigned char)s[i] < 0x80)
            i++;
        if (i > a)
            kbuf_add(out, s + a, i - a);
        if (i >= n)
            break;
        int32_t cp;
        int k = ktext_decode(s + i, n - i, &cp);
        if (cp < 0) {
            if (!bad && first_bad)
                *first_bad = i;
            bad++;
            kbuf_add(out, "\xEF\xBF\xBD", 3);
        } else {
            kbuf_add(out, s + i, (size_t)k);
        }
        i += (size_t)k;
    }
    return bad;
}

static int ascii_only(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

void ktext_nfc(const char *s, size_t n, kbuf *out)
{
    if (ascii_only(s, n)) {
        kbuf_add(out, s, n);
        return;
    }
    utf8proc_uint8_t *r = NULL;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (k < 0) {
        kbuf_add(out, s, n);
        return;
    }
    kbuf_add(out, (const char *)r, (size_t)k);
    free(r);
}

int ktext_plain(int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035: case 0x02BC:
    case 0x02B9: case 0x0060: case 0x00B4: case 0xFF07:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036: case 0x00AB:
    case 0x00BB: case 0xFF02: case 0x301D: case 0x301E:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0x2043: case 0xFE58: case 0xFE63: case 0xFF0D: case 0x00AD:
        return '-';
    default:
        return ktext_isspace(cp) && cp > 0x7f ? ' ' : 0;
    }
}

int ktext_isspace(int32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == 0x85;
}

int ktext_isword(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp < 0)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO) || cp == 0xFFFD;
}

int ktext_isupper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return cp > 0 && (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT);
}

int ktext_islower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* Letters with no Unicode decomposition to a base letter. */
static const char *fold_table(int32_t cp)
{
    switch (cp) {
    case 0x0141: case 0x0142: return "L";    /* Ł ł */
    case 0x00D8: case 0x00F8: return "O";    /* Ø ø */
    case 0x00C6: case 0x00E6: return "AE";   /* Æ æ */
    case 0x0152: case 0x0153: return "OE";   /* Œ œ */
    case 0x0131: return "I";                 /* ı */
    case 0x0110: case 0x0111: return "D";    /* Đ đ */
    case 0x00D0: case 0x00F0: return "D";    /* Ð ð */
    case 0x00DE: case 0x00FE: return "TH";   /* Þ þ */
    case 0x00DF: case 0x1E9E: return "SS";   /* ß ẞ */
    case 0x0126: case 0x0127: return "H";    /* Ħ ħ */
    case 0x0166: case 0x0167: return "T";    /* Ŧ ŧ */
    case 0x014A: case 0x014B: return "N";    /* Ŋ ŋ */
    case 0x0132: case 0x0133: return "IJ";   /* Ĳ ĳ */
    case 0x013F: case 0x0140: return "L";    /* Ŀ ŀ */
    case 0x0138: return "K";                 /* ĸ */
    case 0x017F: return "S";                 /* ſ */
    case 0x0180: case 0x0181: return "B";    /* ƀ Ɓ */
    case 0x0197: case 0x0268: return "I";    /* Ɨ ɨ */
    case 0x01B5: case 0x01B6: return "Z";    /* Ƶ ƶ */
    case 0x2026: return "...";               /* … */
    default: return NULL;
    }
}

static void put_cp(kbuf *out, int32_t c)
{
    utf8proc_uint8_t b[4];
    utf8proc_ssize_t k = utf8proc_encode_char(c, b);
    kbuf_add(out, (const char *)b, (size_t)k);
}

void ktext_key(const char *s, size_t n, kbuf *out)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {   /* an ASCII run: copied at once, upper-cased in place */
            size_t j = i + 1;
            while (j < n && (unsigned char)s[j] < 0x80)
                j++;
            size_t at = out->len;
            kbuf_add(out, s + i, j - i);
            for (char *p = out->s + at, *e = out->s + out->len; p < e; p++)
                if (*p >= 'a' && *p <= 'z')
                    *p = (char)(*p - 32);
            i = j;
            continue;
        }
        int32_t cp;
        int k = ktext_decode(s + i, n - i, &cp);
        i += (size_t)k;
        if (cp < 0) {
            kbuf_add(out, "\xEF\xBF\xBD", 3);
            continue;
        }
        int p = ktext_plain(cp);
        if (p) {
            kbuf_putc(out, (char)p);
            continue;
        }
        const char *f = fold_table(cp);
        if (f) {
            kbuf_puts(out, f);
            continue;
        }
        utf8proc_int32_t d[16];
        int last = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(cp, d, 16,
                                                     UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK, &last);
        if (m < 0 || m > 16) {
            put_cp(out, utf8proc_toupper(cp));
            continue;
        }
        for (utf8proc_ssize_t j = 0; j < m; j++) {
            const char *g = fold_table(d[j]);
            if (g)
                kbuf_puts(out, g);
            else if (d[j] < 0x80)
                kbuf_putc(out, (char)(d[j] >= 'a' && d[j] <= 'z' ? d[j] - 32 : d[j]));
            else
                put_cp(out, utf8proc_toupper(d[j]));
        }
    }
}
