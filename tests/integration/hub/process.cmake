# The real deskline-hub binary driven as a process (SIGKILL mid-burst, SIGTERM, refusals, the
# agent CLI) on SQLite. Included from tests/integration/hub/CMakeLists.txt.
deskline_add_test(tst_hub_process LABEL integration LIBS Deskline::Cloud Qt6::Network TIMEOUT 180
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hub_process.cpp)
target_compile_definitions(tst_hub_process PRIVATE DESKLINE_HUB_BINARY="$<TARGET_FILE:deskline-hub>")
add_dependencies(tst_hub_process deskline-hub)
