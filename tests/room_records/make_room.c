/* make_room.c — plays one room through a scenario for the room record tests: a group session and
 * N participants, each with a record of their own (tests/room_play.h says how each votes), into
 * RECORDS_DIR. Prints the group session's UUID, then per decision "D KIND ROOM" (the room's choice
 * id, or its clause ids joined with "+").
 *
 * Usage: make_room SCENARIO_LUA RECORDS_DIR N ROLE SEED POLICY */
#include <stdlib.h>

#include "room_play.h"

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: make_room SCENARIO_LUA RECORDS_DIR N ROLE SEED POLICY\n");
        return 2;
    }
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(argv[1], &err);
    if (!sc) {
        fprintf(stderr, "make_room: %s\n", err.message);
        return 1;
    }
    room_play rp;
    int rc = room_play_start(&rp, sc, argv[4], strtoull(argv[5], NULL, 10), atoi(argv[3]), argv[2]);
    if (rc == 0)
        printf("%s\n", cw_session_id(rp.group));
    while (rc == 0 && (rc = room_play_step(&rp, atoi(argv[6]))) == 0) {
        int n = cw_session_result_count(rp.group);
        const cw_result *r = cw_session_result(rp.group, n - 1);
        printf("%d %s %s\n", r->decision_number, r->is_compose ? "draft" : "choice", r->chosen_id);
    }
    if (rc < 0 || rp.order_mismatches)
        fprintf(stderr, "make_room: %s (%d order mismatches)\n", rp.failure, rp.order_mismatches);
    int status = rc == 1 && rp.order_mismatches == 0 ? 0 : 1;
    room_play_free(&rp);
    cw_scenario_free(sc);
    return status;
}
