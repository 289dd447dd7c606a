/* html_group.c — the group summary as one self-contained, printable HTML page: the
 * divergence agenda first, then bar charts per decision split by role, endings, the flow of
 * paths, and every record set aside with its reason. */
#include <string.h>

#include "report/group.h"
#include "report/text_out.h"
#include "report/html_page.h"
#include "report/svg.h"

#define BARS_WIDTH 760
#define BARS_LABEL 120
#define BARS_NOTE 96
#define CHOICE_CHARS 96 /* characters of a choice's words on one line */
#define CHOICE_LINE 18
#define SPLIT_ROW 20

static int split_colour_index(const cw_report_group_view *v, const cw_report_split *s)
{
    if (s->role && v->compared[0] && strcmp(s->role, v->compared[0]) == 0)
        return 0;
    if (s->role && v->compared[1] && strcmp(s->role, v->compared[1]) == 0)
        return 1;
    return s->role ? 2 : 3;
}

/* One decision's choices: the choice's words (up to two lines), then one bar per role group that
 * was offered it, each bar the share of that group's answers. Without a split, one bar for all. */
void svg_decision_bars(FILE *out, const cw_report_group_view *v, const cw_report_group_decision *d)
{
    int track = BARS_WIDTH - BARS_LABEL - BARS_NOTE - 12, height = 4;
    for (int c = 0; c < d->n_choices; c++) {
        int rows = 0;
        for (int s = 0; s < d->n_splits; s++)
            rows += d->splits[s].offered[c];
        height += svg_text_lines(NULL, d->choices[c].text, CHOICE_CHARS, 2, 0, CHOICE_LINE) * CHOICE_LINE +
                  (d->n_splits ? rows : 1) * SPLIT_ROW + 12;
    }
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" role=\"img\" "
                 "aria-label=\"Choices at this decision by role\">\n", BARS_WIDTH, height, BARS_WIDTH);
    int y = 2;
    for (int c = 0; c < d->n_choices; c++) {
        const cw_report_group_choice *ch = &d->choices[c];
        const char *words = *ch->text ? ch->text : ch->id;
        if (ch->recommended)
            fprintf(out, "<text x=\"0\" y=\"%d\" font-size=\"14\" font-weight=\"700\" fill=\"#3f7d58\">✓</text>",
                    y + 15);
        fprintf(out, "<text x=\"18\" y=\"%d\" font-size=\"14\" fill=\"#1f2328\">", y + 15);
        y += svg_text_lines(out, words, CHOICE_CHARS, 2, 18, CHOICE_LINE) * CHOICE_LINE;
        fputs("</text>\n", out);
        y += 4;
        for (int s = 0; s < (d->n_splits ? d->n_splits : 1); s++) {
            const cw_report_split *sp = d->n_splits ? &d->splits[s] : NULL;
            if (sp && !sp->offered[c])
                continue; /* this role was never shown the choice */
            int count = sp ? sp->counts[c] : ch->count, of = sp ? sp->answered : d->answered;
            double share = of > 0 ? (double)count / of : 0;
            const char *colour = sp ? svg_role_colour(split_colour_index(v, sp)) : "#4f5b66";
            fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"12.5\" text-anchor=\"end\" fill=\"#5b6470\">",
                    BARS_LABEL - 8, y + 11);
            html_put(out, sp ? sp->label : "All");
            fprintf(out, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"13\" rx=\"3\" fill=\"#eceae4\"/>",
                    BARS_LABEL, y, track);
            if (count > 0)
                fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"13\" rx=\"3\" fill=\"%s\"/>",
                        BARS_LABEL, y, share * track < 2 ? 2 : share * track, colour);
            fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"12.5\" fill=\"#1f2328\">%d "
                         "<tspan fill=\"#5b6470\">(%.0f%%)</tspan></text>\n",
                    BARS_LABEL + track + 8, y + 11, count, 100 * share);
            y += SPLIT_ROW;
        }
        y += 8;
    }
    fputs("</svg>\n", out);
}

