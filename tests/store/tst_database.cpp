// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/conversation_repository.h"
#include "core/store/database.h"
#include "core/store/database_recovery.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/migrations.h"
#include "core/store/search_repository.h"
#include "core/store/store.h"
#include "support/temp_store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace harness::core;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void open_createsCurrentSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("sub/harness.db")));
        QVERIFY(!db.open());
        QCOMPARE(db.schemaVersion(), currentSchemaVersion());
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), currentSchemaVersion());
        // Opening again is a no-op: same version, no backup made.
        db.close();
        QVERIFY(!db.open());
        QVERIFY(!QFile::exists(db.path() + QStringLiteral(".v%1.bak").arg(currentSchemaVersion())));
    }

    void write_rollsBackWhenWorkFails()
    {
        harness::test::TempStore temp;
        auto& db = temp.store->database();
        const auto error = db.write([&]() -> StoreError {
            db.exec(QStringLiteral(
                "INSERT INTO harnesses (id, name, created_at, updated_at) VALUES ('h', 'n', 1, 1)"));
            return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("stop"));
        });
        QCOMPARE(error.kind, StoreError::Kind::Invalid);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM harnesses")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void migrateVersion1_keepsDataIndexesItAndKeepsABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("harness.db"));
        QString conversationId;
        {
            Store v1(path);
            QVERIFY(!v1.open(1));
            QCOMPARE(v1.database().schemaVersion(), 1);
            Conversation c;
            c.title = QStringLiteral("Trip to Lisbon");
            QVERIFY(!v1.conversations().create(c));
            conversationId = c.id;
            Message m;
            m.conversationId = c.id;
            m.role = MessageRole::User;
            m.content = QStringLiteral("Which pastelaria has the best pastéis de nata?");
            QVERIFY(!v1.messages().append(m));
            // Version 1 has no full-text index yet.
            QSqlQuery q(v1.database().connection());
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM messages_fts")));
        }
        Store current(path);
        QVERIFY(!current.open());
        QCOMPARE(current.database().schemaVersion(), currentSchemaVersion());
        QVERIFY(QFile::exists(path + QStringLiteral(".v1.bak")));
        auto conversation = current.conversations().get(conversationId);
        QVERIFY(conversation.ok());
        QCOMPARE(conversation.value.title, QStringLiteral("Trip to Lisbon"));
        // Rows written before the migration are searchable after it (diacritics folded).
        auto hits = current.search().search(QStringLiteral("pasteis"));
        QVERIFY(hits.ok());
        QCOMPARE(hits.value.size(), 1);
        QCOMPARE(hits.value.first().conversationId, conversationId);
        hits = current.search().search(QStringLiteral("lisbon"));
        QCOMPARE(hits.value.size(), 1);
        QCOMPARE(hits.value.first().kind, SearchHit::Kind::Title);
        // The backup is a complete version-1 database.
        Database backup(path + QStringLiteral(".v1.bak"));
        QVERIFY(!backup.open(1));
        QCOMPARE(backup.schemaVersion(), 1);
    }

    void migrateVersion6_signedInToOldSync_keepsEveryRowAndForgetsTheOldServer()
    {
        // A store signed in to the desktop-only Convex schema: remote ids, a cursor and an account
        // of a deployment that is gone. After the migration every row is still there, the sync
        // bookkeeping is reset (the next sign-in offers the data for upload), skills carry
        // descriptions and pinned conversations know when.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("harness.db"));
        QString conversationId;
        QString harnessId;
        {
            Store v6(path);
            QVERIFY(!v6.open(6));
            Harness h;
            h.name = QStringLiteral("Researcher");
            QVERIFY(!v6.harnesses().create(h));
            harnessId = h.id;
            Conversation c;
            c.title = QStringLiteral("Pinned plan");
            QVERIFY(!v6.conversations().create(c));
            conversationId = c.id;
            Message m;
            m.conversationId = c.id;
            m.content = QStringLiteral("typed before the update");
            QVERIFY(!v6.messages().append(m));
            QSqlQuery q(v6.database().connection());
            for (const QString& sql :
                 {QStringLiteral(
                      "UPDATE harnesses SET skills = '[\"cites sources\",\"brief\"]', remote_id = 'old-h'"),
                  QStringLiteral("UPDATE conversations SET remote_id = 'old-c', pinned = 1, updated_at = 42"),
                  QStringLiteral("UPDATE messages SET remote_id = 'old-m'"),
                  QStringLiteral("UPDATE sync_state SET account = 'https://issuer|alice', cursor = 99")})
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        Store current(path);
        QVERIFY(!current.open());
        QVERIFY(QFile::exists(path + QStringLiteral(".v6.bak")));
        const auto h = current.harnesses().get(harnessId);
        QVERIFY(h.ok());
        QCOMPARE(h.value.skills,
                 (QList<Skill>{Skill{QStringLiteral("cites sources")}, Skill{QStringLiteral("brief")}}));
        QVERIFY(h.value.remoteId.isEmpty());
        const auto c = current.conversations().get(conversationId);
        QVERIFY(c.ok());
        QVERIFY(c.value.remoteId.isEmpty());
        QVERIFY(c.value.pinned);
        QCOMPARE(c.value.pinnedAt, 42);
        QCOMPARE(current.messages().count(conversationId).value, 1);
        QSqlQuery q(current.database().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT coalesce(account, ''), cursor, (SELECT count(*) FROM outbox), "
                           "(SELECT count(*) FROM messages WHERE remote_id IS NOT NULL) FROM sync_state")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toInt(), 0);
    }

    void corruptFile_isReportedAndNeverModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("harness.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const auto before = fileHash(path);
        Database db(path);
        const auto error = db.open();
        QCOMPARE(error.kind, StoreError::Kind::Corrupt);
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void newerVersion_isReportedAndNeverModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("harness.db"));
        {
            Database db(path);
            QVERIFY(!db.open());
            QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 5)));
            QVERIFY(!db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const auto before = fileHash(path);
        Database db(path);
        const auto error = db.open();
        QCOMPARE(error.kind, StoreError::Kind::NewerVersion);
        QCOMPARE(fileHash(path), before);
    }

    void lockedByAnotherConnection_isReportedAsLocked()
    {
        harness::test::TempStore temp;
        temp.store->database().close();
        // Another program holds an exclusive lock on the file.
        auto holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(temp.path());
        QVERIFY(holder.open());
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO user_settings (id, created_at, updated_at) VALUES ('lock', 0, 0)")));
        }
        Database db(temp.path());
        // The busy timeout is 3 s; the lock is never released, so the open reports it.
        const auto error = db.open();
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(!db.open());
    }

    void moveAside_keepsTheOldFileAndItsWal()
    {
        harness::test::TempStore temp;
        temp.addConversation(QStringLiteral("keep me"));
        temp.store->database().close();
        const auto before = fileHash(temp.path());
        const QString moved = DatabaseRecovery::moveAside(temp.path(), QStringLiteral("corrupt"));
        QVERIFY(!moved.isEmpty());
        QVERIFY(!QFile::exists(temp.path()));
        QCOMPARE(fileHash(moved), before);
        const QString second = DatabaseRecovery::moveAside(temp.path(), QStringLiteral("corrupt"));
        QVERIFY(second != moved); // a second move never clobbers the first
        // The moved database still holds the data.
        Store old(moved);
        QVERIFY(!old.open());
        QCOMPARE(old.conversations().count().value, 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
