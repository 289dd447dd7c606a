/* text_player.c — the terminal player: shows each scene, reads answers (typed or scripted), shows
 * feedback, and leaves a resumable record when input ends or Ctrl-C is pressed. */
#include "text_player.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "casewalk_report.h"
#include "prompt.h"
#include "pseudonym.h"
#include "show.h"
#include "wrap.h"

typedef struct player {
    const play_options *options;
    int width;
    int scripted;
    answer_list answers;
    cw_session *session;
} player;

static void rule(const player *p)
{
    for (int i = 0; i < p->width; i++)
        fputc('-', stdout);
    fputc('\n', stdout);
}

static const char *rating_label(cw_rating r)
{
    switch (r) {
    case CW_RATING_RECOMMENDED:
        return "Recommended";
    case CW_RATING_ACCEPTABLE:
        return "Acceptable";
    case CW_RATING_CONCERNING:
        return "Concerning";
    case CW_RATING_HARMFUL:
        return "Harmful";
    default:
        return "Not rated";
    }
}

/* ---- before the scenario ------------------------------------------------------------------- */

/* Lists the installed scenarios and asks for one; Enter takes the default. */
static char *ask_scenario(player *p)
{
    cw_catalog cat;
    cw_catalog_load(&cat);
    int usable = 0, preset = 0;
    printf("Scenarios:\n");
    for (int i = 0; i < cat.count; i++) {
        if (!cat.entries[i].scenario)
            continue;
        const cw_scenario_info *info = cw_scenario_info_get(cat.entries[i].scenario);
        usable++;
        if (strcmp(info->id, DEFAULT_SCENARIO) == 0)
            preset = i;
        printf("  %d. %s (%d min)\n", i + 1, show_line(info->title).text, info->minutes);
    }
    char *chosen = NULL;
    if (usable == 0) {
        fprintf(stderr, "casewalk: no scenarios are installed (see 'casewalk list')\n");
    } else if (p->scripted) {
        chosen = strdup(cat.entries[preset].path);
    } else {
        char line[64], question[96];
        snprintf(question, sizeof question, "Choose a scenario [%d]: ", preset + 1);
        while (!chosen && prompt_line(question, line, sizeof line) == 0) {
            int n = line[0] ? prompt_whole_number(line, cat.count) : preset + 1;
            if (n >= 1 && n <= cat.count && cat.entries[n - 1].scenario)
                chosen = strdup(cat.entries[n - 1].path);
            else
                printf("Please type a number from the list.\n");
        }
    }
    cw_catalog_free(&cat);
    return chosen;
}

static const char *ask_role(player *p, const cw_scenario_info *info, char *buffer, size_t size)
{
    if (p->options->role)
        return p->options->role;
    if (p->scripted)
        return info->roles[0].id;
    printf("\nWhich role will you play?\n");
    for (int r = 0; r < info->n_roles; r++)
        printf("  %d. %s\n", r + 1, show_line(info->roles[r].name).text);
    while (prompt_line("Role [1]: ", buffer, size) == 0) {
        int n = buffer[0] ? prompt_whole_number(buffer, info->n_roles) : 1;
        if (n >= 1 && n <= info->n_roles)
            return info->roles[n - 1].id;
        printf("Please type a number from the list.\n");
    }
    return NULL;
}

/* Empty is fine here: it takes the suggested pseudonym. */
static const char *pseudonym_problem(const char *pseudonym)
{
    return *pseudonym ? cw_pseudonym_problem(pseudonym) : NULL;
}

/* Asked, and checked, before the content notes; a blank answer takes a fresh suggestion rather
 * than a name shared with others, and a pseudonym that cannot be recorded is asked for again. */
static const char *ask_trainee(player *p, char *buffer, size_t size)
{
    if (p->options->trainee)
        return p->options->trainee;
    char suggestion[64], question[128];
    pseudonym_suggest(suggestion, sizeof suggestion);
    if (p->scripted) { /* no one to ask: a fresh suggestion, said where the record's name is seen */
        snprintf(buffer, size, "%s", suggestion);
        fprintf(stderr, "Recorded as %s\n", buffer);
        return buffer;
    }
    char intro[200];
    snprintf(intro, sizeof intro, "Choose a pseudonym for your record (not your real name). Press Enter to use %s.",
             suggestion);
    printf("\n");
    print_wrapped(stdout, "", intro, p->width);
    snprintf(question, sizeof question, "Pseudonym [%s]: ", suggestion);
    if (prompt_text(question, buffer, size, pseudonym_problem) != 0)
        return NULL;
    if (!buffer[0])
        snprintf(buffer, size, "%s", suggestion);
    return buffer;
}

