/* textfield.h — an editable piece of UTF-8 text with a cursor: the pseudonym, reason and own-text boxes. */
#ifndef CW_WINDOW_TEXTFIELD_H
#define CW_WINDOW_TEXTFIELD_H

#define TEXTFIELD_CAPACITY 2048 /* bytes, including the terminating NUL */

typedef struct textfield {
    char text[TEXTFIELD_CAPACITY]; /* always valid UTF-8, NUL-terminated, no control characters */
    int len;                       /* bytes in text */
    int cursor;                    /* byte offset, always at a character boundary */
    int limit;                     /* most bytes this field holds (< TEXTFIELD_CAPACITY) */
    int all_selected;              /* Ctrl+A: the next typing or deletion replaces the whole text */
} textfield;

void textfield_init(textfield *field, int limit);
void textfield_clear(textfield *field);

/* Inserts text at the cursor: invalid UTF-8 is dropped, line breaks and tabs become spaces, other
 * control characters (C0, DEL and C1) are dropped, and only whole characters that fit are kept. Returns 1 if the
 * text changed. */
int textfield_insert(textfield *field, const char *text);

/* Editing and cursor keys; each returns 1 if the text or the cursor changed. */
int textfield_backspace(textfield *field);
int textfield_delete(textfield *field);
int textfield_left(textfield *field);
int textfield_right(textfield *field);
int textfield_home(textfield *field);
int textfield_end(textfield *field);

/* Ctrl+A: selects the whole text (when there is any); a move of the cursor unselects it. */
void textfield_select_all(textfield *field);

/* The text without leading and trailing spaces, copied into out (NUL-terminated). */
void textfield_trimmed(const textfield *field, char *out, int out_size);

#endif
