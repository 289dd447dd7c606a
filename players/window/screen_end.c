/* screen_end.c — the ending, the path decision by decision with ratings and feedback (the first
 * feedback in assessment mode; the recommended choice after a concerning or harmful one),
 * competency tallies as bars with numbers, when it finished, where the record is, and "Open my
 * debrief", which writes the debrief page and hands it to the browser. */
#include <stdio.h>
#include <stdlib.h>

#include <time.h>

#include "open_report.h"
#include "result_view.h"
#include "when.h"
#include "widgets.h"

enum { END_BACK = 1, END_QUIT = 2, END_DEBRIEF = 3 };

static int tallies(app *a, int x, int y, int width)
{
    int n = cw_competency_count(), h = 0, shown = 0;
    int *points = calloc((size_t)(n > 0 ? n : 1), sizeof *points);
    int *max = calloc((size_t)(n > 0 ? n : 1), sizeof *max);
    if (!points || !max) {
        free(points);
        free(max);
        return 0;
    }
    cw_session_tally(a->session, points, max);
    for (int i = 0; i < n; i++) {
        if (max[i] <= 0)
            continue;
        h += widget_bar(a, cw_competency_label(i), points[i], max[i], x, y + h, width) + a->unit * 3 / 2;
        shown++;
    }
    if (!shown)
        h += gfx_text(&a->g, FONT_BODY, "No competencies were scored in this session.", x, y + h, width, a->theme->muted);
    free(points);
    free(max);
    return h;
}

/* The ending and the path, decision by decision. */
static int story_column(app *a, int x, int y, int width)
{
    const shown_step *s = &a->step;
    const theme *t = a->theme;
    int u = a->unit, h = 0;
    char line[256];
    h += widget_caption(a, "The ending", x, y + h, width) + u / 2;
    h += gfx_text(&a->g, FONT_TITLE, s->ending_title, x, y + h, width, t->text) + u / 2;
    snprintf(line, sizeof line, "Outcome: %s", s->classification[0] ? s->classification : "not classified");
    h += gfx_text(&a->g, FONT_SMALL_BOLD, line, x, y + h, width, t->muted) + u * 3 / 2;
    h += gfx_text(&a->g, FONT_BODY, s->text, x, y + h, width, t->text) + u * 4;

    h += widget_heading(a, "Your path", x, y + h, width) + u / 2;
    if (cw_session_mode(a->session) == CW_MODE_ASSESSMENT)
        h += gfx_text(&a->g, FONT_SMALL, "Assessment mode: here is the feedback on each decision, now that the case is over.",
                      x, y + h, width, t->muted) + u;
    int n = cw_session_result_count(a->session);
    for (int i = 0; i < n; i++)
        h += result_view(a, cw_session_result(a->session, i), 1, x, y + h, width) + u * 3 / 2;
    if (n == 0)
        h += gfx_text(&a->g, FONT_BODY, "No decisions were made.", x, y + h, width, t->muted) + u;
    return h;
}

/* The competency tallies, where the record is, and the way out. */
static int summary_column(app *a, int x, int y, int width)
{
    const theme *t = a->theme;
    int u = a->unit, h = 0;
    h += widget_heading(a, "Competencies", x, y + h, width) + u;
    h += tallies(a, x, y + h, width) + u * 2;
    const char *path = cw_session_record_path(a->session);
    char when[64], line[128];
    snprintf(line, sizeof line, "Finished %s", when_words(a->decision.finished_at, time(NULL), when, sizeof when));
    h += gfx_text(&a->g, FONT_SMALL_BOLD, line, x, y + h, width, t->muted) + u / 2;
    h += widget_caption(a, "Record saved to", x, y + h, width);
    h += gfx_text(&a->g, FONT_SMALL, path ? path : "nowhere: this session was not recorded", x, y + h, width,
                  t->muted) + u * 2;
    if (path) {
        widget_button(a, END_DEBRIEF, "Open my debrief", BUTTON_PRIMARY, x, y + h, 0);
        h += widget_button_height(a, BUTTON_PRIMARY) + u;
        if (a->decision.status[0]) /* where the page is, beside the button */
            h += gfx_text(&a->g, FONT_SMALL_BOLD, a->decision.status, x, y + h, width, t->text) + u;
        h += u * 2;
    }
    int bx = x;
    bx += widget_button(a, END_BACK, "Back to the launcher", BUTTON_SECONDARY, bx, y + h, 0) + u * 2;
    if (bx + widget_button_width(a, "Quit", BUTTON_SECONDARY) > x + width) /* narrow: one under the other */
        bx = x, h += widget_button_height(a, BUTTON_SECONDARY) + u;
    widget_button(a, END_QUIT, "Quit", BUTTON_SECONDARY, bx, y + h, 0);
    return h + widget_button_height(a, BUTTON_PRIMARY);
}

/* Side by side where the window is wide enough: the story on the left, the summary beside it. */
static void end_draw(app *a, int x, int width)
{
    int u = a->unit, top = u * 3;
    int body = gfx_font(&a->g, FONT_BODY)->size;
    int wide = a->width - 6 * u;
    if (wide > body * 64)
        wide = body * 64;
    if (wide >= body * 48) {
        int gap = u * 5, left_w = (wide - gap) * 3 / 5, right_w = wide - gap - left_w;
        int left_x = (a->width - wide) / 2, right_x = left_x + left_w + gap;
        int left_h = story_column(a, left_x, top, left_w);
        int right_h = summary_column(a, right_x, top + u, right_w) + u;
        a->ui.content_height = top + (left_h > right_h ? left_h : right_h) + u * 4;
    } else {
        int h = story_column(a, x, top, width) + u * 2;
        h += summary_column(a, x, top + h, width);
        a->ui.content_height = top + h + u * 4;
    }
}

static void end_action(app *a, int id)
{
    const char *path = a->session ? cw_session_record_path(a->session) : NULL;
    if (id == END_DEBRIEF && path) {
        report_opened opened;
        open_debrief(path, cw_scenario_info_get(cw_session_scenario(a->session))->path, &opened);
        snprintf(a->decision.status, sizeof a->decision.status, "%s", opened.message);
    } else if (id == END_BACK)
        play_to_launcher(a);
    else if (id == END_QUIT)
        app_quit(a);
}

static const char *end_hints(app *a)
{
    (void)a;
    return "Tab move \xC2\xB7 Enter select \xC2\xB7 Page Up / Page Down or the wheel scroll \xC2\xB7 "
           "Ctrl + / Ctrl \xE2\x88\x92 text size \xC2\xB7 F2 high contrast \xC2\xB7 F3 projector";
}

const screen_ops end_screen = {
    .draw = end_draw,
    .action = end_action,
    .hints = end_hints,
};
