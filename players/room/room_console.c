/* room_console.c — the facilitator's console: starts the group session and the room, prints the
 * Join URL, then takes one command per line (status, reveal, revote, decide N, decide 3+1,
 * majority, next, quit) and answers each with one line beginning "ok" or "error:". The room's
 * tally goes into the group record as votes per role. */
#include "room_console.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casewalk.h"
#include "play_options.h"
#include "room.h"
#include "room_internal.h"
#include "room_rows.h"
#include "show.h"
#include "text/prompt.h"

typedef struct console {
    cw_scenario *scenario;
    cw_session *group;
    room *room;
    int ended;
} console;

/* The step on the screen, for the facilitator: on standard error, so standard output keeps one
 * line per command. */
static void describe_step(const cw_step *step)
{
    if (step->kind == CW_STEP_ENDING)
        return;
    fprintf(stderr, "Decision %d%s%s\n", step->decision_number, step->phase && *step->phase ? ": " : "",
            show_line(step->phase ? step->phase : "").text);
    int n = step->kind == CW_STEP_COMPOSE ? step->n_clauses : step->n_choices;
    const cw_option_view *items = step->kind == CW_STEP_COMPOSE ? step->clauses : step->choices;
    for (int i = 0; i < n; i++)
        fprintf(stderr, "  %d. %s\n", i + 1, show_line(items[i].text).text);
}

/* Puts the group session's step in front of the phones; the ending's title is printed by
 * print_ending, after the command's own answer, once the phones can already see it. */
static void show_current(console *c)
{
    const cw_step *step = cw_session_step(c->group);
    room_show_step(c->room, step);
    if (step->kind == CW_STEP_ENDING)
        c->ended = 1;
    else
        describe_step(step);
}

static void print_ending(console *c)
{
    const cw_step *step = cw_session_step(c->group);
    if (step->kind == CW_STEP_ENDING)
        printf("Ending: %s\n", show_line(step->ending_title ? step->ending_title : "").text);
}

/* After a reveal, on standard error: how many answered, and for each choice (or, at a drafting
 * step, each clause: how many phones put it in their draft) the count per row, rows as on the
 * phones and the projector (room_rows.h: no row of fewer than 3). */
static void describe_split(console *c)
{
    room_tally t;
    room_snapshot(c->room, &t);
    room_split split;
    room_split_of(&t, 0, &split);
    int answered = 0;
    for (int g = 0; g < t.n_roles; g++)
        answered += t.answered[g];
    int drafting = cw_session_step(c->group)->kind == CW_STEP_COMPOSE;
    fprintf(stderr, "%s, round %d: %d answered%s\n", drafting ? "Phones' drafts" : "Votes", t.round, answered,
            drafting ? "; how many put each clause in their draft" : "");
    for (int i = 0; i < t.n_choices && i < ROOM_MAX_CHOICES; i++) {
        fprintf(stderr, "  %d.", i + 1);
        for (int k = 0; k < split.n; k++) {
            const room_split_row *row = &split.rows[k];
            const char *who = row->role == ROOM_ROW_POOLED ? room_word("row_pooled")
                              : row->role == ROOM_ROW_ALL  ? room_word("row_all")
                                                           : t.role_ids[row->role];
            fprintf(stderr, "%s %s %d", k ? "," : "", show_line(who).text, row->counts[i]);
        }
        fputc('\n', stderr);
    }
}

static int total_votes(const room_tally *t, int choice)
{
    int sum = 0;
    for (int g = 0; g < t->n_roles; g++)
        sum += t->counts[g][choice];
    return sum;
}

/* The position with the most votes this round; -1 on a tie or with no votes. */
static int majority(const room_tally *t)
{
    int best = -1, best_votes = 0, tied = 0;
    for (int i = 0; i < t->n_choices; i++) {
        int v = total_votes(t, i);
        if (v > best_votes) {
            best = i;
            best_votes = v;
            tied = 0;
        } else if (v == best_votes && v > 0) {
            tied = 1;
        }
    }
    return tied ? -1 : best;
}

