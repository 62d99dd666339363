// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Which harness answers: the one rule the app and harness-cli share (ChatService::harnessFor).
#include "core/engine/chat_service.h"
#include "core/engine/provider_access.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/settings_repository.h"
#include "support/add_harness.h"
#include "support/temp_store.h"

#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

namespace {

Harness addHarness(TempStore& temp, const QString& name, HarnessStatus status)
{
    return harness::test::addHarness(*temp.store, name, status, QStringLiteral("m/") + name);
}

} // namespace

class TestHarnessChoice final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noHarnessAtAll()
    {
        TempStore temp;
        QCOMPARE(ChatService::harnessFor(*temp.store, {}).error.kind, StoreError::Kind::NotFound);
    }

    void orderOfPreference()
    {
        TempStore temp;
        auto& store = *temp.store;
        const auto draft = addHarness(temp, QStringLiteral("draft"), HarnessStatus::Draft);
        const auto started = addHarness(temp, QStringLiteral("started"), HarnessStatus::Started);
        const auto other = addHarness(temp, QStringLiteral("other"), HarnessStatus::Stopped);
        const auto byDefault = addHarness(temp, QStringLiteral("default"), HarnessStatus::Stopped);
        QVERIFY(!store.harnesses().markUsed(draft.id)); // the most recently used is only a draft

        // Nothing else known: the most recently used started harness.
        QCOMPARE(ChatService::harnessFor(store, {}).value.id, started.id);

        // The default of the settings beats that.
        auto settings = store.settings().load().value;
        settings.defaultHarnessId = byDefault.id;
        QVERIFY(!store.settings().save(settings));
        QCOMPARE(ChatService::harnessFor(store, {}).value.id, byDefault.id);

        // The conversation's last harness beats the default.
        auto c = temp.addConversation(QStringLiteral("c"));
        QCOMPARE(ChatService::harnessFor(store, c.id).value.id, byDefault.id);
        QVERIFY(!store.conversations().setLastHarness(c.id, other.id));
        QCOMPARE(ChatService::harnessFor(store, c.id).value.id, other.id);

        // An explicit choice beats everything; a stale one is ignored.
        QCOMPARE(ChatService::harnessFor(store, c.id, draft.id).value.id, draft.id);
        QCOMPARE(ChatService::harnessFor(store, c.id, QStringLiteral("gone")).value.id, other.id);

        // A removed harness falls through to the next rule.
        QVERIFY(!store.harnesses().remove(other.id));
        QCOMPARE(ChatService::harnessFor(store, c.id).value.id, byDefault.id);
    }

    void withoutStartedHarnessTheMostRecentlyUsed()
    {
        TempStore temp;
        addHarness(temp, QStringLiteral("a"), HarnessStatus::Draft);
        const auto b = addHarness(temp, QStringLiteral("b"), HarnessStatus::Stopped);
        QVERIFY(!temp.store->harnesses().markUsed(b.id));
        QCOMPARE(ChatService::harnessFor(*temp.store, {}).value.id, b.id);
    }
};

QTEST_GUILESS_MAIN(TestHarnessChoice)
#include "tst_harness_choice.moc"
