/* room_page.c — the phone page, rendered on the server as plain HTML that works without
 * JavaScript: the join form; the step on the projector with big choice buttons (or the drafting
 * form); the room's split by role after the reveal, as text and bars with labels; the ending.
 * Every string that comes from a scenario or a phone is escaped (buf_html). Lock held. */
#include "room_internal.h"
#include "room_rows.h"

#include <stdlib.h>
#include <string.h>

static const char *W(const char *key)
{
    return room_word(key);
}

/* Paragraphs (blank lines) as <p>, single newlines as <br>. */
static void paragraphs(room_buf *b, const char *text, const char *cls)
{
    if (!text || !*text)
        return;
    buf_printf(b, "<div class=\"%s\"><p>", cls);
    const char *s = text;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        room_buf piece = { 0 };
        buf_addn(&piece, s, n);
        buf_html(b, piece.data ? piece.data : "");
        free(piece.data);
        if (!nl)
            break;
        s = nl + 1;
        if (*s == '\n') {
            while (*s == '\n')
                s++;
            if (*s)
                buf_add(b, "</p><p>");
        } else if (*s) {
            buf_add(b, "<br>");
        }
    }
    buf_add(b, "</p></div>");
}

static const char *role_label(const room *r, int g)
{
    return g == r->n_roles ? W("role_other") : r->role_names[g];
}

/* Short label for bars: the role id in capitals ("CPS", "DV"), or "Other". */
static void role_short(room_buf *b, const room *r, int g)
{
    if (g == r->n_roles) {
        buf_html(b, W("role_other"));
        return;
    }
    char up[32];
    size_t i = 0;
    for (const char *s = r->role_ids[g]; *s && i + 1 < sizeof up; s++)
        up[i++] = (*s >= 'a' && *s <= 'z') ? (char)(*s - 32) : *s;
    up[i] = '\0';
    buf_html(b, up);
}

static void head(room_buf *b, const room *r)
{
    buf_printf(b, "<!doctype html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  "<meta name=\"referrer\" content=\"no-referrer\"><link rel=\"icon\" href=\"data:,\">",
               W("lang"));
    buf_add(b, "<title>");
    buf_html(b, W("page_title"));
    buf_printf(b, "</title><link rel=\"stylesheet\" href=\"/%s/app.css\">"
                  "<script src=\"/%s/app.js\" defer></script></head>\n",
               r->code, r->code);
    static const char *const stages[] = { "waiting", "voting", "revealed", "ended" };
    const char *stage = r->closing ? "ended" : stages[r->stage];
    /* data-key: what app.js compares with /state to know when the page must be drawn again */
    buf_printf(b, "<body><main id=\"room\" data-code=\"%s\" data-key=\"%s|%d|%d|%d\">\n", r->code, stage,
               r->round, r->step.present ? r->step.decision : 0, r->decided ? 1 : 0);
}

static void problem(room_buf *b, const char *message)
{
    if (!message)
        return;
    buf_add(b, "<p class=\"problem\" role=\"alert\" id=\"problem\">");
    buf_html(b, message);
    buf_add(b, "</p>\n");
}

static void join_form(room_buf *b, const room *r, const char *message, const char *typed)
{
    buf_add(b, "<h1>");
    buf_html(b, W("join_heading"));
    buf_add(b, "</h1>\n<p>");
    buf_html(b, W("join_intro"));
    buf_add(b, "</p>\n");
    problem(b, message);
    buf_printf(b, "<form method=\"post\" action=\"/%s/join\" class=\"join\">\n<fieldset><legend>", r->code);
    buf_html(b, W("role_legend"));
    buf_add(b, "</legend>\n");
    for (int g = 0; g <= r->n_roles; g++) {
        buf_add(b, "<label class=\"option\"><input type=\"radio\" name=\"role\" required value=\"");
        buf_html(b, r->role_ids[g]);
        buf_add(b, "\"> <span>");
        buf_html(b, role_label(r, g));
        buf_add(b, "</span></label>\n");
    }
    buf_add(b, "</fieldset>\n<label for=\"pseudonym\">");
    buf_html(b, W("name_label"));
    char suggestion[64];
    if (!typed || !*typed) {
        room_suggest_name(suggestion, sizeof suggestion);
        typed = suggestion;
    }
    buf_add(b, "</label>\n<div class=\"name-row\"><input id=\"pseudonym\" name=\"pseudonym\" maxlength=\"40\" "
               "autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" required value=\"");
    buf_html(b, typed);
    buf_printf(b, "\"> <a href=\"/%s/\" id=\"another-name\">", r->code);
    buf_html(b, W("name_other"));
    buf_add(b, "</a></div>\n<button type=\"submit\" class=\"primary\">");
    buf_html(b, W("join_button"));
    buf_add(b, "</button>\n</form>\n");
}

