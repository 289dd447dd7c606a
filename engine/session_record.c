/* session_record.c — the lines a session writes, as documented in docs/record-format.md. Every
 * line goes through record_append, the one way to write a record. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ids.h"
#include "session_internal.h"

/* A line's tree, from the writer's nodes (record_nodes.h); a node that cannot be had marks the
 * builder failed, and one check at the end catches every miss.
 *
 * The nodes borrow their keys and strings instead of copying them: every key is a literal or a
 * name from the scenario, every string outlives the call that writes its line, and the line is
 * printed and let go inside that call. */
typedef struct builder {
    cJSON *obj;
    int failed;
    record_nodes *nodes;
} builder;

/* A builder for a new line, or for a container inside one (sharing its nodes). */
static builder start_line(cw_session *s)
{
    builder b = {record_node(&s->writer.nodes, cJSON_Object), 0, &s->writer.nodes};
    b.failed = b.obj == NULL;
    return b;
}

static builder inside(builder *b, cJSON *container)
{
    builder in = {container, container == NULL, b->nodes};
    return in;
}

static int add_item(builder *b, const char *key, cJSON *item)
{
    if (b->obj && record_node_add(b->obj, key, item) == 0)
        return 1;
    b->failed = 1;
    return 0;
}

static void add_string(builder *b, const char *key, const char *v)
{
    add_item(b, key, record_node_string(b->nodes, v ? v : ""));
}

static void add_number(builder *b, const char *key, double v)
{
    add_item(b, key, record_node_number(b->nodes, v));
}

static void add_bool(builder *b, const char *key, int v)
{
    add_item(b, key, record_node(b->nodes, v ? cJSON_True : cJSON_False));
}

static cJSON *add_container(builder *b, const char *key, int type)
{
    cJSON *container = record_node(b->nodes, type);
    return add_item(b, key, container) ? container : NULL;
}

static void add_string_array(builder *b, const char *key, const char *const *items, int n)
{
    builder array = inside(b, add_container(b, key, cJSON_Array));
    for (int i = 0; array.obj && i < n; i++)
        add_string(&array, NULL, items[i]);
    b->failed |= array.failed;
}

static cJSON *value_json(builder *b, const value *v)
{
    switch (v->type) {
    case VALUE_BOOL:
        return record_node(b->nodes, v->boolean ? cJSON_True : cJSON_False);
    case VALUE_NUMBER:
        return record_node_number(b->nodes, v->number);
    default:
        return record_node_string(b->nodes, v->string);
    }
}

/* Schema 2: every line names its session first, so a store can key lines without file names
 * (the header already has it among its own fields). */
static void name_session(cw_session *s, builder *b)
{
    if (b->failed || cJSON_GetObjectItemCaseSensitive(b->obj, "session"))
        return;
    if (record_node_add_first(b->obj, "session", record_node_string(b->nodes, s->id)) != 0)
        b->failed = 1;
}

/* Writes the line, with any held before it, under one fdatasync. */
static int finish(cw_session *s, const char *type, builder *b, cw_error *err)
{
    name_session(s, b);
    if (b->failed) {
        record_let_go(&s->writer, b->obj);
        /* what was held is whole and checked: it goes to disk even though this line cannot */
        if (record_flush(&s->writer, err) == 0)
            cw_error_set(err, CW_ERR_NOT_SAVED, s->writer.path, 0, "out of memory: the last decision was NOT saved");
        return -1;
    }
    return record_append(&s->writer, type, b->obj, NULL, err);
}

/* Keeps the line to be written with the next one: a decision waits for the scene it leads to
 * (the session shows nothing in between), so the two cost one fdatasync. */
static int finish_held(cw_session *s, const char *type, builder *b, cw_error *err)
{
    name_session(s, b);
    if (b->failed)
        return finish(s, type, b, err);
    return record_hold(&s->writer, type, b->obj, NULL, err);
}

int session_write_simple(cw_session *s, const char *type, cJSON *fields, cw_error *err)
{
    builder b = {fields, fields == NULL, &s->writer.nodes};
    return finish(s, type, &b, err);
}

char *session_file_name(const cw_session *s)
{
    char when[20];
    time_compact(when);
    size_t n = strlen(s->sc->info.id) + 64;
    char *name = malloc(n);
    if (name)
        snprintf(name, n, "%s_%s_%.8s.jsonl", s->sc->info.id, when, s->id);
    return name;
}

