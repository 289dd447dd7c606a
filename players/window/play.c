/* play.c — moving the session on from the window: start, resume, show the step, after a
 * decision, pause, and what happens when a record cannot be written. */
#include <stdio.h>
#include <string.h>

#include "app.h"

static void set_bar_title(app *a)
{
    const cw_scenario_info *info = cw_scenario_info_get(cw_session_scenario(a->session));
    const cw_role *role = cw_session_role(a->session);
    snprintf(a->bar_title, sizeof a->bar_title, "%s", info->title);
    snprintf(a->bar_role, sizeof a->bar_role, "%s", role ? role->name : "");
}

int play_start(app *a, const case_entry *c, const char *role, const char *trainee, cw_mode mode)
{
    cw_session_options o = {
        .role = role && role[0] ? role : NULL,
        .trainee = trainee && trainee[0] ? trainee : NULL,
        .records_dir = a->records_dir,
        .mode = mode,
        .seed = a->options->seed,
        .has_seed = a->options->has_seed,
    };
    cw_error err = { 0 };
    a->session = cw_session_start(c->scenario, &o, &err);
    if (!a->session) {
        play_failed(a, &err);
        return -1;
    }
    a->outcome = EXIT_PAUSED;
    set_bar_title(a);
    play_show_step(a);
    return 0;
}

int play_resume(app *a, const char *record_path, const char *scenario_path)
{
    char notice[512] = "";
    cw_error err = { 0 };
    a->session = cw_session_resume(record_path, scenario_path, notice, sizeof notice, &err);
    if (a->session && cw_session_workshop(a->session)) { /* its answers come from a phone in the room */
        cw_session_free(a->session);
        a->session = NULL;
        cw_error_set(&err, CW_ERR_INPUT, record_path, 0,
                     "this is a room participant's record: the room reopens it (casewalk workshop --resume)");
    }
    if (!a->session) {
        play_failed(a, &err);
        return -1;
    }
    a->outcome = EXIT_PAUSED;
    set_bar_title(a);
    play_show_step(a);
    if (notice[0])
        snprintf(a->decision.status, sizeof a->decision.status, "%s", notice);
    return 0;
}

void play_show_step(app *a)
{
    decision_state *d = &a->decision;
    const cw_step *step = cw_session_step(a->session);
    if (!step || shown_step_copy(&a->step, step) != 0) {
        message_show(a, "Something went wrong", "The next scene could not be shown (out of memory).", "");
        play_end_session(a);
        return;
    }
    d->stage = STAGE_DECIDING;
    d->picked = -1;
    d->n_order = 0;
    d->result_index = -1;
    d->status[0] = '\0';
    textfield_init(&d->reason, 1500);
    textfield_init(&d->own, 600);
    switch (step->kind) {
    case CW_STEP_CHOICE: app_show(a, SCREEN_CHOICE, UI_NONE); break;
    case CW_STEP_COMPOSE: app_show(a, SCREEN_COMPOSE, UI_NONE); break;
    case CW_STEP_ENDING:
        a->outcome = EXIT_ENDING;
        app_show(a, SCREEN_END, UI_NONE);
        break;
    }
}

void play_decided(app *a)
{
    decision_state *d = &a->decision;
    d->result_index = cw_session_result_count(a->session) - 1;
    d->status[0] = '\0';
    if (cw_session_finished(a->session))
        a->outcome = EXIT_ENDING;
    if (cw_session_mode(a->session) == CW_MODE_PRACTICE && d->result_index >= 0) {
        d->stage = STAGE_FEEDBACK;
        ui_focus(&a->ui, CONTROL_CONTINUE); /* Enter goes on; the feedback scrolls into view */
        a->dirty = 1;
    } else {
        play_show_step(a);
    }
}

static int option_position(const shown_step *step, const char *id, size_t len)
{
    for (int i = 0; i < step->n_options; i++)
        if (strlen(step->option_ids[i]) == len && strncmp(step->option_ids[i], id, len) == 0)
            return i;
    return -1;
}

void play_recall_answer(app *a)
{
    decision_state *d = &a->decision;
    const cw_result *r = cw_session_result(a->session, cw_session_result_count(a->session) - 1);
    d->picked = -1;
    d->n_order = 0;
    if (!r || !r->chosen_id)
        return;
    if (!r->is_compose) {
        d->picked = option_position(&a->step, r->chosen_id, strlen(r->chosen_id));
        return;
    }
    for (const char *p = r->chosen_id; *p && d->n_order < MAX_DRAFT;) { /* "id+id+id" */
        size_t len = strcspn(p, "+");
        int at = option_position(&a->step, p, len);
        if (at >= 0)
            d->order[d->n_order++] = at;
        p += len + (p[len] == '+');
    }
}

void play_end_session(app *a)
{
    if (a->session)
        cw_session_free(a->session);
    a->session = NULL;
    shown_step_free(&a->step);
    a->bar_title[0] = a->bar_role[0] = '\0';
}

void play_pause(app *a)
{
    char detail[1200];
    const char *path = cw_session_record_path(a->session);
    snprintf(detail, sizeof detail, "Record: %s", path ? path : "(not recorded)");
    cw_error err = { 0 };
    if (cw_session_pause(a->session, &err) != 0) {
        message_show(a, "The pause was not saved",
                     "Your earlier decisions are in the record, but the pause could not be written. "
                     "You can still resume from the launcher.", err.message);
    } else {
        message_show(a, "Paused \xE2\x80\x94 resume from the launcher",
                     "Your decisions so far are saved. To carry on later, open casewalk, type the same "
                     "pseudonym, and pick this session under \xE2\x80\x9CUnfinished sessions\xE2\x80\x9D.",
                     detail);
    }
    a->outcome = EXIT_PAUSED;
    play_end_session(a);
}

void play_failed(app *a, const cw_error *err)
{
    if (err->kind == CW_ERR_NOT_SAVED) {
        message_show(a, "Stopped: the record could not be written",
                     "The session has stopped rather than go on without its record. The message below "
                     "says what was not saved; what was recorded before it can be resumed once the "
                     "problem is solved.",
                     err->message);
        a->outcome = EXIT_PAUSED;
        play_end_session(a);
        return;
    }
    if (a->session) { /* the session goes on: say what was wrong where the trainee is */
        snprintf(a->decision.status, sizeof a->decision.status, "%s", err->message);
        a->dirty = 1;
        return;
    }
    message_show(a, "The session could not be opened", "", err->message);
}

void play_to_launcher(app *a)
{
    play_end_session(a);
    launcher_use_catalog(a);
    launcher_enter(a);
}
