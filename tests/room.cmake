# tests/room.cmake — the room: its state machine in C, and a whole case run from the facilitator's
# console with phones played by curl (records checked after), and the phones' drafts on the console.
add_executable(test_room_state test_room_state.c)
target_link_libraries(test_room_state PRIVATE casewalk_room)
target_include_directories(test_room_state PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME room_state COMMAND test_room_state ${PROJECT_SOURCE_DIR}/scenarios/night-call.lua)
add_test(NAME room_console COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/room/console.sh $<TARGET_FILE:casewalk>)
set_tests_properties(room_state room_console PROPERTIES TIMEOUT 300)
add_test(NAME room_drafts COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/room/drafts.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR})
set_tests_properties(room_drafts PROPERTIES TIMEOUT 300)
