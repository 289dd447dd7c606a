/* names.c — scenes named for people: a phase and a short title (the scenario's own, else the
 * first words of what the trainee read), so no report speaks in ids such as "juncture". */
#include <string.h>

#include "report/names.h"

#define TITLE_MAX_CHARS 48

/* The first words of text, at most TITLE_MAX_CHARS characters, cut at a word with "…". */
static const char *first_words(report_arena *a, const char *text)
{
    while (*text == ' ' || *text == '\n' || *text == '\t')
        text++;
    size_t len = strcspn(text, "\n"); /* the first paragraph's first line */
    size_t end = 0, last_word_end = 0;
    int chars = 0;
    while (end < len && chars < TITLE_MAX_CHARS) {
        unsigned long cp;
        int n = cw_utf8_decode(text + end, len - end, &cp);
        end += n > 0 ? (size_t)n : 1;
        chars++;
        if (end < len && text[end] == ' ')
            last_word_end = end;
    }
    if (end >= len)
        return arena_printf(a, "%.*s", (int)len, text);
    if (last_word_end > 0)
        end = last_word_end;
    while (end > 0 && strchr(" ,;:", text[end - 1]))
        end--;
    return arena_printf(a, "%.*s…", (int)end, text);
}

/* "scott_first" → "Scott first" */
static const char *readable_id(report_arena *a, const char *id)
{
    char *out = arena_strdup(a, id);
    for (char *p = out; p && *p; p++)
        if (*p == '_' || *p == '-')
            *p = ' ';
    if (out && *out >= 'a' && *out <= 'z')
        *out = (char)(*out - 'a' + 'A');
    return out;
}

const char *report_scene_title(report_arena *a, const cw_scenario *scenario, const char *scene_id,
                               const char *text)
{
    const cw_scene_info *si = scenario && scene_id ? cw_scenario_scene_find(scenario, scene_id) : NULL;
    if (si && si->title && *si->title)
        return si->title;
    if (text && *text)
        return first_words(a, text);
    return scene_id ? readable_id(a, scene_id) : "";
}

const char *report_scene_label(report_arena *a, const char *phase, const char *title)
{
    if (!phase || !*phase)
        return title;
    char *label = arena_printf(a, "%s · %s", phase, title ? title : "");
    if (label && *label >= 'a' && *label <= 'z')
        *label = (char)(*label - 'a' + 'A');
    return label;
}
