/* svg_path.c — the debrief's path figure: the scenario map for the trainee's role, the
 * trainee's route and the recommended route drawn strongly over it.
 *
 * The map: every scene the role can reach, faint, in columns by how far from the start it lies
 * (the longest way there, so that every way forward runs left to right; endings share the last
 * column, labelled with their titles). A way that skips columns passes through empty places in
 * them, and the places in each column are ordered to keep crossings few (barycentres, swept back
 * and forth), so the map reads like the case unfolding.
 *
 * Where there is no map, or it is too big to draw clearly, the two routes alone: scenes both
 * routes pass through sit on the middle line, scenes only the recommended route visits above
 * it, scenes only the trainee visited below, lined up by their longest common run of scenes. */
#include <stdlib.h>
#include <string.h>

#include "report/debrief.h"
#include "report/names.h"
#include "report/text_out.h"
#include "report/svg.h"

#define COLUMN 104
#define MARGIN 60
#define ROW_REC 46
#define ROW_BOTH 126
#define ROW_OWN 206
#define HEIGHT 290

typedef struct path_node {
    const char *scene;
    const char *label, *name;           /* its short title, and "Phase · title": never its id */
    int column, y;
    const cw_report_decision *decision; /* the trainee's decision here, or NULL */
    const char *classification;         /* an ending, or NULL */
    int recommended_only;
} path_node;

typedef struct path_layout {
    path_node *own, *rec; /* the trainee's route, the recommended route */
    int n_own, n_rec, columns;
} path_layout;

static void own_route(const cw_report_debrief *db, path_layout *l)
{
    const cw_report_session *s = db->s;
    report_arena *a = (report_arena *)&db->arena;
    for (int i = 0; i < s->n_decisions; i++) {
        const char *title = db->titles[i];
        l->own[l->n_own++] = (path_node){s->decisions[i].scene, title, report_scene_label(a, s->decisions[i].phase, title),
                                         0, ROW_OWN, &s->decisions[i], NULL, 0};
    }
    if (s->ending) {
        const char *title = s->ending->ending_title && *s->ending->ending_title
                                ? s->ending->ending_title
                                : report_scene_title(a, db->scenario, s->ending->scene, NULL);
        l->own[l->n_own++] = (path_node){s->ending->scene, title, title, 0, ROW_OWN, NULL, s->ending->classification, 0};
    }
}

static void recommended_route(const cw_report_debrief *db, path_layout *l)
{
    report_arena *a = (report_arena *)&db->arena;
    for (int i = 0; i < db->recommended.n_steps; i++) {
        const walk_step *ws = &db->recommended.steps[i];
        const char *title = debrief_step_title(db, ws);
        l->rec[l->n_rec++] = (path_node){ws->scene, title,
                                         ws->kind == CW_STEP_ENDING ? title : report_scene_label(a, ws->phase, title),
                                         0, ROW_REC, NULL, ws->kind == CW_STEP_ENDING ? ws->classification : NULL, 1};
    }
}

/* Lines the two routes up by their longest common subsequence of scene ids. */
static int align(path_layout *l)
{
    int n = l->n_own, m = l->n_rec;
    int *t = calloc((size_t)(n + 1) * (size_t)(m + 1), sizeof *t);
    if (!t)
        return -1;
#define T(i, j) t[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
    for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--)
            T(i, j) = strcmp(l->own[i].scene, l->rec[j].scene) == 0
                          ? T(i + 1, j + 1) + 1
                          : (T(i + 1, j) > T(i, j + 1) ? T(i + 1, j) : T(i, j + 1));
    int i = 0, j = 0, column = 0;
    while (i < n || j < m) {
        if (i < n && j < m && strcmp(l->own[i].scene, l->rec[j].scene) == 0) {
            l->own[i].column = l->rec[j].column = column++;
            l->own[i++].y = ROW_BOTH;
            l->rec[j++].y = ROW_BOTH;
        } else if (j < m && (i == n || T(i, j + 1) >= T(i + 1, j))) {
            l->rec[j++].column = column++;
        } else {
            l->own[i++].column = column++;
        }
    }
#undef T
    free(t);
    l->columns = column;
    return 0;
}

static int x_of(const path_node *p)
{
    return MARGIN + p->column * COLUMN;
}

static void route_line(FILE *out, const path_node *nodes, int n, const char *style)
{
    if (n < 2)
        return;
    fputs("<path fill=\"none\" ", out);
    fputs(style, out);
    fputs(" d=\"", out);
    for (int i = 0; i < n; i++) {
        int x = x_of(&nodes[i]), y = nodes[i].y;
        if (i == 0) {
            fprintf(out, "M%d %d", x, y);
        } else {
            int px = x_of(&nodes[i - 1]), py = nodes[i - 1].y, mid = (px + x) / 2;
            fprintf(out, " C%d %d %d %d %d %d", mid, py, mid, y, x, y);
        }
    }
    fputs("\"/>\n", out);
}

