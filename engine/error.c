/* error.c — the one way the engine reports a failure: "FILE:LINE: message" in a cw_error. */
#include <stdarg.h>
#include <stdio.h>

#include "casewalk.h"

void cw_error_set(cw_error *err, cw_error_kind kind, const char *file, int line, const char *fmt, ...)
{
    if (!err)
        return;
    err->kind = kind;
    int used = 0;
    if (file && line > 0)
        used = snprintf(err->message, sizeof err->message, "%s:%d: ", file, line);
    else if (file)
        used = snprintf(err->message, sizeof err->message, "%s: ", file);
    if (used < 0 || (size_t)used >= sizeof err->message)
        used = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message + used, sizeof err->message - (size_t)used, fmt, ap);
    va_end(ap);
}
