// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_result.h"
#include "core/llm/fast_chunk_reader.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace harness::core {

/// Folds the JSON chunks of an OpenAI-compatible stream (`chat.completion.chunk`) into a
/// ChatResult: text, reasoning, tool-call fragments by index, usage, finish reason, and reports
/// what each chunk changed. No I/O: ChatStream feeds it, and tests can drive it directly.
class ChatDeltaAccumulator final {
public:
    struct Changes {
        QString text;                  ///< text appended by this chunk
        QString reasoning;             ///< reasoning appended by this chunk
        bool toolCallsChanged = false; ///< a tool call appeared or grew
        bool usageChanged = false;     ///< the usage arrived
        bool finishReasonChanged = false;
        std::optional<ChatError> error; ///< the chunk carried `error`
    };

    explicit ChatDeltaAccumulator(QString providerName = {}) : m_providerName(std::move(providerName)) {}

    /// Applies one parsed `data:` payload (after taking pending text, which comes first).
    Changes apply(const QJsonObject& chunk);
    /// Applies a chunk read by FastChunkReader. Its text and reasoning are only buffered (as
    /// UTF-8, cheaply) until takePending(); the returned changes carry the finish reason and the
    /// error of a `finish_reason: "error"`. apply() and takePending() together then have the same
    /// effect as apply() on each chunk's JSON.
    Changes applySimple(const SimpleChunk& chunk);
    /// Moves the buffered text and reasoning into the result and returns them as changes.
    Changes takePending();
    bool hasPending() const { return !m_pendingText.isEmpty() || !m_pendingReasoning.isEmpty(); }
    /// Applies a whole non-streamed `chat.completion` body (servers that ignore `stream: true`).
    Changes applyCompletion(const QJsonObject& completion);

    /// The result so far, without pending fast-path text (see takePending()).
    const ChatResult& result() const { return m_result; }
    ChatResult& result() { return m_result; }
    bool sawFinishReason() const { return !m_result.finishReason.isEmpty(); }

private:
    void applyToolCallFragment(const QJsonObject& fragment);
    void applyReasoningDetail(const QJsonObject& detail);
    static QString reasoningText(const QJsonObject& delta);

    QString m_providerName;
    ChatResult m_result;
    QList<int> m_detailIndexes; // `index` of each entry of m_result.reasoningDetails
    QList<int> m_toolIndexes;
    QByteArray m_pendingText; // UTF-8 text of fast-path chunks not yet in m_result
    QByteArray
        m_pendingReasoning; // the same for reasoning // stream `index` of each entry of m_result.toolCalls
};

} // namespace harness::core
