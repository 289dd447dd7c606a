# tests/alloc.cmake — the allocation-failure test: the engine's malloc, calloc, realloc and strdup
# are wrapped at link time (before the sanitizers' own interception, so the two compose) so that
# the test can refuse the Nth allocation of a load or a session.
add_executable(test_alloc_failure ${CMAKE_CURRENT_LIST_DIR}/test_alloc_failure.c)
target_link_libraries(test_alloc_failure PRIVATE casewalk_engine)
target_include_directories(test_alloc_failure PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_options(test_alloc_failure PRIVATE
  -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=free)
add_test(NAME alloc_failure COMMAND test_alloc_failure ${CMAKE_CURRENT_LIST_DIR}/fixtures
                                    ${PROJECT_SOURCE_DIR}/scenarios)
set_tests_properties(alloc_failure PROPERTIES TIMEOUT 300)
