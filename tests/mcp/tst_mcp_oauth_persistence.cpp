// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// OAuth sign-ins of saved MCP servers outlive the process: tokens and the dynamically registered
// client go to the secret store (the real keychain in the KEYCHAIN variant), are loaded before the
// next connection (no second sign-in), and leave with the server. None of it is in SQLite.
#include "core/engine/engine.h"
#include "core/engine/mcp_credential_keeper.h"
#include "core/mcp/mcp_authorization_opener.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/mcp_server_repository.h"
#include "mcp_test_peers.h"
#include "support/secret_io.h"
#include "support/temp_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;
using harness::test::readSecret;

namespace {

constexpr int kTimeoutMs = 60'000;

std::unique_ptr<SecretStore> makeSecrets()
{
#ifdef HARNESS_TEST_KEYCHAIN
    return std::make_unique<KeychainSecretStore>();
#else
    return std::make_unique<MemorySecretStore>();
#endif
}

QJsonObject peerStats(const McpTestPeers::StreamablePeer& peer)
{
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(peer.url(u"/stats"_s)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, kTimeoutMs))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/// Lists the tools of \a server through the engine's registry; the tool names, or the error.
QStringList listTools(Engine& engine, const QString& server, QString* error)
{
    McpToolListing* listing = engine.mcp().listTools({server});
    QSignalSpy finished(listing, &McpToolListing::finished);
    if (!listing->isFinished() && !finished.wait(kTimeoutMs))
        return {};
    QStringList names;
    for (const auto& t : listing->tools())
        names << t.tool.name;
    *error = listing->errors().value(server);
    listing->deleteLater();
    return names;
}

} // namespace

