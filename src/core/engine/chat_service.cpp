// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/chat_service.h"

#include "core/engine/provider_access.h"
#include "core/llm/chat_stream.h"
#include "core/llm/web_model_map.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/settings_repository.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace harness::core {

ChatService::ChatService(Store& store, RunRegistry& runs, ProviderAccess& providers,
                         QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_store(store), m_runs(runs), m_providers(providers), m_network(network)
{
    m_runs.setProviderAccess(&m_providers);
    connect(&m_runs, &RunRegistry::runFinished, this, [this](const QString& conversationId) {
        if (m_titlePending.contains(conversationId))
            generateTitle(conversationId, m_titlePending.take(conversationId));
    });
    connect(&m_runs, &RunRegistry::runFailed, this,
            [this](const QString& conversationId) { m_titlePending.remove(conversationId); });
}

ChatService::~ChatService() = default;

QString ChatService::fallbackTitle(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.simplified().split(space, Qt::SkipEmptyParts);
    QString title = words.mid(0, 8).join(QLatin1Char(' '));
    if (title.size() > 60)
        return title.left(57).trimmed() + QStringLiteral("…");
    if (words.size() > 8) // cut short: say so
        title += QStringLiteral("…");
    return title;
}

ChatService::SendResult ChatService::send(const QString& conversationId, const Harness& harness,
                                          const QString& text)
{
    SendResult result;
    result.conversationId = conversationId;
    bool isNew = false;
    if (result.conversationId.isEmpty()) {
        Conversation conversation;
        conversation.title = fallbackTitle(text);
        conversation.lastHarnessId = harness.id;
        if ((result.error = m_store.conversations().create(conversation)))
            return result;
        result.conversationId = conversation.id;
        isNew = true;
    }
    Message message;
    message.conversationId = result.conversationId;
    message.role = MessageRole::User;
    message.content = text;
    if ((result.error = m_store.messages().append(message)))
        return result;
    result.messageId = message.id;
    if (!isNew && m_store.messages().count(result.conversationId).value == 1)
        isNew = true; // an empty conversation created earlier
    if (isNew && m_generateTitles)
        m_titlePending.insert(result.conversationId, harness);
    answer(result.conversationId, harness);
    return result;
}

StoreResult<Harness> ChatService::harnessFor(Store& store, const QString& conversationId,
                                             const QString& preferredHarnessId)
{
    QStringList candidates{preferredHarnessId};
    if (!conversationId.isEmpty())
        candidates.append(store.conversations().get(conversationId).value.lastHarnessId);
    candidates.append(store.settings().load().value.defaultHarnessId);
    for (const auto& id : std::as_const(candidates)) {
        if (id.isEmpty())
            continue;
        if (auto found = store.harnesses().get(id); found.ok())
            return found;
    }
    auto all = store.harnesses().list(); // most recently used first
    if (!all.ok())
        return {{}, all.error};
    for (const auto& harness : std::as_const(all.value)) {
        if (harness.status == HarnessStatus::Started)
            return {harness, {}};
    }
    if (all.value.isEmpty())
        return {{}, StoreError::make(StoreError::Kind::NotFound)};
    return {all.value.constFirst(), {}};
}

ChatService::SendResult ChatService::resend(const QString& userMessageId, const Harness& harness,
                                            const QString& text)
{
    SendResult result;
    auto original = m_store.messages().get(userMessageId);
    if (!original.ok()) {
        result.error = original.error;
        return result;
    }
    result.conversationId = original.value.conversationId;
    if (original.value.role != MessageRole::User) {
        result.error = StoreError::make(StoreError::Kind::Invalid, userMessageId);
        return result;
    }
    m_runs.stop(result.conversationId); // its answer is about to become the earlier version
    Message message;
    message.role = MessageRole::User;
    message.content = text;
    if ((result.error = m_store.messages().appendReplacing(userMessageId, message)))
        return result;
    result.messageId = message.id;
    answer(result.conversationId, harness);
    return result;
}

ChatService::SendResult ChatService::regenerate(const QString& conversationId, const Harness& harness)
{
    // The newest user message, found page by page from the end.
    qint64 before = 0;
    for (;;) {
        auto page = m_store.messages().page(conversationId, before, 50);
        if (!page.ok())
            return {conversationId, {}, page.error};
        for (auto it = page.value.crbegin(); it != page.value.crend(); ++it) {
            if (it->role == MessageRole::User)
                return resend(it->id, harness, it->content);
        }
        if (page.value.size() < 50)
            break;
        before = page.value.constFirst().seq;
    }
    return {conversationId, {}, StoreError::make(StoreError::Kind::NotFound, conversationId)};
}

void ChatService::answer(const QString& conversationId, const Harness& harness)
{
    if (harness.model.trimmed().isEmpty()) {
        Q_EMIT answerFailed(conversationId, tr("The harness \"%1\" has no model. Choose one in the harness "
                                               "settings, then try again.")
                                                .arg(harness.name));
        return;
    }
    if (!harness.id.isEmpty()) {
        m_store.conversations().setLastHarness(conversationId, harness.id);
        m_store.harnesses().markUsed(harness.id);
    }
    RunSetup setup;
    setup.conversationId = conversationId;
    setup.harness = harness;
    setup.stallTimeout = m_stallTimeout;
    setup.flushInterval = m_flushInterval;
    m_runs.start(std::move(setup)); // the run finds the provider and key itself
}

void ChatService::generateTitle(const QString& conversationId, const Harness& harness)
{
    auto conversation = m_store.conversations().get(conversationId);
    if (!conversation.ok())
        return;
    auto page = m_store.messages().page(conversationId, 0, 4);
    if (!page.ok() || page.value.isEmpty())
        return;
    QString exchange;
    for (const auto& m : page.value)
        exchange += (m.role == MessageRole::User ? QStringLiteral("User: ") : QStringLiteral("Assistant: ")) +
                    m.content.left(1500) + QLatin1Char('\n');
    const QString fallback = conversation.value.title;
    m_providers.resolve(harness, this, [=, this](const ResolvedProvider& p) {
        if (!p.ok() || !m_network)
            return;
        ChatRequest request;
        request.model = p.config.isOpenRouter() ? WebModelMap::resolve(harness.model).model : harness.model;
        request.maxTokens = 24;
        request.messages = {
            ChatMessage::system(
                QStringLiteral("Write a title of 2 to 6 words for this conversation, in its language. Answer "
                               "with the title only: no quotes, no punctuation at the end.")),
            ChatMessage::user(exchange)};
        auto* stream = new ChatStream(m_network, p.config, p.apiKey, request, this);
        connect(stream, &ChatStream::finished, this, [=, this](const ChatResult& result) {
            stream->deleteLater();
            QString title = result.text.simplified();
            title.remove(QLatin1Char('"'));
            while (title.endsWith(QLatin1Char('.')))
                title.chop(1);
            if (title.isEmpty() || title.size() > 80)
                return; // keep the fallback
            // Only if the user has not renamed it meanwhile.
            auto now = m_store.conversations().get(conversationId);
            if (!now.ok() || now.value.title != fallback)
                return;
            if (!m_store.conversations().rename(conversationId, title))
                Q_EMIT titleChanged(conversationId, title);
        });
        connect(stream, &ChatStream::failed, stream, &QObject::deleteLater);
        stream->start();
    });
}

} // namespace harness::core
