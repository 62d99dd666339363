# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Install-time signing hook for macOS, run after macdeployqt has filled harness.app and before
# CPack makes the DMG. It does nothing unless HARNESS_CODESIGN_IDENTITY is set in the environment
# (a "Developer ID Application: ..." identity in the keychain, or "-" for an ad-hoc signature).
# HARNESS_SIGN_SCRIPT is set by packaging/CMakeLists.txt just before this script runs.
set(identity "$ENV{HARNESS_CODESIGN_IDENTITY}")
if(identity STREQUAL "")
    message(STATUS "Signing hook: HARNESS_CODESIGN_IDENTITY is not set, harness.app stays unsigned")
    return()
endif()
set(app "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/harness.app")
execute_process(COMMAND bash "${HARNESS_SIGN_SCRIPT}" app "${app}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "Signing hook: ${HARNESS_SIGN_SCRIPT} failed for ${app} (${status})")
endif()
