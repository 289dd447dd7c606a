# packaging.cmake — what `cmake --install` puts in place beside the program and its data (licenses,
# desktop entry, icons, AppStream metadata, man pages, bash completion), and the Debian package
# that `cpack -G DEB` builds from the same install. Included from the top CMakeLists.txt.
set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(app_id org.casewalk.casewalk)

# Licenses and the facilitator's guide to the scenarios. The Debian copyright file is made from
# the two license texts, so it cannot drift from them.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE mit_text)
file(READ ${PROJECT_SOURCE_DIR}/scenarios/LICENSE cc_by_text)
foreach(text mit_text cc_by_text)
  string(REGEX REPLACE "\n$" "" ${text} "${${text}}")
  string(REPLACE "\n\n" "\n.\n" ${text} "${${text}}")
  string(REPLACE "\n.\n\n" "\n.\n.\n" ${text} "${${text}}")
  string(REPLACE "\n" "\n " ${text} "${${text}}")
endforeach()
configure_file(${packaging_dir}/copyright.in ${CMAKE_BINARY_DIR}/copyright @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/copyright LICENSE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES scenarios/LICENSE scenarios/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/casewalk/scenarios)

# Desktop integration: the menu entry (with the workshop as a second action), the icon as SVG and
# at the PNG sizes (rendered by packaging/icons/render.sh and kept in the repository), AppStream.
install(FILES ${packaging_dir}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_dir}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${packaging_dir}/icons/casewalk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
  install(FILES ${packaging_dir}/icons/casewalk-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME casewalk.png)
endforeach()

# Bash completion, where bash-completion looks for it by the command's name.
install(FILES ${packaging_dir}/casewalk.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME casewalk)

# Man pages for casewalk and each command, generated from their --help by help2man at build time,
# so a page can never describe options the program does not have.
find_program(HELP2MAN help2man)
if(NOT HELP2MAN)
  message(FATAL_ERROR "help2man is needed for the man pages: apt-get install help2man")
endif()
set(man_pages "")
foreach(command "" play list check debrief summary xapi workshop guide)
  if(command)
    set(page ${CMAKE_BINARY_DIR}/man/casewalk-${command}.1)
  else()
    set(page ${CMAKE_BINARY_DIR}/man/casewalk.1)
  endif()
  add_custom_command(OUTPUT ${page}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND sh ${packaging_dir}/man.sh $<TARGET_FILE:casewalk> ${PROJECT_VERSION} ${page} ${command}
    DEPENDS casewalk ${packaging_dir}/man.sh ${packaging_dir}/casewalk.h2m VERBATIM)
  list(APPEND man_pages ${page})
endforeach()
add_custom_target(man_pages ALL DEPENDS ${man_pages})
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The Debian package: `cpack -G DEB` in the build folder. Library dependencies are found by
# dpkg-shlibdeps from the program's own links; the font the window needs is named by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME casewalk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The casewalk authors")
set(CPACK_PACKAGE_CONTACT "The casewalk authors <casewalk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "branching case scenarios for CPS and DV cross-training")
set(CPACK_PACKAGE_DESCRIPTION "casewalk runs branching case scenarios that walk child protective services
and domestic violence staff through the junctures where the two systems
misunderstand each other, and records every decision for debriefing: alone
in a window or a terminal, or with a room at a projector. Debriefs, group
summaries and an xAPI export come with it. Everything runs offline.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps finds the libraries too; naming the room's two keeps them on a machine built without it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libmicrohttpd12, libqrencode4")
if(CASEWALK_WINDOW)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
endif()
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
