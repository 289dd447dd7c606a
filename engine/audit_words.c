/* audit_words.c — tokenizer, stop words, absolute words and the counting table of the audit. */
#include "audit_words.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

void words_each(const char *text, void (*fn)(void *ud, const char *word), void *ud)
{
    const unsigned char *p = (const unsigned char *)(text ? text : "");
    char word[WORD_MAX + 1];
    while (*p) {
        if (!word_byte(*p)) {
            p++;
            continue;
        }
        size_t n = 0;
        /* a hyphen or apostrophe joins two word parts: "three-way", "don't" */
        while (word_byte(*p) || ((*p == '-' || *p == '\'') && word_byte(p[1]))) {
            if (n < WORD_MAX)
                word[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p);
            p++;
        }
        while (n > 0 && ((unsigned char)word[n - 1] & 0xC0) == 0x80 && n == WORD_MAX)
            n--; /* never keep half a UTF-8 character */
        word[n] = '\0';
        fn(ud, word);
    }
}

static int in_list(const char *word, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(word, *list) == 0)
            return 1;
    return 0;
}

int word_is_stop(const char *word)
{
    static const char *const stop[] = {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for",
        "from", "had", "has", "have", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor",
        "not", "now", "of", "off", "on", "once", "one", "or", "other", "our", "out", "over", "own", "same",
        "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yourself", "ms", "mr", "mrs", "s", "t", NULL};
    return in_list(word, stop);
}

int word_is_absolute(const char *word)
{
    static const char *const absolute[] = {"always", "never", "only", "must", "immediately", "all", NULL};
    return in_list(word, absolute);
}

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int grow(word_table *t)
{
    size_t cap = t->cap ? t->cap * 2 : 256;
    word_entry *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key) {
            size_t k = hash(t->slots[i].key) & (cap - 1);
            while (slots[k].key)
                k = (k + 1) & (cap - 1);
            slots[k] = t->slots[i];
        }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return 0;
}

const word_entry *word_table_find(const word_table *t, const char *key)
{
    if (!t->cap)
        return NULL;
    for (size_t k = hash(key) & (t->cap - 1); t->slots[k].key; k = (k + 1) & (t->cap - 1))
        if (strcmp(t->slots[k].key, key) == 0)
            return &t->slots[k];
    return NULL;
}

word_entry *word_table_get(word_table *t, const char *key)
{
    word_entry *found = (word_entry *)word_table_find(t, key);
    if (found)
        return found;
    if ((t->used + 1) * 2 > t->cap && grow(t) != 0) {
        t->failed = 1;
        return NULL;
    }
    size_t k = hash(key) & (t->cap - 1);
    while (t->slots[k].key)
        k = (k + 1) & (t->cap - 1);
    word_entry *e = &t->slots[k];
    if (!(e->key = strdup(key))) {
        t->failed = 1;
        return NULL;
    }
    e->count[0] = e->count[1] = 0;
    e->stamp = -1;
    t->used++;
    return e;
}

void word_table_free(word_table *t)
{
    for (size_t i = 0; i < t->cap; i++)
        free(t->slots[i].key);
    free(t->slots);
    memset(t, 0, sizeof *t);
}
