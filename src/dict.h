/* dict.h: the dictionary set (PETRARCH2 formats) and its config reader.
 *
 * A dictionary set is verbs + actors (one or more files) + agents + discards
 * + issues, chosen by a PETRARCH2 config file (kdict_config_read) or by
 * explicit file names.  Everything is loaded once (kdictset_load) and then
 * shared read-only by any number of coders/threads.
 *
 * Words and codes are interned in one table (kdictset.in): codes are opaque
 * strings of any ontology; a code id 0 means "no code" (null).  Dictionary
 * phrases are stored as sequences of upper-case word ids in word tries, so
 * the coder can look a token up once (kdictset_word) and walk from there.
 *
 * Malformed entries: reported as "file:line:col: expected X near 'text'"
 * through the kdiag sink (KD_WARN in the default mode, KD_ERROR in strict
 * mode), skipped, and the per-file count of skipped entries is reported as a
 * note at the end of that file.  In strict mode any malformed entry makes
 * the load fail.  A missing/unreadable file always makes the load fail. */
#ifndef KH_DICT_H
#define KH_DICT_H

#include "coder.h"
#include "diag.h"
#include "intern.h"
#include "sent.h"
#include "verbs.h"

/* ---- which files ------------------------------------------------------ */

/* Paths of one dictionary set.  Any member may be NULL (not used), except
 * that a set without verbs codes nothing.  All strings are owned (malloc)
 * once filled by kdict_config_read; kdict_files_free frees them. */
typedef struct kdict_files {
    const char *verbs;
    const char **actors;
    int nactors;
    const char *agents, *discards, *issues;
} kdict_files;

void kdict_files_free(kdict_files *f);   /* frees members, zeroes *f; accepts NULL */

/* Set f->actors to a copy of the comma-separated list `list` (spaces around
 * names stripped), each resolved against `dir` (NULL or "" = as given;
 * absolute names are kept).  Replaces any previous list.  Used by the config
 * reader and by CLI options such as --actors A,B. */
void kdict_files_set_actors(kdict_files *f, const char *dir, const char *list);

/* Read a PETRARCH2 config ini (PETR_config.ini).  [Dictionaries]:
 * verbfile_name, actorfile_list (comma list), agentfile_name,
 * discardfile_name, issuefile_name; names resolve relative to the config
 * file's folder.  [Options]: every key that kcoder_opts_set knows sets
 * `opts` (when opts is not NULL; call kcoder_opts_default first); other
 * options (textfile_list, write_actor_text...) are ignored.  `#` and `;`
 * start comment lines.  `files` is filled (previous content freed).
 * Returns 0, or -1 (reported through d) when the file cannot be read or has
 * a malformed line or a malformed value of a known option. */
int kdict_config_read(const char *path, kdict_files *files, kcoder_opts *opts, kdiag *d);

/* ---- the set ------------------------------------------------------------ */

typedef struct kactors kactors;
typedef struct kagents kagents;
typedef struct kdiscards kdiscards;
typedef struct kissues kissues;

struct kdictset {
    kintern *in;           /* words (upper case) and codes */
    kverbs *verbs;         /* NULL when no verb file */
    kactors *actors;       /* never NULL after a successful load (may be empty) */
    kagents *agents;       /* never NULL (may be empty) */
    kdiscards *discards;   /* never NULL (may be empty) */
    kissues *issues;       /* never NULL (may be empty) */
    int nskipped;          /* malformed entries skipped, all files but verbs */
};

/* Load every file named in f.  strict: any malformed entry is fatal.
 * Returns NULL on a fatal error (reported through d). */
kdictset *kdictset_load(const kdict_files *f, int strict, kdiag *d);
void kdictset_free(kdictset *s);         /* accepts NULL */

/* Word id of an upper-case token key for kactors_match_ids and
 * kagents_match_ids: 0 when the string was never interned (then no phrase
 * can match through it); a nonzero id may still be in no phrase. */
int kdictset_word(const kdictset *s, const char *key);

/* Entry counts for `dict stats` / `dict check`. */
typedef struct kdict_stats {
    int actor_files;
    int actor_entries;     /* records (primary phrase + its synonyms) */
    int actor_phrases;     /* primary + synonym phrases stored */
    int actor_dated;       /* date-restricted codes */
    int actor_dups;        /* phrases defined again (the later one wins) */
    int actor_nocode;      /* entries without any code (always null) */
    int agent_entries;     /* lines */
    int agent_phrases;     /* forms stored (plurals and substitutions expanded) */
    int agent_dups;        /* forms defined again (the later one wins) */
    int discard_entries, discard_story;
    int issue_entries, issue_phrases, issue_ignore, issue_codes;
    int skipped;           /* malformed entries skipped (not verbs) */
    int strings;           /* interned strings (words and codes, all kinds) */
    size_t bytes;          /* approximate bytes of tables (not verbs) */
} kdict_stats;

