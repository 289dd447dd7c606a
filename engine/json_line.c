/* json_line.c — record lines parsed into cJSON trees (json_line.h says what is read by which
 * parser). Reports read every line of every record, and cJSON tries "null", "false" and "true"
 * with a call each before every value, asks for the locale at every number and converts each
 * with strtod, and scans every string twice: half of a summary's time. The JSON casewalk writes
 * is a small, regular part of the language; this parser reads that part in one pass, builds the
 * very tree cJSON would, and leaves everything else to cJSON, which stays the authority on what
 * a line is. tests/fuzz/fuzz_json_line.c holds the two to the same answer on any bytes. */
#include "json_line.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json_arena.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_DEPTH 64     /* records are refused past 16 levels before they are parsed */
#define MAX_NUMBER 63    /* cJSON reads at most 63 characters of a number */
#define EXACT_DIGITS 15  /* an integer of up to 15 digits is exact as a double */

typedef struct parser {
    const unsigned char *at, *end;
    int depth;
} parser;

static cJSON *new_item(void)
{
    cJSON *item = json_arena_alloc(sizeof *item);
    if (item)
        memset(item, 0, sizeof *item);
    return item;
}

static void skip_space(parser *p)
{
    while (p->at < p->end && (*p->at == ' ' || *p->at == '\n' || *p->at == '\r' || *p->at == '\t'))
        p->at++;
}

/* The first quote, backslash or control character from s on (end when there is none). */
static const unsigned char *string_stop(const unsigned char *s, const unsigned char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    for (; end - s >= 16; s += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                    _mm_cmpeq_epi8(_mm_min_epu8(v, control), v)); /* v <= 0x1F */
        unsigned mask = (unsigned)_mm_movemask_epi8(stop);
        if (mask)
            return s + __builtin_ctz(mask);
    }
#endif
    for (; s < end; s++)
        if (*s == '"' || *s == '\\' || *s < 0x20)
            return s;
    return end;
}

