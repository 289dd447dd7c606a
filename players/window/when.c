/* when.c — UTC times from records shown in local time, in words. */
#include <stdio.h>
#include <string.h>

#include "when.h"

time_t when_parse(const char *iso)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    int y, mo, d, h, mi, s;
    if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) != 6 || mo < 1 || mo > 12
        || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return (time_t)-1;
    tm.tm_year = y - 1900, tm.tm_mon = mo - 1, tm.tm_mday = d;
    tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = s;
    return timegm(&tm);
}

const char *when_words(time_t t, time_t now, char *out, size_t size)
{
    static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    struct tm at, today;
    if (!localtime_r(&t, &at) || !localtime_r(&now, &today)) {
        snprintf(out, size, "an unknown time");
        return out;
    }
    time_t day_before = now - 24 * 60 * 60;
    struct tm yesterday;
    localtime_r(&day_before, &yesterday);
    int same_year = at.tm_year == today.tm_year;
    if (same_year && at.tm_yday == today.tm_yday)
        snprintf(out, size, "Today %02d:%02d", at.tm_hour, at.tm_min);
    else if (at.tm_year == yesterday.tm_year && at.tm_yday == yesterday.tm_yday)
        snprintf(out, size, "Yesterday %02d:%02d", at.tm_hour, at.tm_min);
    else if (same_year)
        snprintf(out, size, "%s %d %s, %02d:%02d", days[at.tm_wday], at.tm_mday, months[at.tm_mon], at.tm_hour,
                 at.tm_min);
    else
        snprintf(out, size, "%s %d %s %d, %02d:%02d", days[at.tm_wday], at.tm_mday, months[at.tm_mon],
                 at.tm_year + 1900, at.tm_hour, at.tm_min);
    return out;
}

const char *when_local(const char *iso, char *out, size_t size)
{
    time_t t = when_parse(iso);
    if (t == (time_t)-1) {
        snprintf(out, size, "%s", iso ? iso : "");
        return out;
    }
    return when_words(t, time(NULL), out, size);
}
