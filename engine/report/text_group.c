/* text_group.c — the group summary for the terminal: who took part, where CPS and DV
 * diverged, each decision's choices by role, endings, paths, and the records set aside. */
#include <string.h>

#include "report/group.h"
#include "report/text_out.h"
#include "report/text_wrap.h"

static void heading(FILE *out, const char *title)
{
    fprintf(out, "\n%s\n", title);
    for (int i = cw_utf8_chars(title); i > 0; i--)
        fputc('-', out);
    fputc('\n', out);
}

static void put_percent(FILE *out, int count, int of)
{
    if (of > 0)
        fprintf(out, "%4d %3.0f%%", count, 100.0 * count / of);
    else
        fprintf(out, "%4d     ", count);
}

static void write_median(FILE *out, double ms)
{
    char time[40];
    format_median(ms, time, sizeof time);
    fprintf(out, "median time %s", time);
}

static void write_overview(const cw_report_group_view *v, FILE *out)
{
    fputs("Group summary: ", out);
    text_put_line(out, v->scenario_title, 120);
    fputs(" (version ", out);
    text_put_line(out, v->scenario_version, 40);
    fprintf(out, ")\nRead: %ld trainee%s in %ld session%s, and %ld room%s.\n", v->trainees,
            v->trainees == 1 ? "" : "s", v->trainee_sessions, v->trainee_sessions == 1 ? "" : "s",
            v->workshops, v->workshops == 1 ? "" : "s");
    fprintf(out, "%ld record%s read: %ld used (%ld finished, %ld only in part), %ld set aside.\n",
            v->files, v->files == 1 ? "" : "s", v->included, v->finished, v->partly_used,
            v->set_aside_total - v->partly_used);
    if (v->duplicates_total)
        fprintf(out, "Note: %ld record%s not counted: copies of sessions, or other tries of a trainee in the "
                     "same role; each trainee is counted once per role, from the most complete (listed at "
                     "the end).\n", v->duplicates_total, v->duplicates_total == 1 ? "" : "s");
    if (v->workshop) {
        fputs("Workshop ", out);
        text_put_line(out, v->workshop, 40);
        fprintf(out, ": its participants' own records, by discipline; the room's group record %s; "
                     "%ld other record%s passed over.\n",
                v->workshops ? "found" : "not among the records", v->other_workshops,
                v->other_workshops == 1 ? "" : "s");
    }
    fputs(v->workshop ? "Participants by discipline: " : "Sessions by role: ", out);
    for (int s = 0; s < v->n_sessions_split; s++)
        fprintf(out, "%s%s %d", s ? " · " : "", v->sessions[s].label, v->sessions[s].answered);
    if (v->n_sessions_split == 0)
        fprintf(out, "not broken out (a role group is smaller than %d)", v->min_group);
    fputc('\n', out);
    if (v->room_participants) {
        fprintf(out, "Room participants: %ld in %ld room%s, kept apart from solo practice; for a room: "
                     "casewalk summary --workshop ", v->room_participants, v->participant_rooms,
                v->participant_rooms == 1 ? "" : "s");
        for (int i = 0; i < v->n_rooms_listed; i++) {
            fputs(i ? " or " : "", out);
            text_put_line(out, v->rooms[i], 40);
        }
        fputc('\n', out);
    }
    if (v->workshops && !v->workshop)
        fprintf(out, "Rooms: %ld, with %ld votes, shown apart under \"Room votes\".\n", v->workshops, v->votes);
    fprintf(out, "Privacy: trainees appear only as pseudonyms, and none is named here; role groups "
                 "smaller than %d are not broken out.\n", v->min_group);
    if (v->scenario_note) {
        fputs("Note: ", out);
        text_put_line(out, v->scenario_note, 400);
        fputc('\n', out);
    }
}

