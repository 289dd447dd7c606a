/* catalog.h — the engine's own way into the installed scenarios: by id only, never by a path. */
#ifndef CW_CATALOG_H
#define CW_CATALOG_H

#include "casewalk.h"

/* The file of the installed scenario with this id (malloc'd), or NULL with err. Anything that is
 * not an id (a path, a name with dots or slashes) is refused without touching the disk. */
char *catalog_find_installed(const char *id, cw_error *err);

/* For a scenario id or path that names nothing: "; did you mean 'night-call'?" when an installed
 * id is a few letters off, then " Installed: a, b, c" (catalog_suggest.c). */
void catalog_suggest(const char *given, char *out, size_t size);

#endif
