/* record_rules.c — what a record line may hold; used by the writer before writing and by the
 * reader after reading, so the two cannot drift apart. */
#include "record_rules.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casewalk.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static int has_bytes(const char *s, size_t n, const char *what, size_t what_len)
{
    for (const char *p = s, *end = s + n; (size_t)(end - p) >= what_len && (p = memchr(p, what[0], (size_t)(end - p)));
         p++)
        if ((size_t)(end - p) >= what_len && memcmp(p, what, what_len) == 0)
            return 1;
    return 0;
}

/* Nesting depth of brackets outside strings, and whether an escaped NUL appears. Most lines
 * have neither many brackets nor an escaped NUL anywhere: record_line_problem walks only the
 * others. */
static const char *walk_structure(const char *s, size_t n)
{
    int depth = 0, in_string = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_string) {
            if (c == '\\' && i + 1 < n) {
                if (s[i + 1] == 'u' && i + 5 < n && strncmp(s + i + 2, "0000", 4) == 0)
                    return "a string holds \\u0000";
                i++;
            } else if (c == '"') {
                in_string = 0;
            }
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '{' || c == '[') {
            if (++depth > RECORD_MAX_DEPTH)
                return "nested too deeply";
        } else if (c == '}' || c == ']') {
            depth--;
        }
    }
    return NULL;
}

/* 0x80 in each byte of w that is zero, and only there. */
static uint64_t zero_bytes(uint64_t w)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
    return ~(((w & low7) + low7) | w | low7);
}

/* How many bytes a zero_bytes mask marks: its 0x80 bits brought down to 1 per byte, summed by
 * the multiply into the top byte. */
static int marked(uint64_t mask)
{
    return (int)(((mask >> 7) * 0x0101010101010101ULL) >> 56);
}

#define EVERY_BYTE(c) (0x0101010101010101ULL * (unsigned char)(c))

/* One pass over the line, eight ASCII bytes at a time where it can (record lines are nearly all
 * ASCII): NUL bytes, UTF-8, and what walk_structure needs to know whether to walk the line at
 * all (how many opening brackets, whether a backslash). The problems come in the same order as
 * checked one by one: a NUL byte first, then UTF-8, then the structure. */
const char *record_line_problem(const char *line, size_t len)
{
    if (len > RECORD_MAX_LINE_BYTES)
        return "line longer than 1 MiB";
    const unsigned char *s = (const unsigned char *)line;
    size_t i = 0;
    int openings = 0;
    uint64_t backslashes = 0;
    while (i < len) {
#if defined(__SSE2__) /* every x86-64: sixteen bytes at a time, the same tests as below */
        __m128i v;
        if (i + 16 <= len && (v = _mm_loadu_si128((const __m128i *)(const void *)(s + i)), _mm_movemask_epi8(v) == 0)) {
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))
                return "line holds a NUL byte";
            unsigned open = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('{')), _mm_cmpeq_epi8(v, _mm_set1_epi8('['))));
            for (; open; open &= open - 1)
                openings++;
            backslashes |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
            i += 16;
            continue;
        }
#endif
        uint64_t w;
        if (i + 8 <= len && (memcpy(&w, s + i, 8), (w & EVERY_BYTE(0x80)) == 0)) {
            if (zero_bytes(w))
                return "line holds a NUL byte";
            uint64_t open = zero_bytes(w ^ EVERY_BYTE('{')) | zero_bytes(w ^ EVERY_BYTE('['));
            openings += open ? marked(open) : 0;
            backslashes |= zero_bytes(w ^ EVERY_BYTE('\\'));
            i += 8;
        } else if (s[i] < 0x80) {
            if (s[i] == 0)
                return "line holds a NUL byte";
            openings += s[i] == '{' || s[i] == '[';
            backslashes |= s[i] == '\\';
            i++;
        } else {
            unsigned long cp;
            int n = cw_utf8_decode(line + i, len - i, &cp);
            if (n == 0)
                return memchr(line + i, '\0', len - i) ? "line holds a NUL byte" : "line is not valid UTF-8";
            i += (size_t)n;
        }
    }
    if (openings <= RECORD_MAX_DEPTH && (!backslashes || !has_bytes(line, len, "\\u0000", 6)))
        return NULL;
    return walk_structure(line, len);
}

