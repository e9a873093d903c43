/* petrxml.h: PETRARCH XML and UD-PETRARCH XML records, streamed.
 *
 *   <Environment> <Verbfile>..</Verbfile> <Actorfile>A,B</Actorfile> ...
 *                 <Config option="o" value="v"/> </Environment>
 *   <Sentences>
 *   <Config option="require_dyad" value="false"/>        (between records)
 *   <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true"
 *             evaluate="true" source="AFP">
 *     <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
 *     <EventCoding noevents="True"/>   <EventCoding error="..."/>
 *     <Text> ... </Text>
 *     <Parse> PTB tree "(ROOT ...)" or CoNLL-U lines </Parse>
 *   </Sentence> ...
 *
 * The file is read in chunks through expat (no DOM); each record is handed
 * to a callback as soon as its </Sentence> is read, with its sentence
 * already parsed into a ksent.  The suites' XML-ish liberties are repaired
 * on the way in, keeping byte positions: "--" inside comments, "#" header
 * lines holding '<' or a bare '&', <Sentence .../> written self-closed and
 * closed later by </Sentence>.  Invalid UTF-8 (and control bytes) fail the
 * record that holds them, with its line:col; the reading goes on. */
#ifndef KH_PETRXML_H
#define KH_PETRXML_H

#include "diag.h"
#include "sent.h"

typedef struct kpx_expect {
    const char *source, *target, *code;   /* as written ("---", "\"TEXT\"") */
} kpx_expect;

typedef struct kpx_opt {
    const char *name, *value;
} kpx_opt;

/* The file's <Environment>: names as written (not resolved), NULL when
 * absent.  Valid during the env callback only. */
typedef struct kpx_env {
    const char *verbs;
    const char *actors;                   /* comma-separated list as written */
    const char *agents, *discards, *issues;
    kpx_opt *opts;                        /* <Config> inside <Environment> */
    int nopt;
    const char *pico;                     /* <PICOfile>: UD-PETRARCH's internal
                                             coding ontology */
} kpx_env;

enum { KPX_NOPARSE = 0, KPX_PTB = 1, KPX_CONLLU = 2 };

/* One <Sentence> record.  Everything lives in sent.mem, owned by the reader
 * and reset after the callback returns: copy what must outlive it. */
typedef struct kpx_record {
    ksent sent;          /* story_id, id, date, text (trimmed); tokens when parsed */
    const char *file;
    int line;            /* line of <Sentence> */
    const char *category;   /* NULL when absent */
    const char *source;     /* news source attribute ("AFP"), NULL when absent */
    int is_sentence;     /* sentence="true": 1, "false": 0, absent: -1 */
    int evaluate;        /* evaluate=: 1, 0, absent -1 */
    int parse_kind;      /* KPX_NOPARSE (text only), KPX_PTB, KPX_CONLLU */
    int bad;             /* 1: the record could not be read (already reported) */
    kpx_expect *exp;     /* expected events */
    int nexp;
    int noevents;        /* an <EventCoding noevents=...> was present */
    const char *error;   /* <EventCoding error="..."> value, NULL when none */
    kpx_opt *pre;        /* <Config> read since the previous record (outside
                            any record): in the suites they apply from this
                            record on and persist until changed */
    int npre;
    kpx_opt *opts;       /* <Config> inside this record */
    int nopt;
} kpx_record;

typedef struct kpx_handler {
    void *ud;
    /* Called once at </Environment>; may be NULL. */
    void (*env)(void *ud, const kpx_env *env);
    /* Called for each record; return nonzero to stop reading.  May be NULL. */
    int (*record)(void *ud, kpx_record *r);
} kpx_handler;

/* Read the file at path ("-" = standard input).  Returns 0 when the whole
 * file was read, -1 when it could not be opened or its XML is broken
 * (truncated, mismatched tags): reported as file:line:col, naming the
 * record being read if any; the records before the error were delivered.
 * A record that cannot be parsed is still delivered, with bad = 1. */
int kpetrxml_read(const char *path, const kpx_handler *h, kdiag *d);

#endif