void kdictset_stats(const kdictset *s, kdict_stats *st);

/* Lint for `dict check`: reports (KD_NOTE, with file:line) actor phrases
 * defined again with different codes, actor entries without any code and
 * agent forms defined again with a different code.  Returns the count.
 * (Malformed entries are reported while loading.) */
int kdictset_check(const kdictset *s, kdiag *d);

/* Upper-case n bytes of s into out (appended): ASCII fast path, other code
 * points through utf8proc_toupper, invalid UTF-8 bytes copied unchanged.
 * Dictionary words are keyed this way; token keys must be made the same way. */
void kdict_upcase(kbuf *out, const char *s, size_t n);

/* ---- actors ------------------------------------------------------------ */

/* A matched actor phrase.  Strings point into the set (valid while it lives). */
typedef struct kactor_hit {
    int ntok;              /* tokens spanned (== return value) */
    int code;              /* interned code valid at the date; 0 = none applies */
    const char *root;      /* the entry's primary phrase, as written ("HAMID_KARZAI_") */
    const char *phrase;    /* the phrase that matched, as written */
    const char *file;      /* dictionary file and line of the matched phrase */
    int line;
    int entry;             /* entry index, 0-based, stable for a set */
    int unset;             /* code 0 because the entry has only dated codes
                              and none applies at the date: at this date the
                              phrase names no actor ("Baker" outside the
                              offices of James Baker) */
} kactor_hit;

/* Best actor phrase starting at token i (tokens' upper-case `key`).
 * `date` is YYYYMMDD (0 = unknown, see below).  Returns the
 * number of tokens spanned (0: none; *hit untouched then).  Connectors
 * (TABARI): words joined by `_` must be consecutive tokens; after a blank
 * (or `_` followed by a blank) up to 4 other tokens may come in between
 * ("ITHILEN TELEVISION" matches "Ithilen state-run television"), so
 * callers pass the tokens of one noun phrase.  Among the phrases starting
 * at i the best is: one with a code at the date, then more words, then a
 * shorter span.  Date
 * rules: `<D` applies before or on D, `>D` after or on D, `D1-D2` between
 * (inclusive); the first restriction that applies wins, else the default
 * code (the `[CODE]` after the primary phrase or a bare `[CODE]` line),
 * else 0.  Date 0 (unknown): the first default code, else the restricted
 * code whose period ends last (`>D` counts as open-ended).  Six-digit dates
 * YYMMDD mean 20YY for YY 00-30, else 19YY (TABARI).
 * Only when no phrase from i has a code at the date is a phrase with
 * hit->code == 0 returned.  A caller
 * imitating PETRARCH2 treats a code-0 hit as "no actor here" and keeps
 * looking at later tokens (the Phoenix files have entries whose '+' was
 * forgotten, e.g. IVO_JOSIPOVIC_ without code followed by JOSIPOVIC_ with
 * codes); TABARI would make it a null actor. */
int kactors_match(const kactors *a, const ktok *tok, int ntok, int i, int date, kactor_hit *hit);

/* The same over word ids (kdictset_word of each token key). */
int kactors_match_ids(const kactors *a, const int *ids, int n, int i, int date, kactor_hit *hit);

/* Convenience for tests and `dict lookup`: `text` split on blanks and `_`,
 * upper-cased; an actor phrase must span the whole text (gaps allowed as
 * above).  Returns 1 and fills *hit, or 0. */
int kactors_lookup(const kactors *a, const char *text, int date, kactor_hit *hit);

/* Code of entry `entry` at `date` (same rules as kactors_match). */
int kactors_code_at(const kactors *a, int entry, int date);
int kactors_count(const kactors *a);     /* number of entries */

/* ---- agents ------------------------------------------------------------ */

typedef struct kagent_hit {
    int ntok;              /* tokens spanned from i (== return value) */
    int code;              /* interned agent code without '~' ("GOV") */
    int after;             /* 1: "~GOV", code goes after the actor code
                              (USA + GOV = USAGOV); 0: "NGO~", before */
    const char *phrase;    /* the line's phrase, as written */
    const char *file;
    int line;
} kagent_hit;

/* Best agent phrase (any generated form: singular, plural, substitution)
 * starting at token i: more words, then a shorter span.  Connectors as for
 * actors (`_` consecutive, blank: up to 4 tokens in between; PETRARCH2
 * treats both as consecutive).  Returns tokens spanned, 0 if none. */
int kagents_match(const kagents *a, const ktok *tok, int ntok, int i, kagent_hit *hit);
int kagents_match_ids(const kagents *a, const int *ids, int n, int i, kagent_hit *hit);
int kagents_lookup(const kagents *a, const char *text, kagent_hit *hit);

/* ---- discards ---------------------------------------------------------- */

