/* error.c — the one way the engine reports a failure: "FILE:LINE: message" in a cw_error. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "casewalk.h"

void cw_error_set(cw_error *err, cw_error_kind kind, const char *file, int line, const char *fmt, ...)
{
    if (!err)
        return;
    err->kind = kind;
    if (!file && strcmp(fmt, "%s") == 0) { /* one text as it stands (readers clear err so once a record) */
        va_list ap;
        va_start(ap, fmt);
        const char *text = va_arg(ap, const char *);
        va_end(ap);
        if (text) {
            size_t n = strnlen(text, sizeof err->message - 1);
            memcpy(err->message, text, n);
            err->message[n] = '\0';
            return;
        }
    }
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
