// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Edit & resend and regenerate through the ChatService against the scripted model server: what
// the model is sent is the current branch only, never an earlier version, including a branch that
// another device superseded (marks arriving through sync are plain superseded_by values here).
#include "core/store/message_repository.h"
#include "engine_rig.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::EngineRig;

namespace {

/// "role: content" of every message a request sent to the model.
QStringList sentTo(const harness::test::RecordedRequest& request)
{
    QStringList out;
    for (const auto& m : request.json().value(QStringLiteral("messages")).toArray())
        out.append(m[QStringLiteral("role")].toString() + QStringLiteral(": ") +
                   m[QStringLiteral("content")].toString());
    return out;
}

} // namespace

class TestEditResend final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theModelSeesOnlyTheCurrentBranch()
    {
        EngineRig rig;
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Tokyo: "), QStringLiteral("Shibuya")}));
        const auto first = rig.chat.send({}, rig.harness, QStringLiteral("Plan Tokyo"));
        QVERIFY(!first.error);
        QTRY_COMPARE(finished.count(), 1);
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("More Tokyo")}));
        const auto second = rig.chat.send(first.conversationId, rig.harness, QStringLiteral("And day two?"));
        QTRY_COMPARE(finished.count(), 2);

        // Edit the second question: the model gets the first exchange and the edited question,
        // not the replaced question nor its answer.
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Day two: Asakusa")}));
        const auto edited =
            rig.chat.resend(second.messageId, rig.harness, QStringLiteral("And day two, quieter?"));
        QVERIFY(!edited.error);
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(rig.server.requests().size(), 3);
        QCOMPARE(sentTo(rig.server.requests().at(2)),
                 (QStringList{QStringLiteral("system: You are terse."), QStringLiteral("user: Plan Tokyo"),
                              QStringLiteral("assistant: Tokyo: Shibuya"),
                              QStringLiteral("user: And day two, quieter?")}));

        // Regenerate replaces the last exchange again; the model still sees one branch.
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Day two: Yanaka")}));
        const auto again = rig.chat.regenerate(first.conversationId, rig.harness);
        QVERIFY(!again.error);
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(sentTo(rig.server.requests().at(3)),
                 (QStringList{QStringLiteral("system: You are terse."), QStringLiteral("user: Plan Tokyo"),
                              QStringLiteral("assistant: Tokyo: Shibuya"),
                              QStringLiteral("user: And day two, quieter?")}));

        // A branch marked superseded elsewhere (as a pull applies it) leaves the context too.
        auto shown = rig.messages(first.conversationId);
        QCOMPARE(shown.size(), 4);
        QVERIFY(!rig.temp.store->messages().setSupersededBy(shown.at(1).id, shown.at(2).id));
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("ok")}));
        rig.chat.send(first.conversationId, rig.harness, QStringLiteral("Thanks"));
        QTRY_COMPARE(finished.count(), 5);
        QCOMPARE(sentTo(rig.server.requests().at(4)),
                 (QStringList{QStringLiteral("system: You are terse."), QStringLiteral("user: Plan Tokyo"),
                              QStringLiteral("user: And day two, quieter?"),
                              QStringLiteral("assistant: Day two: Yanaka"), QStringLiteral("user: Thanks")}));
    }
};

QTEST_GUILESS_MAIN(TestEditResend)
#include "tst_edit_resend.moc"
