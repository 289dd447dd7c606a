/* text_debrief.c — a trainee's debrief for the terminal, in the order of a debriefing
 * conversation: reactions, description, analysis, summary. */
#include <string.h>

#include "report/debrief.h"
#include "report/text_out.h"
#include "report/practice.h"
#include "report/text_wrap.h"

#define BAR_WIDTH 20

static void heading(FILE *out, const char *title)
{
    fprintf(out, "\n%s\n", title);
    for (int i = cw_utf8_chars(title); i > 0; i--)
        fputc('-', out);
    fputc('\n', out);
}

/* A paragraph of untrusted text, indented. */
static void indented(FILE *out, const char *label, const char *text)
{
    fprintf(out, strlen(label) < 13 ? "     %-13s" : "     %s ", label);
    text_put_line(out, text, 400);
    fputc('\n', out);
}

static void write_header(const cw_report_debrief *db, FILE *out)
{
    const cw_report_session *s = db->s;
    char time[32];
    format_duration(db->total_ms, time, sizeof time);
    fputs("Debrief: ", out);
    text_put_line(out, s->scenario_title, 120);
    fputs(" (version ", out);
    text_put_line(out, s->scenario_version, 40);
    fputs(")\n", out);
    fputs(s->group ? "Workshop " : "Trainee ", out);
    text_put_line(out, s->trainee, 80);
    fputs(" · ", out);
    text_put_line(out, db->role_name, 80);
    fputs(" · ", out);
    text_put_line(out, s->mode, 20);
    char started[96];
    format_local_time(s->started, started, sizeof started);
    fputs(" mode · started ", out);
    text_put_line(out, started, 64);
    fputc('\n', out);
    if (s->workshop) {
        fputs("Room participant · discipline ", out);
        text_put_line(out, s->discipline, 40);
        fputs(" · workshop ", out);
        text_put_line(out, s->workshop, 40);
        fprintf(out, " · %d of %d decisions answered\n", s->n_decisions - debrief_not_answered(s), s->n_decisions);
    }
    if (s->ending) {
        fputs("Ending: ", out);
        text_put_line(out, s->ending->ending_title, 120);
        fputs(" (", out);
        text_put_line(out, s->ending->classification, 20);
        fputs(")", out);
    } else {
        fputs("Unfinished: no ending reached", out);
    }
    fprintf(out, " · %d of %d points over %d decisions · %s deciding\n", db->points, db->max_points,
            s->n_decisions, time);
    if (s->torn_line)
        fprintf(out, "Note: line %d of the record was torn (%s) and is left out.\n", s->torn_line,
                s->torn_why);
    if (!db->scenario)
        fputs("Note: the scenario file is not at hand, so texts, feedback and the recommended "
              "route are missing.\n", out);
    if (db->scenario_note) {
        fputs("Note: ", out);
        text_put_line(out, db->scenario_note, 400);
        fputc('\n', out);
    }
}

static void write_path(const cw_report_debrief *db, FILE *out)
{
    const cw_report_session *s = db->s;
    fputs("Your path (✓ on the recommended path, ✗ diverged):\n", out);
    for (int i = 0; i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        fprintf(out, "  %2d %s ", d->number, d->followed ? "·" : debrief_diverged(d) ? "✗" : "✓");
        text_put_line(out, debrief_title(db, i), 200);
        fputs(" [", out);
        text_put_line(out, d->phase, 30);
        fputs("] → ", out);
        if (d->followed) {
            fputs("did not answer (the room chose ", out);
            text_put_line(out, debrief_room_choice(db, d), 1000);
            fputs(")\n", out);
            continue;
        }
        text_put_line(out, d->is_draft ? "a draft" : debrief_choice_text(d, d->chosen), 1000);
        fprintf(out, " (%s)", cw_rating_name(d->rating));
        if (d->room && strcmp(d->room, d->chosen) != 0) {
            fputs("; the room chose ", out);
            text_put_line(out, debrief_room_choice(db, d), 1000);
        }
        fputc('\n', out);
    }
    if (s->ending) {
        fputs("     ⇒ ", out);
        text_put_line(out, s->ending->ending_title ? s->ending->ending_title : s->ending->scene, 200);
        fputc('\n', out);
    }
    if (db->recommended.n_steps > 0) {
        fputs("Recommended route: ", out);
        for (int i = 0; i < db->recommended.n_steps; i++) {
            if (i)
                fputs(" → ", out);
            text_put_line(out, debrief_step_title(db, &db->recommended.steps[i]), 200);
        }
        fputc('\n', out);
    }
}

