// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/run_registry.h"
#include "core/model/harness.h"
#include "core/store/store.h"
#include "core/store/store_error.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <chrono>

namespace harness::core {

class ProviderAccess;

/// What the GUI and the CLI call to chat: saves the user's message (creating the conversation if
/// needed), finds the harness's provider and key, starts the answer, and names new conversations.
class ChatService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatService)
public:
    struct SendResult {
        QString conversationId;
        QString messageId; ///< the user's message
        StoreError error;
    };

    ChatService(Store& store, RunRegistry& runs, ProviderAccess& providers, QNetworkAccessManager* network,
                QObject* parent = nullptr);
    ~ChatService() override;

    /// Saves `text` as the user's message in `conversationId` (empty: a new conversation) and starts
    /// the answer with `harness` (a stored one, or one made up for the CLI's --model, with no id).
    /// The text is saved before anything can fail.
    SendResult send(const QString& conversationId, const Harness& harness, const QString& text);
    /// Answers the conversation as it stands (retry after a failure, or after an edit).
    void answer(const QString& conversationId, const Harness& harness);
    /// Edit and resend: stops the conversation's run, saves `text` as a new user message that
    /// replaces `userMessageId` and everything after it (kept as the earlier version), and
    /// answers it.
    SendResult resend(const QString& userMessageId, const Harness& harness, const QString& text);
    /// Answers the last user message of the conversation again; the previous answer is kept as
    /// the earlier version.
    SendResult regenerate(const QString& conversationId, const Harness& harness);

    /// Which harness answers a conversation, for the GUI and the CLI alike: `preferredHarnessId`
    /// (the user's explicit choice) when it exists, else the conversation's last harness, else
    /// the default harness of the settings, else the most recently used started harness, else the
    /// most recently used one. NotFound when there is no harness at all.
    static StoreResult<Harness> harnessFor(Store& store, const QString& conversationId,
                                           const QString& preferredHarnessId = {});

    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimeout = timeout; }
    void setFlushInterval(std::chrono::milliseconds interval) { m_flushInterval = interval; }
    /// Names new conversations with a short model-written title (on by default).
    void setGenerateTitles(bool on) { m_generateTitles = on; }
    /// The title used before (or instead of) the model's: the first words of the message.
    static QString fallbackTitle(const QString& text);

Q_SIGNALS:
    /// The answer could not start (no provider, no key, unknown harness); nothing was lost.
    void answerFailed(const QString& conversationId, const QString& message);
    void titleChanged(const QString& conversationId, const QString& title);

private:
    void generateTitle(const QString& conversationId, const Harness& harness);

    Store& m_store;
    RunRegistry& m_runs;
    ProviderAccess& m_providers;
    QPointer<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_stallTimeout = std::chrono::seconds(60);
    std::chrono::milliseconds m_flushInterval = std::chrono::milliseconds(250);
    bool m_generateTitles = true;
    QHash<QString, Harness> m_titlePending; ///< conversations to name after their first answer
};

} // namespace harness::core
