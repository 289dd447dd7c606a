# tests/audit.cmake — choices that cannot be guessed: the order choices are shown in (seeded,
# pinned, authored where a scene asks), and `casewalk check`'s audit of test-wise strategies.
add_executable(test_order ${CMAKE_CURRENT_SOURCE_DIR}/test_order.c)
target_link_libraries(test_order PRIVATE casewalk_engine)
target_include_directories(test_order PRIVATE ${PROJECT_SOURCE_DIR}/engine ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME choice_order COMMAND test_order ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/order)
set_tests_properties(choice_order PROPERTIES TIMEOUT 120)

add_test(NAME audit COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/audit.sh $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(audit PROPERTIES TIMEOUT 300)

# The shipped library stays teachable: every case passes `check --strict` (errors, warnings, a
# discussion prompt at every decision, and the guessability audit with its word model learned
# from the other cases), and the same act is rated alike across cases (--library).
file(GLOB shipped_scenarios ${PROJECT_SOURCE_DIR}/scenarios/*.lua)
add_test(NAME library_strict COMMAND sh -c "out=$(\"$0\" check --library --strict \"$@\" 2>&1); status=$?; \
printf '%s\\n' \"$out\" | tail -n 3; \
if printf '%s\\n' \"$out\" | grep 'without a discussion prompt'; then exit 1; fi; exit $status"
    $<TARGET_FILE:casewalk> ${shipped_scenarios})
set_tests_properties(library_strict PROPERTIES TIMEOUT 900)
