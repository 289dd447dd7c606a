/* html_debrief.c — a trainee's debrief as one self-contained HTML page (inline CSS and
 * SVG), in the order of a debriefing conversation: reactions, description, analysis, summary. */
#include <string.h>

#include "report/debrief.h"
#include "report/text_out.h"
#include "report/html_page.h"
#include "report/svg.h"
#include "report/practice.h"

static void badge(FILE *out, cw_rating rating)
{
    fprintf(out, "<span class=\"badge r-%s\">%s</span>", cw_rating_name(rating), cw_rating_name(rating));
}

static void section(FILE *out, int step, const char *title, const char *id)
{
    fprintf(out, "<h2 id=\"%s\"><span class=\"step\">%d</span>%s</h2>\n", id, step, title);
}

static void write_header(const cw_report_debrief *db, FILE *out)
{
    const cw_report_session *s = db->s;
    char time[32];
    format_duration(db->total_ms, time, sizeof time);
    fputs("<h1>Debrief: ", out);
    html_put(out, s->scenario_title);
    fputs("</h1>\n<p class=\"meta\">", out);
    fputs(s->group ? "Workshop <strong>" : "Trainee <strong>", out);
    html_put(out, s->trainee);
    fputs("</strong> · ", out);
    html_put(out, db->role_name);
    fputs(" · ", out);
    html_put(out, s->mode);
    fputs(" mode · version ", out);
    html_put(out, s->scenario_version);
    char started[96];
    format_local_time(s->started, started, sizeof started);
    fputs(" · started ", out);
    html_put(out, started);
    fputs("</p>\n", out);
    if (s->workshop) {
        fputs("<p class=\"meta\">Room participant · discipline <strong>", out);
        html_put(out, s->discipline);
        fputs("</strong> · workshop ", out);
        html_put(out, s->workshop);
        fprintf(out, " · %d of %d decisions answered</p>\n", s->n_decisions - debrief_not_answered(s), s->n_decisions);
    }
    fputs("<div class=\"card\">", out);
    if (s->ending) {
        fputs("Ending reached: <strong>", out);
        html_put(out, s->ending->ending_title);
        fputs("</strong> <span class=\"badge e-", out);
        html_put(out, s->ending->classification);
        fputs("\">", out);
        html_put(out, s->ending->classification);
        fputs("</span>", out);
    } else {
        fputs("<strong>Unfinished</strong>: the session stopped before an ending.", out);
    }
    fprintf(out, " · <strong>%d</strong> of %d points over %d decisions · %s spent deciding</div>\n",
            db->points, db->max_points, s->n_decisions, time);
    if (s->torn_line)
        fprintf(out, "<p class=\"note\">Line %d of the record was torn (%s) and is left out.</p>\n",
                s->torn_line, s->torn_why);
    if (!db->scenario)
        fputs("<p class=\"note\">The scenario file is not at hand: texts, feedback, the recommended "
              "route and the other role's view are missing.</p>\n", out);
    if (db->scenario_note) {
        fputs("<p class=\"note\">", out);
        html_put(out, db->scenario_note);
        fputs("</p>\n", out);
    }
}

static void write_reactions(FILE *out)
{
    section(out, 1, "Reactions", "reactions");
    fputs("<p>Begin with how the case sat with the trainee, before any analysis: "
          "<em>“How are you feeling after that?”</em> <em>“What stands out for you?”</em> "
          "Anyone may pause or step out at any time.</p>\n", out);
}

