# tests/fuzz.cmake — libFuzzer targets for the scenario loader and the record reader, built only
# with -DCASEWALK_FUZZ=ON and clang (CC=clang). Run: build/fuzz_scenario CORPUS_DIR -max_total_time=60
option(CASEWALK_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(CASEWALK_FUZZ)
  target_compile_options(casewalk_engine PRIVATE -fsanitize=fuzzer-no-link) # coverage for the fuzzer
  foreach(target fuzz_record fuzz_scenario)
    add_executable(${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${target}.c)
    target_link_libraries(${target} PRIVATE casewalk_engine)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  endforeach()
  target_compile_definitions(fuzz_record PRIVATE
    FIXTURE_SCENARIO="${CMAKE_CURRENT_SOURCE_DIR}/fixtures/small-example.lua")
endif()
