/* treefix.h: repairs of a parser's dependency tree before coding.
 *
 * The coder matches actor phrases and verb patterns over a UD v2 tree.  A
 * statistical parser's typical errors (a run of proper names split into two
 * subjects, a title noun hung apart from the name it qualifies, a closing
 * reporting clause ", the agency said" attached inside the clause before it)
 * cut actor phrases where the Penn Treebank parses of the field keep one
 * noun phrase.  ktreefix applies general, structure-only repairs (no word
 * lists of test sentences; see docs/coder.md "Coding from text").  Every
 * repair is undone when its result would not be a tree. */
#ifndef KH_TREEFIX_H
#define KH_TREEFIX_H

#include "parser.h"
#include "tagger.h"
#include "sent.h"

/* Repair the tree of a sentence parsed by Khaldun's parser (tags and heads
 * set).  Returns the number of repairs made. */
int ktreefix(ksent *s);

/* Before tagging: split tokens that join the words of a name with '_' (the
 * PETRARCH text convention, "Dol_Amroth" -> "Dol" "Amroth"), the way the
 * field's PTB parses and dictionaries have them.  The new tokens live in
 * s->mem (nothing is done without it).  Returns the number of tokens added. */
int ktreefix_tokens(ksent *s);

/* After parsing, before ktreefix: a sentence whose only verb the tagger took
 * for a participle modifying a noun ("Russian police arrested[VBN] Russian
 * students") is parsed again (with parser p) with that word tagged VBD; kept
 * when the verb then has a subject.  Returns 1 when it re-parsed. */
int ktreefix_predicate(const kparser *p, kparse_ws *pw, ksent *s);

/* "Israel announced it would free[JJ] prisoners": English puts a verb after a
 * modal (adverbs between), so a word there tagged as an adjective or a noun
 * is retagged VB and the sentence re-parsed; kept when the modal is then its
 * aux.  Returns the words retagged. */
int ktreefix_modal(const kparser *p, kparse_ws *pw, ksent *s);

/* "South Korean Prime Minister Lho Shin-yong proposed[VBN] in a letter ...":
 * a clause (root, conj or ccomp) whose participle has a passive subject
 * before it but no auxiliary, copula or by-agent is an active past tense the
 * tagger took for a participle: retagged VBD and the sentence re-parsed;
 * kept when the verb then has an active subject.  Returns 1 when repaired
 * (the first such verb only). */
int ktreefix_bare_passive(const kparser *p, kparse_ws *pw, ksent *s);

/* The whole parse of raw text as `code`, `explain` and `validate --reparse`
 * do it: ktreefix_tokens, tagging and parsing (kparse_sent),
 * ktreefix_modal, ktreefix_bare_passive, ktreefix_predicate, ktreefix. */
void ktreefix_parse(const ktagger *t, const kparser *p, ktag_ws *tw, kparse_ws *pw, ksent *s);

#endif
