/* read_copies.c — one session collected more than once (the same file copied twice, or a
 * mid-session copy beside the finished file) is counted once. Sessions are told apart by the
 * session id in their header. A first pass notes how many files hold each session id; in the
 * second, a session held by one file is used at once, and of several copies only the most
 * complete is kept (finished first, then the most decisions, then the most lines, then one
 * without a torn line, then the first by path) to be used after the pass; the others are listed
 * as duplicates.
 *
 * Memory: a 24-byte slot per distinct session id (an open-addressing table at most half full),
 * and a path only for sessions found in several files. */
#include <stdlib.h>
#include <string.h>

#include "record_read.h"
#include "casewalk_report.h"

enum { SLOT_EMPTY, SLOT_NOTED, SLOT_USED, SLOT_HELD };

typedef struct copy_slot {
    unsigned char key[16]; /* the session id's 128 bits */
    uint16_t copies;       /* files noted in the first pass (saturating) */
    uint8_t state;
    int held;              /* SLOT_HELD: index into held */
} copy_slot;

typedef struct copy_held {
    char *path;
    char session_id[37];
    int finished, decisions, events, torn;
} copy_held;

typedef struct copy_duplicate {
    char *path;
    char session_id[37];
    int held; /* the copy kept instead: index into held, or -1 when it was used at once */
} copy_duplicate;

struct cw_report_copies {
    copy_slot *slots;
    size_t n_slots, used_slots;
    copy_held *held;
    int n_held, cap_held;
    int *order;   /* held, by path: made by the first cw_report_copies_next_held */
    int next;
    copy_duplicate listed[CW_REPORT_SET_ASIDE_LISTED];
    int n_listed;
    long total;
    cw_report_duplicate *view;
    int failed; /* a session id could not be noted */
    int by_person; /* a trainee's tries at the case count once, as copies of one session do */
};

static int uuid_key(const char *id, unsigned char key[16]);

void cw_report_copies_by_person(cw_report_copies *c)
{
    c->by_person = 1;
}

/* The key a session is counted under: the trainee and role when counting people (a room's
 * record, and "anonymous", which cannot be told apart, keep their session id), else the session
 * id. 0 when there is none. */
static int session_key(const cw_report_copies *c, const char *session_id, const char *trainee,
                       const char *role, int group, unsigned char key[16])
{
    if (!c->by_person || group || !trainee || !role || !*trainee || strcmp(trainee, "anonymous") == 0)
        return uuid_key(session_id, key);
    uint64_t h[2] = {1469598103934665603ULL, 0x9e3779b97f4a7c15ULL};
    for (int k = 0; k < 2; k++) {
        for (const unsigned char *p = (const unsigned char *)trainee; *p; p++)
            h[k] = (h[k] ^ *p) * 1099511628211ULL;
        h[k] = (h[k] ^ 0xff) * 1099511628211ULL; /* between the two: "ab"+"c" is not "a"+"bc" */
        for (const unsigned char *p = (const unsigned char *)role; *p; p++)
            h[k] = (h[k] ^ *p) * 1099511628211ULL;
        h[k] ^= h[k] >> 29;
    }
    memcpy(key, h, 16);
    return 1;
}

cw_report_copies *cw_report_copies_new(void)
{
    return calloc(1, sizeof(cw_report_copies));
}

void cw_report_copies_free(cw_report_copies *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->n_held; i++)
        free(c->held[i].path);
    for (int i = 0; i < c->n_listed; i++)
        free(c->listed[i].path);
    free(c->held);
    free(c->order);
    free(c->view);
    free(c->slots);
    free(c);
}

static int hex_value(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* The 16 bytes of a UUID "8-4-4-4-12"; 0 when id is not one. */
static int uuid_key(const char *id, unsigned char key[16])
{
    if (!id || strlen(id) != 36)
        return 0;
    int n = 0;
    for (int i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (id[i] != '-')
                return 0;
            continue;
        }
        int v = hex_value(id[i]);
        if (v < 0)
            return 0;
        if (n % 2 == 0)
            key[n / 2] = (unsigned char)(v << 4);
        else
            key[n / 2] |= (unsigned char)v;
        n++;
    }
    return 1;
}

/* A well-mixed hash of the key: ids need not be random (version 8 UUIDs are derived). */
static uint64_t key_hash(const unsigned char key[16])
{
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < 16; i++)
        h = (h ^ key[i]) * 1099511628211ULL;
    h ^= h >> 29;
    return h;
}

