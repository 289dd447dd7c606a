/* workshop_step.c — a choice step in workshop mode, as pages that each fit the screen: the scene
 * (paged when long), the choices while the room votes (only "answered N of M" per role shows;
 * hand counts in workshop_cells.c), the split by role once
 * revealed, the recommended choice on K, a second round on V, and the group's choice with its
 * feedback. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "result_view.h"
#include "widgets.h"
#include "workshop_app.h"
#include "workshop_chart.h"
#include "room_rows.h"

int ws_n_choices(const workshop *w)
{
    int n = w->a->step.n_options;
    return n < WS_MAX_CHOICES ? n : WS_MAX_CHOICES;
}

int ws_total(const workshop *w, int group)
{
    int total = 0;
    for (int i = 0; i < ws_n_choices(w); i++)
        total += w->votes[group][i];
    return total;
}

static int first_total(const workshop *w, int group)
{
    int total = 0;
    for (int i = 0; i < ws_n_choices(w); i++)
        total += w->first_votes[group][i];
    return total;
}

int ws_majority(const workshop *w, int *tied_with)
{
    int best = -1, best_votes = 0, ties = 0;
    for (int i = 0; i < ws_n_choices(w); i++) {
        int v = 0;
        for (int g = 0; g < w->n_groups; g++)
            v += w->votes[g][i];
        if (v > best_votes)
            best = i, best_votes = v, ties = 1;
        else if (v == best_votes && v > 0)
            ties++;
    }
    if (tied_with)
        *tied_with = ties;
    return ties == 1 ? best : -1;
}

const char *ws_view_name(const workshop *w)
{
    switch (w->page) {
    case WS_PAGE_NOTES: return "start";
    case WS_PAGE_JOIN: return "join";
    case WS_PAGE_MESSAGE: return "message";
    default: break;
    }
    if (w->menu)
        return "pause-menu";
    if (w->a->step.kind == CW_STEP_ENDING)
        return w->scene_page == 0 ? "ending" : "ending-path";
    if (w->a->step.kind == CW_STEP_COMPOSE)
        return w->a->decision.stage == STAGE_FEEDBACK ? "draft-feedback" : w->view == WS_VIEW_SCENE ? "scene" : "draft";
    switch (w->view) {
    case WS_VIEW_SCENE: return "scene";
    case WS_VIEW_CHOICES: return w->round == 2 ? "choices-round2" : "choices";
    case WS_VIEW_RESULTS:
        return w->round == 2 ? (w->key_shown ? "results-round2-key" : "results-round2")
                             : (w->key_shown ? "results-key" : "results");
    default: return "feedback";
    }
}

void ws_step_enter(workshop *w)
{
    app *a = w->a;
    memset(w->votes, 0, sizeof w->votes);
    memset(w->first_votes, 0, sizeof w->first_votes);
    memset(w->changed, 0, sizeof w->changed);
    memset(w->answered, 0, sizeof w->answered);
    w->round = 1;
    w->revealed = 0;
    w->key_shown = 0;
    w->ratings_known = 0;
    w->picked_by = NULL;
    w->fresh_cell = 1;
    w->status[0] = '\0';
    w->view = WS_VIEW_SCENE;
    w->scene_page = 0;
    w->scene_pages = 0; /* counted when drawn */
    ws_timer_reset(w);
    w->shown_for = cw_session_result_count(a->session) + 1;
    a->ui.focus_id = UI_NONE;
    a->ui.scroll = 0;
    if (w->room)
        ws_room_show_step(w);
    a->dirty = 1;
}

void ws_show_choices(workshop *w)
{
    app *a = w->a;
    w->view = w->revealed ? WS_VIEW_RESULTS : WS_VIEW_CHOICES;
    if (!w->revealed && !w->room && a->step.kind == CW_STEP_CHOICE) {
        a->ui.focus_id = ws_cell_id(0, 0);
        a->ui.focus_visible = 1;
        w->fresh_cell = 1;
    }
    a->dirty = 1;
}

int ws_next_scene_page(workshop *w, int dir)
{
    if (w->view != WS_VIEW_SCENE) {
        if (dir < 0 && w->view == WS_VIEW_CHOICES) {
            w->view = WS_VIEW_SCENE;
            w->scene_page = w->scene_pages > 0 ? w->scene_pages - 1 : 0;
            return 1;
        }
        return 0;
    }
    int to = w->scene_page + dir;
    if (to < 0)
        return 0;
    if (w->scene_pages > 0 && to >= w->scene_pages) {
        ws_show_choices(w);
        return 1;
    }
    w->scene_page = to;
    return 1;
}

