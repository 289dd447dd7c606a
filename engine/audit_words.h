/* audit_words.h — the words the guessability audit reads in choice and scene texts: a tokenizer,
 * the stop words and absolute words it knows, and a small counting table keyed by word or phrase. */
#ifndef CW_AUDIT_WORDS_H
#define CW_AUDIT_WORDS_H

#include <stddef.h>

#define WORD_MAX 64

/* Calls fn for each word of text, lower-cased (ASCII), in order. A word is a run of letters,
 * digits, inner hyphens and apostrophes, and any non-ASCII UTF-8 letter; longer ones are cut. */
void words_each(const char *text, void (*fn)(void *ud, const char *word), void *ud);

int word_is_stop(const char *word);     /* "the", "and", "her", ... */
int word_is_absolute(const char *word); /* always, never, only, must, immediately, all */

/* Counts per key: two counters (e.g. recommended / other) and a stamp, so that a key met twice
 * in one text counts once. */
typedef struct word_entry {
    char *key;
    int count[2];
    int stamp;
} word_entry;

typedef struct word_table {
    word_entry *slots;
    size_t cap, used;
    int failed; /* an allocation failed: counts are incomplete */
} word_table;

/* The entry for key, added (zeroed) when new; NULL only when memory runs out. */
word_entry *word_table_get(word_table *t, const char *key);
const word_entry *word_table_find(const word_table *t, const char *key);
void word_table_free(word_table *t);

#endif
