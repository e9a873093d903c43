/* pico.c: see pico.h */
#include "pico.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pent {
    int code;           /* interned id (0 in the built-in table) */
    const char *str;    /* the code's text (owned by the kpico) */
    long value;
    int reverse_only;   /* only maps value -> code */
} pent;

struct kpico {
    pent *e;
    size_t n, cap;
    karena mem;
};

static const pent *find_code(const kpico *p, int code)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->e[i].code == code)
            return &p->e[i];
    return NULL;
}

/* "-0xFFFF+0x2045+0x300" -> value; returns 0 or -1 */
static int parse_value(const char *s, long *out)
{
    long acc = 0;
    int sign = 1, any = 0;
    while (*s == ' ' || *s == '\t')
        s++;
    while (*s) {
        if (*s == '+' || *s == '-') {
            sign = *s == '-' ? -1 : 1;
            s++;
            while (*s == ' ')
                s++;
        }
        char *e;
        long v = strtol(s, &e, 16);
        if (e == s)
            return -1;
        acc += sign * v;
        any = 1;
        s = e;
        while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
            s++;
        if (*s && *s != '+' && *s != '-')
            return -1;
        sign = 1;
    }
    if (!any)
        return -1;
    *out = acc;
    return 0;
}

kpico *kpico_load(const char *path, kintern *in, int strict, kdiag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_ERROR, &l, "cannot open coding ontology");
        return NULL;
    }
    kpico *p = xcalloc(1, sizeof *p);
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0, bad = 0;
    while (getline(&line, &cap, f) >= 0) {
        lineno++;
        char *h = strchr(line, '#');
        if (h)
            *h = 0;
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        size_t n = strlen(s);
        while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
            s[--n] = 0;
        if (!n)
            continue;
        char *colon = strchr(s, ':');
        long v;
        if (!colon || colon == s || parse_value(colon + 1, &v) < 0) {
            kloc l = {path, lineno, colon ? (int)(colon - line) + 2 : 1, NULL};
            kdiag_report(d, strict ? KD_ERROR : KD_WARN, &l, "expected CODE:HEX near '%.30s'", s);
            bad++;
            continue;
        }
        XGROW(p->e, p->cap, p->n + 1);
        pent *pe = &p->e[p->n++];
        memset(pe, 0, sizeof *pe);
        pe->code = kintern_add(in, s, (size_t)(colon - s));
        pe->str = kintern_str(in, pe->code);
        pe->value = v;
    }
    free(line);
    fclose(f);
    if (bad) {
        kloc l = {path, 0, 0, NULL};
        kdiag_report(d, KD_NOTE, &l, "%d malformed ontology lines skipped", bad);
    }
    if (strict && bad) {
        kpico_free(p);
        return NULL;
    }
    return p;
}

void kpico_free(kpico *p)
{
    if (!p)
        return;
    free(p->e);
    karena_free(&p->mem);
    free(p);
}

int kpico_count(const kpico *p)
{
    return p ? (int)p->n : 0;
}

int kpico_negate(const kpico *p, const kintern *in, int code)
{
    if (!p || code <= 0)
        return 0;
    const char *cs = kintern_str(in, code);
    size_t n = strlen(cs);
    if (n == 0 || n > 6)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)cs[i]))
            return 0;
    if (atoi(cs) > 200)
        return 0;
    const pent *e = find_code(p, code);
    if (!e && n >= 2) {
        char cat[8];
        snprintf(cat, sizeof cat, "%.2s0", cs);
        int cid = kintern_find(in, cat, strlen(cat));
        if (cid)
            e = find_code(p, cid);
    }
    if (!e)
        return 0;
    long want = e->value - 0xFFFF;
    int res = 0;
    for (size_t i = 0; i < p->n; i++)
        if (p->e[i].value == want)
            res = p->e[i].code;      /* the later line wins */
    return res;
}

/* ---- PETRARCH-2's built-in ontology --------------------------------------
 * The values PETRARCH-2 gives the CAMEO codes (its "internal coding
 * ontology", documented in dictionaries.rst "Combinations"): the first hex
 * digit is the cue category (1 say, 2 appeal, 3 intend, 4 demand, 5 protest,
 * 6 threaten, 7 disapprove, 8 posture, 9 coerce, A investigate, B consult),
 * the second reduce/yield, the third the kind of interaction (meet, settle,
 * mediate, aid, expel, political change, material and diplomatic
 * cooperation, assault, fight, mass violence), the last the domain; -0xFFFF
 * is negation.  Same values as UD-PETRARCH's PICO 1.0 file except 110 and
 * 170, which PETRARCH-2 keeps as plain cue categories.  An entry "=CODE:V"
 * only maps the value back (PETRARCH-2 reads 0x30A0, "intend to fight", as
 * 138 "threaten with military force"). */
