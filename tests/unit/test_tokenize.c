/* test_tokenize.c: tokenization and sentence splitting.  Expected
 * outputs are hand-written from the Penn Treebank tokenization guidelines
 * (and, for KTOK_UD, the UD English hyphen rule); sentences "|"-separated. */
#include "t.h"
#include "tokenize.h"
#include "text.h"

static const char *run(const char *text, int style, int max_tokens)
{
    static kbuf out;
    ktok_doc d;
    ktok_opt o = {style, max_tokens, 0};
    ktok_doc_init(&d);
    ktok_split(text, strlen(text), &o, &d);
    kbuf_reset(&out);
    for (size_t k = 0; k < d.nsent; k++) {
        if (k)
            kbuf_puts(&out, " | ");
        if (d.sdateline[k])
            kbuf_puts(&out, "[dateline] ");
        for (size_t i = d.sbeg[k]; i < d.send[k]; i++) {
            if (i > d.sbeg[k])
                kbuf_putc(&out, ' ');
            kbuf_add(&out, text + d.tok[i].beg, (size_t)(d.tok[i].end - d.tok[i].beg));
        }
    }
    ktok_doc_free(&d);
    return out.s;
}

static const char *ptb(const char *t) { return run(t, KTOK_PTB, 0); }

typedef struct collect {
    int n;
    kbuf first, keys;
    int date;
    long long off_last;
} collect;

static int on_sent(void *ud, const ksent *s, size_t off)
{
    collect *c = ud;
    if (c->n == 0) {
        kbuf_puts(&c->first, s->id);
        kbuf_putc(&c->first, ' ');
        kbuf_puts(&c->first, s->text);
        for (int i = 0; i < s->ntok; i++) {
            kbuf_puts(&c->keys, s->tok[i].key);
            kbuf_putc(&c->keys, ' ');
            /* offsets point at the form in the sentence text */
            T_CHECK(s->tok[i].head == -1 && s->tok[i].xpos[0] == 0);
            T_CHECK(!strncmp(s->text + s->tok[i].beg, s->tok[i].form, (size_t)(s->tok[i].end - s->tok[i].beg)));
        }
    }
    c->date = s->date;
    c->off_last = (long long)off;
    c->n++;
    return 0;
}

