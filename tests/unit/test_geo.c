/* test_geo.c: gazetteer loading and the ActionGeo rules.  Expected places
 * and coordinates are hand-checked facts (atlas positions of the cities,
 * the US Census Bureau's 2020 mean center of population), not values read
 * back from the index. */
#include "conllu.h"
#include "geo.h"
#include "t.h"
#include "tokenize.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *GAZ = "data/geo/places.khgeo";

static void quiet(void *ud, int level, const kloc *loc, const char *msg)
{
    (void)ud, (void)level, (void)loc, (void)msg;
}

typedef struct one {
    const kgeo *g;
    const kgeo_ctx *c;
    kgeo_place p;
    int rule, n;
    char matched[128];
} one;

static int on_sent(void *ud, const ksent *s, size_t off)
{
    one *o = ud;
    (void)off;
    if (o->n++)
        return 0;          /* first sentence only */
    o->rule = kgeo_locate(o->g, s, o->c, &o->p);
    o->matched[0] = 0;
    for (int i = o->p.tok_beg; i >= 0 && i < o->p.tok_end; i++) {
        if (i > o->p.tok_beg)
            strncat(o->matched, " ", sizeof o->matched - strlen(o->matched) - 1);
        strncat(o->matched, s->tok[i].form, sizeof o->matched - strlen(o->matched) - 1);
    }
    if (o->p.name) {       /* the place must outlive the arena of s */
        static char name[128];
        snprintf(name, sizeof name, "%s", o->p.name);
        o->p.name = name;
    }
    return 0;
}

/* Locate the first sentence of text with actors a1, a2 (NULL for none)
 * and dateline dl (NULL for none). */
static one locate(const kgeo *g, const char *text, const char *a1, const char *a2, const char *dl)
{
    kgeo_ctx c;
    memset(&c, 0, sizeof c);
    if (a1)
        c.actors[c.nactors++] = a1;
    if (a2)
        c.actors[c.nactors++] = a2;
    if (dl) {
        c.dateline = dl;
        c.dateline_len = strlen(dl);
    }
    one o;
    memset(&o, 0, sizeof o);
    o.g = g;
    o.c = &c;
    kstory st = {0};
    st.id = "t";
    st.text = text;
    st.len = strlen(text);
    st.file = "test";
    kdiag d = {quiet, NULL, 0, 0};
    karena mem;
    karena_init(&mem);
    ktok_story(&st, NULL, &d, &mem, on_sent, &o);
    karena_free(&mem);
    return o;
}

static int near(double a, double b, double tol) { return fabs(a - b) <= tol; }

#define T_PLACE(o, rule_, cc, la, lo, tol) do { \
    T_EQ_INT((o).rule, rule_); \
    T_EQ_STR((o).p.country, cc); \
    T_CHECK(near((o).p.lat, la, tol)); \
    T_CHECK(near((o).p.lon, lo, tol)); \
} while (0)

