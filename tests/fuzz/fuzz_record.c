/* fuzz_record.c — libFuzzer target: any bytes as a session record, read and resumed against the
 * small example scenario. Must never crash, hang or leak; bad input is an error or a torn tail. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casewalk.h"

#ifndef FIXTURE_SCENARIO
#error "FIXTURE_SCENARIO must name tests/fixtures/small-example.lua"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void empty_folder(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[512];
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
    if (d)
        closedir(d);
}

static void remove_folder(void)
{
    empty_folder();
    rmdir(dir);
}

/* A folder of this process's own: resuming sets a torn tail aside beside the record, and
 * emptying the folder clears it without running a shell for each input. In memory when it can
 * be: a resumed record is appended to and flushed to disk for every input. */
static int have_folder(void)
{
    static int made;
    if (made)
        return 1;
    snprintf(dir, sizeof dir, "/dev/shm/casewalk-fuzz-record-XXXXXX");
    if (!mkdtemp(dir)) {
        snprintf(dir, sizeof dir, "/tmp/casewalk-fuzz-record-XXXXXX");
        if (!mkdtemp(dir))
            return 0;
    }
    made = 1;
    atexit(remove_folder);
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!have_folder())
        return 0;
    char path[512];
    snprintf(path, sizeof path, "%s/record.jsonl", dir);
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    int written = fwrite(data, 1, size, f) == size;
    if (fclose(f) == 0 && written) {
        char notice[512];
        cw_error err = {CW_OK, ""};
        cw_session *s = cw_session_resume(path, FIXTURE_SCENARIO, notice, sizeof notice, &err);
        cw_session_free(s);
    }
    empty_folder();
    return 0;
}
