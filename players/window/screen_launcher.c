/* screen_launcher.c — the first screen: a pseudonym (never a real name; checked here, before the
 * content notes, and offered when left blank), the unfinished sessions of the pseudonym typed, a
 * new session (case, role, mode, start), and the way to the facilitator area. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pseudonym.h"
#include "resume_words.h"
#include "widgets.h"

enum {
    PSEUDONYM = 1,
    USE_SUGGESTION = 2,
    FACILITATOR = 3,
    RESUME_FIRST = 10,   /* + index of the unfinished session */
    CASE_FIRST = 1000,   /* + index into a->cases */
    ROLE_FIRST = 2000,   /* + role index */
    MODE_PRACTICE = 3000,
    MODE_ASSESSMENT,
    START,
    QUIT,
};

#define REFRESH_DELAY_MS 350 /* reread the unfinished sessions this long after the last keystroke */

static const char *case_id(const case_entry *c)
{
    return c->scenario ? cw_scenario_info_get(c->scenario)->id : "";
}

static int add_case(app *a, const case_entry *entry)
{
    case_entry *grown = realloc(a->cases, (size_t)(a->n_cases + 1) * sizeof *grown);
    if (!grown)
        return -1;
    a->cases = grown;
    a->cases[a->n_cases++] = *entry;
    return 0;
}

void launcher_use_catalog(app *a)
{
    if (!a->catalog_loaded) {
        cw_catalog_load(&a->catalog);
        a->catalog_loaded = 1;
    }
    free(a->cases);
    a->cases = NULL;
    a->n_cases = 0;
    int direct_listed = 0;
    for (int i = 0; i < a->catalog.count; i++) {
        const cw_catalog_entry *e = &a->catalog.entries[i];
        case_entry c = { e->path, e->scenario, e->scenario ? NULL : e->error.message };
        if (a->direct && e->scenario && strcmp(case_id(&c), cw_scenario_info_get(a->direct)->id) == 0)
            direct_listed = 1;
        add_case(a, &c);
    }
    if (a->direct && !direct_listed) /* named on the command line, not installed: keep it on offer */
        add_case(a, &(case_entry){ cw_scenario_info_get(a->direct)->path, a->direct, NULL });
    a->launcher.selected = 0;
    for (int i = 0; i < a->n_cases; i++)
        if (a->cases[i].scenario && strcmp(case_id(&a->cases[i]), DEFAULT_SCENARIO) == 0)
            a->launcher.selected = i;
}

void launcher_use_direct(app *a)
{
    free(a->cases);
    a->cases = NULL;
    a->n_cases = 0;
    add_case(a, &(case_entry){ cw_scenario_info_get(a->direct)->path, a->direct, NULL });
    a->launcher.selected = 0;
}

static const case_entry *selected_case(const app *a)
{
    int i = a->launcher.selected;
    return i >= 0 && i < a->n_cases ? &a->cases[i] : NULL;
}

static void refresh_unfinished(app *a)
{
    launcher_state *l = &a->launcher;
    char trainee[TEXTFIELD_CAPACITY];
    textfield_trimmed(&l->pseudonym, trainee, sizeof trainee);
    cw_unfinished_free(l->unfinished, l->n_unfinished);
    l->unfinished = NULL;
    l->n_unfinished = 0;
    snprintf(l->listed_for, sizeof l->listed_for, "%s", l->pseudonym.text);
    l->refresh_due = 0;
    if (!a->records_dir)
        return;
    if (!trainee[0] || cw_pseudonym_problem(trainee)) /* only the sessions of the pseudonym typed */
        return;
    cw_error err = { 0 };
    int n = cw_records_unfinished(a->records_dir, trainee, &l->unfinished, &err);
    if (n < 0) {
        l->unfinished = NULL;
        snprintf(l->status, sizeof l->status, "Unfinished sessions could not be read: %s", err.message);
        return;
    }
    l->n_unfinished = n;
}

void launcher_tick(app *a)
{
    refresh_unfinished(a);
    a->dirty = 1;
}