static void node_label(FILE *out, const path_node *p, int above)
{
    fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1f2328\">",
            x_of(p), above ? p->y - 22 : p->y + 31);
    html_put_cut(out, p->label, 15);
    fputs("</text>\n", out);
}

/* A decision: a circle in its rating's colour with its number, and the rating's mark beside it. */
static void decision_mark(FILE *out, int x, int y, int r, const cw_report_decision *d)
{
    fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"/>"
                 "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"600\" fill=\"#fff\" "
                 "text-anchor=\"middle\">%d</text>",
            x, y, r, svg_rating_colour(d->rating), x, y + r / 3 + 1, r >= 12 ? 12 : 11, d->number);
    int mx = x + r, my = y - r;
    fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"6.5\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"1.4\"/>"
                 "<text x=\"%d\" y=\"%d\" font-size=\"9\" font-weight=\"700\" fill=\"%s\" "
                 "text-anchor=\"middle\">%s</text>",
            mx, my, svg_rating_colour(d->rating), mx, my + 3, svg_rating_colour(d->rating),
            svg_rating_mark(d->rating));
}

static void divergence_ring(FILE *out, int x, int y, int r)
{
    fprintf(out, "<circle class=\"diverged\" cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"none\" "
                 "stroke=\"#a8443b\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>", x, y, r);
}

static void draw_node(FILE *out, const path_node *p)
{
    int x = x_of(p), y = p->y;
    fputs("<g><title>", out);
    html_put(out, p->name);
    if (p->decision) {
        fprintf(out, ": decision %d, %s", p->decision->number, cw_rating_name(p->decision->rating));
    } else if (p->classification) {
        fputs(": ending, ", out);
        html_put(out, p->classification);
    }
    fputs("</title>", out);
    if (p->classification) {
        fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"26\" height=\"26\" rx=\"6\" fill=\"%s\"%s/>", x - 13,
                y - 13, svg_ending_colour(p->classification),
                p->recommended_only ? " fill-opacity=\"0.35\" stroke=\"#3f7d58\" stroke-dasharray=\"4 3\"" : "");
    } else if (p->decision) {
        if (debrief_diverged(p->decision))
            divergence_ring(out, x, y, 19);
        decision_mark(out, x, y, 13, p->decision);
    } else {
        fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"11\" fill=\"#fff\" stroke=\"#3f7d58\" "
                     "stroke-width=\"2\" stroke-dasharray=\"4 3\"/>", x, y);
    }
    fputs("</g>\n", out);
}

/* The two routes alone. Returns 0, or -1 when nothing could be drawn. */
static int routes_figure(FILE *out, const cw_report_debrief *db)
{
    path_layout l = {0};
    int most = db->s->n_decisions + 1 + db->recommended.n_steps;
    l.own = calloc((size_t)most, sizeof *l.own);
    l.rec = calloc((size_t)most, sizeof *l.rec);
    if (!l.own || !l.rec) {
        free(l.own);
        free(l.rec);
        return -1;
    }
    own_route(db, &l);
    recommended_route(db, &l);
    if (l.n_rec == 0) /* no scenario: the trainee's route alone, on the middle line */
        for (int i = 0; i < l.n_own; i++)
            l.own[i].column = i, l.own[i].y = ROW_BOTH, l.columns = i + 1;
    else if (align(&l) != 0)
        l.columns = 0;
    if (l.columns > 0) {
        int width = 2 * MARGIN + (l.columns - 1) * COLUMN;
        fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                     "role=\"img\" aria-label=\"The trainee's route against the recommended route\">\n",
                width, HEIGHT, width);
        if (l.n_rec > 0) {
            fprintf(out, "<text x=\"8\" y=\"%d\" font-size=\"11\" fill=\"#5b6470\">recommended only</text>\n"
                         "<text x=\"8\" y=\"%d\" font-size=\"11\" fill=\"#5b6470\">yours only</text>\n",
                    ROW_REC - 34, ROW_OWN + 50);
        }
        route_line(out, l.rec, l.n_rec,
                   "stroke=\"#3f7d58\" stroke-width=\"3\" stroke-dasharray=\"7 5\" stroke-opacity=\"0.8\"");
        route_line(out, l.own, l.n_own, "stroke=\"#2c3e50\" stroke-width=\"3.5\"");
        for (int j = 0; j < l.n_rec; j++)
            if (l.rec[j].y == ROW_REC) {
                draw_node(out, &l.rec[j]);
                node_label(out, &l.rec[j], 1);
            }
        for (int i = 0; i < l.n_own; i++) {
            draw_node(out, &l.own[i]);
            node_label(out, &l.own[i], 0);
        }
        fputs("</svg>\n", out);
    }
    free(l.own);
    free(l.rec);
    return l.columns > 0 ? 0 : -1;
}

/* ---- the map -------------------------------------------------------------------------------- */

