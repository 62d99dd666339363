# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Fails when a file of a core area includes a header of an area it does not declare.
#   cmake -DGRAPH=<core_layering_graph.cmake> -DCORE_DIR=<src/core> -P check_layering.cmake
# GRAPH sets HARNESS_CORE_AREAS and HARNESS_CORE_DEPENDS_<area> (written by src/core/CMakeLists.txt).
# Rules, for every .h and .cpp under CORE_DIR/<area>/:
#   - `#include "core/<other>/..."` (or <...>) needs <other> among the area's declared dependencies;
#   - core never includes the GUI (`gui/...`) and never reaches another folder with "../";
#   - every folder of CORE_DIR holding C++ files is a declared area.
cmake_minimum_required(VERSION 3.25)
if(NOT GRAPH OR NOT CORE_DIR)
    message(FATAL_ERROR "usage: cmake -DGRAPH=<graph.cmake> -DCORE_DIR=<src/core> -P check_layering.cmake")
endif()
include("${GRAPH}")

set(violations "")
file(GLOB entries LIST_DIRECTORIES true RELATIVE "${CORE_DIR}" "${CORE_DIR}/*")
list(SORT entries)
foreach(entry IN LISTS entries)
    if(NOT IS_DIRECTORY "${CORE_DIR}/${entry}" OR entry IN_LIST HARNESS_CORE_AREAS)
        continue()
    endif()
    file(GLOB_RECURSE stray "${CORE_DIR}/${entry}/*.h" "${CORE_DIR}/${entry}/*.cpp")
    if(stray)
        string(CONCAT message "${entry}/: C++ files in a folder that is not a core area "
            "(add it with harness_core_area() and to the area list in src/core/CMakeLists.txt)")
        list(APPEND violations "${message}")
    endif()
endforeach()

foreach(area IN LISTS HARNESS_CORE_AREAS)
    set(allowed ${area} ${HARNESS_CORE_DEPENDS_${area}})
    string(REPLACE ";" " " allowed_text "${HARNESS_CORE_DEPENDS_${area}}")
    if(allowed_text STREQUAL "")
        set(allowed_text "${area} depends on no other area")
    else()
        set(allowed_text "${area} depends on: ${allowed_text}")
    endif()
    file(GLOB_RECURSE files RELATIVE "${CORE_DIR}" "${CORE_DIR}/${area}/*.h" "${CORE_DIR}/${area}/*.cpp")
    list(SORT files)
    foreach(file IN LISTS files)
        file(READ "${CORE_DIR}/${file}" content)
        # As a CMake list of lines: ';' and brackets would split or join list items.
        string(REPLACE ";" "," content "${content}")
        string(REPLACE "[" "(" content "${content}")
        string(REPLACE "]" ")" content "${content}")
        string(REPLACE "\n" ";" lines "${content}")
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"]")
                continue()
            endif()
            set(header "${CMAKE_MATCH_1}")
            if(header MATCHES "^core/([^/]+)/")
                set(used "${CMAKE_MATCH_1}")
                if(NOT used IN_LIST allowed)
                    string(CONCAT message "${file}:${number}: includes ${header}, and ${used} is not a "
                        "dependency of ${area} (${allowed_text}). Add ${used} to DEPENDS in "
                        "${area}/CMakeLists.txt if the graph stays one-way, or move the code.")
                    list(APPEND violations "${message}")
                endif()
            elseif(header MATCHES "^gui/")
                list(APPEND violations "${file}:${number}: includes ${header}, the core never uses the GUI")
            elseif(header MATCHES "\\.\\./")
                list(APPEND violations "${file}:${number}: includes ${header}, name it \"core/<area>/...\"")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    list(LENGTH violations count)
    string(REPLACE ";" "\n  " text "${violations}")
    message(FATAL_ERROR "core layering: ${count} violation(s) in ${CORE_DIR}:\n  ${text}\n")
endif()
message(STATUS "core layering: every include follows the declared graph")
