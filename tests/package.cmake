# tests/package.cmake — the installed tree: where it finds its data wherever it is unpacked (never
# the build tree), and its desktop entry, AppStream metadata, icons, man pages and completion. The
# Debian package itself is built, installed and removed by tests/package/deb.sh, run by .ci/run.
add_test(NAME package_install
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/package/install.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR})
add_test(NAME package_desktop
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/package/desktop.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR})
set_tests_properties(package_install package_desktop PROPERTIES TIMEOUT 300)
