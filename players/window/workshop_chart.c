/* workshop_chart.c — drawing the role-split bars. The patterns carry the meaning without colour:
 * CPS solid, DV striped, a third role dotted, a fourth outlined. */
#include <stdio.h>
#include <string.h>

#include "widgets.h"
#include "workshop_chart.h"

#define RGB(hex) ((SDL_Color){ (Uint8)((hex) >> 16), (Uint8)(((hex) >> 8) & 0xFF), (Uint8)((hex) & 0xFF), 0xFF })

static SDL_Color ink_of(int group)
{
    switch (group % CHART_MAX_GROUPS) {
    case 0: return RGB(0x1C4A72); /* deep blue */
    case 1: return RGB(0x8A4B08); /* dark amber */
    case 2: return RGB(0x2F5E3A); /* dark green */
    default: return RGB(0x4A4A4A);
    }
}

static SDL_Color tint_of(int group)
{
    switch (group % CHART_MAX_GROUPS) {
    case 1: return RGB(0xF5E6CF);
    case 2: return RGB(0xE1EEE3);
    default: return RGB(0xFFFFFF);
    }
}

void chart_swatch(app *a, int group, SDL_Rect r)
{
    SDL_Color ink = ink_of(group), tint = tint_of(group);
    int line = a->line > 1 ? a->line : 2;
    if (r.w <= 0 || r.h <= 0)
        return;
    switch (group % CHART_MAX_GROUPS) {
    case 0:
        gfx_fill(&a->g, r, ink);
        break;
    case 1: { /* vertical stripes on a light tint, framed */
        gfx_fill(&a->g, r, tint);
        int step = line * 3 + 2;
        for (int x = r.x + line; x < r.x + r.w; x += step) {
            int w = x + line * 3 / 2 > r.x + r.w ? r.x + r.w - x : line * 3 / 2;
            gfx_fill(&a->g, (SDL_Rect){ x, r.y, w, r.h }, ink);
        }
        break;
    }
    case 2: { /* dots */
        gfx_fill(&a->g, r, tint);
        int step = line * 3 + 1;
        for (int y = r.y + line; y + line <= r.y + r.h; y += step)
            for (int x = r.x + line + ((y - r.y) / step % 2) * step / 2; x + line <= r.x + r.w; x += step)
                gfx_fill(&a->g, (SDL_Rect){ x, y, line, line }, ink);
        break;
    }
    default:
        gfx_fill(&a->g, r, tint);
        break;
    }
    /* a frame, so that a thin or pale bar still shows its extent */
    gfx_fill(&a->g, (SDL_Rect){ r.x, r.y, r.w, line }, ink);
    gfx_fill(&a->g, (SDL_Rect){ r.x, r.y + r.h - line, r.w, line }, ink);
    gfx_fill(&a->g, (SDL_Rect){ r.x, r.y, line, r.h }, ink);
    gfx_fill(&a->g, (SDL_Rect){ r.x + r.w - line, r.y, line, r.h }, ink);
}

int chart_pattern_for(const char *role_id, int index)
{
    if (!role_id)
        return 3;
    if (strcmp(role_id, "cps") == 0)
        return 0;
    if (strcmp(role_id, "dv") == 0)
        return 1;
    return 2 + index % 2;
}

void chart_sort(chart_group *groups, int n_groups)
{
    for (int i = 1; i < n_groups; i++)
        for (int k = i; k > 0 && groups[k].pattern < groups[k - 1].pattern; k--) {
            chart_group keep = groups[k];
            groups[k] = groups[k - 1];
            groups[k - 1] = keep;
        }
}

static int label_width(app *a, const chart_group *groups, int n_groups)
{
    int w = 0;
    for (int i = 0; i < n_groups; i++) {
        int lw = gfx_label_width(&a->g, FONT_SMALL_BOLD, groups[i].label);
        if (lw > w)
            w = lw;
    }
    return w;
}

int chart_bars(app *a, const chart_group *groups, int n_groups, int choice, int x, int y, int width)
{
    const theme *t = a->theme;
    const font *f = gfx_font(&a->g, FONT_SMALL_BOLD);
    int u = a->unit;
    int lw = label_width(a, groups, n_groups) + u;
    int nw = gfx_label_width(&a->g, FONT_SMALL_BOLD, "9999 \xC2\xB7 100%") + u;
    int bar_h = f->line_height;
    int track_x = x + lw, track_w = width - lw - nw;
    if (track_w < u * 4)
        track_w = u * 4;
    int h = 0;
    for (int g = 0; g < n_groups; g++) {
        const chart_group *gr = &groups[g];
        int row_y = y + h;
        gfx_label(&a->g, FONT_SMALL_BOLD, gr->label, x, row_y, t->text);
        char numbers[64];
        if (gr->offered && !gr->offered[choice]) {
            gfx_label(&a->g, FONT_SMALL, "not offered to this role", track_x, row_y, t->muted);
            h += bar_h + u / 3;
            continue;
        }
        int count = gr->counts[choice];
        int pct = gr->total > 0 ? (int)((count * 100L + gr->total / 2) / gr->total) : 0;
        snprintf(numbers, sizeof numbers, "%d \xC2\xB7 %d%%", count, pct);
        gfx_fill(&a->g, (SDL_Rect){ track_x, row_y + bar_h - a->line, track_w, a->line }, t->border); /* baseline */
        int bw = gr->total > 0 ? (int)((long)track_w * count / gr->total) : 0;
        if (count > 0 && bw < a->line * 3)
            bw = a->line * 3;
        if (bw > 0)
            chart_swatch(a, gr->pattern, (SDL_Rect){ track_x, row_y + 1, bw, bar_h - 2 });
        gfx_label(&a->g, FONT_SMALL_BOLD, numbers, track_x + bw + u / 2, row_y, t->text);
        h += bar_h + u / 3;
    }
    return h;
}

int chart_legend(app *a, const chart_group *groups, int n_groups, int x, int y, int width)
{
    const theme *t = a->theme;
    const font *f = gfx_font(&a->g, FONT_SMALL);
    int u = a->unit, cx = x, sw = u * 3;
    (void)width;
    for (int g = 0; g < n_groups; g++) {
        chart_swatch(a, groups[g].pattern, (SDL_Rect){ cx, y + f->line_height / 6, sw, f->line_height * 2 / 3 });
        cx += sw + u / 2;
        char text[128];
        snprintf(text, sizeof text, "%s (%d)", groups[g].label, groups[g].total);
        cx += gfx_label(&a->g, FONT_SMALL, text, cx, y, t->text) + u * 2;
    }
    return f->line_height;
}