static void write_path(const cw_report_debrief *db, FILE *out)
{
    const char *note = NULL;
    fputs("<figure class=\"path\">\n", out);
    int map = svg_path_figure(out, db, &note);
    fputs("<figcaption>", out);
    if (note) {
        fputs("<p class=\"map-note\">", out);
        html_put(out, note);
        fputs("</p>", out);
    }
    fputs("<div class=\"legend\">"
          "<span><svg width=\"28\" height=\"10\"><path d=\"M1 5H27\" stroke=\"#2c3e50\" "
          "stroke-width=\"3.5\"/></svg> your route</span> "
          "<span><svg width=\"28\" height=\"10\"><path d=\"M1 5H27\" stroke=\"#3f7d58\" "
          "stroke-width=\"3\" stroke-dasharray=\"7 5\"/></svg> recommended route</span> ", out);
    if (map)
        fputs("<span><svg width=\"40\" height=\"12\"><path d=\"M5 6H35\" stroke=\"#b9bfc7\" "
              "stroke-width=\"1.3\"/><circle cx=\"5\" cy=\"6\" r=\"4\" fill=\"#fff\" stroke=\"#a3aab3\" "
              "stroke-width=\"1.4\"/><circle cx=\"35\" cy=\"6\" r=\"4\" fill=\"#fff\" stroke=\"#a3aab3\" "
              "stroke-width=\"1.4\"/></svg> other scenes and ways open to this role</span> ", out);
    fprintf(out, "<span><svg width=\"14\" height=\"14\"><circle cx=\"7\" cy=\"7\" r=\"6\" fill=\"none\" "
          "stroke=\"#a8443b\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/></svg> left the "
          "recommended path</span> <span>numbered circles: your decisions, coloured and marked by "
          "rating</span> <span>✓ recommended · ~ acceptable · ! concerning · ✕ harmful%s</span> "
          "<span><svg width=\"14\" height=\"14\"><circle cx=\"7\" cy=\"7\" r=\"5.5\" fill=\"#fff\" "
          "stroke=\"#3f7d58\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/></svg> a scene only the "
          "recommended route visits</span> <span>squares: endings</span></div></figcaption>\n"
          "</figure>\n",
            debrief_not_answered(db->s) ? " · ? not answered (a room participant)" : "");
    if (db->recommended.stopped && db->recommended.n_steps > 0) {
        fputs("<p class=\"muted\">The recommended route could not be traced to an ending: ", out);
        html_put(out, db->recommended.stopped);
        fputs("</p>\n", out);
    }
}

