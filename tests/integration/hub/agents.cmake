# Agents, roles, passwords and session tokens, and the hub's `agent` subcommands — each suite on
# SQLite (label integration) and on the throwaway PostgreSQL (label postgres, <name>_postgres).
# Included from tests/integration/hub/CMakeLists.txt; sources are found beside this file.
deskline_add_store_test(tst_agent_store LIBS Deskline::HubServer
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_agent_store.cpp)
deskline_add_store_test(tst_agent_cli LIBS Deskline::HubServer
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_agent_cli.cpp)