void ws_reveal(workshop *w)
{
    if (w->revealed)
        return;
    if (w->room)
        ws_room_reveal(w);
    w->revealed = 1;
    if (!w->ratings_known)
        ws_probe_ratings(w);
    w->view = WS_VIEW_RESULTS;
    w->a->ui.focus_id = UI_NONE;
    w->fresh_cell = 1;
    w->a->dirty = 1;
}

/* Discussion is over: round 2 opens; round 1's counts are kept to compare. */
void ws_revote(workshop *w)
{
    if (!w->revealed || w->round != 1)
        return;
    memcpy(w->first_votes, w->votes, sizeof w->votes);
    memset(w->votes, 0, sizeof w->votes);
    w->round = 2;
    w->revealed = 0;
    w->key_shown = 0;
    if (w->room)
        ws_room_revote(w);
    ws_timer_reset(w);
    ws_show_choices(w);
}

/* Round 2: who changed their choice — from the room's phones, or for hand counts the fewest
 * that can have (half the votes that moved between choices, the same people voting). */
static int changed_minds(const workshop *w, int g)
{
    if (w->room)
        return w->changed[g];
    int moved = 0;
    for (int i = 0; i < ws_n_choices(w); i++)
        moved += abs(w->votes[g][i] - w->first_votes[g][i]);
    return (moved - abs(ws_total(w, g) - first_total(w, g))) / 2;
}

int ws_commit(workshop *w, int position, const char *picked_by)
{
    app *a = w->a;
    cw_votes votes[WS_MAX_ROLES + 1];
    for (int g = 0; g < w->n_groups; g++)
        votes[g] = (cw_votes){ w->group_ids[g], w->votes[g], w->round == 2 ? w->first_votes[g] : NULL,
                               w->round == 2 ? changed_minds(w, g) : 0 };
    if (w->room && ws_room_decide(w, &position, 1) != 0)
        return -1;
    cw_error err = { 0 };
    if (cw_session_choose_group(a->session, position, votes, w->n_groups, picked_by, NULL, &err) != 0) {
        play_failed(a, &err);
        ws_sync(w);
        return -1;
    }
    w->picked_by = picked_by;
    a->decision.picked = position;
    play_decided(a);
    w->view = WS_VIEW_FEEDBACK;
    a->ui.focus_id = UI_NONE;
    ws_timer_reset(w);
    return 0;
}

/* ---- drawing ---------------------------------------------------------------------------- */

static int badge(workshop *w, const char *text, int filled, int x, int y)
{
    app *a = w->a;
    const theme *t = a->theme;
    int size = gfx_font(&a->g, FONT_BODY)->line_height;
    SDL_Rect r = { x, y, size, size };
    if (filled)
        gfx_round_fill(&a->g, r, a->unit * 2 / 3, t->accent);
    else
        gfx_round_frame(&a->g, r, a->unit * 2 / 3, a->line, t->border_strong, t->surface);
    const font *f = gfx_font(&a->g, FONT_BOLD);
    int tw = gfx_label_width(&a->g, FONT_BOLD, text);
    gfx_label(&a->g, FONT_BOLD, text, x + (size - tw) / 2, y + (size - f->line_height) / 2,
              filled ? t->on_accent : t->text);
    return size;
}

/* Phones: which row shows each role's votes (room_rows.h: no row of fewer than 3 answers, so
 * one DV worker's vote is never a DV bar). Hand counts are a show of hands: every role its row. */
static int rows_plan(const workshop *w, int first_round, int *row_of)
{
    if (!w->room) {
        for (int g = 0; g < w->n_groups; g++)
            row_of[g] = g;
        return 0;
    }
    return room_rows_plan(first_round ? w->first_answered : w->answered, w->n_groups, row_of);
}

static const char *pooled_label(int whole)
{
    return whole ? "Whole room" : "Others (fewer than 3 per role)";
}

