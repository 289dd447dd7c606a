/* gfx.c — drawing primitives over SDL_Renderer. Rounded corners are quarters of an anti-aliased
 * disc texture made once per radius; text goes through the layout and word caches. */
#include <string.h>

#include "gfx.h"

int gfx_init(gfx *g, SDL_Renderer *renderer)
{
    g->renderer = renderer;
    g->dx = g->dy = 0;
    memset(&g->layouts, 0, sizeof g->layouts);
    memset(g->corner, 0, sizeof g->corner);
    memset(g->corner_radius, 0, sizeof g->corner_radius);
    memset(g->corner_used, 0, sizeof g->corner_used);
    g->corner_clock = 0;
    return words_init(&g->words, renderer);
}

void gfx_free(gfx *g)
{
    layout_cache_clear(&g->layouts);
    words_free(&g->words);
    for (int i = 0; i < GFX_CORNER_SLOTS; i++)
        if (g->corner[i])
            SDL_DestroyTexture(g->corner[i]);
    memset(g->corner, 0, sizeof g->corner);
}

int gfx_set_text_size(gfx *g, int body_size)
{
    int changed = fonts_set_size(&g->fonts, body_size);
    if (changed > 0) {
        layout_cache_clear(&g->layouts);
        words_clear(&g->words);
    }
    return changed < 0 ? -1 : 0;
}

const font *gfx_font(const gfx *g, font_role role)
{
    return &g->fonts.role[role];
}

void gfx_set_clip(gfx *g, SDL_Rect clip)
{
    g->clip = clip;
    SDL_RenderSetClipRect(g->renderer, &clip);
}

static SDL_Rect shifted(const gfx *g, SDL_Rect r)
{
    r.x += g->dx;
    r.y += g->dy;
    return r;
}

static void set_colour(gfx *g, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(g->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
}

void gfx_fill(gfx *g, SDL_Rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0 || g->measuring)
        return;
    set_colour(g, c);
    SDL_Rect s = shifted(g, r);
    SDL_RenderFillRect(g->renderer, &s);
}

/* A white disc of the given radius with anti-aliased edges (4x4 samples per pixel). */
static SDL_Texture *make_disc(SDL_Renderer *renderer, int radius)
{
    int size = radius * 2;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s)
        return NULL;
    float r2 = (float)radius * (float)radius;
    for (int y = 0; y < size; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < size; x++) {
            int inside = 0;
            for (int sy = 0; sy < 4; sy++)
                for (int sx = 0; sx < 4; sx++) {
                    float px = (float)x + (sx + 0.5f) / 4.0f - (float)radius;
                    float py = (float)y + (sy + 0.5f) / 4.0f - (float)radius;
                    inside += px * px + py * py <= r2;
                }
            Uint32 alpha = (Uint32)(inside * 255 / 16);
            row[x] = (alpha << 24) | 0xFFFFFFu;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(renderer, s);
    SDL_FreeSurface(s);
    if (t)
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    return t;
}

static SDL_Texture *disc(gfx *g, int radius)
{
    int oldest = 0;
    g->corner_clock++;
    for (int i = 0; i < GFX_CORNER_SLOTS; i++) {
        if (g->corner[i] && g->corner_radius[i] == radius) {
            g->corner_used[i] = g->corner_clock;
            return g->corner[i];
        }
        if (!g->corner[i] || g->corner_used[i] < g->corner_used[oldest])
            oldest = i;
    }
    if (g->corner[oldest])
        SDL_DestroyTexture(g->corner[oldest]);
    g->corner[oldest] = make_disc(g->renderer, radius);
    g->corner_radius[oldest] = radius;
    g->corner_used[oldest] = g->corner_clock;
    return g->corner[oldest];
}