/* Title, summary and content notes; returns 0 to begin, -1 to go back. */
static int introduce(player *p, const cw_scenario_info *info, const cw_role *role)
{
    rule(p);
    print_wrapped(stdout, "", info->title, p->width);
    printf("\n");
    print_wrapped(stdout, "", info->summary, p->width);
    printf("\nAbout %d minutes. You play: %s.\n", info->minutes, show_line(role->name).text);
    if (role->brief && *role->brief) {
        printf("\n");
        print_wrapped(stdout, "", role->brief, p->width);
    }
    if (info->n_content_notes > 0) {
        printf("\nContent notes:\n");
        for (int i = 0; i < info->n_content_notes; i++)
            print_wrapped(stdout, "  - ", info->content_notes[i], p->width);
    }
    if (info->jurisdiction && *info->jurisdiction) {
        printf("\n");
        print_wrapped(stdout, "Setting: ", info->jurisdiction, p->width);
    }
    printf("\nYou can stop at any time with Ctrl-C (or Ctrl-D); your place is kept.\n");
    if (p->scripted)
        return 0;
    char line[16];
    if (prompt_line("Press Enter to begin, or type q to go back: ", line, sizeof line) != 0)
        return -1;
    return tolower((unsigned char)line[0]) == 'q' ? -1 : 0;
}

/* ---- one step ---------------------------------------------------------------------------------- */

static void show_step(const player *p, const cw_step *st)
{
    rule(p);
    if (st->kind == CW_STEP_ENDING)
        printf("[ending]\n\n");
    else
        printf("[%s · decision %d]\n\n", show_line(st->phase).text, st->decision_number);
    if (st->speaker && *st->speaker)
        printf("%s:\n", show_line(st->speaker).text);
    print_wrapped(stdout, "", st->text, p->width);
    if (st->kind == CW_STEP_CHOICE) {
        printf("\n");
        for (int i = 0; i < st->n_choices; i++) {
            char prefix[16];
            snprintf(prefix, sizeof prefix, "  %d. ", i + 1);
            print_wrapped(stdout, prefix, st->choices[i].text, p->width);
        }
    } else if (st->kind == CW_STEP_COMPOSE) {
        printf("\n");
        print_wrapped(stdout, "", st->compose_prompt, p->width);
        for (int i = 0; i < st->n_clauses; i++) {
            char prefix[16];
            snprintf(prefix, sizeof prefix, "  %d. ", i + 1);
            print_wrapped(stdout, prefix, st->clauses[i].text, p->width);
        }
    }
    fflush(stdout);
}

static void show_feedback(const player *p, const cw_result *r)
{
    if (cw_session_mode(p->session) == CW_MODE_ASSESSMENT) {
        printf("\nNoted. Feedback comes at the end.\n");
        return;
    }
    char prefix[48];
    snprintf(prefix, sizeof prefix, "\n%s: ", rating_label(r->rating));
    print_wrapped(stdout, prefix, r->feedback ? r->feedback : "", p->width);
    for (int i = 0; i < r->n_flags; i++)
        print_wrapped(stdout, "  Flagged: ", r->flags[i], p->width);
    for (int i = 0; i < r->n_missing; i++)
        print_wrapped(stdout, "  Missing: ", r->missing[i], p->width);
    char sources[1024];
    if (cw_practice_sources_line(r->rationale, sources, sizeof sources) > 0)
        print_wrapped(stdout, "  Sources: ", sources, p->width);
}

/* Reads "3 1 4" (or "3,1,4") into positions; returns the count, or -1 if not numbers. */
static int parse_positions(const char *line, int *positions, int max)
{
    int n = 0;
    for (const char *s = line; *s;) {
        if (*s == ' ' || *s == ',' || *s == '+') {
            s++;
            continue;
        }
        if (!isdigit((unsigned char)*s) || n == max)
            return -1;
        positions[n++] = (int)strtol(s, (char **)&s, 10) - 1;
    }
    return n;
}

