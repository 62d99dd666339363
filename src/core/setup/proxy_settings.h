// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QNetworkProxy>
#include <QString>

namespace harness::core {

/// The network proxy of this device: the system's, none, or a manual HTTP or SOCKS5 proxy with an
/// optional user. Kept in `local_settings` (keys "network.proxy.*"); the password is a secret and
/// lives in the SecretStore under secretKey().
struct ProxySettings {
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::System;
    Type type = Type::Http;
    QString host;
    quint16 port = 8080;
    QString user;

    static QString secretKey() { return QStringLiteral("network/proxy/password"); }

    static StoreResult<ProxySettings> load(Store& store);
    /// Invalid (with a message for the user) when a manual proxy has no host or port.
    StoreError save(Store& store) const;
    /// An empty string when the settings can be used, else what to fix.
    QString problem() const;

    /// The proxy for QNetworkProxy::setApplicationProxy (Manual only).
    QNetworkProxy toProxy(const QString& password = {}) const;
    /// Makes every new connection of the app use these settings.
    void applyToApplication(const QString& password = {}) const;

    bool operator==(const ProxySettings&) const = default;
};

} // namespace harness::core
