# tests/bench.cmake — the benchmarks in tools/ are not run here (too slow, too noisy); this only
# checks that each runs on a tiny input and prints what it measures.
add_test(NAME bench_smoke
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/bench/smoke.sh ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR})
set_tests_properties(bench_smoke PROPERTIES TIMEOUT 60)
