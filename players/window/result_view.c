/* result_view.c — the feedback panel for one decision: rating, feedback, rationale and the
 * sources of the practice points it cites. */
#include <stdio.h>
#include <string.h>

#include "casewalk_report.h"
#include "result_view.h"
#include "widgets.h"

static int list_block(app *a, const char *caption, const char *const *items, int n, int x, int y, int width)
{
    if (n <= 0)
        return 0;
    int h = widget_caption(a, caption, x, y, width);
    for (int i = 0; i < n; i++)
        h += widget_bullet(a, items[i], x, y + h, width);
    return h + a->unit / 2;
}

/* The wording of a recommended choice: the scenario's own, else (a text that depends on the role)
 * the one shown at this step when it is still on screen. */
static const char *choice_text(app *a, const cw_result *r, const cw_choice_info *c)
{
    if (c->text && c->text[0])
        return c->text;
    const shown_step *s = &a->step;
    for (int i = 0; s->scene_id && strcmp(s->scene_id, r->scene_id) == 0 && i < s->n_options; i++)
        if (strcmp(s->option_ids[i], c->id) == 0)
            return s->options[i];
    return NULL;
}

static int offered_to_role(app *a, const cw_choice_info *c)
{
    const cw_role *role = cw_session_role(a->session);
    for (int i = 0; role && i < c->n_roles; i++)
        if (strcmp(c->roles[i], role->id) == 0)
            return 1;
    return c->n_roles == 0 || !role;
}

/* After a concerning or harmful choice: which choice was recommended here, and why. */
static int recommended_block(app *a, const cw_result *r, int x, int y, int width)
{
    const theme *t = a->theme;
    const cw_scene_info *scene = a->session ? cw_scenario_scene_find(cw_session_scenario(a->session), r->scene_id) : NULL;
    int h = 0;
    for (int i = 0; scene && i < scene->n_choices; i++) {
        const cw_choice_info *c = &scene->choices[i];
        if (c->rating != CW_RATING_RECOMMENDED || (r->chosen_id && strcmp(c->id, r->chosen_id) == 0)
            || !offered_to_role(a, c))
            continue;
        const char *text = choice_text(a, r, c);
        char line[1400];
        h += widget_caption(a, "Recommended here", x, y + h, width);
        snprintf(line, sizeof line, "\xE2\x9C\x94 %s", text ? text : "(its wording depends on the role played)");
        h += gfx_text(&a->g, FONT_BOLD, line, x, y + h, width, t->text) + a->unit / 3;
        if (c->rationale && c->rationale[0]) {
            snprintf(line, sizeof line, "Why: %s", c->rationale);
            h += gfx_text(&a->g, FONT_BODY, line, x, y + h, width, t->text);
        }
        h += a->unit / 2;
    }
    return h;
}

/* Draws the content (or only measures it, see gfx.measuring) and returns its height. */
static int content(app *a, const cw_result *r, int with_choice, int x, int y, int width)
{
    const theme *t = a->theme;
    int h = 0;
    char line[512];
    if (with_choice) {
        char phase[128];
        snprintf(line, sizeof line, "Decision %d \xC2\xB7 %s", r->decision_number,
                 widget_phase(r->phase, phase, sizeof phase));
        h += widget_caption(a, line, x, y + h, width);
        h += gfx_text(&a->g, r->is_compose ? FONT_BODY : FONT_BOLD, r->chosen_text, x, y + h, width, t->text);
        h += a->unit / 2;
        if (r->reason && r->reason[0]) {
            snprintf(line, sizeof line, "Your reason: %s", r->reason);
            h += gfx_text(&a->g, FONT_SMALL, line, x, y + h, width, t->muted) + a->unit / 2;
        }
    }
    int rw = widget_rating(a, r->rating, FONT_BOLD, x, y + h);
    snprintf(line, sizeof line, "%d of %d points", r->points, r->max_points);
    const font *bold = gfx_font(&a->g, FONT_BOLD), *small = gfx_font(&a->g, FONT_SMALL);
    gfx_label(&a->g, FONT_SMALL, line, x + rw + a->unit * 2, y + h + (bold->line_height - small->line_height) / 2,
              t->muted);
    h += bold->line_height + a->unit / 3;
    if (r->feedback && r->feedback[0])
        h += gfx_text(&a->g, FONT_BODY, r->feedback, x, y + h, width, t->text) + a->unit / 2;
    h += list_block(a, "Phrases to reconsider", r->flags, r->n_flags, x, y + h, width);
    h += list_block(a, "What the draft lacks", r->missing, r->n_missing, x, y + h, width);
    if (r->rationale && r->rationale[0])
        h += gfx_text(&a->g, FONT_SMALL, r->rationale, x, y + h, width, t->muted) + a->unit / 2;
    /* The practice points the rationale cites, by title and source, so a trainee can read further. */
    char sources[1100], sources_line[1200];
    if (cw_practice_sources_line(r->rationale, sources, sizeof sources) > 0) {
        snprintf(sources_line, sizeof sources_line, "Sources: %s", sources);
        h += gfx_text(&a->g, FONT_SMALL, sources_line, x, y + h, width, t->muted) + a->unit / 2;
    }
    if (!r->is_compose && (r->rating == CW_RATING_CONCERNING || r->rating == CW_RATING_HARMFUL))
        h += recommended_block(a, r, x, y + h, width);
    return h;
}

int result_view(app *a, const cw_result *r, int with_choice, int x, int y, int width)
{
    const theme *t = a->theme;
    int pad = a->unit * 3 / 2, stripe = a->unit / 2;
    int inner_x = x + stripe + pad, inner_w = width - stripe - 2 * pad;

    /* Measure first, then draw the panel and the text on it. */
    a->g.measuring = 1;
    int h = content(a, r, with_choice, inner_x, y + pad, inner_w) + 2 * pad;
    a->g.measuring = 0;

    int known = r->rating >= CW_RATING_HARMFUL && r->rating <= CW_RATING_RECOMMENDED;
    gfx_round_fill(&a->g, (SDL_Rect){ x, y, width, h }, a->unit * 2 / 3, t->panel);
    gfx_fill(&a->g, (SDL_Rect){ x, y, stripe, h }, known ? t->rating[r->rating] : t->border);
    content(a, r, with_choice, inner_x, y + pad, inner_w);
    return h;
}

void result_view_close_page(app *a, int decided, const cw_result *r, int x, int y, int width)
{
    int u = a->unit;
    if (decided) {
        if (r)
            y += result_view(a, r, 0, x, y, width) + u * 2;
        widget_button(a, CONTROL_CONTINUE, cw_session_finished(a->session) ? "See the ending" : "Continue",
                      BUTTON_PRIMARY, x, y, 0);
        y += widget_button_height(a, BUTTON_PRIMARY) + u;
    }
    if (a->decision.status[0])
        y += gfx_text(&a->g, FONT_BOLD, a->decision.status, x, y, width, a->theme->text) + u;
    a->ui.content_height = y + u * 3;
}