static int chart_groups(workshop *w, chart_group *groups, int first_round)
{
    int row_of[WS_MAX_ROLES + 1], n = 0, pooled_total = 0;
    int whole = rows_plan(w, first_round, row_of);
    int *pooled = w->pooled_votes[first_round ? 1 : 0];
    memset(pooled, 0, sizeof w->pooled_votes[0]);
    for (int g = 0; g < w->n_groups && n < CHART_MAX_GROUPS; g++) {
        const int *votes = first_round ? w->first_votes[g] : w->votes[g];
        int total = first_round ? first_total(w, g) : ws_total(w, g);
        if (w->room && row_of[g] != g) { /* pooled, or nobody answered */
            for (int c = 0; c < ws_n_choices(w); c++)
                pooled[c] += votes[c];
            pooled_total += total;
            continue;
        }
        groups[n++] = (chart_group){ w->group_labels[g], votes, NULL, total, chart_pattern_for(w->group_ids[g], g) };
    }
    if (pooled_total > 0 && n < CHART_MAX_GROUPS)
        groups[n++] = (chart_group){ pooled_label(whole), pooled, NULL, pooled_total, chart_pattern_for(NULL, 0) };
    return n;
}

typedef struct row_geometry {
    int text_x, text_w, counters_x, label_w, bars_w; /* counters_x: where counters or bars begin */
} row_geometry;

/* "Round 1: CPS 3 · DV 0" under a choice's round 2 bars. */
static int round_one_line(workshop *w, int i, int x, int y, int width)
{
    char line[200];
    int row_of[WS_MAX_ROLES + 1], pooled = 0, any_pooled = 0;
    int whole = rows_plan(w, 1, row_of);
    int n = snprintf(line, sizeof line, "Round 1:");
    for (int g = 0; g < w->n_groups && n < (int)sizeof line; g++) {
        if (row_of[g] == g)
            n += snprintf(line + n, sizeof line - (size_t)n, " %s %d", w->group_labels[g], w->first_votes[g][i]);
        else if (row_of[g] != ROOM_ROW_NONE)
            pooled += w->first_votes[g][i], any_pooled = 1;
    }
    if (any_pooled && n < (int)sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, " %s %d", whole ? "Whole room" : "Others", pooled);
    return gfx_text(&w->a->g, FONT_SMALL, line, x, y, width, w->a->theme->muted);
}

/* What a choice's frame holds: its text, tags, then counters (typing) or bars (revealed).
 * Returns the height of the content. */
static int row_content(workshop *w, int i, const row_geometry *gm, int y)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit;
    int deciding = a->decision.stage == STAGE_DECIDING;
    int picked = !deciding && a->decision.picked == i;
    int recommended = w->key_shown && w->ratings_known && w->ratings[i] == CW_RATING_RECOMMENDED;
    int h = gfx_text(&a->g, FONT_BODY, a->step.options[i], gm->text_x, y, gm->text_w,
                     picked || deciding ? t->text : t->muted);
    int beside = w->revealed && deciding; /* the tag goes under the bars */
    if ((recommended || picked) && !beside) {
        char tag[160];
        const char *group = !picked ? ""
                          : w->picked_by && strcmp(w->picked_by, "facilitator") == 0
                              ? "\xE2\x96\xB6 The group's choice (the facilitator's pick)"
                              : "\xE2\x96\xB6 The group's choice (the majority)";
        snprintf(tag, sizeof tag, "%s%s%s", recommended ? "\xE2\x9C\x94 Recommended" : "",
                 recommended && picked ? "   " : "", group);
        h += gfx_text(&a->g, FONT_SMALL_BOLD, tag, gm->text_x, y + h, gm->text_w,
                      recommended ? t->rating[CW_RATING_RECOMMENDED] : t->accent);
    }
    if (w->revealed && deciding) { /* the bars beside the text, so that four choices fit at full size */
        chart_group groups[CHART_MAX_GROUPS];
        int n = chart_groups(w, groups, 0);
        int bh = chart_bars(a, groups, n, i, gm->counters_x, y, gm->bars_w);
        if (w->round == 2)
            bh += round_one_line(w, i, gm->counters_x, y + bh, gm->bars_w);
        if (recommended)
            bh += gfx_text(&a->g, FONT_SMALL_BOLD, "\xE2\x9C\x94 Recommended", gm->counters_x, y + bh, gm->bars_w,
                           t->rating[CW_RATING_RECOMMENDED]);
        h = h > bh ? h : bh;
    } else if (deciding && !w->room) {
        int ch = 0;
        for (int g = 0; g < ws_typed_groups(w); g++)
            ch += ws_counter(w, i, g, gm->counters_x, y + ch, gm->label_w) + u / 3;
        ch -= u / 3;
        h = h > ch ? h : ch;
    }
    return h;
}

