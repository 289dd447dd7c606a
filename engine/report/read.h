/* read.h — what reading records shares inside the report module beyond casewalk_report.h: the
 * arena a session's strings live in, and the rule for ids (read_session.c). */
#ifndef CW_REPORT_READ_H
#define CW_REPORT_READ_H

#include "casewalk_report.h"
#include "report/arena.h"

/* read_session.c: the arena a session's strings live in (for texts filled in later), and
 * whether s is a stable id (letters, digits, '-', '_'). */
report_arena *report_session_arena(cw_report_session *s);
int report_is_id(const char *s);

#endif
