# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# CPack settings for every platform; included from packaging/CMakeLists.txt.
set(CPACK_PACKAGE_NAME "harness-desktop")
set(CPACK_PACKAGE_VENDOR "Harness Desktop contributors")
set(CPACK_PACKAGE_CONTACT "Harness Desktop contributors <desktop@harness.dev>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Harness Desktop is a native Qt chat client for large language models. Bring an OpenRouter \
key or use any OpenAI-compatible endpoint (Ollama, llama.cpp), run several conversations at once, \
let the model call MCP tools, search every conversation, and sync with a Harness account. \
harness-cli reads and drives the same store from a terminal.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Harness Desktop")
set(CPACK_PACKAGE_EXECUTABLES "harness;Harness Desktop")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/LICENSE.txt")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Harness Desktop")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_FILE_NAME "HarnessDesktop-${PROJECT_VERSION}-macOS-${CMAKE_SYSTEM_PROCESSOR}")
    # The DMG itself is signed and notarised by packaging/macos/sign.sh dmg <file> (see README).
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_FILE_NAME "HarnessDesktop-${PROJECT_VERSION}-windows-x64")
    set(CPACK_NSIS_PACKAGE_NAME "Harness Desktop")
    set(CPACK_NSIS_DISPLAY_NAME "Harness Desktop ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/harness.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/harness.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\harness.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (harness-cli) on PATH
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "harness.exe")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_BRANDING_TEXT "Harness Desktop ${PROJECT_VERSION}")
    # A stable key so upgrades replace the previous installation.
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "HarnessDesktop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(HARNESS_RPMBUILD rpmbuild)
    if(HARNESS_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
    # DEB and RPM install under /usr (their default prefix); the TGZ holds bin/, share/ at its top.

    # ---- DEB (Debian 12 and derivatives) ----
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Libraries we link (Qt, qtkeychain, cmark-gfm, libcrypto hence libssl3, libstdc++) come from
    # dpkg-shlibdeps. What it cannot see, because Qt loads it at run time:
    #   libqt6sql6-sqlite  the SQLite driver (QSqlDatabase "QSQLITE") of the store
    #   libqt6svg6         the SVG icon engine and image plugin (the app icon is an SVG)
    # The xcb and offscreen platform plugins are in libqt6gui6, and Qt's TLS backend (which
    # dlopen()s libssl.so.3) in libqt6network6; shlibdeps finds both packages.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite (>= 6.4), libqt6svg6 (>= 6.4)")
    # Recommends, installed by default:
    #   a Secret Service provider  keeps API keys (qtkeychain talks to it through libsecret)
    #   qt6-wayland                the native Wayland platform plugin (XWayland works without it)
    #   qt6-qpa-plugins            Debian 12's extra platform plugins (VNC, TUIO touch); nothing
    #                              the app needs on a desktop, hence not a Depends
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-wayland, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nodejs")

    # ---- RPM (Fedora 39+, openSUSE Tumbleweed) ----
    # rpmbuild's automatic requirements cover the linked libraries; these are the plugins again.
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "MIT")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase >= 6.4, qt6-qtbase-gui >= 6.4, qt6-qtsvg >= 6.4, openssl-libs >= 3.0")
    # Weak dependency (rpm >= 4.12); older rpmbuilds, e.g. Debian's, warn and leave it out.
    set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
    # Folders the package shares with the system must not be owned by it.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor /usr/share/doc)
    foreach(size scalable 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
    endforeach()
endif()

include(CPack)