/* Asks for this step's answer and applies it. Returns 0 done, 1 input ended, -1 error. */
static int ask_and_apply(player *p, const cw_step *st, cw_error *err)
{
    char line[4096], reason[4096] = "", own[4096] = "";
    if (st->kind == CW_STEP_CHOICE) {
        int n;
        for (;;) {
            char question[64];
            snprintf(question, sizeof question, "\nYour choice (1-%d): ", st->n_choices);
            if (prompt_line(question, line, sizeof line) != 0)
                return 1;
            n = prompt_whole_number(line, st->n_choices);
            if (n >= 1)
                break;
            printf("Please type a number from 1 to %d.\n", st->n_choices);
        }
        if (st->reason_prompt) {
            char question[sizeof(shown_line) + 40];
            snprintf(question, sizeof question, "%s (optional, Enter to skip)\n> ",
                     show_line(st->reason_prompt).text);
            if (prompt_text(question, reason, sizeof reason, cw_typed_text_problem) != 0)
                return 1;
        }
        return cw_session_choose(p->session, n - 1, reason, err) == 0 ? 0 : -1;
    }
    int positions[64], n;
    for (;;) {
        char question[160];
        snprintf(question, sizeof question, "\nClauses in the order you want them (%d to %d numbers, e.g. 3 1): ",
                 st->min_clauses, st->max_clauses);
        if (prompt_line(question, line, sizeof line) != 0)
            return 1;
        n = parse_positions(line, positions, 64);
        int ok = n >= st->min_clauses && n <= st->max_clauses;
        for (int i = 0; ok && i < n; i++)
            ok = positions[i] >= 0 && positions[i] < st->n_clauses;
        if (ok)
            break;
        printf("Please type %d to %d clause numbers from 1 to %d, each once.\n", st->min_clauses,
               st->max_clauses, st->n_clauses);
    }
    if (st->own_text_allowed &&
        prompt_text("Add a sentence of your own (Enter to skip):\n> ", own, sizeof own, cw_typed_text_problem) != 0)
        return 1;
    if (st->reason_prompt) {
        char question[sizeof(shown_line) + 40];
        snprintf(question, sizeof question, "%s (optional, Enter to skip)\n> ",
                 show_line(st->reason_prompt).text);
        if (prompt_text(question, reason, sizeof reason, cw_typed_text_problem) != 0)
            return 1;
    }
    if (cw_session_compose(p->session, positions, n, own, reason, err) != 0)
        return -1;
    const cw_result *r = cw_session_result(p->session, cw_session_result_count(p->session) - 1);
    printf("\nYour draft:\n");
    print_wrapped(stdout, "  ", r->chosen_text, p->width);
    return 0;
}

/* ---- the end ------------------------------------------------------------------------------------ */

static void show_ending(const player *p, const cw_step *st)
{
    printf("\nEnding: %s (%s)\n", show_line(st->ending_title).text, show_line(st->classification).text);
    rule(p);
    printf("Your path:\n");
    int assessment = cw_session_mode(p->session) == CW_MODE_ASSESSMENT;
    for (int i = 0; i < cw_session_result_count(p->session); i++) {
        const cw_result *r = cw_session_result(p->session, i);
        char prefix[96];
        snprintf(prefix, sizeof prefix, "  %d. [%s] ", r->decision_number, rating_label(r->rating));
        print_wrapped(stdout, prefix, r->chosen_text, p->width);
        if (assessment && r->feedback)
            print_wrapped(stdout, "       ", r->feedback, p->width);
    }
    int n = cw_competency_count();
    int points[32], max[32];
    cw_session_tally(p->session, points, max);
    printf("\nCompetencies (points out of the most possible):\n");
    for (int k = 0; k < n && k < 32; k++)
        if (max[k] > 0)
            printf("  %-34s %2d / %2d\n", cw_competency_label(k), points[k], max[k]);
    const char *record = cw_session_record_path(p->session);
    if (record)
        printf("\nYour record is saved in %s\nFor a debrief: casewalk debrief %s\n", show_line(record).text,
               show_line(record).text);
    else
        printf("\nYour record is NOT saved: its file was deleted or moved during the session.\n");
}

static int pause_session(player *p, const char *why)
{
    cw_error err = {CW_OK, ""};
    const char *record = cw_session_record_path(p->session);
    if (cw_session_pause(p->session, &err) != 0) {
        show_error("casewalk", err.message);
        return EXIT_INPUT;
    }
    printf("\n%s\n", why);
    if (record && cw_session_record_path(p->session))
        printf("Your place is saved. To go on:\n  casewalk play --resume %s\n", show_line(record).text);
    else if (record)
        printf("Your place is NOT saved: the record was deleted or moved during the session.\n");
    return EXIT_PAUSED;
}

/* ---- the whole session ------------------------------------------------------------------------ */

