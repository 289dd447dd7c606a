# tests/guide.cmake — `casewalk guide`: every shipped case's facilitator guide (text, JSON, HTML
# printed to PDF by headless Chromium), hostile text escaped, and the committed docs/facilitator
# guides matching the generator.
add_test(NAME guide COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/guide/guide.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR})
add_test(NAME guide_docs COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/guide/docs.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR})
set_tests_properties(guide guide_docs PROPERTIES TIMEOUT 600)
