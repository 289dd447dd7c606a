/* fuzz_xapi_page.c — libFuzzer target: the statement reader behind `summary --lrs` given any
 * bytes as a record store's page, and, when the bytes read as a session record, that record's own
 * xAPI export as a page (so mutated records reach every path of a valid page). Both passes, then
 * the summary written. Must never crash, hang or leak. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casewalk_report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define HOME "https://casewalk.example"

/* Both passes over one page, then the summary written to nowhere. */
static void summarise(const char *page, size_t len, const char *scenario_id)
{
    cw_report_group *g = cw_report_group_new(NULL);
    cw_report_xapi_reader *r = g ? cw_report_xapi_reader_new(g, HOME, scenario_id) : NULL;
    cw_error err;
    char more[256];
    FILE *out = fopen("/dev/null", "w");
    if (r && out && cw_report_xapi_reader_page(r, 1, page, len, more, sizeof more, &err) >= 0 &&
        cw_report_group_begin(g, &err) == 0 &&
        cw_report_xapi_reader_page(r, 0, page, len, more, sizeof more, &err) >= 0 &&
        cw_report_xapi_reader_end(r, &err) == 0 && cw_report_group_finish(g, &err)) {
        cw_report_group_write_json(g, out);
        cw_report_group_write_text(g, out, 80);
    }
    if (out)
        fclose(out);
    cw_report_xapi_reader_free(r);
    cw_report_group_free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    summarise((const char *)data, size, "report-fixture");

    char path[] = "/tmp/casewalk-fuzz-xapi-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 0;
    int written = write(fd, data, size) == (ssize_t)size;
    close(fd);
    cw_report_session *s = written ? cw_report_session_new() : NULL;
    cw_error err;
    if (s && cw_report_session_load(s, path, &err) == 0 && s->scenario_id) {
        char *page = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&page, &len);
        long count = 0;
        if (mem) {
            fputs("{\"statements\":[", mem);
            int ok = cw_xapi_write_session(s, HOME, mem, &count) == 0;
            fputs("],\"more\":\"\"}", mem);
            if (fclose(mem) == 0 && ok)
                summarise(page, len, s->scenario_id);
        }
        free(page);
    }
    cw_report_session_free(s);
    unlink(path);
    return 0;
}
