/* cmd_code.c: `khaldun code [options] INPUT...`: news stories (plain story
 * files, JSON Lines, TABARI records, text-only XML; files, folders, stdin,
 * .gz/.zst) or parsed PETRARCH / UD-PETRARCH XML in, events out through the
 * products sink (JSON Lines, PETRARCH2 lines, Phoenix, GDELT, CSV) and/or
 * the SQLite store.  Raw text goes through the pipeline (pipeline.h):
 * tokenizer, tagger, parser, coder, geolocation.  With --threads N stories
 * are coded by N workers and written in input order by this thread, so the
 * output is the same whatever N. */
#include "cmd.h"
#include "cmd_common.h"
#include "cameo.h"
#include "dedup.h"
#include "geo.h"
#include "pipeline.h"
#include "sink.h"
#include "store.h"
#include "story.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: khaldun code [options] INPUT...\n\n"
            "Code news into events.  INPUT: story files (plain story format, JSON Lines, TABARI\n"
            "records, text-only PETRARCH XML), parsed PETRARCH / UD-PETRARCH XML (Penn Treebank\n"
            "or CoNLL-U <Parse>: coded from the parse as given), folders (read recursively) or\n"
            "'-' for standard input; .gz and .zst are read transparently.  The format is\n"
            "detected from the content.  Raw text is split, tokenized, tagged and parsed by\n"
            "Khaldun's own models, coded with story context, and geolocated.\n\n"
            "Dictionaries (default: Khaldun's own set, data/dict/khaldun.config.ini, found in\n"
            "./data/dict, next to the executable, or at $KHALDUN_DICT; explicit files win):\n"
            "  --config FILE      PETRARCH2 config (PETR_config.ini); names relative to its folder\n"
            "  --verbs FILE       verb dictionary (CAMEO.2.0 / PETRARCH syntax)\n"
            "  --actors F[,F..]   actor dictionaries\n"
            "  --agents FILE      agent dictionary\n"
            "  --discards FILE    discard dictionary\n"
            "  --issues FILE      issue dictionary\n"
            "  --strict           a malformed dictionary entry is fatal\n"
            "  -v, --verbose      show each malformed dictionary entry (default: counts only)\n\n"
            "Input:\n"
            "  --input-format auto|plain|jsonl|tabari|xml   force the input format (default auto)\n"
            "  --date YYYY-MM-DD  date of stories that have none\n"
            "  --reparse          parsed XML: ignore <Parse>, code each record from its <Text>\n"
            "  --no-context       code each sentence of a story on its own (default: story context\n"
            "                     resolves pronouns and references across the story's sentences;\n"
            "                     XML records are always coded without it)\n"
            "  --model DIR        tagger/parser models (default: $KHALDUN_MODEL, ./data/model,\n"
            "                     data/model next to the executable)\n"
            "  --threads N        code stories with N worker threads (default 1); the output is\n"
            "                     identical to --threads 1 (parsed XML is coded on one thread)\n\n"
            "Output:\n"
            "  --format F         json (JSON Lines, default), petrarch (PETRARCH2 lines), phoenix\n"
            "                     (26-column TSV), gdelt (GDELT 2.0 Events + Mentions file), csv\n"
            "  -o FILE            write to FILE (appears only when complete); default stdout\n"
            "  --dedup none|story|day   one record per (story,) date, source, target, code, with\n"
            "                     mention counts (default none)\n"
            "  --goldstein gdelt|phoenix   Goldstein scale of the metadata (default gdelt)\n"
            "  --db FILE          also store stories, sentences, events, mentions in the SQLite\n"
            "                     database FILE (created if needed; stories already there are\n"
            "                     skipped); without -o, nothing is printed\n"
            "  --max-tokens N     skip (and report) sentences longer than N tokens (default %d, 0 = no limit)\n"
            "  --stats            print to stderr: sentences, events, load and coding seconds,\n"
            "                     sentences per second, peak RSS\n"
            "  -h, --help         this help\n\n"
            "JSON fields: story_id, sentence_id, date, source, target, code, sentence, pattern,\n"
            "pattern_source, pattern_file, pattern_line, source_text, target_text, verb_text,\n"
            "issues, [news_source, source_resolved, target_resolved], root, quad_class, goldstein,\n"
            "plover, geo_name, geo_country, geo_fips, geo_adm1, geo_lat, geo_lon, geo_type, geo_rule.\n\n"
            "A story or record that cannot be read or coded is reported (naming it) and skipped.\n"
            "Exit status: 0 ok, 1 some story, record or file failed, 2 usage or fatal error.\n",
            KCMD_MAX_TOKENS);
}