static void write_decisions(const cw_report_debrief *db, FILE *out)
{
    const cw_report_session *s = db->s;
    for (int i = 0; i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        char time[32];
        format_duration(d->ms, time, sizeof time);
        fprintf(out, "\n  %d. ", d->number);
        text_put_line(out, d->phase, 30);
        fputs(" · ", out);
        text_put_line(out, debrief_title(db, i), 200);
        if (d->followed) {
            fputs(" · not answered\n", out);
            fputs("     Did not answer (the room chose: ", out);
            text_put_line(out, debrief_room_choice(db, d), 400);
            fputs(")\n", out);
            continue;
        }
        fprintf(out, " · %s to decide\n", time);
        char rating[64];
        snprintf(rating, sizeof rating, "%s, %d of %d", cw_rating_name(d->rating), d->points,
                 d->max_points);
        indented(out, d->is_draft ? "Drafted:" : "Chose:", d->is_draft && d->text ? d->text
                                                          : debrief_choice_text(d, d->chosen));
        const char *first = debrief_first_vote(d), *room = debrief_room_choice(db, d);
        if (first)
            indented(out, "First vote:", first);
        if (room)
            indented(out, "The room chose:", room);
        indented(out, "Rating:", rating);
        if (!d->is_draft)
            indented(out, "Recommended:", debrief_diverged(d) ? debrief_recommended_text(db, d)
                                                              : "(your choice)");
        if (d->feedback)
            indented(out, "Feedback:", d->feedback);
        if (d->reason)
            indented(out, "Your reason:", *d->reason ? d->reason : "(left blank)");
        if (d->n_votes > 0) {
            fputs("     Votes:       ", out);
            for (int v = 0; v < d->n_votes; v++) {
                fputs(v ? "; " : "", out);
                text_put_line(out, d->votes[v].role, 20);
                for (int k = 0; k < d->n_shown; k++)
                    fprintf(out, "%s%d", k ? "/" : " ", d->votes[v].counts[k]);
            }
            fputs(" (picked by ", out);
            text_put_line(out, d->picked_by ? d->picked_by : "?", 20);
            fputs(")\n", out);
        }
    }
}

static void write_plus_delta(const cw_report_debrief *db, FILE *out)
{
    const cw_report_session *s = db->s;
    fputs("Plus (on the recommended path):\n", out);
    if (db->n_plus == 0)
        fputs("  (none)\n", out);
    for (int i = 0; i < db->n_plus; i++) {
        const cw_report_decision *d = &s->decisions[db->plus[i]];
        fprintf(out, "  + %d ", d->number);
        text_put_line(out, debrief_title(db, db->plus[i]), 200);
        fputs(": ", out);
        text_put_line(out, d->is_draft ? "the draft" : debrief_choice_text(d, d->chosen), 100);
        fputc('\n', out);
    }
    fputs("Delta (costliest first):\n", out);
    if (db->n_delta == 0)
        fputs("  (none)\n", out);
    for (int i = 0; i < db->n_delta; i++) {
        const cw_report_decision *d = &s->decisions[db->delta[i]];
        fprintf(out, "  - %d ", d->number);
        text_put_line(out, debrief_title(db, db->delta[i]), 200);
        fprintf(out, " (%s, %d points short): ", cw_rating_name(d->rating), d->max_points - d->points);
        text_put_line(out, d->is_draft ? "the draft" : debrief_choice_text(d, d->chosen), 100);
        fputc('\n', out);
    }
}

static void write_prompts(const cw_report_debrief *db, FILE *out)
{
    if (db->n_delta == 0)
        fputs("  No divergences: ask what guided the choices, and what was hardest.\n", out);
    for (int i = 0; i < db->n_delta; i++) {
        const cw_report_decision *d = &db->s->decisions[db->delta[i]];
        fputs("  • ", out);
        text_put_line(out, debrief_prompt(db, d), 1000);
        fputc('\n', out);
        if (d->reason && *d->reason) {
            fputs("    (Their reason at the time: “", out);
            text_put_line(out, d->reason, 300);
            fputs("”)\n", out);
        }
    }
}

static void write_competencies(const cw_report_debrief *db, FILE *out)
{
    int any = 0;
    for (int c = 0; c < cw_competency_count(); c++) {
        if (db->tag_max[c] == 0)
            continue;
        any = 1;
        int filled = (int)((double)BAR_WIDTH * db->tag_points[c] / db->tag_max[c] + 0.5);
        fprintf(out, "  %-36s ", cw_competency_label(c));
        for (int k = 0; k < BAR_WIDTH; k++)
            fputs(k < filled ? "█" : "░", out);
        fprintf(out, " %d/%d\n", db->tag_points[c], db->tag_max[c]);
    }
    if (!any)
        fputs("  (no tagged decisions)\n", out);
}

