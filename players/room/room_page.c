/* room_page.c — the phone page, rendered on the server as plain HTML that works without
 * JavaScript: the join form; the step on the projector with big choice buttons (or the drafting
 * form); the room's split by role after the reveal, as text and bars with labels; the ending.
 * Every string that comes from a scenario or a phone is escaped (buf_html). Lock held. */
#include "room_internal.h"

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
    if (r->step.reason_prompt)
        textarea(b, "reason", W("reason_label"), r->step.reason_prompt, v->reason);
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
    buf_add(b, "</fieldset>\n</form>\n<p class=\"status\" id=\"status\" aria-live=\"polite\">");
    if (v->choice >= 0) {
        buf_html(b, W("your_vote"));
        buf_add(b, ": ");
        buf_html(b, r->step.choices[v->choice]);
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
    /* no reason here: a participant's draft record holds none (cw_session_compose_in_room) */
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

static void bars(room_buf *b, const room *r, const room_tally *t, int round_first)
{
    const int(*counts)[ROOM_MAX_CHOICES] = round_first ? t->first_counts : t->counts;
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
        buf_printf(b, "<div class=\"result-row%s\"><p class=\"choice-text\">", picked ? " picked" : "");
        if (picked) {
            buf_add(b, "<strong>");
            buf_html(b, W("room_choice"));
            buf_add(b, ":</strong> ");
        }
        buf_html(b, r->step.choices[i]);
        buf_add(b, "</p>\n");
        for (int g = 0; g <= r->n_roles; g++) {
            if (t->joined[g] == 0)
                continue;
            int total = 0;
            for (int k = 0; k < ROOM_MAX_CHOICES; k++)
                total += counts[g][k];
            if (r->step.kind == CW_STEP_COMPOSE)
                total = t->joined[g];
            buf_add(b, "<p class=\"bar\"><span class=\"who\">");
            role_short(b, r, g);
            buf_printf(b, "</span> <meter min=\"0\" max=\"%d\" value=\"%d\"></meter> <span class=\"n\">%d %s %d</span></p>\n",
                       total > 0 ? total : 1, counts[g][i], counts[g][i], W("votes_of"), total);
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
    buf_add(b, "<section class=\"result\" aria-labelledby=\"result-heading\"><h2 id=\"result-heading\">");
    buf_html(b, W("result_heading"));
    buf_add(b, "</h2>\n");
    if (r->round == 2) {
        buf_add(b, "<h3>");
        buf_html(b, W("second_round"));
        buf_add(b, "</h3>\n");
    }
    bars(b, r, &t, 0);
    if (r->round == 2) {
        buf_add(b, "<h3>");
        buf_html(b, W("first_round"));
        buf_add(b, "</h3>\n");
        bars(b, r, &t, 1);
    }
    const room_vote *v = &p->vote[r->round - 1];
    if (v->choice >= 0 || v->n_clauses > 0) {
        buf_add(b, "<p class=\"mine\">");
        buf_html(b, W("you_chose"));
        buf_add(b, ":");
        if (v->choice >= 0) {
            buf_add(b, " ");
            buf_html(b, r->step.choices[v->choice]);
        }
        for (int k = 0; k < v->n_clauses; k++) {
            buf_add(b, k ? " + " : " ");
            buf_html(b, r->step.choices[v->clauses[k]]);
        }
        buf_add(b, "</p>\n");
    }
    if (r->decided)
        feedback(b, r, p);
    buf_add(b, "</section>\n<p class=\"status\" id=\"status\" aria-live=\"polite\">");
    buf_html(b, r->decided ? W("wait_next") : W("voting_closed"));
    buf_add(b, "</p>\n");
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