static void write_decision_table(const cw_report_debrief *db, FILE *out)
{
    const cw_report_session *s = db->s;
    fputs("<table class=\"decisions\">\n<thead><tr><th>#</th><th>Scene</th><th>Chose · recommended</th>"
          "<th>Rating</th><th>Feedback</th><th>Reason given</th></tr></thead>\n<tbody>\n", out);
    for (int i = 0; i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        char time[32];
        format_duration(d->ms, time, sizeof time);
        fprintf(out, "<tr id=\"d%d\"><td>%d</td><td>", d->number, d->number);
        html_put(out, debrief_title(db, i));
        fputs("<br><span class=\"muted\">", out);
        html_put(out, d->phase);
        fputs("</span></td><td>", out);
        if (d->followed) {
            fputs("<em>Did not answer</em> (the room chose: ", out);
            html_put(out, debrief_room_choice(db, d));
            fputs(")</td><td><span class=\"muted\">not answered</span></td><td></td><td></td></tr>\n", out);
            continue;
        }
        if (d->is_draft)
            debrief_put_draft(out, d, 1);
        else
            html_put(out, debrief_choice_text(d, d->chosen));
        const char *first = debrief_first_vote(d), *room = debrief_room_choice(db, d);
        if (first) {
            fputs("<div class=\"muted\">First vote: ", out);
            html_put(out, first);
            fputs("</div>", out);
        }
        if (room) {
            fputs("<div class=\"muted\"><strong>The room chose:</strong> ", out); /* not green: not a rating */
            html_put(out, room);
            fputs("</div>", out);
        }
        if (debrief_diverged(d)) {
            fputs("<div class=\"rec\"><strong>Recommended:</strong> ", out);
            html_put(out, debrief_recommended_text(db, d));
            fputs("</div>", out);
        }
        fputs("</td><td>", out);
        badge(out, d->rating);
        fprintf(out, "<br><span class=\"muted\">%d of %d<br>%s</span></td><td class=\"small\">", d->points,
                d->max_points, time);
        html_put(out, d->feedback ? d->feedback : "");
        fputs("</td><td class=\"small\">", out);
        if (d->reason)
            html_put(out, *d->reason ? d->reason : "(left blank)");
        else
            fputs("<span class=\"muted\">not asked</span>", out);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody>\n</table>\n", out);
}

static void write_plus_delta(const cw_report_debrief *db, FILE *out)
{
    const cw_report_session *s = db->s;
    fputs("<div class=\"cols\"><div><h3>Plus: on the recommended path</h3><ul>\n", out);
    if (db->n_plus == 0)
        fputs("<li class=\"muted\">none</li>\n", out);
    for (int i = 0; i < db->n_plus; i++) {
        const cw_report_decision *d = &s->decisions[db->plus[i]];
        fprintf(out, "<li><a href=\"#d%d\">%d</a> ", d->number, d->number);
        html_put(out, d->is_draft ? "the draft" : debrief_choice_text(d, d->chosen));
        fputs("</li>\n", out);
    }
    fputs("</ul></div><div><h3>Delta: costliest first</h3><ul>\n", out);
    if (db->n_delta == 0)
        fputs("<li class=\"muted\">none</li>\n", out);
    for (int i = 0; i < db->n_delta; i++) {
        const cw_report_decision *d = &s->decisions[db->delta[i]];
        fprintf(out, "<li><a href=\"#d%d\">%d</a> ", d->number, d->number);
        html_put(out, d->is_draft ? "the draft" : debrief_choice_text(d, d->chosen));
        fputs(" ", out);
        badge(out, d->rating);
        fprintf(out, " <span class=\"muted\">%d points short</span></li>\n", d->max_points - d->points);
    }
    fputs("</ul></div></div>\n", out);
}

static void write_prompts(const cw_report_debrief *db, FILE *out)
{
    fputs("<h3>Prompts for the facilitator</h3>\n", out);
    if (db->n_delta == 0)
        fputs("<blockquote>No divergences. Ask what guided the choices, and which was hardest to "
              "make.</blockquote>\n", out);
    for (int i = 0; i < db->n_delta; i++) {
        const cw_report_decision *d = &db->s->decisions[db->delta[i]];
        fputs("<blockquote>", out);
        html_put(out, debrief_prompt(db, d));
        if (d->reason && *d->reason) {
            fputs("<span class=\"why\">Their reason at the time: “", out);
            html_put(out, d->reason);
            fputs("”</span>", out);
        }
        fputs("</blockquote>\n", out);
    }
}

static void write_competencies(const cw_report_debrief *db, FILE *out)
{
    svg_bar bars[64];
    char notes[64][32];
    int n = 0;
    for (int c = 0; c < cw_competency_count() && n < 64; c++) {
        if (db->tag_max[c] == 0)
            continue;
        snprintf(notes[n], sizeof notes[n], "%d of %d points", db->tag_points[c], db->tag_max[c]);
        double share = (double)db->tag_points[c] / db->tag_max[c];
        bars[n] = (svg_bar){cw_competency_label(c), db->tag_points[c], db->tag_max[c], notes[n],
                            share >= 0.85 ? "#3f7d58" : share >= 0.5 ? "#7d9150" : "#c0892c"};
        n++;
    }
    fputs("<h3>Competencies</h3>\n", out);
    if (n == 0) {
        fputs("<p class=\"muted\">No tagged decisions.</p>\n", out);
        return;
    }
    fputs("<figure class=\"competencies\">\n", out);
    svg_bars(out, bars, n, 760, 270, "Points earned of points possible, by competency");
    fputs("<figcaption>Points earned of points possible at the decisions tagged with each "
          "competency.</figcaption>\n</figure>\n", out);
}

static void write_drafts(const cw_report_debrief *db, FILE *out)
{
    for (int i = 0; i < db->s->n_decisions; i++) {
        const cw_report_decision *d = &db->s->decisions[i];
        if (!d->is_draft)
            continue;
        fprintf(out, "<h3>Drafted text at decision %d</h3>\n<div class=\"card\"><p>", d->number);
        debrief_put_draft(out, d, 1);
        fprintf(out, "</p><p class=\"muted\">Rubric score %g of %g. ", d->score, d->score_max);
        fputs(d->n_flags ? "Flagged phrases are marked.</p>" : "No phrases flagged.</p>", out);
        if (d->n_flags) {
            fputs("<p><strong>Flagged:</strong> ", out);
            for (int k = 0; k < d->n_flags; k++) {
                fputs(k ? "; " : "", out);
                html_put(out, d->flags[k]);
            }
            fputs("</p>", out);
        }
        if (d->n_missing) {
            fputs("<p><strong>Missing:</strong> ", out);
            for (int k = 0; k < d->n_missing; k++) {
                fputs(k ? "; " : "", out);
                html_put(out, d->missing[k]);
            }
            fputs("</p>", out);
        }
        fputs("</div>\n", out);
    }
}

static void write_other(const cw_report_debrief *db, const debrief_other *o, FILE *out)
{
    fputs("<h4>", out);
    html_put(out, o->name);
    fputs("</h4>\n<table class=\"others\"><thead><tr><th>#</th><th>What this role read</th><th>What this role could "
          "do</th></tr></thead><tbody>\n", out);
    int shown = 0;
    for (int i = 0; i < db->s->n_decisions; i++) {
        const cw_report_decision *d = &db->s->decisions[i];
        const walk_step *ws = debrief_other_step(o, d, i);
        if (!ws)
            break;
        shown++;
        fprintf(out, "<tr><td>%d</td><td>", d->number);
        if (ws->speaker && *ws->speaker) {
            fputs("<strong>", out);
            html_put(out, ws->speaker);
            fputs(":</strong> ", out);
        }
        fputs("<span class=\"read\">", out);
        html_put_cut(out, ws->text, 600);
        fputs("</span></td><td><ul>", out);
        for (int k = 0; k < ws->n_options; k++) {
            fputs(debrief_step_picked(ws, k) ? "<li class=\"picked\">" : "<li>", out);
            html_put(out, ws->options[k].text);
            if (ws->options[k].rating != CW_RATING_NONE) {
                fputs(" ", out);
                badge(out, ws->options[k].rating);
            }
            fputs("</li>", out);
        }
        fputs("</ul></td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
    if (o->route.stopped && shown < db->s->n_decisions) {
        /* the walk's own reason names scenes by id, for tools: people read it in words */
        fputs("<p class=\"muted\">From here the two paths part: the case goes on differently for this role.</p>\n", out);
    }
}

static void write_take_home(const cw_report_debrief *db, FILE *out)
{
    if (db->n_take_home == 0) {
        fputs("<p class=\"muted\">No practice points cited (the scenario file is needed).</p>\n", out);
    } else {
        fputs("<ol>\n", out);
        for (int i = 0; i < db->n_take_home; i++) {
            const debrief_take_home *t = &db->take_home[i];
            fprintf(out, "<li><strong>Practice point %d.</strong> ", t->point);
            html_put(out, practice_point(t->point));
            fputs(" <span class=\"muted\">Came up at", out);
            for (int k = 0; k < t->n_decisions; k++) {
                int number = db->s->decisions[t->decisions[k]].number;
                fprintf(out, "%s <a href=\"#d%d\">decision %d</a>", k ? "," : "", number, number);
            }
            fputs(".</span></li>\n", out);
        }
        fputs("</ol>\n", out);
    }
    fputs("<p>Close with: <em>“What will you take into your next case?”</em></p>\n", out);
    /* Footnotes: every practice point the path's rationales cite, with its source. */
    int numbers[PRACTICE_POINT_COUNT];
    int n = debrief_cited_points(db, numbers);
    if (n > 0) {
        fputs("<h3 id=\"sources\">Sources</h3>\n<ol class=\"sources small\">\n", out);
        for (int i = 0; i < n; i++) {
            fprintf(out, "<li value=\"%d\" id=\"point-%d\"><strong>", numbers[i], numbers[i]);
            html_put(out, practice_point_title(numbers[i]));
            fputs(".</strong> <span class=\"muted\">Source: ", out);
            html_put(out, practice_point_source(numbers[i]));
            fputs("</span></li>\n", out);
        }
        fputs("</ol>\n", out);
    }
}

int cw_report_debrief_write_html(const cw_report_debrief *db, FILE *out)
{
    html_begin(out, "casewalk debrief");
    write_header(db, out);
    write_reactions(out);
    section(out, 2, "Description: what happened", "description");
    write_path(db, out);
    write_decision_table(db, out);
    section(out, 3, "Analysis", "analysis");
    write_plus_delta(db, out);
    write_prompts(db, out);
    write_competencies(db, out);
    write_drafts(db, out);
    fputs("<h3>What the other role saw at the same junctures</h3>\n", out);
    if (db->n_others == 0)
        fputs("<p class=\"muted\">Needs the scenario file.</p>\n", out);
    for (int o = 0; o < db->n_others; o++)
        write_other(db, &db->others[o], out);
    section(out, 4, "Summary: take-home points", "summary");
    write_take_home(db, out);
    html_end(out);
    return ferror(out) ? -1 : 0;
}
