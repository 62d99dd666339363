// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QString>
#include <memory>

class QWidget;

namespace harness::gui {

/// Opens the local store for the app. When the database is damaged or from a newer version, the
/// user is told and may start with a fresh one: the old file is moved aside, never overwritten.
class StoreOpener final {
public:
    struct Result {
        std::unique_ptr<core::Store> store; ///< null when the app should quit
        QString movedAsideTo;               ///< where the unusable file went, if it was moved
        int recoveredMessages = 0;          ///< answers left streaming by a crash
    };
    static Result open(const QString& dataDir, QWidget* parent = nullptr);
};

} // namespace harness::gui
