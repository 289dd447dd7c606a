# tests/lrs_send.cmake — `casewalk xapi --send` against Learning Locker's xAPI statement service, run in
# memory on 127.0.0.1 (tests/lrs_send/lrs.sh; npm installs the pinned service, test-only).
add_test(NAME lrs_send COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/lrs_send/lrs.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR})
set_tests_properties(lrs_send PROPERTIES TIMEOUT 600)
