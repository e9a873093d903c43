/* tokenize.c: see tokenize.h
 *
 * Two passes over the text.  (1) Tokens: the text is cut at white space
 * into chunks; each chunk loses its leading openers and trailing closers
 * (quotes, brackets, punctuation, a final period unless the chunk is an
 * abbreviation), then its core is cut at internal punctuation and before a
 * contraction suffix.  (2) Sentences: a scan over the tokens using their
 * white-space flags (space, line break, blank line before). */
#include "tokenize.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <strings.h>

enum { F_SPACE = 1, F_NL = 2, F_PAR = 4, F_WORD = 8 };   /* F_WORD: letters and digits only */

typedef struct tz {
    const char *s;
    ktok_doc *d;
    unsigned char *fl;  /* [tcap] flags of tokens */
    size_t flcap;
    unsigned pend;      /* flags for the next token */
    int next_digit;     /* the chunk being cut is followed by white space and a digit */
    int style;
} tz;

void ktok_doc_init(ktok_doc *d) { memset(d, 0, sizeof *d); }

void ktok_doc_free(ktok_doc *d)
{
    free(d->tok);
    free(d->sbeg);
    free(d->send);
    free(d->sdateline);
    memset(d, 0, sizeof *d);
}

static void grow(tz *z)
{
    ktok_doc *d = z->d;
    XGROW(d->tok, d->tcap, d->ntok + 1);
    if (z->flcap < d->tcap) {
        z->fl = xrealloc(z->fl, d->tcap);
        z->flcap = d->tcap;
    }
}

static inline void emit(tz *z, size_t b, size_t e)
{
    if (e <= b)
        return;
    ktok_doc *d = z->d;
    if (d->ntok >= d->tcap || d->ntok >= z->flcap)
        grow(z);
    d->tok[d->ntok].beg = (int)b;
    d->tok[d->ntok].end = (int)e;
    z->fl[d->ntok] = (unsigned char)z->pend;
    z->pend = 0;
    d->ntok++;
}

static inline int32_t cp_at(const char *s, size_t i, size_t e, int *len)
{
    if ((unsigned char)s[i] < 0x80) {
        *len = 1;
        return (unsigned char)s[i];
    }
    int32_t cp;
    *len = ktext_decode(s + i, e - i, &cp);
    return cp;
}

/* Code point ending at e (before e). */
static int32_t cp_before(const char *s, size_t a, size_t e, int *len)
{
    size_t i = e - 1;
    while (i > a && ((unsigned char)s[i] & 0xC0) == 0x80 && e - i < 4)
        i--;
    return cp_at(s, i, e, len);
}

/* ASCII classes: C_WS white space, C_AL letter, C_DI digit. */
enum { C_WS = 1, C_AL = 2, C_DI = 4, C_LO = 8 };
static const unsigned char cls[256] = {
    ['\t'] = C_WS, ['\n'] = C_WS, ['\v'] = C_WS, ['\f'] = C_WS, ['\r'] = C_WS, [' '] = C_WS,
    ['0'] = C_DI, ['1'] = C_DI, ['2'] = C_DI, ['3'] = C_DI, ['4'] = C_DI,
    ['5'] = C_DI, ['6'] = C_DI, ['7'] = C_DI, ['8'] = C_DI, ['9'] = C_DI,
    ['A'] = C_AL, ['B'] = C_AL, ['C'] = C_AL, ['D'] = C_AL, ['E'] = C_AL, ['F'] = C_AL, ['G'] = C_AL,
    ['H'] = C_AL, ['I'] = C_AL, ['J'] = C_AL, ['K'] = C_AL, ['L'] = C_AL, ['M'] = C_AL, ['N'] = C_AL,
    ['O'] = C_AL, ['P'] = C_AL, ['Q'] = C_AL, ['R'] = C_AL, ['S'] = C_AL, ['T'] = C_AL, ['U'] = C_AL,
    ['V'] = C_AL, ['W'] = C_AL, ['X'] = C_AL, ['Y'] = C_AL, ['Z'] = C_AL,
    ['a'] = C_AL | C_LO, ['b'] = C_AL | C_LO, ['c'] = C_AL | C_LO, ['d'] = C_AL | C_LO, ['e'] = C_AL | C_LO, ['f'] = C_AL | C_LO, ['g'] = C_AL | C_LO,
    ['h'] = C_AL | C_LO, ['i'] = C_AL | C_LO, ['j'] = C_AL | C_LO, ['k'] = C_AL | C_LO, ['l'] = C_AL | C_LO, ['m'] = C_AL | C_LO, ['n'] = C_AL | C_LO,
    ['o'] = C_AL | C_LO, ['p'] = C_AL | C_LO, ['q'] = C_AL | C_LO, ['r'] = C_AL | C_LO, ['s'] = C_AL | C_LO, ['t'] = C_AL | C_LO, ['u'] = C_AL | C_LO,
    ['v'] = C_AL | C_LO, ['w'] = C_AL | C_LO, ['x'] = C_AL | C_LO, ['y'] = C_AL | C_LO, ['z'] = C_AL | C_LO,
};

