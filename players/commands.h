/* commands.h — one function per `casewalk` command; main.c dispatches on the first argument.
 * Each takes the arguments after the command name and returns an EXIT_* code (play_options.h). */
#ifndef CW_COMMANDS_H
#define CW_COMMANDS_H

int cmd_play(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_debrief(int argc, char **argv);
int cmd_summary(int argc, char **argv);
int cmd_xapi(int argc, char **argv);
int cmd_workshop(int argc, char **argv);
int cmd_guide(int argc, char **argv);

#endif
