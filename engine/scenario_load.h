/* scenario_load.h — building the C model of a scenario from its file, inside its sandbox. */
#ifndef CW_SCENARIO_LOAD_H
#define CW_SCENARIO_LOAD_H

#include "scenario_model.h"

/* sc->sb and sc->path are set; runs the file and fills the model. */
int scenario_load_model(cw_scenario *sc, cw_error *err);



/* Loads without validation (check reports every finding itself). */
cw_scenario *scenario_load_unchecked(const char *path, cw_error *err);
#endif
