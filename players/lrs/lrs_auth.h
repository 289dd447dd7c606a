/* lrs_auth.h — the credentials casewalk sends to a learning record store: read from a private
 * file or the environment, never from the command line (where any user of the machine can see
 * them in the process list). */
#ifndef CW_LRS_AUTH_H
#define CW_LRS_AUTH_H

#include "casewalk.h"

#define LRS_AUTH_ENV "CASEWALK_LRS_AUTH"

/* "KEY:SECRET" for HTTP Basic authentication, malloc'd: from auth_file when given (one line; the
 * file must be a regular file owned by the user, readable by nobody else: mode 0600 or 0400), else
 * from $CASEWALK_LRS_AUTH. NULL with err when the file is refused or unreadable, when the text is
 * not KEY:SECRET, or when there are no credentials at all. Free with lrs_auth_free. */
char *lrs_auth_read(const char *auth_file, cw_error *err);
/* Wipes the credentials' bytes before freeing them. */
void lrs_auth_free(char *credentials);

#endif
