/* widgets.c — drawing and registering the window's controls. Selection is shown by a frame, a
 * mark and a word; focus by a ring outside the control; never by colour alone. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "widgets.h"

static int radius(const app *a)
{
    return a->unit * 2 / 3;
}

void widget_focus_ring(app *a, SDL_Rect r, int state, SDL_Color behind)
{
    if (!(state & UI_FOCUSED) || !a->ui.focus_visible)
        return;
    int gap = a->unit / 3 > a->line + 1 ? a->unit / 3 : a->line + 1;
    int thick = a->unit / 3 > a->line * 2 + 1 ? a->unit / 3 : a->line * 2 + 1;
    gfx_focus_ring(&a->g, r, radius(a), gap, thick, a->theme->focus, behind);
}

/* A square badge with a number or a mark in it, vertically centred on a line of height lh. */
static void badge(app *a, const char *text, int filled, SDL_Color colour, int x, int y, int size)
{
    const theme *t = a->theme;
    SDL_Rect r = { x, y, size, size };
    if (filled)
        gfx_round_fill(&a->g, r, radius(a), colour);
    else
        gfx_round_frame(&a->g, r, radius(a), a->line, colour, t->surface);
    const font *f = gfx_font(&a->g, FONT_BOLD);
    int w = gfx_label_width(&a->g, FONT_BOLD, text);
    gfx_label(&a->g, FONT_BOLD, text, x + (size - w) / 2, y + (size - f->line_height) / 2,
              filled ? t->on_accent : colour);
}

int widget_choice(app *a, int id, int number, const char *text, const char *tag, choice_look look,
                  int x, int y, int width)
{
    return widget_choice_ordered(a, id, number, text, tag, look, 0, x, y, width);
}

int widget_choice_ordered(app *a, int id, int number, const char *text, const char *tag, choice_look look,
                          int order, int x, int y, int width)
{
    const theme *t = a->theme;
    const font *body = gfx_font(&a->g, FONT_BODY);
    const font *small = gfx_font(&a->g, FONT_SMALL_BOLD);
    int pad_y = a->unit * 5 / 4, pad_x = a->unit * 3 / 2;
    int badge_size = body->line_height + a->unit / 2;
    int text_x = x + pad_x + badge_size + a->unit * 3 / 2;
    int order_w = order > 0 ? badge_size + a->unit * 3 / 2 : 0; /* room for the order badge */
    int text_w = width - (text_x - x) - pad_x - order_w;
    const layout *l = gfx_layout(&a->g, FONT_BODY, text, text_w);
    int tag_h = tag ? small->line_height : 0;
    int inner = l->height + tag_h;
    if (inner < badge_size)
        inner = badge_size;
    SDL_Rect r = { x, y, width, inner + 2 * pad_y };
    int state = id != UI_NONE ? ui_add(&a->ui, id, r, number <= 9 ? number : 0, 0) : 0;

    SDL_Color border = t->border, fill = t->surface, ink = t->text;
    int line = a->line;
    if (look == LOOK_PICKED) {
        border = t->accent, fill = t->accent_soft, line = a->line * 2 + 1;
    } else if (look == LOOK_DIMMED) {
        fill = t->background, ink = t->muted;
    } else if (state & UI_PRESSED) {
        border = t->accent, fill = t->accent_soft;
    } else if (state & UI_HOVERED) {
        border = t->border_strong;
    }
    widget_focus_ring(a, r, state, a->theme->background);
    gfx_round_frame(&a->g, r, radius(a), line, border, fill);

    char digits[16];
    snprintf(digits, sizeof digits, "%d", number);
    int by = y + pad_y + (l->n_lines > 1 ? 0 : (inner - tag_h - badge_size) / 2);
    if (look == LOOK_PICKED && order > 0) /* drafting: the key stays readable, the order beside it */
        badge(a, digits, 1, t->accent, x + pad_x, by, badge_size);
    else if (look == LOOK_PICKED)
        badge(a, "\xE2\x9C\x94", 1, t->accent, x + pad_x, by, badge_size); /* ✔ */
    else
        badge(a, digits, 0, look == LOOK_DIMMED ? t->border : t->border_strong, x + pad_x, by, badge_size);

    int ty = y + pad_y + (inner - tag_h - l->height) / 2;
    gfx_draw_layout(&a->g, l, text_x, ty, ink);
    if (order > 0) { /* a round mark with the place in the draft: 1, 2, 3 */
        char place[16];
        snprintf(place, sizeof place, "%d", order);
        int ox = x + width - pad_x - badge_size, oy = y + (r.h - badge_size) / 2;
        gfx_round_fill(&a->g, (SDL_Rect){ ox, oy, badge_size, badge_size }, badge_size / 2, t->text);
        const font *f = gfx_font(&a->g, FONT_BOLD);
        gfx_label(&a->g, FONT_BOLD, place, ox + (badge_size - gfx_label_width(&a->g, FONT_BOLD, place)) / 2,
                  oy + (badge_size - f->line_height) / 2, t->background);
    }
    if (tag)
        gfx_label(&a->g, FONT_SMALL_BOLD, tag, text_x, ty + l->height, look == LOOK_PICKED ? t->accent : t->muted);
    return r.h;
}

