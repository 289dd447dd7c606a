/* layout.c — greedy line wrapping on word and UTF-8 character boundaries, cached per
 * (text, font, width) so a screen is laid out once per change, not once per frame. */
#include <stdlib.h>
#include <string.h>

#include "layout.h"

typedef struct builder {
    layout *out;
    words *w;
    const font *f;
    int cap_runs, cap_lines;
    int x, y;
    int failed;
} builder;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void start_line(builder *b, int at_byte)
{
    layout *l = b->out;
    if (b->failed)
        return;
    if (l->n_lines == b->cap_lines) {
        int cap = b->cap_lines ? b->cap_lines * 2 : 16;
        layout_line *lines = realloc(l->lines, (size_t)cap * sizeof *lines);
        if (!lines) {
            b->failed = 1;
            return;
        }
        l->lines = lines;
        b->cap_lines = cap;
    }
    if (l->n_lines > 0)
        b->y += b->f->line_height;
    layout_line *line = &l->lines[l->n_lines++];
    line->first_run = l->n_runs;
    line->n_runs = 0;
    line->y = b->y;
    line->start = at_byte;
    b->x = 0;
}

static void add_run(builder *b, int start, int len, int width)
{
    layout *l = b->out;
    if (b->failed)
        return;
    if (l->n_runs == b->cap_runs) {
        int cap = b->cap_runs ? b->cap_runs * 2 : 64;
        layout_run *runs = realloc(l->runs, (size_t)cap * sizeof *runs);
        if (!runs) {
            b->failed = 1;
            return;
        }
        l->runs = runs;
        b->cap_runs = cap;
    }
    layout_line *line = &l->lines[l->n_lines - 1];
    if (line->n_runs > 0)
        b->x += b->f->space;
    l->runs[l->n_runs++] = (layout_run){ start, len, b->x };
    line->n_runs++;
    b->x += width;
    if (b->x > l->width)
        l->width = b->x;
}

/* Bytes of the longest prefix of s[0..len) that fits in avail pixels: at least one character. */
static int fitting_prefix(const font *f, const char *s, int len, int avail)
{
    int *ends = malloc((size_t)len * sizeof *ends); /* end offset of each character */
    int count = 0;
    for (int i = 0; i < len;) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        if (!ends)
            return i;
        ends[count++] = i;
    }
    int lo = 0, hi = count - 1, best = 0;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (words_measure_once(f, s, ends[mid]) <= avail)
            best = mid, lo = mid + 1;
        else
            hi = mid - 1;
    }
    int cut = ends[best];
    free(ends);
    return cut;
}

static void place_word(builder *b, int start, int len)
{
    const char *s = b->out->text + start;
    int max = b->out->max_width;
    int width = words_width(b->w, b->f, s, len);
    layout_line *line = &b->out->lines[b->out->n_lines - 1];
    if (line->n_runs > 0 && b->x + b->f->space + width > max)
        start_line(b, start);
    if (b->failed)
        return;
    while (width > max && len > 0) { /* a word wider than the line: break between characters */
        int cut = fitting_prefix(b->f, s, len, max);
        for (int at = cut - 1; at > cut / 3; at--) /* rather after a / - _ or . (paths, ids) */
            if (s[at] == '/' || s[at] == '-' || s[at] == '_' || s[at] == '.') {
                cut = at + 1;
                break;
            }
        add_run(b, start, cut, words_width(b->w, b->f, s, cut));
        start += cut, s += cut, len -= cut;
        if (len == 0)
            return;
        start_line(b, start);
        width = words_width(b->w, b->f, s, len);
    }
    add_run(b, start, len, width);
}

static void lay_out(builder *b)
{
    const char *t = b->out->text;
    int n = b->out->text_len;
    int i = 0;
    while (i < n && (is_space(t[i]) || t[i] == '\n'))
        i++;
    start_line(b, i);
    while (i < n && !b->failed) {
        if (t[i] == '\n') {
            int j = i + 1, blank = 0;
            while (j < n && (is_space(t[j]) || t[j] == '\n')) {
                if (t[j] == '\n')
                    blank = 1;
                j++;
            }
            if (j >= n)
                break;
            start_line(b, j);
            if (blank)
                b->y += b->f->line_height / 2; /* paragraph gap */
            if (blank && !b->failed)
                b->out->lines[b->out->n_lines - 1].y = b->y;
            i = j;
        } else if (is_space(t[i])) {
            i++;
        } else {
            int start = i;
            while (i < n && !is_space(t[i]) && t[i] != '\n')
                i++;
            place_word(b, start, i - start);
        }
    }
    b->out->height = b->y + b->f->line_height;
}

static void release(layout *l)
{
    free(l->text);
    free(l->runs);
    free(l->lines);
    memset(l, 0, sizeof *l);
}

static Uint32 hash_text(const char *s, int len, int font_id, int width)
{
    Uint32 h = 2166136261u ^ (Uint32)font_id ^ ((Uint32)width << 16);
    for (int i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

const layout *layout_get(layout_cache *cache, words *w, const font *f, const char *text, int max_width)
{
    static layout empty;
    if (!text)
        text = "";
    if (max_width < 1)
        max_width = 1;
    int len = (int)strlen(text);
    Uint32 h = hash_text(text, len, f->id, max_width);
    cache->clock++;
    layout *victim = &cache->entries[0];
    for (int i = 0; i < LAYOUT_CACHE_SIZE; i++) {
        layout *l = &cache->entries[i];
        if (l->text && l->hash == h && l->font_id == f->id && l->max_width == max_width
            && l->text_len == len && memcmp(l->text, text, (size_t)len) == 0) {
            l->last_used = cache->clock;
            return l;
        }
        if (!l->text || (victim->text && l->last_used < victim->last_used))
            victim = l;
    }
    release(victim);
    victim->text = malloc((size_t)len + 1);
    if (!victim->text)
        return &empty;
    memcpy(victim->text, text, (size_t)len + 1);
    victim->text_len = len;
    victim->font = f;
    victim->font_id = f->id;
    victim->max_width = max_width;
    victim->hash = h;
    victim->last_used = cache->clock;
    builder b = { .out = victim, .w = w, .f = f };
    lay_out(&b);
    cache->computed++;
    if (b.failed) {
        release(victim);
        return &empty;
    }
    return victim;
}

void layout_cache_clear(layout_cache *cache)
{
    for (int i = 0; i < LAYOUT_CACHE_SIZE; i++)
        release(&cache->entries[i]);
}

void layout_cursor_position(const layout *l, words *w, int offset, int *x, int *y)
{
    *x = 0;
    *y = 0;
    if (!l->n_lines)
        return;
    int li = 0;
    while (li + 1 < l->n_lines && l->lines[li + 1].start <= offset)
        li++;
    const layout_line *line = &l->lines[li];
    *y = line->y;
    for (int r = line->first_run; r < line->first_run + line->n_runs; r++) {
        const layout_run *run = &l->runs[r];
        if (offset < run->start) /* in the spaces before this run */
            return;
        if (offset <= run->start + run->len) {
            *x = run->x + words_width(w, l->font, l->text + run->start, offset - run->start);
            return;
        }
        *x = run->x + words_width(w, l->font, l->text + run->start, run->len);
        if (offset > run->start + run->len)
            *x += l->font->space; /* after the run's trailing space(s) */
    }
}
