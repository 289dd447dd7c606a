/* scenario_limits.c — the load-time bound on what a scenario can make the engine write or show
 * (see scenario_limits.h). A decision's record line is bounded from the scenario's own strings:
 * ids of every choice shown, the longest text that can be chosen once ${...} are filled in, tags,
 * the state changes a choice can make, and the trainee's reason and own text at their caps. */
#include "scenario_limits.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record_read.h"
#include "text.h"

#define LINE_OVERHEAD 4096     /* keys, numbers, rating, timestamps, type and the like */
#define TRAINEE_TEXT_JSON (4000 * 6) /* a reason or own text: 4,000 bytes, each escaped at worst */
#define VOTES_JSON (MAX_ROLES * SCENARIO_MAX_CHOICES * 12)
#define FUNCTION_TEXT_JSON ((size_t)SCENARIO_MAX_TEXT_BYTES * 6)

size_t scenario_json_length(const char *s)
{
    size_t n = 2;
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\' || *p == '\b' || *p == '\f' || *p == '\n' || *p == '\r' ||
            *p == '\t')
            n += 2;
        else if (*p < 0x20)
            n += 6; /* \u00XX */
        else
            n += 1;
    }
    return n;
}

static void count_name(void *ud, const char *name, size_t len)
{
    (void)name;
    (void)len;
    (*(size_t *)ud)++;
}

typedef struct text_bound {
    size_t raw;  /* bytes once every ${...} is filled in with the longest value */
    size_t json; /* the same as a JSON string */
} text_bound;

static text_bound static_bound(const char *text)
{
    size_t names = 0;
    text_each_name(text, count_name, &names);
    text_bound b = {strlen(text) + names * SCENARIO_MAX_VALUE_TEXT,
                    scenario_json_length(text) + names * SCENARIO_MAX_VALUE_TEXT * 6};
    return b;
}

typedef struct limits {
    const cw_scenario *sc;
    cw_error *err;
    size_t *var_json; /* the longest JSON form of each state variable's values */
} limits;

/* The longest a role text can be as JSON, or (size_t)-1 after setting err. */
static size_t role_text_json(limits *lm, const role_text *t, int line, const char *owner)
{
    const char *texts[MAX_ROLES + 1];
    int n = 0;
    if (t->fallback)
        texts[n++] = t->fallback;
    for (int r = 0; r < MAX_ROLES; r++)
        if (role_text_own(t, r))
            texts[n++] = role_text_own(t, r);
    size_t most = t->function != LUA_NOREF ? FUNCTION_TEXT_JSON : 0;
    for (int i = 0; i < n; i++) {
        text_bound b = static_bound(texts[i]);
        if (b.raw > SCENARIO_MAX_TEXT_BYTES) {
            cw_error_set(lm->err, CW_ERR_INPUT, lm->sc->path, line,
                         "%s: its text could be %zu bytes once ${...} are filled in (cap %d)", owner,
                         b.raw, SCENARIO_MAX_TEXT_BYTES);
            return (size_t)-1;
        }
        if (b.json > most)
            most = b.json;
    }
    return most;
}

static size_t value_json(const value *v)
{
    return v->type == VALUE_STRING ? scenario_json_length(v->string) : 32;
}

static size_t tags_json(char **tags, int n)
{
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += scenario_json_length(tags[i]) + 1;
    return total;
}

/* The longest record line a decision at s can write, or (size_t)-1 after setting err. */
static size_t decision_bound(limits *lm, const scene *s)
{
    char owner[160];
    size_t total = LINE_OVERHEAD + scenario_json_length(s->id) + scenario_json_length(s->phase) +
                   TRAINEE_TEXT_JSON + VOTES_JSON;
    if (s->compose) {
        const compose_step *cs = s->compose;
        /* the own text is written twice: on its own and at the end of the draft */
        total += 2 * TRAINEE_TEXT_JSON + SCENARIO_MAX_RUBRIC_JSON + tags_json(cs->tags, cs->n_tags);
        for (int i = 0; i < cs->n_clauses; i++) {
            snprintf(owner, sizeof owner, "clause '%s' in scene '%s'", cs->clauses[i].id, s->id);
            role_text one = {.fallback = cs->clauses[i].text, .function = LUA_NOREF};
            size_t text = role_text_json(lm, &one, cs->clauses[i].line, owner);
            if (text == (size_t)-1)
                return text;
            total += 2 * scenario_json_length(cs->clauses[i].id) + text + 2;
        }
        return total;
    }
    size_t most = 0;
    for (int i = 0; i < s->n_choices; i++) {
        const choice *c = &s->choices[i];
        snprintf(owner, sizeof owner, "choice '%s' in scene '%s'", c->id, s->id);
        size_t text = role_text_json(lm, &c->text, c->line, owner);
        if (text == (size_t)-1)
            return text;
        total += 2 * (scenario_json_length(c->id) + 1); /* shown and recommended */
        size_t own = scenario_json_length(c->id) + text + tags_json(c->tags, c->n_tags);
        for (int k = 0; k < c->n_effects; k++)
            own += 32 + scenario_json_length(lm->sc->vars[c->effects[k].var].name) +
                   lm->var_json[c->effects[k].var] + value_json(&c->effects[k].value);
        if (own > most)
            most = own;
    }
    return total + most;
}

