// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

namespace harness::test {

/// The real local Convex test backend (tests/convex/start-backend.mjs: our convex/ functions in
/// convex-test) plus a stand-in issuer (jwks_peer.mjs) whose JWKS the backend trusts, both on
/// 127.0.0.1 with free ports, run by the pinned Node 22 of tests/peers.
class SyncPeers final {
public:
    SyncPeers() = default;
    ~SyncPeers();
    SyncPeers(const SyncPeers&) = delete;
    SyncPeers& operator=(const SyncPeers&) = delete;

    bool start();
    /// Only the backend, trusting `issuer` (its JWKS at <issuer>/jwks) for ID tokens whose `aud`
    /// is `audience`, e.g. the oidc-provider peer of tests/auth and its client id.
    bool startBackend(const QUrl& issuer, const QString& audience);
    void stop();
    QString error() const { return m_error; }
    QUrl deploymentUrl() const { return m_url; }

    /// A fresh ID token of `subject` from the test issuer.
    QString token(const QString& subject, int ttlSeconds = 3600);
    /// POST /_test/faults.
    bool faults(const QJsonObject& update);
    /// Calls a Convex query as `subject` over HTTP; the value, or undefined on failure.
    QJsonValue query(const QString& subject, const QString& path, const QJsonObject& args);
    /// The same with the bearer token of a real sign-in.
    QJsonValue queryAs(const QString& bearer, const QString& path, const QJsonObject& args);
    /// POST /_test/seed: bulk-inserts conversations and messages for `subject`; false on failure.
    bool seed(const QString& subject, int conversations, int messagesPerConversation, const QString& prefix);
    /// Every row of `subject` on the server (sync:pull from 0, all pages), by table.
    QJsonObject everything(const QString& subject);
    QJsonObject everythingAs(const QString& bearer);

private:
    QByteArray http(const QByteArray& verb, const QUrl& url, const QByteArray& body, int* status,
                    const QByteArray& bearer = {}, int timeoutMs = 30'000);
    static QJsonObject readJsonLine(QProcess& process, const char* event, int timeoutMs, QString* error);

    QProcess m_issuer;
    QProcess m_backend;
    QNetworkAccessManager m_network;
    QUrl m_issuerUrl;
    QUrl m_url;
    QString m_error;
};

} // namespace harness::test
