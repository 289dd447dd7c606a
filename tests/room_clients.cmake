# tests/room_clients.cmake — the room against its clients, over HTTP on `casewalk workshop
# --console`: tools/room_load plays a whole workshop with 30 and with 200 simulated phones and
# checks every vote against /board, the phones' results and the records (its figures are printed, not
# judged); tests/room/hostile.sh throws hostile clients at a running room and plays the workshop
# to its end afterwards; tests/room/phone.js drives the phone page in Chromium (two sessions at
# once), takes the screenshots in docs/screenshots and checks layout, labels, requests and CSP.
# Nothing here skips: without node, npm or chromium the browser test fails and says so
# (tools/quickstart test installs them).
set(room_scenario ${PROJECT_SOURCE_DIR}/scenarios/petition-drafting.lua)
add_test(NAME room_load_30
         COMMAND room_load --phones 30 --seed 7 --casewalk $<TARGET_FILE:casewalk> --scenario ${room_scenario})
set_tests_properties(room_load_30 PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE)
if(NOT CASEWALK_SANITIZE)
  # 200 phones under AddressSanitizer measure the sanitizer; the 30-phone case runs there.
  add_test(NAME room_load_200
           COMMAND room_load --phones 200 --seed 11 --casewalk $<TARGET_FILE:casewalk> --scenario ${room_scenario})
  set_tests_properties(room_load_200 PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
endif()

add_test(NAME room_hostile
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/room/hostile.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR})
set_tests_properties(room_hostile PROPERTIES TIMEOUT 400 RUN_SERIAL TRUE)

add_test(NAME room_browser
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/room/browser.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR})
set_tests_properties(room_browser PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE)

# One full room: 30 simulated phones and two real browsers through the whole case together.
add_test(NAME room_full
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/room/full.sh $<TARGET_FILE:room_load> $<TARGET_FILE:casewalk>
                 ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR})
set_tests_properties(room_full PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE)
