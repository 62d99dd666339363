// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace harness::core {

/// What one export or import did, per kind of row, for the user.
struct PortabilityReport {
    struct Counts {
        int added = 0;
        int updated = 0;
        int unchanged = 0; ///< already here, same or newer: left alone
    };
    Counts providers;
    Counts mcpServers;
    Counts harnesses;
    Counts conversations;
    Counts messages;
    bool settingsApplied = false;
    /// Environment values of MCP servers that looked like secrets and were left out of an export.
    int secretsLeftOut = 0;
    /// Rows that could not be imported and why (translated); the rest was imported.
    QStringList problems;
    /// Set when nothing was imported (not an export file, unreadable, a store error).
    QString error;

    bool ok() const { return error.isEmpty(); }
    /// A few lines for the user ("Added 3 harnesses, 12 conversations with 240 messages...").
    QString summary() const;
};

/// Export and import of all the user's data as one JSON document: settings, providers (no keys),
/// MCP server configs (no tokens, and no environment values that look like secrets), harnesses,
/// and conversations with their messages and parts. Keys and tokens stay in the keychain.
///
/// Import merges by id: a row that is not here is added with its id; a row that is here is updated
/// only when the file's copy is newer (updated_at), otherwise left alone, so importing the same
/// file twice changes nothing and never duplicates. MCP servers whose name is taken by another id
/// are merged into the existing server. Everything is imported in one transaction.
namespace DataPortability {

constexpr int FormatVersion = 1;
inline const char* FormatName = "harness-desktop-export";

StoreResult<QJsonObject> exportAll(Store& store, PortabilityReport* report = nullptr);
QByteArray exportJson(Store& store, PortabilityReport* report = nullptr);
PortabilityReport importJson(Store& store, const QByteArray& json);
PortabilityReport importAll(Store& store, const QJsonObject& document);

/// True for environment variable names that usually hold a secret (…TOKEN, …KEY, PASSWORD, …).
bool looksSecret(const QString& name);

} // namespace DataPortability

} // namespace harness::core