static void write_drafts(const cw_report_debrief *db, FILE *out)
{
    for (int i = 0; i < db->s->n_decisions; i++) {
        const cw_report_decision *d = &db->s->decisions[i];
        if (!d->is_draft)
            continue;
        fprintf(out, "  Decision %d (", d->number);
        text_put_line(out, debrief_title(db, i), 200);
        fprintf(out, "), rubric score %g of %g; flagged phrases in [[ ]]:\n    ", d->score, d->score_max);
        debrief_put_draft(out, d, 0);
        fputc('\n', out);
        for (int k = 0; k < d->n_flags; k++) {
            fputs("    Flagged: ", out);
            text_put_line(out, d->flags[k], 200);
            fputc('\n', out);
        }
        for (int k = 0; k < d->n_missing; k++) {
            fputs("    Missing: ", out);
            text_put_line(out, d->missing[k], 200);
            fputc('\n', out);
        }
    }
}

static void write_others(const cw_report_debrief *db, FILE *out)
{
    for (int o = 0; o < db->n_others; o++) {
        const debrief_other *other = &db->others[o];
        fputs("  ", out);
        text_put_line(out, other->name, 80);
        fputs(":\n", out);
        int shown = 0;
        for (int i = 0; i < db->s->n_decisions; i++) {
            const cw_report_decision *d = &db->s->decisions[i];
            const walk_step *ws = debrief_other_step(other, d, i);
            if (!ws)
                break;
            shown++;
            fprintf(out, "    At %d ", d->number);
            text_put_line(out, debrief_title(db, i), 200);
            fputs(": ", out);
            text_put_line(out, ws->text, 300);
            fputc('\n', out);
            for (int k = 0; k < ws->n_options; k++) {
                fputs(debrief_step_picked(ws, k) ? "      > " : "        ", out);
                text_put_line(out, ws->options[k].text, 120);
                if (ws->options[k].rating != CW_RATING_NONE)
                    fprintf(out, " (%s)", cw_rating_name(ws->options[k].rating));
                fputc('\n', out);
            }
        }
        if (other->route.stopped && shown < db->s->n_decisions) {
            /* the walk's own reason names scenes by id, for tools: people read it in words */
            fputs("    From here the two paths part: the case goes on differently for this role.\n", out);
        }
    }
    if (db->n_others == 0)
        fputs("  (needs the scenario file)\n", out);
}

static void write_take_home(const cw_report_debrief *db, FILE *out)
{
    if (db->n_take_home == 0)
        fputs("  (no practice points cited: needs the scenario file)\n", out);
    for (int i = 0; i < db->n_take_home; i++) {
        const debrief_take_home *t = &db->take_home[i];
        fprintf(out, "  %d. Practice point %d: %s\n     Came up at decision", i + 1, t->point,
                practice_point(t->point));
        for (int k = 0; k < t->n_decisions; k++)
            fprintf(out, "%s %d", k ? "," : (t->n_decisions > 1 ? "s" : ""),
                    db->s->decisions[t->decisions[k]].number);
        fputs(".\n", out);
    }
}

/* Footnotes: every practice point the path's rationales cite, with its source. */
static void write_sources(const cw_report_debrief *db, FILE *out)
{
    int numbers[PRACTICE_POINT_COUNT];
    int n = debrief_cited_points(db, numbers);
    if (n == 0)
        return;
    heading(out, "Sources");
    for (int i = 0; i < n; i++)
        fprintf(out, "  [%d] %s. Source: %s\n", numbers[i], practice_point_title(numbers[i]),
                practice_point_source(numbers[i]));
}

int cw_report_debrief_write_text(const cw_report_debrief *db, FILE *to, int width)
{
    text_wrap wrap;
    FILE *out = text_wrap_begin(&wrap, to, width);
    write_header(db, out);
    heading(out, "1. Reactions");
    fputs("  Start with how the case sat with the trainee: \"How are you feeling after that?\"\n"
          "  \"What stands out for you?\" Anyone may pause or step out at any time.\n", out);
    heading(out, "2. Description");
    write_path(db, out);
    write_decisions(db, out);
    heading(out, "3. Analysis");
    write_plus_delta(db, out);
    fputs("\nPrompts for the facilitator:\n", out);
    write_prompts(db, out);
    fputs("\nCompetencies (points earned of points possible):\n", out);
    write_competencies(db, out);
    if (db->s->n_decisions > 0) {
        int drafts = 0;
        for (int i = 0; i < db->s->n_decisions; i++)
            drafts += db->s->decisions[i].is_draft;
        if (drafts) {
            fputs("\nDrafted text:\n", out);
            write_drafts(db, out);
        }
    }
    fputs("\nWhat the other role saw at the same junctures:\n", out);
    write_others(db, out);
    heading(out, "4. Summary");
    write_take_home(db, out);
    fputs("  Close with: \"What will you take into your next case?\"\n", out);
    write_sources(db, out);
    int failed = ferror(out);
    return text_wrap_end(&wrap) != 0 || failed ? -1 : 0;
}