/* ---- diagnostics of a worker, replayed in input order ---- */

typedef struct dmsg {
    int level, line, col;
    char *file, *record, *msg;
} dmsg;

typedef struct dlog {
    dmsg *m;
    size_t n, cap;
} dlog;

static void dlog_fn(void *ud, int level, const kloc *loc, const char *msg)
{
    dlog *l = ud;
    XGROW(l->m, l->cap, l->n + 1);
    dmsg *m = &l->m[l->n++];
    m->level = level;
    m->line = loc ? loc->line : 0;
    m->col = loc ? loc->col : 0;
    m->file = loc && loc->file ? xstrdup(loc->file) : NULL;
    m->record = loc && loc->record ? xstrdup(loc->record) : NULL;
    m->msg = xstrdup(msg);
}

static void dlog_replay(dlog *l, kdiag *d)
{
    for (size_t i = 0; i < l->n; i++) {
        dmsg *m = &l->m[i];
        kloc loc = {m->file, m->line, m->col, m->record};
        kdiag_report(d, m->level, &loc, "%s", m->msg);
        free(m->file);
        free(m->record);
        free(m->msg);
    }
    l->n = 0;
}

/* ---- the run ---- */

typedef struct job {
    kstory st;            /* deep copy (strings in mem) */
    karena mem;
    kpipe_batch b;
    dlog log;
    int done;
} job;

typedef struct run {
    kpipe_cfg cfg;
    kcoder_opts base;     /* cfg.opts + sticky <Config> between records of a file */
    kpipe *pipe;          /* the main thread's pipeline */
    kpipe_batch batch;
    ksink *sink;
    kstore *db;
    kdiag *d;
    const char *models_err;
    const char *model_dir;   /* --model, or NULL: the default places */
    int models_tried;        /* models are loaded on the first raw-text story */
    int fatal;               /* an explicit --model failed to load: stop, exit 2 */
    int geo_checked;         /* the gazetteer's absence was reported (or it loaded) */
    int setup_warns;         /* warnings about models/gazetteer, not about input */
    double lazy_s;           /* seconds spent loading them lazily (--stats) */
    int reparse;
    long records, rec_failed, stories, sentences, sent_failed, events;
    int write_failed;
    const char *cur_story;/* XML: story id of the previous record (story memory) */
    char *cur_story_buf;
    /* pool */
    int nthreads;
    pthread_t *th;
    double coder_s;          /* seconds inside the coder, all threads (--stats) */
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_done;
    job *ring;
    long W, head, tail, take;
    int stop;
} run;

static void meta_of(const kstory *st, kstory_meta *m, size_t *dl_len, char *dl, size_t dl_cap)
{
    memset(m, 0, sizeof *m);
    m->id = st->id;
    m->date = st->date;
    m->source = st->source;
    m->url = st->url;
    m->title = st->title;
    size_t n = 0;
    while (st->text && n < st->len && n + 1 < dl_cap && st->text[n] != '\n')
        n++;
    if (st->text)
        memcpy(dl, st->text, n);
    dl[n] = 0;
    *dl_len = n;
    m->dateline = n ? dl : NULL;
}