static void write_overview(const cw_report_group_view *v, FILE *out)
{
    fputs("<h1>Group summary: ", out);
    html_put(out, v->scenario_title);
    fputs("</h1>\n<p class=\"meta\">Scenario <code>", out);
    html_put(out, v->scenario_id);
    fputs("</code>, version ", out);
    html_put(out, v->scenario_version);
    fprintf(out, " · read: <strong>%ld trainee%s</strong> in %ld session%s, and %ld room%s", v->trainees,
            v->trainees == 1 ? "" : "s", v->trainee_sessions, v->trainee_sessions == 1 ? "" : "s",
            v->workshops, v->workshops == 1 ? "" : "s");
    fprintf(out, " · %ld record%s read, <strong>%ld used</strong> (%ld finished, %ld in part), %ld set "
                 "aside</p>\n", v->files, v->files == 1 ? "" : "s", v->included, v->finished,
            v->partly_used, v->set_aside_total - v->partly_used);
    if (v->workshop) {
        fputs("<p class=\"meta\">Workshop ", out);
        html_put(out, v->workshop);
        fprintf(out, ": its participants' own records, by discipline; the room's group record %s; %ld other "
                     "record%s passed over.</p>\n",
                v->workshops ? "found" : "not among the records", v->other_workshops,
                v->other_workshops == 1 ? "" : "s");
    }
    fputs(v->workshop ? "<div class=\"card\">Participants by discipline: " : "<div class=\"card\">Sessions by role: ",
          out);
    for (int s = 0; s < v->n_sessions_split; s++) {
        fprintf(out, "%s<span class=\"swatch\" style=\"background:%s\"></span><strong>", s ? " · " : "",
                svg_role_colour(split_colour_index(v, &v->sessions[s])));
        html_put(out, v->sessions[s].label);
        fprintf(out, "</strong> %d", v->sessions[s].answered);
    }
    if (v->n_sessions_split == 0)
        fprintf(out, "not broken out (a role group is smaller than %d)", v->min_group);
    if (v->room_participants) {
        fprintf(out, "<br>Room participants: %ld in %ld room%s, kept apart from solo practice; for a room: "
                     "<code>casewalk summary --workshop ", v->room_participants, v->participant_rooms,
                v->participant_rooms == 1 ? "" : "s");
        html_put(out, v->n_rooms_listed ? v->rooms[0] : "ID");
        fputs("</code>", out);
    }
    if (v->workshops && !v->workshop)
        fprintf(out, " · %ld room%s with %ld votes, shown apart (<a href=\"#rooms\">Room votes</a>)",
                v->workshops, v->workshops == 1 ? "" : "s", v->votes);
    fprintf(out, "<br><span class=\"muted\">Trainees appear only as pseudonyms, and none is named "
                 "here. A role group smaller than %d is not broken out.</span></div>\n", v->min_group);
    if (v->scenario_note) {
        fputs("<p class=\"note\">", out);
        html_put(out, v->scenario_note);
        fputs("</p>\n", out);
    }
    if (v->duplicates_total)
        fprintf(out, "<p class=\"note\">%ld record%s copies of sessions that other records hold; "
                     "each session is counted once, from its most complete copy: see "
                     "<a href=\"#copies\">the copies</a>.</p>\n", v->duplicates_total,
                v->duplicates_total == 1 ? " was a" : "s were");
    if (v->set_aside_total)
        fprintf(out, "<p class=\"note\">%ld record%s set aside or only partly used: see "
                     "<a href=\"#set-aside\">the list at the end</a>.</p>\n", v->set_aside_total,
                v->set_aside_total == 1 ? " was" : "s were");
}

