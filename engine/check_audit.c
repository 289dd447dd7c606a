/* check_audit.c — `casewalk check`'s guessability audit: can a test-wise trainee find the
 * recommended choice from its form alone?
 *
 * Each naive strategy plays the whole case for each role, in an unrecorded seeded session, and
 * counts the decisions on its own path where it picked a recommended choice, against what
 * picking at random would score there. Where a strategy's rule ties between choices, the tie
 * counts its share of recommended choices (what a trainee picking among them would score) and
 * the path goes on with the tied choice written first. At a drafting step every strategy
 * submits the draft the rubric scores best (built greedily, clause by clause), so that the ending
 * a strategy reaches shows what its choices alone lead to; drafting steps are not counted.
 * Then the phrases only recommended choices use are listed (audit_phrases below). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit_words.h"
#include "check_memo.h"
#include "session_internal.h"
#include "text.h"

#define AUDIT_SEED 1
#define MAX_STEPS 500 /* a path longer than this is taken for a loop */
#define MAX_DRAFT 16  /* clauses in the audit's own drafts */

typedef enum strategy {
    S_LONGEST,
    S_SHORTEST,
    S_FIRST,
    S_LAST,
    S_SCENE_WORDS,
    S_NO_ABSOLUTES,
    S_WORD_MODEL
} strategy;

static const char *const strategy_ids[CW_AUDIT_STRATEGIES] = {
    "longest", "shortest", "first", "last", "scene_words", "no_absolutes", "word_model"};
static const char *const strategy_labels[CW_AUDIT_STRATEGIES] = {
    "always the longest choice",
    "always the shortest choice",
    "always the first written",
    "always the last written",
    "most words shared with the scene",
    "avoid absolute words",
    "word model of the other scenarios"};

/* What the word model learned from the other scenarios: per word, in how many recommended and
 * other choices it appears. */
typedef struct word_model {
    word_table words;
    int docs[2]; /* recommended, other */
} word_model;

/* ---- words of one text ------------------------------------------------------------------------- */

typedef struct word_set {
    char (*words)[WORD_MAX + 1];
    int n, cap;
    int absolute; /* holds an absolute word */
    int keep_stop; /* keep stop words (phrases), else drop them */
} word_set;

static void add_word(void *ud, const char *word)
{
    word_set *ws = ud;
    ws->absolute |= word_is_absolute(word);
    if (!ws->keep_stop && word_is_stop(word))
        return;
    if (!ws->keep_stop)
        for (int i = 0; i < ws->n; i++)
            if (strcmp(ws->words[i], word) == 0)
                return; /* distinct words only */
    if (ws->n == ws->cap) {
        int cap = ws->cap ? ws->cap * 2 : 32;
        void *grown = realloc(ws->words, (size_t)cap * sizeof *ws->words);
        if (!grown)
            return;
        ws->words = grown;
        ws->cap = cap;
    }
    memcpy(ws->words[ws->n++], word, WORD_MAX + 1);
}

static word_set words_of(const char *text, int keep_stop)
{
    word_set ws = {NULL, 0, 0, 0, keep_stop};
    words_each(text, add_word, &ws);
    return ws;
}

static int shares_word(const word_set *ws, const char *word)
{
    for (int i = 0; i < ws->n; i++)
        if (strcmp(ws->words[i], word) == 0)
            return 1;
    return 0;
}

static size_t characters(const char *text)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        n += (*p & 0xC0) != 0x80;
    return n;
}

/* ---- the word model --------------------------------------------------------------------------- */

/* Every text a choice may show, whatever the role: the plain text and each role's. */
static void each_choice_text(const choice *c, void (*fn)(void *ud, const char *text, const choice *c), void *ud)
{
    if (c->text.fallback)
        fn(ud, c->text.fallback, c);
    for (int r = 0; r < MAX_ROLES; r++)
        if (role_text_own(&c->text, r))
            fn(ud, role_text_own(&c->text, r), c);
}

typedef struct learner {
    word_model *model;
    int doc;
} learner;