void launcher_enter(app *a)
{
    launcher_state *l = &a->launcher;
    const play_options *o = a->options;
    if (!a->cases)
        launcher_use_catalog(a);
    if (l->pseudonym.limit == 0) { /* first time: what the command line said */
        textfield_init(&l->pseudonym, 64);
        if (o->trainee)
            textfield_insert(&l->pseudonym, o->trainee);
        l->mode = o->mode;
        pseudonym_suggest(l->suggestion, sizeof l->suggestion);
    }
    l->role = 0;
    const case_entry *c = selected_case(a);
    if (c && c->scenario && o->role) {
        const cw_scenario_info *info = cw_scenario_info_get(c->scenario);
        for (int i = 0; i < info->n_roles; i++)
            if (strcmp(info->roles[i].id, o->role) == 0)
                l->role = i;
    }
    l->status[0] = '\0';
    a->bar_title[0] = a->bar_role[0] = '\0';
    refresh_unfinished(a);
    app_show(a, SCREEN_LAUNCHER, PSEUDONYM);
}

static const case_entry *case_with_id(const app *a, const char *id)
{
    for (int i = 0; i < a->n_cases; i++)
        if (a->cases[i].scenario && strcmp(case_id(&a->cases[i]), id) == 0)
            return &a->cases[i];
    return NULL;
}

static int unfinished_block(app *a, int x, int y, int width)
{
    const launcher_state *l = &a->launcher;
    int u = a->unit, h = 0;
    char line[512], detail[512];
    if (l->n_unfinished == 0)
        return 0;
    snprintf(line, sizeof line, "Unfinished sessions for \xE2\x80\x9C%.200s\xE2\x80\x9D", l->listed_for);
    h += widget_caption(a, line, x, y + h, width) + u / 2;
    for (int i = 0; i < l->n_unfinished; i++) {
        const cw_unfinished *f = &l->unfinished[i];
        char progress[128];
        resume_progress(f->decisions, f->started, time(NULL), progress, sizeof progress);
        const case_entry *c = case_with_id(a, f->scenario_id);
        const cw_role *role = c ? cw_scenario_role(c->scenario, f->role) : NULL;
        snprintf(line, sizeof line, "Resume: %s", c ? cw_scenario_info_get(c->scenario)->title : f->scenario_id);
        snprintf(detail, sizeof detail, "As %s \xC2\xB7 %s", role ? role->name : f->role, progress);
        h += widget_option(a, RESUME_FIRST + i, 0, line, detail, 0, x, y + h, width) + u;
    }
    return h + u;
}

static int cases_block(app *a, int x, int y, int width)
{
    int u = a->unit, h = 0;
    char detail[1024];
    for (int i = 0; i < a->n_cases; i++) {
        const case_entry *c = &a->cases[i];
        if (!c->scenario) {
            snprintf(detail, sizeof detail, "Could not be loaded: %s", c->error ? c->error : "");
            h += widget_option(a, UI_NONE, 0, c->path, detail, 0, x, y + h, width) + u;
            continue;
        }
        const cw_scenario_info *info = cw_scenario_info_get(c->scenario);
        int n = snprintf(detail, sizeof detail, "%s\nAbout %d minutes \xC2\xB7 Roles: ", info->summary, info->minutes);
        for (int r = 0; r < info->n_roles && n > 0 && (size_t)n < sizeof detail; r++)
            n += snprintf(detail + n, sizeof detail - (size_t)n, "%s%s", r ? ", " : "", info->roles[r].name);
        h += widget_option(a, CASE_FIRST + i, i + 1 <= 9 ? i + 1 : 0, info->title, detail,
                           i == a->launcher.selected, x, y + h, width) + u;
    }
    if (a->n_cases == 0)
        h += gfx_text(&a->g, FONT_BODY,
                      "No cases are installed. 'casewalk list' in a terminal says which folders casewalk "
                      "looks in.", x, y + h, width, a->theme->muted) + u;
    return h;
}

