# tests/sandbox.cmake — the sandbox's escape suite (tests/escape/) and its positive checks.
add_executable(test_sandbox ${CMAKE_CURRENT_LIST_DIR}/test_sandbox.c)
target_link_libraries(test_sandbox PRIVATE casewalk_engine)
target_include_directories(test_sandbox PRIVATE ${PROJECT_SOURCE_DIR}/engine)
add_test(NAME sandbox COMMAND test_sandbox ${CMAKE_CURRENT_LIST_DIR}/escape)
set_tests_properties(sandbox PROPERTIES TIMEOUT 180)

# Ctrl-C, SIGTERM and SIGHUP end a scenario stuck in C calls, in play and in check.
add_test(NAME escape_signals COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/escape_signals.sh $<TARGET_FILE:casewalk>
                                          ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(escape_signals PROPERTIES TIMEOUT 60)