static void reply_error(const char *message)
{
    printf("error: %s\n", show_line(message).text);
}

static void decide(console *c, const int *positions, int n, const char *picked_by)
{
    room_tally t;
    room_snapshot(c->room, &t);
    const cw_step *step = cw_session_step(c->group);
    cw_error err = { 0 };
    int rc;
    if (step->kind == CW_STEP_COMPOSE) {
        rc = cw_session_compose(c->group, positions, n, NULL, NULL, &err);
    } else {
        if (n != 1 || positions[0] < 0 || positions[0] >= step->n_choices) {
            reply_error("no such choice here (decide N, 1-based in the room's order)");
            return;
        }
        cw_votes votes[ROOM_MAX_ROLES + 1];
        int nv = 0;
        for (int g = 0; g < t.n_roles; g++) {
            if (g == t.n_roles - 1 && t.joined[g] == 0)
                continue; /* "other" only when someone joined as other */
            votes[nv++] = (cw_votes){
                .role = t.role_ids[g],
                .counts = t.counts[g],
                .first_counts = t.round == 2 ? t.first_counts[g] : NULL,
                .changed = t.round == 2 ? t.changed[g] : 0,
            };
        }
        rc = cw_session_choose_group(c->group, positions[0], votes, nv, picked_by, NULL, &err);
    }
    if (rc != 0) {
        reply_error(err.message);
        return;
    }
    cw_error room_err = { 0 };
    int people_rc = room_decide(c->room, positions, n, &room_err);
    show_current(c); /* before the answer: who reads "ok" finds the phones on the next step */
    if (people_rc != 0)
        printf("error: %s (the room's choice is recorded)\n", show_line(room_err.message).text);
    else
        printf("ok\n");
    print_ending(c);
}

static void command(console *c, char *line)
{
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
        line[--n] = '\0';
    while (*line == ' ')
        line++;
    if (!*line)
        return;
    room_tally t;
    room_snapshot(c->room, &t);
    if (strcmp(line, "status") == 0) {
        int joined = 0, answered = 0;
        char parts[400] = "";
        for (int g = 0; g < t.n_roles; g++) {
            joined += t.joined[g];
            answered += t.answered[g];
            size_t at = strlen(parts);
            snprintf(parts + at, sizeof parts - at, "%s%s %d", g ? ", " : "", t.role_ids[g], t.joined[g]);
        }
        printf("joined %d (%s); answered %d\n", joined, show_line(parts).text, answered);
        return;
    }
    if (c->ended) {
        reply_error("the case has ended");
        return;
    }
    if (strcmp(line, "reveal") == 0) {
        if (t.stage != ROOM_VOTING)
            {
            reply_error("there is no vote open to reveal");
            return;
        }
        room_reveal(c->room);
        describe_split(c);
        printf("ok\n");
    } else if (strcmp(line, "revote") == 0) {
        if (t.round != 1 || t.stage != ROOM_REVEALED)
            {
            reply_error("a revote follows the first round's reveal");
            return;
        }
        room_revote(c->room);
        printf("ok\n");
    } else if (strcmp(line, "majority") == 0 || strcmp(line, "next") == 0) {
        if (cw_session_step(c->group)->kind == CW_STEP_COMPOSE)
            {
            reply_error("a drafting step needs the facilitator's draft: decide 3+1");
            return;
        }
        int pick = majority(&t);
        if (pick < 0)
            {
            reply_error("no majority (a tie, or no votes): decide N");
            return;
        }
        decide(c, &pick, 1, "majority");
    } else if (strncmp(line, "decide ", 7) == 0) {
        int numbers[ROOM_MAX_CHOICES];
        int count = form_numbers(line + 7, numbers, ROOM_MAX_CHOICES);
        if (count < 1)
            {
            reply_error("decide takes a choice number, or clauses joined with + (decide 3+1)");
            return;
        }
        for (int i = 0; i < count; i++)
            numbers[i]--;
        decide(c, numbers, count, "facilitator");
    } else {
        reply_error("unknown command (status, reveal, revote, decide N, decide 3+1, majority, next, quit)");
    }
}

