/* html_guide.c — a case's facilitator guide as one printable page (US letter): everything from
 * the scenario is escaped; the participants' handout prints on a page of its own. */
#include <string.h>

#include "report/guide.h"
#include "report/html_page.h"
#include "report/text_out.h"

/* Letter paper, compact tables, and the handout alone on its page. */
static const char guide_style[] =
    "<style>\n"
    "table.plan{table-layout:fixed}table.plan th:nth-child(1){width:4.6rem}"
    "table.plan th:nth-child(2){width:2.6rem}table.plan td:first-child{white-space:nowrap}\n"
    "ol.points li{margin:.35rem 0}.src{color:var(--muted);font-size:.85rem}\n"
    ".handout{margin-top:2.5rem;border-top:2px solid var(--line);padding-top:1rem}\n"
    ".reflect{border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;min-height:4rem}\n"
    ".handout ol.points{columns:2;column-gap:2rem}.handout ol.points li{margin:.1rem 0}\n"
    "@media print{@page{size:letter;margin:.6in}body{font-size:9.5pt;line-height:1.4}"
    "h2{margin-top:1.1rem}table{font-size:8pt;break-inside:auto}th,td{padding:.15rem .3rem}"
    ".cols>div{break-inside:auto;padding:.3rem .5rem}"
    ".handout{break-before:page;break-inside:avoid;font-size:9pt;border-top:none;margin-top:0;padding-top:0}}\n"
    "</style>\n";

static void list_item(FILE *out, const char *text)
{
    fputs("<li>", out);
    html_put(out, text);
    fputs("</li>\n", out);
}

static void write_plan(FILE *out, const char *title, const guide_plan *p)
{
    fputs("<h3>", out);
    html_put(out, title);
    fputs("</h3>\n<table class=\"plan\"><thead><tr><th>Time</th><th class=\"num\">Min</th><th>What</th></tr></thead><tbody>\n", out);
    int at = 0;
    for (int i = 0; i < p->n_slots; i++) {
        fprintf(out, "<tr><td>%d–%d</td><td class=\"num\">%d</td><td>", at, at + p->slots[i].minutes,
                p->slots[i].minutes);
        html_put(out, p->slots[i].what);
        fputs("</td></tr>\n", out);
        at += p->slots[i].minutes;
    }
    fprintf(out, "<tr><th>Total</th><th class=\"num\">%d</th><th></th></tr></tbody></table>\n", at);
}

static void write_handout(const cw_report_guide *g, FILE *out)
{
    const cw_scenario_info *info = g->info;
    fputs("<section class=\"handout\" id=\"handout\">\n<h2>", out);
    html_put(out, info->title);
    fputs("</h2>\n<p class=\"meta\">A case for a cross-training session of child protective services "
          "and domestic violence staff.</p>\n<p>", out);
    html_put(out, info->summary);
    fputs("</p>\n", out);
    if (info->n_content_notes) {
        fputs("<div class=\"note\"><strong>Content notes.</strong> You may pause or step out at any "
              "time.<ul>\n", out);
        for (int i = 0; i < info->n_content_notes; i++)
            list_item(out, info->content_notes[i]);
        fputs("</ul></div>\n", out);
    }
    fputs("<h3>Roles in the room</h3>\n<ul>\n", out);
    for (int i = 0; i < info->n_roles; i++)
        list_item(out, info->roles[i].name);
    fputs("</ul>\n<h3>Practice points this case touches</h3>\n<ol class=\"points\">\n", out);
    for (int i = 0; i < g->n_points; i++) {
        fprintf(out, "<li value=\"%d\">", g->points[i].number);
        html_put(out, practice_point_title(g->points[i].number));
        fputs("</li>\n", out);
    }
    fputs("</ol>\n<h3>Reflection</h3>\n<p>", out);
    html_put(out, guide_reflection_prompt);
    fputs("</p>\n<div class=\"reflect\"></div>\n</section>\n", out);
}