enum { KDISCARD_NONE = 0, KDISCARD_SENTENCE = 1, KDISCARD_STORY = 2 };

/* Does sentence `text` contain a discard phrase?  Case-insensitive; the
 * phrase must start at a word start (after a blank, punctuation or the
 * start of the text); a phrase ending in `_` must also end at a blank,
 * punctuation mark or the end (otherwise it is a stem).  Returns
 * KDISCARD_STORY when a `+` (story) entry matches, else KDISCARD_SENTENCE
 * for a sentence entry, else KDISCARD_NONE.  *which (may be NULL) receives
 * the matched entry's phrase as written, NULL when none. */
int kdiscards_check(const kdiscards *d, const char *text, const char **which);

/* ---- issues ------------------------------------------------------------ */

typedef struct kissue_count {
    int code;              /* interned issue code */
    int count;             /* matched phrases in the text */
} kissue_count;

/* Issue codes of sentence `text` (case-insensitive word matching; `n:`
 * nouns with singular and plural, `v:` verbs with S/ED/ING forms, `+` joins
 * with blank or '-').  Fills out[0..max) in order of first occurrence, and
 * returns the number of distinct codes (may exceed max: only max are
 * stored).  Returns 0 when an ignore phrase (`~`) occurs in the text. */
int kissues_match(const kissues *is, const char *text, kissue_count *out, int max);

/* ---- building blocks ---------------------------------------------------
 * kdictset_load uses these; tests and tools may too.  *_read loads one file
 * into the object (actors may be read from several files, later entries
 * override earlier identical phrases, as in PETRARCH2) and returns the
 * number of malformed entries skipped, or -1 on a fatal error (unreadable
 * file; strict mode with a malformed entry).  Words and codes go into `in`,
 * which must outlive the object. */
kactors *kactors_new(kintern *in);
int kactors_read(kactors *a, const char *path, int strict, kdiag *d);
void kactors_free(kactors *a);
kagents *kagents_new(kintern *in);
int kagents_read(kagents *a, const char *path, int strict, kdiag *d);
void kagents_free(kagents *a);
kdiscards *kdiscards_new(void);
int kdiscards_read(kdiscards *x, const char *path, int strict, kdiag *d);
void kdiscards_free(kdiscards *x);
kissues *kissues_new(kintern *in);
int kissues_read(kissues *x, const char *path, int strict, kdiag *d);
void kissues_free(kissues *x);
void kactors_stats(const kactors *a, kdict_stats *st);     /* adds to *st */
int kactors_check(const kactors *a, kdiag *d);             /* see kdictset_check */
int kagents_check(const kagents *a, kdiag *d);
void kagents_stats(const kagents *a, kdict_stats *st);
void kdiscards_stats(const kdiscards *x, kdict_stats *st);
void kissues_stats(const kissues *x, kdict_stats *st);

/* ---- read access for tools (`dict check`, `dict stats`) ----------------
 * Entries, phrases and codes as loaded, in file order; indices are 0-based
 * and stable for a set.  Each returns 1, or 0 when the index is out of
 * range (out untouched).  Strings point into the set. */

enum { KAC_DEFAULT = 0, KAC_BEFORE, KAC_AFTER, KAC_BETWEEN };

typedef struct kactor_entry {
    const char *root;      /* primary phrase as written */
    const char *file;
    int line;              /* line of the primary phrase */
    int ncodes;            /* code blocks (default and date-restricted) */
} kactor_entry;

typedef struct kactor_code {
    int code;              /* interned code */
    int kind;              /* KAC_DEFAULT, KAC_BEFORE (<d1), KAC_AFTER (>d1),
                              KAC_BETWEEN (d1-d2); limits inclusive */
    int d1, d2;            /* YYYYMMDD */
    int line, col;         /* where its '[' is */
} kactor_code;

int kactors_entry(const kactors *a, int e, kactor_entry *out);
/* Code block k (0 .. ncodes-1, file order) of entry e. */
int kactors_entry_code(const kactors *a, int e, int k, kactor_code *out);
/* Phrase p (0 .. kactors_nphrases-1): fills phrase, root, file, line,
 * entry of out (ntok and code 0). */
int kactors_nphrases(const kactors *a);
int kactors_phrase(const kactors *a, int p, kactor_hit *out);
/* Redefinition k (0, 1, ... until it returns 0): phrase indices of the
 * earlier definition and of the later one that replaced it. */
int kactors_dup(const kactors *a, int k, int *earlier, int *later);

/* Agent line i (0 .. kagents_count-1): code, after, phrase, file, line. */
int kagents_count(const kagents *a);
int kagents_entry(const kagents *a, int i, kagent_hit *out);
/* Redefinition k: agent line indices of the earlier and the later
 * definition of one generated form (the later wins). */
int kagents_dup(const kagents *a, int k, int *earlier, int *later);

#endif
