# Checks the layering rule of docs/architecture.md on the sources:
#   core < net < cloud < storage < {hub, sync, simulator} < widgets
# A layer includes only its own headers and those of layers below it; sync and widgets never
# include cloud (no desk holds the Meta token); core does no I/O. Sibling layers share only
# hub/protocol.
# Run: cmake -DSOURCE_DIR=<repo> -P scripts/check-layering.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "pass -DSOURCE_DIR=<repository root>")
endif()

set(rank_core 1)
set(rank_net 2)
set(rank_cloud 3)
set(rank_storage 4)
set(rank_hub 5)
set(rank_sync 5)
set(rank_simulator 5)
set(rank_widgets 6)
set(layers core net cloud storage hub sync simulator widgets)

set(core_forbidden "QFile" "QDir" "QSettings" "QProcess" "QStandardPaths" "QTemporaryFile"
                   "QSaveFile" "QFileInfo" "QTcpSocket" "QNetwork" "QSql" "QThread")

set(violations "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}/src" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.cpp")
foreach(rel IN LISTS sources)
    string(REGEX MATCH "^[^/]+" layer "${rel}")
    if(NOT DEFINED rank_${layer})
        list(APPEND violations "src/${rel}: '${layer}' is not a known layer")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/src/${rel}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        string(REGEX MATCH "[\"<]([^\">]+)[\">]" _ "${line}")
        set(header "${CMAKE_MATCH_1}")
        string(REGEX MATCH "^([a-z]+)/" _ "${header}")
        set(target "${CMAKE_MATCH_1}")
        if(target AND DEFINED rank_${target})
            if(rank_${target} GREATER rank_${layer})
                list(APPEND violations "src/${rel}: ${layer} includes ${header} from the upper layer ${target}")
            elseif(rank_${target} EQUAL rank_${layer} AND NOT target STREQUAL layer
                   AND NOT header MATCHES "^hub/protocol/")  # the console<->hub wire types are shared
                list(APPEND violations "src/${rel}: ${layer} includes ${header} from the sibling layer ${target}")
            endif()
            if(target STREQUAL "cloud" AND (layer STREQUAL "sync" OR layer STREQUAL "widgets"))
                list(APPEND violations "src/${rel}: ${layer} must not include the Cloud API layer (${header})")
            endif()
            # The console's screens see the sync layer, never the hub or the simulator (an
            # embedded hub is wired in app/deskline only).
            if(layer STREQUAL "widgets" AND (target STREQUAL "hub" OR target STREQUAL "simulator"))
                list(APPEND violations "src/${rel}: widgets must not include ${header}")
            endif()
        endif()
        if(layer STREQUAL "widgets" AND header MATCHES "^Q(Network|TcpSocket|UdpSocket|WebSocket|Sql)")
            list(APPEND violations "src/${rel}: widgets never touch the network or the database directly (<${header}>)")
        endif()
        if(layer STREQUAL "core")
            foreach(bad IN LISTS core_forbidden)
                if(header MATCHES "^${bad}")
                    list(APPEND violations "src/${rel}: core does no I/O but includes <${header}>")
                endif()
            endforeach()
        endif()
    endforeach()
endforeach()

list(LENGTH sources checked)
if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violations:\n  ${text}")
endif()
message(STATUS "layering: ${checked} files follow the layer rules")
