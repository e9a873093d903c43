/* test_actorcode.c: actor-code splitting on codes taken from the Phoenix
 * actor dictionaries, with expected parts worked out by hand from the CAMEO
 * actor codebook's chunk meanings. */
#include "actorcode.h"
#include "t.h"

int main(void)
{
    kactor a;
    T_EQ_INT(kactor_parse("LBYGOV", &a), 1);
    T_EQ_STR(a.country, "LBY");
    T_EQ_STR(a.entity, "LBY");
    T_EQ_STR(a.role, "GOV");
    T_EQ_INT(a.nroles, 0);
    T_EQ_STR(a.attrs, "");

    T_EQ_INT(kactor_parse("USAMILREB", &a), 1);
    T_EQ_STR(a.country, "USA");
    T_EQ_STR(a.role, "MIL");
    T_EQ_INT(a.nroles, 1);
    T_EQ_STR(a.roles[0], "REB");
    T_EQ_STR(a.attrs, "REB");

    T_EQ_INT(kactor_parse("IGOUNOHRIHCH", &a), 1);
    T_EQ_STR(a.country, "");
    T_EQ_STR(a.kind, "IGO");
    T_EQ_STR(a.group, "UNO");
    T_EQ_STR(a.entity, "IGOUNO");
    T_EQ_STR(a.role, "HRI");
    T_EQ_STR(a.attrs, "HCH");
    T_EQ_STR(a.ethnic, "HCH");

    T_EQ_INT(kactor_parse("IGOEUREEC", &a), 1);
    T_EQ_STR(a.region, "EUR");
    T_EQ_STR(a.group, "EEC");
    T_EQ_STR(a.entity, "IGOEEC");

    T_EQ_INT(kactor_parse("NGOUSAEDU", &a), 1);
    T_EQ_STR(a.kind, "NGO");
    T_EQ_STR(a.country, "USA");
    T_EQ_STR(a.group, "");
    T_EQ_STR(a.role, "EDU");

    T_EQ_INT(kactor_parse("IRQREBMUS", &a), 1);
    T_EQ_STR(a.country, "IRQ");
    T_EQ_STR(a.role, "REB");
    T_EQ_STR(a.religion[0], "MUS");   /* Muslim after a role, not Mauritius */
    T_EQ_INT(kactor_parse("MUSGOV", &a), 1);
    T_EQ_STR(a.country, "MUS");       /* Mauritius first */

    T_EQ_INT(kactor_parse("CHRCTH", &a), 1);
    T_EQ_STR(a.country, "");
    T_EQ_STR(a.religion[0], "CHR");
    T_EQ_STR(a.religion[1], "CTH");

    T_EQ_INT(kactor_parse("GOV", &a), 1);
    T_EQ_STR(a.country, "");
    T_EQ_STR(a.role, "GOV");

    T_EQ_INT(kactor_parse("PSEREB", &a), 1);
    T_EQ_STR(a.country, "PSE");
    T_EQ_INT(kactor_parse("WSB", &a), 1);
    T_EQ_STR(a.country, "WSB");

    T_EQ_INT(kactor_parse("---GOV", &a), 1);   /* agent, no country */
    T_EQ_STR(a.country, "");
    T_EQ_STR(a.role, "GOV");
    T_EQ_STR(a.entity, "");
    T_EQ_INT(kactor_parse("---REBMUS", &a), 1);
    T_EQ_STR(a.role, "REB");
    T_EQ_STR(a.religion[0], "MUS");
    T_EQ_INT(kactor_parse("-----", &a), 0);
    T_EQ_INT(kactor_parse("---", &a), 0);
    T_EQ_STR(a.country, "");
    T_EQ_INT(kactor_parse("", &a), 0);
    T_EQ_INT(kactor_parse(NULL, &a), 0);
    T_EQ_INT(kactor_parse("LBYG", &a), 0);
    T_EQ_INT(kactor_parse("lbygov", &a), 0);
    T_EQ_INT(kactor_parse("USAGOVMILREBOPPPTYCOPJUD", &a), 1);
    T_EQ_INT(a.nroles, 4);             /* capped */
    T_EQ_STR(a.attrs, "MILREBOPPPTYCOPJUD");
    T_CHECK(kactor_is_country("FRA"));
    T_CHECK(!kactor_is_country("GOV"));
    return T_DONE();
}