/* ---- the parsed line ------------------------------------------------------------------------ */

static int by_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static uint32_t key_hash(const char *key)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

#define SMALL_OBJECT_KEYS 64

/* A key twice in one object. Small objects (nearly all of them) compare a hash of each key with
 * the others' on the stack, and the texts only when two hashes agree; sorting the keys keeps a
 * line of 100,000 keys fast. */
static const char *duplicate_key(const cJSON *object)
{
    size_t n = 0;
    for (const cJSON *a = object->child; a; a = a->next)
        n++;
    if (n <= SMALL_OBJECT_KEYS) {
        uint32_t hashes[SMALL_OBJECT_KEYS];
        const char *names[SMALL_OBJECT_KEYS];
        uint64_t seen = 0; /* a bit per hash value modulo 64: most keys meet none before them */
        size_t k = 0;
        for (const cJSON *a = object->child; a; a = a->next) {
            if (!a->string)
                continue;
            uint32_t h = key_hash(a->string);
            uint64_t bit = 1ULL << ((h ^ (h >> 16)) & 63);
            for (size_t i = 0; (seen & bit) && i < k; i++)
                if (hashes[i] == h && strcmp(names[i], a->string) == 0)
                    return "a key appears twice";
            seen |= bit;
            hashes[k] = h;
            names[k++] = a->string;
        }
        return NULL;
    }
    const char **keys = malloc(n * sizeof *keys);
    if (!keys)
        return "out of memory checking the keys";
    size_t k = 0;
    for (const cJSON *a = object->child; a; a = a->next)
        if (a->string)
            keys[k++] = a->string;
    qsort(keys, k, sizeof *keys, by_key);
    const char *why = NULL;
    for (size_t i = 1; i < k && !why; i++)
        if (strcmp(keys[i - 1], keys[i]) == 0)
            why = "a key appears twice";
    free(keys);
    return why;
}

/* Non-finite numbers and duplicate keys, anywhere in the tree. Keys and texts need no second
 * UTF-8 check: the line's text passed record_line_problem, and cJSON decodes escaped characters
 * only to valid UTF-8 (it refuses a lone surrogate). */
static int check_values(const cJSON *item, const char *field, char *why, size_t why_size)
{
    int type = item->type & 0xFF; /* as cJSON_IsNumber and cJSON_IsObject test it, without a call per item */
    if (type == cJSON_Number && !isfinite(item->valuedouble)) {
        snprintf(why, why_size, "a number in \"%s\" is not finite", field);
        return -1;
    }
    const char *dup = type == cJSON_Object ? duplicate_key(item) : NULL;
    if (dup) {
        snprintf(why, why_size, "%s", dup);
        return -1;
    }
    for (const cJSON *child = item->child; child; child = child->next)
        if (check_values(child, field, why, why_size) != 0)
            return -1;
    return 0;
}

static const char *const list_fields[] = {"shown", "recommended", "clauses", "flags", "missing",
                                          "tags",  "votes",       "confidential"};

#define N_LIST_FIELDS (sizeof list_fields / sizeof *list_fields)

/* ---- a room's fields (docs/record-format.md, "Room participants") --------------------------- */

typedef struct room_fields {
    const cJSON *type, *workshop, *discipline, *room, *first_chosen, *first_votes, *changed;
} room_fields;

/* What a key of the line is to check_fields: its length first, then its bytes, so that a key
 * with no rule of its own costs one strlen and a compare or two (this runs for every key of
 * every line read). */
enum { KEY_OTHER, KEY_TIME, KEY_TRAINEE, KEY_SEED, KEY_ROOM_FIELD, KEY_LIST };

#define KEY_IS(key, text) (memcmp(key, text, sizeof text) == 0)

