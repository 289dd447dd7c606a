/* fuzz_record.c — libFuzzer target: any bytes as a session record, read and resumed against the
 * small example scenario. Must never crash, hang or leak; bad input is an error or a torn tail. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "casewalk.h"

#ifndef FIXTURE_SCENARIO
#error "FIXTURE_SCENARIO must name tests/fixtures/small-example.lua"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/casewalk-fuzz-record-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    char notice[512];
    cw_error err = {CW_OK, ""};
    cw_session *s = cw_session_resume(path, FIXTURE_SCENARIO, notice, sizeof notice, &err);
    cw_session_free(s);
    unlink(path);
    char aside[600];
    snprintf(aside, sizeof aside, "rm -f %s.torn-*", path);
    if (system(aside) != 0)
        return 0;
    return 0;
}
