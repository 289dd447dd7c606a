# tests/workshop.cmake — workshop mode and the live summary (`summary --watch`) in the window:
# scripted with --votes on tests/workshop/room-case.lua, records and screenshots checked. Each
# script runs twice: offscreen (GL; leaks not checked under the sanitizers, as in window.cmake)
# and with the dummy driver and the software renderer (leaks checked, SDL's own suppressed).
if(CASEWALK_WINDOW)
  add_executable(bmp_probe ${CMAKE_CURRENT_SOURCE_DIR}/workshop/bmp_probe.c)
  set(workshop_dir ${CMAKE_CURRENT_SOURCE_DIR}/workshop)
  set(workshop_offscreen_env "SDL_VIDEODRIVER=offscreen")
  if(CASEWALK_SANITIZE)
    list(APPEND workshop_offscreen_env "ASAN_OPTIONS=detect_leaks=0")
  endif()
  set(workshop_software_env "SDL_VIDEODRIVER=dummy" "SDL_RENDER_DRIVER=software"
      "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/window/lsan.supp:print_suppressions=0")
  foreach(script workshop watch)
    add_test(NAME workshop_${script}
             COMMAND bash ${workshop_dir}/${script}.sh $<TARGET_FILE:casewalk> $<TARGET_FILE:bmp_probe>)
    set_tests_properties(workshop_${script} PROPERTIES ENVIRONMENT "${workshop_offscreen_env}" TIMEOUT 300)
    add_test(NAME workshop_${script}_software
             COMMAND bash ${workshop_dir}/${script}.sh $<TARGET_FILE:casewalk> $<TARGET_FILE:bmp_probe>)
    set_tests_properties(workshop_${script}_software PROPERTIES ENVIRONMENT "${workshop_software_env}" TIMEOUT 300)
  endforeach()
  # The projector in a real X11 server (Xvfb) at 1920x1080, 1280x720 and 800x600: every page fits,
  # phones (curl) vote through the room, the keyboard drives a whole case.
  add_test(NAME workshop_projector
           COMMAND bash ${workshop_dir}/projector.sh $<TARGET_FILE:casewalk> $<TARGET_FILE:bmp_probe>)
  set(projector_env "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/window/lsan.supp:print_suppressions=0")
  if(CASEWALK_SANITIZE)
    list(APPEND projector_env "SDL_RENDER_DRIVER=software" "SDL_FRAMEBUFFER_ACCELERATION=0")
  endif()
  set_tests_properties(workshop_projector PROPERTIES ENVIRONMENT "${projector_env}" TIMEOUT 300)
  # Every shipped case at 1920x1080 and 1280x720 (a fixed --seed, hand counts): every page kind
  # fits, its text at a 34th of the height or more, long pages in parts.
  add_test(NAME workshop_library
           COMMAND bash ${workshop_dir}/library.sh $<TARGET_FILE:casewalk> ${PROJECT_SOURCE_DIR}/scenarios)
  set_tests_properties(workshop_library PROPERTIES ENVIRONMENT "${projector_env}" TIMEOUT 300)
endif()
