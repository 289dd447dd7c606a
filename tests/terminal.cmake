# tests/terminal.cmake — nothing printed carries a control character from a scenario, a record, a
# file name or the command line (tests/terminal.sh over the fixtures in tests/terminal/).
if(CASEWALK_WINDOW)
  set(terminal_window window)
endif()
add_test(NAME terminal
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/terminal.sh $<TARGET_FILE:casewalk>
                 ${CMAKE_CURRENT_SOURCE_DIR} ${terminal_window})
set_tests_properties(terminal PROPERTIES TIMEOUT 300
  ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/window/lsan.supp:print_suppressions=0")

# The trainee at a terminal: whole-number answers, a pause after practice feedback on a 24-row
# terminal (tmux) and none when piped, and the debrief wrapped at the terminal's width.
add_test(NAME trainee_terminal
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/trainee_terminal.sh $<TARGET_FILE:casewalk>
                 ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(trainee_terminal PROPERTIES TIMEOUT 120)