static font_role button_font(button_style style)
{
    return style == BUTTON_QUIET ? FONT_SMALL : FONT_BOLD;
}

static int button_height_for(app *a, button_style style)
{
    const font *f = gfx_font(&a->g, button_font(style));
    return f->line_height + (style == BUTTON_QUIET ? a->unit * 2 / 3 : a->unit * 3 / 2);
}

int widget_button_height(app *a, button_style style)
{
    return button_height_for(a, style);
}

static int button_width_for(app *a, const char *label, button_style style)
{
    int pad = style == BUTTON_QUIET ? a->unit : a->unit * 5 / 2;
    return gfx_label_width(&a->g, button_font(style), label) + 2 * pad;
}

int widget_button_width(app *a, const char *label, button_style style)
{
    return button_width_for(a, label, style);
}

int widget_button(app *a, int id, const char *label, button_style style, int x, int y, int flags)
{
    const theme *t = a->theme;
    font_role role = button_font(style);
    int w = button_width_for(a, label, style), h = button_height_for(a, style);
    SDL_Rect r = { x, y, w, h };
    int state = ui_add(&a->ui, id, r, 0, flags);
    SDL_Color fill = t->surface, border = t->border_strong, ink = t->text;
    if (style == BUTTON_PRIMARY)
        fill = t->accent, border = t->accent, ink = t->on_accent;
    else if (style == BUTTON_QUIET)
        fill = t->bar, border = t->border;
    if ((state & UI_PRESSED) || ((state & UI_HOVERED) && style != BUTTON_PRIMARY))
        fill = t->accent_soft, ink = t->text, border = t->accent;
    if ((state & UI_HOVERED) && style == BUTTON_PRIMARY && !(state & UI_PRESSED))
        border = t->border_strong;
    widget_focus_ring(a, r, state, a->theme->background);
    gfx_round_frame(&a->g, r, radius(a), a->line, border, fill);
    const font *f = gfx_font(&a->g, role);
    int lw = gfx_label_width(&a->g, role, label);
    gfx_label(&a->g, role, label, x + (w - lw) / 2, y + (h - f->line_height) / 2, ink);
    return w;
}

int widget_option(app *a, int id, int key, const char *label, const char *detail, int selected,
                  int x, int y, int width)
{
    const theme *t = a->theme;
    int pad_y = a->unit, pad_x = a->unit * 3 / 2;
    int mark_w = gfx_label_width(&a->g, FONT_BOLD, "\xE2\x97\x8F") + a->unit; /* ● */
    int text_x = x + pad_x + mark_w;
    int text_w = width - (text_x - x) - pad_x;
    const layout *head = gfx_layout(&a->g, FONT_BOLD, label, text_w);
    int head_h = head->height;
    int detail_h = detail && detail[0] ? gfx_layout(&a->g, FONT_SMALL, detail, text_w)->height : 0;
    SDL_Rect r = { x, y, width, head_h + detail_h + 2 * pad_y };
    int state = id != UI_NONE ? ui_add(&a->ui, id, r, key, 0) : 0;
    SDL_Color border = selected ? t->accent : (state & UI_HOVERED) ? t->border_strong : t->border;
    SDL_Color fill = selected || (state & UI_PRESSED) ? t->accent_soft : t->surface;
    widget_focus_ring(a, r, state, a->theme->background);
    gfx_round_frame(&a->g, r, radius(a), selected ? a->line * 2 + 1 : a->line, border, fill);
    gfx_label(&a->g, FONT_BOLD, selected ? "\xE2\x97\x8F" : "\xE2\x97\x8B", x + pad_x, y + pad_y,
              selected ? t->accent : t->muted); /* ● or ○ */
    head = gfx_layout(&a->g, FONT_BOLD, label, text_w);
    gfx_draw_layout(&a->g, head, text_x, y + pad_y, t->text);
    if (detail_h)
        gfx_text(&a->g, FONT_SMALL, detail, text_x, y + pad_y + head_h, text_w, t->muted);
    return r.h;
}