static int run(player *p)
{
    for (;;) {
        const cw_step *st = cw_session_step(p->session);
        show_step(p, st);
        if (st->kind == CW_STEP_ENDING) {
            show_ending(p, st);
            return EXIT_ENDING;
        }
        cw_error err = {CW_OK, ""};
        int rc;
        int before = cw_session_result_count(p->session);
        if (p->scripted) {
            rc = answers_apply_next(&p->answers, p->session, &err);
            if (rc == 1) {
                char why[sizeof(shown_line) + 100];
                snprintf(why, sizeof why, "The scripted answers ran out at decision %d (scene '%s').",
                         st->decision_number, show_line(st->scene_id).text);
                show_error("casewalk", why);
                pause_session(p, why);
                return EXIT_PAUSED;
            }
        } else {
            rc = ask_and_apply(p, st, &err);
            if (rc == 1)
                return pause_session(p, prompt_interrupted() ? "Stopped." : "End of input.");
        }
        if (rc != 0) {
            show_error("casewalk", err.message);
            if (err.kind != CW_ERR_NOT_SAVED)
                pause_session(p, "Stopped after an error.");
            return EXIT_INPUT;
        }
        if (cw_session_result_count(p->session) > before) {
            const cw_result *r = cw_session_result(p->session, before);
            if (p->scripted) /* a transcript of scripted play says what was answered */
                print_wrapped(stdout, r->is_compose ? "\nYour draft: " : "\nYour choice: ", r->chosen_text,
                              p->width);
            show_feedback(p, r);
            /* a 24-row terminal would scroll the feedback away with the next scene */
            if (!p->scripted && cw_session_mode(p->session) == CW_MODE_PRACTICE && prompt_pause() != 0)
                return pause_session(p, prompt_interrupted() ? "Stopped." : "End of input.");
        }
    }
}

int text_play(const play_options *options)
{
    player p = {options, terminal_width(), options->choose != NULL, {0}, NULL};
    prompt_catch_interrupt();
    if (p.scripted) {
        char why[256];
        if (answers_parse(options->choose, &p.answers, why, sizeof why) != 0) {
            show_error("casewalk play: --choose", why);
            return EXIT_USAGE;
        }
    }
    int status = EXIT_INPUT;
    cw_error err = {CW_OK, ""};
    char *records = NULL, *path = NULL;
    cw_scenario *sc = NULL;
    if (options->resume) {
        char notice[1024];
        if (options->scenario && !(path = cw_scenario_find(options->scenario, &err)))
            goto done;
        if (!(p.session = cw_session_resume(options->resume, path, notice, sizeof notice, &err)))
            goto done;
        if (cw_session_workshop(p.session)) { /* its answers come from a phone in the room */
            cw_error_set(&err, CW_ERR_INPUT, options->resume, 0,
                         "this is a room participant's record: the room reopens it (casewalk workshop --resume)");
            goto done;
        }
        if (notice[0])
            print_wrapped(stdout, "Note: ", notice, p.width);
        const cw_scenario_info *resumed = cw_scenario_info_get(cw_session_scenario(p.session));
        printf("Resuming %s at decision %d.\n", show_line(resumed->title).text,
               cw_session_step(p.session)->decision_number);
    } else {
        path = options->scenario ? cw_scenario_find(options->scenario, &err) : ask_scenario(&p);
        if (!path) {
            status = options->scenario ? EXIT_INPUT : EXIT_ENDING;
            goto done;
        }
        if (!(sc = cw_scenario_load(path, &err)))
            goto done;
        const cw_scenario_info *info = cw_scenario_info_get(sc);
        char role_buffer[32], trainee_buffer[128];
        const char *role_id = ask_role(&p, info, role_buffer, sizeof role_buffer);
        const cw_role *role = role_id ? cw_scenario_role(sc, role_id) : NULL;
        if (!role_id) {
            status = EXIT_ENDING;
            goto done;
        }
        if (!role) {
            cw_error_set(&err, CW_ERR_INPUT, path, 0, "this scenario has no role '%s'", role_id);
            goto done;
        }
        const char *trainee = ask_trainee(&p, trainee_buffer, sizeof trainee_buffer);
        if (!trainee || introduce(&p, info, role) != 0) {
            printf("Nothing was recorded.\n");
            status = EXIT_ENDING;
            goto done;
        }
        if (!(records = cw_records_dir(options->records_dir, &err)))
            goto done;
        cw_session_options so = {role_id, trainee, records, options->mode, options->seed, options->has_seed, 0, NULL, NULL};
        if (!(p.session = cw_session_start(sc, &so, &err)))
            goto done;
    }
    status = run(&p);
done:
    if (err.kind != CW_OK)
        show_error("casewalk", err.message);
    cw_session_free(p.session);
    cw_scenario_free(sc);
    answers_free(&p.answers);
    free(records);
    free(path);
    return status;
}