static void learn_text(void *ud, const char *text, const choice *c)
{
    learner *l = ud;
    int label = c->rating == CW_RATING_RECOMMENDED ? 0 : 1;
    word_set ws = words_of(text, 0);
    l->doc++;
    l->model->docs[label]++;
    for (int i = 0; i < ws.n; i++) {
        word_entry *e = word_table_get(&l->model->words, ws.words[i]);
        if (e && e->stamp != l->doc) {
            e->count[label]++;
            e->stamp = l->doc;
        }
    }
    free(ws.words);
}

/* Learns from the installed scenarios other than the one with skip_id; returns how many. */
static int learn_library(word_model *m, const char *skip_id)
{
    cw_catalog cat;
    cw_catalog_load(&cat);
    learner l = {m, 0};
    int used = 0;
    for (int i = 0; i < cat.count; i++) {
        const cw_scenario *sc = cat.entries[i].scenario;
        if (!sc || strcmp(sc->info.id, skip_id) == 0)
            continue;
        used++;
        for (int s = 0; s < sc->n_scenes; s++)
            for (int k = 0; k < sc->scenes[s].n_choices; k++)
                if (sc->scenes[s].choices[k].rating != CW_RATING_NONE)
                    each_choice_text(&sc->scenes[s].choices[k], learn_text, &l);
    }
    cw_catalog_free(&cat);
    return used;
}

/* The sum over the text's distinct known words of their log-odds of appearing in a recommended
 * choice rather than another (add-one smoothing); words the model never met add nothing. */
static double model_score(const word_model *m, const char *text)
{
    word_set ws = words_of(text, 0);
    double score = 0;
    for (int i = 0; i < ws.n; i++) {
        const word_entry *e = word_table_find(&m->words, ws.words[i]);
        if (e)
            score += log((e->count[0] + 1.0) / (m->docs[0] + 2.0)) - log((e->count[1] + 1.0) / (m->docs[1] + 2.0));
    }
    free(ws.words);
    return score;
}

/* ---- playing a strategy -------------------------------------------------------------------------- */

/* The strategy's score for the option shown at i: it picks the highest. */
static double option_score(strategy st, const cw_session *s, int i, const word_set *scene_words, const word_model *m)
{
    const char *text = s->view.options[i].text;
    int authored = s->view.choice_index[i];
    switch (st) {
    case S_LONGEST:
        return (double)characters(text);
    case S_SHORTEST:
        return -(double)characters(text);
    case S_FIRST:
        return -authored;
    case S_LAST:
        return authored;
    case S_SCENE_WORDS: {
        word_set ws = words_of(text, 0);
        int shared = 0;
        for (int k = 0; k < ws.n; k++)
            shared += shares_word(scene_words, ws.words[k]);
        free(ws.words);
        return shared;
    }
    case S_NO_ABSOLUTES: {
        word_set ws = words_of(text, 0);
        free(ws.words);
        return ws.absolute ? 0 : 1;
    }
    default:
        return model_score(m, text);
    }
}

/* Picks at a choice step: returns the position to choose (the tied option written first) and
 * adds the decision's hit share and chance to play. */
static int pick(strategy st, const cw_session *s, const word_model *m, cw_audit_play *play)
{
    const scene *sn = &s->sc->scenes[s->view.scene];
    int n = s->view.n_options, recommended = 0;
    double *score = malloc((size_t)n * sizeof *score);
    word_set scene_words = st == S_SCENE_WORDS ? words_of(s->view.text, 0) : (word_set){0};
    if (!score) {
        free(scene_words.words);
        return 0;
    }
    double best = -1e300;
    for (int i = 0; i < n; i++) {
        score[i] = option_score(st, s, i, &scene_words, m);
        if (score[i] > best)
            best = score[i];
        recommended += sn->choices[s->view.choice_index[i]].rating == CW_RATING_RECOMMENDED;
    }
    int tied = 0, tied_recommended = 0, chosen = -1;
    for (int i = 0; i < n; i++) {
        if (fabs(score[i] - best) > 1e-9)
            continue;
        tied++;
        tied_recommended += sn->choices[s->view.choice_index[i]].rating == CW_RATING_RECOMMENDED;
        if (chosen < 0 || s->view.choice_index[i] < s->view.choice_index[chosen])
            chosen = i;
    }
    play->decisions++;
    play->hits += (double)tied_recommended / tied;
    play->chance += (double)recommended / n;
    free(score);
    free(scene_words.words);
    return chosen;
}