#define MAP_MAX_SCENES 64 /* beyond these the map is too big to read: the two routes stand in */
#define MAP_MAX_COLUMNS 20
#define MAP_MAX_ROWS 12
#define MAP_ROW 56
#define MAP_TOP 30
#define MAP_LEFT 56
#define MAP_RIGHT 56
#define MAP_ENDING_LABEL 196
#define MAP_ENDING_CHARS 24 /* a line of an ending's title; titles take two lines at most */
#define MAP_WIDTH 920 /* the width aimed at; the viewBox scales it to the page and to paper */
#define MAP_MIN_COLUMN 56
#define MAP_MAX_COLUMN 124
#define MAP_SWEEPS 6
#define MAP_OWN_DY 4 /* the two routes run side by side where they share a way */
#define MAP_REC_DY (-4)

typedef struct map_slot {
    int scene; /* index into the map's scenes, or -1: a place a longer way passes through */
    int column, order;
    double key;
    int x, y;
} map_slot;

typedef struct map_box {
    double x0, y0, x1, y1;
} map_box;

typedef struct map_layout {
    const debrief_map *m;
    int *column;              /* per scene */
    char *back;               /* per edge: a way back to an earlier column */
    int *via;                 /* per edge: its first passing place; the others follow it */
    map_slot *slots;          /* the scenes first (slot i = scene i), then passing places */
    int n_slots;
    int *link_from, *link_to; /* slots in neighbouring columns joined by a way */
    int n_links;
    int *by_column;           /* slots column by column, each column in order */
    int *column_start;        /* columns + 1 entries into by_column */
    int columns, rows, column_w, width, height, label_chars;
    int *own, *rec;           /* the routes as scene indexes */
    int n_own, n_rec;
    const cw_report_decision **decision; /* per scene: the trainee's decision there (the last) */
    char *on_own, *on_rec;
    int own_ending, rec_ending; /* scene indexes, or -1 */
    char *label_side;           /* per scene: where its label goes (LABEL_BELOW, ...) */
    int *label_cut;             /* per scene: characters of its label shown */
    const char **label, **name; /* per scene: its short title, and "Phase · title" (names.h) */
    map_box *boxes;             /* what labels must keep clear of */
    int n_boxes;
} map_layout;

static void map_free(map_layout *l)
{
    free(l->column);
    free(l->back);
    free(l->via);
    free(l->slots);
    free(l->link_from);
    free(l->link_to);
    free(l->by_column);
    free(l->column_start);
    free(l->own);
    free(l->rec);
    free(l->decision);
    free(l->on_own);
    free(l->on_rec);
    free(l->label_side);
    free(l->label_cut);
    free(l->label);
    free(l->name);
    free(l->boxes);
}

/* Marks the ways that lead back to a scene still being explored (depth-first from the start). */
static void find_back_ways(map_layout *l, int u, char *state)
{
    const debrief_map *m = l->m;
    state[u] = 1;
    for (int e = 0; e < m->n_edges; e++) {
        if (m->edge_from[e] != u)
            continue;
        int v = m->edge_to[e];
        if (state[v] == 1)
            l->back[e] = 1;
        else if (state[v] == 0)
            find_back_ways(l, v, state);
    }
    state[u] = 2;
}

/* Each scene's column: the longest way to it from the start, endings all in the last column. */
static void assign_columns(map_layout *l)
{
    const debrief_map *m = l->m;
    int n = m->n_scenes;
    for (int pass = 0; pass < n; pass++) {
        int changed = 0;
        for (int e = 0; e < m->n_edges; e++) {
            int from = m->edge_from[e], to = m->edge_to[e];
            if (!l->back[e] && to != 0 && l->column[from] + 1 > l->column[to]) {
                l->column[to] = l->column[from] + 1;
                changed = 1;
            }
        }
        if (!changed)
            break;
    }
    int last = -1;
    for (int i = 0; i < n; i++)
        if (!m->scenes[i]->is_ending && l->column[i] > last)
            last = l->column[i];
    l->columns = 0;
    for (int i = 0; i < n; i++) {
        if (m->scenes[i]->is_ending)
            l->column[i] = last + 1;
        if (l->column[i] + 1 > l->columns)
            l->columns = l->column[i] + 1;
    }
    for (int e = 0; e < m->n_edges; e++) /* after the endings moved: only leftward ways are back */
        l->back[e] = l->column[m->edge_to[e]] <= l->column[m->edge_from[e]];
}

static int classification_rank(const char *classification)
{
    static const char *const ranks[] = {"positive", "mixed", "negative"};
    for (int i = 0; i < 3; i++)
        if (classification && strcmp(classification, ranks[i]) == 0)
            return i;
    return 3;
}

/* Passing places for ways that skip columns, the links between neighbouring columns, and each
 * column's first order: scenes as met breadth-first, endings best first. */
