// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_delta_accumulator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace harness::core {

QString ChatDeltaAccumulator::reasoningText(const QJsonObject& delta)
{
    // OpenRouter sends the same text both as `reasoning` and inside `reasoning_details`; take
    // `reasoning` when present so nothing is doubled. `reasoning_content` is DeepSeek/vLLM style.
    const QString reasoning = delta.value(u"reasoning").toString();
    if (!reasoning.isEmpty())
        return reasoning;
    const QString reasoningContent = delta.value(u"reasoning_content").toString();
    if (!reasoningContent.isEmpty())
        return reasoningContent;
    QString text;
    for (const QJsonValue& detail : delta.value(u"reasoning_details").toArray()) {
        const QJsonObject object = detail.toObject();
        const QJsonValue part = object.contains(u"text") ? object.value(u"text") : object.value(u"summary");
        text += part.toString();
    }
    return text;
}

void ChatDeltaAccumulator::applyToolCallFragment(const QJsonObject& fragment)
{
    const QJsonValue indexValue = fragment.value(u"index");
    const QString id = fragment.value(u"id").toString();
    qsizetype slot = -1;
    if (indexValue.isDouble()) {
        slot = m_toolIndexes.indexOf(indexValue.toInt());
        if (slot < 0) {
            m_toolIndexes.append(indexValue.toInt());
            m_result.toolCalls.append(ToolCall{});
            slot = m_result.toolCalls.size() - 1;
        }
    } else {
        // No index (some servers): a new id starts a new call, otherwise continue the last one.
        for (qsizetype i = 0; i < m_result.toolCalls.size() && !id.isEmpty(); ++i) {
            if (m_result.toolCalls.at(i).id == id)
                slot = i;
        }
        if (slot < 0 && (!id.isEmpty() || m_result.toolCalls.isEmpty())) {
            m_toolIndexes.append(-1 - static_cast<int>(m_result.toolCalls.size()));
            m_result.toolCalls.append(ToolCall{});
        }
        if (slot < 0)
            slot = m_result.toolCalls.size() - 1;
    }
    ToolCall& call = m_result.toolCalls[slot];
    if (call.id.isEmpty())
        call.id = id;
    const QJsonObject function = fragment.value(u"function").toObject();
    call.name += function.value(u"name").toString();
    const QJsonValue arguments = function.value(u"arguments");
    if (arguments.isString())
        call.arguments += arguments.toString();
    else if (arguments.isObject()) // a few servers send the object itself
        call.arguments +=
            QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
}

void ChatDeltaAccumulator::applyReasoningDetail(const QJsonObject& detail)
{
    const QJsonValue indexValue = detail.value(u"index");
    const qsizetype slot = indexValue.isDouble() ? m_detailIndexes.indexOf(indexValue.toInt()) : -1;
    if (slot < 0) {
        m_detailIndexes.append(indexValue.isDouble() ? indexValue.toInt() : -1 - int(m_detailIndexes.size()));
        m_result.reasoningDetails.append(detail);
        return;
    }
    // A later fragment of the same entry: text-like fields grow, anything else given replaces.
    QJsonObject merged = m_result.reasoningDetails.at(slot).toObject();
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const bool grows = it.key() == u"text" || it.key() == u"summary" || it.key() == u"data";
        if (grows && it.value().isString())
            merged.insert(it.key(), QString(merged.value(it.key()).toString() + it.value().toString()));
        else if (!it.value().isNull())
            merged.insert(it.key(), it.value());
    }
    m_result.reasoningDetails.replace(slot, merged);
}

