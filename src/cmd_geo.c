/* cmd_geo.c: `khaldun geo`: where the sentences of stories take place
 * (the ActionGeo rules of src/geo.h, without coding events). */
#include "cmd.h"
#include "cmd_common.h"
#include "diag.h"
#include "geo.h"
#include "story.h"
#include "tokenize.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { GOUT_TSV, GOUT_COUNT };

typedef struct georun {
    const kgeo *g;
    kgeo_ctx ctx;
    int out;
    long long sents, byrule[4];
} georun;

const char *kcmd_default_gazetteer(void)
{
    static char path[4200];
    if (access(KGEO_DEFAULT_PATH, R_OK) == 0)
        return KGEO_DEFAULT_PATH;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        for (int up = 0; slash && up < 2; up++) {
            *slash = 0;
            snprintf(path, sizeof path, "%s/%s", exe, KGEO_DEFAULT_PATH);
            if (access(path, R_OK) == 0)
                return path;
            slash = strrchr(exe, '/');
        }
    }
    return NULL;
}

static int on_sent(void *ud, const ksent *s, size_t off)
{
    georun *r = ud;
    (void)off;
    kgeo_place p;
    int rule = kgeo_locate(r->g, s, &r->ctx, &p);
    r->sents++;
    r->byrule[rule]++;
    if (r->out == GOUT_COUNT)
        return 0;
    printf("%s\t%s", s->id, rule ? kgeo_rule_name(rule) : "-");
    if (rule) {
        printf("\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%s", p.name, p.country, *p.fips ? p.fips : "-",
               *p.adm1 ? p.adm1 : "-", p.lat, p.lon, kgeo_type_name(p.type));
        if (rule == KGEO_SENTENCE) {
            putchar('\t');
            for (int i = p.tok_beg; i < p.tok_end; i++)
                printf("%s%s", i > p.tok_beg ? " " : "", s->tok[i].form);
        }
    }
    putchar('\n');
    return 0;
}

static void geo_usage(FILE *f)
{
    fprintf(f, "usage: khaldun geo [--gazetteer FILE] [--actors CODE[,CODE]] [--input-format FMT]\n"
               "                   [--date YYYY-MM-DD] [--format tsv|count] [--stats] [FILE|DIR|-]...\n"
               "Reads stories and prints, for each sentence, where it takes place by the ActionGeo rules:\n"
               "a place named in the sentence, else the story's dateline, else the country of the actors.\n"
               "  sentence-id  rule  name  country(ISO2)  FIPS  adm1  lat  lon  type  [matched words]\n"
               "  --gazetteer FILE  default %s (working directory, then next to the executable)\n"
               "  --actors A,B      CAMEO actor codes standing for the event's source and target\n"
"  --date D          date for stories that have none (plain text without a date line)\n"
               "  --format count    totals only: sentences per rule, load time, sentences/s\n"
               "  --stats           print the gazetteer's size and load time on stderr\n",
            KGEO_DEFAULT_PATH);
}

int cmd_geo(int argc, char **argv)
{
    kstory_opt so = {0};
    georun run;
    memset(&run, 0, sizeof run);
    const char *gaz = NULL, *actors_arg = NULL;
    int stats = 0, nf = 0;
    static const char *const outs[] = {"tsv", "count", NULL};
    const kopt opts[] = {
        {"--gazetteer", KOPT_STR, &gaz, 0, 0, NULL, NULL},
        {"--actors", KOPT_STR, &actors_arg, 0, 0, NULL, NULL},
        {"--input-format", KOPT_INFMT, &so.format, 0, 0, NULL, NULL},
        {"--format", KOPT_CHOICE, &run.out, 0, 0, outs, "output format"},
        {"--date", KOPT_DATE, &so.date, 0, 0, NULL, NULL},
        {"--stats", KOPT_FLAG, &stats, 0, 0, NULL, NULL},
        KOPT_END,
    };
    char **files = xmalloc(sizeof(char *) * (size_t)(argc + 1));
    int rc = kopt_parse("geo", opts, argc, argv, files, &nf, geo_usage);
    if (rc >= 0) {
        free(files);
        return rc;
    }
    char *actors = actors_arg ? xstrdup(actors_arg) : NULL;
    if (!gaz)
        gaz = kcmd_default_gazetteer();
    if (!gaz) {
        fprintf(stderr, "khaldun: geo: the gazetteer (%s) is not there: give --gazetteer FILE\n",
                KGEO_DEFAULT_PATH);
        free(files);
        free(actors);
        return 2;
    }
    kdiag d = {cli_diag, NULL, 0, 0};
    double t0 = kcmd_now();
    kgeo *g = kgeo_load(gaz, &d);
    double load = kcmd_now() - t0;
    if (!g) {
        free(files);
        free(actors);
        return 2;
    }
    if (stats)
        fprintf(stderr, "khaldun: geo: %s: %zu places, %zu countries, loaded in %.1f ms\n", gaz,
                kgeo_nplaces(g), kgeo_ncountries(g), load * 1e3);
    run.g = g;
    for (char *p = actors; p && *p && run.ctx.nactors < 4;) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = 0;
        run.ctx.actors[run.ctx.nactors++] = p;
        p = comma ? comma + 1 : NULL;
    }
    char *dash = "-";
    if (!nf)
        files[nf++] = dash;
    char **paths;
    int np;
    kstory_paths(files, nf, &d, &paths, &np);
    free(files);
    karena mem;
    karena_init(&mem);
    t0 = kcmd_now();
    for (int f = 0; f < np; f++) {
        kreader *r = kreader_open(paths[f], &so, &d);
        if (!r)
            continue;
        kstory st;
        while (kreader_next(r, &st)) {
            run.ctx.dateline = st.text;
            run.ctx.dateline_len = st.len;
            ktok_story(&st, NULL, &d, &mem, on_sent, &run);
        }
        kreader_close(r);
    }
    double sec = (kcmd_now() - t0);
    if (run.out == GOUT_COUNT)
        printf("sentences %lld sentence %lld dateline %lld actor_country %lld none %lld load_ms %.1f "
               "seconds %.3f sentences_per_s %.0f\n",
               run.sents, run.byrule[KGEO_SENTENCE], run.byrule[KGEO_DATELINE], run.byrule[KGEO_ACTOR],
               run.byrule[KGEO_NONE], load * 1e3, sec, sec > 0 ? (double)run.sents / sec : 0.0);
    karena_free(&mem);
    kstory_paths_free(paths, np);
    kgeo_free(g);
    free(actors);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "khaldun: geo: write error on standard output\n");
        return 2;
    }
    return d.nerror ? 1 : 0;
}
