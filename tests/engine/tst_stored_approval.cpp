// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Stored tool approval: the rules of tool_policies (most specific wins), the policy the engine
// puts in front of the asker, and a denied call reaching the model as a tool error.
#include "core/engine/engine.h"
#include "core/engine/stored_approval_policy.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/tool_policy_repository.h"
#include "engine_rig.h"

#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace harness::test;
using namespace Qt::StringLiterals;

namespace {

/// An asker that records what it was asked and answers as told.
class RecordingAsker final : public ToolApprovalPolicy {
public:
    using ToolApprovalPolicy::ToolApprovalPolicy;
    ToolApprovalDecision answer{true, {}, ToolApprovalDecision::Remember::No};
    QList<ToolApprovalRequest> asked;
    void decide(const ToolApprovalRequest& request, QObject*, Callback done) override
    {
        asked.append(request);
        done(answer);
    }
};

const QString any = ToolPolicyRule::Any;

} // namespace

class TestStoredApproval : public QObject {
    Q_OBJECT

    struct Fixture {
        TempStore temp;
        Store& store = *temp.store;
        QString serverId;
        QString otherServerId;
        RecordingAsker asker;
        StoredApprovalPolicy policy{store};
        Harness harness;

        Fixture()
        {
            StoredMcpServer server;
            server.config.name = QStringLiteral("files");
            server.config.command = QStringLiteral("npx");
            if (store.mcpServers().create(server))
                qFatal("cannot create server");
            serverId = server.id;
            StoredMcpServer other;
            other.config.name = QStringLiteral("web");
            other.config.command = QStringLiteral("npx");
            if (store.mcpServers().create(other))
                qFatal("cannot create server");
            otherServerId = other.id;
            harness.id = QStringLiteral("h1");
            harness.name = QStringLiteral("Coder");
            policy.setAsker(&asker);
        }

        ToolApprovalRequest request(const QString& tool, bool readOnly = false, const QString& server = {})
        {
            ToolApprovalRequest r;
            r.harness = harness;
            r.tool.server = server.isEmpty() ? QStringLiteral("files") : server;
            r.tool.tool = tool;
            r.tool.name = r.tool.server + QStringLiteral("__") + tool;
            r.tool.title = tool;
            r.tool.readOnly = readOnly;
            r.tool.destructive = !readOnly;
            r.arguments = {{QStringLiteral("path"), QStringLiteral("/tmp/x")}};
            return r;
        }

        void set(const QString& h, const QString& s, const QString& t, ToolPolicy p)
        {
            ToolPolicyRule rule{h, s, t, p};
            if (store.toolPolicies().set(rule))
                qFatal("cannot set rule");
        }

