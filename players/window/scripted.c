/* scripted.c — --choose in the window: the same answers, applied with answers_apply_next exactly
 * as the text player applies them, each step drawn on the way. */
#include <stdio.h>

#include "answers.h"
#include "pseudonym.h"
#include "scripted.h"
#include "show.h"

/* After an answer: what the interactive window would show, and on to the next step while answers
 * remain (or an ending was reached). */
static void after_answer(app *a, const answer_list *answers)
{
    play_recall_answer(a);
    const answer *last = &answers->items[answers->next - 1];
    if (last->own_text) /* the draft shown with the feedback includes the trainee's sentence */
        textfield_insert(&a->decision.own, last->own_text);
    play_decided(a);
    if (a->screen != SCREEN_END && a->decision.stage == STAGE_FEEDBACK
        && (answers->next < answers->count || cw_session_finished(a->session))) {
        app_draw(a);
        play_show_step(a);
    }
}

static int start_session(app *a)
{
    const play_options *o = a->options;
    if (o->resume)
        return play_resume(a, o->resume, a->direct ? cw_scenario_info_get(a->direct)->path : NULL);
    case_entry c = { cw_scenario_info_get(a->direct)->path, a->direct, NULL };
    char suggested[64] = "";
    if (!o->trainee || !o->trainee[0]) { /* as the text player does: never a name shared by all */
        pseudonym_suggest(suggested, sizeof suggested);
        fprintf(stderr, "Recorded as %s\n", suggested);
    }
    return play_start(a, &c, o->role, suggested[0] ? suggested : o->trainee, o->mode);
}

int scripted_play(app *a)
{
    const play_options *o = a->options;
    answer_list answers = { 0 };
    char why[512];
    if (answers_parse(o->choose, &answers, why, sizeof why) != 0) {
        show_error("casewalk: --choose", why);
        return EXIT_USAGE;
    }
    if (start_session(a) != 0) {
        fprintf(stderr, "casewalk: %s%s%s\n", show_line(a->message.title).text,
                a->message.detail[0] ? ": " : "", show_line(a->message.detail).text);
        answers_free(&answers);
        return EXIT_INPUT;
    }
    int code = EXIT_PAUSED;
    while (a->session && !cw_session_finished(a->session) && answers.next < answers.count) {
        app_draw(a);
        cw_error err = { 0 };
        int rc = answers_apply_next(&answers, a->session, &err);
        if (rc < 0) {
            show_error("casewalk", err.message);
            code = EXIT_INPUT;
            if (err.kind == CW_ERR_NOT_SAVED)
                play_end_session(a);
            break;
        }
        if (rc > 0)
            break;
        after_answer(a, &answers);
    }
    if (a->session && cw_session_finished(a->session) && code != EXIT_INPUT)
        code = EXIT_ENDING;
    a->screenshot = o->screenshot;
    app_draw(a);
    if (a->screenshot_failed && code != EXIT_INPUT)
        code = EXIT_INPUT;
    if (a->session && !cw_session_finished(a->session)) {
        cw_error err = { 0 };
        if (cw_session_pause(a->session, &err) != 0) {
            show_error("casewalk", err.message);
            code = EXIT_INPUT;
        }
    }
    answers_free(&answers);
    return code;
}