/* The rubric's scores already computed for one role (check_memo.c): the strategies often stand
 * at the same drafting step in states that agree on what the rubric reads. */
typedef struct draft_memo {
    check_memo *memo; /* NULL: every draft is scored afresh */
    unsigned char *reads;
    int texts_id; /* the memo's name for the clause texts of the step under way, or -1 */
} draft_memo;

/* The rubric's score for the clauses at positions, or -1e300 when the rubric fails. */
static double draft_score(const cw_session *s, const int *positions, int n, const draft_memo *dm)
{
    int memo = dm->memo && dm->texts_id >= 0;
    cw_rng after;
    const rubric_result *kept =
        memo ? check_memo_find(dm->memo, s->view.scene, dm->texts_id, positions, n, s->state, &s->rng, &after) : NULL;
    if (kept)
        return kept->score;
    const char *ids[MAX_DRAFT];
    strbuf text = {0};
    for (int i = 0; i < n; i++) {
        ids[i] = s->view.options[positions[i]].id;
        if (i)
            strbuf_adds(&text, " ");
        strbuf_adds(&text, s->view.options[positions[i]].text);
    }
    char *draft = strbuf_take(&text);
    cw_rng rng = s->rng; /* a trial draft must not move the session's generator */
    call_context cx = {s->sc, s->state, s->role, &rng};
    rubric_result r = {0};
    cw_error err = {CW_OK, ""};
    if (memo)
        memset(dm->reads, 0, (size_t)s->sc->n_vars);
    int rc = draft ? call_rubric_tracked(&cx, &s->sc->scenes[s->view.scene], ids, n, "", draft,
                                         memo ? dm->reads : NULL, &r, &err)
                   : -1;
    if (rc == 0 && memo)
        check_memo_keep(dm->memo, s->view.scene, dm->texts_id, positions, n, s->state, dm->reads, &s->rng, &rng, &r);
    double score = rc == 0 ? r.score : -1e300;
    rubric_result_free(&r);
    free(draft);
    return score;
}

/* Adds, one at a time, the clause that raises the rubric's score most, while one does (and until
 * the step's minimum is met), up to the step's maximum. Returns the number of clauses. */
static int best_draft(const cw_session *s, int *positions, draft_memo *dm)
{
    const compose_step *cs = s->sc->scenes[s->view.scene].compose;
    const char *texts[64];
    dm->texts_id = -1;
    if (dm->memo && s->view.n_options <= (int)(sizeof texts / sizeof *texts)) {
        for (int i = 0; i < s->view.n_options; i++)
            texts[i] = s->view.options[i].text;
        dm->texts_id = check_memo_texts(dm->memo, s->view.scene, texts, s->view.n_options);
    }
    int n = 0, limit = cs->max < MAX_DRAFT ? cs->max : MAX_DRAFT;
    double current = -1e300;
    while (n < limit) {
        int pick = -1;
        double pick_score = -1e300;
        for (int c = 0; c < cs->n_clauses; c++) {
            int used = 0;
            for (int k = 0; k < n; k++)
                used |= positions[k] == c;
            if (used)
                continue;
            positions[n] = c;
            double score = draft_score(s, positions, n + 1, dm);
            if (pick < 0 || score > pick_score)
                pick = c, pick_score = score;
        }
        if (pick < 0 || (n >= cs->min && pick_score <= current))
            break;
        positions[n++] = pick;
        current = pick_score;
    }
    return n;
}

static void play_strategy(cw_scenario *sc, int role, strategy st, const word_model *m, draft_memo *dm,
                          cw_audit_play *play)
{
    cw_error err = {CW_OK, ""};
    cw_session *s = session_create(sc, role, "audit", CW_MODE_PRACTICE, AUDIT_SEED, 0, &err);
    int steps = 0;
    if (s && session_enter_start(s, &err) == 0) {
        for (; !s->finished && steps < MAX_STEPS; steps++) {
            int rc;
            if (s->step.kind == CW_STEP_COMPOSE) {
                int positions[MAX_DRAFT], n = best_draft(s, positions, dm);
                rc = cw_session_compose(s, positions, n, NULL, NULL, &err);
            } else {
                rc = cw_session_choose(s, pick(st, s, m, play), NULL, &err);
            }
            if (rc != 0)
                break;
        }
    }
    play->played = 1;
    if (s && s->finished) {
        const scene *end = &sc->scenes[s->view.scene];
        snprintf(play->ending, sizeof play->ending, "%s", end->id);
        snprintf(play->classification, sizeof play->classification, "%s", end->classification);
    } else if (err.kind != CW_OK) {
        snprintf(play->note, sizeof play->note, "stopped: %.280s", err.message);
    } else {
        snprintf(play->note, sizeof play->note, "no ending after %d steps (a loop?)", steps);
    }
    cw_session_free(s);
}

