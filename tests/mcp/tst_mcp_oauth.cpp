// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Unit parts of McpOAuth: WWW-Authenticate parsing and the discovery URL orders. The full flows
// run against the official conformance suite (tst_mcp_conformance).
#include "core/mcp/mcp_oauth.h"

#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestMcpOAuth final : public QObject {
    Q_OBJECT
private slots:
    void parseChallenge_data();
    void parseChallenge();
    void protectedResourceMetadataUrls_data();
    void protectedResourceMetadataUrls();
    void authorizationServerMetadataUrls_data();
    void authorizationServerMetadataUrls();
};

void TestMcpOAuth::parseChallenge_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const QByteArray full =
        R"(Bearer error="insufficient_scope", scope="mcp:read mcp:write", resource_metadata="https://x.test/.well-known/oauth-protected-resource/mcp")";
    QTest::newRow("error") << full << u"error"_s << u"insufficient_scope"_s;
    QTest::newRow("scope with space") << full << u"scope"_s << u"mcp:read mcp:write"_s;
    QTest::newRow("resource_metadata")
        << full << u"resource_metadata"_s << u"https://x.test/.well-known/oauth-protected-resource/mcp"_s;
    QTest::newRow("token value") << QByteArray("bearer realm=mcp, scope=read") << u"scope"_s << u"read"_s;
    QTest::newRow("escaped quote") << QByteArray(R"(Bearer error_description="say \"hi\"")")
                                   << u"error_description"_s << uR"(say "hi")"_s;
    QTest::newRow("after another scheme")
        << QByteArray(R"(Basic realm="x", Bearer scope="a")") << u"scope"_s << u"a"_s;
    QTest::newRow("no bearer") << QByteArray(R"(Basic realm="x")") << u"realm"_s << QString();
}

void TestMcpOAuth::parseChallenge()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QCOMPARE(McpOAuth::parseChallenge(header).value(key), value);
}

void TestMcpOAuth::protectedResourceMetadataUrls_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("path") << u"https://x.test:8443/mcp/"_s
                          << QStringList{u"https://x.test:8443/.well-known/oauth-protected-resource/mcp"_s,
                                         u"https://x.test:8443/.well-known/oauth-protected-resource"_s};
    QTest::newRow("root") << u"https://x.test"_s
                          << QStringList{u"https://x.test/.well-known/oauth-protected-resource"_s};
}

void TestMcpOAuth::protectedResourceMetadataUrls()
{
    QFETCH(QString, server);
    QFETCH(QStringList, urls);
    QStringList got;
    for (const QUrl& u : McpOAuth::protectedResourceMetadataUrls(QUrl(server)))
        got << u.toString();
    QCOMPARE(got, urls);
}

void TestMcpOAuth::authorizationServerMetadataUrls_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("no path") << u"https://auth.test"_s
                             << QStringList{u"https://auth.test/.well-known/oauth-authorization-server"_s,
                                            u"https://auth.test/.well-known/openid-configuration"_s};
    QTest::newRow("tenant path") << u"https://auth.test/tenant1"_s
                                 << QStringList{
                                        u"https://auth.test/.well-known/oauth-authorization-server/tenant1"_s,
                                        u"https://auth.test/.well-known/openid-configuration/tenant1"_s,
                                        u"https://auth.test/tenant1/.well-known/openid-configuration"_s};
}

void TestMcpOAuth::authorizationServerMetadataUrls()
{
    QFETCH(QString, issuer);
    QFETCH(QStringList, urls);
    QStringList got;
    for (const QUrl& u : McpOAuth::authorizationServerMetadataUrls(QUrl(issuer)))
        got << u.toString();
    QCOMPARE(got, urls);
}

QTEST_GUILESS_MAIN(TestMcpOAuth)
#include "tst_mcp_oauth.moc"
