/* markdown_guide.c — a case's facilitator guide as Markdown: docs/facilitator/ID.md is this
 * writer's output, so the committed guides can be checked against the scenarios. */
#include <string.h>

#include "report/guide.h"

/* Scenario text as Markdown that renders as the text: markup characters escaped, HTML's
 * special characters as entities, control characters dropped. */
static void md_put(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '<')
            fputs("&lt;", out);
        else if (c == '>')
            fputs("&gt;", out);
        else if (c == '&')
            fputs("&amp;", out);
        else if (strchr("\\`*_[]#|", c))
            fprintf(out, "\\%c", c);
        else if (c == '\n' || c == '\t')
            fputc(' ', out);
        else if (c >= 0x20 && c != 0x7f)
            fputc(c, out);
    }
}

static void item(FILE *out, const char *text)
{
    fputs("- ", out);
    md_put(out, text);
    fputc('\n', out);
}

static void write_plan(FILE *out, const char *title, const guide_plan *p)
{
    fprintf(out, "\n### %s\n\n| Time | Minutes | What |\n|---|---:|---|\n", title);
    int at = 0;
    for (int i = 0; i < p->n_slots; i++) {
        fprintf(out, "| %d–%d | %d | ", at, at + p->slots[i].minutes, p->slots[i].minutes);
        md_put(out, p->slots[i].what);
        fputs(" |\n", out);
        at += p->slots[i].minutes;
    }
    fprintf(out, "| **Total** | **%d** | |\n", at);
}

int cw_report_guide_write_markdown(const cw_report_guide *g, FILE *out)
{
    const cw_scenario_info *info = g->info;
    fputs("<!-- Made by `casewalk guide ", out);
    md_put(out, info->id);
    fputs(" --markdown` from the scenario file: edit the scenario, then regenerate. -->\n# Facilitator guide: ", out);
    md_put(out, info->title);
    fputs("\n\n`", out);
    md_put(out, info->id);
    fputs("`, version ", out);
    md_put(out, info->version);
    fprintf(out, " · about %d minutes played alone, %d decision%s on a playthrough; in a room, plan "
                 "an hour or more.\n\n", info->minutes, g->decisions, g->decisions == 1 ? "" : "s");
    md_put(out, info->summary);
    fputs("\n", out);
    if (info->jurisdiction && *info->jurisdiction) {
        fputs("\n**Legal setting:** ", out);
        md_put(out, info->jurisdiction);
        fputs("\n", out);
    }
    fputs("\n## Objectives\n\n", out);
    for (int i = 0; i < info->n_objectives; i++)
        item(out, info->objectives[i]);
    fputs("\n## Who it suits\n\n", out);
    for (int i = 0; i < info->n_roles; i++) {
        fputs("- **", out);
        md_put(out, info->roles[i].name);
        fputs("** (`", out);
        md_put(out, info->roles[i].id);
        fputs("`): ", out);
        md_put(out, info->roles[i].brief);
        fputc('\n', out);
    }
    if (info->n_content_notes) {
        fputs("\n## Content notes\n\nRead them out before the case starts, and say that anyone may "
              "pause or step out.\n\n", out);
        for (int i = 0; i < info->n_content_notes; i++)
            item(out, info->content_notes[i]);
    }
    fputs("\n## Timed plans\n", out);
    write_plan(out, "A 90-minute session", &g->short_plan);
    write_plan(out, "A 3-hour session", &g->long_plan);

    fputs("\n## Discussion prompts, in order\n", out);
    const char *phase = NULL;
    for (int i = 0; i < g->n_prompts; i++) {
        const char *ph = g->prompts[i].phase ? g->prompts[i].phase : "(no phase)";
        if (!phase || strcmp(ph, phase) != 0) {
            fputs("\n### ", out);
            md_put(out, ph);
            fputs("\n\n", out);
            phase = ph;
        }
        item(out, g->prompts[i].prompt);
    }
    if (!g->n_prompts)
        fputs("\nThe case names no discussion prompts.\n", out);

    fputs("\n## What each role sees that another does not\n\n", out);
    for (int i = 0; i < g->n_differences; i++) {
        fputs("- `", out);
        md_put(out, g->differences[i].scene);
        fputs("`: ", out);
        md_put(out, g->differences[i].what);
        fputc('\n', out);
    }
    if (!g->n_differences)
        fputs("Every role sees the same scenes and choices.\n", out);
    if (g->n_secrets) {
        fputs("\n### Confidential items\n\n", out);
        for (int i = 0; i < g->n_secrets; i++) {
            const guide_secret *s = &g->secrets[i];
            fputs("- `", out);
            md_put(out, s->id);
            fputs("`, held by ", out);
            md_put(out, s->holder);
            if (s->released_when) {
                fputs("; released when `", out);
                md_put(out, s->released_when);
                fputs("` is true", out);
            } else {
                fputs("; never released", out);
            }
            fputs("; comes up at ", out);
            md_put(out, *s->scenes ? s->scenes : "no scene");
            fputs(": *", out);
            md_put(out, s->text);
            fputs("*\n", out);
        }
    }

    fputs("\n## Practice points taught, with sources\n\n", out);
    for (int i = 0; i < g->n_points; i++) {
        int n = g->points[i].number;
        fprintf(out, "%d. **%s.** ", n, practice_point_title(n));
        md_put(out, practice_point(n));
        fputs(" *Source:* ", out);
        md_put(out, practice_point_source(n));
        fputc('\n', out);
    }

    fputs("\n## Handout for participants\n\n**", out);
    md_put(out, info->title);
    fputs("**\n\n", out);
    md_put(out, info->summary);
    fputs("\n\nRoles in the room: ", out);
    for (int i = 0; i < info->n_roles; i++) {
        fputs(i ? "; " : "", out);
        md_put(out, info->roles[i].name);
    }
    fputs(".\n\nPractice points this case touches:\n\n", out);
    for (int i = 0; i < g->n_points; i++)
        fprintf(out, "%d. %s\n", g->points[i].number, practice_point_title(g->points[i].number));
    fputs("\n**Reflection:** ", out);
    md_put(out, guide_reflection_prompt);
    fputs("\n", out);
    return ferror(out) ? -1 : 0;
}
