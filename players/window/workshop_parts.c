/* workshop_parts.c — a workshop page taller than the view is shown in parts, one screen each,
 * rather than in smaller text: the room reads every page at the same size. The page is drawn
 * once whole while the places it may be split are collected (gfx breaks: the top of every
 * wrapped line and of every framed block, never inside a kept block such as a choice or a
 * clause); the parts end at the last such place that fits. Page Down and Page Up move between
 * the parts; the action bar says which part is on screen. */
#include <stdio.h>
#include <stdlib.h>

#include "workshop_app.h"

long ws_part_key(const workshop *w)
{
    const app *a = w->a;
    long key = w->page;
    key = key * 7 + (a->step.kind + 1);
    key = key * 7 + w->view;
    key = key * 7 + a->decision.stage;
    key = key * 3 + w->round;
    key = key * 3 + (w->menu != 0);
    key = key * 101 + w->scene_page % 101;
    key = key * 1009 + w->shown_for % 1009;
    key = key * 1009 + (a->session ? cw_session_result_count(a->session) % 1009 : 0);
    return key;
}

static int by_value(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

int ws_parts_plan(workshop *w)
{
    app *a = w->a;
    int u = a->unit, top = u * 2, end = a->ui.content_height - u;
    int *b = a->g.breaks ? a->g.breaks : w->breaks, n = a->g.n_breaks;
    qsort(b, (size_t)n, sizeof *b, by_value);
    w->parts = 0;
    int start = 0;
    while (w->parts < WS_MAX_PARTS) {
        /* a later part starts below the page's top margin, as the first does */
        int fit = a->ui.view.h - (w->parts ? top : 0) - u;
        w->part_start[w->parts] = start;
        if (end - start <= fit) {
            w->part_end[w->parts++] = end;
            return 1;
        }
        int cut = -1;
        for (int i = 0; i < n && b[i] - start <= fit; i++)
            if (b[i] > start + u) /* a part shows at least something */
                cut = b[i];
        if (cut < 0)
            break; /* one line or block taller than the view */
        w->part_end[w->parts++] = cut;
        start = cut;
    }
    w->parts = 1;
    return 0;
}

static int within(const workshop *w, int y, int h)
{
    return y >= w->part_start[w->part] && y + h <= w->part_end[w->part];
}

void ws_part_keep(workshop *w)
{
    app *a = w->a;
    int kept = 0;
    for (int i = 0; i < a->ui.n_controls; i++) { /* a control of another part takes no key or click */
        const ui_control *c = &a->ui.controls[i];
        if ((c->flags & UI_FIXED) || w->parts <= 1 || within(w, c->rect.y, c->rect.h))
            a->ui.controls[kept++] = *c;
    }
    a->ui.n_controls = kept;
    w->part_items = w->n_boxes;
    w->part_first_item = w->part_last_item = 0;
    kept = 0;
    for (int i = 0; i < w->n_boxes; i++) {
        SDL_Rect r = w->boxes[i];
        if (w->parts > 1 && !within(w, r.y - a->ui.view.y, r.h))
            continue;
        if (!w->part_first_item)
            w->part_first_item = i + 1;
        w->part_last_item = i + 1;
        r.y -= w->part_scroll;
        w->boxes[kept++] = r;
    }
    w->n_boxes = kept;
}

int ws_more_parts(const workshop *w)
{
    return w->part + 1 < w->parts;
}

int ws_next_part(workshop *w, int dir)
{
    int to = w->part + dir;
    if (to < 0 || to >= w->parts)
        return 0;
    w->part = to;
    w->a->ui.focus_id = UI_NONE;
    w->a->dirty = 1;
    return 1;
}

void ws_part_label(const workshop *w, char *out, size_t size)
{
    const app *a = w->a;
    int n = snprintf(out, size, "Page %d of %d", w->part + 1, w->parts);
    const char *noun = a->step.kind == CW_STEP_COMPOSE ? "clauses" : "choices";
    if (w->page == WS_PAGE_STEP && w->part_items > 1 && w->part_first_item && n < (int)size) {
        if (w->part_first_item == w->part_last_item)
            n += snprintf(out + n, size - (size_t)n, " \xC2\xB7 %s %d of %d", noun, w->part_first_item, w->part_items);
        else
            n += snprintf(out + n, size - (size_t)n, " \xC2\xB7 %s %d\xE2\x80\x93%d of %d", noun, w->part_first_item,
                          w->part_last_item, w->part_items);
    }
    if (n < (int)size)
        snprintf(out + n, size - (size_t)n, "%s%s", ws_more_parts(w) ? " \xC2\xB7 Page Down the next" : "",
                 w->part > 0 ? " \xC2\xB7 Page Up back" : "");
}
