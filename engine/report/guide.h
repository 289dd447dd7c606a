/* guide.h — a facilitator guide's model, built from a scenario alone (guide.c): the timed plans
 * for a room, the discussion prompts, what each role sees that another does not, and the
 * practice points the case teaches. The writers (text_guide.c, html_guide.c, markdown_guide.c,
 * json_guide.c) only format it. */
#ifndef CW_REPORT_GUIDE_H
#define CW_REPORT_GUIDE_H

#include "casewalk.h"
#include "casewalk_report.h"
#include "report/practice.h"

#define GUIDE_MAX_SLOTS 48

/* One row of a timed plan. decision is 1.. for a decision's row, 0 otherwise. */
typedef struct guide_slot {
    char what[200];
    int minutes;
    int decision;
} guide_slot;

typedef struct guide_plan {
    int total; /* the session's minutes: the slots add up to this */
    guide_slot slots[GUIDE_MAX_SLOTS];
    int n_slots;
} guide_plan;

typedef struct guide_prompt {
    const char *phase, *scene, *prompt; /* the scenario's strings */
} guide_prompt;

/* One way the roles' views differ: at a scene (or, for scene NULL, the whole case). */
typedef struct guide_difference {
    const char *scene, *phase;
    char *what; /* owned */
} guide_difference;

typedef struct guide_secret {
    const char *id, *holder, *text, *released_when; /* released_when NULL: never released */
    char *scenes; /* owned: the scene ids that bring it up, joined with ", " */
} guide_secret;

typedef struct guide_point {
    int number;
    int choices; /* rationales that cite it */
} guide_point;

struct cw_report_guide {
    const cw_scenario *scenario;
    const cw_scenario_info *info;
    int decisions; /* decisions a playthrough takes, as the plan counts them */
    guide_plan short_plan, long_plan; /* 90 and 180 minutes */
    guide_prompt *prompts;
    int n_prompts;
    guide_difference *differences;
    int n_differences, differences_room;
    guide_secret *secrets;
    int n_secrets;
    guide_point points[PRACTICE_POINT_COUNT];
    int n_points;
};

/* The reflection prompt every handout ends with. */
extern const char guide_reflection_prompt[];

#endif
