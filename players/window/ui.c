/* ui.c — controls of the last frame: focus order, hit testing, number keys and scrolling. */
#include "ui.h"

void ui_begin_frame(ui_state *ui)
{
    ui->n_controls = 0;
}

static int state_of(const ui_state *ui, int id)
{
    return (ui->focus_id == id ? UI_FOCUSED : 0) | (ui->hover_id == id ? UI_HOVERED : 0)
         | (ui->press_id == id ? UI_PRESSED : 0);
}

int ui_add(ui_state *ui, int id, SDL_Rect rect, int key, int flags)
{
    if (ui->n_controls < UI_MAX_CONTROLS)
        ui->controls[ui->n_controls++] = (ui_control){ id, rect, key, flags, UI_NONE, NULL };
    return state_of(ui, id);
}

int ui_add_text(ui_state *ui, int id, SDL_Rect rect, textfield *field, int enter_id)
{
    if (ui->n_controls < UI_MAX_CONTROLS)
        ui->controls[ui->n_controls++] = (ui_control){ id, rect, 0, UI_TEXT, enter_id, field };
    return state_of(ui, id);
}

const ui_control *ui_find(const ui_state *ui, int id)
{
    for (int i = 0; i < ui->n_controls; i++)
        if (ui->controls[i].id == id)
            return &ui->controls[i];
    return NULL;
}

const ui_control *ui_focused(const ui_state *ui)
{
    return ui->focus_id == UI_NONE ? NULL : ui_find(ui, ui->focus_id);
}

static SDL_Rect on_screen(const ui_state *ui, const ui_control *c)
{
    SDL_Rect r = c->rect;
    if (!(c->flags & UI_FIXED)) {
        r.x += ui->view.x;
        r.y += ui->view.y - ui->scroll;
    }
    return r;
}

int ui_control_at(const ui_state *ui, int x, int y)
{
    SDL_Point p = { x, y };
    for (int i = ui->n_controls - 1; i >= 0; i--) {
        const ui_control *c = &ui->controls[i];
        if (!(c->flags & UI_FIXED) && !SDL_PointInRect(&p, &ui->view))
            continue;
        SDL_Rect r = on_screen(ui, c);
        if (SDL_PointInRect(&p, &r))
            return c->id;
    }
    return UI_NONE;
}

int ui_control_for_key(const ui_state *ui, int number)
{
    for (int i = 0; i < ui->n_controls; i++)
        if (ui->controls[i].key == number)
            return ui->controls[i].id;
    return UI_NONE;
}

void ui_focus(ui_state *ui, int id)
{
    ui->focus_id = id;
    ui->reveal_focus = 1;
}

void ui_focus_step(ui_state *ui, int direction)
{
    if (ui->n_controls == 0)
        return;
    int n = ui->n_controls, at = -1;
    for (int i = 0; i < n; i++)
        if (ui->controls[i].id == ui->focus_id)
            at = i;
    if (at < 0)
        at = direction > 0 ? -1 : n;
    for (int tries = 0; tries < n; tries++) {
        at = ((at + direction) % n + n) % n;
        if (!(ui->controls[at].flags & UI_NOFOCUS))
            break;
    }
    ui_focus(ui, ui->controls[at].id);
    ui->focus_visible = 1;
}

int ui_clamp_scroll(ui_state *ui)
{
    int max = ui->content_height - ui->view.h;
    if (max < 0)
        max = 0;
    int scroll = ui->scroll < 0 ? 0 : ui->scroll > max ? max : ui->scroll;
    int changed = scroll != ui->scroll;
    ui->scroll = scroll;
    return changed;
}

int ui_reveal(ui_state *ui)
{
    if (!ui->reveal_focus)
        return 0;
    ui->reveal_focus = 0;
    const ui_control *c = ui_focused(ui);
    if (!c || (c->flags & UI_FIXED))
        return 0;
    int margin = ui->view.h / 12;
    int before = ui->scroll;
    if (c->rect.y + c->rect.h + margin > ui->scroll + ui->view.h)
        ui->scroll = c->rect.y + c->rect.h + margin - ui->view.h;
    if (c->rect.y - margin < ui->scroll)
        ui->scroll = c->rect.y - margin;
    ui_clamp_scroll(ui);
    return ui->scroll != before;
}

void ui_scroll_by(ui_state *ui, int dy)
{
    ui->scroll += dy;
    ui_clamp_scroll(ui);
}