static void me_line(room_buf *b, const room *r, const participant *p)
{
    buf_add(b, "<p class=\"me\">");
    buf_html(b, W("you_are"));
    buf_add(b, " <strong>");
    buf_html(b, p->pseudonym);
    buf_add(b, "</strong> (");
    buf_html(b, role_label(r, p->role));
    buf_add(b, ")</p>\n");
}

/* The phase, the title and (unless folded, after the reveal) the scene's text. */
static void step_heading(room_buf *b, const room *r, int fold_scene)
{
    const room_step *s = &r->step;
    if (s->kind != CW_STEP_ENDING) {
        buf_printf(b, "<p class=\"phase\">%s %d", W("decision"), s->decision);
        if (s->phase && *s->phase) {
            buf_add(b, " · ");
            buf_html(b, s->phase);
        }
        buf_add(b, "</p>\n");
        if (r->round == 2 && r->stage == ROOM_VOTING) {
            buf_add(b, "<p class=\"round\">");
            buf_html(b, W("round_two"));
            buf_add(b, "</p>\n");
        }
    }
    if (s->title && *s->title) {
        buf_add(b, "<h1>");
        buf_html(b, s->title);
        buf_add(b, "</h1>\n");
    }
    if (!fold_scene) {
        paragraphs(b, s->text, "scene");
        return;
    }
    buf_add(b, "<details><summary>");
    buf_html(b, W("scene_again"));
    buf_add(b, "</summary>");
    paragraphs(b, s->text, "scene");
    buf_add(b, "</details>\n");
}

static void hidden_fields(room_buf *b, const room *r)
{
    buf_printf(b, "<input type=\"hidden\" name=\"round\" value=\"%d\"><input type=\"hidden\" name=\"step\" value=\"%d\">\n",
               r->round, r->step.decision);
}

static void textarea(room_buf *b, const char *name, const char *label, const char *prompt, const char *value)
{
    buf_printf(b, "<label for=\"%s\">", name);
    buf_html(b, prompt && *prompt ? prompt : label);
    buf_printf(b, "</label>\n<textarea id=\"%s\" name=\"%s\" maxlength=\"1000\" rows=\"3\">", name, name);
    buf_html(b, value);
    buf_add(b, "</textarea>\n");
}

static void choice_form(room_buf *b, const room *r, const participant *p)
{
    const room_vote *v = &p->vote[r->round - 1];
    buf_printf(b, "<form method=\"post\" action=\"/%s/vote\" class=\"vote\">\n", r->code);
    hidden_fields(b, r);
    buf_add(b, "<fieldset><legend>");
    buf_html(b, W("vote_legend"));
    buf_add(b, "</legend>\n<p class=\"hint\">");
    buf_html(b, W("vote_hint"));
    buf_add(b, "</p>\n");
    for (int i = 0; i < r->step.n_choices; i++) {
        int mine = v->choice == i;
        buf_printf(b, "<button type=\"submit\" name=\"choice\" value=\"%d\" id=\"choice-%d\" class=\"choice%s\" "
                      "aria-pressed=\"%s\"><span class=\"mark\">%s</span>",
                   i + 1, i + 1, mine ? " chosen" : "", mine ? "true" : "false", mine ? "✓ " : "");
        buf_html(b, r->step.choices[i]);
        buf_add(b, "</button>\n");
    }
    buf_add(b, "</fieldset>\n");
    /* the reason goes with the vote: tapping a choice sends it too, and "Send my reason" sends
     * it again with the same choice (it waits for a choice: a reason alone is no answer) */
    if (r->step.reason_prompt) {
        textarea(b, "reason", W("reason_label"), r->step.reason_prompt, v->reason);
        if (v->choice >= 0)
            buf_printf(b, "<button type=\"submit\" name=\"choice\" value=\"%d\" id=\"send-reason\" "
                          "class=\"primary send-reason\">", v->choice + 1);
        else
            buf_add(b, "<button type=\"button\" id=\"send-reason\" class=\"primary send-reason\" disabled "
                       "aria-describedby=\"reason-wait\">");
        buf_html(b, W("send_reason"));
        buf_add(b, "</button>\n");
        if (v->choice < 0) {
            buf_add(b, "<p class=\"hint\" id=\"reason-wait\">");
            buf_html(b, W("reason_wait"));
            buf_add(b, "</p>\n");
        }
    }
    buf_add(b, "</form>\n<p class=\"status\" id=\"status\" aria-live=\"polite\">");
    if (v->choice >= 0) {
        buf_html(b, W("your_vote"));
        buf_add(b, ": ");
        buf_html(b, r->step.choices[v->choice]);
        if (v->reason[0]) {
            buf_add(b, " \xC2\xB7 ");
            buf_html(b, W("reason_sent"));
        }
    } else {
        buf_html(b, W("no_vote"));
    }
    buf_add(b, "</p>\n");
}