/* One choice in a frame with its number; clickable (and its number key) once revealed. */
static int choice_row(workshop *w, int i, int x, int y, int width)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, pad = u * 2 / 3;
    int deciding = a->decision.stage == STAGE_DECIDING;
    int picked = !deciding && a->decision.picked == i;
    int badge_w = gfx_font(&a->g, FONT_BODY)->line_height;
    row_geometry gm = { 0, 0, 0, 0, 0 };
    gm.text_x = x + pad + badge_w + u;
    int counters_w = w->revealed || !deciding || w->room ? 0 : ws_counters_width(w, &gm.label_w) + u;
    if (w->revealed && deciding) {
        gm.bars_w = width * 40 / 100;
        counters_w = gm.bars_w + u * 2;
    }
    gm.counters_x = x + width - pad - counters_w + (gm.bars_w ? u * 2 : u);
    gm.text_w = x + width - pad - counters_w - gm.text_x;

    gfx_break(&a->g, y); /* a part may begin with a choice, never in the middle of one */
    a->g.keep++;
    int registered = a->ui.n_controls;
    int was_measuring = a->g.measuring;
    a->g.measuring = 1;
    int h = row_content(w, i, &gm, y + pad) + 2 * pad;
    a->g.measuring = was_measuring;
    a->ui.n_controls = registered;

    SDL_Rect r = { x, y, width, h };
    int state = 0;
    if (w->revealed && deciding)
        state = ui_add(&a->ui, WS_CHOICE_FIRST + i, r, i < 9 ? i + 1 : 0, UI_NOFOCUS);
    SDL_Color border = picked ? t->accent : (state & UI_HOVERED) ? t->border_strong : t->border;
    gfx_round_frame(&a->g, r, u / 2, picked ? a->line * 2 + 1 : a->line, border,
                    picked ? t->accent_soft : t->surface);
    char number[16];
    snprintf(number, sizeof number, "%d", i + 1);
    badge(w, number, picked, x + pad, y + pad);
    row_content(w, i, &gm, y + pad);
    if (w->n_boxes < WS_MAX_CHOICES)
        w->boxes[w->n_boxes++] = (SDL_Rect){ r.x, r.y + a->ui.view.y, r.w, r.h };
    a->g.keep--;
    return h;
}

/* "Answered 7 of 12 · CPS 4 of 6 · DV 3 of 5", or for hand counts the totals typed per role. */
static int answered_line(workshop *w, int x, int y, int width)
{
    app *a = w->a;
    char line[400];
    int n;
    if (w->room) {
        int answered = 0, joined = 0;
        for (int g = 0; g < w->n_groups; g++)
            answered += w->answered[g], joined += w->joined[g];
        n = snprintf(line, sizeof line, "Answered %d of %d", answered, joined);
        for (int g = 0; g < w->n_groups && n < (int)sizeof line; g++)
            if (w->joined[g] > 0)
                n += snprintf(line + n, sizeof line - (size_t)n, " \xC2\xB7 %s %d of %d", w->group_labels[g],
                              w->answered[g], w->joined[g]);
    } else {
        int all = 0;
        for (int g = 0; g < ws_typed_groups(w); g++)
            all += ws_total(w, g);
        n = snprintf(line, sizeof line, "Counted %d", all);
        for (int g = 0; g < ws_typed_groups(w) && n < (int)sizeof line; g++)
            n += snprintf(line + n, sizeof line - (size_t)n, " \xC2\xB7 %s %d", w->group_labels[g], ws_total(w, g));
    }
    return gfx_text(&a->g, FONT_HEADING, line, x, y, width, a->theme->text);
}

