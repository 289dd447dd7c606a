/* lrs_auth.c — reads the LRS credentials from a private file (refused when others may read it)
 * or from the environment; see lrs_auth.h. */
#define _GNU_SOURCE /* O_NOFOLLOW, explicit_bzero */
#include "lrs_auth.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define AUTH_MAX_BYTES 4096

/* NULL when text (one line, its newline cut off) is KEY:SECRET, else why not. */
static const char *credentials_problem(const char *text)
{
    const char *colon = strchr(text, ':');
    if (!colon || colon == text || !colon[1])
        return "is not one line KEY:SECRET";
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if (*p < ' ' || *p == 0x7F)
            return "holds a control character (it must be one line KEY:SECRET)";
    return NULL;
}

static char *checked_copy(const char *text, const char *where, cw_error *err)
{
    const char *why = credentials_problem(text);
    if (why) {
        cw_error_set(err, CW_ERR_INPUT, where, 0, "the credentials %s", why);
        return NULL;
    }
    char *copy = strdup(text);
    if (!copy)
        cw_error_set(err, CW_ERR_SYSTEM, where, 0, "out of memory");
    return copy;
}

static char *read_file(const char *path, cw_error *err)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "cannot open the credentials file: %s",
                     errno == ELOOP ? "it is a symbolic link" : strerror(errno));
        return NULL;
    }
    struct stat st;
    memset(&st, 0, sizeof st);
    const char *refused = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        refused = "is not a regular file";
    else if (st.st_uid != geteuid())
        refused = "belongs to another user";
    else if ((st.st_mode & 0177) != 0)
        refused = "may be read or written by others; make it private with chmod 600";
    if (refused) {
        close(fd);
        cw_error_set(err, CW_ERR_INPUT, path, 0, "refused: the credentials file %s (mode %03o)", refused,
                     (unsigned)(st.st_mode & 0777));
        return NULL;
    }
    char buffer[AUTH_MAX_BYTES + 1];
    size_t n = 0;
    ssize_t got;
    while (n < sizeof buffer - 1 && (got = read(fd, buffer + n, sizeof buffer - 1 - n)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            close(fd);
            explicit_bzero(buffer, sizeof buffer);
            cw_error_set(err, CW_ERR_INPUT, path, 0, "cannot read the credentials file: %s", strerror(errno));
            return NULL;
        }
        n += (size_t)got;
    }
    close(fd);
    buffer[n] = '\0';
    /* One line: a final newline (and a CR before it) is allowed, anything after it is not. */
    size_t len = strcspn(buffer, "\n");
    int more = buffer[len] == '\n' && buffer[len + 1] != '\0';
    buffer[len] = '\0';
    if (len > 0 && buffer[len - 1] == '\r')
        buffer[--len] = '\0';
    char *credentials = NULL;
    if (more || n >= AUTH_MAX_BYTES)
        cw_error_set(err, CW_ERR_INPUT, path, 0, "the credentials file must hold one line KEY:SECRET");
    else
        credentials = checked_copy(buffer, path, err);
    explicit_bzero(buffer, sizeof buffer);
    return credentials;
}

char *lrs_auth_read(const char *auth_file, cw_error *err)
{
    if (auth_file)
        return read_file(auth_file, err);
    const char *env = getenv(LRS_AUTH_ENV);
    if (env && *env)
        return checked_copy(env, "$" LRS_AUTH_ENV, err);
    cw_error_set(err, CW_ERR_INPUT, NULL, 0,
                 "no credentials for the LRS: give --auth-file FILE (one line KEY:SECRET, mode 0600) "
                 "or set " LRS_AUTH_ENV);
    return NULL;
}

void lrs_auth_free(char *credentials)
{
    if (credentials) {
        explicit_bzero(credentials, strlen(credentials));
        free(credentials);
    }
}