static void write_ranking(const cw_report_group_view *v, FILE *out)
{
    if (!v->compared[0]) {
        fputs("  (needs two roles)\n", out);
        return;
    }
    if (v->n_ranking == 0)
        fprintf(out, "  No decision has at least %d answers from both %s and %s.\n", v->min_group,
                v->compared_labels[0], v->compared_labels[1]);
    int by_rating = 0;
    for (int i = 0; i < v->n_ranking; i++) {
        const cw_report_group_decision *d = &v->decisions[v->ranking[i]];
        fprintf(out, "  %d. ", i + 1);
        text_put_line(out, d->label, 200);
        fprintf(out, ": %s and %s differ by %.0f%% of their answers%s\n", v->compared_labels[0],
                v->compared_labels[1], 100 * d->divergence,
                d->divergence_by_rating ? " (by rating)" : "");
        if (d->prompt) {
            fputs("     Discuss: ", out);
            text_put_line(out, d->prompt, 1000);
            fputs(d->discussion ? "\n" : " (suggested from the answers: the scenario has no prompt here)\n",
                  out);
        }
        by_rating |= d->divergence_by_rating;
    }
    if (by_rating)
        fputs("  (By rating: each role was offered choices of its own there, so the ratings of the "
              "choices they made are compared.)\n", out);
}

static void write_decision(const cw_report_group_view *v, const cw_report_group_decision *d, int n,
                           FILE *out)
{
    fprintf(out, "\n  %d. ", n);
    text_put_line(out, d->label, 200);
    fprintf(out, " · %s · answered %d of %ld sessions", d->is_draft ? "drafts by rating" : "choices",
            d->answered, v->trainee_sessions);
    fputs(" · ", out);
    write_median(out, d->median_ms);
    fputc('\n', out);
    fprintf(out, "     %-36s", "");
    for (int s = 0; s < d->n_splits; s++)
        fprintf(out, " %9s", d->splits[s].label);
    fprintf(out, " %9s\n", "All");
    for (int c = 0; c < d->n_choices; c++) {
        const cw_report_group_choice *ch = &d->choices[c];
        fputs(ch->recommended ? "   ✓ " : "     ", out);
        /* the choice's words (its id only when the scenario is not at hand); a text too long
         * for the column gets lines of its own above its counts, wrapped, never cut */
        const char *label = *ch->text ? ch->text : ch->id;
        int chars = cw_utf8_chars(label);
        char number[160];
        int k = snprintf(number, sizeof number, "%s%s%d. ", ch->for_roles ? ch->for_roles : "",
                         ch->for_roles ? " " : "", ch->number);
        k = cw_utf8_chars(number);
        if (chars + k > 36) {
            fputs(number, out);
            text_put_line(out, label, 2000);
            fprintf(out, "\n     %-36s", "");
        } else {
            fputs(number, out);
            text_put_line(out, label, 34);
            for (int pad = chars + k; pad < 36; pad++)
                fputc(' ', out);
        }
        for (int s = 0; s < d->n_splits; s++) {
            fputc(' ', out);
            if (d->splits[s].offered[c])
                put_percent(out, d->splits[s].counts[c], d->splits[s].answered);
            else
                fputs("    —     ", out);
        }
        fputc(' ', out);
        put_percent(out, ch->count, d->answered);
        fputc('\n', out);
    }
    if (d->not_split_why)
        fprintf(out, "     (%s)\n", d->not_split_why);
    for (int f = 0; f < d->n_flags; f++) {
        fprintf(out, "     flagged %d×: ", d->flag_counts[f]);
        text_put_line(out, d->flags[f], 120);
        fputc('\n', out);
    }
    for (int m = 0; m < d->n_missing; m++) {
        fprintf(out, "     missing %d×: ", d->missing_counts[m]);
        text_put_line(out, d->missing[m], 120);
        fputc('\n', out);
    }
}

static void write_endings(const cw_report_group_view *v, FILE *out)
{
    if (v->n_endings == 0)
        fputs("  (no session reached an ending)\n", out);
    for (int e = 0; e < v->n_endings; e++) {
        const cw_report_group_ending *en = &v->endings[e];
        fputs("  ", out);
        text_put_line(out, en->title, 80);
        fputs(" (", out);
        text_put_line(out, en->classification, 20);
        fprintf(out, "): %d", en->count);
        if (en->rooms)
            fprintf(out, " (and %d room%s)", en->rooms, en->rooms == 1 ? "" : "s");
        for (int s = 0; s < en->n_splits; s++)
            fprintf(out, "%s%s %d", s ? " · " : " — ", en->splits[s].label, en->splits[s].counts[0]);
        fputc('\n', out);
    }
}

