# tests/scale.cmake — large scenarios and random play: the limits an author can raise, a generated
# 10,000-scene story, and `casewalk check --random`.
add_test(NAME random COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/random.sh $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(random PROPERTIES TIMEOUT 120)
add_test(NAME limits COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/limits.sh $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(limits PROPERTIES TIMEOUT 300)
