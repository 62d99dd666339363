// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/message_actions.h"

#include "core/itemmodels/message_list_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace harness::gui {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::gui::MessageActions)
};

struct Name {
    MessageActions::Kind kind;
    const char* name;
};
constexpr Name names[] = {
    {MessageActions::Kind::Copy, "copy"},
    {MessageActions::Kind::Edit, "edit"},
    {MessageActions::Kind::Regenerate, "regenerate"},
    {MessageActions::Kind::ToggleEarlierVersion, "earlier"},
    {MessageActions::Kind::ToggleReasoning, "reasoning"},
    {MessageActions::Kind::ToggleToolCall, "call"},
    {MessageActions::Kind::AllowOnce, "allow-once"},
    {MessageActions::Kind::AlwaysAllow, "allow-always"},
    {MessageActions::Kind::Deny, "deny"},
};

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ChatColors ChatColors::from(const QPalette& palette)
{
    ChatColors c;
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    c.text = palette.color(QPalette::Text);
    c.muted = mix(base, c.text, 0.6);
    c.border = mix(base, c.text, dark ? 0.22 : 0.14);
    c.card = mix(base, c.text, dark ? 0.06 : 0.03);
    c.accent = palette.color(QPalette::Highlight);
    c.accentText = palette.color(QPalette::HighlightedText);
    c.danger = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    c.success = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    c.warning = dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x6a, 0x00);
    return c;
}

QString MessageActions::href(Kind kind, const QString& argument)
{
    for (const auto& n : names) {
        if (n.kind == kind)
            return QStringLiteral("harness-action:") + QLatin1String(n.name) + QLatin1Char(':') + argument;
    }
    return {};
}

MessageActions::Action MessageActions::parse(const QString& href)
{
    static const QString prefix = QStringLiteral("harness-action:");
    if (!href.startsWith(prefix))
        return {};
    const QString rest = href.mid(prefix.size());
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? rest : rest.left(colon);
    for (const auto& n : names) {
        if (name == QLatin1String(n.name))
            return {n.kind, colon < 0 ? QString() : rest.mid(colon + 1)};
    }
    return {};
}

QString MessageActions::link(Kind kind, const QString& text, const ChatColors& colors,
                             const QString& argument)
{
    return QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:none\">%3</a>")
        .arg(href(kind, argument).toHtmlEscaped(), colors.muted.name(), text.toHtmlEscaped());
}

QString MessageActions::footerHtml(const core::Message& message, const QModelIndex& index,
                                   const FooterOptions& options, const ChatColors& colors)
{
    using core::MessageListModel;
    QStringList meta;
    const auto when =
        QDateTime::fromMSecsSinceEpoch(index.data(MessageListModel::CreatedAtRole).toLongLong());
    meta.append(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
    const QString model = index.data(MessageListModel::ModelRole).toString();
    if (!model.isEmpty())
        meta.append(model);
    if (options.showUsage) {
        if (const auto* usage = message.parts.usage()) {
            const int tokens = int(usage->totalTokens);
            if (tokens > 0)
                meta.append(Tr::tr("%n token(s)", "under an answer: how many tokens it used", tokens));
            if (usage->cost)
                meta.append(QStringLiteral("$") + QLocale().toString(*usage->cost, 'f', 4));
        }
    }
    QStringList actions;
    actions.append(link(Kind::Copy, Tr::tr("Copy"), colors));
    if (options.canEdit)
        actions.append(link(Kind::Edit, Tr::tr("Edit"), colors));
    if (options.canRegenerate)
        actions.append(link(Kind::Regenerate, Tr::tr("Regenerate"), colors));
    if (index.data(MessageListModel::HasEarlierVersionRole).toBool()) {
        const bool shown = index.data(MessageListModel::EarlierVersionShownRole).toBool();
        //: a message that was edited and sent again; the link shows or hides what it replaced
        actions.append(
            link(Kind::ToggleEarlierVersion,
                 shown ? Tr::tr("Edited · hide earlier version") : Tr::tr("Edited · show earlier version"),
                 colors));
    }
    return QStringLiteral("<p style=\"color:%1; margin:0\"><small>%2 &nbsp;&nbsp; %3</small></p>")
        .arg(colors.muted.name(), meta.join(QStringLiteral(" · ")).toHtmlEscaped(),
             actions.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

} // namespace harness::gui
