/* context.h: story memory for the coder (story context, issue 4 item 5).
 *
 * The coder remembers, per story, the actors it coded (mentions) and the
 * events it made, so that later sentences can resolve pronouns ("she",
 * "they", "we" in a quote), relative pronouns, plural and definite
 * references ("both countries", "the interim government") and objects that
 * name an earlier event ("denounced the agreement").  This module only
 * stores and searches; coder.c decides what to resolve.  Every string given
 * is copied into the memory's own arena, which kctx_reset empties. */
#ifndef KH_CONTEXT_H
#define KH_CONTEXT_H

#include "util.h"

enum {
    KCTX_PERSON = 1,    /* a person (name, or singular role noun: minister) */
    KCTX_PLURAL = 2,    /* plural noun phrase or a member of a compound */
    KCTX_COUNTRY = 4,   /* a bare country/place code (3 letters) */
    KCTX_ORG = 8,       /* an organisation or institution (not a person) */
    KCTX_SUBJECT = 16,  /* subject (or the possessor of the subject) */
    KCTX_FEMALE = 32,   /* referred to by she/her */
    KCTX_MALE = 64,     /* referred to by he/his/him */
    KCTX_AGENT = 128    /* a role without a country ("the banks", ---BUS):
                           kept so that pronouns referring to it stay
                           unresolved rather than take another actor */
};

typedef struct kctx_mention {
    const char *code;     /* actor code ("LBYGOV") */
    const char *text;     /* words as written ("NAJLA AL-MANQOUSH") */
    const char *agent;    /* agent part of the code ("GOV"), "" when none */
    int sent;             /* sentence number in the story (1-based) */
    int pos;              /* token index of the phrase head */
    int group;            /* compound id: members of one phrase share it */
    unsigned flags;       /* KCTX_* */
} kctx_mention;

typedef struct kctx_event {
    const char *src, *tgt, *code;
    const char *stext, *ttext;
    int sent;
    const char *nouns[6]; /* upper-case words naming the event ("AGREEMENT",
                             the verb block's name "VISIT") */
    int nnouns;
} kctx_event;

typedef struct kctx {
    karena mem;
    kctx_mention *m;
    size_t nm, cm;
    kctx_event *e;
    size_t ne, ce;
    int sent;             /* current sentence number (0 before the first) */
    int ngroup;
    const char *spk_code, *spk_text; /* the last sentence's speaker (a verb of
                                        saying's subject), NULL when none */
    int spk_sent;
} kctx;

void kctx_init(kctx *x);
void kctx_free(kctx *x);
/* Forget everything (new story). */
void kctx_reset(kctx *x);
/* Start the next sentence (its mentions get the new number). */
void kctx_next_sentence(kctx *x);
/* A fresh compound id for the members of one phrase. */
int kctx_new_group(kctx *x);
/* Remember a mention in the current sentence (strings copied). */
void kctx_add_mention(kctx *x, const char *code, const char *text, int pos, int group, unsigned flags);
/* Remember an event of the current sentence; nouns[0..n) copied. */
void kctx_add_event(kctx *x, const char *src, const char *tgt, const char *code, const char *stext,
                    const char *ttext, const char *const *nouns, int n);
/* The current sentence's speaker (subject of its verb of saying). */
void kctx_set_speaker(kctx *x, const char *code, const char *text);
/* Does noun `w` (upper case, singular or plural) name event e?  Nouns of
 * one kind count as the same (AGREEMENT, DEAL, ACCORD, PACT, TREATY). */
int kctx_event_named(const kctx_event *e, const char *w);
/* Words that can name an event by themselves ("AGREEMENT", "VISIT",
 * "ATTACK", ...): 1 when w is one. */
int kctx_event_noun(const char *w);

#endif