static int place_slots(map_layout *l)
{
    const debrief_map *m = l->m;
    int n = m->n_scenes, total = n, n_links = 0;
    for (int e = 0; e < m->n_edges; e++)
        if (!l->back[e]) {
            int span = l->column[m->edge_to[e]] - l->column[m->edge_from[e]];
            total += span - 1;
            n_links += span;
        }
    l->slots = calloc((size_t)total, sizeof *l->slots);
    l->link_from = calloc((size_t)(n_links ? n_links : 1), sizeof *l->link_from);
    l->link_to = calloc((size_t)(n_links ? n_links : 1), sizeof *l->link_to);
    l->by_column = calloc((size_t)total, sizeof *l->by_column);
    l->column_start = calloc((size_t)l->columns + 1, sizeof *l->column_start);
    if (!l->slots || !l->link_from || !l->link_to || !l->by_column || !l->column_start)
        return -1;
    for (int i = 0; i < n; i++)
        l->slots[l->n_slots++] = (map_slot){i, l->column[i], 0, 0, 0, 0};
    for (int e = 0; e < m->n_edges; e++) {
        l->via[e] = -1;
        if (l->back[e])
            continue;
        int from = m->edge_from[e], to = m->edge_to[e], prev = from;
        for (int c = l->column[from] + 1; c < l->column[to]; c++) {
            if (l->via[e] < 0)
                l->via[e] = l->n_slots;
            l->slots[l->n_slots] = (map_slot){-1, c, 0, 0, 0, 0};
            l->link_from[l->n_links] = prev;
            l->link_to[l->n_links++] = l->n_slots;
            prev = l->n_slots++;
        }
        l->link_from[l->n_links] = prev;
        l->link_to[l->n_links++] = to;
    }
    for (int s = 0; s < l->n_slots; s++)
        l->column_start[l->slots[s].column + 1]++;
    for (int c = 0; c < l->columns; c++)
        l->column_start[c + 1] += l->column_start[c];
    l->rows = 0;
    for (int c = 0; c < l->columns; c++) {
        int k = 0, *list = l->by_column + l->column_start[c];
        for (int s = 0; s < l->n_slots; s++)
            if (l->slots[s].column == c)
                list[k++] = s;
        for (int i = 1; i < k; i++) { /* endings: positive, mixed, negative; stable */
            int s = list[i], j = i;
            int rank = l->slots[s].scene >= 0 && m->scenes[l->slots[s].scene]->is_ending
                           ? classification_rank(m->scenes[l->slots[s].scene]->classification)
                           : -1;
            while (j > 0 && rank >= 0 && l->slots[list[j - 1]].scene >= 0 &&
                   m->scenes[l->slots[list[j - 1]].scene]->is_ending &&
                   classification_rank(m->scenes[l->slots[list[j - 1]].scene]->classification) > rank) {
                list[j] = list[j - 1];
                j--;
            }
            list[j] = s;
        }
        for (int i = 0; i < k; i++)
            l->slots[list[i]].order = i;
        if (k > l->rows)
            l->rows = k;
    }
    return 0;
}

static int column_size(const map_layout *l, int c)
{
    return l->column_start[c + 1] - l->column_start[c];
}

/* A slot's row: columns are centred on the tallest. */
static int slot_row(const map_layout *l, int s)
{
    return (l->rows - column_size(l, l->slots[s].column)) / 2 + l->slots[s].order;
}

/* Orders column c by the mean row of each slot's neighbours on one side; ties keep their order. */
static void order_column(map_layout *l, int c, int left)
{
    int k = column_size(l, c), *list = l->by_column + l->column_start[c];
    for (int i = 0; i < k; i++) {
        int s = list[i], count = 0;
        double sum = 0;
        for (int j = 0; j < l->n_links; j++) {
            int near = left ? (l->link_to[j] == s ? l->link_from[j] : -1)
                            : (l->link_from[j] == s ? l->link_to[j] : -1);
            if (near >= 0) {
                sum += slot_row(l, near);
                count++;
            }
        }
        l->slots[s].key = count ? sum / count : slot_row(l, s);
    }
    for (int i = 1; i < k; i++) {
        int s = list[i], j = i;
        while (j > 0 && l->slots[list[j - 1]].key > l->slots[s].key) {
            list[j] = list[j - 1];
            j--;
        }
        list[j] = s;
    }
    for (int i = 0; i < k; i++)
        l->slots[list[i]].order = i;
}

