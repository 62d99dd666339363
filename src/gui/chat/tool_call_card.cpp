// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/tool_call_card.h"

#include "core/markdown/markdown_renderer.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextDocument>
#include <QUrl>

namespace harness::gui {

namespace {

constexpr int MaxResultChars = 6000;
constexpr int MaxImageWidth = 360;

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::gui::ToolCallCard)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString pre(const QString& text, const ChatColors& colors)
{
    QString shown = text;
    if (shown.size() > MaxResultChars)
        shown = shown.left(MaxResultChars) + QStringLiteral("\n…");
    return QStringLiteral(
               "<pre style=\"background-color:%1; white-space:pre-wrap; margin:2px 0 6px 0\">%2</pre>")
        .arg(colors.card.name(), esc(shown));
}

QString prettyJson(const QString& raw)
{
    const auto doc = QJsonDocument::fromJson(raw.toUtf8());
    if (doc.isObject() || doc.isArray())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return raw;
}

QString duration(const core::ToolCallPart& call, core::ToolCallStatus status, qint64 now)
{
    const qint64 started = call.timings.startedAt;
    const qint64 finished = call.timings.finishedAt;
    if (now > 0 && finished <= 0) { // live: how long it has run or waited so far
        const qint64 since =
            status == core::ToolCallStatus::AwaitingApproval ? call.timings.waitingSince : started;
        return since > 0 ? ToolCallCard::elapsedText(std::max<qint64>(0, now - since)) : QString();
    }
    if (started <= 0 || finished < started)
        return {};
    const double seconds = double(finished - started) / 1000.0;
    //: duration of a tool call, in seconds
    return seconds < 10 ? Tr::tr("%1 s").arg(seconds, 0, 'f', 1) : Tr::tr("%1 s").arg(qRound(seconds));
}

QString resultHtml(const core::ToolResultPart& result, const QString& callId, const ChatColors& colors,
                   QTextDocument* document)
{
    QString html;
    const QJsonArray& items = result.items;
    if (items.isEmpty())
        return pre(result.content, colors);
    int image = 0;
    for (const auto& value : items) {
        const auto item = value.toObject();
        const QString type = item.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("image")) {
            QImage picture;
            picture.loadFromData(
                QByteArray::fromBase64(item.value(QStringLiteral("data")).toString().toLatin1()));
            if (picture.isNull()) {
                html +=
                    QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("[an image that could not be shown]")));
                continue;
            }
            const QUrl url(QStringLiteral("harness-tool-image://%1/%2").arg(callId).arg(image++));
            document->addResource(QTextDocument::ImageResource, url, picture);
            const int width = std::min(MaxImageWidth, picture.width());
            const int height =
                picture.width() > 0 ? picture.height() * width / picture.width() : picture.height();
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(url.toString(), QString::number(width), QString::number(height));
        } else if (type == QLatin1String("resource")) {
            const QString uri = item.value(QStringLiteral("uri")).toString();
            QString name = item.value(QStringLiteral("name")).toString();
            if (name.isEmpty())
                name = uri;
            const auto link = core::MarkdownRenderer::classifyLink(QUrl(uri));
            const QString shown = link.kind == core::MarkdownLink::Kind::OpenExternally
                                      ? QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(uri), esc(name))
                                      : QStringLiteral("<code>%1</code>").arg(esc(uri));
            html +=
                QStringLiteral("<p style=\"margin:2px 0\">%1 %2</p>").arg(esc(Tr::tr("Resource:")), shown);
            if (item.contains(QStringLiteral("text")))
                html += pre(item.value(QStringLiteral("text")).toString(), colors);
        } else if (type == QLatin1String("audio")) {
            html +=
                QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(Tr::tr("[audio: %1]").arg(item.value(QStringLiteral("mimeType")).toString())));
        } else {
            html += pre(item.value(QStringLiteral("text")).toString(), colors);
        }
    }
    return html;
}

} // namespace

QString ToolCallCard::statusText(core::ToolCallStatus status)
{
    using core::ToolCallStatus;
    switch (status) {
    case ToolCallStatus::AwaitingApproval:
        return Tr::tr("Waiting for approval");
    case ToolCallStatus::Running:
        return Tr::tr("Running…");
    case ToolCallStatus::Done:
        return Tr::tr("Done");
    case ToolCallStatus::Error:
        return Tr::tr("Failed");
    case ToolCallStatus::Denied:
        return Tr::tr("Denied");
    case ToolCallStatus::Cancelled:
        return Tr::tr("Cancelled");
    case ToolCallStatus::Pending:
        break;
    }
    return Tr::tr("Starting…");
}

QString ToolCallCard::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        //: duration of a tool call, in seconds
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        //: how long a tool call has been running or waiting: minutes and seconds
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    //: how long a tool call has been running or waiting: hours and minutes
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

bool ToolCallCard::isLive(const core::ToolCallPart& call, bool pending)
{
    return pending || call.status == core::ToolCallStatus::Running ||
           call.status == core::ToolCallStatus::AwaitingApproval;
}

