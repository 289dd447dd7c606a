/* report_svg_path.c — the debrief's path figure: the trainee's route against the recommended
 * route. Scenes both routes pass through sit on the middle line; scenes only the recommended
 * route visits sit above it, scenes only the trainee visited below. The two routes are lined up
 * by their longest common run of scenes, so a route that leaves and rejoins reads as a detour. */
#include <stdlib.h>
#include <string.h>

#include "report_debrief.h"

#define COLUMN 104
#define MARGIN 60
#define ROW_REC 46
#define ROW_BOTH 126
#define ROW_OWN 206
#define HEIGHT 290

typedef struct path_node {
    const char *scene;
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
    for (int i = 0; i < s->n_decisions; i++)
        l->own[l->n_own++] = (path_node){s->decisions[i].scene, 0, ROW_OWN, &s->decisions[i], NULL, 0};
    if (s->ending)
        l->own[l->n_own++] = (path_node){s->ending->scene, 0, ROW_OWN, NULL, s->ending->classification, 0};
}

static void recommended_route(const cw_report_debrief *db, path_layout *l)
{
    for (int i = 0; i < db->recommended.n_steps; i++) {
        const walk_step *ws = &db->recommended.steps[i];
        l->rec[l->n_rec++] = (path_node){ws->scene, 0, ROW_REC, NULL,
                                         ws->kind == CW_STEP_ENDING ? ws->classification : NULL, 1};
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
    html_put_cut(out, p->scene, 15);
    fputs("</text>\n", out);
}

static void draw_node(FILE *out, const path_node *p)
{
    int x = x_of(p), y = p->y;
    fputs("<g><title>", out);
    html_put(out, p->scene);
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
            fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"19\" fill=\"none\" stroke=\"#a8443b\" "
                         "stroke-width=\"2\" stroke-dasharray=\"3 3\"/>", x, y);
        fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"13\" fill=\"%s\"/>"
                     "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"600\" fill=\"#fff\" "
                     "text-anchor=\"middle\">%d</text>",
                x, y, svg_rating_colour(p->decision->rating), x, y + 4, p->decision->number);
    } else {
        fprintf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"11\" fill=\"#fff\" stroke=\"#3f7d58\" "
                     "stroke-width=\"2\" stroke-dasharray=\"4 3\"/>", x, y);
    }
    fputs("</g>\n", out);
}

void svg_path_figure(FILE *out, const cw_report_debrief *db)
{
    path_layout l = {0};
    int most = db->s->n_decisions + 1 + db->recommended.n_steps;
    l.own = calloc((size_t)most, sizeof *l.own);
    l.rec = calloc((size_t)most, sizeof *l.rec);
    if (!l.own || !l.rec) {
        free(l.own);
        free(l.rec);
        return;
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
}
