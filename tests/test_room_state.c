/* test_room_state.c — the room's state machine (players/room/room.c) without phones: joins and
 * what is refused, votes and changed votes, the reveal closing voting, a revote keeping round 1,
 * the tally by role, the version growing with every change, a decision recorded for every
 * participant, the rate limit and the QR code. Usage: test_room_state SCENARIO.lua */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "room/room_internal.h"

static int changes;
static void on_change(void *ud)
{
    (void)ud;
    changes++;
}

static int count_records(const char *dir, const char *needle)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (!strstr(e->d_name, ".jsonl"))
            continue;
        char path[1024], line[8192];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "r");
        if (f && fgets(line, sizeof line, f) && (!needle || strstr(line, needle)))
            n++;
        if (f)
            fclose(f);
    }
    if (d)
        closedir(d);
    return n;
}

static int vote(room *r, const char *token, int round, int decision, int choice)
{
    const char *problem = NULL;
    room_vote_request v = { .round = round, .decision = decision, .choice = choice, .n_clauses = -1 };
    return room_vote_submit(r, token, &v, &problem);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_room_state SCENARIO.lua\n");
        return 2;
    }
    char dir[] = "/tmp/cw-room-state-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    cw_error err = { 0 };
    cw_scenario *sc = cw_scenario_load(argv[1], &err);
    CHECK(sc != NULL);
    if (!sc) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    cw_session_options go = { .role = "cps", .trainee = "workshop", .records_dir = dir, .group = 1 };
    cw_session *group = cw_session_start(sc, &go, &err);
    CHECK(group != NULL);
    room_options ro = {
        .listen = "127.0.0.1:0", .scenario = sc, .records_dir = dir, .workshop = cw_session_id(group),
        .followed_role = "cps", .seed = cw_session_seed(group), .mode = CW_MODE_PRACTICE, .changed = on_change,
    };
    room *r = room_open(&ro, &err);
    CHECK(r != NULL);
    if (!r) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    CHECK(strncmp(room_url(r), "http://127.0.0.1:", 17) == 0);
    CHECK(strlen(room_code(r)) == 4 && strspn(room_code(r), "ACDEFHJKMNPRTUVWXY") == 4);
    CHECK(strstr(room_url(r), room_code(r)) != NULL);

    room_tally t;
    room_snapshot(r, &t);
    CHECK(t.stage == ROOM_WAITING);
    CHECK(t.n_roles == 3 && strcmp(t.role_ids[0], "cps") == 0 && strcmp(t.role_ids[1], "dv") == 0 &&
          strcmp(t.role_ids[2], "other") == 0);
    uint64_t version = t.version;

    /* joins: what is refused, then three people */
    char ann[ROOM_TOKEN_HEX + 1], bo[ROOM_TOKEN_HEX + 1], cy[ROOM_TOKEN_HEX + 1], nobody[ROOM_TOKEN_HEX + 1];
    const char *problem = NULL;
    CHECK(room_join(r, "someone@example.org", "cps", nobody, &problem) == 400 && problem);
    CHECK(room_join(r, "", "cps", nobody, &problem) == 400);
    CHECK(room_join(r, "an\x1b[31mred", "cps", nobody, &problem) == 400);
    CHECK(room_join(r, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "cps", nobody, &problem) == 400); /* 41 */
    CHECK(room_join(r, "ann", "nurse", nobody, &problem) == 400);
    room_snapshot(r, &t);
    CHECK(t.version == version); /* nothing refused changed the room */
    CHECK(room_join(r, "ann", "cps", ann, &problem) == 200);
    CHECK(room_join(r, "bo", "dv", bo, &problem) == 200);
    CHECK(room_join(r, "cy", "other", cy, &problem) == 200);
    CHECK(strlen(ann) == ROOM_TOKEN_HEX && strcmp(ann, bo) != 0);
    room_snapshot(r, &t);
    CHECK(t.joined[0] == 1 && t.joined[1] == 1 && t.joined[2] == 1);
    CHECK(t.version > version);
    version = t.version;

    /* no step yet: no vote */
    CHECK(vote(r, ann, 1, 1, 1) == 409);

    /* the first step: voting opens in round 1 */
    int before = changes;
    room_show_step(r, cw_session_step(group));
    CHECK(changes > before);
    room_snapshot(r, &t);
    CHECK(t.stage == ROOM_VOTING && t.round == 1 && t.n_choices == cw_session_step(group)->n_choices);
    CHECK(t.version > version);
    version = t.version;

    CHECK(vote(r, ann, 1, 1, 1) == 200);
    CHECK(vote(r, bo, 1, 1, 2) == 200);
    CHECK(vote(r, bo, 1, 1, 1) == 200); /* a change of mind */
    CHECK(vote(r, bo, 1, 2, 1) == 409); /* a step not on screen */
    CHECK(vote(r, bo, 2, 1, 1) == 409); /* a round not open */
    CHECK(vote(r, bo, 1, 1, 0) == 400);
    CHECK(vote(r, bo, 1, 1, t.n_choices + 1) == 400);
    CHECK(vote(r, "0123456789abcdef0123456789abcdef", 1, 1, 1) == 401);
    room_snapshot(r, &t);
    CHECK(t.counts[0][0] == 1 && t.counts[1][0] == 1 && t.counts[1][1] == 0);
    CHECK(t.answered[0] == 1 && t.answered[1] == 1 && t.answered[2] == 0);
    CHECK(t.version > version);
    version = t.version;

    /* the reveal closes voting */
    room_reveal(r);
    room_snapshot(r, &t);
    CHECK(t.stage == ROOM_REVEALED && t.version > version);
    version = t.version;
    CHECK(vote(r, cy, 1, 1, 2) == 409);
    room_reveal(r); /* twice changes nothing */
    room_snapshot(r, &t);
    CHECK(t.version == version);

    /* a revote: round 2 opens empty, round 1's votes are kept */
    room_revote(r);
    room_snapshot(r, &t);
    CHECK(t.stage == ROOM_VOTING && t.round == 2 && t.version > version);
    CHECK(t.answered[0] == 0 && t.answered[1] == 0);
    CHECK(t.first_counts[0][0] == 1 && t.first_counts[1][0] == 1);
    CHECK(vote(r, bo, 1, 1, 3) == 409); /* round 1 is over */
    CHECK(vote(r, bo, 2, 1, 3) == 200);
    CHECK(vote(r, cy, 2, 1, 3) == 200);
    room_snapshot(r, &t);
    CHECK(t.counts[1][2] == 1 && t.counts[2][2] == 1 && t.counts[0][0] == 0);
    CHECK(t.changed[1] == 1 && t.changed[0] == 0 && t.changed[2] == 0); /* cy did not vote in round 1 */
    room_reveal(r);
    room_revote(r); /* only one revote */
    room_snapshot(r, &t);
    CHECK(t.round == 2 && t.stage == ROOM_REVEALED);

    /* the room decides: everyone's session records it */
    int room_choice = 2;
    CHECK(cw_session_choose_group(group, room_choice, NULL, 0, "facilitator", NULL, &err) == 0);
    int bad = 99;
    CHECK(room_decide(r, &bad, 1, &err) == -1);
    CHECK(room_decide(r, &room_choice, 1, &err) == 0);
    CHECK(room_decide(r, &room_choice, 1, &err) == -1); /* decided once */
    CHECK(count_records(dir, NULL) == 4);
    char named[128];
    snprintf(named, sizeof named, "\"workshop\":\"%s\"", cw_session_id(group));
    CHECK(count_records(dir, named) == 3); /* the three name the workshop */
    CHECK(count_records(dir, "\"discipline\":\"other\"") == 1);

    /* the next step: the decided state is gone, the votes too */
    room_show_step(r, cw_session_step(group));
    room_snapshot(r, &t);
    CHECK(t.stage == ROOM_VOTING && t.round == 1 && t.answered[1] == 0 && t.counts[1][2] == 0);

    /* the rate limit: more than 10 writes in a second are refused, while reads go on (a phone
     * redrawing after a change must never lose its vote to it, nor its redraw to a vote) */
    int refused = 0, reads_refused = 0;
    for (int i = 0; i < 25; i++)
        refused += !room_rate_ok(r, ann, 1);
    for (int i = 0; i < 20; i++)
        reads_refused += !room_rate_ok(r, ann, 0);
    CHECK(refused >= 4);
    CHECK(reads_refused == 0);
    for (int i = 0; i < 100; i++) /* 120 reads span at most two seconds of 40 */
        reads_refused += !room_rate_ok(r, ann, 0);
    CHECK(reads_refused >= 40); /* reads have a limit too */
    CHECK(room_rate_ok(r, "not-a-token", 1)); /* not joined: the limit is per participant */

    /* the room is full at 400 participants */
    int full_at = 0;
    for (int i = 3; i < ROOM_MAX_PARTICIPANTS + 2 && !full_at; i++) {
        char name[32];
        snprintf(name, sizeof name, "phone-%d", i);
        if (room_join(r, name, "dv", nobody, &problem) == 409)
            full_at = i;
    }
    CHECK(full_at == ROOM_MAX_PARTICIPANTS);

    room_close(r);
    /* everyone who joined has a record once the room closes, those who saw no decision too */
    CHECK(count_records(dir, NULL) == ROOM_MAX_PARTICIPANTS + 1);
    cw_session_pause(group, &err);
    cw_session_free(group);
    cw_scenario_free(sc);

    int width = 0;
    unsigned char *qr = room_qr("http://192.168.1.20:8080/KMNP/", &width);
    CHECK(qr && width >= 21);
    int dark = 0;
    for (int i = 0; qr && i < width * width; i++)
        dark += qr[i] == 1;
    CHECK(dark > width * width / 4 && dark < width * width * 3 / 4);
    CHECK(qr && qr[0] == 1 && qr[width - 1] == 1); /* the finder patterns' corners */
    free(qr);

    char cmd[1100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    printf("room_state: %d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}