static void compose_form(room_buf *b, const room *r, const participant *p)
{
    const room_vote *v = &p->vote[r->round - 1];
    const room_step *s = &r->step;
    buf_printf(b, "<form method=\"post\" action=\"/%s/vote\" class=\"vote compose\">\n", r->code);
    hidden_fields(b, r);
    buf_add(b, "<fieldset><legend>");
    buf_html(b, s->prompt && *s->prompt ? s->prompt : W("clauses_legend"));
    buf_add(b, "</legend>\n<p class=\"hint\">");
    buf_html(b, W("clauses_hint"));
    buf_printf(b, " (%s %d %s %d %s)</p>\n", W("between"), s->min_clauses, W("and"), s->max_clauses, W("clauses_word"));
    for (int i = 0; i < s->n_choices; i++) {
        int at = 0;
        for (int k = 0; k < v->n_clauses; k++)
            if (v->clauses[k] == i)
                at = k + 1;
        buf_printf(b, "<div class=\"clause\"><input type=\"checkbox\" name=\"c%d\" id=\"c%d\"%s>"
                      "<label for=\"c%d\">", i + 1, i + 1, at ? " checked" : "", i + 1);
        buf_html(b, s->choices[i]);
        buf_printf(b, "</label><label class=\"order\">%s <input type=\"number\" inputmode=\"numeric\" "
                      "name=\"o%d\" min=\"1\" max=\"%d\" value=\"",
                   W("clause_order"), i + 1, s->n_choices);
        if (at)
            buf_printf(b, "%d", at);
        buf_add(b, "\"></label></div>\n");
    }
    buf_add(b, "</fieldset>\n");
    if (s->own_allowed)
        textarea(b, "own", W("own_label"), NULL, v->own);
    if (s->reason_prompt)
        textarea(b, "reason", W("reason_label"), s->reason_prompt, v->reason);
    buf_add(b, "<button type=\"submit\" class=\"primary\">");
    buf_html(b, W("send_draft"));
    buf_add(b, "</button>\n</form>\n<p class=\"status\" id=\"status\" aria-live=\"polite\">");
    if (v->n_clauses > 0) {
        buf_html(b, W("your_vote"));
        buf_add(b, ":");
        for (int k = 0; k < v->n_clauses; k++) {
            buf_add(b, k ? " + " : " ");
            buf_html(b, s->choices[v->clauses[k]]);
        }
    } else {
        buf_html(b, W("no_vote"));
    }
    buf_add(b, "</p>\n");
}

static int is_mine(const room_vote *mine, int i)
{
    if (mine->choice >= 0)
        return mine->choice == i;
    for (int k = 0; k < mine->n_clauses; k++)
        if (mine->clauses[k] == i)
            return 1;
    return 0;
}

/* The split, choice by choice: a neutral bar per row with its count and percent as text (no
 * color says which answer is right), the room's choice and the phone's own vote named in words.
 * Rows follow room_rows.h: no row of fewer than 3 answers. */
static void bars(room_buf *b, const room *r, const room_tally *t, const room_vote *mine, int round_first)
{
    room_split split;
    room_split_of(t, round_first, &split);
    for (int i = 0; i < r->step.n_choices; i++) {
        int picked = 0;
        if (r->decided) {
            if (r->n_room_clauses > 0) {
                for (int k = 0; k < r->n_room_clauses; k++)
                    picked |= r->room_clauses[k] == i;
            } else {
                picked = r->room_choice == i;
            }
        }
        int yours = is_mine(mine, i);
        buf_printf(b, "<div class=\"result-row%s%s\"><p class=\"choice-text\">", picked ? " picked" : "",
                   yours ? " yours" : "");
        if (picked) {
            buf_add(b, "<strong>");
            buf_html(b, W("room_choice"));
            buf_add(b, ":</strong> ");
        }
        buf_html(b, r->step.choices[i]);
        if (yours) {
            buf_add(b, " <span class=\"your-vote\">(");
            buf_html(b, W("your_vote_mark"));
            buf_add(b, ")</span>");
        }
        buf_add(b, "</p>\n");
        for (int k = 0; k < split.n; k++) {
            const room_split_row *row = &split.rows[k];
            int n = row->counts[i], total = row->answers;
            int percent = total > 0 ? (n * 100 + total / 2) / total : 0;
            buf_add(b, "<div class=\"bar\"><span class=\"who\">");
            if (row->role == ROOM_ROW_POOLED)
                buf_html(b, W("row_pooled"));
            else if (row->role == ROOM_ROW_ALL)
                buf_html(b, W("row_all"));
            else
                role_short(b, r, row->role);
            /* the bar's length in steps of 5% by class: the CSP allows no inline style */
            buf_printf(b, "</span> <span class=\"track\" aria-hidden=\"true\"><span class=\"fill w%d\"></span></span> "
                          "<span class=\"n\">%d %s %d \xC2\xB7 %d%%</span></div>\n",
                       (percent + 2) / 5 * 5, n, W("votes_of"), total, percent);
        }
        buf_add(b, "</div>\n");
    }
}

