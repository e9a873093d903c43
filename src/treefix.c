/* treefix.c: see treefix.h */
#include "treefix.h"

#include <stdlib.h>
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
        /* dependents of the run's earlier words after the run ("Evil[compound] Mordor, the awful
         * Fornost[appos of Evil]") hang from the run's head, as in the one PTB noun phrase */
        int mv_tok[64], mv_head[64], nmoved = 0;
        for (int i = b; i < n && nmoved < 64; i++)
            if (s->tok[i].head >= a && s->tok[i].head < last) {
                mv_tok[nmoved] = i;
                mv_head[nmoved++] = s->tok[i].head;
                s->tok[i].head = last;
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
            for (int i = 0; i < nmoved; i++)
                s->tok[mv_tok[i]].head = mv_head[i];
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

/* PETRARCH texts join the words of a multi-word name with '_'
 * ("Dol_Amroth"), as its dictionaries do.  A token made only of ASCII letters
 * and single underscores, every part capitalised, is that convention;
 * identifiers, file names and URLs ("image_gif_part", "a_b.html") are not. */
static int name_parts(const char *f)
{
    int parts = 1;
    if (!f || f[0] < 'A' || f[0] > 'Z')
        return 0;
    for (const char *p = f; *p; p++) {
        if (*p == '_') {
            if (p[1] < 'A' || p[1] > 'Z')
                return 0;
            parts++;
        } else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return 0;
    }
    return parts;
}

int ktreefix_tokens(ksent *s)
{
    int extra = 0;
    for (int i = 0; i < s->ntok; i++) {
        int k = name_parts(s->tok[i].form);
        if (k > 1)
            extra += k - 1;
    }
    if (!extra || !s->mem)
        return 0;
    ktok *t = karena_alloc(s->mem, (size_t)(s->ntok + extra) * sizeof *t);
    int n = 0;
    for (int i = 0; i < s->ntok; i++) {
        const ktok *o = &s->tok[i];
        if (name_parts(o->form) < 2) {
            t[n++] = *o;
            continue;
        }
        for (const char *a = o->form; *a;) {
            const char *b = strchr(a, '_');
            size_t len = b ? (size_t)(b - a) : strlen(a);
            ktok *w = &t[n++];
            *w = *o;
            w->form = karena_strndup(s->mem, a, len);
            char *key = karena_strndup(s->mem, a, len);
            for (char *q = key; *q; q++)
                if (*q >= 'a' && *q <= 'z')
                    *q = (char)(*q - 32);
            w->key = key;
            w->lemma = NULL;
            if (o->beg >= 0) {
                w->beg = o->beg + (int)(a - o->form);
                w->end = w->beg + (int)len;
            }
            a += len + (b ? 1 : 0);
        }
    }
    s->tok = t;
    s->ntok = n;
    return extra;
}

/* ---- helpers for the repairs below ---- */

static int tag_is(const ktok *t, const char *x) { return !strcmp(t->xpos, x); }
static int is_verb(const ktok *t) { return t->xpos[0] == 'V' && t->xpos[1] == 'B'; }
static int is_noun(const ktok *t)
{
    return !strcmp(t->upos, "NOUN") || !strcmp(t->upos, "PROPN") ||
           (t->xpos[0] == 'N' && t->xpos[1] == 'N');
}
static int is_common_noun(const ktok *t) { return is_noun(t) && !is_nnp(t); }
static int is_subj(krel r) { return r == KR_NSUBJ || r == KR_NSUBJPASS; }
static int key_is(const ktok *t, const char *k) { return t->key && !strcmp(t->key, k); }

static void set(ktok *t, int head, krel rel, const char *deprel)
{
    t->head = head;
    t->rel = rel;
    t->deprel = deprel;
}

/* does a dominate d (a == d counts)? */
static int dominates(const ksent *s, int a, int d)
{
    for (int k = 0; d >= 0 && k <= s->ntok; k++, d = s->tok[d].head)
        if (d == a)
            return 1;
    return 0;
}

static int child_with(const ksent *s, int h, krel r)
{
    for (int i = 0; i < s->ntok; i++)
        if (s->tok[i].head == h && s->tok[i].rel == r)
            return i;
    return -1;
}

/* leftmost and rightmost token of i's subtree, without the subtree of its
 * child x (x < 0: none) */
static void span_without(const ksent *s, int i, int x, int *lo, int *hi)
{
    *lo = *hi = i;
    for (int j = 0; j < s->ntok; j++)
        if (dominates(s, i, j) && !(x >= 0 && dominates(s, x, j))) {
            if (j < *lo)
                *lo = j;
            if (j > *hi)
                *hi = j;
        }
}

/* Heads and relations of all tokens, to undo a repair that broke the tree. */
typedef struct saved {
    int head;
    krel rel;
    const char *deprel;
} saved;

static void save(const ksent *s, saved *sv)
{
    for (int i = 0; i < s->ntok; i++)
        sv[i] = (saved){s->tok[i].head, s->tok[i].rel, s->tok[i].deprel};
}

/* keep the repair (1) when the result is a tree, else restore (0) */
static int keep_or_undo(ksent *s, const saved *sv)
{
    const char *why;
    if (ksent_check(s, &why) == 0)
        return 1;
    for (int i = 0; i < s->ntok; i++)
        set(&s->tok[i], sv[i].head, sv[i].rel, sv[i].deprel);
    return 0;
}

/* A word tagged as a common noun that governs an auxiliary of its own
 * (modal, do, to; no copula) is a verb the tagger missed ("did not even ever
 * clash[NN] over"): the parser already built the clause around it. */
static int aux_nouns(ksent *s)
{
    int fixed = 0;
    for (int i = 0; i < s->ntok; i++) {
        ktok *t = &s->tok[i];
        if (!tag_is(t, "NN") || child_with(s, i, KR_COP) >= 0 || child_with(s, i, KR_DET) >= 0 ||
            child_with(s, i, KR_CASE) >= 0)
            continue;
        int verbal = 0;
        for (int j = 0; j < i; j++) {
            const ktok *a = &s->tok[j];
            if (a->head == i && a->rel == KR_AUX &&
                (tag_is(a, "MD") || tag_is(a, "TO") || key_is(a, "DO") || key_is(a, "DOES") || key_is(a, "DID")))
                verbal = 1;
        }
        if (verbal) {
            strcpy(t->xpos, "VB");
            strcpy(t->upos, "VERB");
            fixed++;
        }
    }
    return fixed;
}

/* A title noun right before the name that is a verb's subject ("..., the
 * official news agency[appos] WFNA[nsubj] said"): the parser hung the title
 * elsewhere (an apposition, with the verb as its relative clause); in the
 * PTB parse it is one noun phrase headed by the name.  The title becomes a
 * compound of the name; a verb that hung from the title takes the title's
 * place; the title's punctuation goes to the verb.  Titles are singular
 * common nouns (NN): a plural noun there is more often a mistagged verb
 * ("Mizrahi, editor of Mideast reports, expects[NNS] OPEC to meet"). */
static int title_names(ksent *s, saved *sv)
{
    int fixed = 0;
    for (int x = 0; x + 1 < s->ntok; x++) {
        int n = x + 1, v = s->tok[n].head;
        ktok *X = &s->tok[x];
        if (!tag_is(X, "NN") || !is_nnp(&s->tok[n]) || !is_subj(s->tok[n].rel) || v <= n ||
            !is_verb(&s->tok[v]) || X->head == n || X->head == v || child_with(s, x, KR_CASE) >= 0)
            continue;
        int nlo, nhi, xlo, xhi;
        span_without(s, n, -1, &nlo, &nhi);
        if (nlo != n)
            continue;
        int vx = s->tok[v].head == x ? v : -1;   /* the verb hangs from the title */
        span_without(s, x, vx, &xlo, &xhi);
        if (xhi != x)
            continue;
        save(s, sv);
        if (vx >= 0)
            set(&s->tok[v], X->head, X->head < 0 ? KR_ROOT : KR_PARATAXIS, X->head < 0 ? "root" : "parataxis");
        for (int j = xlo; j < x; j++)
            if (s->tok[j].head == x && s->tok[j].rel == KR_PUNCT)
                s->tok[j].head = v;
        set(X, n, KR_COMPOUND, "compound");
        fixed += keep_or_undo(s, sv);
    }
    return fixed;
}

/* Coordinated subjects split by the parser ("Arnor, Calenardhon[nsubj] and[cc
 * of the verb] the evil Gondor[nsubj] welcomed"): two subjects of one verb
 * with a conjunction or comma between them (and a conjunction somewhere in
 * the list) are one coordination: the later one and its conjuncts become
 * conjuncts of the first. */
static int split_subjects(ksent *s, saved *sv)
{
    int fixed = 0;
    for (int v = 0; v < s->ntok; v++) {
        int s1 = -1;
        for (int i = 0; i < v; i++) {
            if (s->tok[i].head != v || !is_subj(s->tok[i].rel))
                continue;
            if (s1 < 0 || !is_noun(&s->tok[i]) || !is_noun(&s->tok[s1])) {
                s1 = i;
                continue;
            }
            int lo1, hi1, lo2, hi2;
            span_without(s, s1, -1, &lo1, &hi1);
            span_without(s, i, -1, &lo2, &hi2);
            int sep = hi1 + 1;
            if (sep > lo2 || sep >= i)
                continue;
            int cc = 0;
            for (int j = sep; j < v; j++)
                cc |= tag_is(&s->tok[j], "CC");
            if (!cc || !(tag_is(&s->tok[sep], "CC") || !strcmp(s->tok[sep].form, ",")))
                continue;
            save(s, sv);
            for (int j = sep; j < lo2; j++)   /* separators between the two: to the later conjunct */
                if (s->tok[j].head == v)
                    set(&s->tok[j], i, tag_is(&s->tok[j], "CC") ? KR_CC : KR_PUNCT,
                        tag_is(&s->tok[j], "CC") ? "cc" : "punct");
            for (int j = 0; j < s->ntok; j++)   /* UD: all conjuncts hang from the first */
                if (s->tok[j].head == i && s->tok[j].rel == KR_CONJ)
                    s->tok[j].head = s1;
            set(&s->tok[i], s1, KR_CONJ, "conj");
            fixed += keep_or_undo(s, sv);
        }
    }
    return fixed;
}

/* "after/before/since/until NOUN VERB": the parser read the clause as a
 * preposition's object with a reduced relative ("after Calenardhon
 * crowds[nmod] burned[acl] down its embassy") or left the verb without
 * subject ("after a hafling[nmod] was reported").  A past-tense or passive
 * verb right after such a noun, without a subject of its own, takes the noun
 * as its subject and the preposition as its marker, and hangs (advcl) from
 * the nearest verb above the noun. */
static int after_clauses(ksent *s, saved *sv)
{
    static const char *const subord[] = {"AFTER", "BEFORE", "SINCE", "UNTIL", "TILL", NULL};
    int fixed = 0;
    for (int p = 0; p < s->ntok; p++) {
        const ktok *P = &s->tok[p];
        int n = P->head, ok = 0;
        if (P->rel != KR_CASE || n <= p || !is_noun(&s->tok[n]))
            continue;
        for (int k = 0; subord[k]; k++)
            ok |= key_is(P, subord[k]);
        if (!ok)
            continue;
        /* the verb: the noun's relative clause, or the next word after the noun phrase */
        int v = -1, lo, hi;
        for (int j = n + 1; j < s->ntok && v < 0; j++)
            if (s->tok[j].head == n && (s->tok[j].rel == KR_ACL || s->tok[j].rel == KR_ACLRELCL) &&
                is_verb(&s->tok[j]))
                v = j;
        span_without(s, n, v, &lo, &hi);
        if (v < 0 && hi + 1 < s->ntok) {
            int j = hi + 1;
            while (j < s->ntok && (s->tok[j].rel == KR_AUX || s->tok[j].rel == KR_AUXPASS) && s->tok[j].head > j)
                j = s->tok[j].head;
            if (j > hi + 1 && is_verb(&s->tok[j]) && !dominates(s, j, n))
                v = j;
        }
        if (v < 0)
            continue;
        ktok *V = &s->tok[v];
        int vlo, vhi;
        span_without(s, v, -1, &vlo, &vhi);
        if (vlo != hi + 1 || !(tag_is(V, "VBD") || tag_is(V, "VBN")) || child_with(s, v, KR_NSUBJ) >= 0 ||
            child_with(s, v, KR_NSUBJPASS) >= 0)
            continue;
        int pass = child_with(s, v, KR_AUXPASS) >= 0;
        if (tag_is(V, "VBN") && !pass && child_with(s, v, KR_AUX) < 0 && child_with(s, v, KR_OBJ) < 0 &&
            child_with(s, v, KR_COMPOUND) < 0)
            continue;   /* a bare participle without object: a real reduced relative */
        int h = s->tok[n].head;
        while (h >= 0 && !is_verb(&s->tok[h]) && s->tok[h].head >= 0)
            h = s->tok[h].head;
        save(s, sv);
        set(V, h, h < 0 ? KR_ROOT : KR_ADVCL, h < 0 ? "root" : "advcl");
        set(&s->tok[n], v, pass ? KR_NSUBJPASS : KR_NSUBJ, pass ? "nsubj:pass" : "nsubj");
        set(&s->tok[p], v, KR_MARK, "mark");
        if (keep_or_undo(s, sv)) {
            fixed++;
            if (tag_is(V, "VBN") && !pass && child_with(s, v, KR_AUX) < 0)
                strcpy(V->xpos, "VBD");
        }
    }
    return fixed;
}

/* A closing reporting clause ("<clause>, a senior official said on
 * Saturday."): a verb whose subject follows a comma, whose subtree runs to
 * the end of the sentence and which has no complement of its own reports
 * the clause before the comma.  The parser often hung it inside that clause
 * (an adverbial or relative clause of a noun there) or gave it dependents
 * from before the comma.  As in the PTB parses: the verb becomes the root,
 * the old root its complement (ccomp), and its dependents before the comma
 * go back to the verb it hung from. */
static int reporting_clauses(ksent *s, saved *sv)
{
    int fixed = 0, root = -1;
    for (int i = 0; i < s->ntok; i++)
        if (s->tok[i].head < 0)
            root = i;
    for (int v = 1; v < s->ntok && root >= 0; v++) {
        ktok *V = &s->tok[v];
        if (!is_verb(V) || v == root || child_with(s, v, KR_OBJ) >= 0 || child_with(s, v, KR_CCOMP) >= 0 ||
            child_with(s, v, KR_XCOMP) >= 0 || child_with(s, v, KR_IOBJ) >= 0)
            continue;
        int su = -1;
        for (int j = 0; j < v; j++)
            if (s->tok[j].head == v && is_subj(s->tok[j].rel))
                su = j;
        if (su < 0)
            continue;
        int lo, hi;
        span_without(s, su, -1, &lo, &hi);
        if (lo >= 0 && !strcmp(s->tok[lo].form, ",") && s->tok[lo].rel == KR_PUNCT)
            lo++;   /* the comma hung from the subject */
        if (lo < 1 || strcmp(s->tok[lo - 1].form, ",") != 0 || hi + 1 != v)
            continue;
        int c = lo - 1, last = s->ntok - 1;
        while (last > v && s->tok[last].rel == KR_PUNCT)
            last--;
        int vlo, vhi;
        span_without(s, v, -1, &vlo, &vhi);
        (void)vlo;
        if (vhi < last)
            continue;
        for (int j = v + 1; j <= last; j++)
            if (!dominates(s, v, j))
                vhi = -1;
        if (vhi < 0 || dominates(s, v, root))
            continue;
        int h = V->head;
        save(s, sv);
        for (int j = 0; j < c; j++)
            if (s->tok[j].head == v) {
                /* low attachment, as in the PTB parses: the lowest verb whose
                 * phrase ends right before this dependent ("restore ties with
                 * Gondor [almost five years after ...]") */
                int dlo, dhi, t, a = h;
                span_without(s, j, -1, &dlo, &dhi);
                for (t = dlo - 1; t >= 0 && s->tok[t].rel == KR_PUNCT; t--)
                    ;
                for (int k = 0; t >= 0 && k <= s->ntok; k++, t = s->tok[t].head) {
                    int tlo, thi;
                    if (t == v || dominates(s, j, t))
                        break;
                    span_without(s, t, -1, &tlo, &thi);
                    if (thi >= dlo)
                        break;
                    if (is_verb(&s->tok[t])) {
                        a = t;
                        break;
                    }
                }
                s->tok[j].head = a;
            }
        s->tok[c].head = v;
        s->tok[c].rel = KR_PUNCT;
        s->tok[c].deprel = "punct";
        set(V, -1, KR_ROOT, "root");
        set(&s->tok[root], v, KR_CCOMP, "ccomp");
        if (keep_or_undo(s, sv)) {
            fixed++;
            root = v;
        }
    }
    return fixed;
}

/* "NAME and the NOUN of ..." read as NAME[compound] of NOUN with the
 * conjunction and the noun's determiner between them ("Ithilen[compound] and
 * the government of Gondor"): a determiner after the conjunction starts a
 * new noun phrase, so the two are conjuncts. */
static int compound_coords(ksent *s, saved *sv)
{
    int fixed = 0;
    for (int x = 0; x < s->ntok; x++) {
        ktok *X = &s->tok[x];
        int n = X->head;
        if (X->rel != KR_COMPOUND || n <= x + 2 || !is_noun(X))
            continue;
        int cc = -1, det = -1;
        for (int j = x + 1; j < n; j++) {
            if (tag_is(&s->tok[j], "CC") && cc < 0)
                cc = j;
            else if (cc >= 0 && s->tok[j].head == n && s->tok[j].rel == KR_DET)
                det = j;
        }
        if (cc < 0 || det < 0)
            continue;
        save(s, sv);
        set(X, s->tok[n].head, s->tok[n].rel, s->tok[n].deprel);
        for (int j = 0; j < x; j++)   /* the noun's dependents before the name go with the name */
            if (s->tok[j].head == n)
                s->tok[j].head = x;
        set(&s->tok[cc], n, KR_CC, "cc");
        set(&s->tok[n], x, KR_CONJ, "conj");
        fixed += keep_or_undo(s, sv);
    }
    return fixed;
}

/* A verb conjunct hung from a noun ("condemned an attack ... on
 * Thursday[noun] and promised[conj] raids"): a verb with its own
 * conjunction but no subject coordinates with the nearest verb above the
 * noun; a bare noun right after it that hangs from before it is its object. */
static int verb_conjuncts(ksent *s, saved *sv)
{
    int fixed = 0;
    for (int v = 0; v < s->ntok; v++) {
        ktok *V = &s->tok[v];
        int n = V->head;
        if (V->rel != KR_CONJ || n < 0 || n >= v || !is_verb(V) || tag_is(V, "VBG") || !is_noun(&s->tok[n]) ||
            child_with(s, v, KR_CC) < 0 || child_with(s, v, KR_NSUBJ) >= 0 || child_with(s, v, KR_NSUBJPASS) >= 0)
            continue;
        int h = s->tok[n].head;
        while (h >= 0 && !is_verb(&s->tok[h]))
            h = s->tok[h].head;
        if (h < 0)
            continue;
        save(s, sv);
        V->head = h;
        int o = v + 1;
        while (o < s->ntok && s->tok[o].rel == KR_COMPOUND && s->tok[o].head == v)
            o++;
        if (o < s->ntok && child_with(s, v, KR_OBJ) < 0) {
            /* the object: the noun phrase starting right after the verb */
            int m = o;
            while (m < s->ntok && s->tok[m].head > m && !dominates(s, v, m))
                m = s->tok[m].head;
            if (m < s->ntok && is_noun(&s->tok[m]) && s->tok[m].head < v && child_with(s, m, KR_CASE) < 0) {
                int lo, hi;
                span_without(s, m, -1, &lo, &hi);
                if (lo == o)
                    set(&s->tok[m], v, KR_OBJ, "obj");
            }
        }
        fixed += keep_or_undo(s, sv);
    }
    return fixed;
}

/* Newer UD English (EWT 2.14 on, which the models learn from) merged the
 * bare noun adjuncts obl:tmod and obl:npmod into obl:unmarked ("said
 * today", "five years after").  The coder and the PTB conversion keep the
 * older split (a temporal noun is never an actor): an :unmarked noun that
 * names a time ("today", "Monday", "last week") becomes :tmod, any other
 * :npmod. */
static int unmarked_nouns(ksent *s)
{
    int fixed = 0;
    for (int i = 0; i < s->ntok; i++) {
        ktok *t = &s->tok[i];
        const char *d = t->deprel;
        if (!d || !(!strcmp(d, "obl:unmarked") || !strcmp(d, "nmod:unmarked")))
            continue;
        int w = ksent_time_word(t->key), when = w == KTIME_NAMED;
        for (int j = 0; j < i && w == KTIME_PERIOD && !when; j++)
            when = s->tok[j].head == i && ksent_time_word(s->tok[j].key) == KTIME_DEICTIC;
        int obl = d[0] == 'o';
        t->deprel = when ? (obl ? "obl:tmod" : "nmod:tmod") : (obl ? "obl:npmod" : "nmod:npmod");
        fixed++;
    }
    return fixed;
}

/* An adverb with an object ("visiting the capital Tripoli alongside[RB
 * advmod of Tripoli] Defense Minister Hulusi Akar[obj of alongside]"): the
 * tagger took a preposition it rarely saw for an adverb, and the parser
 * made its noun an object.  The word becomes the noun's case marker (IN),
 * the noun an oblique of the nearest verb above (a prepositional phrase
 * after an object attaches to the verb unless the parser says otherwise,
 * and here it could not). */
static int adverb_objects(ksent *s, saved *sv)
{
    int fixed = 0;
    for (int a = 0; a < s->ntok; a++) {
        ktok *A = &s->tok[a];
        if (!tag_is(A, "RB") || A->rel != KR_ADVMOD || A->head < 0)
            continue;
        int o = -1;
        for (int j = a + 1; j < s->ntok; j++)
            if (s->tok[j].head == a && s->tok[j].rel == KR_OBJ && is_noun(&s->tok[j])) {
                o = j;
                break;
            }
        if (o < 0)
            continue;
        int v = A->head;
        for (int k = 0; v >= 0 && !is_verb(&s->tok[v]) && k <= s->ntok; k++)
            v = s->tok[v].head;
        if (v < 0 || !is_verb(&s->tok[v]))
            continue;
        save(s, sv);
        for (int j = 0; j < s->ntok; j++)    /* the adverb's other dependents go to the noun */
            if (j != o && s->tok[j].head == a)
                s->tok[j].head = o;
        set(&s->tok[o], v, KR_OBL, "obl");
        set(A, o, KR_CASE, "case");
        strcpy(A->xpos, "IN");
        strcpy(A->upos, "ADP");
        if (!keep_or_undo(s, sv)) {
            strcpy(A->xpos, "RB");
            strcpy(A->upos, "ADV");
            continue;
        }
        fixed++;
    }
    return fixed;
}

/* A clause introduced by ", who" that the parser hung as an adverbial or
 * other clause of the verb ("a news conference with Turkish Foreign
 * Minister, Mevlut Cavusoglu, who was visiting[advcl of came] the capital"):
 * "who" (and "whom", "whose") only begins a relative clause, which belongs to
 * the noun before the comma.  The clause's verb becomes acl:relcl of the
 * nearest noun to the left of the comma (outside the clause). */
static int relative_who(ksent *s, saved *sv)
{
    int fixed = 0;
    for (int w = 2; w < s->ntok; w++) {
        ktok *W = &s->tok[w];
        if (!(key_is(W, "WHO") || key_is(W, "WHOM") || key_is(W, "WHOSE")) || strcmp(s->tok[w - 1].form, ","))
            continue;
        int v = W->head;
        while (v >= 0 && !is_verb(&s->tok[v]) && s->tok[v].rel != KR_ROOT && v != w)
            v = s->tok[v].head;     /* "whose forces" -> the clause's verb */
        if (v < 0 || v <= w || !is_verb(&s->tok[v]) || s->tok[v].rel == KR_ACLRELCL || s->tok[v].head < 0)
            continue;
        int a = w - 2;
        while (a >= 0 && s->tok[a].rel == KR_PUNCT)
            a--;
        if (a < 0 || !is_noun(&s->tok[a]) || dominates(s, v, a))
            continue;
        save(s, sv);
        set(&s->tok[v], a, KR_ACLRELCL, "acl:relcl");
        fixed += keep_or_undo(s, sv);
    }
    return fixed;
}

/* A noun compound read as a relative clause without relativizer ("Security
 * Council[root] diplomats have said[acl:relcl] there are ..."): when the
 * sentence's root is a noun and one of its relative clauses has as subject
 * the plain noun right after it (no determiner, nothing between), the root
 * noun modifies that subject and the clause's verb is the sentence's
 * predicate: the noun becomes a compound of the subject, the verb the root,
 * and the noun's other dependents after the subject (punctuation) go to the
 * verb. */
static int relcl_subjects(ksent *s, saved *sv)
{
    int r = -1;
    for (int i = 0; i < s->ntok && r < 0; i++)
        if (s->tok[i].head < 0)
            r = i;
    if (r < 0 || r + 1 >= s->ntok || !is_noun(&s->tok[r]))
        return 0;
    int sj = r + 1;
    const ktok *S = &s->tok[sj];
    if (!is_noun(S) || S->rel != KR_NSUBJ || child_with(s, sj, KR_DET) >= 0)
        return 0;
    int v = S->head;
    if (v < 0 || v <= sj || !is_verb(&s->tok[v]) || s->tok[v].head != r || s->tok[v].rel != KR_ACLRELCL)
        return 0;
    save(s, sv);
    set(&s->tok[v], -1, KR_ROOT, "root");
    set(&s->tok[r], sj, KR_COMPOUND, "compound");
    for (int i = sj + 1; i < s->ntok; i++)
        if (s->tok[i].head == r)
            set(&s->tok[i], v, s->tok[i].rel, s->tok[i].deprel);
    return keep_or_undo(s, sv);
}

/* A noun phrase does not run across a comma to its own determiner:
 * "... an Islamic State target southwest[compound of Command] of Baghdad,
 * the U.S. Central Command said" hangs the place on the reporting clause's
 * subject.  A compound, adjective or nmod child c of noun h, before a comma
 * that is h's punct and followed by h's determiner, goes to the word right
 * before it (as its nmod), when that word is outside h's phrase. */
static int comma_modifiers(ksent *s, saved *sv)
{
    int fixed = 0;
    for (int h = 2; h < s->ntok; h++) {
        if (!is_noun(&s->tok[h]))
            continue;
        int d = child_with(s, h, KR_DET);
        if (d < 0 || d > h)
            continue;
        for (int c = 1; c < d; c++) {
            ktok *t = &s->tok[c];
            if (t->head != h || (t->rel != KR_COMPOUND && t->rel != KR_AMOD && t->rel != KR_NMOD))
                continue;
            int comma = -1;
            for (int k = c + 1; k < d; k++)
                if (s->tok[k].head == h && s->tok[k].rel == KR_PUNCT && key_is(&s->tok[k], ","))
                    comma = k;
            if (comma < 0)
                continue;
            int lo, hi;
            span_without(s, c, -1, &lo, &hi);
            int p = lo - 1;
            if (p < 0 || hi >= comma || dominates(s, h, p) || !(is_noun(&s->tok[p]) || is_verb(&s->tok[p])))
                continue;
            save(s, sv);
            set(t, p, KR_NMOD, "nmod");
            fixed += keep_or_undo(s, sv);
        }
    }
    return fixed;
}

/* The structural repairs look at subtrees (quadratic in the sentence
 * length, cubic at worst); real sentences are far shorter than this, longer
 * "sentences" (tables, failed splits) keep the parser's tree. */
#define TREEFIX_MAX 250

int ktreefix(ksent *s)
{
    int n = 0;
    saved ssv[128], *sv = s->ntok > TREEFIX_MAX ? NULL : s->ntok <= 128 ? ssv : malloc((size_t)s->ntok * sizeof *sv);
    n += aux_nouns(s);
    n += unmarked_nouns(s);
    n += name_runs(s);
    if (sv) {
        n += title_names(s, sv);
        n += split_subjects(s, sv);
        n += compound_coords(s, sv);
    }
    n += double_subjects(s);
    if (sv) {
        n += after_clauses(s, sv);
        n += relative_who(s, sv);
        n += relcl_subjects(s, sv);
        n += adverb_objects(s, sv);
        n += verb_conjuncts(s, sv);
        n += comma_modifiers(s, sv);
        n += reporting_clauses(s, sv);
        if (sv != ssv)
            free(sv);
    }
    return n;
}

/* Re-parses s with the tags it now has; the new tree replaces the old one
 * when keep(s, head, lab, p, v) says so (v: the retagged token).  Returns 1
 * when replaced. */
static int reparse(const kparser *p, kparse_ws *pw, ksent *s, int v,
                   int (*keep)(const ksent *, const int *, const int *, const kparser *, int))
{
    int n = s->ntok;
    const char **form = karena_alloc(s->mem, (size_t)n * sizeof *form);
    const char **xp = karena_alloc(s->mem, (size_t)n * sizeof *xp);
    int *head = karena_alloc(s->mem, (size_t)n * sizeof *head), *lab = karena_alloc(s->mem, (size_t)n * sizeof *lab);
    for (int i = 0; i < n; i++) {
        form[i] = s->tok[i].form ? s->tok[i].form : "";
        xp[i] = s->tok[i].xpos;
    }
    kparser_parse(p, pw, form, xp, pw->amb, n, head, lab); /* the classes of its parse */
    if (!keep(s, head, lab, p, v))
        return 0;
    for (int i = 0; i < n; i++) {
        ktok *k = &s->tok[i];
        k->head = head[i];
        k->deprel = karena_strdup(s->mem, p->lab[lab[i]]);
        k->rel = krel_parse(k->deprel);
    }
    return 1;
}

/* Token v retagged xpos (UPOS VERB) and s re-parsed; the tags are put back
 * when keep refuses the new tree.  1 when the tree was replaced. */
static int retag_reparse(const kparser *p, kparse_ws *pw, ksent *s, int v, const char *xpos,
                         int (*keep)(const ksent *, const int *, const int *, const kparser *, int))
{
    char old[8], oldu[8];
    memcpy(old, s->tok[v].xpos, 8);
    memcpy(oldu, s->tok[v].upos, 8);
    strcpy(s->tok[v].xpos, xpos);
    strcpy(s->tok[v].upos, "VERB");
    if (reparse(p, pw, s, v, keep))
        return 1;
    memcpy(s->tok[v].xpos, old, 8);
    memcpy(s->tok[v].upos, oldu, 8);
    return 0;
}

/* Does verb v of the new tree have an active subject (or, with pass, a
 * passive one)? */
static int subject_of(const ksent *s, const int *head, const int *lab, const kparser *p, int v, int pass)
{
    for (int i = 0; i < s->ntok; i++)
        if (head[i] == v && (!strcmp(p->lab[lab[i]], "nsubj") || (pass && !strcmp(p->lab[lab[i]], "nsubj:pass"))))
            return 1;
    return 0;
}

/* the retagged verb v has a subject */
static int has_subject(const ksent *s, const int *head, const int *lab, const kparser *p, int v)
{
    return subject_of(s, head, lab, p, v, 1);
}

/* A participle modifier with a direct object right after the noun that is
 * the subject of a later verb ("Norwegian tankers supplied[VBN acl] South
 * Africa with ..., but the trade has dropped[ccomp]"): a finite verb whose
 * clause the parser hung on the noun; -1 when none. */
static int object_participle(const ksent *s)
{
    for (int v = 1; v < s->ntok; v++) {
        const ktok *t = &s->tok[v], *a = &s->tok[v - 1];
        if (!(tag_is(t, "VBN") || tag_is(t, "VBD")) || t->rel != KR_ACL || t->head != v - 1 ||
            !is_common_noun(a) || !is_subj(a->rel) || a->head <= v || child_with(s, v, KR_OBJ) < 0)
            continue;
        return v;
    }
    return -1;
}

/* A sentence with no predicate ("Russian police arrested[VBN amod] Russian
 * students[root] in Moscow"): the tagger took the only verb for a
 * participle modifying the next noun.  A past form (VBN/VBD) right after a
 * noun and before a noun phrase, in a sentence where no verb has a subject,
 * is retagged VBD and the sentence parsed again with the tags as they
 * stand; kept when the verb then has a subject.  Also a participle modifier
 * with an object right after its subject noun (object_participle). */
/* A verb of saying, as in a trailing "..., officials said". */
static int is_saying(const ktok *t)
{
    static const char *const say[] = {"SAID", "SAYS", "SAY", "TOLD", "ADDED", "REPORTED", "ANNOUNCED",
                                      "STATED", "CLAIMED", "NOTED", "CONFIRMED", "WROTE", NULL};
    for (int i = 0; t->key && say[i]; i++)
        if (!strcmp(t->key, say[i]))
            return 1;
    return 0;
}

int ktreefix_predicate(const kparser *p, kparse_ws *pw, ksent *s)
{
    int n = s->ntok;
    if (!p || n < 3 || n > TREEFIX_MAX || !s->mem)
        return 0;
    int op = object_participle(s);
    int limit = n;   /* candidates before the comma of a trailing "..., officials said" */
    for (int i = 0; i < n && op < 0; i++) {
        if (is_verb(&s->tok[i]) && (s->tok[i].head < 0 || child_with(s, i, KR_NSUBJ) >= 0 ||
                                    child_with(s, i, KR_NSUBJPASS) >= 0)) {
            int comma = -1;
            for (int j = 0; j < i; j++)
                if (s->tok[j].form && !strcmp(s->tok[j].form, ","))
                    comma = j;
            if (comma < 0 || !is_saying(&s->tok[i]))
                return 0;
            limit = comma;
            break;
        }
    }
    int v = op;
    for (int i = 1; i + 1 < limit && v < 0; i++) {
        const ktok *t = &s->tok[i], *a = &s->tok[i - 1], *b = &s->tok[i + 1];
        if ((tag_is(t, "VBN") || tag_is(t, "VBD")) && (t->rel == KR_AMOD || t->rel == KR_ACL) &&
            is_common_noun(a) && (is_noun(b) || tag_is(b, "DT") || tag_is(b, "JJ") || tag_is(b, "PRP$") ||
                                  tag_is(b, "CD") || tag_is(b, "TO") || tag_is(b, "RB") ||
                                  (tag_is(b, "IN") && !(b->key && !strcmp(b->key, "BY")))))
            v = i;
    }
    return v >= 0 && retag_reparse(p, pw, s, v, "VBD", has_subject);
}

/* the modal is the retagged verb's aux */
static int modal_aux(const ksent *s, const int *head, const int *lab, const kparser *p, int v)
{
    for (int i = 0; i < v; i++)
        if (head[i] == v && tag_is(&s->tok[i], "MD") && !strcmp(p->lab[lab[i]], "aux"))
            return 1;
    return 0;
}

int ktreefix_modal(const kparser *p, kparse_ws *pw, ksent *s)
{
    int n = s->ntok;
    if (!p || n < 3 || n > TREEFIX_MAX || !s->mem)
        return 0;
    int done = 0;
    for (int i = 0; i + 1 < n; i++) {
        if (!tag_is(&s->tok[i], "MD"))
            continue;
        int j = i + 1;
        while (j < n && tag_is(&s->tok[j], "RB"))
            j++;
        if (j >= n || !(tag_is(&s->tok[j], "JJ") || tag_is(&s->tok[j], "NN")))
            continue;
        done += retag_reparse(p, pw, s, j, "VB", modal_aux);
    }
    return done;
}

/* the retagged verb v has an active subject */
static int active_subject(const ksent *s, const int *head, const int *lab, const kparser *p, int v)
{
    return subject_of(s, head, lab, p, v, 0);
}

int ktreefix_bare_passive(const kparser *p, kparse_ws *pw, ksent *s)
{
    int n = s->ntok;
    if (!p || n < 3 || n > TREEFIX_MAX || !s->mem)
        return 0;
    for (int v = 1; v < n; v++) {
        const ktok *t = &s->tok[v];
        if (!tag_is(t, "VBN") || (t->head >= 0 && t->rel != KR_CONJ && t->rel != KR_CCOMP))
            continue;
        int sj = child_with(s, v, KR_NSUBJPASS);
        if (sj < 0 || sj > v || child_with(s, v, KR_AUXPASS) >= 0 || child_with(s, v, KR_AUX) >= 0 ||
            child_with(s, v, KR_COP) >= 0)
            continue;
        int by = 0;
        for (int i = v + 1; i < n && !by; i++)
            by = key_is(&s->tok[i], "BY") && s->tok[i].rel == KR_CASE && s->tok[i].head >= 0 &&
                 s->tok[s->tok[i].head].head == v;
        if (by)
            continue;   /* a by-agent: a real (headline) passive */
        if (retag_reparse(p, pw, s, v, "VBD", active_subject))
            return 1;
    }
    return 0;
}

void ktreefix_parse(const ktagger *t, const kparser *p, ktag_ws *tw, kparse_ws *pw, ksent *s)
{
    ktreefix_tokens(s);
    kparse_sent(t, p, tw, pw, s);
    ktreefix_modal(p, pw, s);
    ktreefix_bare_passive(p, pw, s);
    ktreefix_predicate(p, pw, s);
    ktreefix(s);
}
