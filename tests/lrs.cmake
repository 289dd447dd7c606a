# tests/lrs.cmake — `casewalk summary --lrs` against a fake learning record store on 127.0.0.1
# (tests/lrs/fake_lrs.js, node): the same numbers as from the folder, paging, --since/--until,
# statements and stores that misbehave, credentials; and memory flat from 200 to 1,000 sessions.
add_test(NAME lrs_summary COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/lrs/summary.sh $<TARGET_FILE:casewalk>)
if(CASEWALK_SANITIZE)
  set(lrs_sanitized sanitized)
endif()
add_test(NAME lrs_memory
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/lrs/memory.sh $<TARGET_FILE:casewalk> ${lrs_sanitized})
set_tests_properties(lrs_summary lrs_memory PROPERTIES TIMEOUT 300)
