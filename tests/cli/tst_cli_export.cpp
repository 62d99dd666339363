// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli conversations export ID --format md|json [--output FILE]
#include "core/store/message_repository.h"
#include "support/temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args)
{
    QProcess process;
    process.start(qEnvironmentVariable("HARNESS_CLI"), args);
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

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