/* The title and the cases. */
static int cases_column(app *a, int x, int y, int width)
{
    const theme *t = a->theme;
    int u = a->unit, h = 0;
    h += gfx_text(&a->g, FONT_TITLE, "Case practice", x, y + h, width, t->text) + u / 2;
    h += gfx_text(&a->g, FONT_BODY,
                  "Branching cases for cross-training child protective services caseworkers and domestic "
                  "violence advocates. Your decisions are recorded under a pseudonym for the debrief.",
                  x, y + h, width, t->muted) + u * 3;
    h += widget_caption(a, "Case", x, y + h, width) + u / 2;
    h += cases_block(a, x, y + h, width) + u;
    h += widget_caption(a, "Facilitators", x, y + h, width) + u / 2;
    widget_button(a, FACILITATOR, "Records, summary, debriefs, workshop", BUTTON_SECONDARY, x, y + h, 0);
    return h + widget_button_height(a, BUTTON_SECONDARY) + u;
}

/* Who is playing, their unfinished sessions, role, mode and Start. */
static int session_column(app *a, int x, int y, int width)
{
    launcher_state *l = &a->launcher;
    const theme *t = a->theme;
    int u = a->unit, h = 0;
    h += widget_caption(a, "Pseudonym (not your name)", x, y + h, width) + u / 2;
    h += widget_textbox(a, PSEUDONYM, &l->pseudonym, "for example heron-12", START, 1, x, y + h, width) + u / 2;
    if (l->problem[0] && strcmp(l->problem_for, l->pseudonym.text) == 0) /* beside the box it is about */
        h += gfx_text(&a->g, FONT_BOLD, l->problem, x, y + h, width, t->text) + u / 2;
    if (l->pseudonym.len == 0 && l->suggestion[0]) {
        char use[128];
        snprintf(use, sizeof use, "Use %s", l->suggestion);
        widget_button(a, USE_SUGGESTION, use, BUTTON_SECONDARY, x, y + h, 0);
        h += widget_button_height(a, BUTTON_SECONDARY) + u / 2;
    }
    h += gfx_text(&a->g, FONT_SMALL,
                  "Any word you will remember. It keeps your sessions apart from others on this computer; "
                  "please don't use your real name.", x, y + h, width, t->muted) + u * 2;
    h += unfinished_block(a, x, y + h, width);
    h += launcher_workshops_block(a, x, y + h, width);

    const case_entry *c = selected_case(a);
    if (c && c->scenario) {
        const cw_scenario_info *info = cw_scenario_info_get(c->scenario);
        h += widget_caption(a, "Your role", x, y + h, width) + u / 2;
        for (int i = 0; i < info->n_roles; i++) /* the brief of the chosen role only: briefs are long */
            h += widget_option(a, ROLE_FIRST + i, 0, info->roles[i].name, i == l->role ? info->roles[i].brief : NULL,
                               i == l->role, x, y + h, width) + u;
        h += u;
    }
    h += widget_caption(a, "Mode", x, y + h, width) + u / 2;
    h += widget_option(a, MODE_PRACTICE, 0, "Practice", "The rating and feedback right after each decision.",
                       l->mode == CW_MODE_PRACTICE, x, y + h, width) + u;
    h += widget_option(a, MODE_ASSESSMENT, 0, "Assessment", "All feedback held until the end of the case.",
                       l->mode == CW_MODE_ASSESSMENT, x, y + h, width) + u * 2;
    int bx = x;
    bx += widget_button(a, START, "Start", BUTTON_PRIMARY, bx, y + h, 0) + u * 2;
    widget_button(a, QUIT, "Quit", BUTTON_SECONDARY, bx, y + h, 0);
    h += widget_button_height(a, BUTTON_PRIMARY) + u;
    if (l->status[0])
        h += gfx_text(&a->g, FONT_BOLD, l->status, x, y + h, width, t->text) + u;
    return h;
}

/* Two columns side by side where the window is wide enough, else one after the other. */
static void launcher_draw(app *a, int x, int width)
{
    launcher_state *l = &a->launcher;
    int u = a->unit, top = u * 3;
    if (strcmp(l->listed_for, l->pseudonym.text) != 0 && !l->refresh_due)
        l->refresh_due = SDL_GetTicks() + REFRESH_DELAY_MS;

    int body = gfx_font(&a->g, FONT_BODY)->size;
    int wide = a->width - 6 * u;
    if (wide > body * 64)
        wide = body * 64;
    if (wide >= body * 48) {
        int gap = u * 4, left_w = (wide - gap) * 11 / 20, right_w = wide - gap - left_w;
        int left_x = (a->width - wide) / 2, right_x = left_x + left_w + gap;
        int left_h = cases_column(a, left_x, top, left_w);
        int right_h = session_column(a, right_x, top + u, right_w) + u;
        a->ui.content_height = top + (left_h > right_h ? left_h : right_h) + u * 4;
    } else {
        int h = cases_column(a, x, top, width) + u * 2;
        h += session_column(a, x, top + h, width);
        a->ui.content_height = top + h + u * 4;
    }
}

