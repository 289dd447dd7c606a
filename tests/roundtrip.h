/* roundtrip.h — the writer→reader round trip shared by test_records and the fuzz target: whatever
 * record_append accepts, record_read must give back exactly, and whatever it refuses leaves the
 * file as it was. */
#ifndef CW_TEST_ROUNDTRIP_H
#define CW_TEST_ROUNDTRIP_H

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/record_read.h"
#include "../engine/record_write.h"

typedef struct roundtrip_input {
    const char *pseudonym, *reason;
    const char *const *texts; /* written as the decision's "shown" list and its first as "own" */
    int n_texts;
} roundtrip_input;

typedef struct roundtrip_result {
    int header_written, decision_written; /* what record_append accepted */
    char why[1200];                       /* set when the round trip broke */
} roundtrip_result;

typedef struct roundtrip_check {
    const roundtrip_input *in;
    roundtrip_result *out;
    int lines;
} roundtrip_check;

/* The length of a record's lines: its file's, less the spaces its writer wrote ahead of them. */
static long record_lines_size(const char *path)
{
    FILE *f = fopen(path, "rb");
    long size = 0, at = 0;
    for (int c; f && (c = getc(f)) != EOF;) {
        at++;
        if (c != ' ')
            size = at;
    }
    if (f)
        fclose(f);
    return f ? size : -1;
}

static int roundtrip_same(roundtrip_check *c, const cJSON *line, const char *key, const char *want)
{
    const char *got = record_string(line, key);
    if (got && strcmp(got, want) == 0)
        return 0;
    snprintf(c->out->why, sizeof c->out->why, "\"%s\" came back as %s", key, got ? "other text" : "nothing");
    return -1;
}

static int roundtrip_line(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    (void)err;
    roundtrip_check *c = ud;
    c->lines++;
    if (line_no == 1)
        return roundtrip_same(c, line, "trainee", c->in->pseudonym);
    if (roundtrip_same(c, line, "reason", c->in->reason) != 0 ||
        roundtrip_same(c, line, "own", c->in->n_texts ? c->in->texts[0] : "") != 0)
        return -1;
    const cJSON *shown = cJSON_GetObjectItemCaseSensitive(line, "shown");
    int i = 0;
    for (const cJSON *item = shown ? shown->child : NULL; item; item = item->next, i++)
        if (i >= c->in->n_texts || !cJSON_IsString(item) || strcmp(item->valuestring, c->in->texts[i]) != 0)
            break;
    if (i != c->in->n_texts || cJSON_GetArraySize(shown) != c->in->n_texts) {
        snprintf(c->out->why, sizeof c->out->why, "\"shown\" came back different at item %d", i);
        return -1;
    }
    return 0;
}

/* Appends line, checking that a refusal is CW_ERR_INPUT and leaves the file as it was: its lines
 * (written in place, they need not change its length) and its length (spaces written ahead). */
static int roundtrip_append(record_writer *w, const char *type, cJSON *line, roundtrip_result *out)
{
    struct stat st;
    long before = record_lines_size(w->path), length = stat(w->path, &st) == 0 ? (long)st.st_size : -1;
    cw_error err = {CW_OK, ""};
    if (record_append(w, type, line, NULL, &err) == 0)
        return 1;
    if (err.kind != CW_ERR_INPUT || record_lines_size(w->path) != before || stat(w->path, &st) != 0 ||
        st.st_size != length)
        snprintf(out->why, sizeof out->why, "a refused %s line: kind %d, lines %ld bytes then %ld (%s)", type,
                 (int)err.kind, before, record_lines_size(w->path), err.message);
    return 0;
}

/* Writes a header (with the pseudonym) and a decision (reason, texts) to DIR/roundtrip.jsonl and
 * reads them back. Returns 0 when everything accepted came back exactly, else -1 with out->why. */
static int roundtrip(const char *dir, const roundtrip_input *in, roundtrip_result *out)
{
    memset(out, 0, sizeof *out);
    char path[4200];
    snprintf(path, sizeof path, "%s/roundtrip.jsonl", dir);
    unlink(path);
    record_writer w;
    cw_error err = {CW_OK, ""};
    if (record_create(&w, dir, "roundtrip.jsonl", &err) != 0) {
        snprintf(out->why, sizeof out->why, "cannot create the record: %s", err.message);
        return -1;
    }
    cJSON *header = cJSON_CreateObject();
    cJSON_AddNumberToObject(header, "schema", CW_RECORD_SCHEMA);
    cJSON_AddStringToObject(header, "trainee", in->pseudonym);
    cJSON_AddStringToObject(header, "seed", "18446744073709551615");
    out->header_written = roundtrip_append(&w, "header", header, out);
    if (out->header_written) {
        cJSON *decision = cJSON_CreateObject();
        cJSON_AddStringToObject(decision, "scene", "door");
        cJSON *shown = cJSON_AddArrayToObject(decision, "shown");
        for (int i = 0; i < in->n_texts; i++)
            cJSON_AddItemToArray(shown, cJSON_CreateString(in->texts[i]));
        cJSON_AddStringToObject(decision, "own", in->n_texts ? in->texts[0] : "");
        cJSON_AddStringToObject(decision, "reason", in->reason);
        out->decision_written = roundtrip_append(&w, "decision", decision, out);
    }
    record_close(&w);
    if (out->why[0])
        return -1;
    roundtrip_check c = {in, out, 0};
    record_tail tail;
    if (record_read(path, roundtrip_line, &c, &tail, &err) != 0) {
        if (!out->why[0])
            snprintf(out->why, sizeof out->why, "what was written cannot be read: %s", err.message);
        return -1;
    }
    if (tail.torn || c.lines != out->header_written + out->decision_written) {
        snprintf(out->why, sizeof out->why, "%d lines written, %d read back%s", out->header_written + out->decision_written,
                 c.lines, tail.torn ? " and a torn tail" : "");
        return -1;
    }
    unlink(path);
    return 0;
}

#endif
