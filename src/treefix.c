/* treefix.c: see treefix.h */
#include "treefix.h"

#include <string.h>

static int is_nnp(const ktok *t)
{
    return !strcmp(t->xpos, "NNP") || !strcmp(t->xpos, "NNPS") || !strcmp(t->upos, "PROPN");
}

/* Day and month names end a name run ("told Reuters Tuesday"). */
static int is_time_name(const char *key)
{
    static const char *const w[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
                                    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
                                    "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "MAR.", "APR.",
                                    "AUG.", "SEPT.", "SEP.", "OCT.", "NOV.", "DEC.", NULL};
    for (int i = 0; w[i]; i++)
        if (key && !strcmp(key, w[i]))
            return 1;
    return 0;
}

/* Proper-name runs as one phrase.  The greedy parser sometimes splits a run
 * of proper nouns ("Bree Prime Minister Romendacil clashed") into two
 * subjects or an odd modifier chain, where the Penn Treebank parses of the
 * field (and Khaldun's PTB conversion) have one noun phrase headed by its
 * last word.  Every maximal run of adjacent NNP/NNPS tokens (a day or month
 * name ends it) becomes: earlier tokens `compound` of the last one, the last
 * one attached where the run was attached (its own head if that lies outside
 * the run, else the first outside head of the run's tokens).  Undone when
 * the result would not be a tree. */
static int name_runs(ksent *s)
{
    int n = s->ntok, fixed = 0;
    for (int a = 0; a < n;) {
        if (!is_nnp(&s->tok[a]) || is_time_name(s->tok[a].key)) {
            a++;
            continue;
        }
        int b = a + 1;
        while (b < n && is_nnp(&s->tok[b]) && !is_time_name(s->tok[b].key))
            b++;
        if (b - a < 2) {
            a = b;
            continue;
        }
        int last = b - 1, ext = -2;
        krel erel = KR_DEP;
        const char *edep = NULL;
        if (s->tok[last].head < a || s->tok[last].head >= b)
            ext = s->tok[last].head, erel = s->tok[last].rel, edep = s->tok[last].deprel;
        for (int i = a; ext == -2 && i < last; i++)
            if (s->tok[i].head < a || s->tok[i].head >= b)
                ext = s->tok[i].head, erel = s->tok[i].rel, edep = s->tok[i].deprel;
        int changed = 0;
        for (int i = a; i < last; i++)
            changed |= s->tok[i].head != last || s->tok[i].rel != KR_COMPOUND;
        changed |= s->tok[last].head != ext;
        if (ext == -2 || !changed) {
            a = b;
            continue;
        }
        int save_h[64];
        krel save_r[64];
        const char *save_d[64];
        int m = b - a > 64 ? 64 : b - a;
        if (b - a > 64) {
            a = b;
            continue;
        }
        for (int i = 0; i < m; i++) {
            save_h[i] = s->tok[a + i].head;
            save_r[i] = s->tok[a + i].rel;
            save_d[i] = s->tok[a + i].deprel;
        }
        for (int i = a; i < last; i++) {
            s->tok[i].head = last;
            s->tok[i].rel = KR_COMPOUND;
            s->tok[i].deprel = "compound";
        }
        s->tok[last].head = ext;
        s->tok[last].rel = erel;
        s->tok[last].deprel = edep;
        /* the run held the root and its outside head hung from the run
         * ("Bree[root] ... Romendacil -nsubj-> arrived -acl-> Bree"): that
         * head becomes the root */
        int root_in = 0;
        for (int i = 0; i < m; i++)
            root_in |= save_h[i] < 0;
        int eh = ext >= 0 ? s->tok[ext].head : -1, er = 0;
        krel ek = KR_DEP;
        const char *ed = NULL;
        if (root_in && ext >= 0 && eh >= a && eh < b) {
            er = 1;
            ek = s->tok[ext].rel;
            ed = s->tok[ext].deprel;
            s->tok[ext].head = -1;
            s->tok[ext].rel = KR_ROOT;
            s->tok[ext].deprel = "root";
        }
        const char *why;
        fixed++;
        if (ksent_check(s, &why) != 0) {
            fixed--;
            if (er) {
                s->tok[ext].head = eh;
                s->tok[ext].rel = ek;
                s->tok[ext].deprel = ed;
            }
            for (int i = 0; i < m; i++) {
                s->tok[a + i].head = save_h[i];
                s->tok[a + i].rel = save_r[i];
                s->tok[a + i].deprel = save_d[i];
            }
        }
        a = b;
    }
    return fixed;
}

/* Two subjects of one verb, side by side ("Dagolath's first Deputy[nsubj]
 * Prime Minister Telemar[nsubj] left"): a verb has one subject; when the
 * subtree of a nominal subject ends right where the next subject's subtree
 * begins, both on the verb's left, the first is a modifier (compound) of the
 * second, as in the one noun phrase of a PTB parse. */
static int double_subjects(ksent *s)
{
    int fixed = 0;
    for (int h = 0; h < s->ntok; h++) {
        int prev = -1;
        for (int i = 0; i < h; i++) {
            if (s->tok[i].head != h || (s->tok[i].rel != KR_NSUBJ && s->tok[i].rel != KR_NSUBJPASS))
                continue;
            if (prev >= 0 && (!strcmp(s->tok[prev].upos, "NOUN") || !strcmp(s->tok[prev].upos, "PROPN"))) {
                int pb, pe, b, e;
                ksent_subtree(s, prev, &pb, &pe);
                ksent_subtree(s, i, &b, &e);
                if (pe == b) {
                    krel r0 = s->tok[prev].rel;
                    const char *d0 = s->tok[prev].deprel;
                    s->tok[prev].head = i;
                    s->tok[prev].rel = KR_COMPOUND;
                    s->tok[prev].deprel = "compound";
                    const char *why;
                    if (ksent_check(s, &why) != 0) {   /* cannot happen (i is not below prev); be safe */
                        s->tok[prev].head = h;
                        s->tok[prev].rel = r0;
                        s->tok[prev].deprel = d0;
                    } else
                        fixed++;
                }
            }
            prev = i;
        }
    }
    return fixed;
}

int ktreefix(ksent *s)
{
    int n = 0;
    n += name_runs(s);
    n += double_subjects(s);
    return n;
}
