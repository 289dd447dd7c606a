/* scenario_load.h — building the C model of a scenario from its file, inside its sandbox. */
#ifndef CW_SCENARIO_LOAD_H
#define CW_SCENARIO_LOAD_H

#include <lua.h>

#include "scenario_model.h"

/* sc->sb and sc->path are set; runs the file and fills the model. */
int scenario_load_model(cw_scenario *sc, cw_error *err);

/* Puts the helpers written in Lua (scenario_helpers.c) into the environment on top of the stack;
 * called inside the loader's protected call. */
void scenario_install_helpers(lua_State *L);

/* scenario_relocate.c: copies the model's functions next to each other, in the order scenes are
 * played, under the same references (called once the model is built). */
void scenario_relocate_functions(cw_scenario *sc);

/* scenario_pack.c: moves each scene's choices, effects, routes and text plans into one block,
 * scene after scene (called once the model is built); and frees a part unless it is in it. */
void scenario_pack(cw_scenario *sc);
void scenario_unpacked_free(const cw_scenario *sc, void *part);
/* Asks the processor for scene index and its part of the block before a step reads them. */
void scenario_prefetch_scene(const cw_scenario *sc, int index);

/* Loads without validation (check reports every finding itself). */
cw_scenario *scenario_load_unchecked(const char *path, cw_error *err);
#endif
