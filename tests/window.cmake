# tests/window.cmake — the window: headless screenshots checked pixel by pixel, and a real X11
# window under Xvfb driven by synthetic key presses. Fixtures are in tests/window/.
#
# Under the sanitizers, leaks are checked where the libraries let LeakSanitizer see them: Mesa's
# EGL and GLX are unloaded by SDL_Quit with allocations LSan can no longer attribute, so the
# offscreen run checks memory errors only, while the dummy-driver run (software renderer, no GL)
# and the Xvfb run (software renderer, no GL framebuffer) check leaks as well.
if(CASEWALK_WINDOW)
  set(window_lsan "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/window/lsan.supp:print_suppressions=0")
  set(window_dir ${PROJECT_SOURCE_DIR}/players/window)
  add_executable(test_window_text ${CMAKE_CURRENT_SOURCE_DIR}/window/test_window_text.c
                 ${window_dir}/textfield.c ${window_dir}/fonts.c ${window_dir}/words.c ${window_dir}/layout.c
                 ${window_dir}/when.c ${window_dir}/resume_words.c ${window_dir}/progress_words.c
                 ${PROJECT_SOURCE_DIR}/players/pseudonym.c)
  target_include_directories(test_window_text PRIVATE ${window_dir} ${PROJECT_SOURCE_DIR}/players)
  target_link_libraries(test_window_text PRIVATE PkgConfig::SDL)
  target_link_libraries(test_window_text PRIVATE casewalk_engine) # cw_data_dir, for the assets folder
  add_test(NAME window_text COMMAND test_window_text ${CMAKE_CURRENT_SOURCE_DIR}/window/late-referral.lua)
  set_tests_properties(window_text PROPERTIES ENVIRONMENT "${window_lsan}")

  add_executable(test_window_shots ${CMAKE_CURRENT_SOURCE_DIR}/window/test_window_shots.c)

  add_test(NAME window_screenshots
           COMMAND test_window_shots $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR}/window)
  set(offscreen_env "SDL_VIDEODRIVER=offscreen")
  if(CASEWALK_SANITIZE)
    list(APPEND offscreen_env "ASAN_OPTIONS=detect_leaks=0")
  endif()
  set_tests_properties(window_screenshots PROPERTIES ENVIRONMENT "${offscreen_env}")

  add_test(NAME window_screenshots_software
           COMMAND test_window_shots $<TARGET_FILE:casewalk> ${CMAKE_CURRENT_SOURCE_DIR}/window)
  set_tests_properties(window_screenshots_software PROPERTIES
    ENVIRONMENT "SDL_VIDEODRIVER=dummy;SDL_RENDER_DRIVER=software;${window_lsan}")

  add_executable(clipboard_owner ${CMAKE_CURRENT_SOURCE_DIR}/window/clipboard_owner.c)
  target_link_libraries(clipboard_owner PRIVATE PkgConfig::SDL)
  add_test(NAME window_xvfb
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/window/xvfb.sh $<TARGET_FILE:casewalk>
                   ${CMAKE_CURRENT_SOURCE_DIR}/window $<TARGET_FILE:clipboard_owner>)
  set(xvfb_env "${window_lsan}")
  if(CASEWALK_SANITIZE)
    list(APPEND xvfb_env "SDL_RENDER_DRIVER=software" "SDL_FRAMEBUFFER_ACCELERATION=0")
  endif()
  set_tests_properties(window_xvfb PROPERTIES ENVIRONMENT "${xvfb_env}")

  set_tests_properties(window_text window_screenshots window_screenshots_software window_xvfb PROPERTIES TIMEOUT 300)
endif()
