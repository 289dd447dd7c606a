/* words.c — the word texture cache: an open-addressing hash table keyed by (font id, bytes). */
#include <stdlib.h>
#include <string.h>

#include "words.h"

#define WORDS_INITIAL 1024
#define WORDS_MAX 16384 /* beyond this, words not drawn in the last frames are dropped */
#define WORDS_KEEP_FRAMES 4

static Uint32 hash_word(int font_id, const char *s, int len)
{
    Uint32 h = 2166136261u ^ (Uint32)font_id;
    for (int i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

int words_init(words *w, SDL_Renderer *renderer)
{
    memset(w, 0, sizeof *w);
    w->renderer = renderer;
    w->slots = calloc(WORDS_INITIAL, sizeof *w->slots);
    if (!w->slots)
        return -1;
    w->capacity = WORDS_INITIAL;
    return 0;
}

static void drop_entry(word_entry *e)
{
    if (e->texture)
        SDL_DestroyTexture(e->texture);
    free(e->bytes);
    memset(e, 0, sizeof *e);
}

void words_clear(words *w)
{
    for (int i = 0; i < w->capacity; i++)
        if (w->slots[i].bytes)
            drop_entry(&w->slots[i]);
    w->count = 0;
}

void words_free(words *w)
{
    if (w->slots)
        words_clear(w);
    free(w->slots);
    w->slots = NULL;
    w->capacity = 0;
}

void words_next_frame(words *w)
{
    w->frame++;
}

/* Moves every kept entry into a table of the given capacity; drops the rest. */
static int rebuild(words *w, int capacity, int keep_recent_only)
{
    word_entry *slots = calloc((size_t)capacity, sizeof *slots);
    if (!slots)
        return -1;
    int count = 0;
    for (int i = 0; i < w->capacity; i++) {
        word_entry *e = &w->slots[i];
        if (!e->bytes)
            continue;
        if (keep_recent_only && w->frame - e->last_frame > WORDS_KEEP_FRAMES) {
            drop_entry(e);
            continue;
        }
        int at = (int)(e->hash & (Uint32)(capacity - 1));
        while (slots[at].bytes)
            at = (at + 1) & (capacity - 1);
        slots[at] = *e;
        count++;
    }
    free(w->slots);
    w->slots = slots;
    w->capacity = capacity;
    w->count = count;
    return 0;
}

/* Finds the entry for (font, word), adding it (measured, no texture yet) when missing. */
static word_entry *lookup(words *w, const font *f, const char *s, int len)
{
    Uint32 h = hash_word(f->id, s, len);
    int mask = w->capacity - 1;
    for (int at = (int)(h & (Uint32)mask);; at = (at + 1) & mask) {
        word_entry *e = &w->slots[at];
        if (!e->bytes)
            break;
        if (e->hash == h && e->font_id == f->id && e->len == len && memcmp(e->bytes, s, (size_t)len) == 0)
            return e;
    }
    if ((w->count + 1) * 2 > w->capacity) {
        int grow = w->capacity < WORDS_MAX ? w->capacity * 2 : w->capacity;
        if (rebuild(w, grow, grow == w->capacity) != 0)
            return NULL;
        if ((w->count + 1) * 2 > w->capacity && rebuild(w, w->capacity * 2, 0) != 0)
            return NULL;
        mask = w->capacity - 1;
    }
    int at = (int)(h & (Uint32)mask);
    while (w->slots[at].bytes)
        at = (at + 1) & mask;
    word_entry *e = &w->slots[at];
    e->bytes = malloc((size_t)len + 1);
    if (!e->bytes)
        return NULL;
    memcpy(e->bytes, s, (size_t)len);
    e->bytes[len] = '\0';
    e->len = len;
    e->font_id = f->id;
    e->hash = h;
    if (TTF_SizeUTF8(f->ttf, e->bytes, &e->width, &e->height) != 0)
        e->width = 0, e->height = f->height;
    w->count++;
    return e;
}

int words_width(words *w, const font *f, const char *s, int len)
{
    if (len <= 0)
        return 0;
    word_entry *e = lookup(w, f, s, len);
    return e ? e->width : words_measure_once(f, s, len);
}

int words_measure_once(const font *f, const char *s, int len)
{
    char buffer[512];
    char *copy = len < (int)sizeof buffer ? buffer : malloc((size_t)len + 1);
    if (!copy)
        return 0;
    memcpy(copy, s, (size_t)len);
    copy[len] = '\0';
    int width = 0, height = 0;
    TTF_SizeUTF8(f->ttf, copy, &width, &height);
    if (copy != buffer)
        free(copy);
    return width;
}

void words_draw(words *w, const font *f, const char *s, int len, int x, int y, SDL_Color color)
{
    if (len <= 0)
        return;
    word_entry *e = lookup(w, f, s, len);
    if (!e)
        return;
    e->last_frame = w->frame;
    if (!e->texture) {
        SDL_Color white = { 255, 255, 255, 255 };
        SDL_Surface *surface = TTF_RenderUTF8_Blended(f->ttf, e->bytes, white);
        if (!surface)
            return;
        e->texture = SDL_CreateTextureFromSurface(w->renderer, surface);
        e->height = surface->h;
        SDL_FreeSurface(surface);
        if (!e->texture)
            return;
        SDL_SetTextureBlendMode(e->texture, SDL_BLENDMODE_BLEND);
        w->textures_made++;
    }
    int tw = 0, th = 0;
    SDL_QueryTexture(e->texture, NULL, NULL, &tw, &th);
    SDL_SetTextureColorMod(e->texture, color.r, color.g, color.b);
    SDL_SetTextureAlphaMod(e->texture, color.a);
    SDL_Rect dst = { x, y, tw, th };
    SDL_RenderCopy(w->renderer, e->texture, NULL, &dst);
}
