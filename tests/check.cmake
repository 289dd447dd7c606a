# tests/check.cmake — `casewalk check`'s walk: what it keeps between states must not change what it finds.
add_test(NAME check_walk COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/check_walk.sh $<TARGET_FILE:casewalk>
                                      ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(check_walk PROPERTIES TIMEOUT 120)
