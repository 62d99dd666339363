// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// "Move data…": the copy of a live store (WAL included) to an empty or new folder, its checks
// (not empty, not writable, no room, copy mismatch), the recorded location read at start-up and
// its precedence, and taking a move back.
#include "core/setup/data_mover.h"
#include "core/util/data_location.h"
#include "support/temp_store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A store with two conversations and three messages, and the files a data folder holds beside it.
void fill(TempStore& temp)
{
    const auto a = temp.addConversation(QStringLiteral("Lisbon"));
    const auto b = temp.addConversation(QStringLiteral("Rust"));
    temp.addMessage(a.id, MessageRole::User, QStringLiteral("Plan a weekend"));
    temp.addMessage(a.id, MessageRole::Assistant, QStringLiteral("Day one: Alfama."));
    temp.addMessage(b.id, MessageRole::User, QStringLiteral("Explain lifetimes"));
    writeFile(DataLocation::sessionFilePath(temp.dir.path()), "[window]\ngeometry=1\n");
    writeFile(temp.dir.filePath(QStringLiteral("backups/harness.db.v4.bak")), "old schema copy");
}

} // namespace

class TestDataMover final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv(DataLocation::EnvironmentVariable);
    }
    void init() { QFile::remove(DataLocation::recordFilePath()); }
    void cleanup() { QFile::remove(DataLocation::recordFilePath()); }

    void movesTheLiveStoreAndEveryFile()
    {
        TempStore temp;
        fill(temp);
        QVERIFY(QFileInfo::exists(temp.path() + QStringLiteral("-wal"))); // rows still in the WAL
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("new/data"));

        const auto result = DataMover::move(*temp.store, temp.dir.path(), target);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.to, QDir::cleanPath(target));
        QCOMPARE(result.counts.value(QStringLiteral("conversations")), 2);
        QCOMPARE(result.counts.value(QStringLiteral("messages")), 3);
        QCOMPARE(result.otherFiles,
                 (QStringList{QStringLiteral("backups/harness.db.v4.bak"), QStringLiteral("session.ini")}));
        QCOMPARE(readFile(QDir(target).filePath(QStringLiteral("backups/harness.db.v4.bak"))),
                 QByteArray("old schema copy"));
        QVERIFY(!QFileInfo::exists(QDir(target).filePath(QStringLiteral("harness.db.partial"))));

        // The copy opens as a store with the same conversations and messages.
        Store copy(DataLocation::databasePath(target));
        QVERIFY(!copy.open());
        const auto conversations = copy.conversations().list(0, 100);
        QVERIFY(conversations.ok());
        QCOMPARE(conversations.value.size(), 2);
        QCOMPARE(DataMover::rowCounts(DataLocation::databasePath(target), nullptr), result.counts);

        // The next start reads the new folder; the old one is kept as it was.
        QCOMPARE(DataLocation::recordedLocation(), QDir::cleanPath(target));
        QCOMPARE(DataLocation::resolve(), QDir::cleanPath(target));
        QVERIFY(QFileInfo::exists(temp.path()));
        QCOMPARE(temp.store->conversations().list(0, 100).value.size(), 2);
    }

    void precedenceOptionThenEnvironmentThenRecorded()
    {
        QTemporaryDir recorded, env, option;
        QVERIFY(DataLocation::recordLocation(recorded.path()));
        QCOMPARE(DataLocation::resolve(), QDir::cleanPath(recorded.path()));
        qputenv(DataLocation::EnvironmentVariable, env.path().toUtf8());
        QCOMPARE(DataLocation::resolve(), QDir::cleanPath(env.path()));
        QCOMPARE(DataLocation::resolve(option.path()), QDir::cleanPath(option.path()));
        QVERIFY(DataLocation::isOverridden(env.path()));
        qunsetenv(DataLocation::EnvironmentVariable);
        QVERIFY(!DataLocation::isOverridden(recorded.path()));
        QVERIFY(DataLocation::isOverridden(option.path())); // --data-dir chose another folder
        // A recorded folder that is gone (an unplugged disk) is not used.
        const QString gone = recorded.path() + QStringLiteral("/gone");
        QVERIFY(DataLocation::recordLocation(gone));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not exist")));
        QCOMPARE(DataLocation::resolve(),
                 QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void refusedTargetsChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not empty") << QStringLiteral("notEmpty") << QStringLiteral("is not empty");
        QTest::newRow("a file") << QStringLiteral("file") << QStringLiteral("is a file");
        QTest::newRow("not writable") << QStringLiteral("underFile") << QStringLiteral("Could not create");
        QTest::newRow("inside the data") << QStringLiteral("inside") << QStringLiteral("outside");
        QTest::newRow("same folder") << QStringLiteral("same") << QStringLiteral("already in");
        QTest::newRow("relative") << QStringLiteral("relative") << QStringLiteral("full path");
    }
    void refusedTargetsChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        TempStore temp;
        fill(temp);
        QTemporaryDir parent;
        QString target = parent.filePath(QStringLiteral("target"));
        if (kind == QLatin1String("notEmpty"))
            writeFile(QDir(target).filePath(QStringLiteral("notes.txt")), "mine");
        else if (kind == QLatin1String("file"))
            writeFile(target, "a file");
        else if (kind == QLatin1String("underFile")) {
            writeFile(target, "a file");
            target += QStringLiteral("/data");
        } else if (kind == QLatin1String("inside"))
            target = temp.dir.filePath(QStringLiteral("sub"));
        else if (kind == QLatin1String("same"))
            target = temp.dir.path();
        else
            target = QStringLiteral("relative/folder");
        const QStringList before = QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        const auto result = DataMover::move(*temp.store, temp.dir.path(), target);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QVERIFY(!QFileInfo::exists(temp.dir.filePath(QStringLiteral("sub"))));
        QVERIFY(DataLocation::recordedLocation().isEmpty());
        if (kind == QLatin1String("notEmpty"))
            QCOMPARE(QDir(target).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    }

    void notEnoughRoom()
    {
        // The real disk of a temporary folder: ask for more than it has free.
        QTemporaryDir parent;
        const qint64 free = QStorageInfo(parent.path()).bytesAvailable();
        QVERIFY(free > 0);
        const QString problem = DataMover::checkTarget(QStringLiteral("/nonexistent-source"),
                                                       parent.filePath(QStringLiteral("d")), free);
        QVERIFY2(problem.contains(QLatin1String("not enough free space")), qPrintable(problem));
        QVERIFY(DataMover::checkTarget(QStringLiteral("/nonexistent-source"),
                                       parent.filePath(QStringLiteral("d")), 1024)
                    .isEmpty());
        QVERIFY(DataMover::roomProblem(100 << 20, 50 << 20).contains(QLatin1String("50.0 MB")));
        QVERIFY(DataMover::roomProblem(1 << 20, qint64(1) << 30).isEmpty());
    }

    void aCopyThatDiffersIsRejected()
    {
        TempStore temp;
        fill(temp);
        QTemporaryDir parent;
        const QString copyPath = parent.filePath(QStringLiteral("copy.db"));
        QSqlQuery vacuum(temp.store->database().connection());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copyPath)));
        const auto expected = DataMover::rowCounts(temp.path(), nullptr);
        QVERIFY(DataMover::verifyCopy(copyPath, expected).isEmpty());
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(copyPath);
            QVERIFY(db.open());
            QSqlQuery remove(db);
            QVERIFY(remove.exec(
                QStringLiteral("DELETE FROM messages WHERE rowid = (SELECT min(rowid) FROM messages)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const QString problem = DataMover::verifyCopy(copyPath, expected);
        QVERIFY2(problem.contains(QLatin1String("messages")) && problem.contains(QLatin1String("3")),
                 qPrintable(problem));
        // Not a database at all.
        writeFile(copyPath, "garbage that is not SQLite");
        QVERIFY(!DataMover::verifyCopy(copyPath, expected).isEmpty());
    }

    void revertTakesTheMoveBack()
    {
        TempStore temp;
        fill(temp);
        QTemporaryDir earlier;
        QVERIFY(DataLocation::recordLocation(earlier.path()));
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("moved"));
        const auto result = DataMover::move(*temp.store, temp.dir.path(), target);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(DataLocation::recordedLocation(), QDir::cleanPath(target));
        DataMover::revert(result);
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(DataLocation::recordedLocation(), QDir::cleanPath(earlier.path()));
        QVERIFY(QFileInfo::exists(temp.path()));
    }
};

QTEST_GUILESS_MAIN(TestDataMover)
#include "tst_data_mover.moc"