/* Round 2: "Changed their minds: CPS 2 · DV 1" (phones), or at least how many moved (hands). */
static int changed_line(workshop *w, int x, int y, int width)
{
    app *a = w->a;
    char line[400];
    int n;
    if (w->room) {
        /* per role only where the role has a row of its own (room_rows.h), else only the total:
         * the total is then all the line says, so nothing can be subtracted out of it */
        int all = 0, row_of[WS_MAX_ROLES + 1];
        int whole = rows_plan(w, 0, row_of);
        for (int g = 0; g < w->n_groups; g++)
            all += w->changed[g];
        n = snprintf(line, sizeof line, "Changed their minds: %d", all);
        int pooled = 0, any_pooled = 0;
        for (int g = 0; !whole && g < w->n_groups && n < (int)sizeof line; g++) {
            if (row_of[g] == g)
                n += snprintf(line + n, sizeof line - (size_t)n, " \xC2\xB7 %s %d", w->group_labels[g], w->changed[g]);
            else if (row_of[g] != ROOM_ROW_NONE)
                pooled += w->changed[g], any_pooled = 1;
        }
        if (!whole && any_pooled && n < (int)sizeof line)
            n += snprintf(line + n, sizeof line - (size_t)n, " \xC2\xB7 others %d", pooled);
    } else {
        /* from counts alone: at least half the votes that moved between choices */
        n = snprintf(line, sizeof line, "Changed their minds, at least:");
        for (int g = 0; g < ws_typed_groups(w) && n < (int)sizeof line; g++)
            n += snprintf(line + n, sizeof line - (size_t)n, " %s%s %d", g ? "\xC2\xB7 " : "", w->group_labels[g],
                          changed_minds(w, g));
    }
    return gfx_text(&a->g, FONT_HEADING, line, x, y, width, a->theme->accent);
}

/* The scene's paragraphs as pages: the lines that fit the view, page by page. */
static int scene_page_draw(workshop *w, int x, int y, int width)
{
    app *a = w->a;
    const shown_step *s = &a->step;
    const theme *t = a->theme;
    int u = a->unit, h = 0;
    char progress[256], phase[128];
    int measure = gfx_font(&a->g, FONT_BODY)->size * 44; /* lines a room can follow */
    if (width > measure)
        width = measure;
    int caption_h = gfx_font(&a->g, FONT_SMALL_BOLD)->line_height + u / 2;
    int speaker_h = s->speaker[0] ? gfx_layout(&a->g, FONT_BOLD, s->speaker, width)->height + u / 2 : 0;
    const layout *l = gfx_layout(&a->g, FONT_BODY, s->text, width);
    int line_h = gfx_font(&a->g, FONT_BODY)->line_height;
    int avail = a->ui.view.h - y - caption_h - speaker_h - u * 2;
    if (avail < line_h)
        avail = line_h;
    /* the pages start at line starts: as many lines as fit the view */
    int pages = 0;
    w->page_line[pages++] = 0;
    for (int i = 1; i < l->n_lines && pages < 63; i++)
        if (l->lines[i].y + line_h - l->lines[w->page_line[pages - 1]].y > avail)
            w->page_line[pages++] = i;
    w->page_line[pages] = l->n_lines;
    w->scene_pages = pages;
    if (w->scene_page >= pages)
        w->scene_page = pages - 1;
    snprintf(progress, sizeof progress, "%s \xC2\xB7 decision %d", widget_phase(s->phase, phase, sizeof phase),
             s->decision_number);
    if (pages > 1) {
        char more[128];
        snprintf(more, sizeof more, " \xC2\xB7 page %d of %d%s", w->scene_page + 1, pages,
                 w->scene_page + 1 < pages ? " \xC2\xB7 Space for the next page" : "");
        strncat(progress, more, sizeof progress - strlen(progress) - 1);
    }
    gfx_label(&a->g, FONT_SMALL_BOLD, progress, x, y + h, t->muted);
    h += caption_h;
    if (s->speaker[0])
        h += gfx_text(&a->g, FONT_BOLD, s->speaker, x, y + h, width, t->accent) + u / 2;
    l = gfx_layout(&a->g, FONT_BODY, s->text, width);
    int first = w->page_line[w->scene_page], end = w->page_line[w->scene_page + 1];
    int top = l->n_lines > 0 ? l->lines[first].y : 0;
    int bottom = end < l->n_lines ? l->lines[end].y : l->height;
    if (!a->g.measuring && l->n_lines > 0) { /* only this page's lines: the band clips the others */
        SDL_Rect keep = a->g.clip;
        SDL_Rect band = { 0, a->ui.view.y + y + h, a->width, bottom - top };
        gfx_set_clip(&a->g, band);
        gfx_draw_layout(&a->g, l, x, y + h - top, t->text);
        gfx_set_clip(&a->g, keep);
    }
    h += bottom - top;
    return h;
}

