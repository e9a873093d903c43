/* actorcode.c: split CAMEO actor codes (see actorcode.h). */
#include "actorcode.h"

#include <string.h>

/* ISO 3166-1 alpha-3 (Debian iso-codes) and CAMEO's extra territory and
 * historical codes; each list is a run of 3-letter codes, sorted. */
static const char iso3[] =
    "ABWAFGAGOAIAALAALBANDAREARGARMASMATAATFATGAUSAUTAZEBDIBELBEN"
    "BESBFABGDBGRBHRBHSBIHBLMBLRBLZBMUBOLBRABRBBRNBTNBVTBWACAFCAN"
    "CCKCHECHLCHNCIVCMRCODCOGCOKCOLCOMCPVCRICUBCUWCXRCYMCYPCZEDEU"
    "DJIDMADNKDOMDZAECUEGYERIESHESPESTETHFINFJIFLKFRAFROFSMGABGBR"
    "GEOGGYGHAGIBGINGLPGMBGNBGNQGRCGRDGRLGTMGUFGUMGUYHKGHMDHNDHRV"
    "HTIHUNIDNIMNINDIOTIRLIRNIRQISLISRITAJAMJEYJORJPNKAZKENKGZKHM"
    "KIRKNAKORKWTLAOLBNLBRLBYLCALIELKALSOLTULUXLVAMACMAFMARMCOMDA"
    "MDGMDVMEXMHLMKDMLIMLTMMRMNEMNGMNPMOZMRTMSRMTQMUSMWIMYSMYTNAM"
    "NCLNERNFKNGANICNIUNLDNORNPLNRUNZLOMNPAKPANPCNPERPHLPLWPNGPOL"
    "PRIPRKPRTPRYPSEPYFQATREUROURUSRWASAUSDNSENSGPSGSSHNSJMSLBSLE"
    "SLVSMRSOMSPMSRBSSDSTPSURSVKSVNSWESWZSXMSYCSYRTCATCDTGOTHATJK"
    "TKLTKMTLSTONTTOTUNTURTUVTWNTZAUGAUKRUMIURYUSAUZBVATVCTVENVGB"
    "VIRVNMVUTWLFWSMYEMZAFZMBZWE";
static const char cameo_countries[] = "CSKDDRGZSKOSROMTMPUSRWSBYUGZAR";
static const char kinds[] = "IGOIMGMNCNGMNGOUIS";
static const char regions[] =
    "AFRARBASABLKCASCAUCFRCRBEAFEEUEURLAMMDTMEANAFNMRPGSSAFSAMSASSCNSEAWAFWST";
static const char roles[] =
    "AGRBUSCOPCRMCVLDEVEDUELIENVGOVHLHHRIINSJUDLABLEGMEDMILMODOPPPPLPTYRADREBREFSEPSETSPYUAF";
static const char religions[] =
    "ADRALEBAHBUDCHRCONCPTCTHDRZHINHSDITHJANJEWMOSMUSORTPRORELSFISHISHNSIKSUNTAOZRO";

static int in_list(const char *list, const char *c)
{
    size_t n = strlen(list) / 3;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strncmp(c, list + 3 * mid, 3);
        if (r == 0)
            return 1;
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int kactor_is_country(const char *c)
{
    return in_list(iso3, c) || in_list(cameo_countries, c);
}

static void put3(char *dst, const char *src)
{
    memcpy(dst, src, 3);
    dst[3] = '\0';
}

int kactor_parse(const char *code, kactor *out)
{
    memset(out, 0, sizeof *out);
    if (!code)
        return 0;
    size_t n = strlen(code);
    if (n >= sizeof out->code)
        n = sizeof out->code - 1;
    memcpy(out->code, code, n);
    out->code[n] = '\0';
    if (n < 3 || n % 3 != 0)
        return 0;
    /* "---GOV": an agent with no known country */
    size_t i = !strncmp(code, "---", 3) ? 3 : 0;
    if (i == n)
        return 0;
    for (size_t k = i; k < n; k++)
        if (code[k] < 'A' || code[k] > 'Z')
            return 0;

    const char *c = code + i;
    if (i) {
        /* no country: the chunks are roles and attributes */
    } else if (kactor_is_country(c)) {
        put3(out->country, c);
        put3(out->entity, c);
        i = 3;
    } else if (in_list(kinds, c)) {
        put3(out->kind, c);
        i = 3;
        /* regions may precede the organisation: IGOEUREEC */
        while (i < n && in_list(regions, code + i)) {
            if (!out->region[0])
                put3(out->region, code + i);
            i += 3;
        }
        if (i < n && !in_list(roles, code + i) && !in_list(religions, code + i)
            && !kactor_is_country(code + i)) {
            put3(out->group, code + i);
            i += 3;
        } else if (i < n && kactor_is_country(code + i)) {
            /* NGOUSA: an NGO based in a country */
            put3(out->country, code + i);
            i += 3;
        }
        memcpy(out->entity, out->kind, 3);
        memcpy(out->entity + 3, out->group, 4);
    } else if (in_list(regions, c)) {
        put3(out->region, c);
        put3(out->entity, c);
        i = 3;
    }

    int after_primary = 0;
    for (; i < n; i += 3) {
        const char *k = code + i;
        if (after_primary) {
            size_t al = strlen(out->attrs);
            if (al + 3 < sizeof out->attrs) {
                memcpy(out->attrs + al, k, 3);
                out->attrs[al + 3] = '\0';
            }
        }
        if (in_list(roles, k) || in_list(kinds, k)) {
            if (!out->role[0]) {
                put3(out->role, k);
                after_primary = 1;
            } else if (out->nroles < KACTOR_MAXROLES) {
                put3(out->roles[out->nroles++], k);
            }
        } else if (in_list(religions, k)) {
            if (!out->religion[0][0])
                put3(out->religion[0], k);
            else if (!out->religion[1][0])
                put3(out->religion[1], k);
        } else if (in_list(regions, k)) {
            if (!out->region[0])
                put3(out->region, k);
        } else if (!out->ethnic[0]) {
            put3(out->ethnic, k);
        }
    }
    return 1;
}