static const char builtin_text[] =
    "010:0x1000 011:0x1000-0xFFFF 012:0x100C 013:0x1001 014:0x1002 015:0x10a0 016:0x10a0-0xFFFF "
    "017:0x1003 018:0x1004 019:0x1005 020:0x2000 021:0x2070 0211:0x2075 0212:0x2076 0213:0x2078 "
    "0214:0x207A 022:0x2080 023:0x2040 0231:0x2045 0232:0x2046 0233:0x2047 0234:0x2049 024:0x2060 "
    "0241:0x2061 0242:0x2062 0243:0x2063 0244:0x2064 025:0x2200 0251:0x220B 0252:0x220C 0253:0x220D "
    "0254:0x2205 0255:0x220E 0256:0x220F 026:0x2010 027:0x2020 028:0x2030 030:0x3000 031:0x3070 "
    "0311:0x3075 0312:0x3076 0313:0x3078 0314:0x307A 032:0x3080 033:0x3040 0331:0x3045 0332:0x3046 "
    "0333:0x3047 0334:0x3049 034:0x3060 0341:0x3061 0342:0x3062 0343:0x3063 0344:0x3064 035:0x3200 "
    "0351:0x320B 0352:0x320C 0353:0x320D 0354:0x3205 0355:0x320E 0356:0x320F 036:0x3010 037:0x3020 "
    "038:0x3230 039:0x3030 040:0xB000 041:0xB001 042:0xB002 043:0xB003 044:0xB010 045:0xB030 "
    "046:0xB010 050:0x0080 051:0x0081 052:0x0082 053:0x0083 054:0x0084 055:0x0085 056:0x0086 "
    "057:0x0087 060:0x0070 061:0x0075 062:0x0076 063:0x0078 064:0x007A 070:0x0040 071:0x0045 "
    "072:0x0046 073:0x0047 074:0x0049 075:0x004E 080:0x0200 081:0x020B 0811:0x0203 0812:0x0201 "
    "0813:0x0204 0814:0x0206 082:0x020C 083:0x0260 0831:0x0261 0832:0x0262 0833:0x0263 0834:0x0264 "
    "084:0x0250 0841:0x020C 0842:0x020C 085:0x0205 086:0x020E 0861:0x0209 0862:0x020A 0863:0x0207 "
    "087:0x02C0 0871:0x02C9 0872:0x02C1 0873:0x02C6 0874:0x02C2 090:0xA000 091:0xA001 "
    "092:0xA002 093:0xA003 094:0xA004 100:0x4000 101:0x4070 1011:0x4075 1012:0x4076 1013:0x4078 "
    "1014:0x407A 102:0x4080 103:0x4040 1031:0x4045 1032:0x4046 1033:0x4047 1034:0x4049 104:0x4060 "
    "1041:0x4061 1042:0x4062 1043:0x4063 1044:0x4064 105:0x4200 1051:0x420B 1052:0x420C 1053:0x420D "
    "1054:0x4205 1055:0x420E 1056:0x420F 106:0x4010 107:0x4020 108:0x4030 110:0x7000 111:0x7001 "
    "112:0x70a0 1121:0x70a1 1122:0x70a2 1123:0x70a3 1124:0x70a4 1125:0x70a5 113:0x7002 114:0x7003 "
    "115:0x7008 116:0x7005 120:-0xFFFF 121:-0xFFFF+0x0070 1211:-0xFFFF+0x0075 1212:-0xFFFF+0x0076 "
    "122:-0xFFFF+0x2040+0x300 1221:-0xFFFF+0x2045+0x300 1222:-0xFFFF+0x2046+0x300 "
    "1223:-0xFFFF+0x2047+0x300 1224:-0xFFFF+0x2049+0x300 123:-0xFFFF+0x2060+0x300 "
    "1231:-0xFFFF+0x2061+0x300 1232:-0xFFFF+0x2062+0x300 1233:-0xFFFF+0x2063+0x300 "
    "1234:-0xFFFF+0x2064+0x300 124:-0xFFFF+0x0200 1241:-0xFFFF+0x020B 1242:-0xFFFF+0x020C "
    "1243:-0xFFFF+0x020D 1244:-0xFFFF+0x0205 1245:-0xFFFF+0x020E 1246:-0xFFFF+0x02C0 "
    "125:-0xFFFF+0x0010 126:-0xFFFF+0x0030 127:-0xFFFF+0x0020 128:-0xFFFF+0x0002 129:-0xFFFF+0x0001 "
    "130:0x6000 131:0x6100 1311:0x6140 1312:0x6105 1313:0x6180 132:0x600B 1321:0x6003 1322:0x6001 "
    "1323:0x6004 1324:0x6006 133:0x600C 134:0x6010 135:0x6030 136:0x600E 137:0x6004 138:0x60A0 "
    "1381:0x60A1 1382:0x60A2 1383:0x60A3 1384:0x60A4 1385:0x60B0 139:0x6005 140:0x5000 145:0x50A0 "
    "150:0x8000 151:0x8001 152:0x8002 153:0x8003 154:0x8004 160:0x0100 161:0x0180 162:0x0140 "
    "1621:0x0145 1622:0x0146 1623:0x0147 163:0x000B 164:0x0110 165:0x0130 166:0x0150 1661:0x0159 "
    "1662:0x015A 1663:0x015E 170:0x9000 171:0x9010 1711:0x9011 1712:0x9012 172:0x900B 1721:0x9003 "
    "1722:0x9001 1723:0x9004 1724:0x9006 173:0x9020 174:0x9030 175:0x9040 180:0x0090 181:0x0091 "
    "182:0x0092 1821:0x0093 1822:0x0094 1823:0x0095 1824:0x0096 183:0x0097 1831:0x0098 1832:0x0099 "
    "1833:0x009A 1834:0x009B 184:0x009C 185:0x009D 186:0x009E 190:0x00A0 191:0x00A1 192:0x00A2 "
    "193:0x00A3 194:0x00A4 195:0x00A5 1951:0x00A6 1952:0x00A7 196:0x00A8 200:0x00B0 ---:0 "
    "=138:0x30A0";

