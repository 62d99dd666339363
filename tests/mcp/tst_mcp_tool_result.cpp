// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_tool_result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestMcpToolResult final : public QObject {
    Q_OBJECT
private slots:
    void contentKinds_data();
    void contentKinds();
    void structuredContentOnly();
    void structuredContentWithText();
    void toolErrorIsMarked();
    void failures();
};

Q_DECLARE_METATYPE(McpContentPart::Kind)

void TestMcpToolResult::contentKinds_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<McpContentPart::Kind>("kind");
    QTest::addColumn<QString>("modelText");
    QTest::addColumn<QByteArray>("base64");
    QTest::addColumn<QString>("mime");
    QTest::newRow("text") << QByteArray(R"({"type":"text","text":"Echo: hi"})") << McpContentPart::Kind::Text
                          << u"Echo: hi"_s << QByteArray() << QString();
    QTest::newRow("image") << QByteArray(R"({"type":"image","data":"iVBORw0KGgo=","mimeType":"image/png"})")
                           << McpContentPart::Kind::Image << u"[image: image/png, 8 bytes]"_s
                           << QByteArray("iVBORw0KGgo=") << u"image/png"_s;
    QTest::newRow("audio") << QByteArray(R"({"type":"audio","data":"AAAA","mimeType":"audio/wav"})")
                           << McpContentPart::Kind::Audio << u"[audio: audio/wav, 3 bytes]"_s
                           << QByteArray("AAAA") << u"audio/wav"_s;
    QTest::newRow("resource_link")
        << QByteArray(
               R"({"type":"resource_link","uri":"file:///a.txt","name":"a.txt","mimeType":"text/plain","description":"A file"})")
        << McpContentPart::Kind::ResourceLink
        << u"[resource link: a.txt <file:///a.txt>, text/plain - A file]"_s << QByteArray()
        << u"text/plain"_s;
    QTest::newRow("embedded text resource")
        << QByteArray(
               R"({"type":"resource","resource":{"uri":"demo://1","mimeType":"text/plain","text":"Resource 1"}})")
        << McpContentPart::Kind::Resource << u"[resource demo://1]\nResource 1"_s << QByteArray()
        << u"text/plain"_s;
    QTest::newRow("embedded blob resource")
        << QByteArray(
               R"({"type":"resource","resource":{"uri":"demo://2","mimeType":"application/gzip","blob":"AAECAw=="}})")
        << McpContentPart::Kind::Resource << u"[resource demo://2: application/gzip, 4 bytes]"_s
        << QByteArray("AAECAw==") << u"application/gzip"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"type":"hologram","x":1})")
                                  << McpContentPart::Kind::Unknown << uR"({"type":"hologram","x":1})"_s
                                  << QByteArray() << QString();
}

void TestMcpToolResult::contentKinds()
{
    QFETCH(QByteArray, block);
    QFETCH(McpContentPart::Kind, kind);
    QFETCH(QString, modelText);
    QFETCH(QByteArray, base64);
    QFETCH(QString, mime);
    const QJsonObject result{{u"content"_s, QJsonArray{QJsonDocument::fromJson(block).object()}}};
    const McpToolResult r = McpToolResult::fromJson(result);
    QCOMPARE(r.parts.size(), 1);
    QCOMPARE(r.parts.at(0).kind, kind);
    QCOMPARE(r.parts.at(0).base64, base64);
    QCOMPARE(r.parts.at(0).mimeType, mime);
    QCOMPARE(r.modelText(), modelText);
    QVERIFY(!r.isError);
    QCOMPARE(r.images().size(), kind == McpContentPart::Kind::Image ? 1 : 0);
}

void TestMcpToolResult::structuredContentOnly()
{
    const McpToolResult r = McpToolResult::fromJson(
        QJsonDocument::fromJson(R"({"content":[],"structuredContent":{"temperature":21.5}})").object());
    QVERIFY(r.hasStructuredContent);
    QCOMPARE(r.structuredContent.value(u"temperature"_s).toDouble(), 21.5);
    QCOMPARE(r.modelText(), uR"({"temperature":21.5})"_s);
}

void TestMcpToolResult::structuredContentWithText()
{
    // Servers also serialise structuredContent into a text block; the model gets it once.
    const McpToolResult r = McpToolResult::fromJson(
        QJsonDocument::fromJson(
            R"({"content":[{"type":"text","text":"{\"sum\":3}"}],"structuredContent":{"sum":3}})")
            .object());
    QCOMPARE(r.modelText(), uR"({"sum":3})"_s);
}

void TestMcpToolResult::toolErrorIsMarked()
{
    const McpToolResult r = McpToolResult::fromJson(
        QJsonDocument::fromJson(R"({"content":[{"type":"text","text":"file not found"}],"isError":true})")
            .object());
    QVERIFY(r.isError);
    QCOMPARE(r.failure, McpToolResult::Failure::ToolError);
    QCOMPARE(r.modelText(), u"Error: file not found"_s);
}

void TestMcpToolResult::failures()
{
    const McpToolResult r = McpToolResult::fromFailure(McpToolResult::Failure::Timeout, u"took too long"_s);
    QVERIFY(r.isError);
    QCOMPARE(r.failure, McpToolResult::Failure::Timeout);
    QCOMPARE(r.modelText(), u"Error: took too long"_s);
}

QTEST_GUILESS_MAIN(TestMcpToolResult)
#include "tst_mcp_tool_result.moc"
