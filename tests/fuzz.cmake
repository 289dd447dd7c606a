# tests/fuzz.cmake — libFuzzer targets, built only with -DCASEWALK_FUZZ=ON and clang (CC=clang).
# Every tests/fuzz/fuzz_*.c is a target of its own name; all of them get the fixture paths below,
# and tests/fuzz/TARGET.cmake, when there is one, is included to add what that target alone needs.
# tools/fuzz builds them (the fuzz_targets target) and runs each. By hand:
#   build-fuzz/tests/fuzz_scenario CORPUS_DIR -max_total_time=60
option(CASEWALK_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(CASEWALK_FUZZ)
  target_compile_options(casewalk_engine PRIVATE -fsanitize=fuzzer-no-link) # coverage for the fuzzer
  file(GLOB FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_*.c)
  set(FUZZ_TARGETS)
  foreach(source ${FUZZ_SOURCES})
    get_filename_component(target ${source} NAME_WE)
    add_executable(${target} ${source})
    target_link_libraries(${target} PRIVATE casewalk_engine)
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/engine)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    target_compile_definitions(${target} PRIVATE
      FIXTURE_SCENARIO="${CMAKE_CURRENT_SOURCE_DIR}/fixtures/small-example.lua"
      FIXTURES_DIR="${CMAKE_CURRENT_SOURCE_DIR}/fixtures"
      SCENARIOS_DIR="${PROJECT_SOURCE_DIR}/scenarios")
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${target}.cmake)
      include(${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${target}.cmake) # sees ${target}
    endif()
    list(APPEND FUZZ_TARGETS ${target})
  endforeach()
  add_custom_target(fuzz_targets DEPENDS ${FUZZ_TARGETS})
endif()