int cw_report_guide_write_html(const cw_report_guide *g, FILE *out)
{
    const cw_scenario_info *info = g->info;
    char title[400];
    snprintf(title, sizeof title, "Facilitator guide: %s", info->title);
    html_begin(out, title);
    fputs(guide_style, out);
    fputs("<h1>Facilitator guide: ", out);
    html_put(out, info->title);
    fputs("</h1>\n<p class=\"meta\">", out);
    html_put(out, info->id);
    fputs(", version ", out);
    html_put(out, info->version);
    fprintf(out, " · about %d minutes played alone, %d decision%s on a playthrough; in a room, plan "
                 "an hour or more</p>\n<p>", info->minutes, g->decisions, g->decisions == 1 ? "" : "s");
    html_put(out, info->summary);
    fputs("</p>\n", out);
    if (info->jurisdiction && *info->jurisdiction) {
        fputs("<p><strong>Legal setting:</strong> ", out);
        html_put(out, info->jurisdiction);
        fputs("</p>\n", out);
    }

    fputs("<h2>Objectives</h2>\n<ul>\n", out);
    for (int i = 0; i < info->n_objectives; i++)
        list_item(out, info->objectives[i]);
    fputs("</ul>\n<h2>Who it suits</h2>\n<ul>\n", out);
    for (int i = 0; i < info->n_roles; i++) {
        fputs("<li><strong>", out);
        html_put(out, info->roles[i].name);
        fputs("</strong> (<code>", out);
        html_put(out, info->roles[i].id);
        fputs("</code>): ", out);
        html_put(out, info->roles[i].brief);
        fputs("</li>\n", out);
    }
    fputs("</ul>\n", out);
    if (info->n_content_notes) {
        fputs("<div class=\"note\"><strong>Content notes</strong> — read them out before the case "
              "starts, and say that anyone may pause or step out.<ul>\n", out);
        for (int i = 0; i < info->n_content_notes; i++)
            list_item(out, info->content_notes[i]);
        fputs("</ul></div>\n", out);
    }

    fputs("<h2>Timed plans</h2>\n<div class=\"cols\"><div>\n", out);
    write_plan(out, "A 90-minute session", &g->short_plan);
    fputs("</div><div>\n", out);
    write_plan(out, "A 3-hour session", &g->long_plan);
    fputs("</div></div>\n", out);

    fputs("<h2>Discussion prompts, in order</h2>\n", out);
    const char *phase = NULL;
    int open = 0;
    for (int i = 0; i < g->n_prompts; i++) {
        const guide_prompt *p = &g->prompts[i];
        const char *ph = p->phase ? p->phase : "(no phase)";
        if (!phase || strcmp(ph, phase) != 0) {
            if (open)
                fputs("</ul>\n", out);
            fputs("<h3>", out);
            html_put(out, ph);
            fputs("</h3>\n<ul>\n", out);
            open = 1;
            phase = ph;
        }
        list_item(out, p->prompt);
    }
    if (open)
        fputs("</ul>\n", out);
    if (!g->n_prompts)
        fputs("<p>The case names no discussion prompts.</p>\n", out);

    fputs("<h2>What each role sees that another does not</h2>\n", out);
    if (g->n_differences) {
        fputs("<table><thead><tr><th>Scene</th><th>Phase</th><th>Difference</th></tr></thead><tbody>\n", out);
        for (int i = 0; i < g->n_differences; i++) {
            const guide_difference *d = &g->differences[i];
            int same = i > 0 && d->scene && g->differences[i - 1].scene &&
                       strcmp(d->scene, g->differences[i - 1].scene) == 0;
            if (same) {
                fputs(" ", out); /* one row per scene */
            } else {
                fputs(i ? "</td></tr>\n<tr><td><code>" : "<tr><td><code>", out);
                html_put(out, d->scene);
                fputs("</code></td><td>", out);
                html_put(out, d->phase);
                fputs("</td><td>", out);
            }
            html_put(out, d->what);
        }
        fputs("</td></tr>\n", out);
        fputs("</tbody></table>\n", out);
    } else {
        fputs("<p>Every role sees the same scenes and choices.</p>\n", out);
    }
    if (g->n_secrets) {
        fputs("<h3>Confidential items</h3>\n<ul>\n", out);
        for (int i = 0; i < g->n_secrets; i++) {
            const guide_secret *s = &g->secrets[i];
            fputs("<li><code>", out);
            html_put(out, s->id);
            fputs("</code>, held by ", out);
            html_put(out, s->holder);
            if (s->released_when) {
                fputs("; released when <code>", out);
                html_put(out, s->released_when);
                fputs("</code> is true", out);
            } else {
                fputs("; never released", out);
            }
            fputs("; comes up at ", out);
            html_put(out, *s->scenes ? s->scenes : "no scene");
            fputs(": <em>", out);
            html_put(out, s->text);
            fputs("</em></li>\n", out);
        }
        fputs("</ul>\n", out);
    }

    fputs("<h2>Practice points taught, with sources</h2>\n<ol class=\"points\">\n", out);
    for (int i = 0; i < g->n_points; i++) {
        int n = g->points[i].number;
        fprintf(out, "<li value=\"%d\"><strong>", n);
        html_put(out, practice_point_title(n));
        fputs(".</strong> ", out);
        html_put(out, practice_point(n));
        fputs(" <span class=\"src\">Source: ", out);
        html_put(out, practice_point_source(n));
        fputs("</span></li>\n", out);
    }
    fputs("</ol>\n", out);
    if (!g->n_points)
        fputs("<p>The case's rationales cite no practice points.</p>\n", out);

    fputs("<footer>Made by casewalk " CASEWALK_VERSION " from the scenario file. The handout "
          "below prints on a page of its own.</footer>\n", out);
    write_handout(g, out);
    fputs("</main>\n</body>\n</html>\n", out);
    return ferror(out) ? -1 : 0;
}
