/* fuzz_scenario.c — libFuzzer target: any bytes as a scenario file, loaded in the sandbox and
 * validated. Must never crash, hang past the sandbox's budget, or leak. (check's walk of every
 * path is left out: it is bounded by its own state and time limits, too slow to fuzz.) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "casewalk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/casewalk-fuzz-scenario-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 0;
    if (write(fd, data, size) == (ssize_t)size) {
        cw_error err = {CW_OK, ""};
        cw_scenario_free(cw_scenario_load(path, &err));
    }
    close(fd);
    unlink(path);
    return 0;
}
