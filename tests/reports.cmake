# tests/reports.cmake — debriefs, group summaries and the xAPI export, over records made by
# playing tests/reports/fixture.lua with `casewalk play --choose` (make_records.sh).
set(REPORT_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/reports)
set(REPORT_RECORDS ${CMAKE_CURRENT_BINARY_DIR}/report-records)

function(report_test_program name)
  add_executable(${name} ${REPORT_TESTS}/${name}.c)
  target_link_libraries(${name} PRIVATE casewalk_engine)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/engine ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()

report_test_program(make_workshop)
report_test_program(make_group_record)
report_test_program(test_report_units)
report_test_program(test_report_debrief)
report_test_program(test_report_group)

add_test(NAME report_records
         COMMAND bash ${REPORT_TESTS}/make_records.sh $<TARGET_FILE:casewalk>
                 $<TARGET_FILE:make_workshop> ${REPORT_RECORDS})
set_tests_properties(report_records PROPERTIES FIXTURES_SETUP report_records)

add_test(NAME report_units COMMAND test_report_units)
add_test(NAME report_debrief COMMAND test_report_debrief ${REPORT_RECORDS} ${REPORT_TESTS}/fixture.lua)
add_test(NAME report_group COMMAND test_report_group ${REPORT_RECORDS} ${REPORT_TESTS}/fixture.lua)
add_test(NAME report_cli COMMAND bash ${REPORT_TESTS}/cli.sh $<TARGET_FILE:casewalk> ${REPORT_RECORDS})
add_test(NAME report_xapi
         COMMAND bash ${REPORT_TESTS}/xapi.sh $<TARGET_FILE:casewalk> ${REPORT_RECORDS}
                 ${CMAKE_CURRENT_SOURCE_DIR}/xapi)
set_tests_properties(report_debrief report_group report_cli report_xapi PROPERTIES
                     FIXTURES_REQUIRED report_records
                     ENVIRONMENT CASEWALK_SCENARIOS=${REPORT_TESTS})
set_tests_properties(report_records report_units report_debrief report_group report_cli report_xapi
                     PROPERTIES TIMEOUT 300)

# Figures of very long words: clean UTF-8, the text put in, no uninitialized bytes (valgrind).
add_test(NAME report_long_words
         COMMAND bash ${REPORT_TESTS}/long_words.sh $<TARGET_FILE:casewalk> ${REPORT_TESTS}/fixture.lua)
set_tests_properties(report_long_words PROPERTIES TIMEOUT 300 ENVIRONMENT CASEWALK_SCENARIOS=${REPORT_TESTS})

# Collected folders as data: links, FIFOs, devices, loops and deep nesting (folders.sh), the
# same session collected twice counted once (copies.sh), and a folder of 100,000 records read in
# bounded time and memory (many_files.sh).
report_test_program(make_many)
add_test(NAME report_folders
         COMMAND bash ${REPORT_TESTS}/folders.sh $<TARGET_FILE:casewalk> ${REPORT_RECORDS})
add_test(NAME report_copies
         COMMAND bash ${REPORT_TESTS}/copies.sh $<TARGET_FILE:casewalk> ${REPORT_RECORDS})
add_test(NAME report_many_files
         COMMAND bash ${REPORT_TESTS}/many_files.sh $<TARGET_FILE:casewalk> $<TARGET_FILE:make_many>
                 ${REPORT_RECORDS})
set_tests_properties(report_folders report_copies report_many_files PROPERTIES
                     FIXTURES_REQUIRED report_records
                     ENVIRONMENT CASEWALK_SCENARIOS=${REPORT_TESTS})
set_tests_properties(report_folders report_copies PROPERTIES TIMEOUT 300)
set_tests_properties(report_many_files PROPERTIES TIMEOUT 1200)

# Printing: every shipped scenario's debrief fits 4 US-letter pages and a realistic summary 6,
# printed to PDF by headless Chromium and counted by pdfinfo (print_pages.sh).
add_test(NAME report_print_pages
         COMMAND bash ${REPORT_TESTS}/print_pages.sh $<TARGET_FILE:casewalk> $<TARGET_FILE:make_group_record>
                 ${PROJECT_SOURCE_DIR})
set_tests_properties(report_print_pages PROPERTIES TIMEOUT 600)

# CSV for spreadsheets: RFC 4180, BOM, CRLF, formulas neutralized, 0600, rows read back (csv.sh).
add_test(NAME report_csv COMMAND bash ${REPORT_TESTS}/csv.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR})
set_tests_properties(report_csv PROPERTIES TIMEOUT 120)
