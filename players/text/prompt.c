/* prompt.c — reading answers from standard input, noticing Ctrl-C. */
#include "prompt.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "casewalk.h"

static volatile sig_atomic_t interrupted;

/* The first signal asks for a clean stop: a prompt returns and the player pauses, and scenario
 * code running now (a stuck loop) is stopped by the engine at its next budget check. A second
 * one ends the process the default way, whatever it is doing. */
static void on_interrupt(int signal_number)
{
    if (interrupted) {
        signal(signal_number, SIG_DFL);
        raise(signal_number);
        return;
    }
    interrupted = 1;
    cw_interrupt();
}

void prompt_catch_interrupt(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a read in progress returns, and the player pauses */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

int prompt_interrupted(void)
{
    return interrupted != 0;
}

/* One line without its newline; *too_long when the rest of a longer line was dropped. */
static int read_answer(const char *question, char *buffer, size_t size, int *too_long)
{
    *too_long = 0;
    if (interrupted)
        return -1;
    fputs(question, stdout);
    fflush(stdout);
    if (!fgets(buffer, (int)size, stdin)) {
        clearerr(stdin);
        fputc('\n', stdout);
        return -1;
    }
    size_t n = strlen(buffer);
    int complete = n > 0 && buffer[n - 1] == '\n';
    while (n > 0 && (buffer[n - 1] == '\n' || buffer[n - 1] == '\r'))
        buffer[--n] = '\0';
    if (!complete && n == size - 1) { /* too long: drop the rest of the line */
        int c;
        while ((c = getchar()) != EOF && c != '\n')
            ;
        *too_long = 1;
    }
    return interrupted ? -1 : 0;
}

int prompt_line(const char *question, char *buffer, size_t size)
{
    int too_long;
    return read_answer(question, buffer, size, &too_long);
}

int prompt_text(const char *question, char *buffer, size_t size, const char *(*problem)(const char *text))
{
    for (;;) {
        int too_long;
        if (read_answer(question, buffer, size, &too_long) != 0)
            return -1;
        const char *why = too_long ? "too long" : problem(buffer);
        if (!why)
            return 0;
        printf("That cannot be recorded: %s\nPlease type it again.\n", why);
    }
}

int prompt_whole_number(const char *line, int max)
{
    while (*line == ' ' || *line == '\t')
        line++;
    long n = 0;
    int digits = 0;
    for (; *line >= '0' && *line <= '9'; line++, digits++)
        if ((n = n * 10 + (*line - '0')) > max)
            return 0;
    while (*line == ' ' || *line == '\t')
        line++;
    return digits > 0 && *line == '\0' && n >= 1 ? (int)n : 0;
}

int prompt_pause(void)
{
    if (!isatty(STDIN_FILENO))
        return 0;
    char line[256];
    return prompt_line("\n[Press Enter to go on] ", line, sizeof line);
}
