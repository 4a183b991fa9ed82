# bench_console: the console's main window over a large cache — cold start to the first painted
# window, the CPU of one countdown tick, peak RSS (built, never run by ctest). Included from
# tests/bench/CMakeLists.txt.
qt_add_executable(bench_console ${CMAKE_CURRENT_LIST_DIR}/bench_console.cpp)
target_link_libraries(bench_console PRIVATE Deskline::Widgets Deskline::Storage Qt6::Widgets)
deskline_set_warnings(bench_console)