static int grow(cw_report_copies *c)
{
    size_t n = c->n_slots ? c->n_slots * 2 : 1024;
    copy_slot *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < c->n_slots; i++) {
        if (c->slots[i].state == SLOT_EMPTY)
            continue;
        size_t k = key_hash(c->slots[i].key) & (n - 1);
        while (slots[k].state != SLOT_EMPTY)
            k = (k + 1) & (n - 1);
        slots[k] = c->slots[i];
    }
    free(c->slots);
    c->slots = slots;
    c->n_slots = n;
    return 0;
}

/* The slot of key, made (as noted, no copies yet) when it is new; NULL when out of memory. */
static copy_slot *slot_for(cw_report_copies *c, const unsigned char key[16])
{
    if ((c->used_slots + 1) * 2 > c->n_slots && grow(c) != 0) {
        c->failed = 1;
        return NULL;
    }
    size_t k = key_hash(key) & (c->n_slots - 1);
    while (c->slots[k].state != SLOT_EMPTY) {
        if (memcmp(c->slots[k].key, key, 16) == 0)
            return &c->slots[k];
        k = (k + 1) & (c->n_slots - 1);
    }
    copy_slot *s = &c->slots[k];
    memcpy(s->key, key, 16);
    s->state = SLOT_NOTED;
    s->held = -1;
    c->used_slots++;
    return s;
}

void cw_report_copies_note(cw_report_copies *c, const char *session_id)
{
    cw_report_copies_note_person(c, session_id, NULL, NULL, 1);
}

int cw_report_copies_note_person(cw_report_copies *c, const char *session_id, const char *trainee,
                                 const char *role, int group)
{
    unsigned char key[16];
    if (!session_key(c, session_id, trainee, role, group, key))
        return 0; /* not a session id: the record is refused when read */
    copy_slot *s = slot_for(c, key);
    if (s && s->copies < UINT16_MAX)
        s->copies++;
    return s ? s->copies : 0;
}

void cw_report_copies_restart(cw_report_copies *c)
{
    for (size_t i = 0; i < c->n_slots; i++)
        if (c->slots[i].state != SLOT_EMPTY) {
            c->slots[i].state = SLOT_NOTED;
            c->slots[i].held = -1;
        }
    for (int i = 0; i < c->n_held; i++)
        free(c->held[i].path);
    for (int i = 0; i < c->n_listed; i++)
        free(c->listed[i].path);
    free(c->order);
    c->order = NULL;
    c->n_held = c->n_listed = c->next = 0;
    c->total = 0;
}

static int note_header(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    (void)line_no;
    cw_report_copies_note_person(ud, record_string(line, "session"), record_string(line, "trainee"),
                                 record_string(line, "role"),
                                 cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(line, "group")) ||
                                     cJSON_GetObjectItemCaseSensitive(line, "workshop"));
    (void)err;
    return 0;
}

void cw_report_copies_scan(cw_report_copies *c, const char *path)
{
    cw_error err;
    record_read_header(path, note_header, c, &err);
}

/* Lists path as a duplicate, keeping the CW_REPORT_SET_ASIDE_LISTED smallest paths. */
static void list_duplicate(cw_report_copies *c, const char *path, const char *session_id, int held)
{
    c->total++;
    int slot = c->n_listed;
    if (slot == CW_REPORT_SET_ASIDE_LISTED) {
        slot = 0;
        for (int i = 1; i < c->n_listed; i++)
            if (strcmp(c->listed[i].path, c->listed[slot].path) > 0)
                slot = i;
        if (strcmp(path, c->listed[slot].path) >= 0)
            return;
        free(c->listed[slot].path);
    } else {
        c->n_listed++;
    }
    copy_duplicate *d = &c->listed[slot];
    if (!(d->path = strdup(path))) { /* keep the count; drop the listing rather than fail */
        c->listed[slot] = c->listed[--c->n_listed];
        return;
    }
    snprintf(d->session_id, sizeof d->session_id, "%s", session_id);
    d->held = held;
}

/* Whether s is a more complete copy than h. */
static int more_complete(const cw_report_session *s, const copy_held *h)
{
    int finished = s->ending != NULL, torn = s->torn_line != 0;
    if (finished != h->finished)
        return finished;
    if (s->n_decisions != h->decisions)
        return s->n_decisions > h->decisions;
    if (s->n_events != h->events)
        return s->n_events > h->events;
    if (torn != h->torn)
        return !torn;
    return strcmp(s->path, h->path) < 0;
}