static void test_sentence(const kgeo *g)
{
    const char *s = "Libya's Foreign Minister made the declaration in Tripoli during a joint press conference.";
    /* Tripoli, Libya: 32.89 N 13.19 E; Tripoli, Lebanon: 34.44 N 35.85 E */
    one o = locate(g, s, "LBYGOV", "TUR", NULL);
    T_PLACE(o, KGEO_SENTENCE, "LY", 32.9, 13.2, 0.1);
    T_EQ_STR(o.matched, "Tripoli");
    T_EQ_STR(o.p.name, "Tripoli");
    T_EQ_INT(o.p.type, KGEO_CITY);
    T_EQ_STR(o.p.country3, "LBY");
    T_EQ_STR(o.p.country_name, "Libya");
    T_EQ_INT(o.p.geonames_id, 2210247);   /* geonames.org/2210247: Tripoli, Libya */
    o = locate(g, "The minister spoke in Tripoli on Monday.", "LBNGOV", NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "LB", 34.4, 35.8, 0.1);
    T_EQ_STR(o.p.fips, "LE");             /* FIPS 10-4 differs from ISO here */
    o = locate(g, "The minister spoke in Tripoli on Monday.", "TUR", "LBNMIL", NULL);
    T_EQ_STR(o.p.country, "LB");           /* either actor's country counts */
    o = locate(g, "The minister spoke in Tripoli on Monday.", NULL, NULL, NULL);
    T_EQ_STR(o.p.country, "LY");           /* no context: the larger namesake */
    o = locate(g, "Clashes broke out in Tripoli, Lebanon, on Friday.", "LBY", NULL, NULL);
    T_EQ_STR(o.p.country, "LB");           /* a country named after it wins */
    /* the dateline's country disambiguates too */
    o = locate(g, "Clashes broke out in Tripoli on Friday.", NULL, NULL, "BEIRUT, May 3 (Reuters) - x");
    T_EQ_STR(o.p.country, "LB");
    /* Paris, Texas (25k) does not win over Paris, France (2.1M) for US actors */
    o = locate(g, "Officials met in Paris on Monday.", "USAGOV", "CHNGOV", NULL);
    T_PLACE(o, KGEO_SENTENCE, "FR", 48.85, 2.35, 0.1);
    /* multi-word names and aliases: New York 40.71 N 74.01 W, Abu Dhabi 24.47 N 54.37 E */
    o = locate(g, "Protesters marched in New York on Sunday.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "US", 40.71, -74.01, 0.1);
    T_EQ_STR(o.matched, "New York");
    o = locate(g, "The talks were held in Abu Dhabi.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "AE", 24.47, 54.37, 0.1);
    o = locate(g, "Shelling hit Kiev overnight.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "UA", 50.45, 30.52, 0.1);      /* a capital, no preposition needed */
    /* a country needs a locative preposition; the city wins over it */
    o = locate(g, "Turkish forces were in Libya as part of a training agreement.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_SENTENCE);
    T_EQ_STR(o.p.country, "LY");
    T_EQ_INT(o.p.type, KGEO_COUNTRY);
    o = locate(g, "Libya urged Turkey to withdraw its forces.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    /* a country name modifying a noun is no place; followed by a function
     * word or a time it is */
    o = locate(g, "He spoke about his role in the Iran arms scandal.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "Prices are quoted in U.S. dollars.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "Fighting resumed in Syria last week.", NULL, NULL, NULL);
    T_EQ_STR(o.p.country, "SY");
    o = locate(g, "Fighting resumed in Syria and Iraq.", NULL, NULL, NULL);
    T_EQ_STR(o.p.country, "SY");
    o = locate(g, "Libya hosted talks in Benghazi.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "LY", 32.1, 20.1, 0.15);      /* Benghazi 32.12 N 20.07 E */
    /* US states and their abbreviations as qualifiers: Paris, Texas 33.66 N
     * 95.56 W; Springfield, Illinois 39.80 N 89.64 W (Springfield, Missouri
     * is larger); Washington alone is the capital (38.90 N 77.04 W) */
    o = locate(g, "He flew to Paris, Texas, on Monday.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "US", 33.66, -95.56, 0.1);
    o = locate(g, "The plant in Springfield, Ill., closed.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "US", 39.80, -89.64, 0.1);
    T_EQ_STR(o.p.adm1, "US.IL");
    /* a country name that begins the next phrase is no qualifier: Dalian,
     * China, 38.91 N 121.60 E (GeoNames 1814087), not the United States */
    o = locate(g, "In a speech in the city of Dalian, U.S. Secretary of State George Shultz said so.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "CN", 38.91, 121.60, 0.1);
    o = locate(g, "Officials met in Washington on Monday.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "US", 38.90, -77.04, 0.1);
    o = locate(g, "It plans an acquisition in Colorado.", NULL, NULL, NULL);
    T_EQ_INT(o.p.type, KGEO_ADM1);
    T_EQ_STR(o.p.adm1, "US.CO");       /* not Colorado, Brazil (a town) */
    T_CHECK(o.p.lat > 37.0 && o.p.lat < 41.0 && o.p.lon > -109.05 && o.p.lon < -102.05);
    o = locate(g, "Colorado officials said.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    /* a place noun announces a place without a preposition (Idlib 129k,
     * Benghazi 650k: too small to be taken bare) */
    o = locate(g, "Shells hit the town of Idlib.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "SY", 35.93, 36.63, 0.1);
    o = locate(g, "Fighting raged 40 km east of Benghazi.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "LY", 32.1, 20.1, 0.15);
    o = locate(g, "He was visiting the capital Benghazi.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_SENTENCE);
    o = locate(g, "The Benghazi office of the party said.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "In Baghdad, a bomb exploded.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "IQ", 33.34, 44.40, 0.1);
}

/* Capitals and cities frequent in political news, by their usual English
 * names (several differ from GeoNames' spelling: Geneva/Geneve, Kiev/Kyiv,
 * Basra/Basrah, Gothenburg/Goteborg), with their countries. */
static const struct { const char *name, *cc; } CITIES[] = {
    {"Geneva", "CH"},
    {"Zurich", "CH"},
    {"Munich", "DE"},
    {"Cologne", "DE"},
    {"Rome", "IT"},
    {"Milan", "IT"},
    {"Naples", "IT"},
    {"Venice", "IT"},
    {"Florence", "IT"},
    {"Turin", "IT"},
    {"Lisbon", "PT"},
    {"Prague", "CZ"},
    {"Vienna", "AT"},
    {"Warsaw", "PL"},
    {"Moscow", "RU"},
    {"Athens", "GR"},
    {"Brussels", "BE"},
    {"Copenhagen", "DK"},
    {"Belgrade", "RS"},
    {"Bucharest", "RO"},
    {"Seville", "ES"},
    {"Madrid", "ES"},
    {"Barcelona", "ES"},
    {"The Hague", "NL"},
    {"Amsterdam", "NL"},
    {"Antwerp", "BE"},
    {"Kyiv", "UA"},
    {"Kiev", "UA"},
    {"Minsk", "BY"},
    {"Tbilisi", "GE"},
    {"Baku", "AZ"},
    {"Tehran", "IR"},
    {"Baghdad", "IQ"},
    {"Damascus", "SY"},
    {"Beirut", "LB"},
    {"Amman", "JO"},
    {"Jerusalem", "IL"},
    {"Tel Aviv", "IL"},
    {"Gaza", "PS"},
    {"Ramallah", "PS"},
    {"Cairo", "EG"},
    {"Alexandria", "EG"},
    {"Khartoum", "SD"},
    {"Tripoli", "LY"},
    {"Benghazi", "LY"},
    {"Tunis", "TN"},
    {"Algiers", "DZ"},
    {"Rabat", "MA"},
    {"Casablanca", "MA"},
    {"Riyadh", "SA"},
    {"Jeddah", "SA"},
    {"Sanaa", "YE"},
    {"Aden", "YE"},
    {"Muscat", "OM"},
    {"Doha", "QA"},
    {"Dubai", "AE"},
    {"Kuwait City", "KW"},
    {"Manama", "BH"},
    {"Ankara", "TR"},
    {"Istanbul", "TR"},
    {"Kabul", "AF"},
    {"Islamabad", "PK"},
    {"Karachi", "PK"},
    {"Lahore", "PK"},
    {"New Delhi", "IN"},
    {"Mumbai", "IN"},
    {"Dhaka", "BD"},
    {"Colombo", "LK"},
    {"Kathmandu", "NP"},
    {"Beijing", "CN"},
    {"Shanghai", "CN"},
    {"Hong Kong", "HK"},
    {"Taipei", "TW"},
    {"Seoul", "KR"},
    {"Pyongyang", "KP"},
    {"Tokyo", "JP"},
    {"Manila", "PH"},
    {"Jakarta", "ID"},
    {"Hanoi", "VN"},
    {"Bangkok", "TH"},
    {"Yangon", "MM"},
    {"Kuala Lumpur", "MY"},
    {"Singapore", "SG"},
    {"Canberra", "AU"},
    {"Sydney", "AU"},
    {"Wellington", "NZ"},
    {"Nairobi", "KE"},
    {"Addis Ababa", "ET"},
    {"Mogadishu", "SO"},
    {"Kampala", "UG"},
    {"Kigali", "RW"},
    {"Kinshasa", "CD"},
    {"Lagos", "NG"},
    {"Abuja", "NG"},
    {"Accra", "GH"},
    {"Dakar", "SN"},
    {"Bamako", "ML"},
    {"Johannesburg", "ZA"},
    {"Pretoria", "ZA"},
    {"Harare", "ZW"},
    {"Luanda", "AO"},
    {"Mexico City", "MX"},
    {"Havana", "CU"},
    {"Caracas", "VE"},
    {"Bogota", "CO"},
    {"Lima", "PE"},
    {"Brasilia", "BR"},
    {"Sao Paulo", "BR"},
    {"Rio de Janeiro", "BR"},
    {"Buenos Aires", "AR"},
    {"Santiago", "CL"},
    {"Ottawa", "CA"},
    {"Montreal", "CA"},
    {"Washington", "US"},
    {"London", "GB"},
    {"Paris", "FR"},
    {"Berlin", "DE"},
    {"Dublin", "IE"},
    {"Edinburgh", "GB"},
    {"Belfast", "GB"},
    {"Stockholm", "SE"},
    {"Oslo", "NO"},
    {"Helsinki", "FI"},
    {"Reykjavik", "IS"},
    {"Budapest", "HU"},
    {"Sofia", "BG"},
    {"Zagreb", "HR"},
    {"Sarajevo", "BA"},
    {"Pristina", "XK"},
    {"Skopje", "MK"},
    {"Tirana", "AL"},
    {"Chisinau", "MD"},
    {"Vilnius", "LT"},
    {"Riga", "LV"},
    {"Tallinn", "EE"},
    {"Yerevan", "AM"},
    {"Tashkent", "UZ"},
    {"Astana", "KZ"},
    {"Almaty", "KZ"},
    {"Bishkek", "KG"},
    {"Dushanbe", "TJ"},
    {"Ashgabat", "TM"},
    {"Ulaanbaatar", "MN"},
    {"Phnom Penh", "KH"},
    {"Vientiane", "LA"},
    {"Port-au-Prince", "HT"},
    {"Managua", "NI"},
    {"San Salvador", "SV"},
    {"Tegucigalpa", "HN"},
    {"Guatemala City", "GT"},
    {"Panama City", "PA"},
    {"Quito", "EC"},
    {"La Paz", "BO"},
    {"Asuncion", "PY"},
    {"Montevideo", "UY"},
    {"Nicosia", "CY"},
    {"Valletta", "MT"},
    {"Luxembourg", "LU"},
    {"Monaco", "MC"},
    {"Brasília", "BR"},
    {"Mecca", "SA"},
    {"Aleppo", "SY"},
    {"Mosul", "IQ"},
    {"Basra", "IQ"},
    {"Kandahar", "AF"},
    {"Peshawar", "PK"},
    {"Misrata", "LY"},
    {"Sirte", "LY"},
    {"Hodeidah", "YE"},
    {"Donetsk", "UA"},
    {"Kharkiv", "UA"},
    {"Odessa", "UA"},
    {"Sevastopol", "UA"},
    {"Grozny", "RU"},
    {"St. Petersburg", "RU"},
    {"Salvador", "BR"},
    {"Erbil", "IQ"},
    {"Sulaymaniyah", "IQ"},
    {"Herat", "AF"},
    {"Jalalabad", "AF"},
    {"Mazar-i-Sharif", "AF"},
    {"Kunduz", "AF"},
    {"Nablus", "PS"},
    {"Jenin", "PS"},
    {"Rafah", "PS"},
    {"Khan Younis", "PS"},
    {"Daraa", "SY"},
    {"Deir ez-Zor", "SY"},
    {"Tikrit", "IQ"},
    {"Samarra", "IQ"},
    {"Juba", "SS"},
    {"Bangui", "CF"},
    {"N'Djamena", "TD"},
    {"Niamey", "NE"},
    {"Ouagadougou", "BF"},
    {"Nouakchott", "MR"},
    {"Timbuktu", "ML"},
    {"Gao", "ML"},
    {"Mekelle", "ET"},
    {"Asmara", "ER"},
    {"Goma", "CD"},
    {"Bukavu", "CD"},
    {"Beni", "CD"},
    {"Maiduguri", "NG"},
    {"Kano", "NG"},
    {"Zaporizhzhia", "UA"},
    {"Luhansk", "UA"},
    {"Kherson", "UA"},
    {"Mykolaiv", "UA"},
    {"Bakhmut", "UA"},
    {"Kramatorsk", "UA"},
    {"Lviv", "UA"},
    {"Gothenburg", "SE"},
    {"Nuremberg", "DE"},
    {"Hanover", "DE"},
    {"Bangalore", "IN"},
    {"Macau", "MO"},
    {"Mashhad", "IR"},
    {"Marseille", "FR"},
    {"Lyon", "FR"},
    {"Krakow", "PL"},
    {"Gdansk", "PL"},
    {"Hebron", "PS"},
    {"Sidon", "LB"},
    {"Tyre", "LB"},
    {"Homs", "SY"},
    {"Latakia", "SY"},
    {"Idlib", "SY"},
    {"Hama", "SY"},
    {"Aden", "YE"},
    {"Taiz", "YE"},
    {"Marib", "YE"},
    {"Mukalla", "YE"},
    {"Sanaa", "YE"},
    {"Tobruk", "LY"},
    {"Sabha", "LY"},
    {"Zawiya", "LY"},
    {"Bani Walid", "LY"},
    {"Derna", "LY"},
    {"Ajdabiya", "LY"},
    {"Kirkuk", "IQ"},
    {"Fallujah", "IQ"},
    {"Ramadi", "IQ"},
    {"Najaf", "IQ"},
    {"Karbala", "IQ"},
    {"Quetta", "PK"},
    {"Peshawar", "PK"},
    {"Srinagar", "IN"},
    {"Kathmandu", "NP"},
    {"Chittagong", "BD"},
    {"Mandalay", "MM"},
    {"Cebu", "PH"},
    {"Davao", "PH"},
    {"Marawi", "PH"},
    {"Surabaya", "ID"},
    {"Ho Chi Minh City", "VN"},
    {"Guangzhou", "CN"},
    {"Shenzhen", "CN"},
    {"Wuhan", "CN"},
    {"Chongqing", "CN"},
    {"Urumqi", "CN"},
    {"Lhasa", "CN"},
    {"Vladivostok", "RU"},
    {"Novosibirsk", "RU"},
    {"Yekaterinburg", "RU"},
    {"Kazan", "RU"},
    {"Minneapolis", "US"},
    {"Ferguson", "US"},
};

static void test_city_list(const kgeo *g)
{
    char text[256];
    int bad = 0, n = (int)(sizeof CITIES / sizeof CITIES[0]);
    for (int i = 0; i < n; i++) {
        snprintf(text, sizeof text, "Officials met in %s on Monday.", CITIES[i].name);
        one o = locate(g, text, NULL, NULL, NULL);
        if (o.rule != KGEO_SENTENCE || !o.p.country || strcmp(o.p.country, CITIES[i].cc) != 0 ||
            strcmp(o.matched, CITIES[i].name) != 0) {
            fprintf(stderr, "%s: got %s %s, expected %s\n", CITIES[i].name, kgeo_rule_name(o.rule) ? kgeo_rule_name(o.rule) : "none",
                    o.p.country ? o.p.country : "-", CITIES[i].cc);
            bad++;
        }
    }
    T_EQ_INT(bad, 0);
    T_CHECK(n > 250);
    /* the smaller namesake with the actors' country (Bethlehem: South Africa
     * 83k, West Bank 29k) */
    one o = locate(g, "Clashes erupted in Bethlehem.", "ISRMIL", "PSE", NULL);
    T_EQ_STR(o.p.country, "PS");
}

static void test_false_places(const kgeo *g)
{
    /* Police (Poland), Of (Turkey), Mobile (US), Nice (France) are towns */
    one o = locate(g, "Police said the suspect fled.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "Of the 20 detainees, five were released.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "Reuters reported that Mobile operators were hit.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "He said it was Nice to be back.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    /* person and organisation names that contain a city name */
    o = locate(g, "Paris Hilton arrived late.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "The report was published by the New York Times on Monday.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    /* lower case is not a place name */
    o = locate(g, "The minister spoke in tripoli.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    /* a city under 1M without a preposition is not taken (Benghazi: 650k) */
    o = locate(g, "Benghazi officials denied it.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "Officials met in Benghazi.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_SENTENCE);
    /* a bare name before a verb of saying is a person (Houston: 2.3M) */
    o = locate(g, "Houston said it was over.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    /* names of people that are towns: only after a preposition (Jackson,
     * Mississippi 32.30 N 90.18 W) */
    o = locate(g, "Jackson said the vote was fair.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, "Voters lined up in Jackson on Tuesday.", NULL, NULL, NULL);
    T_PLACE(o, KGEO_SENTENCE, "US", 32.30, -90.18, 0.1);
    o = locate(g, "Houston was flooded.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_SENTENCE);
    o = locate(g, "Officials met in Tanta.", NULL, NULL, NULL);     /* alias of GeoNames' Tanda */
    T_PLACE(o, KGEO_SENTENCE, "EG", 30.79, 31.0, 0.1);
}

static void test_fallbacks(const kgeo *g)
{
    const char *s = "The minister urged the withdrawal of foreign forces.";
    one o = locate(g, s, "LBYGOV", "TUR", "TRIPOLI, May 3 (Reuters) - The minister urged");
    T_PLACE(o, KGEO_DATELINE, "LY", 32.9, 13.2, 0.1);
    o = locate(g, s, "LBNGOV", NULL, "TRIPOLI, May 3 (Reuters) - The minister urged");
    T_PLACE(o, KGEO_DATELINE, "LB", 34.4, 35.8, 0.1);
    o = locate(g, s, NULL, NULL, "TRIPOLI, Lebanon, May 3 (Reuters) - x");
    T_EQ_STR(o.p.country, "LB");
    o = locate(g, s, NULL, NULL, "Headline about talks\n\nBEIRUT, May 3 (Reuters) - x");
    T_PLACE(o, KGEO_DATELINE, "LB", 33.89, 35.50, 0.1);
    /* not a dateline: ordinary text, or an upper-case word that is no place */
    o = locate(g, s, NULL, NULL, "Libya, a country in North Africa, held talks.");
    T_EQ_INT(o.rule, KGEO_NONE);
    o = locate(g, s, NULL, NULL, "UNITED NATIONS, May 3 (Reuters) - x");
    T_EQ_INT(o.rule, KGEO_NONE);
    /* the actors' country: centroid inside Libya's bounding box */
    o = locate(g, s, "LBYGOV", "TURGOV", NULL);
    T_EQ_INT(o.rule, KGEO_ACTOR);
    T_EQ_STR(o.p.country, "LY");
    T_EQ_INT(o.p.type, KGEO_COUNTRY);
    T_CHECK(o.p.lat > 19.5 && o.p.lat < 33.2 && o.p.lon > 9.3 && o.p.lon < 25.2);
    o = locate(g, s, "IGOUNO", "LBNGOV", NULL);          /* IGO codes carry no country */
    T_EQ_INT(o.rule, KGEO_ACTOR);
    T_EQ_STR(o.p.country, "LB");
    o = locate(g, s, "IGOUNO", "---", NULL);
    T_EQ_INT(o.rule, KGEO_NONE);
    T_CHECK(o.p.name == NULL);
    /* Kosovo: CAMEO KSV, ISO 3166 user-assigned XK */
    kgeo_place p;
    T_EQ_INT(kgeo_actor_country(g, "KSVGOV", &p), KGEO_ACTOR);
    T_EQ_STR(p.country, "XK");
    T_EQ_STR(p.fips, "KV");
    /* FIPS 10-4 (GDELT) against ISO: Germany GM, United Kingdom UK, Iraq IZ */
    T_EQ_INT(kgeo_country(g, "DEU", &p), KGEO_ACTOR);
    T_EQ_STR(p.fips, "GM");
    T_EQ_INT(kgeo_country(g, "GB", &p), KGEO_ACTOR);
    T_EQ_STR(p.fips, "UK");
    T_EQ_INT(kgeo_country(g, "IQ", &p), KGEO_ACTOR);
    T_EQ_STR(p.fips, "IZ");
    T_EQ_INT(kgeo_actor_country(g, "GO", &p), KGEO_NONE);
    T_EQ_INT(kgeo_actor_country(g, NULL, &p), KGEO_NONE);
    /* population centroid of the US: the Census Bureau's 2020 mean center of
     * population is at 37.42 N 92.43 W (Hartville, Missouri) */
    T_EQ_INT(kgeo_country(g, "US", &p), KGEO_ACTOR);
    T_CHECK(near(p.lat, 37.4, 2.5) && near(p.lon, -92.4, 4.0));
    /* Fiji straddles 180 degrees: its centroid must stay in Fiji, not near 0 */
    T_EQ_INT(kgeo_country(g, "FJI", &p), KGEO_ACTOR);
    T_CHECK(p.lat < -15.5 && p.lat > -19.5 && fabs(p.lon) > 176.0);
}

static void test_dateline_sentence(const kgeo *g)
{
    /* the tokenizer's dateline "sentence", flagged by it */
    kgeo_place p;
    const char *dl = "Tripoli, May 3 (Reuters) -";
    T_EQ_INT(kgeo_dateline(g, dl, strlen(dl), 1, NULL, &p), KGEO_DATELINE);
    T_EQ_STR(p.country, "LY");
    T_EQ_INT(kgeo_dateline(g, dl, strlen(dl), 0, NULL, &p), KGEO_NONE);   /* not upper case */
    const char *ny = "NEW YORK, May 3 (Reuters) -";
    T_EQ_INT(kgeo_dateline(g, ny, strlen(ny), 0, NULL, &p), KGEO_DATELINE);
    T_EQ_STR(p.country, "US");
    /* stoplisted common words and people's names are places in datelines
     * (Mobile, Alabama 30.69 N 88.04 W; Cleveland, Ohio 41.50 N 81.70 W),
     * months and agencies never */
    const char *mo = "MOBILE, Ala., May 3 -";
    T_EQ_INT(kgeo_dateline(g, mo, strlen(mo), 0, NULL, &p), KGEO_DATELINE);
    T_CHECK(near(p.lat, 30.69, 0.1) && near(p.lon, -88.04, 0.1));
    const char *cl = "CLEVELAND, March 3 -";
    T_EQ_INT(kgeo_dateline(g, cl, strlen(cl), 0, NULL, &p), KGEO_DATELINE);
    T_CHECK(near(p.lat, 41.50, 0.1) && near(p.lon, -81.70, 0.1));
    /* a town too small for the index named with its state: the state, not
     * a foreign namesake (Warrington, England) */
    const char *wr = "WARRINGTON, Pa., Feb 26 -";
    T_EQ_INT(kgeo_dateline(g, wr, strlen(wr), 0, NULL, &p), KGEO_DATELINE);
    T_EQ_STR(p.adm1, "US.PA");
    T_EQ_INT(p.type, KGEO_ADM1);
    const char *ma = "MAY 3 (Reuters) -";
    T_EQ_INT(kgeo_dateline(g, ma, strlen(ma), 0, NULL, &p), KGEO_NONE);
    /* Saint / St. / St forms and exonyms: St. Louis 38.63 N 90.20 W,
     * Frankfurt (am Main) 50.12 N 8.68 E */
    const char *sl = "ST LOUIS, March 3 -";
    T_EQ_INT(kgeo_dateline(g, sl, strlen(sl), 0, NULL, &p), KGEO_DATELINE);
    T_CHECK(near(p.lat, 38.63, 0.1) && near(p.lon, -90.20, 0.1));
    const char *fr = "FRANKFURT, March 3 -";
    T_EQ_INT(kgeo_dateline(g, fr, strlen(fr), 0, NULL, &p), KGEO_DATELINE);
    T_CHECK(near(p.lat, 50.12, 0.1) && near(p.lon, 8.68, 0.1));
    const char *wa = "WASHINGTON (Reuters) -";
    T_EQ_INT(kgeo_dateline(g, wa, strlen(wa), 0, NULL, &p), KGEO_DATELINE);
    T_CHECK(near(p.lat, 38.9, 0.1) && near(p.lon, -77.04, 0.1));
}

static void test_text(const kgeo *g)
{
    /* from texts only, as an output writer holding a kevent would */
    kgeo_place p;
    const char *s = "Libya's Foreign Minister made the declaration in Tripoli during a joint press conference.";
    T_EQ_INT(kgeo_locate_text(g, s, NULL, "LBYGOV", "TURGOV", &p), KGEO_SENTENCE);
    T_EQ_STR(p.country, "LY");
    T_CHECK(near(p.lat, 32.9, 0.1) && near(p.lon, 13.2, 0.1));
    T_EQ_INT(kgeo_locate_text(g, "The mayor spoke in Tripoli.", NULL, "LBNGOV", NULL, &p), KGEO_SENTENCE);
    T_EQ_STR(p.country, "LB");
    T_EQ_INT(kgeo_locate_text(g, "Officials met.", "CAIRO, May 6 (Reuters) - x", "USAGOV", NULL, &p),
             KGEO_DATELINE);
    T_EQ_STR(p.country, "EG");
    T_EQ_INT(kgeo_locate_text(g, "Officials met.", NULL, "---GOV", "IRQMIL", &p), KGEO_ACTOR);
    T_EQ_STR(p.country, "IQ");
    T_EQ_INT(kgeo_locate_text(g, NULL, NULL, NULL, NULL, &p), KGEO_NONE);
    /* GDELT's terms: Lebanon is LE in FIPS, its admin1 code 09 (North,
     * Tripoli's governorate) */
    kgeo_actiongeo a;
    T_EQ_INT(kgeo_actiongeo_of(g, "The mayor spoke in Tripoli.", NULL, "LBNGOV", NULL, &a), 1);
    T_EQ_INT(a.type, 4);
    T_EQ_STR(a.name, "Tripoli, Lebanon");
    T_EQ_STR(a.fips, "LE");
    T_EQ_STR(a.country, "LB");
    T_EQ_STR(a.adm1, "LE09");
    T_EQ_STR(a.rule, "sentence");
    T_EQ_INT(kgeo_actiongeo_of(g, "A plant opened in Fremont, Calif.", NULL, NULL, NULL, &a), 1);
    T_EQ_INT(a.type, 3);
    T_EQ_STR(a.name, "Fremont, California, United States");
    T_EQ_STR(a.adm1, "USCA");
    T_EQ_INT(kgeo_actiongeo_of(g, "Officials met.", NULL, "IRQGOV", NULL, &a), 1);
    T_EQ_INT(a.type, 1);
    T_EQ_STR(a.name, "Iraq");
    T_EQ_STR(a.fips, "IZ");
    T_EQ_STR(a.feature_id, "IZ");
    T_EQ_STR(a.rule, "actor_country");
    T_EQ_INT(kgeo_actiongeo_of(g, "Officials met.", NULL, "IGOUNO", NULL, &a), 0);
    T_EQ_INT(a.type, 0);
    T_CHECK(a.rule == NULL);
    /* the default gazetteer (found in the working directory) gives the same */
    T_CHECK(kgeo_default(NULL) != NULL);
    T_EQ_INT(kgeo_actiongeo_of(NULL, "The mayor spoke in Tripoli.", NULL, "LBNGOV", NULL, &a), 1);
    T_EQ_STR(a.feature_id, "266826");     /* geonames.org/266826: Tripoli, Lebanon */
    T_EQ_INT(kgeo_locate_text(g, "", NULL, "IGOUNO", "---", &p), KGEO_NONE);
}

static void test_tree(const kgeo *g)
{
    /* with a dependency tree the preposition is found through the tree,
     * past words the linear test does not skip */
    const char *conll =
        "1\tShells\tshell\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
        "2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
        "4\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
        "5\theavily\theavily\tADV\tRB\t_\t6\tadvmod\t_\t_\n"
        "6\tbombed\tbomb\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
        "7\tIdlib\tIdlib\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
        "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
    karena mem;
    karena_init(&mem);
    ksent s;
    memset(&s, 0, sizeof s);
    s.mem = &mem;
    kdiag d = {quiet, NULL, 0, 0};
    T_EQ_INT(kconllu_parse(&s, conll, strlen(conll), &d, NULL), 0);
    kgeo_place p;
    T_EQ_INT(kgeo_in_sentence(g, &s, NULL, &p), KGEO_SENTENCE);
    T_EQ_STR(p.country, "SY");
    karena_free(&mem);
    one o = locate(g, "Shells fell in the heavily bombed Idlib.", NULL, NULL, NULL);
    T_EQ_INT(o.rule, KGEO_NONE);          /* no tree: not governed, too small */
}

/* Odd sentences never crash: tokens without form or key, heads out of
 * the usual, punctuation only, every token a place name. */
static void test_odd(const kgeo *g)
{
    karena mem;
    karena_init(&mem);
    ksent s;
    memset(&s, 0, sizeof s);
    s.mem = &mem;
    const char *forms[] = {"in", NULL, "Tripoli", ",", NULL, "Lebanon", "of", "city", "Tripoli", ","};
    s.ntok = (int)(sizeof forms / sizeof forms[0]);
    s.tok = karena_alloc(&mem, (size_t)s.ntok * sizeof *s.tok);
    for (int i = 0; i < s.ntok; i++) {
        s.tok[i].form = forms[i];
        s.tok[i].key = forms[i] && i % 3 ? ksent_key(&mem, forms[i], strlen(forms[i])) : NULL;
        s.tok[i].head = i == 0 ? -1 : 0;
        s.tok[i].rel = i == 0 ? KR_ROOT : KR_CASE;
    }
    kgeo_place p;
    int r = kgeo_in_sentence(g, &s, NULL, &p);
    T_CHECK(r == KGEO_NONE || r == KGEO_SENTENCE);
    s.ntok = 0;
    T_EQ_INT(kgeo_in_sentence(g, &s, NULL, &p), KGEO_NONE);
    T_EQ_INT(kgeo_dateline(g, ",,,", 3, 1, NULL, &p), KGEO_NONE);
    T_EQ_INT(kgeo_dateline(g, "  - (", 5, 0, NULL, &p), KGEO_NONE);
    T_EQ_INT(kgeo_dateline(g, "\xff\xfe, May", 8, 1, NULL, &p), KGEO_NONE);
    T_EQ_INT(kgeo_locate(NULL, NULL, NULL, &p), KGEO_NONE);
    karena_free(&mem);
}

static void test_event(const kgeo *g)
{
    kevent ev;
    memset(&ev, 0, sizeof ev);
    ev.source = "TURGOV";
    ev.target = "LBYGOV";
    T_EQ_INT(kgeo_event(g, NULL, NULL, 0, &ev), KGEO_ACTOR);
    T_EQ_STR(ev.geo_country, "TR");
    T_EQ_STR(ev.geo_type, "country");
    T_EQ_STR(ev.geo_rule, "actor_country");
    const char *dl = "TRIPOLI, May 3 (Reuters) - The visit";
    T_EQ_INT(kgeo_event(g, NULL, dl, strlen(dl), &ev), KGEO_DATELINE);
    T_EQ_STR(ev.geo_name, "Tripoli");
    T_EQ_STR(ev.geo_country, "LY");
    T_EQ_STR(ev.geo_adm1, "LY.77");
    T_EQ_STR(ev.geo_fips, "LY");
    T_EQ_STR(ev.geo_type, "city");
    T_EQ_STR(ev.geo_rule, "dateline");
    T_CHECK(near(ev.geo_lat, 32.9, 0.1) && near(ev.geo_lon, 13.2, 0.1));
    ev.source = "IGOUNO";
    ev.target = "---";
    T_EQ_INT(kgeo_event(g, NULL, NULL, 0, &ev), KGEO_NONE);
    T_CHECK(ev.geo_type == NULL && ev.geo_rule == NULL && ev.geo_name == NULL);
    T_EQ_INT(kgeo_gdelt_type(KGEO_CITY, "US"), 3);
    T_EQ_INT(kgeo_gdelt_type(KGEO_CITY, "LY"), 4);
    T_EQ_INT(kgeo_gdelt_type(KGEO_COUNTRY, "LY"), 1);
    T_EQ_INT(kgeo_gdelt_type(KGEO_ADM1, "US"), 2);
}

/* The workspace gives kgeo_locate_text's answers (the sentence and the
 * dateline analysed once, reused while they stay the same, however the
 * actors change), and kgeo_actiongeo_event turns an event's own geo fields
 * into the same GDELT value as locating its texts (GeoNames id included). */
static void test_ws(const kgeo *g)
{
    static const char *const sent[] = {
        "The mayor spoke in Tripoli.", "The mayor spoke in Tripoli.", "Officials met.",
        "A plant opened in Fremont, Calif.", "Houston said prices rose in Paris, Texas.",
        "Talks in Tripoli, Lebanon, went on.", "", NULL,
    };
    static const char *const act[][2] = {
        {"LBNGOV", NULL}, {"LBYGOV", "---"}, {"IRQMIL", "USAGOV"}, {NULL, NULL}, {"FRAGOV", "USA"},
        {"IGOUNO", "LBYGOV"}, {"---GOV", "IRQ"},
    };
    static const char *const dls[] = {NULL, "CAIRO, May 6 (Reuters) - x", "Headline\n\nTRIPOLI, Lebanon, May 3 - x"};
    kgeo_ws *w = kgeo_ws_new();
    int same = 0, total = 0;
    for (int d = 0; d < 3; d++)
        for (int i = 0; i < 8; i++)
            for (int a = 0; a < 7; a++) {
                kgeo_place p, q;
                int r1 = kgeo_locate_text(g, sent[i], dls[d], act[a][0], act[a][1], &p);
                kgeo_ws_text(g, w, sent[i]);
                kgeo_ws_dateline(g, w, dls[d], dls[d] ? strlen(dls[d]) : 0);
                int r2 = kgeo_ws_locate(g, w, act[a][0], act[a][1], &q);
                total++;
                same += r1 == r2 && (!r1 || (!strcmp(p.name, q.name) && !strcmp(p.country, q.country) &&
                                             p.lat == q.lat && p.lon == q.lon && p.type == q.type));
                kgeo_actiongeo x, y;
                int a1 = kgeo_actiongeo_of(g, sent[i], dls[d], act[a][0], act[a][1], &x);
                int a2 = kgeo_ws_actiongeo(g, w, sent[i], dls[d], act[a][0], act[a][1], &y);
                T_CHECK(a1 == a2 && (!a1 || (!strcmp(x.name, y.name) && !strcmp(x.feature_id, y.feature_id))));
                /* the event carrying the place: the same GDELT value */
                kevent ev;
                memset(&ev, 0, sizeof ev);
                ev.source = act[a][0];
                ev.target = act[a][1];
                kgeo_ws_event(g, w, &ev);
                T_EQ_INT(ev.geo_done, 1);
                int a3 = kgeo_actiongeo_event(g, &ev, &y);
                T_CHECK(a1 == a3 && (!a1 || (!strcmp(x.name, y.name) && !strcmp(x.feature_id, y.feature_id) &&
                                             !strcmp(x.adm1, y.adm1) && !strcmp(x.country3, y.country3) &&
                                             x.type == y.type && !strcmp(x.rule, y.rule))));
            }
    T_EQ_INT(same, total);
    /* hand-checked values through the event fields: Tripoli, Lebanon is
     * geonames.org/266826, Fremont, California is 5350734 */
    kevent ev;
    memset(&ev, 0, sizeof ev);
    ev.source = "LBNGOV";
    kgeo_ws_text(g, w, "The mayor spoke in Tripoli.");
    kgeo_ws_dateline(g, w, NULL, 0);
    T_EQ_INT(kgeo_ws_event(g, w, &ev), KGEO_SENTENCE);
    kgeo_actiongeo y;
    T_EQ_INT(kgeo_actiongeo_event(g, &ev, &y), 1);
    T_EQ_STR(y.name, "Tripoli, Lebanon");
    T_EQ_STR(y.feature_id, "266826");
    T_EQ_STR(y.country3, "LBN");
    T_EQ_STR(y.adm1, "LE09");
    /* as read back from JSON: coordinates at 1e-5 degrees */
    ev.geo_lat = 34.43352;
    ev.geo_lon = 35.84415;
    T_EQ_INT(kgeo_actiongeo_event(g, &ev, &y), 1);
    T_EQ_STR(y.feature_id, "266826");
    ev.source = NULL;
    kgeo_ws_text(g, w, "A plant opened in Fremont, Calif.");
    T_EQ_INT(kgeo_ws_event(g, w, &ev), KGEO_SENTENCE);
    T_EQ_INT(kgeo_actiongeo_event(g, &ev, &y), 1);
    T_EQ_STR(y.name, "Fremont, California, United States");
    T_EQ_STR(y.feature_id, "5350734");
    T_EQ_INT(y.type, 3);
    /* geolocation ran and found nothing: no place, and nothing to convert */
    ev.source = "IGOUNO";
    kgeo_ws_text(g, w, "Officials met.");
    T_EQ_INT(kgeo_ws_event(g, w, &ev), KGEO_NONE);
    T_EQ_INT(ev.geo_done, 1);
    T_CHECK(ev.geo_rule == NULL);
    T_EQ_INT(kgeo_actiongeo_event(g, &ev, &y), 0);
    T_EQ_INT(y.type, 0);
    kgeo_ws_free(w);
}

/* Write a copy of the gazetteer with byte `at` changed (at < 0: none),
 * cut to `keep` bytes (0: all), or with extra bytes; load it. */
static int load_damaged(const unsigned char *buf, size_t n, long at, size_t keep, int extra)
{
    char tmp[512];
    const char *dir = getenv("TMPDIR");
    snprintf(tmp, sizeof tmp, "%s/khgeo-test-%ld.tmp", dir && *dir ? dir : "/tmp", (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return -2;
    size_t w = keep ? keep : n;
    fwrite(buf, 1, w, f);
    if (extra)
        fputc(0, f);
    fclose(f);
    if (at >= 0) {
        f = fopen(tmp, "r+b");
        fseek(f, at, SEEK_SET);
        fputc(buf[at] ^ 0x5a, f);
        fclose(f);
    }
    kdiag d = {quiet, NULL, 0, 0};
    kgeo *g = kgeo_load(tmp, &d);
    int ok = g != NULL;
    kgeo_free(g);
    remove(tmp);
    return ok ? 0 : (d.nerror > 0 ? -1 : -3);
}

static void test_load_errors(void)
{
    kdiag d = {quiet, NULL, 0, 0};
    T_CHECK(kgeo_load("no/such/file.khgeo", &d) == NULL);
    T_EQ_INT(d.nerror, 1);
    FILE *f = fopen(GAZ, "rb");
    if (!f)
        return;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)n);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        T_CHECK(0);
        return;
    }
    fclose(f);
    T_EQ_INT(load_damaged(buf, (size_t)n, -1, 0, 0), 0);      /* the copy itself loads */
    T_EQ_INT(load_damaged(buf, (size_t)n, 0, 0, 0), -1);      /* magic */
    T_EQ_INT(load_damaged(buf, (size_t)n, 8, 0, 0), -1);      /* version */
    T_EQ_INT(load_damaged(buf, (size_t)n, 12, 0, 0), -1);     /* length */
    T_EQ_INT(load_damaged(buf, (size_t)n, 16, 0, 0), -1);     /* checksum */
    T_EQ_INT(load_damaged(buf, (size_t)n, n / 2, 0, 0), -1);  /* payload byte */
    T_EQ_INT(load_damaged(buf, (size_t)n, n - 1, 0, 0), -1);  /* last byte */
    T_EQ_INT(load_damaged(buf, (size_t)n, -1, (size_t)n - 100, 0), -1); /* truncated */
    T_EQ_INT(load_damaged(buf, (size_t)n, -1, 10, 0), -1);    /* truncated header */
    T_EQ_INT(load_damaged(buf, (size_t)n, -1, 0, 1), -1);     /* trailing byte */
    /* every single-byte change in the first 4 KiB is refused or loads a
     * well-formed index (never a crash: run under ASan with SAN=1) */
    int refused = 0;
    for (long at = 0; at < 4096 && at < n; at += 7)
        refused += load_damaged(buf, (size_t)n, at, 0, 0) == -1;
    T_CHECK(refused > 0);
    free(buf);
}

int main(void)
{
    kdiag d = {quiet, NULL, 0, 0};
    kgeo *g = kgeo_load(GAZ, &d);
    T_CHECK(g != NULL);
    if (!g)
        return T_DONE();
    T_CHECK(kgeo_nplaces(g) > 20000);
    T_CHECK(kgeo_ncountries(g) >= 249);
    test_sentence(g);
    test_city_list(g);
    test_false_places(g);
    test_fallbacks(g);
    test_dateline_sentence(g);
    test_event(g);
    test_text(g);
    test_ws(g);
    test_tree(g);
    test_odd(g);
    kgeo_free(g);
    test_load_errors();
    return T_DONE();
}
