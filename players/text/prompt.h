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

#endif