/* The tagger and parser, loaded on the first story or record that needs
 * them (parsed XML never does): 0 when loaded, -1 when they cannot be (the
 * reason reported once; with an explicit --model that is fatal). */
/* Are both model files of an explicit --model DIR readable? */
static int models_readable(const char *dir)
{
    kbuf p;
    kbuf_init(&p);
    kbuf_printf(&p, "%s/en-ewt.tagger", dir);
    int ok = access(p.s, R_OK) == 0;
    kbuf_reset(&p);
    kbuf_printf(&p, "%s/en-ewt.parser", dir);
    ok = ok && access(p.s, R_OK) == 0;
    kbuf_free(&p);
    return ok;
}

static int ensure_models(run *R)
{
    if (!R->models_tried) {
        R->models_tried = 1;
        double t = kcmd_now();
        int w0 = R->d->nwarn + R->d->nerror;
        ktagger *tagger = NULL;
        kparser *parser = NULL;
        static char merr[512];
        kdiag md = {NULL, NULL, 0, 0};
        if (kcmd_load_models(R->model_dir, &tagger, &parser, &md) < 0) {
            /* load again, reporting, to get the reason in words */
            kdiag_report(R->d, R->model_dir ? KD_ERROR : KD_WARN, NULL,
                         "parser models not loaded: raw text cannot be coded");
            kdiag rd = {cli_diag, NULL, 0, 0};
            kcmd_load_models(R->model_dir, &tagger, &parser, &rd);
            snprintf(merr, sizeof merr, "see the message above");
            R->models_err = merr;
            if (R->model_dir)   /* asked for explicitly: fatal */
                R->fatal = 1;
        }
        R->cfg.tagger = tagger;
        R->cfg.parser = parser;
        if (!R->cfg.geo && R->cfg.geo_lazy && !R->geo_checked) {
            /* raw text yields events: the gazetteer too, reported here */
            R->geo_checked = 1;
            R->cfg.geo = kgeo_default(R->d);
        }
        R->setup_warns += R->d->nwarn + R->d->nerror - w0;
        R->lazy_s += kcmd_now() - t;
    }
    return R->models_err ? -1 : 0;
}

/* Write the events of one story (sink and store). */
static void write_story(run *R, const kstory_meta *m, kpipe_batch *b)
{
    R->sentences += b->nsent;
    R->sent_failed += b->nfailed;
    if (R->write_failed)
        return;
    if (b->nev && !R->geo_checked) {
        /* the pipeline loaded the gazetteer for these events (or could not):
         * say so once, as a setup warning, not one about the input */
        R->geo_checked = 1;
        int w0 = R->d->nwarn + R->d->nerror;
        kgeo_default(R->d);
        R->setup_warns += R->d->nwarn + R->d->nerror - w0;
    }
    if (R->sink)
        ksink_story(R->sink, m);
    int keep = 1;
    if (R->db) {
        int k = kstore_story(R->db, m);
        if (k < 0) {
            R->write_failed = 1;
            return;
        }
        keep = k;
    }
    for (int i = 0; i < b->nev; i++) {
        if (R->sink && ksink_event(R->sink, &b->ev[i]) < 0) {
            R->write_failed = 1;
            return;
        }
        if (R->db && keep && kstore_event(R->db, &b->ev[i]) < 0) {
            R->write_failed = 1;
            return;
        }
        R->events++;
    }
    if (R->db && kstore_story_end(R->db) < 0)
        R->write_failed = 1;
}

static void code_and_write(run *R, const kstory *st)
{
    R->stories++;
    kpipe_batch_reset(&R->batch);
    kpipe_story(R->pipe, st, &R->batch, R->d);
    kstory_meta m;
    char dl[161];
    size_t dn;
    meta_of(st, &m, &dn, dl, sizeof dl);
    write_story(R, &m, &R->batch);
}

static const char *adup(karena *a, const char *s)
{
    return s ? karena_strdup(a, s) : NULL;
}