static void position_slots(map_layout *l)
{
    for (int sweep = 0; sweep < MAP_SWEEPS; sweep++) {
        for (int c = 1; c < l->columns; c++)
            order_column(l, c, 1);
        for (int c = l->columns - 2; c >= 0; c--)
            order_column(l, c, 0);
    }
    int last_has_endings = 0;
    for (int i = 0; i < l->m->n_scenes; i++)
        last_has_endings |= l->m->scenes[i]->is_ending && l->column[i] == l->columns - 1;
    int right = last_has_endings ? MAP_ENDING_LABEL : MAP_RIGHT;
    l->column_w = l->columns > 1 ? (MAP_WIDTH - MAP_LEFT - right) / (l->columns - 1) : MAP_MAX_COLUMN;
    if (l->column_w < MAP_MIN_COLUMN)
        l->column_w = MAP_MIN_COLUMN;
    if (l->column_w > MAP_MAX_COLUMN)
        l->column_w = MAP_MAX_COLUMN;
    l->width = MAP_LEFT + (l->columns - 1) * l->column_w + right;
    l->height = MAP_TOP + l->rows * MAP_ROW + 6;
    /* labels alternate below and above from column to column, so each may take two columns */
    l->label_chars = (2 * l->column_w - 12) * 10 / 63;
    if (l->label_chars > 26)
        l->label_chars = 26;
    for (int s = 0; s < l->n_slots; s++) {
        l->slots[s].x = MAP_LEFT + l->slots[s].column * l->column_w;
        l->slots[s].y = MAP_TOP + slot_row(l, s) * MAP_ROW + MAP_ROW / 2;
    }
}

/* ---- labels: each where it covers least, below or above its scene ---- */

enum { LABEL_BELOW, LABEL_ABOVE, LABEL_RIGHT };

static int node_reach(const map_layout *l, int i)
{
    return l->decision[i] ? 17 : l->on_rec[i] ? 10 : 6;
}

static int label_strong(const map_layout *l, int i)
{
    return l->on_own[i] || l->on_rec[i];
}

/* Where a label would sit (text about 6.4 px a character, 7.5 in bold, at 11.5 px), with a
 * little room around it; *x and *baseline where its text starts or is centred. */
static map_box label_box(const map_layout *l, int i, int side, int chars, int *x, int *baseline)
{
    const map_slot *p = &l->slots[i];
    int n = cw_utf8_chars(l->label[i]), reach = node_reach(l, i);
    if (n > chars)
        n = chars + 1;
    double w = n * (label_strong(l, i) ? 7.5 : 6.4);
    int y = side == LABEL_ABOVE ? p->y - reach - 5 : side == LABEL_BELOW ? p->y + reach + 13 : p->y + 4;
    int at = side == LABEL_RIGHT ? p->x + reach + 3 : p->column == 0 ? p->x - 14 : p->x;
    double x0 = side == LABEL_RIGHT || p->column == 0 ? at : at - w / 2;
    if (x)
        *x = at;
    if (baseline)
        *baseline = y;
    return (map_box){x0 - 3, y - 11, x0 + w + 3, y + 4};
}

static double box_overlap(const map_box *a, const map_box *b)
{
    double w = (a->x1 < b->x1 ? a->x1 : b->x1) - (a->x0 > b->x0 ? a->x0 : b->x0);
    double h = (a->y1 < b->y1 ? a->y1 : b->y1) - (a->y0 > b->y0 ? a->y0 : b->y0);
    return w > 0 && h > 0 ? w * h : 0;
}

static void place_label(map_layout *l, int i)
{
    const map_slot *p = &l->slots[i];
    int prefer = p->column % 2 == 1 ? LABEL_ABOVE : LABEL_BELOW;
    int sides[3] = {prefer, prefer == LABEL_ABOVE ? LABEL_BELOW : LABEL_ABOVE, LABEL_RIGHT};
    int short_cut = l->label_chars < 9 ? l->label_chars : 9, choice = -1;
    double best = 0;
    map_box chosen = {0, 0, 0, 0};
    for (int c = 0; c < 6; c++) {
        int side = sides[c % 3], chars = c < 3 ? l->label_chars : short_cut;
        map_box b = label_box(l, i, side, chars, NULL, NULL);
        double cost = b.x0 < 0 ? -b.x0 * 12 : 0;
        if (b.x1 > l->width)
            cost += (b.x1 - l->width) * 12;
        for (int k = 0; k < l->n_boxes; k++)
            cost += box_overlap(&b, &l->boxes[k]);
        cost += c >= 3 ? 2 : c == 2 ? 1 : 0; /* beside, or cut short, only where it helps */
        if (choice < 0 || cost < best) {
            choice = c;
            best = cost;
            chosen = b;
            l->label_side[i] = (char)side;
            l->label_cut[i] = chars;
        }
        if (cost == 0)
            break;
    }
    l->boxes[l->n_boxes++] = chosen;
}

static int place_labels(map_layout *l)
{
    const debrief_map *m = l->m;
    int n = m->n_scenes;
    l->label_side = calloc((size_t)n, 1);
    l->label_cut = calloc((size_t)n, sizeof *l->label_cut);
    l->boxes = calloc((size_t)(2 * n + 2), sizeof *l->boxes);
    if (!l->label_side || !l->label_cut || !l->boxes)
        return -1;
    l->boxes[l->n_boxes++] = (map_box){MAP_LEFT - 14, 4, MAP_LEFT + 20, 16}; /* "start" */
    for (int i = 0; i < n; i++) {
        const map_slot *p = &l->slots[i];
        int r = m->scenes[i]->is_ending ? 12 : node_reach(l, i);
        double right = m->scenes[i]->is_ending ? p->x + MAP_ENDING_LABEL : p->x + r;
        l->boxes[l->n_boxes++] = (map_box){p->x - r, p->y - r, right, p->y + r};
    }
    for (int pass = 0; pass < 2; pass++) /* the routes' scenes first */
        for (int i = 0; i < n; i++)
            if (!m->scenes[i]->is_ending && label_strong(l, i) == (pass == 0))
                place_label(l, i);
    return 0;
}