ChatDeltaAccumulator::Changes ChatDeltaAccumulator::apply(const QJsonObject& chunk)
{
    Changes changes = takePending();
    if (m_result.generationId.isEmpty())
        m_result.generationId = chunk.value(u"id").toString();
    if (m_result.model.isEmpty())
        m_result.model = chunk.value(u"model").toString();

    const QJsonArray choices = chunk.value(u"choices").toArray();
    for (const QJsonValue& choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(u"index").toInt(0) != 0)
            continue; // we ask for one choice; ignore any other
        const QJsonObject delta = choice.value(u"delta").toObject();
        const QString text = delta.value(u"content").toString();
        changes.text += text;
        m_result.text += text;
        const QString reasoning = reasoningText(delta);
        changes.reasoning += reasoning;
        m_result.reasoning += reasoning;
        for (const QJsonValue& detail : delta.value(u"reasoning_details").toArray()) {
            if (detail.isObject())
                applyReasoningDetail(detail.toObject());
        }
        const QJsonArray toolCalls = delta.value(u"tool_calls").toArray();
        for (const QJsonValue& fragment : toolCalls)
            applyToolCallFragment(fragment.toObject());
        changes.toolCallsChanged = !toolCalls.isEmpty();
        const QJsonValue finishReason = choice.value(u"finish_reason");
        if (finishReason.isString() && !finishReason.toString().isEmpty()) {
            m_result.finishReason = finishReason.toString();
            changes.finishReasonChanged = true;
        }
    }

    const QJsonValue error = chunk.value(u"error");
    if (error.isObject()) {
        changes.error = ChatError::fromErrorObject(m_providerName, error.toObject());
    } else if (error.isString()) {
        ChatError streamError;
        streamError.kind = ChatError::Kind::StreamError;
        streamError.providerName = m_providerName;
        streamError.providerMessage = error.toString();
        changes.error = streamError;
    } else if (m_result.finishReason == u"error" && changes.finishReasonChanged) {
        ChatError streamError;
        streamError.kind = ChatError::Kind::StreamError;
        streamError.providerName = m_providerName;
        changes.error = streamError;
    }

    const QJsonValue usage = chunk.value(u"usage");
    if (usage.isObject()) {
        m_result.usage = ChatUsage::fromJson(usage.toObject());
        changes.usageChanged = true;
    }
    return changes;
}

ChatDeltaAccumulator::Changes ChatDeltaAccumulator::applySimple(const SimpleChunk& chunk)
{
    Changes changes;
    if (m_result.generationId.isEmpty())
        m_result.generationId = chunk.id;
    if (m_result.model.isEmpty())
        m_result.model = chunk.model;
    m_pendingText.append(chunk.content);
    m_pendingReasoning.append(chunk.reasoning);
    if (!chunk.finishReason.isEmpty()) {
        m_result.finishReason = chunk.finishReason;
        changes.finishReasonChanged = true;
        if (chunk.finishReason == u"error") {
            ChatError streamError;
            streamError.kind = ChatError::Kind::StreamError;
            streamError.providerName = m_providerName;
            changes.error = streamError;
        }
    }
    return changes;
}

ChatDeltaAccumulator::Changes ChatDeltaAccumulator::takePending()
{
    Changes changes;
    if (!m_pendingReasoning.isEmpty()) {
        changes.reasoning = QString::fromUtf8(m_pendingReasoning);
        m_result.reasoning += changes.reasoning;
        m_pendingReasoning.truncate(0);
    }
    if (!m_pendingText.isEmpty()) {
        changes.text = QString::fromUtf8(m_pendingText);
        m_result.text += changes.text;
        m_pendingText.truncate(0);
    }
    return changes;
}

ChatDeltaAccumulator::Changes ChatDeltaAccumulator::applyCompletion(const QJsonObject& completion)
{
    QJsonObject chunk = completion;
    QJsonArray choices;
    for (const QJsonValue& choiceValue : completion.value(u"choices").toArray()) {
        QJsonObject choice = choiceValue.toObject();
        QJsonObject message = choice.value(u"message").toObject();
        QJsonArray calls;
        int position = 0;
        for (const QJsonValue& call : message.value(u"tool_calls").toArray()) {
            QJsonObject fragment = call.toObject();
            fragment.insert(u"index"_s, position++);
            calls.append(fragment);
        }
        message.insert(u"tool_calls"_s, calls);
        choice.insert(u"delta"_s, message);
        choices.append(choice);
    }
    chunk.insert(u"choices"_s, choices);
    return apply(chunk);
}

} // namespace harness::core