static int key_kind(const char *key, room_fields *f, const cJSON *field, size_t *list)
{
    const cJSON **slot = NULL;
    size_t n = strlen(key), l = N_LIST_FIELDS;
    switch (n) {
    case 4:
        if (KEY_IS(key, "time"))
            return KEY_TIME;
        if (KEY_IS(key, "seed"))
            return KEY_SEED;
        slot = KEY_IS(key, "type") ? &f->type : KEY_IS(key, "room") ? &f->room : NULL;
        l = KEY_IS(key, "tags") ? 5 : l;
        break;
    case 5:
        l = KEY_IS(key, "shown") ? 0 : KEY_IS(key, "flags") ? 3 : KEY_IS(key, "votes") ? 6 : l;
        break;
    case 7:
        if (KEY_IS(key, "trainee"))
            return KEY_TRAINEE;
        slot = KEY_IS(key, "changed") ? &f->changed : NULL;
        l = KEY_IS(key, "clauses") ? 2 : KEY_IS(key, "missing") ? 4 : l;
        break;
    case 8:
        slot = KEY_IS(key, "workshop") ? &f->workshop : NULL;
        break;
    case 10:
        slot = KEY_IS(key, "discipline") ? &f->discipline : NULL;
        break;
    case 11:
        slot = KEY_IS(key, "first_votes") ? &f->first_votes : NULL;
        l = KEY_IS(key, "recommended") ? 1 : l;
        break;
    case 12:
        slot = KEY_IS(key, "first_chosen") ? &f->first_chosen : NULL;
        l = KEY_IS(key, "confidential") ? 7 : l;
        break;
    default:
        break;
    }
    if (slot) {
        *slot = field;
        return KEY_ROOM_FIELD;
    }
    *list = l;
    return l < N_LIST_FIELDS ? KEY_LIST : KEY_OTHER;
}

/* An id among the ids shown (when the line lists them). */
static int shown_id(const cJSON *item, const cJSON *shown)
{
    if (!cJSON_IsString(item) || !record_is_id(item->valuestring))
        return 0;
    if (!cJSON_IsArray(shown))
        return 1;
    for (const cJSON *id = shown->child; id; id = id->next)
        if (cJSON_IsString(id) && strcmp(id->valuestring, item->valuestring) == 0)
            return 1;
    return 0;
}

static int whole_count(const cJSON *item)
{
    return cJSON_IsNumber(item) && item->valuedouble >= 0 && item->valuedouble <= 1e9 &&
           item->valuedouble == (double)(long)item->valuedouble;
}

/* {"cps":[4,1,0],...}: per role id, a count per choice shown. */
static const char *counts_problem(const cJSON *votes, const cJSON *shown)
{
    if (!cJSON_IsObject(votes))
        return "\"first_votes\" is not an object of counts per role";
    if (cJSON_GetArraySize(votes) > RECORD_MAX_LIST_ITEMS)
        return "\"first_votes\" names more than 64 roles";
    for (const cJSON *role = votes->child; role; role = role->next) {
        if (!record_is_id(role->string) || !cJSON_IsArray(role) || cJSON_GetArraySize(role) > RECORD_MAX_LIST_ITEMS ||
            (cJSON_IsArray(shown) && cJSON_GetArraySize(role) != cJSON_GetArraySize(shown)))
            return "\"first_votes\" holds a role that is not an id with a count per choice shown";
        for (const cJSON *n = role->child; n; n = n->next)
            if (!whole_count(n))
                return "\"first_votes\" holds a count that is not a whole number from 0";
    }
    return NULL;
}