int main(void)
{
    /* tokens */
    T_EQ_STR(ptb("Libya's Foreign Minister, Najla al-Manqoush has called."),
             "Libya 's Foreign Minister , Najla al-Manqoush has called .");
    T_EQ_STR(ptb("They don't know; I can't, he cannot."), "They do n't know ; I ca n't , he can not .");
    T_EQ_STR(ptb("We'll see, they're sure I'd go."), "We 'll see , they 're sure I 'd go .");
    T_EQ_STR(ptb("More than 20,000 fighters and 5.93 mln bags."), "More than 20,000 fighters and 5.93 mln bags .");
    T_EQ_STR(ptb("See http://example.com/a?b=1, or write to info@example.org."),
             "See http://example.com/a?b=1 , or write to info@example.org .");
    T_EQ_STR(ptb("(see www.un.org)"), "( see www.un.org )");
    T_EQ_STR(ptb("\"We call,\" she said."), "\" We call , \" she said .");
    T_EQ_STR(ptb("Prices rose 5% to $3.50 in the states' markets."),
             "Prices rose 5 % to $ 3.50 in the states ' markets .");
    T_EQ_STR(ptb("Turkey\xE2\x80\x99s \xE2\x80\x9Cpeace\xE2\x80\x9D plan"),
             "Turkey \xE2\x80\x99s \xE2\x80\x9C peace \xE2\x80\x9D plan");
    T_EQ_STR(ptb("He left--and then\xE2\x80\x94later\xE2\x80\x94" "came back..."),
             "He left -- and then \xE2\x80\x94 later \xE2\x80\x94 came back ...");
    T_EQ_STR(ptb("[the U.N.-backed plan]"), "[ the U.N.-backed plan ]");
    T_EQ_STR(ptb("In the '90s, rock 'n' roll"), "In the '90s , rock 'n ' roll");
    T_EQ_STR(ptb("condemned as`` unacceptable'' claims"), "condemned as `` unacceptable '' claims");
    /* UD style splits hyphens between words but not after prefixes or in numbers */
    T_EQ_STR(run("a search-engine e-mail for 15-year co-founders at 212-902-3724", KTOK_UD, 0),
             "a search - engine e-mail for 15 - year co-founders at 212-902-3724");
    T_EQ_STR(run("al-Qaeda and/or 11/28/2000", KTOK_UD, 0), "al - Qaeda and / or 11/28/2000");

    /* sentences */
    T_EQ_STR(ptb("Gen. Khalifa Haftar met Mr. Smith on Jan. 5. The talks failed."),
             "Gen. Khalifa Haftar met Mr. Smith on Jan. 5 . | The talks failed .");
    T_EQ_STR(ptb("He arrived in the U.S. The visit was short."),
             "He arrived in the U.S. | The visit was short .");
    T_EQ_STR(ptb("He urged Turkey to implement U.N. Security Council resolutions."),
             "He urged Turkey to implement U.N. Security Council resolutions .");
    T_EQ_STR(ptb("George W. Bush spoke at 10 a.m. on Monday."), "George W. Bush spoke at 10 a.m. on Monday .");
    T_EQ_STR(ptb("Prices rose 3.5 percent. Analysts were surprised."),
             "Prices rose 3.5 percent . | Analysts were surprised .");
    T_EQ_STR(ptb("\"We will fight,\" he said. \"They will lose.\" Then he left."),
             "\" We will fight , \" he said . | \" They will lose . \" | Then he left .");
    T_EQ_STR(ptb("Why? Because it rained! (It did.) Fine."),
             "Why ? | Because it rained ! | ( It did . ) | Fine .");
    T_EQ_STR(ptb("He paused ... and went on."), "He paused ... and went on .");
    T_EQ_STR(ptb("First paragraph without a stop\n\nSecond paragraph."),
             "First paragraph without a stop | Second paragraph .");
    T_EQ_STR(ptb("He met Smith Corp.\" In a statement, he left."),
             "He met Smith Corp. \" | In a statement , he left .");
    T_EQ_STR(ptb("It sells in the U.S. Officials said so."), "It sells in the U.S. Officials said so .");
    T_EQ_STR(ptb("He said the . . . import ban (D-N.J.). However, no."),
             "He said the . . . import ban ( D-N.J . ) . | However , no .");
    T_EQ_STR(ptb("He said no. It was No. 5 in the list."), "He said no . | It was No. 5 in the list .");
    /* a dateline is its own (flagged) sentence, never the subject */
    T_EQ_STR(ptb("TRIPOLI, May 3 (Reuters) - Libya's minister urged Turkey to leave."),
             "[dateline] TRIPOLI , May 3 ( Reuters ) - | Libya 's minister urged Turkey to leave .");
    T_EQ_STR(ptb("WASHINGTON -- The Senate voted."), "[dateline] WASHINGTON -- | The Senate voted .");
    /* headlines end at their line; hard-wrapped lines do not */
    T_EQ_STR(ptb("LIBYA URGES TURKEY TO LEAVE\nLibya's minister spoke on Monday."),
             "LIBYA URGES TURKEY TO LEAVE | Libya 's minister spoke on Monday .");
    T_EQ_STR(ptb("The stopover came as the US leader prepared to\nattend the Beijing Olympics."),
             "The stopover came as the US leader prepared to attend the Beijing Olympics .");
    /* hard cap: 30 tokens in sentences of at most 10, split after a comma when there is one */
    T_EQ_STR(run("a b c d e f g, h i j k l m n o p q r s t u v w x y z", KTOK_PTB, 10),
             "a b c d e f g , | h i j k l m n o p q | r s t u v w x y z");

    /* story -> ksent */
    kstory st = {0};
    st.id = "S1";
    st.date = 20210506;
    st.text = "Caf\xC3\xA9 owner \xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu met him.\n\nBad \xFF byte here.";
    st.len = strlen(st.text);
    st.file = "mem";
    st.line = 1;
    kdiag d = {NULL, NULL, 0, 0};
    karena mem;
    karena_init(&mem);
    collect c = {0};
    kbuf_init(&c.first);
    kbuf_init(&c.keys);
    T_EQ_INT(ktok_story(&st, NULL, &d, &mem, on_sent, &c), 2);
    T_EQ_INT(c.n, 2);
    T_EQ_STR(c.first.s, "S1-1 Caf\xC3\xA9 owner \xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu met him.");
    T_EQ_STR(c.keys.s, "CAFE OWNER CAVUSOGLU MET HIM . ");
    T_EQ_INT(c.date, 20210506);
    T_EQ_INT(d.nwarn, 1);   /* the invalid byte */
    T_EQ_INT(c.off_last, (long long)(strstr(st.text, "Bad") - st.text));
    /* an all-ASCII story: keys upper-case a-z only (` { @ [ and digits unchanged) */
    collect c2 = {0};
    kbuf_init(&c2.first);
    kbuf_init(&c2.keys);
    st.text = "Libya's al-Manqoush met abcdefghijklmnopqrstuvwxyz@`{x}[y] 20,000 officials.";
    st.len = strlen(st.text);
    T_EQ_INT(ktok_story(&st, NULL, &d, &mem, on_sent, &c2), 1);
    T_EQ_STR(c2.keys.s, "LIBYA 'S AL-MANQOUSH MET ABCDEFGHIJKLMNOPQRSTUVWXYZ@` { X } [ Y ] 20,000 OFFICIALS . ");
    kbuf_free(&c2.first);
    kbuf_free(&c2.keys);
    karena_free(&mem);
    kbuf_free(&c.first);
    kbuf_free(&c.keys);
    return T_DONE();
}
