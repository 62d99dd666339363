// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

namespace harness::test {

/// The OpenID provider of tests/auth/oidc_peer.mjs (oidc-provider on 127.0.0.1, free port),
/// started with the pinned Node 22 of tests/peers.
class OidcPeer final {
public:
    OidcPeer() = default;
    ~OidcPeer();
    OidcPeer(const OidcPeer&) = delete;
    OidcPeer& operator=(const OidcPeer&) = delete;

    /// Empty when the provider can run (the pinned Node and oidc-provider in tests/peers);
    /// otherwise what is missing and how to install it (for HARNESS_REQUIRE_PEER).
    static QString missing();
    /// Starts the provider and waits until it prints its issuer (false, with `error()`, if not).
    bool start(const QStringList& arguments = {});
    void stop();
    QUrl issuer() const { return m_issuer; }
    QString clientId() const { return QStringLiteral("harness-test"); }
    QString error() const { return m_error; }

    /// Merges `update` into the peer's test control state ({"reset": true} clears it).
    bool control(const QJsonObject& update);
    /// Request counters: jwks, token, interactions, revocation.
    QJsonObject stats();
    /// HTTP status of a refresh_token grant made directly at the token endpoint (consumes it!).
    int refreshStatus(const QString& refreshToken);

private:
    QByteArray request(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                       int* status = nullptr, const QByteArray& contentType = "application/json");

    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_issuer;
    QString m_error;
};

} // namespace harness::test
