// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/conversation_repository.h"
#include "core/store/message_repository.h"
#include "core/store/migrations.h"
#include "core/util/data_location.h"
#include "gui/message_box.h"
#include "gui/store_opener.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace harness::core;
using harness::gui::MessageBox;
using harness::gui::StoreOpener;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeGarbage(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x7f'));
}

} // namespace

class TestStoreOpener final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void corruptDatabase_userStartsFresh_oldFileKept()
    {
        QTemporaryDir dir;
        const QString path = DataLocation::databasePath(dir.path());
        writeGarbage(path);
        const QByteArray before = readAll(path);
        MessageBox::setNextAnswer(QMessageBox::Reset);
        auto result = StoreOpener::open(dir.path());
        QVERIFY(result.store);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("damaged")));
        QVERIFY(MessageBox::lastText().contains(path));
        QVERIFY(!result.movedAsideTo.isEmpty());
        QCOMPARE(readAll(result.movedAsideTo), before); // byte for byte
        // The fresh store works.
        Conversation c;
        QVERIFY(!result.store->conversations().create(c));
    }

    void corruptDatabase_userQuits_nothingTouched()
    {
        QTemporaryDir dir;
        const QString path = DataLocation::databasePath(dir.path());
        writeGarbage(path);
        const QByteArray before = readAll(path);
        MessageBox::setNextAnswer(QMessageBox::Close);
        auto result = StoreOpener::open(dir.path());
        QVERIFY(!result.store);
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void newerDatabase_isKeptAside()
    {
        QTemporaryDir dir;
        const QString path = DataLocation::databasePath(dir.path());
        {
            Store store(path);
            QVERIFY(!store.open());
            QVERIFY(!store.database().exec(
                QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1)));
        }
        MessageBox::setNextAnswer(QMessageBox::Reset);
        auto result = StoreOpener::open(dir.path());
        QVERIFY(result.store);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("newer version")));
        Store old(result.movedAsideTo);
        QCOMPARE(old.open().kind, StoreError::Kind::NewerVersion); // still the newer file
    }

    void interruptedAnswersAreRecoveredOnOpen()
    {
        QTemporaryDir dir;
        {
            Store store(DataLocation::databasePath(dir.path()));
            QVERIFY(!store.open());
            Conversation c;
            QVERIFY(!store.conversations().create(c));
            Message m;
            m.conversationId = c.id;
            m.role = MessageRole::Assistant;
            m.status = MessageStatus::Streaming;
            m.content = QStringLiteral("partial");
            QVERIFY(!store.messages().append(m));
        }
        auto result = StoreOpener::open(dir.path());
        QVERIFY(result.store);
        QCOMPARE(result.recoveredMessages, 1);
    }
};

QTEST_MAIN(TestStoreOpener)
#include "tst_store_opener.moc"
