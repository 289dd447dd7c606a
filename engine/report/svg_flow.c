/* svg_flow.c — the group's paths as a flow down the page: scenes in rows by how far into
 * the session they come, a band from scene to scene as wide as the number of sessions that took
 * it, endings coloured by how they turned out. Rows keep a long scenario legible and printable. */
#include <stdlib.h>
#include <string.h>

#include "report/group.h"
#include "report/text_out.h"
#include "report/svg.h"

#define FLOW_NODE_W 156
#define FLOW_NODE_H 44
#define FLOW_COLUMN (FLOW_NODE_W + 26)
#define FLOW_ROW 66
#define FLOW_MARGIN 14
#define FLOW_MAX_BAND 18.0

typedef struct flow_place {
    int x, y;
} flow_place;

static const cw_report_flow_node *sort_nodes;

static int by_step_then_visits(const void *a, const void *b)
{
    const cw_report_flow_node *x = &sort_nodes[*(const int *)a], *y = &sort_nodes[*(const int *)b];
    if (x->column != y->column)
        return x->column - y->column;
    if (x->visits != y->visits)
        return y->visits - x->visits;
    return strcmp(x->id, y->id);
}

void svg_flow_figure(FILE *out, const cw_report_group_view *v)
{
    if (v->n_nodes == 0)
        return;
    int *order = malloc(sizeof *order * (size_t)v->n_nodes);
    flow_place *at = malloc(sizeof *at * (size_t)v->n_nodes);
    if (!order || !at) {
        free(order);
        free(at);
        return;
    }
    for (int i = 0; i < v->n_nodes; i++)
        order[i] = i;
    sort_nodes = v->nodes;
    qsort(order, (size_t)v->n_nodes, sizeof *order, by_step_then_visits);
    /* a row per step into the session; the scenes of one step side by side, busiest first */
    int columns = 0, rows = 0, slot = 0, step = -1, max_count = 1;
    for (int k = 0; k < v->n_nodes; k++) {
        const cw_report_flow_node *n = &v->nodes[order[k]];
        slot = n->column == step ? slot + 1 : 0;
        if (n->column != step)
            rows++;
        step = n->column;
        at[order[k]] = (flow_place){FLOW_MARGIN + slot * FLOW_COLUMN, FLOW_MARGIN + (rows - 1) * FLOW_ROW};
        if (slot + 1 > columns)
            columns = slot + 1;
    }
    for (int i = 0; i < v->n_links; i++)
        if (v->links[i].count > max_count)
            max_count = v->links[i].count;
    int width = 2 * FLOW_MARGIN + (columns - 1) * FLOW_COLUMN + FLOW_NODE_W + 70;
    int height = 2 * FLOW_MARGIN + (rows - 1) * FLOW_ROW + FLOW_NODE_H;
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" role=\"img\" "
                 "aria-label=\"The group's paths from scene to scene\">\n", width, height, width);
    for (int i = 0; i < v->n_links; i++) {
        const cw_report_flow_link *l = &v->links[i];
        flow_place a = at[l->from], b = at[l->to];
        double band = 1.5 + (FLOW_MAX_BAND - 1.5) * l->count / max_count;
        int x1 = a.x + FLOW_NODE_W / 2, y1 = a.y + FLOW_NODE_H, x2 = b.x + FLOW_NODE_W / 2, y2 = b.y;
        fputs("<path d=\"", out);
        if (y2 <= y1) /* back to an earlier row: around the right-hand side */
            fprintf(out, "M%d %d C%d %d %d %d %d %d", a.x + FLOW_NODE_W, a.y + FLOW_NODE_H / 2,
                    a.x + FLOW_NODE_W + 60, a.y + FLOW_NODE_H / 2, b.x + FLOW_NODE_W + 60,
                    b.y + FLOW_NODE_H / 2, b.x + FLOW_NODE_W, b.y + FLOW_NODE_H / 2);
        else
            fprintf(out, "M%d %d C%d %d %d %d %d %d", x1, y1, x1, (y1 + y2) / 2, x2, (y1 + y2) / 2, x2, y2);
        fprintf(out, "\" fill=\"none\" stroke=\"#7f8b99\" stroke-opacity=\"0.45\" stroke-width=\"%.1f\"><title>",
                band);
        html_put(out, v->nodes[l->from].title);
        fputs(" → ", out);
        html_put(out, v->nodes[l->to].title);
        fprintf(out, ": %d</title></path>\n", l->count);
    }
    for (int i = 0; i < v->n_nodes; i++) {
        const cw_report_flow_node *n = &v->nodes[i];
        int ending = n->classification != NULL;
        fprintf(out, "<g><title>");
        html_put(out, n->title);
        fprintf(out, ": %d sessions</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"7\" "
                     "fill=\"%s\" stroke=\"%s\"/>",
                n->visits, at[i].x, at[i].y, FLOW_NODE_W, FLOW_NODE_H,
                ending ? svg_ending_colour(n->classification) : "#ffffff", ending ? "none" : "#9aa3ad");
        fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">", at[i].x + 8, at[i].y + 13,
                ending ? "#ffffff" : "#1f2328");
        svg_text_lines(out, n->title, 24, 2, at[i].x + 8, 12); /* the title in two lines at most */
        fprintf(out, "</text><text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\" fill=\"%s\">%d</text></g>\n",
                at[i].x + FLOW_NODE_W - 6, at[i].y + FLOW_NODE_H - 5, ending ? "#f4f4f4" : "#5b6470", n->visits);
    }
    fputs("</svg>\n", out);
    free(order);
    free(at);
}
