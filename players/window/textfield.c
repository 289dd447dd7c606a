/* textfield.c — editing a UTF-8 text box: insert, delete and move by whole characters. */
#include <string.h>

#include "casewalk.h"
#include "textfield.h"

/* Length of the valid UTF-8 sequence at s (at most avail bytes), or 0 when it is not valid. */
static int utf8_sequence_length(const unsigned char *s, int avail)
{
    unsigned long cp;
    return avail > 0 ? cw_utf8_decode((const char *)s, (size_t)avail, &cp) : 0;
}

void textfield_init(textfield *field, int limit)
{
    memset(field, 0, sizeof *field);
    field->limit = (limit > 0 && limit < TEXTFIELD_CAPACITY) ? limit : TEXTFIELD_CAPACITY - 1;
}

void textfield_clear(textfield *field)
{
    field->text[0] = '\0';
    field->len = 0;
    field->cursor = 0;
}

int textfield_insert(textfield *field, const char *text)
{
    const unsigned char *in = (const unsigned char *)text;
    int avail = (int)strlen(text);
    int changed = 0;
    while (avail > 0) {
        int n = utf8_sequence_length(in, avail);
        if (n == 0) { /* not UTF-8: skip one byte */
            in++, avail--;
            continue;
        }
        char piece[4];
        memcpy(piece, in, (size_t)n);
        in += n, avail -= n;
        if (n == 1 && (piece[0] == '\n' || piece[0] == '\r' || piece[0] == '\t'))
            piece[0] = ' ';
        else if (n == 1 && ((unsigned char)piece[0] < 0x20 || piece[0] == 0x7F))
            continue;
        else if (n == 2 && (unsigned char)piece[0] == 0xC2 && (unsigned char)piece[1] < 0xA0)
            continue; /* C1 controls (U+0080..U+009F): a record's pseudonym may not hold them */
        if (field->len + n > field->limit)
            break;
        memmove(field->text + field->cursor + n, field->text + field->cursor,
                (size_t)(field->len - field->cursor));
        memcpy(field->text + field->cursor, piece, (size_t)n);
        field->len += n;
        field->cursor += n;
        field->text[field->len] = '\0';
        changed = 1;
    }
    return changed;
}

static int previous_boundary(const textfield *field, int at)
{
    if (at <= 0)
        return 0;
    at--;
    while (at > 0 && ((unsigned char)field->text[at] & 0xC0) == 0x80)
        at--;
    return at;
}

static int next_boundary(const textfield *field, int at)
{
    if (at >= field->len)
        return field->len;
    at++;
    while (at < field->len && ((unsigned char)field->text[at] & 0xC0) == 0x80)
        at++;
    return at;
}

static void remove_range(textfield *field, int from, int to)
{
    memmove(field->text + from, field->text + to, (size_t)(field->len - to) + 1);
    field->len -= to - from;
}

int textfield_backspace(textfield *field)
{
    if (field->cursor == 0)
        return 0;
    int from = previous_boundary(field, field->cursor);
    remove_range(field, from, field->cursor);
    field->cursor = from;
    return 1;
}

int textfield_delete(textfield *field)
{
    if (field->cursor >= field->len)
        return 0;
    remove_range(field, field->cursor, next_boundary(field, field->cursor));
    return 1;
}

int textfield_left(textfield *field)
{
    int at = previous_boundary(field, field->cursor);
    int moved = at != field->cursor;
    field->cursor = at;
    return moved;
}

int textfield_right(textfield *field)
{
    int at = next_boundary(field, field->cursor);
    int moved = at != field->cursor;
    field->cursor = at;
    return moved;
}

int textfield_home(textfield *field)
{
    int moved = field->cursor != 0;
    field->cursor = 0;
    return moved;
}

int textfield_end(textfield *field)
{
    int moved = field->cursor != field->len;
    field->cursor = field->len;
    return moved;
}

void textfield_trimmed(const textfield *field, char *out, int out_size)
{
    int from = 0, to = field->len;
    while (from < to && field->text[from] == ' ')
        from++;
    while (to > from && field->text[to - 1] == ' ')
        to--;
    int n = to - from;
    if (n > out_size - 1)
        n = out_size - 1;
    if (n < 0)
        n = 0;
    memcpy(out, field->text + from, (size_t)n);
    out[n] = '\0';
}
