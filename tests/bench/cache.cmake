# bench_cache: the console cache — applying the hub's event stream, and the first screens read
# from a large cache (built, never run by ctest). Included from tests/bench/CMakeLists.txt.
qt_add_executable(bench_cache ${CMAKE_CURRENT_LIST_DIR}/bench_cache.cpp)
target_link_libraries(bench_cache PRIVATE Deskline::Storage)
deskline_set_warnings(bench_cache)