kpico *kpico_builtin(void)
{
    kpico *p = xcalloc(1, sizeof *p);
    karena_init(&p->mem);
    const char *s = builtin_text;
    while (*s) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        int rev = *s == '=';
        const char *k = s + rev;
        const char *colon = memchr(k, ':', (size_t)(e - k));
        long v;
        char val[48];
        size_t vl = colon ? (size_t)(e - colon - 1) : 0;
        if (colon && vl < sizeof val) {
            memcpy(val, colon + 1, vl);
            val[vl] = 0;
            if (parse_value(val, &v) == 0) {
                XGROW(p->e, p->cap, p->n + 1);
                pent *pe = &p->e[p->n++];
                memset(pe, 0, sizeof *pe);
                pe->str = karena_strndup(&p->mem, k, (size_t)(colon - k));
                pe->value = v;
                pe->reverse_only = rev;
            }
        }
        s = e;
    }
    return p;
}

static const pent *find_str(const kpico *p, const char *code)
{
    for (size_t i = 0; i < p->n; i++)
        if (!p->e[i].reverse_only && !strcmp(p->e[i].str, code))
            return &p->e[i];
    return NULL;
}

int kpico_value(const kpico *p, const char *code, long *value)
{
    *value = 0;
    if (!p || !code || !*code || !strcmp(code, "---"))
        return 0;
    const pent *e = find_str(p, code);
    if (!e && strlen(code) >= 2 && isdigit((unsigned char)code[0]) &&
        isdigit((unsigned char)code[1])) {
        char cat[4] = {code[0], code[1], '0', 0};
        e = find_str(p, cat);
    }
    if (!e)
        return 0;
    *value = e->value;
    return 1;
}

const char *kpico_code(const kpico *p, long value)
{
    const char *res = NULL;
    if (!p)
        return NULL;
    for (size_t i = 0; i < p->n; i++)
        if (p->e[i].value == value)
            res = p->e[i].str;       /* the later line wins */
    return res;
}

long kpico_combine(long upper, long lower)
{
    if (lower < 0)
        return upper + lower;
    if (upper >= 0x1000 && lower >= 0x1000)
        return lower;
    if (lower >= upper)
        return lower;
    return upper + lower;
}