static void *worker(void *arg)
{
    run *R = arg;
    kpipe *p = kpipe_new(&R->cfg);
    pthread_mutex_lock(&R->mu);
    for (;;) {
        while (R->take == R->tail && !R->stop)
            pthread_cond_wait(&R->cv_work, &R->mu);
        if (R->take == R->tail && R->stop)
            break;
        job *j = &R->ring[R->take % R->W];
        R->take++;
        pthread_mutex_unlock(&R->mu);
        kdiag d = {dlog_fn, &j->log, 0, 0};
        kpipe_story(p, &j->st, &j->b, &d);
        pthread_mutex_lock(&R->mu);
        j->done = 1;
        pthread_cond_broadcast(&R->cv_done);
    }
    R->coder_s += kpipe_coder_seconds(p);
    pthread_mutex_unlock(&R->mu);
    kpipe_free(p);
    return NULL;
}

/* Wait for the oldest job, write it, free its slot. */
static void retire_one(run *R)
{
    job *j = &R->ring[R->head % R->W];
    pthread_mutex_lock(&R->mu);
    while (!j->done)
        pthread_cond_wait(&R->cv_done, &R->mu);
    pthread_mutex_unlock(&R->mu);
    dlog_replay(&j->log, R->d);
    kstory_meta m;
    char dl[161];
    size_t dn;
    meta_of(&j->st, &m, &dn, dl, sizeof dl);
    write_story(R, &m, &j->b);
    j->done = 0;
    R->head++;
}

static void submit(run *R, const kstory *st)
{
    R->stories++;
    if (R->tail - R->head == R->W)
        retire_one(R);
    job *j = &R->ring[R->tail % R->W];
    karena_reset(&j->mem);
    kpipe_batch_reset(&j->b);
    j->st = *st;
    j->st.id = adup(&j->mem, st->id);
    j->st.title = adup(&j->mem, st->title);
    j->st.source = adup(&j->mem, st->source);
    j->st.url = adup(&j->mem, st->url);
    j->st.file = adup(&j->mem, st->file);
    char *t = karena_alloc(&j->mem, st->len + 1);
    memcpy(t, st->text, st->len);
    t[st->len] = 0;
    j->st.text = t;
    pthread_mutex_lock(&R->mu);
    R->tail++;
    pthread_cond_signal(&R->cv_work);
    pthread_mutex_unlock(&R->mu);
}

static void drain(run *R)
{
    while (R->head < R->tail)
        retire_one(R);
}

static void pool_start(run *R)
{
    R->W = 8L * R->nthreads;
    R->ring = xcalloc((size_t)R->W, sizeof *R->ring);
    for (long i = 0; i < R->W; i++) {
        karena_init(&R->ring[i].mem);
        kpipe_batch_init(&R->ring[i].b);
    }
    pthread_mutex_init(&R->mu, NULL);
    pthread_cond_init(&R->cv_work, NULL);
    pthread_cond_init(&R->cv_done, NULL);
    R->th = xcalloc((size_t)R->nthreads, sizeof *R->th);
    for (int i = 0; i < R->nthreads; i++)
        pthread_create(&R->th[i], NULL, worker, R);
}

static void pool_stop(run *R)
{
    drain(R);
    pthread_mutex_lock(&R->mu);
    R->stop = 1;
    pthread_cond_broadcast(&R->cv_work);
    pthread_mutex_unlock(&R->mu);
    for (int i = 0; i < R->nthreads; i++)
        pthread_join(R->th[i], NULL);
    for (long i = 0; i < R->W; i++) {
        karena_free(&R->ring[i].mem);
        kpipe_batch_free(&R->ring[i].b);
        free(R->ring[i].log.m);
    }
    free(R->ring);
    free(R->th);
    pthread_mutex_destroy(&R->mu);
    pthread_cond_destroy(&R->cv_work);
    pthread_cond_destroy(&R->cv_done);
}

/* ---- parsed (or text-only) PETRARCH XML records ---- */