static const char *room_problem(const room_fields *f, const cJSON *shown)
{
    const char *type = cJSON_IsString(f->type) ? f->type->valuestring : "";
    if (f->workshop && !(cJSON_IsString(f->workshop) && record_is_uuid(f->workshop->valuestring)))
        return "\"workshop\" is not a session UUID";
    if (f->discipline && !(cJSON_IsString(f->discipline) && record_is_id(f->discipline->valuestring)))
        return "\"discipline\" is not a role id";
    if (strcmp(type, "followed") == 0 && !f->room)
        return "a \"followed\" line does not say what the room chose (\"room\")";
    if (f->room) {
        int is_list = cJSON_IsArray(f->room);
        if ((strcmp(type, "decision") == 0 && is_list) || (strcmp(type, "draft") == 0 && !is_list))
            return "\"room\" is a choice id on a decision line and a list of clause ids on a draft line";
        if (is_list && cJSON_GetArraySize(f->room) > RECORD_MAX_LIST_ITEMS)
            return "\"room\" holds more than 64 clauses";
        if (is_list) {
            for (const cJSON *id = f->room->child; id; id = id->next)
                if (!shown_id(id, shown))
                    return "\"room\" names a clause that is not among those shown";
        } else if (!shown_id(f->room, shown)) {
            return "\"room\" is not the id of a choice shown";
        }
    }
    if (f->first_chosen && !shown_id(f->first_chosen, shown))
        return "\"first_chosen\" is not the id of a choice shown";
    const char *problem = f->first_votes ? counts_problem(f->first_votes, shown) : NULL;
    if (problem)
        return problem;
    if (f->changed) {
        if (!cJSON_IsObject(f->changed) || cJSON_GetArraySize(f->changed) > RECORD_MAX_LIST_ITEMS)
            return "\"changed\" is not an object of counts per role";
        for (const cJSON *role = f->changed->child; role; role = role->next)
            if (!record_is_id(role->string) || !whole_count(role))
                return "\"changed\" holds a role that is not an id with a whole number from 0";
    }
    return NULL;
}

/* The fields with rules of their own, wherever they appear at the top of a line: found in one
 * pass over the line's keys (no key is there twice: that was checked before). */
static int check_fields(const cJSON *line, char *why, size_t why_size)
{
    const cJSON *time = NULL, *trainee = NULL, *seed = NULL, *lists[N_LIST_FIELDS] = {NULL};
    room_fields room = {0};
    int any_room = 0;
    for (const cJSON *field = line->child; field; field = field->next) {
        size_t list = N_LIST_FIELDS;
        switch (field->string ? key_kind(field->string, &room, field, &list) : KEY_OTHER) {
        case KEY_TIME: time = field; break;
        case KEY_TRAINEE: trainee = field; break;
        case KEY_SEED: seed = field; break;
        case KEY_ROOM_FIELD: any_room |= field != room.type; break;
        case KEY_LIST: lists[list] = field; break;
        default: break;
        }
    }
    if (time && !(cJSON_IsString(time) && record_time_valid(time->valuestring))) {
        snprintf(why, why_size, "\"time\" is not a UTC time such as 2026-11-22T08:20:54.123Z");
        return -1;
    }
    if (trainee) {
        const char *problem = cJSON_IsString(trainee) ? record_pseudonym_problem(trainee->valuestring)
                                                      : "the trainee is not text";
        if (problem) {
            snprintf(why, why_size, "%s", problem);
            return -1;
        }
    }
    uint64_t ignored;
    if (seed && !(cJSON_IsString(seed) && record_seed_parse(seed->valuestring, &ignored) == 0)) {
        snprintf(why, why_size, "\"seed\" is not a decimal number from 0 to 18446744073709551615");
        return -1;
    }
    for (size_t i = 0; i < N_LIST_FIELDS; i++) {
        const cJSON *list = lists[i];
        if (list && cJSON_GetArraySize(list) > RECORD_MAX_LIST_ITEMS) {
            snprintf(why, why_size, "\"%s\" holds %d items; a record line holds at most %d", list_fields[i],
                     cJSON_GetArraySize(list), RECORD_MAX_LIST_ITEMS);
            return -1;
        }
    }
    any_room |= cJSON_IsString(room.type) && strcmp(room.type->valuestring, "followed") == 0;
    const char *problem = any_room ? room_problem(&room, lists[0]) : NULL;
    if (problem) {
        snprintf(why, why_size, "%s", problem);
        return -1;
    }
    return 0;
}

int record_json_problem(const cJSON *line, char *why, size_t why_size)
{
    if (!cJSON_IsObject(line)) {
        snprintf(why, why_size, "not a JSON object");
        return -1;
    }
    const char *dup = duplicate_key(line);
    if (dup) {
        snprintf(why, why_size, "%s", dup);
        return -1;
    }
    for (const cJSON *field = line->child; field; field = field->next)
        if (check_values(field, field->string ? field->string : "?", why, why_size) != 0)
            return -1;
    return check_fields(line, why, why_size);
}

