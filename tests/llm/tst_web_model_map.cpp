// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/web_model_map.h"

#include <QJsonObject>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

/// The Harness web app's model names resolve to the OpenRouter ids its FastAPI backend sends.
class TestWebModelMap final : public QObject {
    Q_OBJECT

private slots:
    void resolvesLikeTheWebBackend_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<bool>("highReasoning");
        QTest::newRow("gpt-5.5") << u"gpt-5.5"_s << u"openai/gpt-5.5"_s << false;
        QTest::newRow("gpt-5.4") << u"gpt-5.4"_s << u"openai/gpt-5.4"_s << false;
        QTest::newRow("sonnet") << u"claude-sonnet-4.6"_s << u"anthropic/claude-sonnet-4.6"_s << false;
        QTest::newRow("sonnet thinking")
            << u"claude-sonnet-4.6-thinking"_s << u"anthropic/claude-sonnet-4.6"_s << true;
        QTest::newRow("opus fast") << u"claude-opus-4.6-fast"_s << u"anthropic/claude-opus-4.6-fast"_s
                                   << false;
        QTest::newRow("opus") << u"claude-opus-4.7"_s << u"anthropic/claude-opus-4.7"_s << false;
        QTest::newRow("opus thinking")
            << u"claude-opus-4.7-thinking"_s << u"anthropic/claude-opus-4.7"_s << true;
        QTest::newRow("gemini pro") << u"gemini-3.1-pro"_s << u"google/gemini-3.1-pro-preview"_s << false;
        QTest::newRow("gemini flash") << u"gemini-3-flash"_s << u"google/gemini-3-flash-preview"_s << false;
        QTest::newRow("gemini lite") << u"gemini-3.1-flash-lite"_s
                                     << u"google/gemini-3.1-flash-lite-preview"_s << false;
        QTest::newRow("full id passes")
            << u"anthropic/claude-sonnet-4"_s << u"anthropic/claude-sonnet-4"_s << false;
        QTest::newRow("unknown passes") << u"llama3.2"_s << u"llama3.2"_s << false;
    }
    void resolvesLikeTheWebBackend()
    {
        QFETCH(QString, stored);
        QFETCH(QString, sent);
        QFETCH(bool, highReasoning);
        const auto resolved = WebModelMap::resolve(stored);
        QCOMPARE(resolved.model, sent);
        QCOMPARE(resolved.mapped, sent != stored);
        const QJsonObject reasoning{{u"effort"_s, u"high"_s}};
        QCOMPARE(resolved.extraBody.value(u"reasoning"_s).toObject(),
                 highReasoning ? reasoning : QJsonObject{});
    }

    void pickedModelIsStoredByItsWebName_data()
    {
        QTest::addColumn<QString>("picked");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("stored");
        QTest::newRow("mapped pick") << u"anthropic/claude-sonnet-4.6"_s << QString()
                                     << u"claude-sonnet-4.6"_s;
        QTest::newRow("unmapped pick")
            << u"mistralai/mistral-large"_s << QString() << u"mistralai/mistral-large"_s;
        QTest::newRow("thinking kept") << u"anthropic/claude-opus-4.7"_s << u"claude-opus-4.7-thinking"_s
                                       << u"claude-opus-4.7-thinking"_s;
        QTest::newRow("unchanged") << u"gemini-3-flash"_s << u"gemini-3-flash"_s << u"gemini-3-flash"_s;
        QTest::newRow("changed") << u"openai/gpt-5.4"_s << u"claude-opus-4.7-thinking"_s << u"gpt-5.4"_s;
    }
    void pickedModelIsStoredByItsWebName()
    {
        QFETCH(QString, picked);
        QFETCH(QString, previous);
        QFETCH(QString, stored);
        QCOMPARE(WebModelMap::nameToStore(picked, previous), stored);
    }

    void describeSaysWhichModelRuns()
    {
        QCOMPARE(WebModelMap::describe(u"claude-sonnet-4.6"_s),
                 u"claude-sonnet-4.6 (runs anthropic/claude-sonnet-4.6)"_s);
        QVERIFY(WebModelMap::describe(u"claude-opus-4.7-thinking"_s).contains(u"high reasoning"_s));
        QCOMPARE(WebModelMap::describe(u"openai/gpt-4o"_s), u"openai/gpt-4o"_s);
    }
};

QTEST_APPLESS_MAIN(TestWebModelMap)
#include "tst_web_model_map.moc"
