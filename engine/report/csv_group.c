/* csv_group.c — the group summary as CSV for spreadsheets: one row per decision, choice and role
 * (cw_report_group_write_csv), and one row per session and decision as sessions are folded in
 * (the group's sessions_csv). RFC 4180: every cell quoted, quotes doubled, rows ended by CRLF,
 * the file opened by a UTF-8 byte order mark; a text cell that a spreadsheet would read as a
 * formula (beginning with = + - @, a tab or a carriage return) is neutralized with a leading '. */
#include <string.h>

#include "report/group.h"
#include "report/names.h"

static void cell_text(FILE *out, const char *s, int first)
{
    if (!first)
        fputc(',', out);
    fputc('"', out);
    if (s && strchr("=+-@\t\r", s[0]) && s[0])
        fputc('\'', out); /* a formula or a command a spreadsheet would run: shown as text */
    for (const char *p = s; p && *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '"')
            fputs("\"\"", out);
        else if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r')
            fputc(c, out);
        /* other control characters are dropped: no cell may drive a terminal it is shown on */
    }
    fputc('"', out);
}

static void cell_number(FILE *out, double value, int decimals)
{
    fprintf(out, ",%.*f", decimals, value);
}

static void end_row(FILE *out)
{
    fputs("\r\n", out);
}

static void start_file(FILE *out)
{
    fputs("\xEF\xBB\xBF", out); /* UTF-8 byte order mark, for spreadsheets that guess otherwise */
}

/* The rating a choice has in the scenario, "" when unknown. */
static const char *choice_rating(const cw_report_group *g, const char *scene, const char *id)
{
    const cw_scene_info *si = g->scenario ? cw_scenario_scene_find(g->scenario, scene) : NULL;
    for (int i = 0; si && i < si->n_choices; i++)
        if (strcmp(si->choices[i].id, id) == 0)
            return cw_rating_name(si->choices[i].rating);
    return "";
}

static void choice_row(FILE *out, const cw_report_group_view *v, const cw_report_group *g,
                       const cw_report_group_decision *d, int c, const char *role, int count, int of)
{
    const cw_report_group_choice *ch = &d->choices[c];
    cell_text(out, v->scenario_id, 1);
    cell_text(out, v->scenario_version, 0);
    cell_number(out, d->first_number, 0);
    cell_text(out, d->phase, 0);
    cell_text(out, d->title, 0);
    cell_number(out, ch->number, 0);
    cell_text(out, *ch->text ? ch->text : ch->id, 0);
    cell_text(out, role, 0);
    cell_number(out, count, 0);
    cell_number(out, of > 0 ? (double)count / of : 0, 3);
    cell_text(out, d->is_draft ? "" : choice_rating(g, d->scene, ch->id), 0);
    cell_text(out, ch->recommended ? "yes" : "no", 0);
    end_row(out);
}

int cw_report_group_write_csv(const cw_report_group *g, FILE *out)
{
    const cw_report_group_view *v = &g->view;
    start_file(out);
    static const char *const head[] = {"scenario", "version", "decision", "phase", "scene title",
                                       "choice position", "choice text", "role", "count", "share",
                                       "rating", "recommended"};
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
        cell_text(out, head[i], i == 0);
    end_row(out);
    for (int i = 0; i < v->n_decisions; i++) {
        const cw_report_group_decision *d = &v->decisions[i];
        for (int c = 0; c < d->n_choices; c++) {
            /* by role under the privacy rule (groups too small are pooled or not shown), then all */
            for (int s = 0; s < d->n_splits; s++)
                if (d->splits[s].offered[c])
                    choice_row(out, v, g, d, c, d->splits[s].role ? d->splits[s].role : "other roles",
                               d->splits[s].counts[c], d->splits[s].answered);
            choice_row(out, v, g, d, c, "all", d->choices[c].count, d->answered);
            if (d->room_votes > 0)
                choice_row(out, v, g, d, c, "room votes", d->choices[c].room_votes, d->room_votes);
        }
    }
    return ferror(out) ? -1 : 0;
}

void group_csv_sessions_head(FILE *out)
{
    start_file(out);
    static const char *const head[] = {"session", "pseudonym", "role", "decision", "chosen", "rating",
                                       "points", "ms", "reason"};
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
        cell_text(out, head[i], i == 0);
    end_row(out);
}

void group_csv_session_rows(cw_report_group *g, cw_report_session *s, FILE *out)
{
    if (g->scenario && !s->replayed)
        cw_report_session_replay(s, g->scenario); /* for the words chosen */
    char prefix[9];
    snprintf(prefix, sizeof prefix, "%s", s->session_id ? s->session_id : "");
    for (int i = 0; i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        cell_text(out, prefix, 1);
        cell_text(out, s->trainee, 0);
        cell_text(out, s->group ? "room" : s->role, 0);
        cell_number(out, d->number, 0);
        cell_text(out, d->chosen_text ? d->chosen_text : d->is_draft && d->text ? d->text : d->chosen, 0);
        cell_text(out, cw_rating_name(d->rating), 0);
        cell_number(out, d->points, 0);
        cell_number(out, (double)d->ms, 0);
        cell_text(out, d->reason ? d->reason : "", 0);
        end_row(out);
    }
}