/* ---- single fields -------------------------------------------------------------------------- */

const char *record_pseudonym_problem(const char *pseudonym)
{
    size_t n = strlen(pseudonym);
    if (n == 0)
        return "the trainee pseudonym is empty";
    if (n > RECORD_MAX_PSEUDONYM_BYTES)
        return "the trainee pseudonym is longer than 64 bytes";
    if (!cw_utf8_valid(pseudonym, n))
        return "the trainee pseudonym is not valid UTF-8 text; is the terminal set to UTF-8?";
    if (strchr(pseudonym, '@'))
        return "the trainee id looks like an e-mail address; use a pseudonym instead";
    for (const unsigned char *p = (const unsigned char *)pseudonym; *p; p++)
        /* C0 controls, DEL, and C1 controls (U+0080..U+009F, encoded C2 80..C2 9F) */
        if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
            return "the trainee pseudonym holds a control character";
    return NULL;
}

int record_seed_parse(const char *text, uint64_t *seed)
{
    if (!text || !isdigit((unsigned char)text[0]) || strlen(text) > 20)
        return -1;
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || *end)
        return -1;
    *seed = (uint64_t)v;
    return 0;
}

static int digits(const char *s, int n, int *out)
{
    *out = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        *out = *out * 10 + (s[i] - '0');
    }
    return 0;
}

int record_time_valid(const char *s)
{
    static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year, month, day, hour, minute, second;
    if (!s || strlen(s) < 20 || digits(s, 4, &year) || s[4] != '-' || digits(s + 5, 2, &month) ||
        s[7] != '-' || digits(s + 8, 2, &day) || s[10] != 'T' || digits(s + 11, 2, &hour) || s[13] != ':' ||
        digits(s + 14, 2, &minute) || s[16] != ':' || digits(s + 17, 2, &second))
        return 0;
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1970 || month < 1 || month > 12 || day < 1 || day > month_days[month - 1] ||
        (month == 2 && day == 29 && !leap) || hour > 23 || minute > 59 || second > 59)
        return 0;
    const char *p = s + 19;
    if (*p == '.') {
        int n = 0;
        for (p++; isdigit((unsigned char)*p); p++)
            n++;
        if (n < 1 || n > 9)
            return 0;
    }
    return p[0] == 'Z' && p[1] == '\0';
}

int record_is_id(const char *s)
{
    if (!s || !*s || strlen(s) > RECORD_MAX_ID_BYTES)
        return 0;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_')
            return 0;
    return 1;
}

int record_is_uuid(const char *s)
{
    if (!s || strlen(s) != 36)
        return 0;
    for (int i = 0; i < 36; i++)
        if ((i == 8 || i == 13 || i == 18 || i == 23) ? s[i] != '-' : !isxdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* ---- for the players ------------------------------------------------------------------------ */

const char *cw_pseudonym_problem(const char *pseudonym)
{
    return record_pseudonym_problem(pseudonym);
}

const char *cw_typed_text_problem(const char *text)
{
    size_t n = strlen(text);
    if (n > CW_MAX_TYPED_BYTES)
        return "longer than 4000 bytes";
    if (!cw_utf8_valid(text, n))
        return "not valid UTF-8 text; is the terminal set to UTF-8?";
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7F)
            return "holds a control character";
    return NULL;
}

const char *record_session_problem(const cJSON *line, long long schema, const char *session)
{
    return schema < 2 ? NULL
                      : record_session_item_problem(cJSON_GetObjectItemCaseSensitive(line, "session"), schema, session);
}

const char *record_session_item_problem(const cJSON *named, long long schema, const char *session)
{
    if (schema < 2)
        return NULL;
    if (!cJSON_IsString(named))
        return "the line has no \"session\" (schema 2 names the session on every line)";
    if (strcmp(named->valuestring, session) != 0)
        return "the line's \"session\" is not the header's";
    return NULL;
}
