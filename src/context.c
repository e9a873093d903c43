/* context.c: the story memory (see context.h). */
#include "context.h"

#include <stdlib.h>
#include <string.h>

static const char *dup(kctx *x, const char *s)
{
    return karena_strdup(&x->mem, s ? s : "");
}

void kctx_init(kctx *x)
{
    memset(x, 0, sizeof *x);
    karena_init(&x->mem);
}

void kctx_free(kctx *x)
{
    if (!x)
        return;
    karena_free(&x->mem);
    free(x->m);
    free(x->e);
    memset(x, 0, sizeof *x);
}

void kctx_reset(kctx *x)
{
    karena_reset(&x->mem);
    x->nm = x->ne = 0;
    x->sent = 0;
    x->spk_code = x->spk_text = NULL;
    x->spk_sent = 0;
    x->ngroup = 0;
}

void kctx_set_speaker(kctx *x, const char *code, const char *text)
{
    x->spk_code = dup(x, code);
    x->spk_text = dup(x, text);
    x->spk_sent = x->sent;
}

void kctx_next_sentence(kctx *x)
{
    x->sent++;
}

int kctx_new_group(kctx *x)
{
    return ++x->ngroup;
}

void kctx_add_mention(kctx *x, const char *code, const char *text, int pos, int group, unsigned flags)
{
    XGROW(x->m, x->cm, x->nm + 1);
    kctx_mention *m = &x->m[x->nm++];
    m->code = dup(x, code);
    m->text = dup(x, text);
    size_t n = strlen(m->code);
    m->agent = n > 3 ? m->code + 3 : "";
    m->sent = x->sent;
    m->pos = pos;
    m->group = group;
    m->flags = flags;
}

void kctx_add_event(kctx *x, const char *src, const char *tgt, const char *code, const char *stext,
                    const char *ttext, const char *const *nouns, int n)
{
    XGROW(x->e, x->ce, x->ne + 1);
    kctx_event *e = &x->e[x->ne++];
    memset(e, 0, sizeof *e);
    e->src = dup(x, src);
    e->tgt = dup(x, tgt);
    e->code = dup(x, code);
    e->stext = dup(x, stext);
    e->ttext = dup(x, ttext);
    e->sent = x->sent;
    for (int i = 0; i < n && e->nnouns < 6; i++)
        if (nouns[i] && nouns[i][0])
            e->nouns[e->nnouns++] = dup(x, nouns[i]);
}

/* kinds of event nouns: words of one kind name the same event */
static const char *const kinds[][8] = {
    {"AGREEMENT", "DEAL", "ACCORD", "PACT", "TREATY", "MEMORANDUM", "ARRANGEMENT", NULL},
    {"VISIT", "TRIP", "TOUR", NULL},
    {"ATTACK", "ASSAULT", "RAID", "STRIKE", "OFFENSIVE", "BOMBING", "AIRSTRIKE", NULL},
    {"MEETING", "TALKS", "TALK", "SUMMIT", "CONFERENCE", "NEGOTIATIONS", "MEET", NULL},
    {"CEASEFIRE", "CEASE-FIRE", "TRUCE", "ARMISTICE", NULL},
    {"SANCTIONS", "SANCTION", "EMBARGO", NULL},
    {"SIGN", NULL},
};

static int kind_of(const char *w)
{
    if (!w)
        return -1;
    char b[64];
    size_t n = strlen(w);
    if (n == 0 || n >= sizeof b)
        return -1;
    memcpy(b, w, n + 1);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            for (int j = 0; kinds[k][j]; j++)
                if (!strcmp(kinds[k][j], b))
                    return (int)k;
        if (n > 1 && b[n - 1] == 'S')      /* plural */
            b[--n] = 0;
        else
            break;
    }
    return -1;
}

int kctx_event_noun(const char *w)
{
    int k = kind_of(w);
    return k >= 0 && strcmp(kinds[k][0], "SIGN") != 0;
}

int kctx_event_named(const kctx_event *e, const char *w)
{
    int k = kind_of(w);
    if (k < 0)
        return 0;
    for (int i = 0; i < e->nnouns; i++) {
        int j = kind_of(e->nouns[i]);
        if (j == k)
            return 1;
        /* a signing names an agreement */
        if (j >= 0 && !strcmp(kinds[j][0], "SIGN") && !strcmp(kinds[k][0], "AGREEMENT"))
            return 1;
    }
    return 0;
}