static int hold(copy_held *h, const cw_report_session *s)
{
    char *path = strdup(s->path);
    if (!path)
        return -1;
    free(h->path);
    h->path = path;
    snprintf(h->session_id, sizeof h->session_id, "%s", s->session_id);
    h->finished = s->ending != NULL;
    h->decisions = s->n_decisions;
    h->events = s->n_events;
    h->torn = s->torn_line != 0;
    return 0;
}

int cw_report_copies_offer(cw_report_copies *c, const cw_report_session *s)
{
    unsigned char key[16];
    if (c->failed)
        return -1; /* a session id went unnoted: its copies could be counted twice */
    if (!session_key(c, s->session_id, s->trainee, s->role, s->group || s->workshop, key))
        return CW_COPY_USE; /* the reader accepts only UUIDs: nothing to compare */
    copy_slot *slot = slot_for(c, key);
    if (!slot)
        return -1;
    switch (slot->state) {
    case SLOT_USED: /* a copy that was not there in the first pass */
        list_duplicate(c, s->path, s->session_id, -1);
        return CW_COPY_SKIP;
    case SLOT_HELD: {
        copy_held *h = &c->held[slot->held];
        if (!more_complete(s, h)) {
            list_duplicate(c, s->path, s->session_id, slot->held);
            return CW_COPY_SKIP;
        }
        list_duplicate(c, h->path, h->session_id, slot->held);
        return hold(h, s) == 0 ? CW_COPY_HOLD : -1;
    }
    default:
        break;
    }
    if (slot->copies <= 1) {
        slot->state = SLOT_USED;
        return CW_COPY_USE;
    }
    if (c->n_held == c->cap_held) {
        int cap = c->cap_held ? c->cap_held * 2 : 16;
        copy_held *grown = realloc(c->held, sizeof *grown * (size_t)cap);
        if (!grown)
            return -1;
        c->held = grown;
        c->cap_held = cap;
    }
    copy_held *h = &c->held[c->n_held];
    memset(h, 0, sizeof *h);
    if (hold(h, s) != 0)
        return -1;
    slot->state = SLOT_HELD;
    slot->held = c->n_held++;
    return CW_COPY_HOLD;
}

static const copy_held *sort_held;
static int held_by_path(const void *a, const void *b)
{
    return strcmp(sort_held[*(const int *)a].path, sort_held[*(const int *)b].path);
}

const char *cw_report_copies_next_held(cw_report_copies *c)
{
    if (!c->order && c->n_held > 0 && c->next == 0) {
        if (!(c->order = malloc(sizeof *c->order * (size_t)c->n_held)))
            return c->next < c->n_held ? c->held[c->next++].path : NULL; /* unsorted, not lost */
        for (int i = 0; i < c->n_held; i++)
            c->order[i] = i;
        sort_held = c->held;
        qsort(c->order, (size_t)c->n_held, sizeof *c->order, held_by_path);
    }
    if (c->next >= c->n_held)
        return NULL;
    int i = c->next++;
    return c->held[c->order ? c->order[i] : i].path;
}

static int duplicate_by_path(const void *a, const void *b)
{
    return strcmp(((const cw_report_duplicate *)a)->path, ((const cw_report_duplicate *)b)->path);
}

const cw_report_duplicate *cw_report_copies_duplicates(cw_report_copies *c, int *n, long *total)
{
    *n = 0;
    *total = c->total;
    free(c->view);
    c->view = calloc((size_t)c->n_listed + 1, sizeof *c->view);
    if (!c->view)
        return NULL; /* counted, not listed */
    for (int i = 0; i < c->n_listed; i++) {
        const copy_duplicate *d = &c->listed[i];
        c->view[i].path = d->path;
        c->view[i].kept = d->held >= 0 ? c->held[d->held].path : NULL;
        c->view[i].session_id = d->session_id;
        c->view[i].other_try = d->held >= 0 && strcmp(c->held[d->held].session_id, d->session_id) != 0;
    }
    qsort(c->view, (size_t)c->n_listed, sizeof *c->view, duplicate_by_path);
    *n = c->n_listed;
    return c->view;
}