/* The server's threads must not take the Ctrl-C meant to stop reading standard input. */
static void block_stop_signals(int block)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

int room_console_run(const room_console_options *o)
{
    cw_error err = { 0 };
    console c = { 0 };
    char addr[64];
    int port;
    if (room_parse_listen(o->listen, addr, sizeof addr, &port) != 0) {
        fprintf(stderr, "casewalk workshop: --listen takes [ADDR:]PORT, e.g. 8080 or 192.168.1.20:8080 (an IPv4 "
                        "address, port 0-65535), not '%s'\n", show_line(o->listen).text);
        return EXIT_USAGE;
    }
    char *path = cw_scenario_find(o->scenario, &err);
    char *records = path ? cw_records_dir(o->records_dir, &err) : NULL;
    c.scenario = records ? cw_scenario_load(path, &err) : NULL;
    if (!c.scenario) {
        show_error("casewalk workshop", err.message);
        free(path);
        free(records);
        return EXIT_INPUT;
    }
    const cw_scenario_info *info = cw_scenario_info_get(c.scenario);
    const char *role = o->role ? o->role : info->n_roles > 0 ? info->roles[0].id : NULL;
    if (o->role && !cw_scenario_role(c.scenario, o->role)) {
        fprintf(stderr, "casewalk workshop: this case has no role '%s'\n", show_line(o->role).text);
        cw_scenario_free(c.scenario);
        free(path);
        free(records);
        return EXIT_USAGE;
    }
    cw_session_options so = {
        .role = role, .trainee = o->name, .records_dir = records, .mode = CW_MODE_PRACTICE, .group = 1,
    };
    c.group = cw_session_start(c.scenario, &so, &err);
    if (c.group) {
        room_options ro = {
            .listen = o->listen, .scenario = c.scenario, .scenario_path = path, .records_dir = records,
            .workshop = cw_session_id(c.group), .followed_role = role, .seed = cw_session_seed(c.group),
            .mode = CW_MODE_PRACTICE,
        };
        block_stop_signals(1);
        c.room = room_open(&ro, &err);
        block_stop_signals(0);
    }
    if (!c.room) {
        show_error("casewalk workshop", err.message);
        if (c.group)
            cw_session_pause(c.group, &err);
        cw_session_free(c.group);
        cw_scenario_free(c.scenario);
        free(path);
        free(records);
        return EXIT_INPUT;
    }
    signal(SIGPIPE, SIG_IGN);
    prompt_catch_interrupt();
    printf("Join: %s\n", room_url(c.room));
    fflush(stdout);
    show_current(&c);
    print_ending(&c);
    fflush(stdout);
    char line[512];
    while (!prompt_interrupted() && fgets(line, sizeof line, stdin)) {
        if (!strchr(line, '\n') && !feof(stdin)) { /* a line too long for any command */
            int ch;
            while ((ch = getchar()) != EOF && ch != '\n')
                ;
            reply_error("unknown command");
        } else if (strncmp(line, "quit", 4) == 0 && (line[4] == '\n' || line[4] == '\r' || !line[4])) {
            break;
        } else {
            command(&c, line);
        }
        fflush(stdout);
    }
    int finished = cw_session_finished(c.group);
    if (!finished && cw_session_pause(c.group, &err) != 0)
        show_error("casewalk workshop", err.message);
    room_close(c.room);
    if (!finished)
        fprintf(stderr, "Paused: the records stay resumable.\n");
    fflush(stdout);
    cw_session_free(c.group);
    cw_scenario_free(c.scenario);
    free(path);
    free(records);
    return finished ? EXIT_ENDING : EXIT_PAUSED;
}