void gfx_round_fill(gfx *g, SDL_Rect r, int radius, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0 || g->measuring)
        return;
    if (radius > r.w / 2)
        radius = r.w / 2;
    if (radius > r.h / 2)
        radius = r.h / 2;
    SDL_Texture *t = radius >= 2 ? disc(g, radius) : NULL;
    if (!t) {
        gfx_fill(g, r, c);
        return;
    }
    SDL_Rect s = shifted(g, r);
    SDL_SetTextureColorMod(t, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(t, c.a);
    int q = radius;
    SDL_Rect src[4] = { { 0, 0, q, q }, { q, 0, q, q }, { 0, q, q, q }, { q, q, q, q } };
    SDL_Rect dst[4] = { { s.x, s.y, q, q }, { s.x + s.w - q, s.y, q, q },
                        { s.x, s.y + s.h - q, q, q }, { s.x + s.w - q, s.y + s.h - q, q, q } };
    for (int i = 0; i < 4; i++)
        SDL_RenderCopy(g->renderer, t, &src[i], &dst[i]);
    set_colour(g, c);
    SDL_Rect bands[3] = { { s.x + q, s.y, s.w - 2 * q, q },
                          { s.x, s.y + q, s.w, s.h - 2 * q },
                          { s.x + q, s.y + s.h - q, s.w - 2 * q, q } };
    SDL_RenderFillRects(g->renderer, bands, 3);
}

void gfx_round_frame(gfx *g, SDL_Rect r, int radius, int line, SDL_Color border, SDL_Color fill)
{
    gfx_round_fill(g, r, radius, border);
    SDL_Rect inner = { r.x + line, r.y + line, r.w - 2 * line, r.h - 2 * line };
    gfx_round_fill(g, inner, radius > line ? radius - line : 0, fill);
}

void gfx_focus_ring(gfx *g, SDL_Rect r, int radius, int gap, int line, SDL_Color ring, SDL_Color bg)
{
    SDL_Rect outer = { r.x - gap - line, r.y - gap - line, r.w + 2 * (gap + line), r.h + 2 * (gap + line) };
    gfx_round_frame(g, outer, radius + gap + line, line, ring, bg);
}

const layout *gfx_layout(gfx *g, font_role role, const char *text, int max_width)
{
    return layout_get(&g->layouts, &g->words, &g->fonts.role[role], text, max_width);
}

void gfx_draw_layout(gfx *g, const layout *l, int x, int y, SDL_Color c)
{
    if (!l->n_lines || g->measuring)
        return;
    const font *f = l->font;
    int top = y + g->dy, pad = (f->line_height - f->height) / 2;
    for (int i = 0; i < l->n_lines; i++) {
        const layout_line *line = &l->lines[i];
        int line_top = top + line->y;
        if (line_top + f->line_height < g->clip.y || line_top > g->clip.y + g->clip.h)
            continue; /* not visible */
        for (int r = line->first_run; r < line->first_run + line->n_runs; r++) {
            const layout_run *run = &l->runs[r];
            words_draw(&g->words, f, l->text + run->start, run->len, x + g->dx + run->x, line_top + pad, c);
        }
    }
}

void gfx_break(gfx *g, int y)
{
    if (g->breaks && g->keep == 0 && g->n_breaks < g->max_breaks)
        g->breaks[g->n_breaks++] = y;
}

int gfx_text(gfx *g, font_role role, const char *text, int x, int y, int max_width, SDL_Color c)
{
    const layout *l = gfx_layout(g, role, text, max_width);
    for (int i = 0; g->breaks && i < l->n_lines; i++) /* a page may end before any of its lines */
        gfx_break(g, y + l->lines[i].y);
    gfx_draw_layout(g, l, x, y, c);
    return l->height;
}

int gfx_label_width(gfx *g, font_role role, const char *text)
{
    return words_width(&g->words, &g->fonts.role[role], text, (int)strlen(text));
}

int gfx_label(gfx *g, font_role role, const char *text, int x, int y, SDL_Color c)
{
    const font *f = &g->fonts.role[role];
    int len = (int)strlen(text);
    int pad = (f->line_height - f->height) / 2;
    if (!g->measuring)
        words_draw(&g->words, f, text, len, x + g->dx, y + g->dy + pad, c);
    return words_width(&g->words, f, text, len);
}