/* The escape after a backslash as the byte it stands for; 0 for \u and anything else. */
static unsigned char unescaped(unsigned char c)
{
    switch (c) {
    case '"': case '\\': case '/': return c;
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

/* A string whose opening quote is at p->at, as a NUL-terminated copy; NULL to give up. */
static char *parse_text(parser *p)
{
    const unsigned char *start = p->at + 1, *s = start;
    size_t escapes = 0;
    for (;;) {
        s = string_stop(s, p->end);
        if (s == p->end || *s < 0x20)
            return NULL;
        if (*s == '"')
            break;
        if (s + 1 == p->end || !unescaped(s[1]))
            return NULL;
        escapes++;
        s += 2;
    }
    size_t n = (size_t)(s - start) - escapes;
    char *out = json_arena_alloc(n + 1);
    if (!out)
        return NULL;
    if (!escapes) {
        memcpy(out, start, n);
    } else {
        char *o = out;
        for (const unsigned char *q = start; q < s; q++)
            *o++ = (char)(*q == '\\' ? unescaped(*++q) : *q);
    }
    out[n] = '\0';
    p->at = s + 1;
    return out;
}

static int is_digit(const unsigned char *s, const unsigned char *end)
{
    return s < end && *s >= '0' && *s <= '9';
}

/* A number of RFC 8259's form: integers of up to 15 digits are converted here, exactly; others
 * by strtod, as cJSON does (where the locale's decimal point is not '.', strtod stops at the
 * point and the line goes to cJSON, which puts the locale's point in its place). */
static int parse_number(parser *p, cJSON *item)
{
    const unsigned char *s = p->at, *q = s;
    int negative = *q == '-';
    q += negative;
    if (!is_digit(q, p->end))
        return -1;
    uint64_t whole = 0;
    int digits = 0;
    if (*q == '0')
        q++;
    else
        for (; is_digit(q, p->end); q++, digits++)
            whole = digits < EXACT_DIGITS ? whole * 10 + (uint64_t)(*q - '0') : whole;
    int exact = digits <= EXACT_DIGITS;
    if (q < p->end && *q == '.') {
        if (!is_digit(++q, p->end))
            return -1;
        while (is_digit(q, p->end))
            q++;
        exact = 0;
    }
    if (q < p->end && (*q == 'e' || *q == 'E')) {
        q++;
        q += q < p->end && (*q == '+' || *q == '-');
        if (!is_digit(q, p->end))
            return -1;
        while (is_digit(q, p->end))
            q++;
        exact = 0;
    }
    size_t len = (size_t)(q - s);
    if (len > MAX_NUMBER)
        return -1;
    double number;
    if (exact) {
        number = negative ? -(double)whole : (double)whole; /* "-0" is -0.0, as strtod has it */
    } else {
        char text[MAX_NUMBER + 1], *after;
        memcpy(text, s, len);
        text[len] = '\0';
        number = strtod(text, &after);
        if (after != text + len)
            return -1;
    }
    item->type = cJSON_Number;
    item->valuedouble = number;
    item->valueint = number >= INT_MAX ? INT_MAX : number <= (double)INT_MIN ? INT_MIN : (int)number;
    p->at = q;
    return 0;
}

static int parse_value(parser *p, cJSON *item);

/* Links item after last under parent (cJSON keeps the last child in the first one's prev). */
static void link_child(cJSON *parent, cJSON *last, cJSON *item)
{
    if (last) {
        last->next = item;
        item->prev = last;
    } else {
        parent->child = item;
    }
    parent->child->prev = item;
}

/* An array or object whose bracket is at p->at; its items are linked in as they are read, so
 * that deleting the container frees whatever was read when the parser gives up. */
static int parse_container(parser *p, cJSON *item, int is_object)
{
    if (++p->depth > MAX_DEPTH)
        return -1;
    item->type = is_object ? cJSON_Object : cJSON_Array;
    unsigned char close = is_object ? '}' : ']';
    p->at++;
    skip_space(p);
    if (p->at < p->end && *p->at == close) {
        p->at++;
        p->depth--;
        return 0;
    }
    for (cJSON *last = NULL;;) {
        cJSON *child = new_item();
        if (!child)
            return -1;
        link_child(item, last, child);
        last = child;
        if (is_object) {
            if (p->at == p->end || *p->at != '"' || !(child->string = parse_text(p)))
                return -1;
            skip_space(p);
            if (p->at == p->end || *p->at != ':')
                return -1;
            p->at++;
            skip_space(p);
        }
        if (parse_value(p, child) != 0)
            return -1;
        skip_space(p);
        if (p->at == p->end)
            return -1;
        if (*p->at == close)
            break;
        if (*p->at != ',')
            return -1;
        p->at++;
        skip_space(p);
    }
    p->at++;
    p->depth--;
    return 0;
}

static int literal(parser *p, const char *word, size_t n)
{
    if ((size_t)(p->end - p->at) < n || memcmp(p->at, word, n) != 0)
        return -1;
    p->at += n;
    return 0;
}

static int parse_value(parser *p, cJSON *item)
{
    if (p->at == p->end)
        return -1;
    switch (*p->at) {
    case '"':
        item->type = cJSON_String;
        return (item->valuestring = parse_text(p)) ? 0 : -1;
    case '{':
        return parse_container(p, item, 1);
    case '[':
        return parse_container(p, item, 0);
    case 't':
        item->type = cJSON_True;
        item->valueint = 1;
        return literal(p, "true", 4);
    case 'f':
        item->type = cJSON_False;
        return literal(p, "false", 5);
    case 'n':
        item->type = cJSON_NULL;
        return literal(p, "null", 4);
    default:
        return parse_number(p, item);
    }
}

cJSON *json_line_parse_strict(const char *text, size_t len, const char **end)
{
    if (!json_arena_hooks_known() || !text)
        return NULL;
    parser p = {(const unsigned char *)text, (const unsigned char *)text + len, 0};
    skip_space(&p);
    if (p.at == p.end || *p.at != '{')
        return NULL;
    cJSON *root = new_item();
    if (!root)
        return NULL;
    if (parse_container(&p, root, 1) != 0) {
        cJSON_Delete(root);
        return NULL;
    }
    if (end)
        *end = (const char *)p.at;
    return root;
}

cJSON *json_line_parse(const char *text, size_t len, const char **end)
{
    cJSON *root = json_line_parse_strict(text, len, end);
    return root ? root : cJSON_ParseWithLengthOpts(text, len, end, 0);
}