/* The routes as scene indexes; -1 when a scene of theirs is not on the map. */
static int map_routes(const cw_report_debrief *db, map_layout *l)
{
    const cw_report_session *s = db->s;
    int n = l->m->n_scenes;
    l->own = calloc((size_t)s->n_decisions + 1, sizeof *l->own);
    l->rec = calloc((size_t)db->recommended.n_steps + 1, sizeof *l->rec);
    l->decision = calloc((size_t)n, sizeof *l->decision);
    l->on_own = calloc((size_t)n, 1);
    l->on_rec = calloc((size_t)n, 1);
    if (!l->own || !l->rec || !l->decision || !l->on_own || !l->on_rec)
        return -2;
    l->own_ending = l->rec_ending = -1;
    for (int i = 0; i <= s->n_decisions; i++) {
        const char *scene = i < s->n_decisions ? s->decisions[i].scene : s->ending ? s->ending->scene : NULL;
        if (!scene)
            break;
        int at = debrief_map_find(l->m, scene);
        if (at < 0)
            return -1;
        l->own[l->n_own++] = at;
        l->on_own[at] = 1;
        if (i < s->n_decisions)
            l->decision[at] = &s->decisions[i];
        else
            l->own_ending = at;
    }
    for (int i = 0; i < db->recommended.n_steps; i++) {
        int at = debrief_map_find(l->m, db->recommended.steps[i].scene);
        if (at < 0)
            return -1;
        l->rec[l->n_rec++] = at;
        l->on_rec[at] = 1;
        if (db->recommended.steps[i].kind == CW_STEP_ENDING)
            l->rec_ending = at;
    }
    return 0;
}

/* A curve from one point to the next, level where it leaves and where it arrives. */
static void curve_to(FILE *out, int x0, int y0, int x1, int y1)
{
    int mid = (x0 + x1) / 2;
    fprintf(out, " C%d %d %d %d %d %d", mid, y0, mid, y1, x1, y1);
}

/* The way from scene a to scene b: through its passing places, or looping back under. */
static void way_path(FILE *out, const map_layout *l, int a, int b, int dy)
{
    const debrief_map *m = l->m;
    int e = -1;
    for (int i = 0; i < m->n_edges && e < 0; i++)
        if (m->edge_from[i] == a && m->edge_to[i] == b)
            e = i;
    const map_slot *from = &l->slots[a], *to = &l->slots[b];
    int x = from->x, y = from->y + dy;
    if (to->column <= from->column) { /* back to an earlier column */
        int drop = MAP_ROW * 3 / 4;
        fprintf(out, " C%d %d %d %d %d %d", x + l->column_w / 2, y + drop, to->x - l->column_w / 2,
                to->y + dy + drop, to->x, to->y + dy);
        return;
    }
    if (e >= 0 && l->via[e] >= 0)
        for (int s = l->via[e]; s < l->via[e] + (to->column - from->column - 1); s++) {
            curve_to(out, x, y, l->slots[s].x, l->slots[s].y + dy);
            x = l->slots[s].x;
            y = l->slots[s].y + dy;
        }
    curve_to(out, x, y, to->x, to->y + dy);
}

static void map_route_line(FILE *out, const map_layout *l, const int *route, int n, int dy, const char *style)
{
    if (n < 2)
        return;
    fprintf(out, "<path fill=\"none\" stroke-linecap=\"round\" %s d=\"M%d %d", style, l->slots[route[0]].x,
            l->slots[route[0]].y + dy);
    for (int i = 1; i < n; i++)
        way_path(out, l, route[i - 1], route[i], dy);
    fputs("\"/>\n", out);
}

static void map_ways(FILE *out, const map_layout *l)
{
    const debrief_map *m = l->m;
    for (int back = 0; back <= 1; back++) {
        int any = 0;
        for (int e = 0; e < m->n_edges; e++) {
            if (l->back[e] != back)
                continue;
            if (!any)
                fprintf(out, "<path fill=\"none\" stroke=\"#b9bfc7\" stroke-width=\"1.3\"%s d=\"",
                        back ? " stroke-dasharray=\"2 3\"" : "");
            any = 1;
            fprintf(out, "M%d %d", l->slots[m->edge_from[e]].x, l->slots[m->edge_from[e]].y);
            way_path(out, l, m->edge_from[e], m->edge_to[e], 0);
            fputc(' ', out);
        }
        if (any)
            fputs("\"/>\n", out);
    }
}

