/* scripted.h — playing --choose answers in the window, and --screenshot. */
#ifndef CW_WINDOW_SCRIPTED_H
#define CW_WINDOW_SCRIPTED_H

#include "app.h"

/* Plays options->choose through the window as the text player would (answers.h), drawing every
 * step, and leaves on screen what the trainee would see after the last answer: the feedback in
 * practice mode, the next step in assessment mode, the end screen at an ending. Saves that frame
 * when options->screenshot is set. Returns EXIT_ENDING at an ending, EXIT_PAUSED when the answers
 * run out (the record is paused and resumable), EXIT_USAGE or EXIT_INPUT on errors. */
int scripted_play(app *a);

#endif
