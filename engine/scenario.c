/* scenario.c — a scenario's life: load (sandbox, model, validation), look-ups, and free. */
#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_load.h"
#include "sha256.h"

/* ---- values ---------------------------------------------------------------------------------- */

int value_copy(value *dst, const value *src)
{
    *dst = *src;
    if (src->type == VALUE_STRING) {
        dst->string = strdup(src->string);
        if (!dst->string)
            return -1;
    }
    return 0;
}

void value_free(value *v)
{
    if (v->type == VALUE_STRING)
        free(v->string);
    v->string = NULL;
}

int value_equal(const value *a, const value *b)
{
    if (a->type != b->type)
        return 0;
    switch (a->type) {
    case VALUE_BOOL:
        return !a->boolean == !b->boolean;
    case VALUE_NUMBER:
        return a->number == b->number;
    default:
        return strcmp(a->string, b->string) == 0;
    }
}

/* A whole number in decimal, as "%lld" would write it: texts fill in ${...} at every step, and
 * snprintf was a tenth of a decision. */
static void format_whole(long long n, char *out, size_t size)
{
    char digits[24];
    size_t len = 0;
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    do
        digits[len++] = (char)('0' + u % 10);
    while ((u /= 10) > 0);
    if (n < 0)
        digits[len++] = '-';
    size_t k = 0;
    while (len > 0 && k + 1 < size)
        out[k++] = digits[--len];
    if (size > 0)
        out[k] = '\0';
}

void value_format(const value *v, char *out, size_t size)
{
    switch (v->type) {
    case VALUE_BOOL:
        snprintf(out, size, "%s", v->boolean ? "true" : "false");
        break;
    case VALUE_NUMBER:
        if (v->number > -1e15 && v->number < 1e15 && v->number == (double)(long long)v->number)
            format_whole((long long)v->number, out, size);
        else
            snprintf(out, size, "%.6g", v->number);
        break;
    default:
        snprintf(out, size, "%s", v->string);
        if (size > 0 && strlen(v->string) >= size) { /* cut: never in the middle of a character */
            size_t n = size - 1;
            while (n > 0 && ((unsigned char)v->string[n] & 0xC0) == 0x80)
                n--;
            out[n] = '\0';
        }
    }
}

/* ---- look-ups ---------------------------------------------------------------------------------- */

int scenario_scene_index(const cw_scenario *sc, const char *id)
{
    if (sc->scene_ids.slots)
        return id_index_find(&sc->scene_ids, id);
    for (int i = 0; i < sc->n_scenes; i++)
        if (sc->scenes[i].id && strcmp(sc->scenes[i].id, id) == 0)
            return i;
    return -1;
}

int scenario_var_index(const cw_scenario *sc, const char *name)
{
    if (sc->var_ids.slots)
        return id_index_find(&sc->var_ids, name);
    for (int i = 0; i < sc->n_vars; i++)
        if (sc->vars[i].name && strcmp(sc->vars[i].name, name) == 0)
            return i;
    return -1;
}

int scenario_role_index(const cw_scenario *sc, const char *id)
{
    for (int i = 0; i < sc->n_roles; i++)
        if (sc->roles[i].id && strcmp(sc->roles[i].id, id) == 0)
            return i;
    return -1;
}

const cw_scenario_info *cw_scenario_info_get(const cw_scenario *scenario)
{
    return &scenario->info;
}

const cw_role *cw_scenario_role(const cw_scenario *scenario, const char *role_id)
{
    int r = role_id ? scenario_role_index(scenario, role_id) : -1;
    return r < 0 ? NULL : &scenario->roles[r];
}

/* ---- free ------------------------------------------------------------------------------------- */

static void free_list(char **list)
{
    for (char **p = list; p && *p; p++)
        free(*p);
    free(list);
}

/* A string with a plan lives in the plan's block (scenario_load.c, plan_role_text); a scene's
 * choices, effects, routes and plans may live in the scenario's packed block (scenario_pack.c). */
static void free_role_text(const cw_scenario *sc, role_text *t)
{
    for (int r = 0; t->by_role && r < MAX_ROLES; r++)
        if (t->role_plans && t->role_plans[r])
            free(t->role_plans[r]);
        else
            free(t->by_role[r]);
    free(t->by_role);
    free(t->role_plans);
    if (t->plan)
        scenario_unpacked_free(sc, t->plan);
    else
        free(t->fallback);
}

static void free_routes(const cw_scenario *sc, routes *rs)
{
    for (int i = 0; i < rs->count; i++)
        free(rs->items[i].target);
    scenario_unpacked_free(sc, rs->items);
}

