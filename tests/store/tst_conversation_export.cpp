// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Export of a conversation: JSON with every part, Markdown a person can read.
#include "core/model/message_parts.h"
#include "core/store/conversation_export.h"
#include "support/temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

namespace {

/// A user question, then an answer that thought, called a tool and reported usage.
QString seed(TempStore& temp)
{
    const auto c = temp.addConversation(QStringLiteral("Weather in Lisbon"));
    temp.addMessage(c.id, MessageRole::User, QStringLiteral("Is it sunny?"));
    Message answer;
    answer.conversationId = c.id;
    answer.role = MessageRole::Assistant;
    answer.model = QStringLiteral("test/model");
    answer.content = QStringLiteral("It is sunny.\n\n```sh\necho ```nested\n```");
    answer.parts.appendReasoning(QStringLiteral("The user asks about weather.\nCheck the tool."));
    ToolCallPart call;
    call.callId = QStringLiteral("call_1");
    call.name = QStringLiteral("weather__forecast");
    call.server = QStringLiteral("weather");
    call.tool = QStringLiteral("forecast");
    call.arguments = QStringLiteral("{\"city\":\"Lisbon\"}");
    call.status = ToolCallStatus::Done;
    call.timings.startedAt = 1000;
    call.timings.finishedAt = 2500;
    answer.parts.set(call);
    ToolResultPart result;
    result.callId = QStringLiteral("call_1");
    result.content = QStringLiteral("Sunny, 24 °C");
    answer.parts.set(result);
    UsagePart usage;
    usage.promptTokens = 120;
    usage.completionTokens = 30;
    usage.totalTokens = 150;
    usage.cost = 0.0021;
    answer.parts.set(usage);
    if (temp.store->messages().append(answer))
        qFatal("cannot append");
    return c.id;
}

} // namespace

class TestConversationExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonHoldsEveryPart()
    {
        TempStore temp;
        const QString id = seed(temp);
        auto exported =
            ConversationExport::exportConversation(*temp.store, id, ConversationExport::Format::Json);
        QVERIFY(exported.ok());
        const auto root = QJsonDocument::fromJson(exported.value).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("harness-conversation"));
        QCOMPARE(root.value(QStringLiteral("conversation"))[QStringLiteral("title")].toString(),
                 QStringLiteral("Weather in Lisbon"));
        const auto messages = root.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[QStringLiteral("role")].toString(), QStringLiteral("user"));
        const auto answer = messages.at(1).toObject();
        QCOMPARE(answer.value(QStringLiteral("model")).toString(), QStringLiteral("test/model"));
        QStringList kinds;
        for (const auto& part : answer.value(QStringLiteral("parts")).toArray())
            kinds.append(part[QStringLiteral("kind")].toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("reasoning"), QStringLiteral("tool_call"),
                                     QStringLiteral("tool_result"), QStringLiteral("usage")}));
        const auto parts = answer.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.at(3)[QStringLiteral("totalTokens")].toInt(), 150);
        QCOMPARE(parts.at(2)[QStringLiteral("content")].toString(), QStringLiteral("Sunny, 24 °C"));
    }

    void markdownReadsLikeTheConversation()
    {
        TempStore temp;
        const QString id = seed(temp);
        auto exported =
            ConversationExport::exportConversation(*temp.store, id, ConversationExport::Format::Markdown);
        QVERIFY(exported.ok());
        const QString md = QString::fromUtf8(exported.value);
        QVERIFY2(md.startsWith(QLatin1String("# Weather in Lisbon\n")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("## You · ")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("Is it sunny?")));
        QVERIFY(md.contains(QStringLiteral("## Assistant · ")));
        QVERIFY(md.contains(QStringLiteral(" · test/model")));
        QVERIFY(md.contains(QLatin1String("> The user asks about weather.\n> Check the tool.")));
        QVERIFY(md.contains(QStringLiteral("`weather` › `forecast` — done (1.5 s)")));
        // Arguments pretty-printed in a fence longer than any backtick run of the content.
        QVERIFY(md.contains(QLatin1String("```json\n{\n    \"city\": \"Lisbon\"\n}\n```")));
        QVERIFY(md.contains(QStringLiteral("Sunny, 24 °C")));
        // ("token(s)" until an English plural translation is loaded)
        QVERIFY(md.contains(QLatin1String("*150 token")));
        QVERIFY(md.contains(QStringLiteral(" (120 in, 30 out) · $0.0021*")));
        // The answer's order: reasoning, text, tool call, usage.
        QVERIFY(md.indexOf(QLatin1String("Reasoning")) < md.indexOf(QLatin1String("It is sunny.")));
        QVERIFY(md.indexOf(QLatin1String("It is sunny.")) < md.indexOf(QLatin1String("forecast")));
    }

    void editedMessagesExportTheCurrentBranchAndKeepEarlierVersionsInJson()
    {
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("Trip"));
        const auto q = temp.addMessage(c.id, MessageRole::User, QStringLiteral("Plan Tokyo"));
        const auto a = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Tokyo plan"));
        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("Plan Kyoto");
        QVERIFY(!temp.store->messages().appendReplacing(q.id, edit));
        const auto b = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Kyoto plan"));

        // Markdown: the conversation as shown.
        const QString md = QString::fromUtf8(
            ConversationExport::exportConversation(*temp.store, c.id, ConversationExport::Format::Markdown)
                .value);
        QVERIFY2(md.contains(QLatin1String("Plan Kyoto")) && md.contains(QLatin1String("Kyoto plan")),
                 qPrintable(md));
        QVERIFY2(!md.contains(QLatin1String("Tokyo")), qPrintable(md));

        // JSON: every message in order; the earlier version says what replaced it.
        const auto root = QJsonDocument::fromJson(ConversationExport::exportConversation(
                                                      *temp.store, c.id, ConversationExport::Format::Json)
                                                      .value)
                              .object();
        const auto messages = root.value(QStringLiteral("messages")).toArray();
        QStringList seen;
        for (const auto& m : messages)
            seen.append(m[QStringLiteral("id")].toString() + QLatin1Char('>') +
                        m[QStringLiteral("supersededBy")].toString());
        QCOMPARE(seen, (QStringList{q.id + QLatin1Char('>') + edit.id, a.id + QLatin1Char('>') + edit.id,
                                    edit.id + QLatin1Char('>'), b.id + QLatin1Char('>')}));
        QVERIFY(!messages.at(2).toObject().contains(QStringLiteral("supersededBy")));
    }

    void formats()
    {
        QCOMPARE(ConversationExport::formatFromName(QStringLiteral("MD")),
                 ConversationExport::Format::Markdown);
        QCOMPARE(ConversationExport::formatFromName(QStringLiteral("json")),
                 ConversationExport::Format::Json);
        QVERIFY(!ConversationExport::formatFromName(QStringLiteral("pdf")));
        TempStore temp;
        QCOMPARE(ConversationExport::exportConversation(*temp.store, QStringLiteral("missing"),
                                                        ConversationExport::Format::Json)
                     .error.kind,
                 StoreError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestConversationExport)
#include "tst_conversation_export.moc"
