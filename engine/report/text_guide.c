/* text_guide.c — a case's facilitator guide for the terminal: plans, prompts, the roles' views,
 * practice points with their sources, and the handout. */
#include <string.h>

#include "report/guide.h"
#include "report/text_out.h"
#include "report/text_wrap.h"

static void heading(FILE *out, const char *title)
{
    fprintf(out, "\n%s\n", title);
    for (int i = cw_utf8_chars(title); i > 0; i--)
        fputc('-', out);
    fputc('\n', out);
}

static void item(FILE *out, const char *mark, const char *text)
{
    fprintf(out, "  %s ", mark);
    text_put_line(out, text, 2000);
    fputc('\n', out);
}

static void write_plan(FILE *out, const guide_plan *p)
{
    int at = 0;
    for (int i = 0; i < p->n_slots; i++) {
        fprintf(out, "  %3d–%3d  %3d min  ", at, at + p->slots[i].minutes, p->slots[i].minutes);
        text_put_line(out, p->slots[i].what, 300);
        fputc('\n', out);
        at += p->slots[i].minutes;
    }
    fprintf(out, "  Total: %d minutes\n", at);
}

static void write_point(FILE *out, int number)
{
    fprintf(out, "  %2d. %s. %s\n      Source: %s\n", number, practice_point_title(number),
            practice_point(number), practice_point_source(number));
}

static void write_handout(const cw_report_guide *g, FILE *out)
{
    const cw_scenario_info *info = g->info;
    heading(out, "Handout for participants");
    text_put_line(out, info->title, 300);
    fputs("\n  ", out);
    text_put_line(out, info->summary, 2000);
    fputc('\n', out);
    if (info->n_content_notes) {
        fputs("  Content notes:\n", out);
        for (int i = 0; i < info->n_content_notes; i++)
            item(out, "  -", info->content_notes[i]);
    }
    fputs("  Roles in the room:\n", out);
    for (int i = 0; i < info->n_roles; i++)
        item(out, "  -", info->roles[i].name);
    fputs("  Practice points this case touches:\n", out);
    for (int i = 0; i < g->n_points; i++)
        fprintf(out, "    %2d. %s\n", g->points[i].number, practice_point_title(g->points[i].number));
    fputs("  Reflection: ", out);
    fputs(guide_reflection_prompt, out);
    fputc('\n', out);
}

int cw_report_guide_write_text(const cw_report_guide *g, FILE *to, int width)
{
    text_wrap wrap;
    FILE *out = text_wrap_begin(&wrap, to, width);
    const cw_scenario_info *info = g->info;
    fputs("Facilitator guide: ", out);
    text_put_line(out, info->title, 300);
    fputs(" (", out);
    text_put_line(out, info->id, 80);
    fputs(", version ", out);
    text_put_line(out, info->version, 40);
    fprintf(out, ")\n  About %d minutes played alone; %d decision%s on a playthrough; in a room "
                 "plan an hour or more.\n", info->minutes, g->decisions, g->decisions == 1 ? "" : "s");
    fputs("  ", out);
    text_put_line(out, info->summary, 2000);
    fputc('\n', out);
    if (info->jurisdiction && *info->jurisdiction) {
        fputs("  Legal setting: ", out);
        text_put_line(out, info->jurisdiction, 1000);
        fputc('\n', out);
    }

    heading(out, "Objectives");
    for (int i = 0; i < info->n_objectives; i++)
        item(out, "-", info->objectives[i]);
    heading(out, "Who it suits");
    for (int i = 0; i < info->n_roles; i++) {
        fputs("  - ", out);
        text_put_line(out, info->roles[i].name, 200);
        fputs(" (", out);
        text_put_line(out, info->roles[i].id, 64);
        fputs("): ", out);
        text_put_line(out, info->roles[i].brief, 1000);
        fputc('\n', out);
    }
    if (info->n_content_notes) {
        heading(out, "Content notes (read them out before the case starts)");
        for (int i = 0; i < info->n_content_notes; i++)
            item(out, "-", info->content_notes[i]);
    }

    heading(out, "A 90-minute session");
    write_plan(out, &g->short_plan);
    heading(out, "A 3-hour session");
    write_plan(out, &g->long_plan);

    heading(out, "Discussion prompts, in order");
    const char *phase = "";
    for (int i = 0; i < g->n_prompts; i++) {
        const guide_prompt *p = &g->prompts[i];
        const char *ph = p->phase ? p->phase : "(no phase)";
        if (strcmp(ph, phase) != 0) {
            fputs("  ", out);
            text_put_line(out, ph, 100);
            fputs(":\n", out);
            phase = ph;
        }
        item(out, "  -", p->prompt);
    }
    if (!g->n_prompts)
        fputs("  The case names no discussion prompts.\n", out);

    heading(out, "What each role sees that another does not");
    for (int i = 0; i < g->n_differences; i++) {
        const guide_difference *d = &g->differences[i];
        fputs("  - ", out);
        text_put_line(out, d->scene, 80);
        fputs(": ", out);
        text_put_line(out, d->what, 600);
        fputc('\n', out);
    }
    if (!g->n_differences)
        fputs("  Every role sees the same scenes and choices.\n", out);
    if (g->n_secrets) {
        fputs("  Confidential items:\n", out);
        for (int i = 0; i < g->n_secrets; i++) {
            const guide_secret *s = &g->secrets[i];
            fputs("    - ", out);
            text_put_line(out, s->id, 80);
            fputs(" (held by ", out);
            text_put_line(out, s->holder, 200);
            fputs(s->released_when ? "; released when " : "; never released", out);
            if (s->released_when)
                text_put_line(out, s->released_when, 80);
            fputs("; comes up at ", out);
            text_put_line(out, *s->scenes ? s->scenes : "no scene", 600);
            fputs("): ", out);
            text_put_line(out, s->text, 1000);
            fputc('\n', out);
        }
    }

    heading(out, "Practice points taught, with sources");
    for (int i = 0; i < g->n_points; i++)
        write_point(out, g->points[i].number);
    if (!g->n_points)
        fputs("  The case's rationales cite no practice points.\n", out);

    write_handout(g, out);
    int failed = ferror(out);
    return text_wrap_end(&wrap) != 0 || failed ? -1 : 0;
}
