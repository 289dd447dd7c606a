# tests/engine.cmake — the engine's own tests: units, sessions and records, scenario paths, CLI.
function(casewalk_test name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE casewalk_engine)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/engine ${PROJECT_SOURCE_DIR}/players
                                             ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()

casewalk_test(test_units test_units.c ${PROJECT_SOURCE_DIR}/players/answers.c)
add_test(NAME units COMMAND test_units)

casewalk_test(test_json_line test_json_line.c)
add_test(NAME json_line COMMAND test_json_line)

casewalk_test(test_session test_session.c)
add_test(NAME session COMMAND test_session ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)

casewalk_test(test_records test_records.c)
add_test(NAME record_rules COMMAND test_records ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)

casewalk_test(test_room test_room.c)
add_test(NAME room_participants COMMAND test_room ${PROJECT_SOURCE_DIR}/scenarios)
casewalk_test(make_room room_records/make_room.c)
add_test(NAME room_records
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/room_records/room_records.sh $<TARGET_FILE:casewalk>
                 $<TARGET_FILE:make_room> ${PROJECT_SOURCE_DIR}/scenarios)
add_test(NAME room_xapi
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/room_records/room_xapi.sh $<TARGET_FILE:casewalk>
                 $<TARGET_FILE:make_room> ${PROJECT_SOURCE_DIR}/scenarios ${CMAKE_CURRENT_SOURCE_DIR}/xapi)

casewalk_test(test_paths test_paths.c ${PROJECT_SOURCE_DIR}/players/answers.c)
add_test(NAME scenario_paths COMMAND test_paths ${PROJECT_SOURCE_DIR}/scenarios ${CMAKE_CURRENT_SOURCE_DIR}/paths)

add_test(NAME cli COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli.sh $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME records COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/records.sh $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME docs_example COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/docs_example.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(units json_line session record_rules room_participants room_records room_xapi cli records docs_example PROPERTIES TIMEOUT 300)
# scenario_paths runs check's exhaustive walk of every shipped scenario; under the sanitizers on a
# busy 2-core machine that has taken over 300 s.
set_tests_properties(scenario_paths PROPERTIES TIMEOUT 1200)