static void write_room_votes(const cw_report_group_view *v, FILE *out)
{
    fprintf(out, "  Votes of %ld room%s, %ld in all (the people in a room, not trainees' own "
                 "sessions).\n", v->workshops, v->workshops == 1 ? "" : "s", v->votes);
    for (int i = 0; i < v->n_decisions; i++) {
        const cw_report_group_decision *d = &v->decisions[i];
        if (d->room_votes == 0)
            continue;
        fprintf(out, "\n  %d. ", i + 1);
        text_put_line(out, d->label, 200);
        fprintf(out, " · %d votes\n", d->room_votes);
        for (int c = 0; c < d->n_choices; c++) {
            const cw_report_group_choice *ch = &d->choices[c];
            if (ch->room_votes == 0 && !ch->recommended)
                continue;
            fprintf(out, "   %s %4d %3.0f%%  ", ch->recommended ? "✓" : " ", ch->room_votes,
                    100.0 * ch->room_votes / d->room_votes);
            text_put_line(out, *ch->text ? ch->text : ch->id, 2000);
            fputc('\n', out);
        }
    }
    for (int e = 0; e < v->n_endings; e++)
        if (v->endings[e].rooms) {
            fputs("  Ending reached: ", out);
            text_put_line(out, v->endings[e].title, 200);
            fprintf(out, " (%d room%s)\n", v->endings[e].rooms, v->endings[e].rooms == 1 ? "" : "s");
        }
}

static void write_paths(const cw_report_group_view *v, FILE *out)
{
    for (int i = 0; i < v->n_links; i++) {
        fputs("  ", out);
        text_put_line(out, v->nodes[v->links[i].from].title, 80);
        fputs(" → ", out);
        text_put_line(out, v->nodes[v->links[i].to].title, 80);
        fprintf(out, ": %d\n", v->links[i].count);
    }
}

static void write_set_aside(const cw_report_group_view *v, FILE *out)
{
    if (v->set_aside_total == 0) {
        fputs("  None.\n", out);
        return;
    }
    for (int i = 0; i < v->n_set_aside; i++) {
        const cw_report_set_aside *a = &v->set_aside[i];
        fputs(a->partly_used ? "  partly used: " : "  set aside:   ", out);
        text_put_line(out, a->path, 200);
        if (a->line)
            fprintf(out, ":%d", a->line);
        fputs(": ", out);
        text_put_line(out, a->reason, 300);
        fputc('\n', out);
    }
    if (v->set_aside_total > v->n_set_aside)
        fprintf(out, "  … and %ld more (the first %d by name are listed)\n",
                v->set_aside_total - v->n_set_aside, v->n_set_aside);
}

static void write_duplicates(const cw_report_group_view *v, FILE *out)
{
    for (int i = 0; i < v->n_duplicates; i++) {
        const cw_report_duplicate *d = &v->duplicates[i];
        fputs(d->other_try ? "  another try: " : "  copy: ", out);
        text_put_line(out, d->path, 200);
        fputs(d->kept ? " (session counted from " : " (session counted from another record", out);
        if (d->kept)
            text_put_line(out, d->kept, 200);
        fputs(")\n", out);
    }
    if (v->duplicates_total > v->n_duplicates)
        fprintf(out, "  … and %ld more (the first %d by name are listed)\n",
                v->duplicates_total - v->n_duplicates, v->n_duplicates);
}

int cw_report_group_write_text(const cw_report_group *g, FILE *to, int width)
{
    text_wrap wrap;
    FILE *out = text_wrap_begin(&wrap, to, width);
    const cw_report_group_view *v = &g->view;
    write_overview(v, out);
    if (v->compared[0]) {
        char title[160];
        snprintf(title, sizeof title, "Where %s and %s chose most differently", v->compared_labels[0],
                 v->compared_labels[1]);
        heading(out, title);
    } else {
        heading(out, "Where the roles chose most differently");
    }
    write_ranking(v, out);
    heading(out, "Decisions (✓ recommended; count and share of each group)");
    for (int i = 0; i < v->n_decisions; i++)
        write_decision(v, &v->decisions[i], i + 1, out);
    heading(out, "Endings reached");
    write_endings(v, out);
    if (v->workshops) {
        heading(out, "Room votes");
        write_room_votes(v, out);
    }
    heading(out, "Paths (from scene to scene: sessions)");
    write_paths(v, out);
    heading(out, "Records set aside or partly used");
    write_set_aside(v, out);
    if (v->duplicates_total) {
        heading(out, "Copies and other tries of a trainee, counted once");
        write_duplicates(v, out);
    }
    int failed = ferror(out);
    return text_wrap_end(&wrap) != 0 || failed ? -1 : 0;
}