void ws_step_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, y = u * 2;
    int deciding = a->decision.stage == STAGE_DECIDING;
    char line[400];
    w->n_boxes = 0;

    if (deciding && w->view == WS_VIEW_SCENE) {
        y += scene_page_draw(w, x, y, width);
        a->ui.content_height = y + u;
        return;
    }
    if (!deciding) {
        snprintf(line, sizeof line, "Decision %d \xC2\xB7 the group's choice", a->step.decision_number);
        y += widget_caption(a, line, x, y, width) + u / 2;
        y += choice_row(w, a->decision.picked, x, y, width) + u;
        const cw_result *r = cw_session_result(a->session, a->decision.result_index);
        if (r)
            y += result_view(a, r, 0, x, y, width) + u;
    } else {
        if (w->revealed)
            snprintf(line, sizeof line, "Decision %d \xC2\xB7 how the room voted%s", a->step.decision_number,
                     w->round == 2 ? " \xC2\xB7 round 2" : "");
        else
            snprintf(line, sizeof line, "Decision %d \xC2\xB7 %s%s", a->step.decision_number,
                     w->room ? "vote on your phone" : "the room votes by show of hands",
                     w->round == 2 ? " \xC2\xB7 round 2, after the discussion" : "");
        y += widget_caption(a, line, x, y, width) + u / 3;
        if (w->revealed && w->round == 2)
            y += changed_line(w, x, y, width) + u / 2;
        else if (!w->revealed)
            y += answered_line(w, x, y, width) + u / 2;
        for (int i = 0; i < ws_n_choices(w); i++)
            y += choice_row(w, i, x, y, width) + u / 2;
        if (w->revealed) {
            chart_group groups[CHART_MAX_GROUPS];
            int n = chart_groups(w, groups, 0);
            y += chart_legend(a, groups, n, x, y, width) + u / 2;
            const cw_step *step = cw_session_step(a->session);
            if (step && step->discussion && step->discussion[0]) {
                snprintf(line, sizeof line, "Discuss: %s", step->discussion);
                y += gfx_text(&a->g, FONT_BOLD, line, x, y, width, t->text) + u / 2;
            }
            int ties = 0;
            int best = ws_majority(w, &ties);
            if (best < 0) {
                y += gfx_text(&a->g, FONT_SMALL_BOLD, ties > 1 ? "A tie: the facilitator picks (a choice's number)."
                                                              : "No votes: the facilitator picks (a choice's number).",
                              x, y, width, t->text) + u / 2;
            }
        }
    }
    if (w->status[0])
        y += gfx_text(&a->g, FONT_BOLD, w->status, x, y, width, t->text) + u / 2;
    if (a->decision.status[0])
        y += gfx_text(&a->g, FONT_BOLD, a->decision.status, x, y, width, t->text) + u / 2;
    a->ui.content_height = y + u;
}

/* The next actions, for the fixed bar: the first is the main one. */
void ws_step_actions(workshop *w, int *ids, const char **labels, int *n)
{
    app *a = w->a;
    *n = 0;
#define ACTION(id, label) (ids[*n] = (id), labels[(*n)++] = (label))
    if (ws_more_parts(w) && (a->step.kind == CW_STEP_ENDING || a->decision.stage != STAGE_DECIDING)) {
        ACTION(WS_NEXT_PART, "Next page (Space)"); /* the room reads the whole page first */
        return;
    }
    if (a->step.kind == CW_STEP_ENDING) {
        if (w->scene_page == 0)
            ACTION(WS_NEXT_PAGE, "The room's path (Space)");
        else
            ACTION(WS_QUIT, "Close (Enter)");
        return;
    }
    if (a->step.kind == CW_STEP_COMPOSE) {
        if (a->decision.stage == STAGE_DECIDING && w->view == WS_VIEW_SCENE)
            ACTION(WS_NEXT_PAGE, w->scene_page + 1 < w->scene_pages ? "Next page (Space)" : "Show the clauses (Space)");
        else if (a->decision.stage == STAGE_DECIDING)
            ACTION(CONTROL_CONTINUE, "Submit the draft (Enter)");
        else
            ACTION(CONTROL_CONTINUE, cw_session_finished(a->session) ? "See the ending (Enter)" : "Continue (Enter)");
        return;
    }
    if (a->decision.stage != STAGE_DECIDING) {
        ACTION(CONTROL_CONTINUE, cw_session_finished(a->session) ? "See the ending (Enter)" : "Continue (Enter)");
        return;
    }
    switch (w->view) {
    case WS_VIEW_SCENE:
        ACTION(WS_NEXT_PAGE, w->scene_page + 1 < w->scene_pages ? "Next page (Space)" : "Show the choices (Space)");
        break;
    case WS_VIEW_CHOICES:
        ACTION(WS_REVEAL, "Reveal the votes (R)");
        break;
    default:
        if (ws_majority(w, NULL) >= 0)
            ACTION(WS_MAJORITY, "Go with the majority (M)");
        if (!w->key_shown)
            ACTION(WS_SHOW_KEY, "Show the key (K)");
        if (w->round == 1)
            ACTION(WS_REVOTE, "Vote again (V)");
        break;
    }
#undef ACTION
}

