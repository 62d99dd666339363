// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sync_peers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace harness::test {

/// What the Harness web app does, through the web backend's own functions (never the desktop
/// module): the other side of the sync tests.
struct WebApp {
    SyncPeers& peers;
    QString user;

    QJsonValue call(const QString& path, const QJsonObject& args = {})
    {
        const QJsonValue value = peers.mutation(user, path, args);
        if (value.isUndefined())
            qWarning().noquote() << peers.lastCallError();
        return value;
    }
    QJsonValue read(const QString& path, const QJsonObject& args = {})
    {
        const QJsonValue value = peers.query(user, path, args);
        if (value.isUndefined())
            qWarning().noquote() << peers.lastCallError();
        return value;
    }

    QString createHarness(const QString& name, const QJsonArray& mcpServers = {},
                          const QJsonObject& extra = {})
    {
        QJsonObject args{
            {QStringLiteral("name"), name},
            {QStringLiteral("model"), QStringLiteral("claude-sonnet-4.6")},
            {QStringLiteral("status"), QStringLiteral("started")},
            {QStringLiteral("mcpServers"), mcpServers},
            {QStringLiteral("skills"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cite")},
                                    {QStringLiteral("description"), QStringLiteral("Cites sources")}}}}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            args.insert(it.key(), it.value());
        return call(QStringLiteral("harnesses:create"), args).toString();
    }
    QString createConversation(const QString& title, const QString& harnessId)
    {
        return call(QStringLiteral("conversations:create"),
                    {{QStringLiteral("title"), title}, {QStringLiteral("harnessId"), harnessId}})
            .toString();
    }
    QString send(const QString& conversationId, const QString& content,
                 const QString& role = QStringLiteral("user"))
    {
        return call(QStringLiteral("messages:send"), {{QStringLiteral("conversationId"), conversationId},
                                                      {QStringLiteral("role"), role},
                                                      {QStringLiteral("content"), content}})
            .toString();
    }
    QJsonArray conversations() { return read(QStringLiteral("conversations:list")).toArray(); }
    QJsonArray messages(const QString& conversationId)
    {
        return read(QStringLiteral("messages:list"), {{QStringLiteral("conversationId"), conversationId}})
            .toArray();
    }
    QJsonArray harnesses() { return read(QStringLiteral("harnesses:list")).toArray(); }
    QJsonObject byId(const QJsonArray& rows, const QString& id)
    {
        for (const auto& row : rows) {
            if (row.toObject().value(QStringLiteral("_id")).toString() == id)
                return row.toObject();
        }
        return {};
    }
};

} // namespace harness::test
