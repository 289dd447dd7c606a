/* text_player.h — the terminal player: plain text in, plain text out, works with a pipe or a
 * screen reader. */
#ifndef CW_TEXT_PLAYER_H
#define CW_TEXT_PLAYER_H

#include "play_options.h"

/* Plays options->scenario (or asks which, when NULL). Returns an EXIT_* code. */
int text_play(const play_options *options);

#endif
