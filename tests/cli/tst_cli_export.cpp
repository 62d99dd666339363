// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli conversations export ID --format md|json [--output FILE]
#include "core/store/message_repository.h"
#include "support/run_cli.h"
#include "support/temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace harness::core;
using harness::test::runCli;
using harness::test::TempStore;

class TestCliExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsMarkdownAndJson()
    {
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("Rust lifetimes"));
        temp.addMessage(c.id, MessageRole::User, QStringLiteral("What is 'a?"));
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("A **lifetime** name."));
        const QString dir = temp.dir.path();

        auto run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                           QStringLiteral("export"), c.id.left(8)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("# Rust lifetimes\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("A **lifetime** name.")));

        const QString file = temp.dir.filePath(QStringLiteral("out.json"));
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("export"), c.id, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--output"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto root = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("messages")).toArray().size(), 2);
        QCOMPARE(root.value(QStringLiteral("conversation"))[QStringLiteral("id")].toString(), c.id);
    }

    void editedConversationsShowAndExportTheCurrentBranch()
    {
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("Trip"));
        const auto q = temp.addMessage(c.id, MessageRole::User, QStringLiteral("Plan Tokyo"));
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Tokyo plan"));
        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("Plan Kyoto");
        QVERIFY(!temp.store->messages().appendReplacing(q.id, edit));
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Kyoto plan"));
        const QString dir = temp.dir.path();

        for (const QString& command : {QStringLiteral("show"), QStringLiteral("export")}) {
            const auto run =
                runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"), command, c.id});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QLatin1String("Plan Kyoto")) &&
                         run.out.contains(QLatin1String("Kyoto plan")),
                     qPrintable(run.out));
            QVERIFY2(!run.out.contains(QLatin1String("Tokyo")), qPrintable(command + run.out));
        }
        auto run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                           QStringLiteral("show"), c.id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("messages")].toArray().size(), 2);
        // JSON export keeps the earlier version, marked.
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("export"), c.id, QStringLiteral("--format"), QStringLiteral("json")});
        const auto messages = QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("messages")].toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0)[QStringLiteral("supersededBy")].toString(), edit.id);
        QCOMPARE(messages.at(1)[QStringLiteral("supersededBy")].toString(), edit.id);
        // And search does not find the earlier version, only the current one.
        const auto hits = [&](const QString& text) {
            const auto r = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("search"), text,
                                   QStringLiteral("--json")});
            QStringList ids;
            for (const auto& hit : QJsonDocument::fromJson(r.out.toUtf8()).array())
                ids.append(hit[QStringLiteral("messageId")].toString());
            return ids;
        };
        QCOMPARE(hits(QStringLiteral("Tokyo")), QStringList());
        QCOMPARE(hits(QStringLiteral("Kyoto")).size(), 2);
        QVERIFY(hits(QStringLiteral("Kyoto")).contains(edit.id));
    }

    void badInputSaysWhatToDo()
    {
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("x"));
        const QString dir = temp.dir.path();
        auto run =
            runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                    QStringLiteral("export"), c.id, QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--format md")), qPrintable(run.err));
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("export"), QStringLiteral("zzzz")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains(QLatin1String("conversations list")));
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("export"), c.id, QStringLiteral("--output"),
                      temp.dir.filePath(QStringLiteral("no/such/dir/x.md"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains(QLatin1String("cannot write")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
