/* prompt.h — reading the trainee's answers from standard input (a terminal or a pipe), noticing
 * Ctrl-C so the player can pause the record instead of dying mid-line. */
#ifndef CW_PROMPT_H
#define CW_PROMPT_H

#include <stddef.h>

/* Ctrl-C interrupts a read instead of ending the program. */
void prompt_catch_interrupt(void);
int prompt_interrupted(void);

/* Prints question, reads one line without its newline. Returns 0, or -1 at end of input or Ctrl-C. */
int prompt_line(const char *question, char *buffer, size_t size);

/* As prompt_line, for text that goes into the record: asks again while the line is longer than
 * the buffer or problem (cw_typed_text_problem, ...) says why it cannot be recorded. */
int prompt_text(const char *question, char *buffer, size_t size, const char *(*problem)(const char *text));

/* A typed number: digits only once the spaces around them are trimmed ("2", " 3 "; not "2.5",
 * "3x", "+3" or "") from 1 to max. Returns the number, or 0 when the line is not one. */
int prompt_whole_number(const char *line, int max);

/* "Press Enter to go on", when standard input is a terminal: feedback stays on a short screen
 * until it is read. Piped and scripted input never waits. Returns -1 at end of input or Ctrl-C. */
int prompt_pause(void);

#endif
