// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <variant>

namespace harness::core {

/// Where a tool call is: asked for by the model, waiting for the user, running, or ended.
enum class ToolCallStatus { Pending, AwaitingApproval, Running, Done, Error, Denied, Cancelled };

/// "pending", "awaiting_approval", "running", "done", "error", "denied", "cancelled".
QString toolCallStatusName(ToolCallStatus status);
std::optional<ToolCallStatus> toolCallStatusFromName(const QString& name);
/// True once the call has ended (done, failed, denied or cancelled).
bool isEnded(ToolCallStatus status);

/// Text as a part (a message's own text is its `content`; formats that carry text as parts, such
/// as Convex's, use this kind).
struct TextPart {
    QString text;
    friend bool operator==(const TextPart&, const TextPart&) = default;
};

/// The model's reasoning, shown folded above its answer.
struct ReasoningPart {
    QString text;
    /// From the first reasoning token to the first answer token; unset while it still reasons or
    /// when nobody measured it.
    std::optional<qint64> durationMs;
    friend bool operator==(const ReasoningPart&, const ReasoningPart&) = default;
};

/// What a running tool reported about its progress (MCP notifications/progress).
struct ToolCallProgress {
    double progress = 0;
    double total = 0; ///< 0: the tool did not say
    QString message;
    friend bool operator==(const ToolCallProgress&, const ToolCallProgress&) = default;
};

/// When a tool call waited, started and ended (ms since the epoch; 0: not yet, or never).
struct ToolCallTimings {
    qint64 waitingSince = 0; ///< began to wait for the user's approval
    qint64 startedAt = 0;    ///< began to run (the duration is the run, not the wait)
    qint64 finishedAt = 0;
    friend bool operator==(const ToolCallTimings&, const ToolCallTimings&) = default;
};

/// A tool the model asked to call.
struct ToolCallPart {
    QString callId;
    QString name;      ///< as the model knows it ("server__tool")
    QString server;    ///< the MCP server's name, for the user; empty when unknown
    QString tool;      ///< the tool's own name on its server
    QString title;     ///< the tool's title (annotations.title), when it has one
    QString arguments; ///< raw JSON text, exactly as the model wrote it
    ToolCallStatus status = ToolCallStatus::Pending;
    QString error; ///< why it failed, was denied or cancelled
    std::optional<ToolCallProgress> progress;
    ToolCallTimings timings;

    /// The name to show: the title, else the tool's own name, else the model's name for it.
    QString displayName() const;
    friend bool operator==(const ToolCallPart&, const ToolCallPart&) = default;
};

/// What a tool call returned.
struct ToolResultPart {
    QString callId;
    QString content; ///< the text the model got
    bool isError = false;
    QJsonArray items; ///< for the user: {type: text|image|audio|resource, ...}
    QJsonObject structuredContent;
    friend bool operator==(const ToolResultPart&, const ToolResultPart&) = default;
};

/// Tokens and cost of the answer.
struct UsagePart {
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    qint64 reasoningTokens = 0;
    std::optional<double> cost; ///< in credits (USD on OpenRouter), when the provider said
    friend bool operator==(const UsagePart&, const UsagePart&) = default;
};

/// A part of a kind this version does not know (a newer version wrote it): kept exactly as it
/// was, so loading and saving again never drops it.
struct OtherPart {
    QJsonObject json; ///< including its "kind"
    friend bool operator==(const OtherPart&, const OtherPart&) = default;
};

/// One structured piece of a message beside its text. A new kind (attachments, say) is a struct
/// above, an alternative here, and its JSON in message_part.cpp; nothing else reads raw JSON.
using MessagePart = std::variant<TextPart, ReasoningPart, ToolCallPart, ToolResultPart, UsagePart, OtherPart>;

/// The JSON of one part, as the store, the exports and the CLI write it: an object with "kind"
/// ("text", "reasoning", "tool_call", "tool_result", "usage") beside the part's fields. Reading
/// accepts everything earlier versions wrote; a kind it does not know becomes an OtherPart.
QJsonObject partToJson(const MessagePart& part);
MessagePart partFromJson(const QJsonObject& json);
/// The part's "kind" as written in JSON.
QString partKindName(const MessagePart& part);

} // namespace harness::core
