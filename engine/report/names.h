/* names.h — what reports call scenes by (names.c): a phase and a short title, never an id, in
 * what people read; ids stay in JSON and CSV for other tools. */
#ifndef CW_REPORT_NAMES_H
#define CW_REPORT_NAMES_H

#include "casewalk.h"
#include "report/arena.h"

/* A scene's short title: the scenario's own title for it, else the first words of its text (cut
 * at a word with "…"), else its id made readable ("scott_first" → "Scott first"). scenario and
 * text may be NULL. The result lives in a (or in the scenario). */
const char *report_scene_title(report_arena *a, const cw_scenario *scenario, const char *scene_id,
                               const char *text);
/* "Removal · Weighing the risk" (phase capitalized; the title alone without a phase). */
const char *report_scene_label(report_arena *a, const char *phase, const char *title);

#endif
