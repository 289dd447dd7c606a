/* svg.c — the pieces every figure shares: colours, and labelled horizontal bars. */
#include <string.h>

#include "report/text_out.h"
#include "report/svg.h"

const char *svg_rating_colour(cw_rating rating)
{
    switch (rating) {
    case CW_RATING_RECOMMENDED: return "#3f7d58";
    case CW_RATING_ACCEPTABLE: return "#7d9150";
    case CW_RATING_CONCERNING: return "#c0892c";
    case CW_RATING_HARMFUL: return "#a8443b";
    default: return "#8a929c";
    }
}

/* A mark for each rating, so that colour is never the only cue. */
const char *svg_rating_mark(cw_rating rating)
{
    switch (rating) {
    case CW_RATING_RECOMMENDED: return "✓";
    case CW_RATING_ACCEPTABLE: return "~";
    case CW_RATING_CONCERNING: return "!";
    case CW_RATING_HARMFUL: return "✕";
    default: return "?";
    }
}

/* Blue and amber stay apart for the common colour-vision deficiencies; further roles are greys. */
const char *svg_role_colour(int role_index)
{
    static const char *const colours[] = {"#3d6a8e", "#b5702f", "#6d6a75", "#8f8c84", "#4f5b66"};
    int n = (int)(sizeof colours / sizeof colours[0]);
    return colours[role_index < 0 ? n - 1 : role_index % n];
}

const char *svg_ending_colour(const char *classification)
{
    if (classification && strcmp(classification, "positive") == 0)
        return "#3f7d58";
    if (classification && strcmp(classification, "mixed") == 0)
        return "#c0892c";
    if (classification && strcmp(classification, "negative") == 0)
        return "#a8443b";
    return "#8a929c";
}

/* The bytes of the first n characters of s (at most max bytes, and never ending inside a
 * character, however malformed the text). */
static size_t first_chars(const char *s, size_t len, int n, size_t max)
{
    size_t i = 0;
    int chars = 0;
    while (i < len && chars < n) {
        size_t next = i + 1;
        while (next < len && ((unsigned char)s[next] & 0xC0) == 0x80)
            next++;
        if (next > max)
            break;
        i = next;
        chars++;
    }
    return i;
}

static void svg_line(FILE *out, const char *line, int x, int dy, int cut)
{
    if (!out)
        return;
    fprintf(out, "<tspan x=\"%d\" dy=\"%d\">", x, dy);
    html_put(out, line);
    fputs(cut ? "…</tspan>" : "</tspan>", out);
}

/* Words go onto lines of at most width characters; a word longer than a whole line is broken
 * across lines (at a character boundary), so every line fits and the buffer holds any line. */
int svg_text_lines(FILE *out, const char *text, int width, int max_lines, int x, int line_height)
{
    char line[1024];
    const size_t room = sizeof line - 1;
    size_t used = 0;
    int chars = 0, lines = 0;
    const char *p = text ? text : "";
    if (width < 1)
        width = 1;
    if (max_lines < 1)
        max_lines = 1;
    line[0] = '\0';
    for (;;) {
        while (*p == ' ' || *p == '\n')
            p++;
        if (!*p)
            break;
        size_t word = strcspn(p, " \n");
        int word_chars = 0;
        for (size_t i = 0; i < word; i++)
            word_chars += ((unsigned char)p[i] & 0xC0) != 0x80;
        if (used && (chars + 1 + word_chars > width || used + 1 + word > room)) {
            /* the word starts the next line; with none left, this one ends with "…" */
            int last = lines == max_lines - 1;
            svg_line(out, line, x, lines ? line_height : 0, last);
            lines++;
            if (last)
                return lines;
            used = 0;
            chars = 0;
            line[0] = '\0';
            continue;
        }
        size_t take = word;
        if (word_chars > width || word > room) { /* only on a line of its own: break it */
            take = first_chars(p, word, width, room);
            if (take == 0)
                take = 1; /* a broken character alone: html_put drops what is not text */
            word_chars = width;
        }
        if (used)
            line[used++] = ' ';
        memcpy(line + used, p, take);
        used += take;
        line[used] = '\0';
        chars += word_chars + (chars ? 1 : 0);
        p += take;
    }
    if (used) {
        svg_line(out, line, x, lines ? line_height : 0, 0);
        lines++;
    }
    return lines ? lines : 1;
}

#define BAR_ROW 24
#define BAR_HEIGHT 14

void svg_bars(FILE *out, const svg_bar *bars, int n, int width, int label_width, const char *title)
{
    int note_width = 110, track = width - label_width - note_width - 8;
    int height = n * BAR_ROW + 6;
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                 "role=\"img\" aria-label=\"",
            width, height, width);
    html_put(out, title);
    fputs("\"><title>", out);
    html_put(out, title);
    fputs("</title>\n", out);
    for (int i = 0; i < n; i++) {
        const svg_bar *b = &bars[i];
        int y = i * BAR_ROW + 4;
        double share = b->max > 0 ? b->value / b->max : 0;
        if (share < 0)
            share = 0;
        if (share > 1)
            share = 1;
        fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"end\" fill=\"#1f2328\">",
                label_width - 8, y + BAR_HEIGHT - 2);
        html_put_cut(out, b->label, 40);
        fprintf(out, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"#eceae4\"/>",
                label_width, y, track, BAR_HEIGHT);
        if (share > 0)
            fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\"/>",
                    label_width, y, share * track, BAR_HEIGHT, b->colour);
        fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#5b6470\">", label_width + track + 8,
                y + BAR_HEIGHT - 2);
        html_put_cut(out, b->note, 30);
        fputs("</text>\n", out);
    }
    fputs("</svg>\n", out);
}