static void map_title(FILE *out, const map_layout *l, int i)
{
    const cw_scene_info *sc = l->m->scenes[i];
    fputs("<title>", out);
    if (sc->is_ending) {
        fputs("Ending “", out);
        html_put(out, l->label[i]);
        fputs("”, ", out);
        html_put(out, sc->classification);
    } else {
        html_put(out, l->name[i]);
        if (sc->is_compose)
            fputs(" (drafting step)", out);
    }
    if (l->decision[i])
        fprintf(out, "; your decision %d, %s%s", l->decision[i]->number, cw_rating_name(l->decision[i]->rating),
                debrief_diverged(l->decision[i]) ? ", off the recommended path" : "");
    if (i == l->own_ending)
        fputs("; your ending", out);
    if (l->on_rec[i])
        fputs(l->on_own[i] ? "; on the recommended route too" : "; on the recommended route", out);
    if (!l->on_own[i] && !l->on_rec[i])
        fputs("; on neither route", out);
    fputs("</title>", out);
}

static void map_label(FILE *out, const map_layout *l, int i)
{
    const map_slot *p = &l->slots[i];
    int strong = label_strong(l, i), side = l->label_side[i], x, y;
    label_box(l, i, side, l->label_cut[i], &x, &y);
    fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"11.5\" text-anchor=\"%s\" fill=\"%s\" "
                 "paint-order=\"stroke\" stroke=\"#fbfaf7\" stroke-width=\"3\"%s>",
            x, y, side == LABEL_RIGHT || p->column == 0 ? "start" : "middle",
            strong ? "#1f2328" : "#6b737d", strong ? " font-weight=\"600\"" : "");
    html_put_cut(out, l->label[i], l->label_cut[i]);
    fputs("</text>", out);
}

static void map_ending(FILE *out, const map_layout *l, int i)
{
    const cw_scene_info *sc = l->m->scenes[i];
    const map_slot *p = &l->slots[i];
    int own = i == l->own_ending, rec = i == l->rec_ending, half = own || rec ? 12 : 8;
    fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\"%s/>", p->x - half,
            p->y - half, 2 * half, 2 * half, svg_ending_colour(sc->classification),
            own ? " stroke=\"#2c3e50\" stroke-width=\"2.5\""
            : rec ? " fill-opacity=\"0.55\" stroke=\"#3f7d58\" stroke-width=\"2\" stroke-dasharray=\"4 3\""
                  : " fill-opacity=\"0.45\"");
    int x = p->x + 19, lines = svg_text_lines(NULL, sc->ending_title, MAP_ENDING_CHARS, 2, x, 13);
    int top = lines > 1 ? p->y - 9 : p->y - 2;
    fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\"%s>", x, top,
            own || rec ? "#1f2328" : "#4b535d", own || rec ? " font-weight=\"600\"" : "");
    svg_text_lines(out, sc->ending_title, MAP_ENDING_CHARS, 2, x, 13);
    fprintf(out, "</text><text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#5b6470\">", x,
            top + 13 * lines);
    html_put_cut(out, sc->classification, 16);
    fputs(own && rec ? " · your ending, recommended" : own ? " · your ending" : rec ? " · recommended" : "", out);
    fputs("</text>", out);
}

static void map_node(FILE *out, const map_layout *l, int i)
{
    const cw_scene_info *sc = l->m->scenes[i];
    const map_slot *p = &l->slots[i];
    fputs("<g class=\"scene\" data-scene=\"", out);
    html_put(out, sc->id);
    fputs("\">", out);
    map_title(out, l, i);
    if (sc->is_ending) {
        map_ending(out, l, i);
    } else if (l->decision[i]) {
        if (debrief_diverged(l->decision[i]))
            divergence_ring(out, p->x, p->y, 16);
        decision_mark(out, p->x, p->y, 11, l->decision[i]);
        map_label(out, l, i);
    } else if (l->on_rec[i]) {
        fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"9\" fill=\"#fff\" stroke=\"#3f7d58\" stroke-width=\"2\" "
                     "stroke-dasharray=\"4 3\"/>", p->x, p->y);
        map_label(out, l, i);
    } else {
        fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#fff\" stroke=\"#a3aab3\" "
                     "stroke-width=\"1.4\"/>", p->x, p->y);
        map_label(out, l, i);
    }
    fputs("</g>\n", out);
}

