// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Typed message parts: every kind survives JSON and the store unchanged, and what earlier
// versions wrote (fixtures/parts_before_typed_parts.json) still loads into the same values and
// is written back in the same layout.
#include "core/model/message_parts.h"
#include "support/temp_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

Q_DECLARE_METATYPE(harness::core::MessagePart)

namespace {

QJsonArray fixture()
{
    QFile file(QFINDTESTDATA("fixtures/parts_before_typed_parts.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the parts fixture is missing");
    return QJsonDocument::fromJson(file.readAll()).array();
}

/// `json` without the empty strings older versions sometimes wrote ("title": "", "server": "").
QJsonObject withoutEmptyStrings(QJsonObject json)
{
    for (const auto& key : json.keys()) {
        if (json.value(key).isString() && json.value(key).toString().isEmpty())
            json.remove(key);
    }
    return json;
}

ToolCallPart fullCall(ToolCallStatus status)
{
    ToolCallPart call;
    call.callId = QStringLiteral("call_%1").arg(int(status));
    call.name = QStringLiteral("files__read");
    call.server = QStringLiteral("files");
    call.tool = QStringLiteral("read");
    call.title = QStringLiteral("Read file");
    call.arguments = QStringLiteral("{\"path\":\"/tmp/ä.txt\"}");
    call.status = status;
    call.error = status == ToolCallStatus::Error ? QStringLiteral("boom") : QString();
    call.progress = ToolCallProgress{3, 10, QStringLiteral("reading")};
    call.timings = {1'717'000'000'000, 1'717'000'001'000, 1'717'000'002'500};
    return call;
}

} // namespace

class TestMessageParts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyKindRoundTrips_data()
    {
        QTest::addColumn<MessagePart>("part");
        QTest::addColumn<QString>("kind");
        QTest::newRow("text") << MessagePart(TextPart{QStringLiteral("Hello **world**")}) << "text";
        QTest::newRow("reasoning, still thinking")
            << MessagePart(ReasoningPart{QStringLiteral("Let me see…"), std::nullopt}) << "reasoning";
        QTest::newRow("reasoning, timed")
            << MessagePart(ReasoningPart{QStringLiteral("Done."), 12'345}) << "reasoning";
        ToolCallPart bare;
        bare.callId = QStringLiteral("c0");
        bare.name = QStringLiteral("x__y");
        QTest::newRow("tool call as the model asked") << MessagePart(bare) << "tool_call";
        for (const auto status :
             {ToolCallStatus::Pending, ToolCallStatus::AwaitingApproval, ToolCallStatus::Running,
              ToolCallStatus::Done, ToolCallStatus::Error, ToolCallStatus::Denied, ToolCallStatus::Cancelled})
            QTest::addRow("tool call %s", qPrintable(toolCallStatusName(status)))
                << MessagePart(fullCall(status)) << "tool_call";
        QTest::newRow("tool result")
            << MessagePart(ToolResultPart{
                   QStringLiteral("c1"), QStringLiteral("two files"), false,
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), QStringLiteral("a\nb")}},
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("resource")},
                                          {QStringLiteral("uri"), QStringLiteral("file:///a")}}},
                   QJsonObject{{QStringLiteral("count"), 2}}})
            << "tool_result";
        QTest::newRow("failed tool result")
            << MessagePart(ToolResultPart{QStringLiteral("c2"), QStringLiteral("denied"), true, {}, {}})
            << "tool_result";
        QTest::newRow("usage without cost") << MessagePart(UsagePart{10, 5, 15, 0, std::nullopt}) << "usage";
        QTest::newRow("usage with cost")
            << MessagePart(UsagePart{1'000'000, 2, 1'000'002, 7, 0.125}) << "usage";
        QTest::newRow("a kind from a newer version")
            << MessagePart(OtherPart{QJsonObject{{QStringLiteral("kind"), QStringLiteral("attachment")},
                                                 {QStringLiteral("name"), QStringLiteral("photo.png")},
                                                 {QStringLiteral("bytes"), 2048}}})
            << "attachment";
    }

    void everyKindRoundTrips()
    {
        QFETCH(MessagePart, part);
        QFETCH(QString, kind);
        const QJsonObject json = partToJson(part);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(partKindName(part), kind);
        QVERIFY(partFromJson(json) == part);

        // As the store keeps it: JSON text in the messages table.
        const MessageParts parts{part};
        QVERIFY(MessageParts::fromJsonText(parts.toJsonText()) == parts);
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("parts"));
        Message m = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("answer"));
        m.parts = parts;
        QVERIFY(!temp.store->messages().update(m));
        const auto stored = temp.store->messages().get(m.id);
        QVERIFY(stored.ok());
        QVERIFY(stored.value.parts == parts);
    }

    void partsBeforeTypedPartsLoadUnchanged()
    {
        const QJsonArray old = fixture();
        QCOMPARE(old.size(), 9);
        const MessageParts parts = MessageParts::fromJson(old);
        QCOMPARE(parts.size(), old.size());

        const auto* reasoning = parts.reasoning();
        QVERIFY(reasoning);
        QCOMPARE(reasoning->text, QStringLiteral("The user wants the weather. Ask the tool."));
        QCOMPARE(reasoning->durationMs, std::optional<qint64>(2300));

        const auto* running = parts.toolCall(QStringLiteral("call_1"));
        QVERIFY(running);
        QCOMPARE(running->status, ToolCallStatus::Running);
        QCOMPARE(running->server, QStringLiteral("weather"));
        QCOMPARE(running->displayName(), QStringLiteral("forecast")); // the empty title is no title
        QCOMPARE(running->arguments, QStringLiteral("{\"city\":\"Lisbon\"}"));
        QCOMPARE(running->timings.startedAt, 1'717'000'001'000);
        QVERIFY(running->progress);
        QCOMPARE(running->progress->progress, 2.0);
        QCOMPARE(running->progress->total, 4.0);
        QCOMPARE(running->progress->message, QStringLiteral("Fetching stations"));

        const auto* waiting = parts.toolCall(QStringLiteral("call_2"));
        QVERIFY(waiting);
        QCOMPARE(waiting->status, ToolCallStatus::AwaitingApproval);
        QCOMPARE(waiting->displayName(), QStringLiteral("Write file"));
        QCOMPARE(waiting->timings.waitingSince, 1'717'000'002'000);
        QVERIFY(!waiting->progress);

        const auto* failed = parts.toolCall(QStringLiteral("call_3"));
        QVERIFY(failed);
        QCOMPARE(failed->status, ToolCallStatus::Error);
        QVERIFY(failed->error.contains(QLatin1String("no tool named")));
        QCOMPARE(failed->timings.finishedAt - failed->timings.startedAt, 500);
        QCOMPARE(parts.toolCall(QStringLiteral("call_4"))->status, ToolCallStatus::Done);
        QCOMPARE(parts.toolCall(QStringLiteral("call_5"))->status, ToolCallStatus::Cancelled);
        QCOMPARE(parts.toolCalls().size(), 5);

        const auto* result = parts.toolResult(QStringLiteral("call_1"));
        QVERIFY(result);
        QCOMPARE(result->content, QStringLiteral("Sunny, 24 °C"));
        QVERIFY(!result->isError);
        QCOMPARE(result->items.size(), 2);
        QCOMPARE(result->structuredContent.value(QStringLiteral("temperature")).toInt(), 24);
        QVERIFY(parts.toolResult(QStringLiteral("call_5"))->isError);

        const auto* usage = parts.usage();
        QVERIFY(usage);
        QCOMPARE(usage->totalTokens, 150);
        QCOMPARE(usage->reasoningTokens, 12);
        QCOMPARE(usage->cost, std::optional<double>(0.0021));

        // Written back in the layout they came in (older versions read what this one writes).
        const QJsonArray written = parts.toJson();
        for (qsizetype i = 0; i < old.size(); ++i)
            QCOMPARE(written.at(i).toObject(), withoutEmptyStrings(old.at(i).toObject()));
    }

    void aDatabaseRowWrittenBeforeLoads()
    {
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("old"));
        const Message m = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("It is sunny."));
        QSqlQuery q(temp.store->database().connection());
        q.prepare(QStringLiteral("UPDATE messages SET parts = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(fixture()).toJson(QJsonDocument::Compact)));
        q.addBindValue(m.id);
        QVERIFY(q.exec());
        const auto stored = temp.store->messages().get(m.id);
        QVERIFY(stored.ok());
        QVERIFY(stored.value.parts == MessageParts::fromJson(fixture()));
        QCOMPARE(stored.value.parts.toolCalls().size(), 5);
    }

    void setKeepsOnePartPerKindAndCall()
    {
        MessageParts parts;
        parts.set(UsagePart{1, 1, 2, 0, std::nullopt});
        parts.appendReasoning(QStringLiteral("a"));
        parts.appendReasoning(QStringLiteral("b"));
        ToolCallPart call = fullCall(ToolCallStatus::Pending);
        parts.set(call);
        call.status = ToolCallStatus::Running;
        parts.set(call);
        parts.set(UsagePart{2, 2, 4, 0, std::nullopt});
        QCOMPARE(parts.size(), 3);
        QVERIFY(std::holds_alternative<ReasoningPart>(parts.at(0))); // shown above the answer
        QCOMPARE(parts.reasoning()->text, QStringLiteral("ab"));
        QCOMPARE(parts.toolCall(call.callId)->status, ToolCallStatus::Running);
        QCOMPARE(parts.usage()->totalTokens, 4);
        QVERIFY(parts.updateToolCall(call.callId, [](ToolCallPart& p) { p.status = ToolCallStatus::Done; }));
        QCOMPARE(parts.toolCall(call.callId)->status, ToolCallStatus::Done);
        QVERIFY(!parts.updateToolCall(QStringLiteral("nope"), [](ToolCallPart&) {}));
    }

    void statusNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("pending") << "pending" << int(ToolCallStatus::Pending);
        QTest::newRow("awaiting_approval") << "awaiting_approval" << int(ToolCallStatus::AwaitingApproval);
        QTest::newRow("running") << "running" << int(ToolCallStatus::Running);
        QTest::newRow("done") << "done" << int(ToolCallStatus::Done);
        QTest::newRow("error") << "error" << int(ToolCallStatus::Error);
        QTest::newRow("denied") << "denied" << int(ToolCallStatus::Denied);
        QTest::newRow("cancelled") << "cancelled" << int(ToolCallStatus::Cancelled);
    }

    void statusNames()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        QCOMPARE(toolCallStatusName(ToolCallStatus(status)), name);
        QCOMPARE(toolCallStatusFromName(name), std::optional<ToolCallStatus>(ToolCallStatus(status)));
        QVERIFY(!toolCallStatusFromName(name.toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestMessageParts)
#include "tst_message_parts.moc"