class TestMcpOAuthPersistence final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    }

    void signInOnceThenReuseAndForget()
    {
        McpTestPeers::StreamablePeer peer(u"oauth_peer.mjs"_s);
        QString error;
        QVERIFY2(peer.start(&error), qPrintable(error));
        harness::test::TempStore temp;
        std::unique_ptr<SecretStore> secrets = makeSecrets();
        StoredMcpServer server;
        server.config.name = u"protected"_s;
        server.config.transport = McpServerConfig::Transport::Http;
        server.config.url = peer.url(u"/mcp"_s);
        server.config.auth = McpServerConfig::AuthKind::OAuth;
        QVERIFY(!temp.store->mcpServers().create(server));
        const QString key = McpCredentialKeeper::oauthKey(server.id);
        QCOMPARE(key, u"mcp/%1/oauth"_s.arg(server.id));
        HeadlessAuthorizationOpener browser; // follows the redirects to the loopback listener

        QString accessToken;
        QString clientId;
        {
            Engine engine(*temp.store, secrets.get());
            engine.mcp().setAuthorizationOpener(&browser);
            QSignalSpy problems(&engine.mcpCredentials(), &McpCredentialKeeper::problem);
            QSignalSpy saved(&engine.mcpCredentials(), &McpCredentialKeeper::idle);
            QCOMPARE(listTools(engine, u"protected"_s, &error), QStringList{u"whoami"_s});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(peerStats(peer).value(u"authorizations"_s).toInt(), 1);
            QCOMPARE(peerStats(peer).value(u"registrations"_s).toInt(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1 && !engine.mcpCredentials().isBusy(), kTimeoutMs);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(1).toString()));
            // What is in the keychain: the tokens and the client from dynamic registration.
            const SecretResult stored = readSecret(*secrets, key);
            QVERIFY2(stored.ok(), qPrintable(stored.error));
            McpOAuthTokens tokens;
            McpOAuthClient client;
            QVERIFY(McpCredentialKeeper::decode(stored.value, &tokens, &client));
            QVERIFY(tokens.isValid());
            QVERIFY(tokens.expiresAt.isValid());
            QVERIFY(client.isValid());
            accessToken = tokens.accessToken;
            clientId = client.clientId;
            QSignalSpy stopped(&engine.mcp(), &McpServerRegistry::allStopped);
            engine.mcp().stopAll();
            QVERIFY(stopped.count() == 1 || stopped.wait(kTimeoutMs));
        }

        // A new start of the app (a new engine and registry): the saved sign-in is used as is.
        {
            Engine engine(*temp.store, secrets.get());
            engine.mcp().setAuthorizationOpener(&browser);
            QCOMPARE(listTools(engine, u"protected"_s, &error), QStringList{u"whoami"_s});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(peerStats(peer).value(u"authorizations"_s).toInt(), 1); // not asked again
            QCOMPARE(peerStats(peer).value(u"registrations"_s).toInt(), 1);
            McpToolCall* call =
                engine.mcp().callTool(engine.mcp().exposedName(u"protected"_s, u"whoami"_s), {});
            QSignalSpy done(call, &McpToolCall::finished);
            QVERIFY(call->isFinished() || done.wait(kTimeoutMs));
            QCOMPARE(call->result().modelText(), u"client "_s + clientId); // the same registered client

            // Nothing secret is in the SQLite files.
            temp.store->database().exec(u"PRAGMA wal_checkpoint(FULL)"_s);
            for (const QString& file : QDir(temp.dir.path()).entryList(QDir::Files)) {
                QFile f(temp.dir.filePath(file));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains(accessToken.toUtf8()), qPrintable(file));
                QVERIFY2(!bytes.contains(clientId.toUtf8()), qPrintable(file));
            }

            // Deleting the server removes its sign-in and its secret environment from the keychain.
            const QString envKey = McpCredentialKeeper::envKey(server.id);
            bool envWritten = false;
            secrets->write(envKey, u"{\"API_KEY\":\"s3cret\"}"_s, this,
                           [&envWritten](const SecretResult& result) { envWritten = result.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(envWritten, kTimeoutMs);
            QVERIFY(!temp.store->mcpServers().remove(server.id));
            QTRY_COMPARE_WITH_TIMEOUT(readSecret(*secrets, key).status, SecretResult::Status::NotFound,
                                      kTimeoutMs);
            QTRY_COMPARE_WITH_TIMEOUT(readSecret(*secrets, envKey).status, SecretResult::Status::NotFound,
                                      kTimeoutMs);
        }
    }

    void refreshedOrRegisteredCredentialsAreSavedAgain()
    {
        // The keeper writes whatever the registry reports, for saved servers only.
        harness::test::TempStore temp;
        MemorySecretStore secrets;
        McpServerRegistry registry;
        McpCredentialKeeper keeper(registry, &secrets);
        StoredMcpServer server;
        server.config.name = u"remote"_s;
        server.config.transport = McpServerConfig::Transport::Http;
        server.config.url = QUrl(u"http://127.0.0.1:9/mcp"_s);
        server.config.auth = McpServerConfig::AuthKind::OAuth;
        QVERIFY(!temp.store->mcpServers().create(server));
        McpOAuthTokens old{u"old-access"_s, u"refresh-1"_s, QDateTime::currentDateTimeUtc().addSecs(60),
                           u"mcp"_s};
        McpOAuthClient client{u"client-1"_s, u"secret-1"_s, u"client_secret_post"_s};
        QSignalSpy written(&keeper, &McpCredentialKeeper::idle);
        {
            QObject context;
            bool ok = false;
            secrets.write(McpCredentialKeeper::oauthKey(server.id), McpCredentialKeeper::encode(old, client),
                          &context, [&](const SecretResult& r) { ok = r.ok(); });
            QTRY_VERIFY(ok);
        }
        registry.setServers({server.config});
        keeper.sync({server});
        QVERIFY(registry.hasOAuthCredentials(u"remote"_s) ||
                QTest::qWaitFor([&] { return registry.hasOAuthCredentials(u"remote"_s); }, kTimeoutMs));
        // The client gets them before it connects.
        McpClient* client1 = registry.client(u"remote"_s);
        QCOMPARE(client1->oauth()->tokens().accessToken, u"old-access"_s);
        QCOMPARE(client1->oauth()->client().clientSecret, u"secret-1"_s);
        // A refresh: the new tokens replace the old ones in the keychain, the client stays.
        McpOAuthTokens fresh{u"new-access"_s, u"refresh-2"_s, QDateTime::currentDateTimeUtc().addSecs(3600),
                             u"mcp"_s};
        emit client1->oauth()->tokensChanged(fresh);
        QTRY_COMPARE(written.count(), 1);
        McpOAuthTokens t;
        McpOAuthClient c;
        QVERIFY(McpCredentialKeeper::decode(
            readSecret(secrets, McpCredentialKeeper::oauthKey(server.id)).value, &t, &c));
        QCOMPARE(t.accessToken, u"new-access"_s);
        QCOMPARE(t.refreshToken, u"refresh-2"_s);
        QCOMPARE(c.clientId, u"client-1"_s);
        QCOMPARE(c.tokenEndpointAuthMethod, u"client_secret_post"_s);
    }
};

QTEST_MAIN(TestMcpOAuthPersistence)
#include "tst_mcp_oauth_persistence.moc"