static void start(app *a)
{
    launcher_state *l = &a->launcher;
    const case_entry *c = selected_case(a);
    if (!c || !c->scenario) {
        snprintf(l->status, sizeof l->status, "Choose a case first.");
        return;
    }
    const cw_scenario_info *info = cw_scenario_info_get(c->scenario);
    char trainee[TEXTFIELD_CAPACITY];
    textfield_trimmed(&l->pseudonym, trainee, sizeof trainee);
    const char *problem = trainee[0] ? cw_pseudonym_problem(trainee) : NULL;
    if (!trainee[0] || problem) { /* said beside the box, before the content notes */
        if (!trainee[0])
            snprintf(l->problem, sizeof l->problem, "Type a pseudonym first, or use the one suggested below.");
        else
            snprintf(l->problem, sizeof l->problem, "That pseudonym cannot be recorded: %s.", problem);
        snprintf(l->problem_for, sizeof l->problem_for, "%s", l->pseudonym.text);
        ui_focus(&a->ui, trainee[0] ? PSEUDONYM : USE_SUGGESTION); /* the offer, under the message */
        a->ui.reveal_focus = 1;
        return;
    }
    l->problem[0] = '\0';
    notes_enter(a, l->selected, l->role < info->n_roles ? info->roles[l->role].id : NULL, trainee, l->mode);
}

static void resume(app *a, int index)
{
    const cw_unfinished *f = &a->launcher.unfinished[index];
    const case_entry *c = case_with_id(a, f->scenario_id);
    const char *scenario_path = c ? c->path : NULL;
    char record[4096];
    snprintf(record, sizeof record, "%s", f->path);
    play_resume(a, record, scenario_path);
}

static void launcher_action(app *a, int id)
{
    launcher_state *l = &a->launcher;
    l->status[0] = '\0';
    if (launcher_workshops_action(a, id))
        return;
    if (id >= RESUME_FIRST && id < RESUME_FIRST + l->n_unfinished) {
        resume(a, id - RESUME_FIRST);
    } else if (id >= CASE_FIRST && id < CASE_FIRST + a->n_cases) {
        if (l->selected != id - CASE_FIRST)
            l->role = 0;
        l->selected = id - CASE_FIRST;
    } else if (id >= ROLE_FIRST && id < ROLE_FIRST + 64) {
        l->role = id - ROLE_FIRST;
    } else if (id == MODE_PRACTICE || id == MODE_ASSESSMENT) {
        l->mode = id == MODE_PRACTICE ? CW_MODE_PRACTICE : CW_MODE_ASSESSMENT;
    } else if (id == START) {
        if (strcmp(l->listed_for, l->pseudonym.text) != 0)
            refresh_unfinished(a);
        start(a);
    } else if (id == USE_SUGGESTION) {
        textfield_clear(&l->pseudonym);
        textfield_insert(&l->pseudonym, l->suggestion);
        l->problem[0] = '\0';
        ui_focus(&a->ui, START);
    } else if (id == FACILITATOR) {
        facilitator_enter(a);
    } else if (id == QUIT) {
        app_quit(a);
    }
}

static const char *launcher_hints(app *a)
{
    (void)a;
    return "Type a pseudonym \xC2\xB7 Tab or \xE2\x86\x91\xE2\x86\x93 move \xC2\xB7 Enter select \xC2\xB7 1\xE2\x80\x93" "9 pick a case "
           "\xC2\xB7 Ctrl + / Ctrl \xE2\x88\x92 text size \xC2\xB7 F2 high contrast \xC2\xB7 F3 projector "
           "\xC2\xB7 Ctrl + Q quit";
}

const screen_ops launcher_screen = {
    .draw = launcher_draw,
    .action = launcher_action,
    .hints = launcher_hints,
};
