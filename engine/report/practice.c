/* practice.c — the practice points scenarios cite by number ("points 13, 14"), in one
 * line each, so a debrief can turn a rationale's citations into take-home points. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "casewalk_report.h"
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

/* A short title and where to read further, for each point: the guide lists them and feedback
 * that cites a point shows them as its sources. */
static const struct {
    const char *title, *source;
} about[PRACTICE_POINT_COUNT] = {
    {"Exposure alone is not neglect", "Nicholson v. Scoppetta, 3 N.Y.3d 357 (2004); New York law"},
    {"Removal from the protective parent is a last resort", "Safe & Together model principles"},
    {"Reasonable efforts before placement", "42 U.S.C. 671(a)(15); NCJFCJ reasonable-efforts checklist for DV cases (2008)"},
    {"Assess the perpetrator's pattern", "Safe & Together model"},
    {"Weigh the lethality cues", "Campbell, Danger Assessment"},
    {"Limits of actuarial risk tools", "Hilton et al. (2004), on ODARA"},
    {"Document her protective efforts", "Safe & Together practice considerations"},
    {"Meet each parent separately first", "Family Violence Prevention Fund, Team Decisionmaking and DV: Guidelines for Facilitators (2009)"},
    {"Separate meetings as standard policy", "Family Violence Prevention Fund, Team Decisionmaking and DV (2009)"},
    {"Confront him with third-party evidence", "Family Violence Prevention Fund, Team Decisionmaking and DV (2009)"},
    {"Family conferences decided case by case", "Carter, Family Team Conferences in DV Cases (2003)"},
    {"Her location stays out of his hearing", "Office on Violence Against Women, FAQ on VAWA confidentiality (2017)"},
    {"Attribute harm to his behaviors", "Safe & Together model"},
    {"Describe protective efforts, not blame", "Greene & Unruh, Center for Human Services Research (2014)"},
    {"Name the perpetrator as respondent", "New York Unified Court System, Lawyers Manual"},
    {"Relief aimed at the perpetrator", "New York Unified Court System, Lawyers Manual"},
    {"Petitions reach his counsel", "Collaboration between DV and child protection workers (CPS records in court)"},
    {"No identifying information without a release", "34 U.S.C. 12291(b)(2); 42 U.S.C. 10406(c)(5); NNEDV"},
    {"Co-location changes nothing; one release per agency", "NNEDV confidentiality FAQ"},
    {"Statute and court orders; a subpoena is not one", "NNEDV; collaboration between DV and child protection workers"},
    {"What an advocate can share without a release", "NNEDV; Futures Without Violence, Promising Futures"},
    {"Name the hard topics; build on successes", "Critical conversations between DV, CPS and dependency courts"},
    {"Shared definitions and measures of success", "Critical conversations; case collaboration guidance"},
    {"Realistic expectations of collaboration", "NIJ summary of the Greenbook evaluation (2011); Malik et al. (2008)"},
    {"Joint training, liaisons, policy revision", "Texas Council on Family Violence, Project S.A.F.E."},
};

const char *practice_point_title(int number)
{
    return number >= 1 && number <= PRACTICE_POINT_COUNT ? about[number - 1].title : NULL;
}

const char *practice_point_source(int number)
{
    return number >= 1 && number <= PRACTICE_POINT_COUNT ? about[number - 1].source : NULL;
}

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
        if ((*p != 'p' && *p != 'P') || strncmp(p + 1, "oint", 4) != 0 || (p > text && isalpha((unsigned char)p[-1])))
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

/* The public names (casewalk_report.h). */
int cw_practice_points_cited(const char *text, int *numbers, int max)
{
    return practice_points_cited(text, numbers, max);
}

const char *cw_practice_point_title(int number)
{
    return practice_point_title(number);
}

const char *cw_practice_point_text(int number)
{
    return practice_point(number);
}

const char *cw_practice_point_source(int number)
{
    return practice_point_source(number);
}

int cw_practice_sources_line(const char *text, char *out, size_t size)
{
    int numbers[PRACTICE_POINT_COUNT];
    int n = practice_points_cited(text, numbers, PRACTICE_POINT_COUNT);
    size_t used = 0;
    if (size)
        out[0] = '\0';
    for (int i = 0; i < n && used < size; i++) {
        int w = snprintf(out + used, size - used, "%s %d, %s (%s)", i ? "; point" : "Point", numbers[i],
                         practice_point_title(numbers[i]), practice_point_source(numbers[i]));
        if (w < 0)
            break;
        used += (size_t)w;
    }
    return n;
}
