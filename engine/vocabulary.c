/* vocabulary.c — the words every scenario and report share: ratings, modes, competency tags. */
#include <string.h>

#include "casewalk.h"

static const char *const rating_names[] = {"harmful", "concerning", "acceptable", "recommended"};

const char *cw_rating_name(cw_rating rating)
{
    return rating >= CW_RATING_HARMFUL && rating <= CW_RATING_RECOMMENDED ? rating_names[rating] : "unrated";
}

cw_rating cw_rating_parse(const char *name)
{
    for (int i = 0; i < 4; i++)
        if (name && strcmp(name, rating_names[i]) == 0)
            return (cw_rating)i;
    return CW_RATING_NONE;
}

const char *cw_mode_name(cw_mode mode)
{
    return mode == CW_MODE_ASSESSMENT ? "assessment" : "practice";
}

/* One list for every scenario, so reports can add competencies up across cases. */
static const struct {
    const char *id, *label;
} competencies[] = {
    {"survivor_partnership", "Partnering with the survivor"},
    {"perpetrator_accountability", "Perpetrator accountability"},
    {"child_safety", "Child safety and wellbeing"},
    {"reasonable_efforts", "Reasonable efforts"},
    {"risk_assessment", "Assessing risk and lethality"},
    {"confidentiality", "Confidentiality"},
    {"collaboration", "Cross-system collaboration"},
    {"documentation", "Documentation and court writing"},
    {"cultural_responsiveness", "Cultural responsiveness"},
    {"trauma_informed", "Trauma-informed practice"},
};

int cw_competency_count(void)
{
    return (int)(sizeof competencies / sizeof competencies[0]);
}

const char *cw_competency_id(int index)
{
    return index >= 0 && index < cw_competency_count() ? competencies[index].id : NULL;
}

const char *cw_competency_label(int index)
{
    return index >= 0 && index < cw_competency_count() ? competencies[index].label : NULL;
}

int cw_competency_find(const char *id)
{
    for (int i = 0; id && i < cw_competency_count(); i++)
        if (strcmp(competencies[i].id, id) == 0)
            return i;
    return -1;
}
