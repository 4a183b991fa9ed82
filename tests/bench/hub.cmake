# bench_hub_ingest: durable webhook ingest of the real deskline-hub over loopback (built, never
# run by ctest). Included from tests/bench/CMakeLists.txt.
qt_add_executable(bench_hub_ingest ${CMAKE_CURRENT_LIST_DIR}/bench_hub_ingest.cpp)
target_link_libraries(bench_hub_ingest PRIVATE Deskline::Cloud Qt6::Network)
target_compile_definitions(bench_hub_ingest PRIVATE DESKLINE_HUB_BINARY="$<TARGET_FILE:deskline-hub>")
add_dependencies(bench_hub_ingest deskline-hub)
deskline_set_warnings(bench_hub_ingest)