static int on_record(void *ud, kpx_record *r)
{
    run *R = ud;
    R->records++;
    kloc l = {r->file, r->line, 0, r->sent.id};
    if (r->npre)
        kcmd_apply_opts(&R->base, r->pre, r->npre, &l, R->d);
    kcoder_opts o = R->base;
    if (r->nopt)
        kcmd_apply_opts(&o, r->opts, r->nopt, &l, R->d);
    if (r->bad) {
        R->rec_failed++;
        return 0;
    }
    const char *sid = r->sent.story_id ? r->sent.story_id : r->sent.id;
    kpipe_batch_reset(&R->batch);
    int n;
    if (R->reparse || r->parse_kind == KPX_NOPARSE || r->sent.ntok == 0) {
        if (ensure_models(R) < 0 && R->fatal)
            return 1;
        if (R->models_err) {
            kdiag_report(R->d, KD_ERROR, &l, "no <Parse> and no parser models (%s)", R->models_err);
            R->rec_failed++;
            return 0;
        }
        kdiag d = *R->d;   /* name the record's file in the messages */
        n = kpipe_text(R->pipe, sid, r->sent.id, r->sent.date, r->sent.text, &o, &R->batch, &d);
        R->d->nwarn = d.nwarn;
        R->d->nerror = d.nerror;
        if (n >= 0 && R->batch.nfailed)
            n = -1;
        R->cur_story = NULL; /* kpipe_text starts a story of its own */
    } else {
        if (!R->cur_story || !sid || strcmp(R->cur_story, sid)) {
            kpipe_story_begin(R->pipe);
            free(R->cur_story_buf);
            R->cur_story_buf = sid ? xstrdup(sid) : NULL;
            R->cur_story = R->cur_story_buf;
        }
        if (R->cfg.max_tokens > 0 && r->sent.ntok > R->cfg.max_tokens) {
            kdiag_report(R->d, KD_ERROR, &l, "sentence of %d tokens, more than --max-tokens %d: record skipped",
                         r->sent.ntok, R->cfg.max_tokens);
            R->rec_failed++;
            return 0;
        }
        n = kpipe_sent(R->pipe, &r->sent, &o, 0, NULL, 0, &R->batch, R->d);
    }
    if (n < 0)
        R->rec_failed++;
    kstory_meta m;
    memset(&m, 0, sizeof m);
    m.id = sid;
    m.date = r->sent.date;
    m.source = r->source;
    long s0 = R->sentences, f0 = R->sent_failed;
    write_story(R, &m, &R->batch);
    R->sentences = s0;     /* records are counted as records */
    R->sent_failed = f0;
    return R->write_failed;
}

/* ---- input routing ---- */

/* First bytes of a file (raw, not decompressed): is it compressed? */
static int compressed(const char *path)
{
    unsigned char b[4] = {0};
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, b, 4);
    close(fd);
    return (n >= 2 && b[0] == 0x1f && b[1] == 0x8b) || (n >= 4 && b[0] == 0x28 && b[1] == 0xb5 && b[2] == 0x2f
                                                        && b[3] == 0xfd);
}

/* Is this input parsed-or-text PETRARCH XML to be read record by record?
 * Uncompressed XML only (compressed XML is read as text stories). */
static int is_plain_xml(const char *path, int forced)
{
    if (forced == KFMT_XML)
        return !compressed(path);
    if (forced != KFMT_AUTO)
        return 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf);
    close(fd);
    if (compressed(path))
        return 0;
    size_t l = strlen(path);
    if (l > 4 && !strcmp(path + l - 4, ".xml"))
        return 1;   /* named .xml: the XML reader's messages, even when empty */
    return n > 0 && kstory_detect(buf, (size_t)n) == KFMT_XML;
}

/* Standard input: peek at its first bytes, then put them back in front of
 * the rest through a pipe fed by a thread, so either reader can take fd 0. */
typedef struct feeder {
    int from, to;
    char *pre;
    size_t npre;
} feeder;

