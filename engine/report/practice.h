/* practice.h — the practice points a rationale cites (practice.c). */
#ifndef CW_REPORT_PRACTICE_H
#define CW_REPORT_PRACTICE_H

#define PRACTICE_POINT_COUNT 25
/* The point's short statement, or NULL when number is out of range. */
const char *practice_point(int number);
/* A few words naming the point, and the source to read further; NULL when out of range. */
const char *practice_point_title(int number);
const char *practice_point_source(int number);
/* The point numbers a text cites as "point 4" or "points 13, 14" (at most max). */
int practice_points_cited(const char *text, int *numbers, int max);

#endif