int session_write_header(cw_session *s, cw_error *err)
{
    char seed[24]; /* borrowed by the line until it is written */
    builder b = start_line(s);
    if (!b.failed) {
        add_number(&b, "schema", CW_RECORD_SCHEMA);
        add_string(&b, "session", s->id);
        builder sb = inside(&b, add_container(&b, "scenario", cJSON_Object));
        if (!sb.failed) {
            add_string(&sb, "id", s->sc->info.id);
            add_string(&sb, "version", s->sc->info.version);
            add_string(&sb, "title", s->sc->info.title);
            add_string(&sb, "sha256", s->sc->info.sha256);
            b.failed |= sb.failed;
        }
        add_string(&b, "role", s->sc->roles[s->role].id);
        add_string(&b, "trainee", s->trainee);
        add_string(&b, "mode", cw_mode_name(s->mode));
        snprintf(seed, sizeof seed, "%llu", (unsigned long long)s->seed);
        add_string(&b, "seed", seed); /* a string: 64 bits do not fit a JSON number */
        add_string(&b, "engine", CASEWALK_VERSION);
        add_bool(&b, "group", s->group);
        if (s->workshop) { /* a participant in a room */
            add_string(&b, "workshop", s->workshop);
            add_string(&b, "discipline", s->discipline);
        }
        /* Records made before choices were drawn by default lack this: resume keeps their order. */
        add_string(&b, "order", "drawn");
    }
    if (finish(s, "header", &b, err) == 0)
        return 0;
    record_discard(&s->writer); /* a record without its header is no record: leave no file */
    return -1;
}

int session_write_arrival(cw_session *s, const view *v, const char *previous_phase, cw_error *err)
{
    const scene *sn = &s->sc->scenes[v->scene];
    if (sn->phase && (!previous_phase || strcmp(previous_phase, sn->phase) != 0)) {
        builder p = start_line(s);
        if (!p.failed)
            add_string(&p, "phase", sn->phase);
        if (finish_held(s, "phase", &p, err) != 0)
            return -1;
    }
    builder b = start_line(s);
    if (!b.failed) {
        add_string(&b, "scene", sn->id);
        if (sn->phase)
            add_string(&b, "phase", sn->phase);
        if (sn->n_reveal > 0) {
            builder cb = inside(&b, add_container(&b, "confidential", cJSON_Object));
            for (int i = 0; cb.obj && i < sn->n_reveal; i++)
                add_string(&cb, s->sc->secrets[sn->reveal[i]].id, v->revealed[i] ? "shown" : "withheld");
            b.failed |= cb.failed;
        }
    }
    if ((sn->is_ending ? finish_held(s, "scene", &b, err) : finish(s, "scene", &b, err)) != 0)
        return -1;
    if (!sn->is_ending)
        return 0;
    builder e = start_line(s);
    if (!e.failed) {
        add_string(&e, "ending", sn->id);
        add_string(&e, "title", sn->ending_title);
        add_string(&e, "classification", sn->classification);
    }
    return finish(s, "ending", &e, err);
}

static void add_changes(builder *b, const cw_scenario *sc, const value *before, const value *after)
{
    builder changes = inside(b, add_container(b, "changes", cJSON_Array));
    for (int i = 0; changes.obj && i < sc->n_vars; i++) {
        if (value_equal(&before[i], &after[i]))
            continue;
        builder change = inside(b, add_container(&changes, NULL, cJSON_Object));
        if (change.failed)
            break;
        add_string(&change, "var", sc->vars[i].name);
        add_item(&change, "from", value_json(b, &before[i]));
        add_item(&change, "to", value_json(b, &after[i]));
        b->failed |= change.failed;
    }
    b->failed |= changes.failed;
}

/* One object keyed by role: the counts of the deciding round ("votes") or of round 1
 * ("first_votes"). */
static void add_counts(builder *b, const char *key, const decision_extra *extra, int first, int n_options)
{
    builder votes = inside(b, add_container(b, key, cJSON_Object));
    for (int i = 0; votes.obj && i < extra->n_votes; i++) {
        const int *of_role = first ? extra->votes[i].first_counts : extra->votes[i].counts;
        builder counts = inside(&votes, of_role ? add_container(&votes, extra->votes[i].role, cJSON_Array) : NULL);
        for (int k = 0; counts.obj && k < n_options; k++)
            add_number(&counts, NULL, of_role[k]);
        votes.failed |= counts.failed;
    }
    b->failed |= votes.failed;
}

