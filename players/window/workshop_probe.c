/* workshop_probe.c — which choice the scenario recommends at the step on screen, so the reveal
 * can mark it: the engine tells each shown choice's rating without making it. */
#include "workshop_app.h"

int ws_probe_ratings(workshop *w)
{
    const cw_step *now = cw_session_step(w->a->session);
    int n = now && now->kind == CW_STEP_CHOICE ? now->n_choices : 0;
    if (n > WS_MAX_CHOICES)
        n = WS_MAX_CHOICES;
    for (int c = 0; c < n; c++)
        w->ratings[c] = cw_session_choice_rating(w->a->session, c);
    w->ratings_known = n > 0;
    return 0;
}