static int isdig(int c) { return c >= '0' && c <= '9'; }
static int isalpha_a(int c) { return (cls[c & 0xFF] & C_AL) && c < 0x80; }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int ieq(const char *s, size_t n, const char *w)
{
    size_t i = 0;
    for (; i < n && w[i]; i++)
        if (lower((unsigned char)s[i]) != w[i])
            return 0;
    return i == n && !w[i];
}

/* Compare s[0,n) case-folded with lower-case w, like strcmp. */
static int icmp(const char *s, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++) {
        int c = lower((unsigned char)s[i]), d = (unsigned char)w[i];
        if (!d)
            return 1;   /* s is longer (even if s[i] is a NUL byte) */
        if (c != d)
            return c - d;
    }
    return w[n] ? -1 : 0;
}

/* Is s[0,n) (any case) in list, an array of count words sorted by strcmp? */
static int in_list_n(const char *s, size_t n, const char *const *list, size_t count)
{
    if (!n || n > 12)   /* no list word is longer */
        return 0;
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = icmp(s, n, list[mid]);
        if (!c)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Words that keep their final period.  All lists here are sorted (in_list). */
static const char *const abbrevs[] = {
    "adm", "al", "amb", "approx", "apr", "assn", "atty", "aug", "ave", "blvd", "brig", "bros", "capt", "cdr",
    "cf", "cmdr", "co", "col", "comdr", "corp", "cos", "cpl", "dec", "dept", "det", "div", "dr", "ed", "eds",
    "esp", "est", "etc", "feb", "fig", "figs", "fr", "fri", "ft", "gen", "gens", "gov", "govt", "hon", "ibid",
    "inc", "insp", "jan", "jr", "jul", "jun", "lieut", "llc", "lt", "ltd", "maj", "mar", "messrs", "mlle",
    "mme", "mon", "mr", "mrs", "ms", "mt", "nov", "oct", "ph.d", "plc", "pp", "pres", "prof",
    "pvt", "rd", "rep", "reps", "rev", "sat", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "sun", "supt",
    "thu", "thur", "thurs", "tue", "tues", "univ", "vol", "vols", "vs", "wed",
    NULL};

/* Abbreviations after which a sentence practically never ends. */
static const char *const titles[] = {
    "adm", "amb", "apr", "atty", "aug", "brig", "capt", "cdr", "cmdr", "col", "comdr", "cpl", "dec", "det",
    "dr", "feb", "fig", "figs", "fr", "gen", "gens", "gov", "hon", "insp", "jan", "jul", "jun", "lieut", "lt",
    "maj", "mar", "messrs", "mlle", "mme", "mr", "mrs", "ms", "no", "nos", "nov", "oct", "pp", "pres", "prof",
    "pvt", "rep", "reps", "rev", "sen", "sens", "sep", "sept", "sgt", "st", "supt", "vol", "vols",
    NULL};

/* Capitalized words that commonly open a sentence. */
static const char *const starters[] = {
    "a", "according", "after", "all", "also", "although", "an", "another", "as", "at",
    "because", "before", "both", "but", "by", "despite", "dr.", "during", "each", "earlier", "even", "for",
    "from", "further", "he", "her", "here", "his", "how", "however", "i", "if", "in", "instead", "it", "it's",
    "its", "just", "last", "later", "many", "meanwhile", "moreover", "most", "mr.", "mrs.", "ms.", "my",
    "nevertheless", "next", "no", "not", "now", "on", "only", "other", "our",
    "over", "she", "since", "so", "some", "still", "such", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "though", "thus", "to", "under", "we", "what", "when",
    "where", "which", "while", "who", "why", "with", "yet", "you", "your",
    NULL};

/* Prefixes after which UD English keeps the hyphen inside the word. */
static const char *const ud_prefixes[] = {
    "a", "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "extra", "inter", "intra", "macro", "mega",
    "meta", "micro", "mid", "mini", "multi", "neo", "non", "over", "post", "pre", "pro", "pseudo", "psycho",
    "re", "semi", "socio", "sub", "super", "trans", "tri", "ultra", "un", "under", "uni",
    NULL};

#define in_list(s, n, list) in_list_n((s), (n), (list), sizeof(list) / sizeof *(list) - 1)

/* A closing mark: ) ] } " ' and curly closers. */
static int is_closer(int32_t c)
{
    return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
           c == 0xBB || c == 0x203A;
}

static int is_opener(int32_t c)
{
    return c == '(' || c == '[' || c == '{' || c == '"' || c == 0x201C || c == 0x2018 || c == 0xAB ||
           c == 0x201E || c == 0x2039 || c == '`';
}

static int is_dash(int32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212; }

/* "U.S"  "e.g"  "a.m"  "Ph.D": letters with inner periods. */
static int dotted(const char *s, size_t a, size_t b)
{
    int dots = 0, run = 0;
    for (size_t i = a; i < b; i++) {
        if (isalpha_a((unsigned char)s[i])) {
            if (++run > 3)
                return 0;
        } else if (s[i] == '.' && run) {
            dots++;
            run = 0;
        } else {
            return 0;
        }
    }
    return dots > 0 && run > 0;
}

static int is_abbrev(const char *s, size_t a, size_t b)
{
    if (b == a || b - a > 12)
        return 0;
    if (b - a == 1 && isalpha_a((unsigned char)s[a]))
        return 1;   /* initial */
    if (dotted(s, a, b))
        return 1;
    return in_list(s + a, b - a, abbrevs);
}

static int url_start(const char *s, size_t a, size_t b)
{
    static const char *const pre[] = {"http://", "https://", "ftp://", "www.", "mailto:", NULL};
    if (b - a < 5)
        return 0;
    int c0 = lower((unsigned char)s[a]);
    for (int i = 0; c0 == 'h' || c0 == 'f' || c0 == 'w' || c0 == 'm' ? pre[i] != NULL : 0; i++) {
        size_t k = strlen(pre[i]);
        if (b - a > k && !strncasecmp(s + a, pre[i], k))
            return 1;
    }
    /* e-mail: x@y.z */
    const char *at = memchr(s + a, '@', b - a);
    if (at && at > s + a && isalpha_a((unsigned char)at[1]) | isdig((unsigned char)at[1])) {
        const char *dot = memchr(at, '.', (size_t)(s + b - at));
        if (dot && dot + 1 < s + b && isalpha_a((unsigned char)dot[1]))
            return 1;
    }
    return 0;
}

/* Start of a contraction suffix of word [a,b), or b. */
static size_t contraction(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    if (n < 2)
        return b;
    if (!memchr(s + a, '\'', n) && !memchr(s + a, 0xE2, n)) {
        if (n == 6 && ieq(s + a, n, "cannot"))
            return a + 3;
        if (n == 5 && (ieq(s + a, n, "gonna") || ieq(s + a, n, "wanna") || ieq(s + a, n, "gotta")))
            return a + 3;
        return b;
    }
    if (n > 3 && lower((unsigned char)s[b - 1]) == 't' && s[b - 2] == '\'' && lower((unsigned char)s[b - 3]) == 'n')
        return b - 3;
    if (n > 5 && lower((unsigned char)s[b - 1]) == 't' && !memcmp(s + b - 4, "\xE2\x80\x99", 3) &&
        lower((unsigned char)s[b - 5]) == 'n')
        return b - 5;
    for (int q = 0; q < 2; q++) {
        size_t ql = q ? 3 : 1;
        const char *qs = q ? "\xE2\x80\x99" : "'";
        for (size_t sl = 1; sl <= 2; sl++) {
            if (n <= ql + sl)
                continue;
            size_t p = b - sl - ql;
            if (memcmp(s + p, qs, ql))
                continue;
            const char *suf = s + b - sl;
            if (sl == 1 && strchr("smdSMD", suf[0]))
                return p;
            if (sl == 2 && (ieq(suf, 2, "ll") || ieq(suf, 2, "re") || ieq(suf, 2, "ve")))
                return p;
        }
    }
    if (ieq(s + a, n, "cannot"))
        return a + 3;
    if (ieq(s + a, n, "gonna") || ieq(s + a, n, "wanna") || ieq(s + a, n, "gotta"))
        return a + 3;
    return b;
}

/* UD: split the hyphen at i inside word [a,b)?  Yes between a letter or
 * digit and a letter, unless the left part is a prefix (e-mail, re-run)
 * or the word starts and ends with digits (01-Feb-02). */
static int ud_hyphen_split(const char *s, size_t a, size_t b, size_t i)
{
    if (i == a || i + 1 >= b)
        return 0;
    unsigned char l = (unsigned char)s[i - 1], r = (unsigned char)s[i + 1];
    if (!(isalpha_a(l) || isdig(l) || l >= 0x80) || !(isalpha_a(r) || r >= 0x80))
        return 0;
    if (isdig((unsigned char)s[a]) && isdig((unsigned char)s[b - 1]))
        return 0;
    size_t ps = i;
    while (ps > a && s[ps - 1] != '-')
        ps--;
    if (ps == a && in_list(s + ps, i - ps, ud_prefixes))
        return 0;
    return 1;
}

static void core(tz *z, size_t a, size_t b)
{
    const char *s = z->s;
    size_t cs = contraction(s, a, b);
    size_t i = a, t = a;
    while (i < cs) {
        int len;
        int32_t c = cp_at(s, i, cs, &len);
        size_t plen = 0;
        if (c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == ';' ||
            c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || is_dash(c) || c == 0x2026) {
            plen = (size_t)len;
        } else if (c == '!' || c == '?') {
            plen = 1;
            while (i + plen < cs && (s[i + plen] == '!' || s[i + plen] == '?'))
                plen++;
        } else if (c == ',' && !(i > a && isdig((unsigned char)s[i - 1]) && i + 1 < cs && isdig((unsigned char)s[i + 1]))) {
            plen = 1;
        } else if (c == '-' && i + 1 < cs && s[i + 1] == '-') {
            plen = 2;
            while (i + plen < cs && s[i + plen] == '-')
                plen++;
        } else if (c == '.' && i + 1 < cs && s[i + 1] == '.') {
            plen = 2;
            while (i + plen < cs && s[i + plen] == '.')
                plen++;
        } else if (z->style == KTOK_UD && c == '-' && ud_hyphen_split(s, a, cs, i)) {
            plen = 1;
        } else if (z->style == KTOK_UD && c == '/' && i > a && i + 1 < cs &&
                   !(isdig((unsigned char)s[i - 1]) && isdig((unsigned char)s[i + 1]))) {
            plen = 1;
        }
        if (plen) {
            emit(z, t, i);
            emit(z, i, i + plen);
            i += plen;
            t = i;
        } else {
            i += (size_t)len;
        }
    }
    emit(z, t, cs);
    emit(z, cs, b);
}

/* Length of an emoticon at s[a,b) such as :) :-( ;D =P :'( <3, or 0. */
static size_t emoticon(const char *s, size_t a, size_t b)
{
    size_t i = a;
    if (b - a >= 2 && s[a] == '<' && s[a + 1] == '3')
        return 2;
    if (i >= b || !strchr(":;=8", s[i]))
        return 0;
    i++;
    if (i < b && (s[i] == '-' || s[i] == '\'' || s[i] == 'o'))
        i++;
    size_t m = i;
    while (i < b && strchr("()DPpO/\\|][*$@", s[i]) && (i == m || s[i] == s[m]))
        i++;
    if (i == m || (s[a] == '8' && i - a < 3))
        return 0;
    if (i < b && (isalpha_a((unsigned char)s[i]) || isdig((unsigned char)s[i])))
        return 0;
    if (s[m] == 'D' || s[m] == 'P' || s[m] == 'p' || s[m] == 'O') {
        if (i - m > 1 || s[a] == '8')
            return 0;
    }
    return i - a;
}

static void chunk(tz *z, size_t a, size_t b)
{
    const char *s = z->s;
    /* fast path: a plain word, maybe followed by one , ; : */
    size_t w = a;
    if (cls[(unsigned char)s[w]] & C_AL)
        while (w < b && (cls[(unsigned char)s[w]] & (C_AL | C_DI)))
            w++;
    if (w > a && (w == b || (w + 1 == b && (s[w] == ',' || s[w] == ';' || s[w] == ':')))) {
        size_t cs = w;
        if (w - a == 5 || w - a == 6)
            cs = contraction(s, a, w);
        emit(z, a, cs);
        emit(z, cs, w);
        emit(z, w, b);
        return;
    }
    size_t em = emoticon(s, a, b);
    if (em && (a + em == b || !isalpha_a((unsigned char)s[a + em]))) {
        emit(z, a, a + em);
        a += em;
        if (a >= b)
            return;
    }
    /* leading openers */
    while (a < b) {
        int len;
        int32_t c = cp_at(s, a, b, &len);
        size_t k = 0;
        if (c == '\'' || c == 0x2018 || c == 0x2019) {
            if (a + (size_t)len < b && isdig((unsigned char)s[a + len]))
                break;   /* '90s */
            size_t e = a + (size_t)len;
            while (e < b && isalpha_a((unsigned char)s[e]))
                e++;
            if (e == b || !isalpha_a((unsigned char)s[e])) {
                size_t wl = e - a - (size_t)len;
                const char *wd = s + a + len;
                if (wl && (ieq(wd, wl, "s") || ieq(wd, wl, "re") || ieq(wd, wl, "ll") || ieq(wd, wl, "ve") ||
                           ieq(wd, wl, "m") || ieq(wd, wl, "d") || ieq(wd, wl, "em") || ieq(wd, wl, "n")))
                    break;   /* 's 're 'em as a word */
            }
            k = (size_t)len;
        } else if (c == '`') {
            k = 1 + (a + 1 < b && s[a + 1] == '`');
        } else if (is_opener(c)) {
            k = (size_t)len;
        } else if ((c == '$' || c == '#' || c == 0xA3 || c == 0x20AC || c == 0xA5) && a + (size_t)len < b &&
                   isdig((unsigned char)s[a + len])) {
            k = (size_t)len;
        } else if (is_dash(c)) {
            k = (size_t)len;
        } else if (c == '-' && a + 1 < b && s[a + 1] == '-') {
            k = 2;
            while (a + k < b && s[a + k] == '-')
                k++;
        } else if (c == '.' && a + 1 < b && s[a + 1] == '.') {
            k = 2;
            while (a + k < b && s[a + k] == '.')
                k++;
        } else if (c == 0x2026 || c == '*' || c == '<' || c == '>' || c == '~' || c == '|') {
            k = (size_t)len;
            if (c == '*' || c == '<' || c == '>')
                while (a + k < b && s[a + k] == (char)c)
                    k++;
        } else {
            break;
        }
        if (a + k >= b && (c == '-'))
            break;
        emit(z, a, a + k);
        a += k;
    }
    if (a >= b)
        return;
    if (url_start(s, a, b)) {
        size_t e = b;
        int open = 0;
        for (size_t k = a; k < b; k++)
            open += s[k] == '(' ? 1 : s[k] == ')' ? -1 : 0;
        while (e > a + 1) {
            char c = s[e - 1];
            if (c == ')' && open < 0) {
                open++;
                e--;
            } else if (strchr(".,;:!?\"']>", c) && c != ')') {
                e--;
            } else {
                break;
            }
        }
        emit(z, a, e);
        a = e;
        if (a >= b)
            return;
        /* trailing punctuation after the URL: fall through with the rest */
        while (a < b) {
            size_t k = 1;
            if (s[a] == '.' || s[a] == '!' || s[a] == '?')
                while (a + k < b && s[a + k] == s[a])
                    k++;
            emit(z, a, a + k);
            a += k;
        }
        return;
    }
    /* trailing closers, collected right to left */
    size_t tb[64];
    size_t te[64];
    int nt = 0;
    size_t e = b;
    while (e > a && nt < 64) {
        int len;
        int32_t c = cp_before(s, a, e, &len);
        size_t k = 0;
        if (is_closer(c) || c == ',' || c == ';' || c == ':' || c == '%' || c == 0x2026 || is_dash(c) ||
            c == '*' || c == '>' || c == '<' || c == '`') {
            k = (size_t)len;
            if (c == '`' && e - a >= 2 && s[e - 2] == '`')
                k = 2;   /* `` left over from a detokenizer: "as``" */
            if (c == '\'' && e - a >= 2 && s[e - 2] == '\'')
                k = 2;   /* '' */
            if (c == '*' || c == '<' || c == '>')
                while (e - k > a && s[e - k - 1] == (char)c)
                    k++;
        } else if (c == '!' || c == '?') {
            k = 1;
            while (e - k > a && (s[e - k - 1] == '!' || s[e - k - 1] == '?' || s[e - k - 1] == '.'))
                k++;
        } else if (c == '.') {
            k = 1;
            while (e - k > a && s[e - k - 1] == '.')
                k++;
            if (k == 1 && is_abbrev(s, a, e - 1))
                break;
            if (k == 1 && z->next_digit && (ieq(s + a, e - 1 - a, "no") || ieq(s + a, e - 1 - a, "nos")))
                break;   /* No. 5 */
            if (k == 2 && e - 2 > a && is_abbrev(s, a, e - 2))
                k = 1;   /* "Inc.." = Inc. + . */
            if (k == 1 && e - 1 > a && (s[e - 2] == '!' || s[e - 2] == '?')) {
                while (e - k > a && (s[e - k - 1] == '!' || s[e - k - 1] == '?' || s[e - k - 1] == '.'))
                    k++;
            }
        } else if (c == '-' && e - a >= 2 && s[e - 2] == '-') {
            k = 2;
            while (e - k > a && s[e - k - 1] == '-')
                k++;
        } else {
            break;
        }
        tb[nt] = e - k;
        te[nt] = e;
        nt++;
        e -= k;
    }
    if (e > a)
        core(z, a, e);
    while (nt > 0) {
        nt--;
        emit(z, tb[nt], te[nt]);
    }
}

/* ---- sentences ---- */

static int32_t first_cp(const char *s, const kspan *t)
{
    int len;
    return cp_at(s, (size_t)t->beg, (size_t)t->end, &len);
}

static int tok_is(const char *s, const kspan *t, const char *w)
{
    size_t n = (size_t)(t->end - t->beg);
    return strlen(w) == n && !memcmp(s + t->beg, w, n);
}

static int is_terminal(const char *s, const kspan *t)
{
    const char *p = s + t->beg;
    size_t n = (size_t)(t->end - t->beg);
    if (isalpha_a((unsigned char)p[0]) || isdig((unsigned char)p[0]))
        return 0;
    if (n == 3 && !memcmp(p, "\xE2\x80\xA6", 3))
        return 1;
    if (emoticon(s, (size_t)t->beg, (size_t)t->end) == n)
        return 1;
    if (n >= 3 && strchr("*=_~#-", p[0])) {
        size_t i = 1;
        while (i < n && p[i] == p[0])
            i++;
        if (i == n)
            return 1;
    }
    for (size_t i = 0; i < n; i++)
        if (p[i] != '.' && p[i] != '!' && p[i] != '?')
            return 0;
    return n > 0;
}

static int is_closer_tok(const char *s, const kspan *t)
{
    int len;
    int32_t c = cp_at(s, (size_t)t->beg, (size_t)t->end, &len);
    return (size_t)len == (size_t)(t->end - t->beg) && is_closer(c);
}

/* Punctuation that continues a sentence: . , ; : ! ? ) ] } % */
static int continues(const char *s, const kspan *t)
{
    return strchr(".,;:!?)]}%", s[t->beg]) != NULL;
}

/* Can token t open a sentence (not lower case, not continuing punctuation)? */
static int can_start(const char *s, const kspan *t)
{
    int32_t c = first_cp(s, t);
    return !ktext_islower(c) && !continues(s, t);
}

static int is_dot(const char *s, const kspan *t) { return t->end - t->beg == 1 && s[t->beg] == '.'; }

static int is_dash_tok(const char *s, const kspan *t)
{
    size_t n = (size_t)(t->end - t->beg);
    const char *p = s + t->beg;
    if (n >= 1 && n <= 3 && p[0] == '-') {
        for (size_t i = 0; i < n; i++)
            if (p[i] != '-')
                return 0;
        return 1;
    }
    int len;
    return is_dash(cp_at(s, (size_t)t->beg, (size_t)t->end, &len)) && (size_t)len == n;
}

/* Dateline at tokens [i, ...)?  Returns the index of its dash, or 0. */
static size_t dateline(const char *s, const ktok_doc *d, size_t i)
{
    const kspan *t = d->tok;
    size_t n0 = (size_t)(t[i].end - t[i].beg);
    if (n0 < 2)
        return 0;
    for (size_t k = 0; k < n0;) {
        int len;
        int32_t c = cp_at(s, (size_t)t[i].beg + k, (size_t)t[i].end, &len);
        if (!ktext_isupper(c))
            return 0;
        k += (size_t)len;
    }
    for (size_t j = i + 1; j < d->ntok && j < i + 16; j++) {
        if (is_dash_tok(s, &t[j]))
            return j + 1 < d->ntok ? j : 0;
        if (ktext_islower(first_cp(s, &t[j])) || is_terminal(s, &t[j]))
            return 0;
    }
    return 0;
}

/* Is the line of tokens [a, b) a headline? */
static int headline(const char *s, const ktok_doc *d, size_t a, size_t b)
{
    if (b <= a || b - a > 30)
        return 0;
    const kspan *t = d->tok;
    if (is_terminal(s, &t[b - 1]) || is_closer_tok(s, &t[b - 1]))
        return 0;
    int c0 = (int)first_cp(s, &t[a]);
    if (!ktext_isupper(c0) && !isdig(c0))
        return 0;
    size_t last = (size_t)(t[b - 1].end - t[b - 1].beg);
    if (last == 1 && strchr(",;:-", s[t[b - 1].beg]))
        return 0;
    int words = 0;
    for (size_t i = a; i < b; i++) {
        int32_t c = first_cp(s, &t[i]);
        if (ktext_islower(c) && t[i].end - t[i].beg >= 4)
            return 0;
        words += ktext_isword(c);
    }
    return words > 0;
}

static void add_sent2(ktok_doc *d, size_t a, size_t b, int dl)
{
    if (b <= a)
        return;
    if (d->nsent + 1 > d->scap) {
        size_t cap = d->scap;
        XGROW(d->sbeg, cap, d->nsent + 1);
        d->send = xrealloc(d->send, cap * sizeof *d->send);
        d->sdateline = xrealloc(d->sdateline, cap);
        d->scap = cap;
    }
    d->sbeg[d->nsent] = a;
    d->send[d->nsent] = b;
    d->sdateline[d->nsent] = (unsigned char)dl;
    d->nsent++;
}

static void add_sent(ktok_doc *d, size_t a, size_t b) { add_sent2(d, a, b, 0); }

/* Split every sentence longer than cap tokens: after the last ; : or , in
 * the second half of the window, else at the cap. */
static void enforce_cap(const char *s, ktok_doc *d, size_t cap)
{
    size_t k;
    for (k = 0; k < d->nsent; k++)
        if (d->send[k] - d->sbeg[k] > cap)
            break;
    if (k == d->nsent)
        return;
    size_t n = d->nsent;
    size_t *ob = xmalloc(n * sizeof *ob), *oe = xmalloc(n * sizeof *oe);
    unsigned char *od = xmalloc(n);
    memcpy(ob, d->sbeg, n * sizeof *ob);
    memcpy(oe, d->send, n * sizeof *oe);
    memcpy(od, d->sdateline, n);
    d->nsent = 0;
    for (k = 0; k < n; k++) {
        size_t a = ob[k];
        while (oe[k] - a > cap) {
            size_t best = a + cap;
            for (size_t j = a + cap - 1; j > a + cap / 2; j--) {
                if (tok_is(s, &d->tok[j], ";") || tok_is(s, &d->tok[j], ":") || tok_is(s, &d->tok[j], ",")) {
                    best = j + 1;
                    break;
                }
            }
            add_sent2(d, a, best, od[k]);
            a = best;
        }
        add_sent2(d, a, oe[k], od[k]);
    }
    free(ob);
    free(oe);
    free(od);
}

static void split_sentences(const char *s, ktok_doc *d, const unsigned char *fl, const ktok_opt *o)
{
    const kspan *t = d->tok;
    size_t n = d->ntok, start = 0, line0 = 0;
    size_t cap = o->max_tokens > 0 ? (size_t)o->max_tokens : 250;
    if (n) {
        size_t k = dateline(s, d, 0);
        if (k) {
            add_sent2(d, 0, k + 1, 1);
            start = k + 1;
        }
    }
    for (size_t i = start; i < n; i++) {
        if (i > start && (fl[i] & F_PAR)) {
            add_sent(d, start, i);
            start = i;
            line0 = i;
            size_t k = dateline(s, d, i);
            if (k) {
                add_sent2(d, i, k + 1, 1);
                start = k + 1;
                i = k;
                continue;
            }
        } else if (fl[i] & (F_NL | F_PAR)) {
            if (i > start && headline(s, d, line0 > start ? line0 : start, i) && can_start(s, &t[i])) {
                add_sent(d, start, i);
                start = i;
            }
            line0 = i;
        }
        if (i - start + 1 >= cap) {
            size_t best = i + 1;
            for (size_t j = i; j > start + cap / 2; j--) {
                if (tok_is(s, &t[j], ";") || tok_is(s, &t[j], ":") || tok_is(s, &t[j], ",")) {
                    best = j + 1;
                    break;
                }
            }
            add_sent(d, start, best);
            start = best;
            i = best - 1;
            continue;
        }
        if (fl[i] & F_WORD)
            continue;
        size_t j = i + 1;
        if (is_terminal(s, &t[i])) {
            while (j < n && is_closer_tok(s, &t[j]) && !(fl[j] & F_SPACE))
                j++;
            if (j < n && (fl[j] & F_PAR))
                continue;   /* paragraph break comes next anyway */
            int ell = t[i].end - t[i].beg >= 2 && s[t[i].beg] == '.' && s[t[i].beg + 1] == '.';
            ell |= t[i].end - t[i].beg == 3 && (unsigned char)s[t[i].beg] == 0xE2;
            ell |= is_dot(s, &t[i]) && i > 0 && is_dot(s, &t[i - 1]);   /* ". . ." */
            if (j >= n || (!continues(s, &t[j]) && (!ell || can_start(s, &t[j])))) {
                add_sent(d, start, j);
                start = j;
                i = j - 1;
            }
        } else if (t[i].end - t[i].beg > 1 && s[t[i].end - 1] == '.' && j < n && !(fl[j] & F_PAR)) {
            /* abbreviation keeping its period */
            size_t wb = (size_t)t[i].beg, we = (size_t)t[i].end - 1;
            if (we - wb == 1 || in_list(s + wb, we - wb, titles))
                continue;
            size_t k = j;
            while (k < n && is_closer_tok(s, &t[k]) && !(fl[k] & F_SPACE))
                k++;
            if (k > j) {
                /* closing quote or bracket right after the period: the end */
                if (k < n && !(fl[k] & F_PAR) && can_start(s, &t[k])) {
                    add_sent(d, start, k);
                    start = k;
                    i = k - 1;
                }
                continue;
            }
            int32_t c = first_cp(s, &t[j]);
            size_t nl = (size_t)(t[j].end - t[j].beg);
            int open = is_opener(c) && nl <= 3 && (fl[j] & F_SPACE);
            if (open || (ktext_isupper(c) && in_list(s + t[j].beg, nl, starters))) {
                add_sent(d, start, j);
                start = j;
            }
        }
    }
    add_sent(d, start, n);
    enforce_cap(s, d, cap);
}

void ktok_split(const char *text, size_t n, const ktok_opt *o, ktok_doc *doc)
{
    static const ktok_opt defaults = {0, 0, 0};
    if (!o)
        o = &defaults;
    doc->ntok = 0;
    doc->nsent = 0;
    tz z = {text, doc, NULL, 0, 0, 0, o->style};
    /* room for the usual token count up front (news runs ~7 bytes a
     * token), so emit() rarely has to grow the arrays */
    XGROW(doc->tok, doc->tcap, n / 6 + 16);
    z.fl = xmalloc(doc->tcap);
    z.flcap = doc->tcap;
    size_t i = 0;
    while (i < n) {
        /* white space */
        int nls = 0, sp = 0;
        while (i < n) {
            unsigned char c = (unsigned char)text[i];
            if (c == '\n') {
                i++;
                nls++;
                sp = 1;
            } else if (cls[c] & C_WS) {
                i++;
                sp = 1;
            } else if (c >= 0x80) {
                int32_t cp;
                int len = ktext_decode(text + i, n - i, &cp);
                if (!ktext_isspace(cp))
                    break;
                if (cp == 0x2029)
                    nls += 2;
                else if (cp == 0x2028 || cp == 0x85)
                    nls++;
                i += (size_t)len;
                sp = 1;
            } else {
                break;
            }
        }
        if (i >= n)
            break;
        z.pend |= (sp ? F_SPACE : 0) | (nls == 1 ? F_NL : 0) | (nls >= 2 ? F_PAR : 0);
        size_t a = i;
        /* fast path: a word of ASCII letters and digits */
        if (cls[(unsigned char)text[i]] & C_AL) {
            while (i < n && (cls[(unsigned char)text[i]] & (C_AL | C_DI)))
                i++;
            if (i == n || (cls[(unsigned char)text[i]] & C_WS)) {
                z.pend |= F_WORD;
                if (i - a == 5 || i - a == 6) {
                    size_t cs = contraction(text, a, i);
                    emit(&z, a, cs);
                    if (cs < i) {
                        z.pend |= F_WORD;
                        emit(&z, cs, i);
                    }
                } else {
                    emit(&z, a, i);
                }
                continue;
            }
        }
        while (i < n) {
            unsigned char c = (unsigned char)text[i];
            if (cls[c] & C_WS) {
                size_t k = i;
                while (k < n && (text[k] == ' ' || text[k] == '\t'))
                    k++;
                z.next_digit = k < n && isdig((unsigned char)text[k]);
                break;
            }
            if (c >= 0x80) {
                int32_t cp;
                int len = ktext_decode(text + i, n - i, &cp);
                if (ktext_isspace(cp))
                    break;
                i += (size_t)len;
            } else {
                i++;
            }
        }
        if (i >= n)
            z.next_digit = 0;
        chunk(&z, a, i);
    }
    if (doc->ntok)
        split_sentences(text, doc, z.fl, o);
    free(z.fl);
}

/* ---- stories ---- */

/* dst[0,n) = src[0,n) with ASCII a-z upper-cased, 8 bytes at a time. */
static void ascii_upper(char *dst, const char *src, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, src + i, 8);
        uint64_t h = x & ~high;                      /* low 7 bits of each byte */
        uint64_t ge_a = h + ones * (0x80 - 'a');     /* bit 7 set where byte >= 'a' */
        uint64_t gt_z = h + ones * (0x80 - 'z' - 1); /* bit 7 set where byte > 'z' */
        uint64_t m = (ge_a & ~gt_z) & ~x & high;     /* ASCII lower-case letters */
        x ^= m >> 2;                                 /* clear bit 5 */
        memcpy(dst + i, &x, 8);
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        dst[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
}

int ktok_story(const kstory *st, const ktok_opt *o, kdiag *d, karena *mem, ksent_fn fn, void *ud)
{
    kbuf rep, scratch;
    kbuf_init(&rep);
    kbuf_init(&scratch);
    size_t first = 0, bad = 0;
    const char *text = st->text;
    size_t tlen = st->len;
    size_t q = 0;
    while (q + 8 <= tlen) {
        uint64_t w8;
        memcpy(&w8, text + q, 8);
        if (w8 & 0x8080808080808080ull)
            break;
        q += 8;
    }
    while (q < tlen && (unsigned char)text[q] < 0x80)
        q++;
    int ascii = q == tlen;
    if (q < tlen) {
        bad = ktext_repair(st->text, st->len, &rep, &first);
        text = rep.s;
        tlen = rep.len;
    }
    if (bad) {
        kloc l = {st->file, (int)st->line, 0, st->id};
        kdiag_report(d, KD_WARN, &l, "invalid UTF-8 at byte %zu of the story text%s replaced by U+FFFD", first,
                     bad > 1 ? " (and elsewhere)" : "");
    }
    ktok_doc doc;
    ktok_doc_init(&doc);
    ktok_split(text, tlen, o, &doc);
    int ns = 0;
    for (size_t k = 0; k < doc.nsent; k++) {
        karena_reset(mem);
        size_t a = doc.sbeg[k], b = doc.send[k];
        if (doc.sdateline[k] && !(o && o->keep_datelines))
            continue;
        size_t off = (size_t)doc.tok[a].beg;
        ksent s;
        memset(&s, 0, sizeof s);
        s.mem = mem;
        s.story_id = st->id;
        kbuf_reset(&scratch);
        kbuf_puts(&scratch, st->id ? st->id : "story");
        char num[24];
        int nn = 0;
        for (unsigned v = (unsigned)ns + 1; v; v /= 10)
            num[nn++] = (char)('0' + v % 10);
        kbuf_putc(&scratch, '-');
        while (nn)
            kbuf_putc(&scratch, num[--nn]);
        s.id = karena_strndup(mem, scratch.s, scratch.len);
        s.story_id = st->id ? karena_strdup(mem, st->id) : s.id;
        s.date = st->date;
        size_t slen = (size_t)doc.tok[b - 1].end - off;
        s.text = karena_strndup(mem, text + off, slen);
        s.ntok = (int)(b - a);
        s.tok = karena_alloc(mem, (size_t)s.ntok * sizeof *s.tok);
        /* forms then keys, same layout: [form\0 form\0 ...][KEY\0 KEY\0 ...] */
        size_t half = slen + (size_t)s.ntok;
        char *blk = karena_alloc(mem, 2 * half + 8);
        char *fp = blk;
        for (size_t i = a; i < b; i++) {
            ktok *t = &s.tok[i - a];
            const char *p = text + doc.tok[i].beg;
            size_t len = (size_t)(doc.tok[i].end - doc.tok[i].beg);
            size_t u = 0;
            if (ascii)
                u = len;
            else
                while (u < len && (unsigned char)p[u] < 0x80)
                    u++;
            if (u == len) {
                memcpy(fp, p, len);
                t->form = fp;
                t->key = fp + half;   /* filled below */
                fp += len + 1;
            } else {
                kbuf_reset(&scratch);
                ktext_nfc(p, len, &scratch);
                t->form = karena_strndup(mem, scratch.s, scratch.len);
                kbuf_reset(&scratch);
                ktext_key(t->form, strlen(t->form), &scratch);
                t->key = karena_strndup(mem, scratch.s, scratch.len);
            }
            t->head = -1;
            t->rel = KR_DEP;
            t->beg = doc.tok[i].beg - (int)off;
            t->end = doc.tok[i].end - (int)off;
        }
        ascii_upper(blk + half, blk, (size_t)(fp - blk));
        ns++;
        if (fn && fn(ud, &s, off))
            break;
    }
    ktok_doc_free(&doc);
    kbuf_free(&rep);
    kbuf_free(&scratch);
    return ns;
}
