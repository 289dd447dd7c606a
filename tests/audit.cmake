# tests/audit.cmake — choices that cannot be guessed: the order choices are shown in (seeded,
# pinned, authored where a scene asks), and `casewalk check`'s audit of test-wise strategies.
add_executable(test_order ${CMAKE_CURRENT_SOURCE_DIR}/test_order.c)
target_link_libraries(test_order PRIVATE casewalk_engine)
target_include_directories(test_order PRIVATE ${PROJECT_SOURCE_DIR}/engine ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME choice_order COMMAND test_order ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/order)
set_tests_properties(choice_order PROPERTIES TIMEOUT 120)

add_test(NAME audit COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/audit.sh $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(audit PROPERTIES TIMEOUT 300)
