// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/conversation_export.h"

#include "core/store/conversation_repository.h"
#include "core/store/message_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace harness::core {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::ConversationExport)
};

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// A code fence longer than any run of backticks inside `text`.
QString fenced(const QString& text, const QString& language = {})
{
    static const QRegularExpression ticks(QStringLiteral("`+"));
    qsizetype longest = 2;
    for (auto it = ticks.globalMatch(text); it.hasNext();)
        longest = std::max(longest, it.next().capturedLength());
    const QString fence(longest + 1, QLatin1Char('`'));
    QString body = text;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + language + QLatin1Char('\n') + body + fence + QLatin1Char('\n');
}

QString quoted(const QString& text)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (auto& line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString roleLabel(MessageRole role)
{
    switch (role) {
    case MessageRole::User:
        return Tr::tr("You");
    case MessageRole::Assistant:
        return Tr::tr("Assistant");
    case MessageRole::Tool:
        return Tr::tr("Tool");
    case MessageRole::System:
        break;
    }
    return Tr::tr("System");
}

QString prettyArguments(const QString& raw)
{
    const auto doc = QJsonDocument::fromJson(raw.toUtf8());
    if (doc.isObject() || doc.isArray())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return raw;
}

QString toolCallMarkdown(const ToolCallPart& call, const ToolResultPart* result)
{
    const QString name = call.tool.isEmpty() ? call.name : call.tool;
    QString head = call.server.isEmpty() ? QStringLiteral("`%1`").arg(name)
                                         : QStringLiteral("`%1` › `%2`").arg(call.server, name);
    QString text = QStringLiteral("**") + Tr::tr("Tool call") + QStringLiteral("** ") + head +
                   QStringLiteral(" — ") + toolCallStatusName(call.status);
    const qint64 started = call.timings.startedAt;
    const qint64 finished = call.timings.finishedAt;
    if (started > 0 && finished >= started)
        text += QStringLiteral(" (%1 s)").arg(double(finished - started) / 1000.0, 0, 'f', 1);
    text += QStringLiteral("\n\n") + Tr::tr("Arguments:") + QStringLiteral("\n\n") +
            fenced(prettyArguments(call.arguments), QStringLiteral("json"));
    if (result) {
        text += QStringLiteral("\n") + (result->isError ? Tr::tr("Error:") : Tr::tr("Result:")) +
                QStringLiteral("\n\n") + fenced(result->content);
        for (const auto& value : result->items) {
            const auto item = value.toObject();
            const QString type = item.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("image"))
                text += QStringLiteral("\n") +
                        Tr::tr("[image: %1]").arg(item.value(QStringLiteral("mimeType")).toString());
            else if (type == QLatin1String("resource"))
                text += QStringLiteral("\n") +
                        Tr::tr("Resource: <%1>").arg(item.value(QStringLiteral("uri")).toString());
        }
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    return text;
}

QString usageMarkdown(const UsagePart& usage)
{
    // The count in a variable of its own: lupdate (6.4) hangs on a string literal inside the
    // arguments of a plural tr().
    const int tokens = int(usage.totalTokens);
    QString text = Tr::tr("%n token(s)", nullptr, tokens);
    text += QStringLiteral(" (") +
            Tr::tr("%1 in, %2 out").arg(usage.promptTokens).arg(usage.completionTokens) + QLatin1Char(')');
    if (usage.cost)
        text += QStringLiteral(" · $") + QString::number(*usage.cost, 'f', 4);
    return QLatin1Char('*') + text + QStringLiteral("*\n");
}

} // namespace

std::optional<ConversationExport::Format> ConversationExport::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString ConversationExport::fileSuffix(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("md");
}

StoreResult<QByteArray> ConversationExport::exportConversation(Store& store, const QString& conversationId,
                                                               Format format)
{
    auto conversation = store.conversations().get(conversationId);
    if (!conversation.ok())
        return {{}, conversation.error};
    // JSON keeps everything (earlier versions of edited messages carry `supersededBy`); Markdown
    // is the conversation as shown.
    auto messages = format == Format::Json ? store.messages().allVersions(conversationId)
                                           : store.messages().currentBranch(conversationId);
    if (!messages.ok())
        return {{}, messages.error};
    if (format == Format::Json)
        return {QJsonDocument(toJson(conversation.value, messages.value)).toJson(QJsonDocument::Indented),
                {}};
    return {toMarkdown(conversation.value, messages.value).toUtf8(), {}};
}

QString ConversationExport::toMarkdown(const Conversation& conversation, const QList<Message>& messages)
{
    QString out = QStringLiteral("# ") +
                  (conversation.title.isEmpty() ? Tr::tr("Untitled conversation") : conversation.title) +
                  QStringLiteral("\n\n");
    for (const auto& m : messages) {
        QString head = roleLabel(m.role) + QStringLiteral(" · ") + when(m.createdAt);
        if (!m.model.isEmpty())
            head += QStringLiteral(" · ") + m.model;
        if (m.status != MessageStatus::Complete)
            head += QStringLiteral(" · ") + statusName(m.status);
        out += QStringLiteral("## ") + head + QStringLiteral("\n\n");
        if (const auto* reasoning = m.parts.reasoning(); reasoning && !reasoning->text.trimmed().isEmpty())
            out += QStringLiteral("> **") + Tr::tr("Reasoning") + QStringLiteral("**\n>\n") +
                   quoted(reasoning->text) + QLatin1Char('\n');
        if (!m.content.isEmpty())
            out += m.content.trimmed() + QStringLiteral("\n\n");
        for (const auto& call : m.parts.toolCalls())
            out += toolCallMarkdown(call, m.parts.toolResult(call.callId)) + QLatin1Char('\n');
        if (!m.error.isEmpty())
            out += QStringLiteral("> ⚠ ") + m.error + QStringLiteral("\n\n");
        if (const auto* usage = m.parts.usage())
            out += usageMarkdown(*usage) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject ConversationExport::toJson(const Conversation& conversation, const QList<Message>& messages)
{
    QJsonArray array;
    for (const auto& m : messages) {
        QJsonObject message{{QStringLiteral("id"), m.id},
                            {QStringLiteral("role"), roleName(m.role)},
                            {QStringLiteral("content"), m.content},
                            {QStringLiteral("status"), statusName(m.status)},
                            {QStringLiteral("createdAt"), m.createdAt},
                            {QStringLiteral("parts"), m.parts.toJson()}};
        if (!m.model.isEmpty())
            message.insert(QStringLiteral("model"), m.model);
        if (!m.error.isEmpty())
            message.insert(QStringLiteral("error"), m.error);
        if (!m.supersededBy.isEmpty())
            message.insert(QStringLiteral("supersededBy"), m.supersededBy);
        array.append(message);
    }
    return {{QStringLiteral("format"), QStringLiteral("harness-conversation")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("conversation"),
             QJsonObject{{QStringLiteral("id"), conversation.id},
                         {QStringLiteral("title"), conversation.title},
                         {QStringLiteral("createdAt"), conversation.createdAt},
                         {QStringLiteral("lastMessageAt"), conversation.lastMessageAt},
                         {QStringLiteral("lastHarnessId"), conversation.lastHarnessId}}},
            {QStringLiteral("messages"), array}};
}

} // namespace harness::core
