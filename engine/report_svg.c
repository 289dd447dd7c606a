/* report_svg.c — the pieces every figure shares: colours, and labelled horizontal bars. */
#include <string.h>

#include "report_internal.h"

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

int svg_text_lines(FILE *out, const char *text, int width, int max_lines, int x, int line_height)
{
    char line[1024];
    size_t used = 0;
    int chars = 0, lines = 0;
    const char *p = text ? text : "";
    while (*p && lines < max_lines) {
        while (*p == ' ' || *p == '\n')
            p++;
        size_t word = strcspn(p, " \n");
        int word_chars = 0;
        for (size_t i = 0; i < word; i++)
            word_chars += ((unsigned char)p[i] & 0xC0) != 0x80;
        int fits = used == 0 || chars + 1 + word_chars <= width;
        int last = lines == max_lines - 1;
        if (!fits || used + word + 2 >= sizeof line) {
            if (last) { /* no room for another line: cut here */
                if (out) {
                    fprintf(out, "<tspan x=\"%d\" dy=\"%d\">", x, lines ? line_height : 0);
                    html_put(out, line);
                    fputs("…</tspan>", out);
                }
                return lines + 1;
            }
            if (out) {
                fprintf(out, "<tspan x=\"%d\" dy=\"%d\">", x, lines ? line_height : 0);
                html_put(out, line);
                fputs("</tspan>", out);
            }
            lines++;
            used = 0;
            chars = 0;
            continue;
        }
        if (used)
            line[used++] = ' ';
        memcpy(line + used, p, word);
        used += word;
        line[used] = '\0';
        chars += word_chars + (chars ? 1 : 0);
        p += word;
    }
    if (used && lines < max_lines) {
        if (out) {
            fprintf(out, "<tspan x=\"%d\" dy=\"%d\">", x, lines ? line_height : 0);
            html_put(out, line);
            fputs("</tspan>", out);
        }
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
