/* workshop_draft.c — a drafting step at the projector: after the scene's pages, one page with
 * the prompt, the clauses (a number key adds or removes one, as in the trainee's window) and the
 * room's draft as it grows; Enter submits it. The draft's logic is the trainee's drafting
 * screen's (compose_screen); only the page differs, sized for the room. */
#include <stdio.h>

#include "result_view.h"
#include "widgets.h"
#include "workshop_app.h"

enum { CLAUSE_FIRST = 1 }; /* compose_screen's ids: clause position + 1 */

static int place_of(const decision_state *d, int clause)
{
    for (int i = 0; i < d->n_order; i++)
        if (d->order[i] == clause)
            return i;
    return -1;
}

/* One clause, framed compactly (the room needs the space for the text): its number, which is
 * its key, filled when it is in the draft, and which sentence of the draft it is. */
static int clause_row(workshop *w, int i, int place, int drafting, int x, int y, int width)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, pad = u * 2 / 3;
    int size = gfx_font(&a->g, FONT_BODY)->line_height;
    int text_x = x + pad + size + u, text_w = width - (text_x - x) - pad;
    char tag[64], number[16];
    snprintf(tag, sizeof tag, "\xE2\x9C\x94 Sentence %d of the draft", place + 1);
    int h = gfx_layout(&a->g, FONT_BODY, a->step.options[i], text_w)->height
          + (place >= 0 ? gfx_font(&a->g, FONT_SMALL_BOLD)->line_height : 0) + 2 * pad;
    SDL_Rect r = { x, y, width, h };
    gfx_break(&a->g, y); /* a part may begin with a clause, never in the middle of one */
    a->g.keep++;
    int state = drafting ? ui_add(&a->ui, CLAUSE_FIRST + i, r, i < 9 ? i + 1 : 0, UI_NOFOCUS) : 0;
    int in = place >= 0;
    gfx_round_frame(&a->g, r, u / 2, in ? a->line * 2 : a->line,
                    in ? t->accent : (state & UI_HOVERED) ? t->border_strong : t->border, in ? t->accent_soft : t->surface);
    SDL_Rect b = { x + pad, y + pad, size, size };
    if (in)
        gfx_round_fill(&a->g, b, u / 2, t->accent);
    else
        gfx_round_frame(&a->g, b, u / 2, a->line, t->border_strong, t->surface);
    snprintf(number, sizeof number, "%d", i + 1);
    const font *bold = gfx_font(&a->g, FONT_BOLD);
    gfx_label(&a->g, FONT_BOLD, number, b.x + (size - gfx_label_width(&a->g, FONT_BOLD, number)) / 2,
              b.y + (size - bold->line_height) / 2, in ? t->on_accent : t->text);
    int th = gfx_text(&a->g, FONT_BODY, a->step.options[i], text_x, y + pad, text_w, drafting || in ? t->text : t->muted);
    if (in)
        gfx_text(&a->g, FONT_SMALL_BOLD, tag, text_x, y + pad + th, text_w, t->accent);
    a->g.keep--;
    return h;
}

void ws_draft_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    const shown_step *s = &a->step;
    decision_state *d = &a->decision;
    const theme *t = a->theme;
    int u = a->unit, y = u * 2;
    int drafting = d->stage == STAGE_DECIDING;
    char line[300];
    w->n_boxes = 0;
    if (drafting && w->view == WS_VIEW_SCENE) {
        ws_step_draw(w, x, width); /* the scene's pages, as for a choice */
        return;
    }
    snprintf(line, sizeof line, "Decision %d \xC2\xB7 the room drafts together", s->decision_number);
    y += widget_caption(a, line, x, y, width) + u / 3;
    if (s->compose_prompt[0])
        y += gfx_text(&a->g, FONT_HEADING, s->compose_prompt, x, y, width, t->text) + u / 2;
    int min = s->min_clauses > 0 ? s->min_clauses : 1;
    int max = s->max_clauses > 0 && s->max_clauses < s->n_options ? s->max_clauses : s->n_options;
    snprintf(line, sizeof line, "Choose %d to %d, in the order they should read \xC2\xB7 the draft has %d", min, max,
             d->n_order);
    y += gfx_text(&a->g, FONT_SMALL_BOLD, line, x, y, width, t->muted) + u / 2;
    for (int i = 0; drafting && i < s->n_options; i++) {
        int h = clause_row(w, i, place_of(d, i), drafting, x, y, width);
        if (w->n_boxes < WS_MAX_CHOICES)
            w->boxes[w->n_boxes++] = (SDL_Rect){ x, y + a->ui.view.y, width, h };
        y += h + u / 3;
    }
    if (!drafting)
        y += widget_heading(a, "The room's draft", x, y, width) + u / 3;
    else if (d->n_order == 0)
        y += gfx_text(&a->g, FONT_SMALL_BOLD, "Press a clause's number to add it to the room's draft.", x, y, width,
                      t->muted) + u / 2;
    for (int i = 0; !drafting && i < d->n_order; i++) {
        snprintf(line, sizeof line, "%d. ", i + 1);
        int nw = gfx_label_width(&a->g, FONT_BOLD, "00. ");
        gfx_label(&a->g, FONT_BOLD, line, x, y, t->muted);
        y += gfx_text(&a->g, FONT_BODY, s->options[d->order[i]], x + nw, y, width - nw, t->text) + u / 4;
    }
    if (!drafting) {
        const cw_result *r = cw_session_result(a->session, d->result_index);
        if (r)
            y += u / 2 + result_view(a, r, 0, x, y + u / 2, width) + u;
    }
    if (d->status[0])
        y += gfx_text(&a->g, FONT_BOLD, d->status, x, y, width, t->text) + u / 2;
    a->ui.content_height = y + u;
}
