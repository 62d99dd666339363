# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Packaging tests (ctest -L packaging). Registered here rather than under tests/ because they test
# this folder's install rules; the scripts live in tests/packaging/.
set(harness_packaging_tests "${PROJECT_SOURCE_DIR}/tests/packaging")

if(UNIX AND NOT APPLE)
    # The install tree: desktop entry, AppStream metainfo, icons, man page; the scripts' syntax.
    add_test(NAME packaging_metadata
        COMMAND bash "${harness_packaging_tests}/metadata_test.sh"
            --build-dir "${CMAKE_BINARY_DIR}" --source-dir "${PROJECT_SOURCE_DIR}"
            --version "${PROJECT_VERSION}")
    set_tests_properties(packaging_metadata PROPERTIES TIMEOUT 120 LABELS packaging
        SKIP_REGULAR_EXPRESSION "${HARNESS_PEER_SKIP_REGEX}")

    # The .deb in a clean Debian 12 root (root, debootstrap and the Debian mirror needed; without
    # root or debootstrap it fails under CI and is skipped elsewhere).
    add_test(NAME packaging_deb_chroot
        COMMAND bash "${harness_packaging_tests}/deb_chroot_test.sh"
            --build-dir "${CMAKE_BINARY_DIR}" --version "${PROJECT_VERSION}")
    set_tests_properties(packaging_deb_chroot PROPERTIES
        TIMEOUT 900 LABELS packaging RUN_SERIAL TRUE
        SKIP_REGULAR_EXPRESSION "${HARNESS_PEER_SKIP_REGEX}")
endif()
