// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/message_repository.h"
#include "core/store/search_repository.h"
#include "support/temp_store.h"

#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

class TestSearch final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ftsQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("one word, still typing") << QStringLiteral("pyth") << QStringLiteral("\"pyth\"*");
        QTest::newRow("finished word") << QStringLiteral("python ") << QStringLiteral("\"python\"");
        QTest::newRow("two words") << QStringLiteral("rust lifetimes")
                                   << QStringLiteral("\"rust\" \"lifetimes\"*");
        QTest::newRow("operators are words, quotes dropped")
            << QStringLiteral("\"NOT\" AND (x") << QStringLiteral("\"NOT\" \"AND\" \"x\"*");
        QTest::newRow("only punctuation") << QStringLiteral("*** -- \"") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unicode") << QStringLiteral("Müller 東京") << QStringLiteral("\"Müller\" \"東京\"*");
    }

    void ftsQuery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(SearchRepository::toFtsQuery(typed), query);
    }

    void search_findsMessagesNewestFirstWithHighlight()
    {
        TempStore temp;
        auto a = temp.addConversation(QStringLiteral("Python help"), 1000);
        auto b = temp.addConversation(QStringLiteral("Cooking"), 2000);
        auto m1 = temp.addMessage(a.id, MessageRole::User, QStringLiteral("How do I sort a dict in Python?"));
        temp.addMessage(b.id, MessageRole::User, QStringLiteral("A recipe for crème brûlée"));
        auto m3 = temp.addMessage(a.id, MessageRole::Assistant,
                                  QStringLiteral("Use sorted() on items: Python 3.7+"));

        auto hits = temp.store->search().search(QStringLiteral("python"));
        QVERIFY(hits.ok());
        QCOMPARE(hits.value.size(), 3); // one title, two messages
        QCOMPARE(hits.value.at(0).kind, SearchHit::Kind::Title);
        QCOMPARE(hits.value.at(0).conversationId, a.id);
        QCOMPARE(hits.value.at(1).messageId, m3.id);
        QCOMPARE(hits.value.at(2).messageId, m1.id);
        QCOMPARE(hits.value.at(1).conversationTitle, QStringLiteral("Python help"));
        QVERIFY(hits.value.at(1)
                    .decoratedSnippet(QStringLiteral("["), QStringLiteral("]"), false)
                    .contains(QStringLiteral("[Python]")));

        // Diacritics are folded, prefixes match while typing, every word must match.
        QCOMPARE(temp.store->search().search(QStringLiteral("creme brul")).value.size(), 1);
        QCOMPARE(temp.store->search().search(QStringLiteral("python recipe")).value.size(), 0);
        // Input that is FTS5 syntax is searched as text, never an error.
        QVERIFY(temp.store->search().search(QStringLiteral("\"sorted() OR NEAR(")).ok());
    }

    void search_followsEditsRenamesAndDeletes()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("Draft"));
        auto m = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("alpha"));
        m.content = QStringLiteral("omega");
        QVERIFY(!temp.store->messages().update(m));
        QCOMPARE(temp.store->search().search(QStringLiteral("alpha ")).value.size(), 0);
        QCOMPARE(temp.store->search().search(QStringLiteral("omega")).value.size(), 1);
        QVERIFY(!temp.store->conversations().rename(c.id, QStringLiteral("Greek letters")));
        QCOMPARE(temp.store->search().search(QStringLiteral("greek")).value.size(), 1);
        QCOMPARE(temp.store->search().search(QStringLiteral("draft ")).value.size(), 0);
        QVERIFY(!temp.store->conversations().remove(c.id));
        QCOMPARE(temp.store->search().search(QStringLiteral("omega")).value.size(), 0);
        QCOMPARE(temp.store->search().search(QStringLiteral("greek")).value.size(), 0);
    }

    void earlierVersionsOfEditedMessagesAreNoHits()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("Trip"));
        auto q = temp.addMessage(c.id, MessageRole::User, QStringLiteral("Plan a trip to Tokyo"));
        auto a = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Tokyo in spring is lovely"));
        // More hits of the old branch than the limit: they must not use it up.
        for (int i = 0; i < 5; ++i)
            temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("More about Tokyo %1").arg(i));
        QCOMPARE(temp.store->search().search(QStringLiteral("tokyo"), 3).value.size(), 3);

        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("Plan a trip to Kyoto, not Tokyo");
        QVERIFY(!temp.store->messages().appendReplacing(q.id, edit));
        // Only the new message is shown, so only it is found (jumping there lands on a visible row).
        auto hits = temp.store->search().search(QStringLiteral("tokyo"), 3);
        QVERIFY(hits.ok());
        QCOMPARE(hits.value.size(), 1);
        QCOMPARE(hits.value.at(0).messageId, edit.id);
        QVERIFY(temp.store->search().search(QStringLiteral("spring")).value.isEmpty());
        // The earlier version is still there, and found again once it is current.
        QCOMPARE(temp.store->messages().get(a.id).value.content, QStringLiteral("Tokyo in spring is lovely"));
        QVERIFY(!temp.store->messages().setSupersededBy(a.id, QString()));
        hits = temp.store->search().search(QStringLiteral("spring"));
        QCOMPARE(hits.value.size(), 1);
        QCOMPARE(hits.value.at(0).messageId, a.id);
    }

    void streamingAnswersAreIndexedWhenTheyStop()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("Live"));
        Message m;
        m.conversationId = c.id;
        m.role = MessageRole::Assistant;
        m.status = MessageStatus::Streaming;
        m.content = QStringLiteral("partial zebra");
        QVERIFY(!temp.store->messages().append(m));
        QCOMPARE(temp.store->search().search(QStringLiteral("zebra ")).value.size(), 0);
        m.content = QStringLiteral("partial zebra giraffe");
        QVERIFY(!temp.store->messages().update(m));
        QCOMPARE(temp.store->search().search(QStringLiteral("giraffe ")).value.size(), 0);
        m.status = MessageStatus::Complete;
        QVERIFY(!temp.store->messages().update(m));
        QCOMPARE(temp.store->search().search(QStringLiteral("giraffe ")).value.size(), 1);
        m.content = QStringLiteral("edited to okapi");
        QVERIFY(!temp.store->messages().update(m));
        QCOMPARE(temp.store->search().search(QStringLiteral("giraffe ")).value.size(), 0);
        QCOMPARE(temp.store->search().search(QStringLiteral("okapi ")).value.size(), 1);
        // An answer left streaming by a crash becomes searchable when it is recovered.
        Message crashed;
        crashed.conversationId = c.id;
        crashed.role = MessageRole::Assistant;
        crashed.status = MessageStatus::Streaming;
        crashed.content = QStringLiteral("walrus");
        QVERIFY(!temp.store->messages().append(crashed));
        QCOMPARE(temp.store->messages().recoverInterrupted().value, 1);
        QCOMPARE(temp.store->search().search(QStringLiteral("walrus ")).value.size(), 1);
        QVERIFY(!temp.store->conversations().remove(c.id));
        QCOMPARE(temp.store->search().search(QStringLiteral("okapi ")).value.size(), 0);
        // The index is consistent with its content table.
        QVERIFY(!temp.store->database().exec(
            QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void snippet_escapesHtml()
    {
        SearchHit hit;
        hit.snippet =
            QStringLiteral("<b>") + SearchHit::MatchStart + QStringLiteral("x&y") + SearchHit::MatchEnd;
        QCOMPARE(hit.decoratedSnippet(QStringLiteral("<mark>"), QStringLiteral("</mark>"), true),
                 QStringLiteral("&lt;b&gt;<mark>x&amp;y</mark>"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