static void *feed(void *arg)
{
    feeder *f = arg;
    /* the reader may stop early (an XML error skips the rest) and close its
     * end: then write fails with EPIPE here instead of killing the process */
    sigset_t ss;
    sigemptyset(&ss);
    sigaddset(&ss, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &ss, NULL);
    size_t off = 0;
    while (off < f->npre) {
        ssize_t w = write(f->to, f->pre + off, f->npre - off);
        if (w <= 0)
            goto done;
        off += (size_t)w;
    }
    char buf[65536];
    for (;;) {
        ssize_t n = read(f->from, buf, sizeof buf);
        if (n <= 0)
            break;
        for (ssize_t o = 0; o < n;) {
            ssize_t w = write(f->to, buf + o, (size_t)(n - o));
            if (w <= 0)
                goto done;
            o += w;
        }
    }
done:
    close(f->to);
    close(f->from);
    return NULL;
}

static int stdin_is_xml(int forced, pthread_t *th, feeder *f, int *started)
{
    *started = 0;
    if (forced != KFMT_AUTO)
        return forced == KFMT_XML;
    f->pre = xmalloc(4096);
    f->npre = 0;
    while (f->npre < 4096) {
        ssize_t n = read(0, f->pre + f->npre, 4096 - f->npre);
        if (n <= 0)
            break;
        f->npre += (size_t)n;
    }
    int xml = f->npre >= 2 && !((unsigned char)f->pre[0] == 0x1f && (unsigned char)f->pre[1] == 0x8b)
           && kstory_detect(f->pre, f->npre) == KFMT_XML;
    int pfd[2];
    if (pipe(pfd) != 0)
        return xml;
    f->from = dup(0);
    f->to = pfd[1];
    dup2(pfd[0], 0);
    close(pfd[0]);
    pthread_create(th, NULL, feed, f);
    *started = 1;
    return xml;
}

static int read_stories(run *R, const char *path, const kstory_opt *so)
{
    kreader *rd = kreader_open(path, so, R->d);
    if (!rd)
        return -1;
    kstory st;
    while (!R->write_failed && !R->fatal && kreader_next(rd, &st)) {
        if (ensure_models(R) < 0 && R->fatal)
            break;
        if (R->models_err) {
            kloc l = {st.file, (int)st.line, 0, st.id};
            kdiag_report(R->d, KD_ERROR, &l, "cannot code raw text without the parser models (%s)", R->models_err);
            R->stories++;
            R->sent_failed++;
            continue;
        }
        if (R->nthreads > 1)
            submit(R, &st);
        else
            code_and_write(R, &st);
    }
    if (R->nthreads > 1)
        drain(R);
    kreader_close(rd);
    return 0;
}