int widget_textbox(app *a, int id, textfield *field, const char *placeholder, int enter_id,
                   int min_lines, int x, int y, int width)
{
    const theme *t = a->theme;
    const font *body = gfx_font(&a->g, FONT_BODY);
    int pad = a->unit;
    int text_w = width - 2 * pad;
    const layout *l = gfx_layout(&a->g, FONT_BODY, field->text, text_w);
    int text_h = l->height > min_lines * body->line_height ? l->height : min_lines * body->line_height;
    SDL_Rect r = { x, y, width, text_h + 2 * pad };
    int state = ui_add_text(&a->ui, id, r, field, enter_id);
    int focused = state & UI_FOCUSED;
    widget_focus_ring(a, r, state, a->theme->background);
    gfx_round_frame(&a->g, r, radius(a) / 2, focused ? a->line * 2 + 1 : a->line,
                    focused ? t->accent : (state & UI_HOVERED) ? t->border_strong : t->border, t->surface);
    if (field->len == 0 && placeholder) { /* not typed text: a pencil, brackets and the muted colour */
        char hint[512];
        snprintf(hint, sizeof hint, "\xE2\x9C\x8E [%s]", placeholder); /* ✎ */
        int caret_room = a->unit / 2 + 3; /* the caret sits at the start: the hint begins after it */
        gfx_text(&a->g, FONT_SMALL, hint, x + pad + caret_room,
                 y + pad + (body->line_height - gfx_font(&a->g, FONT_SMALL)->line_height) / 2, text_w - caret_room,
                 t->muted);
    }
    l = gfx_layout(&a->g, FONT_BODY, field->text, text_w);
    int marked = focused && field->all_selected; /* Ctrl+A: the whole text marked, as text boxes do */
    if (marked)
        gfx_fill(&a->g, (SDL_Rect){ x + pad, y + pad, l->width + 2, l->height }, t->accent);
    gfx_draw_layout(&a->g, l, x + pad, y + pad, marked ? t->on_accent : t->text);
    if (focused) {
        int cx, cy;
        layout_cursor_position(l, &a->g.words, field->cursor, &cx, &cy);
        int inset = (body->line_height - body->height) / 2;
        int w = a->scale >= 1.5f ? 3 : 2;
        SDL_Rect caret = { x + pad + cx, y + pad + cy + inset, w, body->height };
        gfx_fill(&a->g, caret, t->text);
    }
    return r.h;
}

static const char *const rating_marks[] = {
    "\xE2\x9C\x96", /* ✖ harmful */
    "\xE2\x96\xB2", /* ▲ concerning */
    "\xE2\x97\x8F", /* ● acceptable */
    "\xE2\x9C\x94", /* ✔ recommended */
};

const char *widget_rating_word(cw_rating rating)
{
    static const char *const names[] = { "Harmful", "Concerning", "Acceptable", "Recommended" };
    return rating >= CW_RATING_HARMFUL && rating <= CW_RATING_RECOMMENDED ? names[rating] : "Not rated";
}

int widget_rating(app *a, cw_rating rating, font_role role, int x, int y)
{
    int known = rating >= CW_RATING_HARMFUL && rating <= CW_RATING_RECOMMENDED;
    SDL_Color c = known ? a->theme->rating[rating] : a->theme->muted;
    const char *mark = known ? rating_marks[rating] : "\xE2\x80\x93"; /* – */
    int w = gfx_label(&a->g, role, mark, x, y, c);
    w += a->unit * 2 / 3;
    w += gfx_label(&a->g, role, widget_rating_word(rating), x + w, y, c);
    return w;
}

int widget_bar(app *a, const char *label, int value, int max, int x, int y, int width)
{
    const theme *t = a->theme;
    const font *body = gfx_font(&a->g, FONT_BODY);
    char numbers[64];
    snprintf(numbers, sizeof numbers, "%d of %d points", value, max);
    int nw = gfx_label_width(&a->g, FONT_SMALL_BOLD, numbers);
    int label_h = gfx_text(&a->g, FONT_BODY, label, x, y, width - nw - a->unit * 2, t->text);
    gfx_label(&a->g, FONT_SMALL_BOLD, numbers, x + width - nw, y + (body->line_height - gfx_font(&a->g, FONT_SMALL_BOLD)->line_height) / 2,
              t->text);
    int bar_h = a->unit * 3 / 2;
    SDL_Rect track = { x, y + label_h + a->unit / 3, width, bar_h };
    gfx_round_frame(&a->g, track, bar_h / 2, a->line, t->border_strong, t->panel);
    if (max > 0 && value > 0) {
        int inner_w = width - 2 * a->line;
        int fill_w = (int)((long)inner_w * (value > max ? max : value) / max);
        SDL_Rect fill = { x + a->line, track.y + a->line, fill_w, bar_h - 2 * a->line };
        gfx_round_fill(&a->g, fill, fill.h / 2, t->accent);
    }
    return label_h + a->unit / 3 + bar_h;
}

int widget_caption(app *a, const char *text, int x, int y, int width)
{
    return gfx_text(&a->g, FONT_SMALL_BOLD, text, x, y, width, a->theme->muted);
}

int widget_heading(app *a, const char *text, int x, int y, int width)
{
    return gfx_text(&a->g, FONT_HEADING, text, x, y, width, a->theme->text);
}

int widget_bullet(app *a, const char *text, int x, int y, int width)
{
    int indent = a->unit * 2;
    gfx_label(&a->g, FONT_BODY, "\xE2\x80\xA2", x + a->unit / 2, y, a->theme->muted); /* • */
    return gfx_text(&a->g, FONT_BODY, text, x + indent, y, width - indent, a->theme->text);
}

const char *widget_phase(const char *phase, char *out, size_t size)
{
    snprintf(out, size, "%s", phase && phase[0] ? phase : "Scene");
    out[0] = (char)toupper((unsigned char)out[0]);
    return out;
}
