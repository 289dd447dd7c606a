/* workshop_layout.c — --layout-report: what each frame placed, in words on standard output, so
 * tests can check that a page fits the screen. One line a frame:
 *
 *   layout PAGE window W H body PX view Y H content H bar X Y W H boxes N X,Y,W,H ... part K N fits yes|no
 *
 * boxes are the choices (or the QR code) as drawn, in window pixels; fits says every box, the
 * action bar and every button in the bars lie inside the window, the page's content inside its view, and nothing
 * scrolled; part says which part of a page in parts (workshop_parts.c) this is, 1 1 for a page
 * shown whole. */
#include <stdio.h>

#include "workshop_app.h"

static int inside(SDL_Rect r, int x, int y, int w, int h)
{
    return r.x >= x && r.y >= y && r.x + r.w <= x + w && r.y + r.h <= y + h;
}

void ws_layout_report(workshop *w)
{
    app *a = w->a;
    const SDL_Rect *v = &a->ui.view;
    int fits = w->content_h <= v->h && a->ui.scroll == (w->parts > 1 ? w->part_scroll : 0)
            && inside(w->action_bar, 0, 0, a->width, a->height)
            && w->action_bar.y >= v->y + v->h;
    for (int i = 0; i < a->ui.n_controls; i++) /* the bar's buttons and timer, whole on the screen */
        if (a->ui.controls[i].flags & UI_FIXED)
            fits &= inside(a->ui.controls[i].rect, 0, 0, a->width, a->height);
    int shown = w->page == WS_PAGE_STEP || w->page == WS_PAGE_JOIN ? w->n_boxes : 0;
    for (int i = 0; i < shown; i++)
        fits &= inside(w->boxes[i], 0, v->y, a->width, v->h);
    printf("layout %s window %d %d body %d view %d %d content %d bar %d %d %d %d boxes %d", ws_view_name(w), a->width,
           a->height, w->body_px, v->y, v->h, w->content_h, w->action_bar.x, w->action_bar.y, w->action_bar.w,
           w->action_bar.h, shown);
    for (int i = 0; i < shown; i++)
        printf(" %d,%d,%d,%d", w->boxes[i].x, w->boxes[i].y, w->boxes[i].w, w->boxes[i].h);
    printf(" part %d %d fits %s\n", w->part + 1, w->parts, fits ? "yes" : "no");
    fflush(stdout);
}