int cmd_code(int argc, char **argv)
{
    kcmd_dicts dopt = {0};
    const char *outpath = NULL, *format = "json", *dbpath = NULL, *model = NULL;
    char **files = xcalloc((size_t)argc + 1, sizeof *files);
    int nfiles = 0, rc = 2, max_tokens = KCMD_MAX_TOKENS, stats = 0, nthreads = 1, reparse = 0, context = 1;
    int dedup = KDEDUP_NONE, goldstein = KCAMEO_GS_GDELT, informat = KFMT_AUTO, date = 0;
    char *defconf = NULL;
    int no_context = 0;
    static const char *const dedups[] = {"none", "story", "day", NULL}; /* KDEDUP_* */
    static const char *const schemes[] = {"gdelt", "phoenix", NULL};   /* KCAMEO_GS_* */
    const kopt opts[] = {
        KCMD_DICT_KOPTS(&dopt),
        KCMD_MAX_TOKENS_KOPT(&max_tokens),
        {"-o", KOPT_STR, &outpath, 0, 0, NULL, NULL},
        {"--output", KOPT_STR, &outpath, 0, 0, NULL, NULL},
        {"--format", KOPT_STR, &format, 0, 0, NULL, NULL},
        {"--db", KOPT_STR, &dbpath, 0, 0, NULL, NULL},
        {"--model", KOPT_STR, &model, 0, 0, NULL, NULL},
        {"--threads", KOPT_INT, &nthreads, 1, 256, NULL, NULL},
        {"--dedup", KOPT_CHOICE, &dedup, 0, 0, dedups, "--dedup"},
        {"--goldstein", KOPT_CHOICE, &goldstein, 0, 0, schemes, "--goldstein"},
        {"--input-format", KOPT_INFMT, &informat, 0, 0, NULL, NULL},
        {"--date", KOPT_DATE, &date, 0, 0, NULL, NULL},
        {"--reparse", KOPT_FLAG, &reparse, 0, 0, NULL, NULL},
        {"--no-context", KOPT_FLAG, &no_context, 0, 0, NULL, NULL},
        {"--stats", KOPT_FLAG, &stats, 0, 0, NULL, NULL},
        KOPT_END,
    };
    int prc = kopt_parse("code", opts, argc, argv, files, &nfiles, usage);
    if (prc >= 0) {
        rc = prc;
        goto out;
    }
    context = !no_context;
    if (!ksink_find(format)) {
        kbuf k;
        kbuf_init(&k);
        for (const ksink_fmt *const *f = ksink_formats(); *f; f++)
            kbuf_printf(&k, "%s%s", k.len ? ", " : "", (*f)->name);
        fprintf(stderr, "khaldun: code: unknown format '%s' (known: %s)\n", format, k.s);
        kbuf_free(&k);
        goto out;
    }
    if (!nfiles) {
        fprintf(stderr, "khaldun: code: no input file\n");
        usage(stderr);
        goto out;
    }
    if (!kcmd_dict_given(&dopt)) {
        defconf = kcmd_default_dict_config();
        if (!defconf) {
            fprintf(stderr, "khaldun: code: no dictionaries: Khaldun's own set (data/dict/khaldun.config.ini) was "
                            "not found; set KHALDUN_DICT, or give --config FILE or --verbs/--actors/... files\n");
            goto out;
        }
        dopt.config = defconf;
    }
    kdiag d = {cli_diag, NULL, 0, 0};
    kdict_files df = {0};
    run R;
    memset(&R, 0, sizeof R);
    R.d = &d;
    R.reparse = reparse;
    R.nthreads = nthreads;
    kcoder_opts_default(&R.cfg.opts);
    if (kcmd_dict_files(&dopt, &df, &R.cfg.opts, &d) < 0) {
        kdict_files_free(&df);
        goto out;
    }
    double t0 = kcmd_now();
    kdictset *ds = kcmd_dict_load(&dopt, &df, &d);
    kdict_files_free(&df);
    if (!ds)
        goto out;
    /* Models (about 40 MiB) and gazetteer: loaded when first needed, i.e. on
     * the first raw-text story or record (parsed XML needs no models, and the
     * gazetteer only once it yields events).  An explicit --model that is
     * not there is fatal at once, as before. */
    R.model_dir = model;
    if (model && !models_readable(model)) {
        ensure_models(&R);
        kdictset_free(ds);
        goto out;
    }
    double t1 = kcmd_now();
    R.cfg.ds = ds;
    R.cfg.geo = NULL;
    R.cfg.geo_lazy = 1;
    R.cfg.max_tokens = max_tokens;
    R.cfg.context = context;
    R.cfg.timing = stats;
    R.base = R.cfg.opts;
    R.pipe = kpipe_new(&R.cfg);
    /* Any warning or error from here on is about the input (a repaired tree,
     * replaced invalid UTF-8, ...): the exit status says some input failed. */
    int warn0 = d.nwarn + d.nerror;
    kpipe_batch_init(&R.batch);
    ksink_opts so = KSINK_OPTS_INIT;
    so.format = format;
    so.path = outpath;
    so.dedup = dedup;
    so.goldstein = goldstein;
    if (!dbpath || outpath) {
        R.sink = ksink_open(&so, &d);
        if (!R.sink)
            goto fail;
    }
    if (dbpath) {
        kstore_opts o = KSTORE_OPTS_INIT;
        o.dedup = dedup;
        o.goldstein = goldstein;
        R.db = kstore_open(dbpath, &o, &d);
        if (!R.db) {
            if (R.sink)
                ksink_abort(R.sink);
            R.sink = NULL;
            goto fail;
        }
    }
    if (nthreads > 1)
        pool_start(&R);
    char **paths = NULL;
    int npaths = 0, bad_files = 0;
    kstory_paths(files, nfiles, &d, &paths, &npaths);
    if (npaths < nfiles)
        bad_files++;
    kstory_opt sopt = {informat, date, 0, 0};
    for (int i = 0; i < npaths && !R.write_failed; i++) {
        const char *p = paths[i];
        int xml;
        pthread_t fth;
        feeder fd = {0};
        int fed = 0;
        if (!strcmp(p, "-"))
            xml = stdin_is_xml(informat, &fth, &fd, &fed);
        else
            xml = is_plain_xml(p, informat);
        if (xml) {
            R.base = R.cfg.opts; /* a file's <Config> does not leak into the next file */
            R.cur_story = NULL;
            kpx_handler h = {&R, NULL, on_record};
            if (kpetrxml_read(p, &h, &d) < 0)
                bad_files++;
        } else {
            kstory_opt o2 = sopt;
            if (o2.format == KFMT_XML)
                o2.format = KFMT_XML;
            if (read_stories(&R, p, &o2) < 0)
                bad_files++;
        }
        if (fed) {
            close(0);
            pthread_join(fth, NULL);
        }
        free(fd.pre);
    }
    kstory_paths_free(paths, npaths);
    if (nthreads > 1)
        pool_stop(&R);
    int wr = 0;
    if (R.sink) {
        if (R.write_failed || R.fatal) {
            ksink_abort(R.sink);
            wr = -1;
        } else
            wr = ksink_close(R.sink);
    }
    if (R.db) {
        kstore_stats ss;
        if (kstore_close(R.db, &ss) < 0)
            wr = -1;
    }
    double t2 = kcmd_now();
    if (stats)   /* lazily loaded models count as loading time */
        kcmd_print_stats(R.records + R.sentences, R.events, t1 - t0 + R.lazy_s, t2 - t1 - R.lazy_s,
                         R.coder_s + kpipe_coder_seconds(R.pipe));
    if (R.stories)
        fprintf(stderr, "khaldun: %ld stories, %ld sentences, %ld events, %ld sentences failed%s\n", R.stories,
                R.sentences, R.records ? R.events - 0 : R.events, R.sent_failed,
                bad_files && !R.records ? ", some files unreadable or broken" : "");
    if (R.records || !R.stories)
        fprintf(stderr, "khaldun: %ld records, %ld events, %ld records failed%s\n", R.records, R.events,
                R.rec_failed, bad_files ? ", some files unreadable or broken" : "");
    rc = wr < 0 || R.write_failed || R.fatal                                                       ? 2
         : (R.rec_failed || R.sent_failed || bad_files || d.nwarn + d.nerror > warn0 + R.setup_warns) ? 1
                                                                                                      : 0;
    kpipe_batch_free(&R.batch);
    kpipe_free(R.pipe);
    free(R.cur_story_buf);
    ktagger_free((ktagger *)R.cfg.tagger);
    kparser_free((kparser *)R.cfg.parser);
    kdictset_free(ds);
    goto out;
fail:
    kpipe_batch_free(&R.batch);
    kpipe_free(R.pipe);
    ktagger_free((ktagger *)R.cfg.tagger);
    kparser_free((kparser *)R.cfg.parser);
    kdictset_free(ds);
    rc = 2;
out:
    free(defconf);
    free(files);
    return rc;
}