static void add_votes(builder *b, const decision_extra *extra, int n_options)
{
    if (!extra || !extra->votes)
        return;
    add_counts(b, "votes", extra, 0, n_options);
    int revoted = 0;
    for (int i = 0; i < extra->n_votes; i++)
        revoted |= extra->votes[i].first_counts != NULL;
    if (revoted) { /* the room voted twice: round 1, and how many of each role changed */
        add_counts(b, "first_votes", extra, 1, n_options);
        builder changed = inside(b, add_container(b, "changed", cJSON_Object));
        for (int i = 0; changed.obj && i < extra->n_votes; i++)
            add_number(&changed, extra->votes[i].role, extra->votes[i].changed);
        b->failed |= changed.failed;
    }
    add_string(b, "picked_by", extra->picked_by ? extra->picked_by : "majority");
}

/* A participant's line names what the room chose: a choice id, or a drafting step's clause ids. */
static void add_room(builder *b, const decision_extra *extra, const char *const *shown_ids, int is_compose)
{
    if (!extra || !extra->in_room)
        return;
    if (!is_compose) {
        add_string(b, "room", shown_ids[extra->room_positions[0]]);
        return;
    }
    const char *ids[64];
    int n = extra->n_room < 64 ? extra->n_room : 64;
    for (int i = 0; i < n; i++)
        ids[i] = shown_ids[extra->room_positions[i]];
    add_string_array(b, "room", ids, n);
}

/* A participant who did not answer: which step the room decided and what it chose. */
static int write_followed(cw_session *s, const view *shown, const char *const *shown_ids, int n_shown,
                          const value *before, const value *after, const decision_extra *extra, cw_error *err)
{
    const scene *sn = &s->sc->scenes[shown->scene];
    builder b = start_line(s);
    if (b.failed)
        return finish(s, "followed", &b, err);
    add_string(&b, "scene", sn->id);
    add_number(&b, "decision", s->decisions + 1);
    add_string_array(&b, "shown", shown_ids, n_shown);
    add_room(&b, extra, shown_ids, sn->compose != NULL);
    add_changes(&b, s->sc, before, after);
    return finish_held(s, "followed", &b, err);
}

int session_write_decision(cw_session *s, const view *shown, const result_entry *r, int position,
                           const value *before, const value *after, const decision_extra *extra,
                           const int *positions, int n_positions, const char *own_text, double score,
                           double max, cw_error *err)
{
    const scene *sn = &s->sc->scenes[shown->scene];
    const char *shown_ids[256];
    int n_shown = shown->n_options < 256 ? shown->n_options : 256;
    for (int i = 0; i < n_shown; i++)
        shown_ids[i] = shown->options[i].id;
    if (!r)
        return write_followed(s, shown, shown_ids, n_shown, before, after, extra, err);
    const cw_result *p = &r->pub;
    builder b = start_line(s);
    if (b.failed)
        return finish(s, "decision", &b, err);
    add_string(&b, "scene", sn->id);
    add_number(&b, "decision", p->decision_number);
    add_string_array(&b, "shown", shown_ids, n_shown);
    if (!p->is_compose) {
        add_string(&b, "chosen", p->chosen_id);
        add_number(&b, "position", position + 1);
        if (extra && extra->in_room && extra->first_position >= 0)
            add_string(&b, "first_chosen", shown_ids[extra->first_position]);
        const char *recommended[256];
        int n_recommended = 0;
        for (int i = 0; i < n_shown; i++)
            if (sn->choices[shown->choice_index[i]].rating == CW_RATING_RECOMMENDED)
                recommended[n_recommended++] = shown_ids[i];
        add_string_array(&b, "recommended", recommended, n_recommended);
    } else {
        const char *clause_ids[64];
        for (int i = 0; i < n_positions && i < 64; i++)
            clause_ids[i] = shown_ids[positions[i]];
        add_string_array(&b, "clauses", clause_ids, n_positions < 64 ? n_positions : 64);
        add_string(&b, "own", own_text);
        add_string(&b, "text", p->chosen_text);
        add_number(&b, "score", score);
        add_number(&b, "max", max);
        add_string_array(&b, "flags", p->flags, p->n_flags);
        add_string_array(&b, "missing", p->missing, p->n_missing);
    }
    add_string(&b, "rating", cw_rating_name(p->rating));
    add_number(&b, "points", p->points);
    add_number(&b, "max_points", p->max_points);
    add_string_array(&b, "tags", p->tags, p->n_tags);
    add_number(&b, "ms", (double)p->ms_to_decide);
    if (sn->reason)
        add_string(&b, "reason", p->reason);
    add_room(&b, extra, shown_ids, p->is_compose);
    add_changes(&b, s->sc, before, after);
    add_votes(&b, extra, shown->n_options);
    return finish_held(s, p->is_compose ? "draft" : "decision", &b, err);
}