        ToolApprovalDecision decide(const ToolApprovalRequest& r)
        {
            std::optional<ToolApprovalDecision> result;
            QObject context;
            policy.decide(r, &context, [&](const ToolApprovalDecision& d) { result = d; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
                qFatal("no decision");
            return *result;
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void policyNamesRoundTrip()
    {
        for (ToolPolicy p : {ToolPolicy::Ask, ToolPolicy::Always, ToolPolicy::Never})
            QCOMPARE(toolPolicyFromName(toolPolicyName(p)), std::optional(p));
        QCOMPARE(toolPolicyFromName(QStringLiteral(" Always ")), std::optional(ToolPolicy::Always));
        QVERIFY(!toolPolicyFromName(QStringLiteral("sometimes")));
    }

    void mostSpecificRuleWins_data()
    {
        QTest::addColumn<QStringList>("rules"); // "harness,server,tool=policy", s = our server, o = other
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList{} << QString();
        QTest::newRow("global") << QStringList{u"*,*,*=never"_s} << u"never"_s;
        QTest::newRow("server beats global")
            << QStringList{u"*,*,*=never"_s, u"*,s,*=always"_s} << u"always"_s;
        QTest::newRow("server+tool beats server")
            << QStringList{u"*,s,*=always"_s, u"*,s,write=ask"_s} << u"ask"_s;
        QTest::newRow("harness beats server+tool")
            << QStringList{u"*,s,write=ask"_s, u"h1,*,*=never"_s} << u"never"_s;
        QTest::newRow("harness+server beats harness")
            << QStringList{u"h1,*,*=never"_s, u"h1,s,*=always"_s} << u"always"_s;
        QTest::newRow("harness+server+tool beats all")
            << QStringList{u"*,*,*=never"_s,  u"*,s,*=never"_s,  u"*,s,write=never"_s,
                           u"h1,*,*=never"_s, u"h1,s,*=never"_s, u"h1,s,write=always"_s}
            << u"always"_s;
        QTest::newRow("other harness ignored") << QStringList{u"h2,s,write=never"_s} << QString();
        QTest::newRow("other server ignored") << QStringList{u"*,o,*=never"_s} << QString();
        QTest::newRow("other tool ignored") << QStringList{u"*,s,read=never"_s, u"*,*,*=ask"_s} << u"ask"_s;
    }

    void mostSpecificRuleWins()
    {
        QFETCH(QStringList, rules);
        QFETCH(QString, expected);
        Fixture f;
        for (const QString& text : std::as_const(rules)) {
            const QStringList parts = text.section(QLatin1Char('='), 0, 0).split(QLatin1Char(','));
            QString server = parts.at(1);
            if (server == QLatin1String("s"))
                server = f.serverId;
            else if (server == QLatin1String("o"))
                server = f.otherServerId;
            f.set(parts.at(0), server, parts.at(2), *toolPolicyFromName(text.section(QLatin1Char('='), 1)));
        }
        const auto resolved =
            f.store.toolPolicies().resolve(QStringLiteral("h1"), f.serverId, QStringLiteral("write"));
        QCOMPARE(resolved ? toolPolicyName(*resolved) : QString(), expected);
    }

    void setReplacesListsAndRemoves()
    {
        Fixture f;
        QSignalSpy changed(&f.store, &Store::toolPoliciesChanged);
        f.set(any, f.serverId, QStringLiteral("write"), ToolPolicy::Never);
        f.set(any, f.serverId, QStringLiteral("write"), ToolPolicy::Always); // same scope: replaced
        f.set(QString(), QString(), QString(), ToolPolicy::Ask);             // empty = '*'
        QCOMPARE(changed.count(), 3);
        const auto rules = f.store.toolPolicies().list();
        QVERIFY(rules.ok());
        QCOMPARE(rules.value.size(), 2);
        QCOMPARE(rules.value.at(0).harnessId, any); // the global rule comes first
        QCOMPARE(rules.value.at(0).serverId, any);
        QCOMPARE(rules.value.at(1).policy, ToolPolicy::Always);
        QVERIFY(rules.value.at(1).updatedAt > 0);

        // A tool without its server means nothing: refused.
        ToolPolicyRule bad{any, any, QStringLiteral("write"), ToolPolicy::Never};
        QCOMPARE(f.store.toolPolicies().set(bad).kind, StoreError::Kind::Invalid);

        QVERIFY(!f.store.toolPolicies().remove(any, f.serverId, QStringLiteral("write")));
        QCOMPARE(f.store.toolPolicies().remove(any, f.serverId, QStringLiteral("write")).kind,
                 StoreError::Kind::NotFound);
        QCOMPARE(f.store.toolPolicies().list().value.size(), 1);
    }

    void withoutRuleReadOnlyRunsAndOthersAreAsked()
    {
        Fixture f;
        QVERIFY(f.decide(f.request(QStringLiteral("read"), true)).allowed);
        QVERIFY(f.asker.asked.isEmpty());
        f.asker.answer = {false, QStringLiteral("no thanks"), ToolApprovalDecision::Remember::No};
        const auto decision = f.decide(f.request(QStringLiteral("write")));
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.reason, QStringLiteral("no thanks"));
        QCOMPARE(f.asker.asked.size(), 1);
        // The asker sees what it needs to show: server, title, annotations, and the saved server.
        const ToolApprovalRequest& asked = f.asker.asked.constFirst();
        QCOMPARE(asked.tool.server, QStringLiteral("files"));
        QCOMPARE(asked.tool.title, QStringLiteral("write"));
        QVERIFY(asked.tool.destructive);
        QVERIFY(!asked.tool.readOnly);
        QCOMPARE(asked.serverId, f.serverId);
        QCOMPARE(asked.arguments.value(QStringLiteral("path")).toString(), QStringLiteral("/tmp/x"));
    }

    void storedRulesDecideWithoutAsking()
    {
        Fixture f;
        f.set(any, f.serverId, QStringLiteral("write"), ToolPolicy::Always);
        QVERIFY(f.decide(f.request(QStringLiteral("write"))).allowed);
        f.set(f.harness.id, f.serverId, QStringLiteral("delete"), ToolPolicy::Never);
        const auto denied = f.decide(f.request(QStringLiteral("delete")));
        QVERIFY(!denied.allowed);
        // The reason says where to change it, naming the rule's scope.
        QVERIFY2(denied.reason.contains(QLatin1String("never run")), qPrintable(denied.reason));
        QVERIFY2(denied.reason.contains(
                     QLatin1String("harness-cli mcp policy set --harness \"Coder\" --server \"files\" --tool "
                                   "\"delete\" ask")),
                 qPrintable(denied.reason));
        QVERIFY(f.asker.asked.isEmpty());
        // An explicit "ask" applies to read-only tools too.
        f.set(any, f.serverId, QStringLiteral("read"), ToolPolicy::Ask);
        QVERIFY(f.decide(f.request(QStringLiteral("read"), true)).allowed);
        QCOMPARE(f.asker.asked.size(), 1);
        // A global "never" also covers servers that are not saved (a --config file).
        f.set(any, any, any, ToolPolicy::Never);
        QVERIFY(!f.decide(f.request(QStringLiteral("anything"), true, QStringLiteral("unsaved"))).allowed);
        QCOMPARE(
            f.policy.effectivePolicy(f.request(QStringLiteral("anything"), true, QStringLiteral("unsaved"))),
            ToolPolicy::Never);
    }

    void sessionAnswersHoldInMemoryOnly()
    {
        Fixture f;
        f.asker.answer = {true, {}, ToolApprovalDecision::Remember::ForSession};
        QVERIFY(f.decide(f.request(QStringLiteral("write"))).allowed);
        QVERIFY(f.decide(f.request(QStringLiteral("write"))).allowed);
        QCOMPARE(f.asker.asked.size(), 1); // asked once
        QCOMPARE(f.policy.effectivePolicy(f.request(QStringLiteral("write"))), ToolPolicy::Always);
        QVERIFY(f.store.toolPolicies().list().value.isEmpty()); // nothing stored
        // Another tool, or the same tool in another harness, is still asked about.
        f.decide(f.request(QStringLiteral("delete")));
        auto other = f.request(QStringLiteral("write"));
        other.harness.id = QStringLiteral("h2");
        f.decide(other);
        QCOMPARE(f.asker.asked.size(), 3);
        // A new process (policy) asks again.
        StoredApprovalPolicy fresh(f.store);
        QCOMPARE(fresh.effectivePolicy(f.request(QStringLiteral("write"))), ToolPolicy::Ask);
        // A stored "never" beats a session "yes".
        f.set(any, f.serverId, QStringLiteral("write"), ToolPolicy::Never);
        QVERIFY(!f.decide(f.request(QStringLiteral("write"))).allowed);
    }

    void alwaysAnswersAreStoredForTheHarnessServerAndTool()
    {
        Fixture f;
        f.asker.answer = {true, {}, ToolApprovalDecision::Remember::Always};
        QVERIFY(f.decide(f.request(QStringLiteral("write"))).allowed);
        const auto rules = f.store.toolPolicies().list().value;
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.at(0).harnessId, f.harness.id);
        QCOMPARE(rules.at(0).serverId, f.serverId);
        QCOMPARE(rules.at(0).toolName, QStringLiteral("write"));
        QCOMPARE(rules.at(0).policy, ToolPolicy::Always);
        // Next time (even in a new process) nobody is asked.
        StoredApprovalPolicy fresh(f.store);
        QCOMPARE(fresh.effectivePolicy(f.request(QStringLiteral("write"))), ToolPolicy::Always);
        QVERIFY(f.decide(f.request(QStringLiteral("write"))).allowed);
        QCOMPARE(f.asker.asked.size(), 1);
        // "Deny always" stores never.
        f.asker.answer = {false, QStringLiteral("no"), ToolApprovalDecision::Remember::Always};
        QVERIFY(!f.decide(f.request(QStringLiteral("delete"))).allowed);
        QCOMPARE(f.store.toolPolicies().resolve(f.harness.id, f.serverId, QStringLiteral("delete")),
                 std::optional(ToolPolicy::Never));
    }

    void nobodyToAskDeniesWithHowToAllow()
    {
        Fixture f;
        f.policy.setAsker(nullptr);
        QVERIFY(f.decide(f.request(QStringLiteral("read"), true)).allowed);
        const auto denied = f.decide(f.request(QStringLiteral("write")));
        QVERIFY(!denied.allowed);
        QVERIFY2(denied.reason.contains(QLatin1String("--yes")), qPrintable(denied.reason));
        QVERIFY2(denied.reason.contains(QLatin1String("mcp policy set")), qPrintable(denied.reason));
    }

    void engineAsksThroughTheStoredPolicyAndTheModelGetsTheDenial()
    {
        // The engine's own wiring: its approval policy is the stored one, the asker sits behind it.
        TempStore temp;
        Engine engine(*temp.store, nullptr);
        RecordingAsker asker;
        engine.setApprovalPolicy(&asker);
        QCOMPARE(engine.approval().asker(), &asker);

        // Through a run: a "never" tool is denied, the model gets a tool error, the tool never ran.
        EngineRig rig;
        StoredApprovalPolicy stored(*rig.temp.store);
        stored.setAsker(&asker);
        rig.runs.setApprovalPolicy(&stored);
        StoredMcpServer server;
        server.config.name = QStringLiteral("shell");
        server.config.command = QStringLiteral("sh");
        QVERIFY(!rig.temp.store->mcpServers().create(server));
        ToolPolicyRule never{rig.harness.id, server.id, QStringLiteral("run"), ToolPolicy::Never};
        QVERIFY(!rig.temp.store->toolPolicies().set(never));
        rig.tools.addTool(QStringLiteral("shell__run"), {QStringLiteral("ran"), 0, false, false, false});
        rig.tools.addTool(QStringLiteral("shell__ls"), {QStringLiteral("a b c"), 0, false, false, true});
        auto turn = ScriptedLlmServer::Response::sse();
        turn.chunk(ScriptedLlmServer::toolCallChunk(0, QStringLiteral("c1"), QStringLiteral("shell__run"),
                                                    QStringLiteral("{}")))
            .chunk(ScriptedLlmServer::toolCallChunk(1, QStringLiteral("c2"), QStringLiteral("shell__ls"),
                                                    QStringLiteral("{}")))
            .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("tool_calls")))
            .done();
        rig.server.enqueue(turn);
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("OK.")}));
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        rig.chat.send({}, rig.harness, QStringLiteral("Clean up"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(rig.tools.calls().size(), 1); // only the read-only ls ran
        QCOMPARE(rig.tools.calls().at(0).tool, QStringLiteral("shell__ls"));
        QVERIFY(asker.asked.isEmpty());
        const QByteArray second = rig.server.requests().at(1).body;
        QVERIFY2(second.contains("set to never run"), second.constData());
    }
};

QTEST_MAIN(TestStoredApproval)
#include "tst_stored_approval.moc"
