// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/harness_repository.h"
#include "core/store/migrations.h"
#include "core/util/app_info.h"
#include "support/run_cli.h"
#include "support/temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace harness::core;
using harness::test::runCli;
using harness::test::TempStore;

class TestCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(qEnvironmentVariable("HARNESS_CLI")),
                 "HARNESS_CLI must name the built harness-cli");
    }

    void versionAndHelp()
    {
        auto run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("harness-cli ") + AppInfo::version());
        run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const auto* command : {"conversations list", "conversations show", "search", "harnesses list"})
            QVERIFY2(run.out.contains(QLatin1String(command)), command);
        run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("Usage:")));
        run = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("unknown command")));
    }

    void conversationsListAndShow()
    {
        TempStore temp;
        auto older = temp.addConversation(QStringLiteral("Older chat"), 1'000'000);
        auto newer = temp.addConversation(QStringLiteral("Rust lifetimes"), 2'000'000);
        temp.addMessage(newer.id, MessageRole::User, QStringLiteral("Explain 'a in fn f<'a>"), 2'000'000);
        Message answer;
        answer.conversationId = newer.id;
        answer.role = MessageRole::Assistant;
        answer.content = QStringLiteral("A lifetime names how long a borrow lives.");
        answer.model = QStringLiteral("anthropic/claude-sonnet-4");
        QVERIFY(!temp.store->messages().append(answer));
        const QString dir = temp.dir.path();

        auto run = runCli(
            {QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const auto lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + two conversations, newest first
        QVERIFY(lines.at(1).startsWith(newer.id.left(8)));
        QVERIFY(lines.at(1).endsWith(QLatin1String("Rust lifetimes")));
        QVERIFY(lines.at(2).startsWith(older.id.left(8)));

        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(), newer.id);

        // A unique prefix is enough, as with git hashes.
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("show"), newer.id.left(8)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("# Rust lifetimes")));
        QVERIFY(run.out.contains(QLatin1String("Explain 'a in fn f<'a>")));
        QVERIFY(run.out.contains(QLatin1String("A lifetime names how long a borrow lives.")));
        QVERIFY(run.out.contains(QLatin1String("anthropic/claude-sonnet-4")));
        QVERIFY(run.out.indexOf(QLatin1String("Explain")) < run.out.indexOf(QLatin1String("A lifetime")));

        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("show"), newer.id, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("messages")).toArray().size(), 2);
        QCOMPARE(
            object.value(QStringLiteral("messages")).toArray().at(1).toObject().value(QStringLiteral("role")),
            QStringLiteral("assistant"));

        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"),
                      QStringLiteral("show"), QStringLiteral("zzzz")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("no conversation with id \"zzzz\"")));
        QVERIFY(run.out.isEmpty());

        run = runCli(
            {QStringLiteral("--data-dir"), dir, QStringLiteral("conversations"), QStringLiteral("show")});
        QCOMPARE(run.exitCode, 2);
    }

    void searchFindsAndHighlights()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("Travel"));
        temp.addMessage(c.id, MessageRole::User, QStringLiteral("Where is the best café in Lisbon?"));
        const QString dir = temp.dir.path();
        auto run =
            runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("cafe")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("[café]")), qPrintable(run.out));
        QVERIFY(run.out.contains(c.id.left(8)));
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("tokyo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("No matches")));
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("--json"),
                      QStringLiteral("lisb")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
        run = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("search"), QStringLiteral("**")});
        QCOMPARE(run.exitCode, 2);
    }

    void harnessesListAndDataDirFromEnvironment()
    {
        TempStore temp;
        Harness h;
        h.name = QStringLiteral("Researcher");
        h.model = QStringLiteral("openai/gpt-4o");
        h.status = HarnessStatus::Started;
        QVERIFY(!temp.store->harnesses().create(h));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HARNESS_DATA_DIR"), temp.dir.path());
        auto run = runCli({QStringLiteral("harnesses"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Researcher")));
        QVERIFY(run.out.contains(QLatin1String("started")));
        QVERIFY(run.out.contains(QLatin1String("openai/gpt-4o")));
        // --data-dir wins over the environment.
        QTemporaryDir empty;
        run = runCli(
            {QStringLiteral("--data-dir"), empty.path(), QStringLiteral("harnesses"), QStringLiteral("list")},
            env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("No harnesses yet")));
    }

    void unusableDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("corrupt") << QStringLiteral("corrupt");
        QTest::newRow("newer") << QStringLiteral("newer");
        QTest::newRow("locked") << QStringLiteral("locked");
    }

    void unusableDatabase()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("harness.db"));
        QSqlDatabase holder;
        if (kind == QLatin1String("corrupt")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not an SQLite database, it is a shopping list: eggs, milk", 66);
        } else {
            {
                Store store(path);
                QVERIFY(!store.open());
                if (kind == QLatin1String("newer")) {
                    QVERIFY(!store.database().exec(
                        QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1)));
                }
            }
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close(); // (closing any descriptor of the file drops this process's POSIX locks: read first)
        if (kind == QLatin1String("locked")) {
            // Another program holds an exclusive lock and never lets go.
            holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE lock_holder (x)")));
        }

        auto run = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("conversations"),
                           QStringLiteral("list")});
        QVERIFY2(run.exitCode == 4, qPrintable(run.out + run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        const char* expected = kind == QLatin1String("corrupt") ? "damaged"
                               : kind == QLatin1String("newer") ? "newer version"
                                                                : "locked by another program";
        QVERIFY2(run.err.contains(QLatin1String(expected)), qPrintable(run.err));
        if (holder.isValid()) {
            QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
            holder.close();
            holder = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        }
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes); // never modified
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
