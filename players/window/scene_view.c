/* scene_view.c — progress line ("Removal · decision 2"), speaker, and the scene's paragraphs. */
#include <stdio.h>

#include "progress_words.h"
#include "scene_view.h"
#include "widgets.h"

const char *scene_progress(app *a, int number, char *out, size_t size)
{
    static const cw_scenario *counted; /* the estimate walks the map: once per scenario */
    static int estimate;
    const cw_scenario *scenario = a->session ? cw_session_scenario(a->session) : NULL;
    if (scenario != counted) {
        counted = scenario;
        estimate = scenario ? cw_scenario_decisions_estimate(scenario) : 0;
    }
    return decision_progress(number, estimate, out, size);
}

int scene_view(app *a, int x, int y, int width)
{
    const shown_step *s = &a->step;
    const theme *t = a->theme;
    char progress[256], phase[128], where[96];
    snprintf(progress, sizeof progress, "%s \xC2\xB7 %s", widget_phase(s->phase, phase, sizeof phase),
             scene_progress(a, s->decision_number, where, sizeof where));
    int h = gfx_text(&a->g, FONT_SMALL, progress, x, y, width, t->muted);
    h += a->unit * 2;
    if (s->speaker[0]) {
        h += gfx_text(&a->g, FONT_BOLD, s->speaker, x, y + h, width, t->accent);
        h += a->unit / 2;
    }
    h += gfx_text(&a->g, FONT_BODY, s->text, x, y + h, width, t->text);
    return h;
}

const char *scene_hints(app *a, const char *keys)
{
    snprintf(a->hints, sizeof a->hints,
             "%s \xC2\xB7 Esc pause \xC2\xB7 Ctrl + / Ctrl \xE2\x88\x92 text size \xC2\xB7 F2 high contrast "
             "\xC2\xB7 F3 projector",
             keys);
    return a->hints;
}