QString ToolCallCard::html(const Input& input, const ChatColors& colors, QTextDocument* document)
{
    using core::ToolCallStatus;
    const core::ToolCallPart& call = input.call;
    const QString& callId = call.callId;
    const ToolCallStatus status = input.pending ? ToolCallStatus::AwaitingApproval : call.status;
    const QString tool = call.displayName();
    const QString& server = call.server;

    QColor statusColor = colors.muted;
    if (status == ToolCallStatus::Done)
        statusColor = colors.success;
    else if (status == ToolCallStatus::Error || status == ToolCallStatus::Denied)
        statusColor = colors.danger;
    else if (status == ToolCallStatus::AwaitingApproval)
        statusColor = colors.warning;
    const QString elapsed = duration(call, status, input.now);
    QString statusLine = statusText(status);
    if (status == ToolCallStatus::Running && input.now > 0 && !elapsed.isEmpty())
        statusLine = Tr::tr("Running"); // "Running · 3 s": the ticking time says it is not stuck
    if (status == ToolCallStatus::Running && call.progress) {
        const double progress = call.progress->progress;
        const double total = call.progress->total;
        statusLine +=
            QLatin1Char(' ') + (total > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * progress / total))
                                          : QString::number(progress));
        if (!call.progress->message.isEmpty())
            statusLine += QStringLiteral(" · ") + call.progress->message;
    }
    if (!elapsed.isEmpty())
        statusLine += QStringLiteral(" · ") + elapsed;

    const QString arrow = input.expanded ? QStringLiteral("▾") : QStringLiteral("▸");
    QString head = QStringLiteral("<span style=\"color:%1\">⚙</span>&nbsp; ").arg(colors.muted.name());
    if (!server.isEmpty())
        head += QStringLiteral("<span style=\"color:%1\">%2 › </span>").arg(colors.muted.name(), esc(server));
    head += QStringLiteral("<b>%1</b> &nbsp;<span style=\"color:%2\">%3</span> &nbsp;%4")
                .arg(esc(tool), statusColor.name(), esc(statusLine),
                     MessageActions::link(MessageActions::Kind::ToggleToolCall,
                                          arrow + QLatin1Char(' ') +
                                              (input.expanded ? Tr::tr("Hide details") : Tr::tr("Details")),
                                          colors, callId));
    QString body = QStringLiteral("<p style=\"margin:0\">%1</p>").arg(head);

    if (input.pending) {
        const auto& spec = input.pending->tool;
        QString question = Tr::tr("Allow this tool to run?");
        if (spec.destructive)
            question += QLatin1Char(' ') + Tr::tr("It may delete or overwrite data.");
        else if (spec.readOnly)
            question += QLatin1Char(' ') + Tr::tr("It only reads data.");
        const auto button = [&colors, &callId](MessageActions::Kind kind, const QString& text, bool primary) {
            return QStringLiteral(
                       "<a href=\"%1\" style=\"text-decoration:none; color:%2; background-color:%3\">"
                       "&nbsp;&nbsp;%4&nbsp;&nbsp;</a>")
                .arg(MessageActions::href(kind, callId).toHtmlEscaped(),
                     (primary ? colors.accentText : colors.text).name(),
                     (primary ? colors.accent : colors.border).name(), esc(text));
        };
        body += QStringLiteral(
                    "<p style=\"margin:6px 0 2px 0\">%1</p><p style=\"margin:4px 0 2px 0\">%2 &nbsp; %3 "
                    "&nbsp; %4</p>")
                    .arg(esc(question), button(MessageActions::Kind::AllowOnce, Tr::tr("Allow once"), true),
                         button(MessageActions::Kind::AlwaysAllow, Tr::tr("Always allow"), false),
                         button(MessageActions::Kind::Deny, Tr::tr("Deny"), false));
        if (!input.expanded) // what it will do matters for the answer: show the arguments
            body += pre(prettyJson(call.arguments), colors);
    }
    if (input.expanded) {
        body += QStringLiteral("<p style=\"margin:6px 0 0 0; color:%1\"><small>%2</small></p>")
                    .arg(colors.muted.name(), esc(Tr::tr("Arguments")));
        body += pre(prettyJson(call.arguments), colors);
        if (input.result) {
            const bool failed = input.result->isError;
            body += QStringLiteral("<p style=\"margin:6px 0 0 0; color:%1\"><small>%2</small></p>")
                        .arg((failed ? colors.danger : colors.muted).name(),
                             esc(failed ? Tr::tr("Error") : Tr::tr("Result")));
            body += resultHtml(*input.result, callId, colors, document);
        } else if (!call.error.isEmpty()) {
            body += pre(call.error, colors);
        }
    }
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
               "style=\"border-color:%1; border-style:solid; margin:4px 0\" bgcolor=\"%2\"><tr><td>%3"
               "</td></tr></table>")
        .arg(colors.border.name(), colors.card.name(), body);
}

} // namespace harness::gui
