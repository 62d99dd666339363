// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QTextStream>
#include <memory>

namespace harness::cli {

/// Exit codes of harness-cli (documented in `harness-cli --help` and the man page).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,       ///< the command ran and failed (network, tool, ...)
    ExitUsage = 2,         ///< wrong arguments
    ExitNotFound = 3,      ///< no such conversation / harness
    ExitStoreUnusable = 4, ///< database damaged, locked, newer, or not writable
};

/// What every command gets: output streams, the data directory and (on demand) the store.
class CliContext final {
    Q_DISABLE_COPY_MOVE(CliContext)
public:
    explicit CliContext(QString dataDir);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QString& dataDir() const { return m_dataDir; }

    /// Opens the store once. On failure prints why and returns nullptr; exit with
    /// ExitStoreUnusable then.
    core::Store* store();

    /// The app's language setting (UserSettings::language) when the store exists and opens;
    /// empty otherwise (then the system's language applies). Never creates a store.
    QString languageSetting();

    /// "harness-cli: <message>" on stderr; returns `code` for `return ctx.fail(...)`.
    int fail(int code, const QString& message);
    /// Whether stdout is a terminal (for colour and highlighting).
    bool stdoutIsTerminal() const;

private:
    QString m_dataDir;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<core::Store> m_store;
};

} // namespace harness::cli