static void write_ranking(const cw_report_group_view *v, FILE *out)
{
    fputs("<h2 id=\"agenda\">", out);
    if (v->compared[0]) {
        fputs("Where ", out);
        html_put(out, v->compared_labels[0]);
        fputs(" and ", out);
        html_put(out, v->compared_labels[1]);
        fputs(" chose most differently</h2>\n<p class=\"muted\">The agenda for the cross-system "
              "conversation: decisions ranked by how far apart the two groups' choices were (the "
              "share of answers that would have to change for the two to match).</p>\n", out);
    } else {
        fputs("Where the roles chose most differently</h2>\n", out);
    }
    if (v->n_ranking == 0) {
        fprintf(out, "<p class=\"muted\">No decision has at least %d answers from each of the two "
                     "roles.</p>\n", v->min_group);
        return;
    }
    fputs("<table><thead><tr><th>#</th><th>Decision</th><th>Difference</th><th>Discussion prompt</th>"
          "</tr></thead><tbody>\n", out);
    for (int i = 0; i < v->n_ranking; i++) {
        const cw_report_group_decision *d = &v->decisions[v->ranking[i]];
        fprintf(out, "<tr><td>%d</td><td><a href=\"#dec%d\">", i + 1, v->ranking[i] + 1);
        html_put(out, d->label);
        fprintf(out, "</a></td><td class=\"num\"><strong>%.0f%%</strong>%s</td><td>", 100 * d->divergence,
                d->divergence_by_rating ? "<br><span class=\"muted\">by rating</span>" : "");
        html_put(out, d->prompt);
        if (!d->discussion)
            fputs(" <span class=\"muted\">(suggested from the answers: the scenario has no prompt here)</span>",
                  out);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
    int by_rating = 0;
    for (int i = 0; i < v->n_ranking; i++)
        by_rating |= v->decisions[v->ranking[i]].divergence_by_rating;
    if (by_rating)
        fputs("<p class=\"muted\">“By rating”: each role was offered choices of its own there, so "
              "the two are compared by how the choices they made were rated.</p>\n", out);
}

static void write_decision(const cw_report_group_view *v, const cw_report_group_decision *d, int n,
                           FILE *out)
{
    char time[40];
    format_median(d->median_ms, time, sizeof time);
    fprintf(out, "<div class=\"decision\" id=\"dec%d\"><h3><span class=\"rank\">%d.</span> ", n, n);
    html_put(out, d->label);
    fputs(" <span class=\"muted\">", out);
    fputs(d->is_draft ? " · drafts by rating" : "", out);
    fprintf(out, "</span></h3>\n<p class=\"muted\">Answered %d of %ld sessions", d->answered, v->trainee_sessions);
    if (d->median_ms >= 0)
        fprintf(out, " · median time to decide %s", time);
    if (d->divergence >= 0)
        fprintf(out, " · %s and %s differ by %.0f%%%s", v->compared_labels[0], v->compared_labels[1],
                100 * d->divergence, d->divergence_by_rating ? " (by rating)" : "");
    fputs("</p>\n", out);
    if (d->discussion) {
        fputs("<p><strong>Discuss:</strong> ", out);
        html_put(out, d->discussion);
        fputs("</p>\n", out);
    }
    svg_decision_bars(out, v, d);
    if (d->not_split_why) {
        fputs("<p class=\"muted\">", out);
        html_put(out, d->not_split_why);
        fputs(".</p>\n", out);
    }
    if (d->n_flags || d->n_missing) {
        fputs("<p>", out);
        for (int f = 0; f < d->n_flags; f++) {
            fprintf(out, "%sFlagged %d×: <mark class=\"flag\">", f ? "<br>" : "", d->flag_counts[f]);
            html_put(out, d->flags[f]);
            fputs("</mark>", out);
        }
        for (int m = 0; m < d->n_missing; m++) {
            fprintf(out, "%sMissing %d×: ", (m || d->n_flags) ? "<br>" : "", d->missing_counts[m]);
            html_put(out, d->missing[m]);
        }
        fputs("</p>\n", out);
    }
    fputs("</div>\n", out);
}

static void write_legend(const cw_report_group_view *v, FILE *out)
{
    fputs("<p class=\"legend\">", out);
    for (int s = 0; s < v->n_sessions_split; s++) {
        fprintf(out, "<span><span class=\"swatch\" style=\"background:%s\"></span>",
                svg_role_colour(split_colour_index(v, &v->sessions[s])));
        html_put(out, v->sessions[s].label);
        fputs("</span>", out);
    }
    fputs("<span><strong style=\"color:#3f7d58\">✓</strong> recommended</span><span>Each bar: the "
          "share of that group's answers; a role is left out where it was not offered the "
          "choice.</span></p>\n", out);
}

static void write_room_votes(const cw_report_group_view *v, FILE *out)
{
    fprintf(out, "<h2 id=\"rooms\">Room votes</h2>\n<p class=\"muted\">%ld room%s voted, %ld votes in all: "
                 "the people in a room, apart from the trainees' own sessions.</p>\n",
            v->workshops, v->workshops == 1 ? "" : "s", v->votes);
    fputs("<table><thead><tr><th>Decision</th><th>Votes by choice (✓ recommended)</th></tr></thead><tbody>\n",
          out);
    for (int i = 0; i < v->n_decisions; i++) {
        const cw_report_group_decision *d = &v->decisions[i];
        if (d->room_votes == 0)
            continue;
        fputs("<tr><td>", out);
        html_put(out, d->label);
        fputs("</td><td>", out);
        int first = 1;
        for (int c = 0; c < d->n_choices; c++) {
            const cw_report_group_choice *ch = &d->choices[c];
            if (ch->room_votes == 0)
                continue;
            fprintf(out, "%s<strong>%d</strong> ", first ? "" : "<br>", ch->room_votes);
            fputs(ch->recommended ? "✓ " : "", out);
            html_put(out, *ch->text ? ch->text : ch->id);
            first = 0;
        }
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
}

static void write_endings(const cw_report_group_view *v, FILE *out)
{
    fputs("<h2 id=\"endings\">Endings reached</h2>\n", out);
    if (v->n_endings == 0) {
        fputs("<p class=\"muted\">No session reached an ending.</p>\n", out);
        return;
    }
    fputs("<table><thead><tr><th>Ending</th><th>Sessions</th><th>By role</th></tr></thead><tbody>\n", out);
    for (int e = 0; e < v->n_endings; e++) {
        const cw_report_group_ending *en = &v->endings[e];
        fputs("<tr><td>", out);
        html_put(out, en->title);
        fputs(" <span class=\"badge e-", out);
        html_put(out, en->classification);
        fputs("\">", out);
        html_put(out, en->classification);
        fprintf(out, "</span></td><td class=\"num\">%d</td><td>", en->count);
        for (int s = 0; s < en->n_splits; s++) {
            fputs(s ? " · " : "", out);
            html_put(out, en->splits[s].label);
            fprintf(out, " %d", en->splits[s].counts[0]);
        }
        if (en->n_splits == 0)
            fputs("<span class=\"muted\">not broken out</span>", out);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
}

static void write_set_aside(const cw_report_group_view *v, FILE *out)
{
    fputs("<h2 id=\"set-aside\">Records set aside or partly used</h2>\n", out);
    if (v->set_aside_total == 0) {
        fputs("<p class=\"muted\">None: every record read was used whole.</p>\n", out);
        return;
    }
    fputs("<table><thead><tr><th>Record</th><th>Line</th><th>What happened</th></tr></thead><tbody>\n", out);
    for (int i = 0; i < v->n_set_aside; i++) {
        const cw_report_set_aside *a = &v->set_aside[i];
        fputs("<tr><td><code>", out);
        html_put(out, a->path);
        fputs("</code></td><td class=\"num\">", out);
        if (a->line)
            fprintf(out, "%d", a->line);
        fputs(a->partly_used ? "</td><td>Partly used: " : "</td><td>Set aside: ", out);
        html_put(out, a->reason);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
    if (v->set_aside_total > v->n_set_aside)
        fprintf(out, "<p class=\"muted\">… and %ld more; the first %d by name are listed.</p>\n",
                v->set_aside_total - v->n_set_aside, v->n_set_aside);
}

static void write_duplicates(const cw_report_group_view *v, FILE *out)
{
    if (v->duplicates_total == 0)
        return;
    fputs("<h2 id=\"copies\">Copies and other tries of a trainee, counted once</h2>\n"
          "<table><thead><tr><th>Copy or other try not counted</th><th>Counted from</th></tr></thead><tbody>\n",
          out);
    for (int i = 0; i < v->n_duplicates; i++) {
        const cw_report_duplicate *d = &v->duplicates[i];
        fputs(d->other_try ? "<tr><td>another try: <code>" : "<tr><td><code>", out);
        html_put(out, d->path);
        fputs("</code></td><td>", out);
        if (d->kept) {
            fputs("<code>", out);
            html_put(out, d->kept);
            fputs("</code>", out);
        } else {
            fputs("another record", out);
        }
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
    if (v->duplicates_total > v->n_duplicates)
        fprintf(out, "<p class=\"muted\">… and %ld more; the first %d by name are listed.</p>\n",
                v->duplicates_total - v->n_duplicates, v->n_duplicates);
}

int cw_report_group_write_html(const cw_report_group *g, FILE *out)
{
    const cw_report_group_view *v = &g->view;
    html_begin(out, "casewalk group summary");
    write_overview(v, out);
    write_ranking(v, out);
    fputs("<h2 id=\"decisions\">Each decision, by role</h2>\n", out);
    write_legend(v, out);
    fputs("<div class=\"by-decision\">\n", out); /* on paper: two columns of decisions */
    for (int i = 0; i < v->n_decisions; i++)
        write_decision(v, &v->decisions[i], i + 1, out);
    fputs("</div>\n", out);
    write_endings(v, out);
    if (v->workshops)
        write_room_votes(v, out);
    fputs("<h2 id=\"paths\">The group's paths</h2>\n<figure>\n", out);
    svg_flow_figure(out, v);
    fputs("<figcaption>Scenes from top to bottom in the order met, with the number of sessions "
          "that reached each; each band as wide as the number of sessions that went that way; "
          "endings coloured by outcome.</figcaption>\n"
          "</figure>\n", out);
    write_set_aside(v, out);
    write_duplicates(v, out);
    html_end(out);
    return ferror(out) ? -1 : 0;
}