/* ---- input ------------------------------------------------------------------------------ */

void ws_step_action(workshop *w, int id)
{
    app *a = w->a;
    decision_state *d = &a->decision;
    if (id == CONTROL_CONTINUE) {
        if (d->stage == STAGE_FEEDBACK) {
            play_show_step(a);
            ws_sync(w);
        }
        return;
    }
    if (d->stage != STAGE_DECIDING)
        return;
    if (id == WS_NEXT_PAGE) {
        ws_next_scene_page(w, +1);
    } else if (id == WS_SHOW_CHOICES) {
        ws_show_choices(w);
    } else if (id == WS_REVEAL) {
        ws_reveal(w);
    } else if (id == WS_REVOTE) {
        ws_revote(w);
    } else if (id == WS_SHOW_KEY) {
        if (w->revealed) {
            if (!w->ratings_known)
                ws_probe_ratings(w);
            w->key_shown = 1;
        }
    } else if (id == WS_MAJORITY) {
        int best = ws_majority(w, NULL);
        if (best >= 0 && w->revealed)
            ws_commit(w, best, "majority");
    } else if (id >= WS_CHOICE_FIRST && id < WS_CHOICE_FIRST + ws_n_choices(w)) {
        if (w->revealed)
            ws_commit(w, id - WS_CHOICE_FIRST, "facilitator");
    } else {
        ws_cell_action(w, id);
    }
}

int ws_step_key(workshop *w, const SDL_Keysym *key)
{
    app *a = w->a;
    SDL_Keycode sym = key->sym;
    if (key->mod & (KMOD_CTRL | KMOD_ALT))
        return 0;
    if (a->decision.stage != STAGE_DECIDING) {
        if (sym == SDLK_RETURN || sym == SDLK_KP_ENTER || sym == SDLK_SPACE) {
            ws_step_action(w, CONTROL_CONTINUE);
            return 1;
        }
        return 0;
    }
    if (w->view == WS_VIEW_SCENE) {
        if (sym == SDLK_SPACE || sym == SDLK_PAGEDOWN || sym == SDLK_RIGHT || sym == SDLK_DOWN
            || sym == SDLK_RETURN || sym == SDLK_KP_ENTER)
            return ws_next_scene_page(w, +1), 1;
        if (sym == SDLK_PAGEUP || sym == SDLK_LEFT || sym == SDLK_UP || sym == SDLK_BACKSPACE)
            return ws_next_scene_page(w, -1), 1;
        if (sym == SDLK_r && a->step.kind == CW_STEP_CHOICE)
            return ws_reveal(w), 1;
        return 0;
    }
    if (sym == SDLK_PAGEUP && !w->revealed)
        return ws_next_scene_page(w, -1), 1;
    if (sym == SDLK_r && !w->revealed)
        return ws_reveal(w), 1;
    if (!w->revealed)
        return w->room ? 0 : ws_cell_key(w, key);
    switch (sym) {
    case SDLK_m: ws_step_action(w, WS_MAJORITY); return 1;
    case SDLK_k: ws_step_action(w, WS_SHOW_KEY); return 1;
    case SDLK_v: ws_revote(w); return 1;
    default: return 0;
    }
}

const char *ws_step_hints(workshop *w)
{
    app *a = w->a;
    if (a->decision.stage != STAGE_DECIDING)
        return "Esc menu \xC2\xB7 F11 full screen";
    if (w->view == WS_VIEW_SCENE)
        return "Page Up back \xC2\xB7 Esc menu";
    if (!w->revealed)
        return w->room ? "Page Up the scene \xC2\xB7 Esc menu"
                       : "arrows move \xC2\xB7 digits count \xC2\xB7 + \xE2\x88\x92 adjust \xC2\xB7 Esc menu";
    return "1\xE2\x80\x93" "9 the facilitator's pick";
}
