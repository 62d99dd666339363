# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Runs check_layering.cmake on scratch core trees: a tree that follows its graph passes, and each
# kind of violation fails with the offending file and line in the message.
#   cmake -DCHECK=<check_layering.cmake> -DWORK_DIR=<scratch dir> -P layering_violations.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT CHECK OR NOT WORK_DIR)
    message(FATAL_ERROR "usage: cmake -DCHECK=<check_layering.cmake> -DWORK_DIR=<dir> -P layering_violations.cmake")
endif()

set(failures "")

# Writes a tree with areas `base` (no dependencies) and `top` (depends on base), then adds the
# case's extra file `<path>` with `<text>`, runs the check and compares the outcome.
function(check_case name path text expect_pass expected_message)
    set(root "${WORK_DIR}/${name}")
    file(REMOVE_RECURSE "${root}")
    file(WRITE "${root}/graph.cmake"
        "set(HARNESS_CORE_AREAS base top)\nset(HARNESS_CORE_DEPENDS_base)\nset(HARNESS_CORE_DEPENDS_top base)\n")
    file(WRITE "${root}/core/base/base.h" "#pragma once\n#include <QString>\n#include \"core/base/other.h\"\n")
    file(WRITE "${root}/core/base/other.h" "#pragma once\n")
    file(WRITE "${root}/core/top/top.h" "#pragma once\n#include \"core/base/base.h\"\n")
    file(WRITE "${root}/core/top/top.cpp" "#include \"core/top/top.h\"\nint f() { int a[2] = {1, 2}; return a[0]; }\n")
    if(path)
        file(WRITE "${root}/core/${path}" "${text}")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -DGRAPH=${root}/graph.cmake -DCORE_DIR=${root}/core -P ${CHECK}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(output "${out}${err}")
    if(expect_pass AND NOT result EQUAL 0)
        set(failures "${failures}\n${name}: expected the check to pass, it failed:\n${output}" PARENT_SCOPE)
    elseif(NOT expect_pass AND result EQUAL 0)
        set(failures "${failures}\n${name}: expected the check to fail, it passed:\n${output}" PARENT_SCOPE)
    elseif(NOT expect_pass)
        string(FIND "${output}" "${expected_message}" at)
        if(at EQUAL -1)
            set(failures "${failures}\n${name}: the message lacks \"${expected_message}\":\n${output}" PARENT_SCOPE)
        endif()
    endif()
    message(STATUS "case ${name}: exit code ${result}")
endfunction()

check_case(follows_graph "" "" TRUE "")
check_case(include_of_own_area "top/more.h" "#pragma once\n#include \"core/top/top.h\"\n" TRUE "")
# A lower area reaching up (line 3, after a line with ';' and brackets that must not shift the count).
check_case(upward_include "base/bad.h"
    "#pragma once\nconst int x[1] = {0};\n#include \"core/top/top.h\"\n" FALSE
    "base/bad.h:3: includes core/top/top.h, and top is not a dependency of base (base depends on no other area)")
check_case(angle_bracket_include "base/bad.cpp" "#include <core/top/top.h>\n" FALSE
    "base/bad.cpp:1: includes core/top/top.h")
check_case(unknown_area "top/bad.h" "#pragma once\n#  include \"core/nowhere/x.h\"\n" FALSE
    "top/bad.h:2: includes core/nowhere/x.h, and nowhere is not a dependency of top (top depends on: base)")
check_case(gui_include "top/bad.cpp" "\n\n#include \"gui/main_window.h\"\n" FALSE
    "top/bad.cpp:3: includes gui/main_window.h, the core never uses the GUI")
check_case(relative_include "top/bad.cpp" "#include \"../base/base.h\"\n" FALSE
    "top/bad.cpp:1: includes ../base/base.h")
check_case(undeclared_folder "stray/stray.cpp" "int g() { return 0; }\n" FALSE
    "stray/: C++ files in a folder that is not a core area")

if(failures)
    message(FATAL_ERROR "layering check misbehaves:${failures}")
endif()
message(STATUS "the layering check passes a clean tree and catches every kind of violation")