/* Practice: what the participant's own answer came to, once the room has decided; it stays on
 * the next step's page until the room decides again. */
static void feedback(room_buf *b, const room *r, const participant *p)
{
    if (!p->feedback || !*p->feedback || r->o.mode != CW_MODE_PRACTICE)
        return;
    buf_add(b, "<div class=\"feedback\"><h3>");
    buf_html(b, W("your_feedback"));
    if (p->feedback_decision != r->step.decision || !r->decided)
        buf_printf(b, " (%s %d)", W("decision"), p->feedback_decision);
    buf_add(b, "</h3>");
    paragraphs(b, p->feedback, "feedback-text");
    buf_add(b, "</div>\n");
}

static void result(room_buf *b, const room *r, const participant *p)
{
    room_tally t;
    room_tally_locked(r, &t);
    /* what happens now comes first; the split follows right under its heading */
    buf_add(b, "<p class=\"status\" id=\"status\" aria-live=\"polite\">");
    buf_html(b, r->decided ? W("wait_next") : W("voting_closed"));
    buf_add(b, "</p>\n<section class=\"result\" aria-labelledby=\"result-heading\"><h2 id=\"result-heading\">");
    buf_html(b, W("result_heading"));
    buf_add(b, "</h2>\n");
    if (r->round == 2) {
        buf_add(b, "<h3>");
        buf_html(b, W("second_round"));
        buf_add(b, "</h3>\n");
    }
    bars(b, r, &t, &p->vote[r->round - 1], 0);
    if (r->round == 2) {
        buf_add(b, "<h3>");
        buf_html(b, W("first_round"));
        buf_add(b, "</h3>\n");
        bars(b, r, &t, &p->vote[0], 1);
    }
    if (r->decided)
        feedback(b, r, p);
    buf_add(b, "</section>\n");
}

void room_page_render(room *r, const char *token, const char *message, const char *pseudonym_typed, room_buf *out)
{
    participant *p = room_find(r, token);
    head(out, r);
    if (!p && r->closing) {
        buf_add(out, "<h1>");
        buf_html(out, W("closed_text"));
        buf_add(out, "</h1>\n");
    } else if (!p) {
        join_form(out, r, message, pseudonym_typed);
    } else {
        me_line(out, r, p);
        problem(out, message);
        if (!r->step.present) {
            buf_add(out, "<p class=\"status\" id=\"status\" aria-live=\"polite\">");
            buf_html(out, r->closing ? W("closed_text") : W("waiting"));
            buf_add(out, "</p>\n");
        } else if (r->stage == ROOM_ENDED) {
            buf_add(out, "<p class=\"phase\">");
            buf_html(out, W("ended_heading"));
            buf_add(out, "</p>\n");
            step_heading(out, r, 0);
            feedback(out, r, p);
            buf_add(out, "<p class=\"status\" id=\"status\">");
            buf_html(out, W("ended_text"));
            buf_add(out, "</p>\n");
        } else {
            int voting = r->stage == ROOM_VOTING && !r->closing;
            if (voting) {
                if (r->round == 1)
                    feedback(out, r, p);
                step_heading(out, r, 0);
                if (r->step.kind == CW_STEP_COMPOSE)
                    compose_form(out, r, p);
                else
                    choice_form(out, r, p);
            } else { /* after the reveal the split comes first, the scene folded below it */
                result(out, r, p);
                step_heading(out, r, 1);
            }
        }
    }
    buf_add(out, "<noscript><p class=\"hint\">");
    buf_html(out, W("no_script"));
    buf_printf(out, " <a href=\"/%s/\">", r->code);
    buf_html(out, W("reload"));
    buf_add(out, "</a></p></noscript>\n</main></body></html>\n");
}
