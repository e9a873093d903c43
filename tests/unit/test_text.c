/* test_text.c: UTF-8 repair, NFC and lookup keys.  Expected keys were
 * written by hand from the letters' names (e.g. U+0142 LATIN SMALL LETTER L
 * WITH STROKE -> L). */
#include "t.h"
#include "text.h"

static const char *key(const char *s)
{
    static kbuf b;
    kbuf_reset(&b);
    ktext_key(s, strlen(s), &b);
    return b.s;
}

static const char *nfc(const char *s)
{
    static kbuf b;
    kbuf_reset(&b);
    ktext_nfc(s, strlen(s), &b);
    return b.s;
}

int main(void)
{
    /* accent folding, from the examples and the own table */
    T_EQ_STR(key("\xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu"), "CAVUSOGLU");   /* Çavuşoğlu */
    T_EQ_STR(key("S\xC3\xA3o"), "SAO");                                     /* São */
    T_EQ_STR(key("Tom\xC3\xA9"), "TOME");                                   /* Tomé */
    T_EQ_STR(key("Wa\xC5\x82\xC4\x99sa"), "WALESA");                        /* Wałęsa */
    T_EQ_STR(key("\xC3\x98rsted"), "ORSTED");                               /* Ørsted */
    T_EQ_STR(key("\xC3\x86sir"), "AESIR");                                  /* Æsir */
    T_EQ_STR(key("Diyarbak\xC4\xB1r"), "DIYARBAKIR");                       /* Diyarbakır */
    T_EQ_STR(key("\xC4\x90or\xC4\x91" "evi\xC4\x87"), "DORDEVIC");          /* Đorđević */
    T_EQ_STR(key("Stra\xC3\x9F" "e"), "STRASSE");                           /* Straße */
    T_EQ_STR(key("\xC5\x93uvre"), "OEUVRE");                                /* œuvre */
    T_EQ_STR(key("e\xCC\x81t\xC3\xA9"), "ETE");                             /* e + combining acute */
    T_EQ_STR(key("al-Manqoush"), "AL-MANQOUSH");
    /* typographic punctuation to plain */
    T_EQ_STR(key("\xE2\x80\x99s"), "'S");                                   /* ’s */
    T_EQ_STR(key("\xE2\x80\x9C"), "\"");                                    /* “ */
    T_EQ_STR(key("\xE2\x80\x94"), "-");                                     /* — */
    T_EQ_STR(key("\xE2\x80\x93"), "-");                                     /* – */
    T_EQ_STR(key("\xEF\xAC\x81nal"), "FINAL");                              /* ﬁ ligature */
    /* non-Latin scripts are upper-cased, not dropped */
    T_EQ_STR(key("\xCE\xB1\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1"), "\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91"); /* αθήνα -> ΑΘΗΝΑ */

    /* NFC composes */
    T_EQ_STR(nfc("Caf" "e\xCC\x81"), "Caf\xC3\xA9");
    T_EQ_STR(nfc("plain"), "plain");

    /* repair: invalid sequences become U+FFFD, offsets of the first reported */
    kbuf b;
    kbuf_init(&b);
    size_t first = 99;
    T_EQ_INT(ktext_repair("a\xFF" "b\xC3", 4, &b, &first), 2);
    T_EQ_STR(b.s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    T_EQ_INT(first, 1);
    T_EQ_INT(ktext_repair("ok \xC3\xA9", 5, &b, &first), 0);
    T_EQ_STR(b.s, "ok \xC3\xA9");
    /* overlong encoding and surrogates are invalid */
    T_EQ_INT(ktext_repair("\xC0\xAF", 2, &b, &first), 2);
    T_EQ_INT(ktext_repair("\xED\xA0\x80", 3, &b, &first), 3);
    kbuf_free(&b);

    T_CHECK(ktext_isspace(0xA0));
    T_CHECK(ktext_isspace(0x2009));
    T_CHECK(!ktext_isspace('x'));
    T_CHECK(ktext_isupper(0xC7));   /* Ç */
    T_CHECK(ktext_islower(0x131));  /* ı */
    return T_DONE();
}