/* ---- phrases only recommended choices use --------------------------------------------------- */

typedef struct phrase_counter {
    word_table *table;
    int doc, label;
} phrase_counter;

static void count_phrases(void *ud, const char *text, const choice *c)
{
    phrase_counter *pc = ud;
    (void)c;
    word_set ws = words_of(text, 1);
    for (int i = 0; i < ws.n; i++)
        for (int len = 1; len <= 3 && i + len <= ws.n; len++) {
            char phrase[3 * (WORD_MAX + 1)] = "";
            int content = 0;
            for (int k = i; k < i + len; k++) {
                if (k > i)
                    strcat(phrase, " ");
                strcat(phrase, ws.words[k]);
                content |= !word_is_stop(ws.words[k]);
            }
            /* a phrase holds a content word and does not end on a stop word ("her choice") */
            if (!content || (len > 1 && word_is_stop(ws.words[i + len - 1])))
                continue;
            word_entry *e = word_table_get(pc->table, phrase);
            if (e && e->stamp != pc->doc) {
                e->count[pc->label]++;
                e->stamp = pc->doc;
            }
        }
    free(ws.words);
}

static int contains_phrase(const char *longer, const char *shorter)
{
    size_t n = strlen(shorter);
    for (const char *p = strstr(longer, shorter); p; p = strstr(p + 1, shorter))
        if ((p == longer || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return 1;
    return 0;
}

static int by_count(const void *a, const void *b)
{
    const cw_audit_phrase *x = a, *y = b;
    return x->choices != y->choices ? y->choices - x->choices : strcmp(x->text, y->text);
}

/* Phrases of one to three words found in at least CW_AUDIT_MIN_PHRASE recommended choices and in
 * no other choice; a phrase that holds a shorter one already listed is left out. */
static void audit_phrases(const cw_scenario *sc, cw_audit *a)
{
    word_table table = {0};
    phrase_counter pc = {&table, 0, 0};
    for (int s = 0; s < sc->n_scenes; s++)
        for (int k = 0; k < sc->scenes[s].n_choices; k++) {
            const choice *c = &sc->scenes[s].choices[k];
            pc.doc++; /* one choice counts once, whatever texts it has */
            pc.label = c->rating == CW_RATING_RECOMMENDED ? 0 : 1;
            each_choice_text(c, count_phrases, &pc);
        }
    int cap = 0;
    for (size_t i = 0; i < table.cap; i++) {
        const word_entry *e = &table.slots[i];
        if (!e->key || e->count[0] < CW_AUDIT_MIN_PHRASE || e->count[1] > 0 || strlen(e->key) >= 160)
            continue;
        if (a->n_phrases == cap) {
            cap = cap ? cap * 2 : 16;
            cw_audit_phrase *grown = realloc(a->phrases, (size_t)cap * sizeof *grown);
            if (!grown)
                break;
            a->phrases = grown;
        }
        snprintf(a->phrases[a->n_phrases].text, sizeof a->phrases[0].text, "%s", e->key);
        a->phrases[a->n_phrases++].choices = e->count[0];
    }
    int kept = 0;
    for (int i = 0; i < a->n_phrases; i++) {
        int redundant = 0;
        for (int k = 0; k < a->n_phrases && !redundant; k++)
            redundant = k != i && strlen(a->phrases[k].text) < strlen(a->phrases[i].text) &&
                        contains_phrase(a->phrases[i].text, a->phrases[k].text);
        if (!redundant)
            a->phrases[kept++] = a->phrases[i];
    }
    a->n_phrases = kept;
    if (kept > 1)
        qsort(a->phrases, (size_t)kept, sizeof *a->phrases, by_count);
    word_table_free(&table);
}

/* ---- the audit -------------------------------------------------------------------------------- */

cw_audit *cw_scenario_audit(const char *path, cw_error *err)
{
    cw_scenario *sc = cw_scenario_load(path, err);
    if (!sc)
        return NULL;
    cw_audit *a = calloc(1, sizeof *a);
    word_model model = {{0}, {0, 0}};
    if (!a) {
        cw_scenario_free(sc);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    snprintf(a->path, sizeof a->path, "%s", path);
    a->library = learn_library(&model, sc->info.id);
    for (int r = 0; r < sc->n_roles && r < 16; r++) {
        cw_audit_role *ar = &a->roles[a->n_roles++];
        snprintf(ar->role, sizeof ar->role, "%s", sc->roles[r].id);
        draft_memo dm = {check_memo_new(sc), calloc((size_t)sc->n_vars + 1, 1), -1};
        if (!dm.memo || !dm.reads) {
            check_memo_free(dm.memo);
            free(dm.reads);
            dm.memo = NULL, dm.reads = NULL;
        }
        for (int k = 0; k < CW_AUDIT_STRATEGIES; k++) {
            cw_audit_play *p = &ar->plays[k];
            p->strategy = strategy_ids[k];
            p->label = strategy_labels[k];
            if (k == S_WORD_MODEL && (model.docs[0] == 0 || model.docs[1] == 0)) {
                snprintf(p->note, sizeof p->note, "not played: no other installed scenarios to learn from");
                continue;
            }
            play_strategy(sc, r, (strategy)k, &model, &dm, p);
            /* on fewer decisions, a hit rate or an ending says nothing a random pick would not */
            int enough = p->decisions >= CW_AUDIT_MIN_DECISIONS;
            p->beats_chance = enough && (p->hits - p->chance) / p->decisions > CW_AUDIT_MARGIN + 1e-9;
            p->positive = enough && strcmp(p->classification, "positive") == 0;
            a->warnings += p->beats_chance + p->positive;
        }
        check_memo_free(dm.memo);
        free(dm.reads);
    }
    audit_phrases(sc, a);
    a->warnings += a->n_phrases > 0;
    word_table_free(&model.words);
    cw_scenario_free(sc);
    return a;
}

void cw_audit_free(cw_audit *a)
{
    if (!a)
        return;
    free(a->phrases);
    free(a);
}

int cw_audit_report(const cw_audit *a, cw_finding_fn report, void *ud)
{
    int n = 0;
    char m[1600];
    for (int r = 0; r < a->n_roles; r++)
        for (int k = 0; k < CW_AUDIT_STRATEGIES; k++) {
            const cw_audit_play *p = &a->roles[r].plays[k];
            if (p->beats_chance) {
                snprintf(m, sizeof m,
                         "%s: audit: role '%s': %s picks a recommended choice at %.0f%% of its %d decisions, "
                         "against %.0f%% by chance",
                         a->path, a->roles[r].role, p->label, 100 * p->hits / p->decisions, p->decisions,
                         100 * p->chance / p->decisions);
                report(ud, m), n++;
            }
            if (p->positive) {
                snprintf(m, sizeof m, "%s: audit: role '%s': %s reaches the positive ending '%s'", a->path,
                         a->roles[r].role, p->label, p->ending);
                report(ud, m), n++;
            }
        }
    if (a->n_phrases > 0) {
        int len = snprintf(m, sizeof m,
                           "%s: audit: %d word%s or phrase%s appear only in recommended choices (in at least %d "
                           "each):",
                           a->path, a->n_phrases, a->n_phrases == 1 ? "" : "s", a->n_phrases == 1 ? "" : "s",
                           CW_AUDIT_MIN_PHRASE);
        for (int i = 0; i < a->n_phrases && len < (int)sizeof m - 200; i++)
            len += snprintf(m + len, sizeof m - (size_t)len, "%s \"%s\" (%d)", i ? "," : "", a->phrases[i].text,
                            a->phrases[i].choices);
        if (len >= (int)sizeof m - 200)
            snprintf(m + len, sizeof m - (size_t)len, ", ...");
        report(ud, m), n++;
    }
    return n;
}
