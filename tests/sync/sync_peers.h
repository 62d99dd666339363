// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "support/peer_requirement.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

namespace harness::test {

/// The real peers of sync on 127.0.0.1 with free ports, run by the pinned Node 22 of tests/peers:
/// the Harness web backend (../shared/peers/harness-web or $HARNESS_WEB_BACKEND) with the desktop
/// module installed by convex/install-into.sh (tests/convex/prepare-backend.mjs), served by the
/// local test backend adapter (tests/convex/start-backend.mjs: convex-test behind the HTTP API and
/// the WebSocket sync protocol), and a stand-in issuer (jwks_peer.mjs) whose ID tokens it trusts.
///
/// Without a web backend start() answers Missing with what is missing (the test skips), except
/// under CI=true, where that is a failure.
class SyncPeers final {
public:
    enum class Start { Ok, Missing, Failed };

    SyncPeers() = default;
    ~SyncPeers();
    SyncPeers(const SyncPeers&) = delete;
    SyncPeers& operator=(const SyncPeers&) = delete;

    /// Empty when the programs the peers run on are installed; otherwise what is missing (for
    /// HARNESS_REQUIRE_PEER). Whether the web backend is there is known only from start().
    static QString missing();

    Start start();
    /// Only the backend, trusting `issuer` (its JWKS at `jwksUrl`, default <issuer>/jwks) for ID
    /// tokens whose `aud` is `audience`, e.g. the oidc-provider peer of tests/auth.
    Start startBackend(const QUrl& issuer, const QString& audience, const QUrl& jwksUrl = {});
    void stop();
    QString error() const { return m_error; }
    QUrl deploymentUrl() const { return m_url; }

    /// A fresh ID token of `subject` from the test issuer.
    QString token(const QString& subject, int ttlSeconds = 3600);
    /// POST /_test/faults: {offline, failBeforeCommit, dropResponseAfterCommit, dropConnections}.
    bool faults(const QJsonObject& update);

    /// Calls one of the web's (or the module's) functions as `subject` over the HTTP API; the
    /// value, or undefined on failure (lastCallError() says why).
    QJsonValue query(const QString& subject, const QString& path, const QJsonObject& args = {});
    QJsonValue mutation(const QString& subject, const QString& path, const QJsonObject& args = {});
    /// The same with the bearer token of a real sign-in.
    QJsonValue callAs(const QString& bearer, const QString& kind, const QString& path,
                      const QJsonObject& args);
    QString lastCallError() const { return m_callError; }
    /// POST /_test/seed: bulk-inserts conversations and messages for `subject` as the web stores
    /// them (the emulator is far too slow for 50,000 single writes); false on failure.
    bool seed(const QString& subject, int conversations, int messagesPerConversation, const QString& prefix);

private:
    QByteArray http(const QByteArray& verb, const QUrl& url, const QByteArray& body, int* status,
                    const QByteArray& bearer = {}, int timeoutMs = 60'000);
    static QJsonObject readJsonLine(QProcess& process, const char* event, int timeoutMs, QString* error);
    Start prepare();

    QProcess m_issuer;
    QProcess m_backend;
    QNetworkAccessManager m_network;
    QUrl m_issuerUrl;
    QUrl m_url;
    QString m_backendDir;
    QString m_error;
    QString m_callError;
};

/// In initTestCase: starts the peers; a missing peer (or web backend) skips the suite, saying what
/// is missing (fails under CI=true).
#define HARNESS_START_SYNC_PEERS(peers)                                                                      \
    do {                                                                                                     \
        HARNESS_REQUIRE_PEER(harness::test::SyncPeers::missing());                                           \
        const auto started_ = (peers).start();                                                               \
        if (started_ == harness::test::SyncPeers::Start::Missing)                                            \
            HARNESS_REQUIRE_PEER((peers).error());                                                           \
        QVERIFY2(started_ == harness::test::SyncPeers::Start::Ok, qPrintable((peers).error()));              \
    } while (false)

} // namespace harness::test