static void map_figure(FILE *out, const cw_report_debrief *db, const map_layout *l)
{
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                 "role=\"img\" aria-label=\"Map of the scenario for the ",
            l->width, l->height, l->width);
    html_put(out, db->role_name);
    fprintf(out, ": %d scenes, the trainee's route and the recommended route overlaid\">\n", l->m->n_scenes);
    fprintf(out, "<text x=\"%d\" y=\"14\" font-size=\"11.5\" fill=\"#5b6470\">start</text>\n", MAP_LEFT - 14);
    if (l->m->n_endings > 0 && l->columns > 1)
        fprintf(out, "<text x=\"%d\" y=\"14\" font-size=\"11.5\" fill=\"#5b6470\">endings</text>\n",
                MAP_LEFT + (l->columns - 1) * l->column_w - 12);
    map_ways(out, l);
    for (int i = 0; i < l->m->n_scenes; i++)
        if (!l->on_own[i] && !l->on_rec[i])
            map_node(out, l, i);
    map_route_line(out, l, l->rec, l->n_rec, MAP_REC_DY,
                   "stroke=\"#3f7d58\" stroke-width=\"3\" stroke-dasharray=\"7 5\" stroke-opacity=\"0.85\"");
    map_route_line(out, l, l->own, l->n_own, MAP_OWN_DY, "stroke=\"#2c3e50\" stroke-width=\"3.5\"");
    for (int i = 0; i < l->m->n_scenes; i++)
        if (l->on_own[i] || l->on_rec[i])
            map_node(out, l, i);
    fputs("</svg>\n", out);
}

/* What the map calls each scene: its title (names.h: the scenario's own, else the first words of
 * what either route read there; an ending's title), and "Phase · title" in its hover text. */
static int map_names(const cw_report_debrief *db, map_layout *l)
{
    report_arena *a = (report_arena *)&db->arena;
    int n = l->m->n_scenes;
    l->label = calloc((size_t)n, sizeof *l->label);
    l->name = calloc((size_t)n, sizeof *l->name);
    if (!l->label || !l->name)
        return -1;
    for (int i = 0; i < n; i++) {
        const cw_scene_info *sc = l->m->scenes[i];
        const char *title;
        if (sc->is_ending && sc->ending_title && *sc->ending_title)
            title = sc->ending_title;
        else {
            const char *text = l->decision[i] ? l->decision[i]->scene_text : NULL;
            for (int k = 0; !text && k < db->recommended.n_steps; k++) /* what the recommended route read there */
                if (strcmp(db->recommended.steps[k].scene, sc->id) == 0)
                    text = db->recommended.steps[k].text;
            title = report_scene_title(a, db->scenario, sc->id, text);
        }
        l->label[i] = title ? title : "";
        l->name[i] = sc->is_ending ? l->label[i] : report_scene_label(a, sc->phase, l->label[i]);
        if (!l->name[i])
            l->name[i] = l->label[i];
    }
    return 0;
}

/* Lays the map out. Returns 0, 1 when it is too big to draw clearly, -1 when a route does not
 * fit it, -2 when memory ran out. */
static int map_layout_build(const cw_report_debrief *db, map_layout *l)
{
    const debrief_map *m = &db->map;
    l->m = m;
    if (m->n_scenes > MAP_MAX_SCENES)
        return 1;
    int rc = map_routes(db, l);
    if (rc != 0)
        return rc;
    l->column = calloc((size_t)m->n_scenes, sizeof *l->column);
    l->back = calloc((size_t)(m->n_edges ? m->n_edges : 1), 1);
    l->via = calloc((size_t)(m->n_edges ? m->n_edges : 1), sizeof *l->via);
    char *state = calloc((size_t)m->n_scenes, 1);
    if (!l->column || !l->back || !l->via || !state) {
        free(state);
        return -2;
    }
    find_back_ways(l, 0, state);
    free(state);
    assign_columns(l);
    if (l->columns > MAP_MAX_COLUMNS)
        return 1;
    if (place_slots(l) != 0)
        return -2;
    if (l->rows > MAP_MAX_ROWS)
        return 1;
    position_slots(l);
    return map_names(db, l) != 0 || place_labels(l) != 0 ? -2 : 0;
}

int svg_path_figure(FILE *out, const cw_report_debrief *db, const char **note)
{
    report_arena *a = (report_arena *)&db->arena;
    *note = NULL;
    if (db->map.n_scenes > 0) {
        map_layout l;
        memset(&l, 0, sizeof l);
        int rc = map_layout_build(db, &l);
        if (rc == 0) {
            map_figure(out, db, &l);
            int passed = 0;
            for (int i = 0; i < db->map.n_scenes; i++)
                passed += l.on_own[i];
            *note = arena_printf(a, "The map shows every scene the %s can reach: %d, %d of them endings, "
                                    "faint where neither route goes. Your route passed through %d of them.",
                                 db->role_name, db->map.n_scenes, db->map.n_endings, passed);
            map_free(&l);
            return 1;
        }
        if (rc == 1)
            *note = arena_printf(a, "The scenario has %d scenes for the %s, too many to draw clearly as a "
                                    "map: the figure shows the two routes only.",
                                 db->map.n_scenes, db->role_name);
        else if (rc == -1)
            *note = "This record's route does not fit the scenario's map as it is now: the figure shows "
                    "the two routes only.";
        map_free(&l);
    }
    routes_figure(out, db);
    return 0;
}
