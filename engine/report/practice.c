/* practice.c — the practice points scenarios cite by number ("points 13, 14"), in one
 * line each, so a debrief can turn a rationale's citations into take-home points. */
#include <ctype.h>
#include <string.h>

#include "report/practice.h"

static const char *const points[PRACTICE_POINT_COUNT] = {
    "A child's exposure to domestic violence is not, by itself, neglect; removal needs specific "
    "evidence of actual or imminent harm, weighed against the harm removal does.",
    "Removing children from the non-offending parent is a last resort, after real efforts to "
    "partner with her and to intervene with the perpetrator.",
    "Reasonable efforts come before placement: protective orders, shelter, and removing the "
    "perpetrator rather than the child.",
    "Assess the perpetrator's pattern of behavior (coercive control, harm to the children, use "
    "of the children against her), not only the latest incident.",
    "Weigh the lethality cues: gun access, strangulation, threats to kill, recent separation, "
    "stalking, threats to the children, forced sex.",
    "Actuarial risk tools have limits, for example where there is no prior assault on record.",
    "Document the full range of the survivor's protective efforts.",
    "Before any joint family meeting, meet each parent separately: no-contact orders, safety "
    "concerns, a signal to pause.",
    "Hold separate meetings when the survivor's safety plan is on the table, and present the "
    "separation as standard policy.",
    "Confront the perpetrator with third-party evidence, never with what she disclosed; engage "
    "him as a father and hold him accountable.",
    "Whether a family team conference suits a domestic violence case is decided case by case.",
    "The survivor's location, shelter and advocate never come up in front of the perpetrator.",
    "Attribute harm to the perpetrator's specific behaviors and link each to the child's safety "
    "or functioning.",
    "Describe the non-offending parent's protective efforts; avoid blaming framings such as "
    "\"failure to protect\".",
    "Consider naming the perpetrator alone as respondent, the mother as a non-respondent parent.",
    "Ask for relief aimed at the perpetrator: an order excluding him from the home, supervised "
    "visitation, batterer intervention.",
    "Petitions reach the perpetrator's counsel: keep her location and safety plan out of them.",
    "Advocates share no identifying information without an informed, written, time-limited "
    "release, and a release is never a condition of service.",
    "Co-location changes none of that: a team agreement is no substitute for her release, one "
    "release per agency.",
    "The exceptions are disclosures compelled by statute or court order, such as mandated "
    "reports; a subpoena is usually not a court order.",
    "Without a release an advocate can still share general dynamics, services and aggregate "
    "figures, and offer a three-way meeting.",
    "Good cross-system dialogue names the hard topics openly and looks for successes to build on.",
    "Agree on shared definitions, on what success means to each system, and on respect for every "
    "family.",
    "Collaboration improves practice, but results vary and are hard to sustain: keep expectations "
    "realistic.",
    "Joint training, designated liaisons and policy revisions are ways to build collaboration.",
};

const char *practice_point(int number)
{
    return number >= 1 && number <= PRACTICE_POINT_COUNT ? points[number - 1] : NULL;
}

static int already(const int *numbers, int n, int v)
{
    for (int i = 0; i < n; i++)
        if (numbers[i] == v)
            return 1;
    return 0;
}

/* After "point" or "points": numbers separated by commas, "and", "&" or dashes (a range). */
int practice_points_cited(const char *text, int *numbers, int max)
{
    int n = 0;
    for (const char *p = text; p && *p && n < max; p++) {
        if (strncmp(p, "point", 5) != 0 || (p > text && isalpha((unsigned char)p[-1])))
            continue;
        const char *q = p + 5;
        if (*q == 's')
            q++;
        int last = 0;
        for (;;) {
            while (*q == ' ' || *q == ',' || *q == '&')
                q++;
            if (strncmp(q, "and ", 4) == 0) {
                q += 4;
                continue;
            }
            int range = 0;
            if (last && (*q == '-' || strncmp(q, "–", strlen("–")) == 0)) {
                q += *q == '-' ? 1 : strlen("–");
                range = 1;
            }
            if (!isdigit((unsigned char)*q))
                break;
            int v = 0;
            while (isdigit((unsigned char)*q) && v < 1000)
                v = v * 10 + (*q++ - '0');
            for (int k = range ? last + 1 : v; k <= v && n < max; k++)
                if (practice_point(k) && !already(numbers, n, k))
                    numbers[n++] = k;
            last = v;
        }
        p = q - 1;
    }
    return n;
}