static void free_scene(const cw_scenario *sc, scene *s)
{
    free(s->id);
    free(s->phase);
    free_role_text(sc, &s->speaker);
    free_role_text(sc, &s->text);
    free(s->discussion);
    free(s->reason);
    free(s->reveal);
    for (int i = 0; i < s->n_choices; i++) {
        choice *c = &s->choices[i];
        free(c->id);
        free_role_text(sc, &c->text);
        for (int k = 0; k < c->n_effects; k++)
            value_free(&c->effects[k].value);
        scenario_unpacked_free(sc, c->effects);
        free_routes(sc, &c->go);
        free(c->feedback);
        free(c->rationale);
        free(c->act);
        free_list(c->tags);
    }
    scenario_unpacked_free(sc, s->choices);
    if (s->compose) {
        compose_step *cs = s->compose;
        free(cs->prompt);
        for (int i = 0; i < cs->n_clauses; i++) {
            free(cs->clauses[i].id);
            free(cs->clauses[i].text);
        }
        free(cs->clauses);
        free(cs->rationale);
        free_list(cs->tags);
        free(cs);
    }
    free_routes(sc, &s->go);
    free(s->ending_title);
    free(s->title);
    free(s->classification);
}

void cw_scenario_free(cw_scenario *sc)
{
    if (!sc)
        return;
    if (sc->sb)
        sandbox_free(sc->sb); /* registry references go with the state */
    scenario_map_free(sc->map);
    for (int i = 0; sc->view_state && i < sc->n_vars; i++)
        value_free(&sc->view_state[i]);
    free(sc->view_state);
    id_index_free(&sc->scene_ids);
    id_index_free(&sc->var_ids);
    for (int i = 0; i < sc->n_scenes; i++)
        free_scene(sc, &sc->scenes[i]);
    free(sc->scenes);
    free(sc->pack);
    free(sc->pack_at);
    free(sc->conditions);
    free(sc->conditions_at);
    for (int i = 0; i < sc->n_secrets; i++) {
        free(sc->secrets[i].id);
        free(sc->secrets[i].text);
        free(sc->secrets[i].withheld);
    }
    free(sc->secrets);
    for (int i = 0; i < sc->n_vars; i++) {
        free(sc->vars[i].name);
        value_free(&sc->vars[i].initial);
    }
    free(sc->vars);
    for (int i = 0; i < sc->n_roles; i++) {
        free((char *)sc->roles[i].id);
        free((char *)sc->roles[i].name);
        free((char *)sc->roles[i].brief);
    }
    free_list(sc->content_notes);
    free_list(sc->objectives);
    for (size_t i = 0; i < sizeof sc->strings / sizeof sc->strings[0]; i++)
        free(sc->strings[i]);
    free(sc->path);
    free(sc);
}

/* ---- load ------------------------------------------------------------------------------------- */

/* The hex SHA-256 of the file's bytes, so a record names exactly the source it was made with. */
static char *file_digest(const char *path, cw_error *err)
{
    FILE *file = fopen(path, "rb");
    if (!file) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot open scenario: %s", strerror(errno));
        return NULL;
    }
    sha256_ctx ctx;
    sha256_init(&ctx);
    unsigned char buffer[65536];
    size_t got, total = 0, most = (size_t)cw_limits_get().file_mib << 20; /* past it, loading refuses */
    while ((got = fread(buffer, 1, sizeof buffer, file)) > 0 && total <= most) {
        sha256_update(&ctx, buffer, got);
        total += got;
    }
    fclose(file);
    unsigned char digest[32];
    sha256_final(&ctx, digest);
    char *hex = malloc(65);
    if (!hex) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    for (int i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", digest[i]);
    return hex;
}

static void first_finding(void *ud, const char *message)
{
    cw_error *err = ud;
    if (err && err->kind == CW_OK)
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "%s", message);
}

cw_scenario *scenario_load_unchecked(const char *path, cw_error *err)
{
    cw_scenario *sc = calloc(1, sizeof *sc);
    if (!sc || !(sc->path = strdup(path))) {
        free(sc);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    sc->info.path = sc->path;
    sc->state_metatable = LUA_NOREF;
    sc->view_proxy = sc->view_values = LUA_NOREF;
    sc->strings[6] = file_digest(path, err);
    sc->info.sha256 = sc->strings[6];
    if (!sc->strings[6] || !(sc->sb = sandbox_new(NULL, err)) || scenario_load_model(sc, err) != 0) {
        cw_scenario_free(sc);
        return NULL;
    }
    return sc;
}

cw_scenario *cw_scenario_load(const char *path, cw_error *err)
{
    cw_error local = {CW_OK, ""};
    if (!err)
        err = &local;
    err->kind = CW_OK;
    cw_scenario *sc = scenario_load_unchecked(path, err);
    if (!sc)
        return NULL;
    if (scenario_validate(sc, first_finding, err) > 0) {
        cw_scenario_free(sc);
        return NULL;
    }
    if (scenario_map_build(sc) != 0) {
        cw_scenario_free(sc);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    return sc;
}
