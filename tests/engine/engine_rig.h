// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/chat_service.h"
#include "core/engine/provider_access.h"
#include "core/engine/run_registry.h"
#include "core/model/message_parts.h"
#include "core/store/harness_repository.h"
#include "fake_tool_provider.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QNetworkAccessManager>

namespace harness::test {

/// A store, the scripted model server, fake tools and the engine wired together.
struct EngineRig {
    TempStore temp;
    ScriptedLlmServer server;
    QNetworkAccessManager network;
    FakeToolProvider tools;
    core::AllowAllPolicy allowAll;
    core::RunRegistry runs{*temp.store, &network, &tools, &allowAll};
    core::ProviderAccess providers{*temp.store, nullptr};
    core::ChatService chat{*temp.store, runs, providers, &network};
    core::Harness harness;

    EngineRig()
    {
        if (!server.listen())
            qFatal("scripted server cannot listen");
        providers.setOverride(core::ProviderConfig::custom(QStringLiteral("Scripted"), server.baseUrl()),
                              QStringLiteral("sk-test-key"));
        chat.setGenerateTitles(false);
        chat.setFlushInterval(std::chrono::milliseconds(20));
        chat.setStallTimeout(std::chrono::seconds(5));
        harness.name = QStringLiteral("Tester");
        harness.model = QStringLiteral("test/model");
        harness.status = core::HarnessStatus::Started;
        harness.systemPrompt = QStringLiteral("You are terse.");
        if (temp.store->harnesses().create(harness))
            qFatal("cannot create harness");
    }

    QList<core::Message> messages(const QString& conversationId)
    {
        return temp.store->messages().page(conversationId, 0, 1000).value;
    }

    /// A streamed answer: the text split into pieces, then stop and [DONE].
    static ScriptedLlmServer::Response textAnswer(const QStringList& pieces)
    {
        auto response = ScriptedLlmServer::Response::sse();
        for (const auto& piece : pieces)
            response.chunk(ScriptedLlmServer::textChunk(piece));
        response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
            .chunk(ScriptedLlmServer::usageChunk(12, 5, 0.0001))
            .done();
        return response;
    }

    /// A turn that calls one tool, its arguments split across two chunks.
    static ScriptedLlmServer::Response toolCall(const QString& id, const QString& name,
                                                const QString& arguments)
    {
        const auto half = arguments.size() / 2;
        auto response = ScriptedLlmServer::Response::sse();
        response.chunk(ScriptedLlmServer::toolCallChunk(0, id, name, arguments.left(half)))
            .chunk(ScriptedLlmServer::toolCallChunk(0, QString(), QString(), arguments.mid(half)))
            .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("tool_calls")))
            .done();
        return response;
    }
};

} // namespace harness::test