/* The longest a text can be once shown (its parts are already known to be within the cap). */
static size_t shown_bytes(const char *text)
{
    return text ? static_bound(text).raw : 0;
}

static size_t role_text_bytes(const role_text *t)
{
    size_t most = t->function != LUA_NOREF ? SCENARIO_MAX_TEXT_BYTES : shown_bytes(t->fallback);
    for (int r = 0; r < MAX_ROLES; r++)
        if (shown_bytes(role_text_own(t, r)) > most)
            most = shown_bytes(role_text_own(t, r));
    return most;
}

/* Every text of a scene that is shown but not recorded must still be within the text cap, and
 * the scene's text with the confidential items it reveals within the scene cap. */
static int scene_texts(limits *lm, const scene *s)
{
    char owner[160];
    snprintf(owner, sizeof owner, "scene '%s'", s->id);
    if (role_text_json(lm, &s->text, s->line, owner) == (size_t)-1 ||
        role_text_json(lm, &s->speaker, s->line, owner) == (size_t)-1)
        return -1;
    size_t shown = role_text_bytes(&s->text);
    for (int i = 0; i < s->n_reveal; i++) {
        const secret *sec = &lm->sc->secrets[s->reveal[i]];
        for (int k = 0; k < i; k++)
            if (s->reveal[k] == s->reveal[i]) {
                cw_error_set(lm->err, CW_ERR_INPUT, lm->sc->path, s->line,
                             "%s reveals confidential item '%s' twice", owner, sec->id);
                return -1;
            }
        size_t text = shown_bytes(sec->text), withheld = shown_bytes(sec->withheld);
        shown += 500 + (text > withheld ? text : withheld); /* with the notice put in front */
    }
    if (shown > SCENARIO_MAX_SCENE_BYTES) {
        cw_error_set(lm->err, CW_ERR_INPUT, lm->sc->path, s->line,
                     "%s: its text with the confidential items it reveals could be %zu bytes "
                     "(cap %d)", owner, shown, SCENARIO_MAX_SCENE_BYTES);
        return -1;
    }
    if (s->compose) {
        role_text prompt = {.fallback = s->compose->prompt, .function = LUA_NOREF};
        if (role_text_json(lm, &prompt, s->line, owner) == (size_t)-1)
            return -1;
    }
    return 0;
}

int scenario_check_limits(const cw_scenario *sc, cw_error *err)
{
    size_t var_json[1]; /* only to have a valid pointer when there are no variables */
    size_t *lengths = sc->n_vars ? calloc((size_t)sc->n_vars, sizeof *lengths) : var_json;
    if (!lengths) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    for (int v = 0; v < sc->n_vars; v++)
        lengths[v] = value_json(&sc->vars[v].initial);
    for (int i = 0; i < sc->n_scenes; i++)
        for (int k = 0; k < sc->scenes[i].n_choices; k++)
            for (int e = 0; e < sc->scenes[i].choices[k].n_effects; e++) {
                const effect *ef = &sc->scenes[i].choices[k].effects[e];
                if (value_json(&ef->value) > lengths[ef->var])
                    lengths[ef->var] = value_json(&ef->value);
            }
    limits lm = {sc, err, lengths};
    int rc = 0;
    for (int i = 0; i < sc->n_secrets && rc == 0; i++) {
        char owner[160];
        snprintf(owner, sizeof owner, "confidential item '%s'", sc->secrets[i].id);
        role_text text = {.fallback = sc->secrets[i].text, .function = LUA_NOREF};
        role_text withheld = {.fallback = sc->secrets[i].withheld, .function = LUA_NOREF};
        if (role_text_json(&lm, &text, sc->secrets[i].line, owner) == (size_t)-1 ||
            role_text_json(&lm, &withheld, sc->secrets[i].line, owner) == (size_t)-1)
            rc = -1;
    }
    for (int i = 0; i < sc->n_scenes && rc == 0; i++) {
        const scene *s = &sc->scenes[i];
        if (scene_texts(&lm, s) != 0) {
            rc = -1;
            break;
        }
        if (s->is_ending)
            continue;
        size_t bound = decision_bound(&lm, s);
        if (bound == (size_t)-1) {
            rc = -1;
        } else if (bound > (size_t)RECORD_MAX_LINE_BYTES) {
            cw_error_set(err, CW_ERR_INPUT, sc->path, s->line,
                         "scene '%s': a decision here could write a record line of up to %zu bytes, "
                         "over the %ld bytes a record line may hold; shorten its texts or give it "
                         "fewer choices or clauses", s->id, bound, (long)RECORD_MAX_LINE_BYTES);
            rc = -1;
        }
    }
    if (lengths != var_json)
        free(lengths);
    return rc;
}
