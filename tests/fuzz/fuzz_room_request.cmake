# fuzz_room_request: the room's form reader and HTML escaping, without the server.
target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/players/room/room_form.c ${PROJECT_SOURCE_DIR}/players/room/room_buf.c)
target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/players/room)
