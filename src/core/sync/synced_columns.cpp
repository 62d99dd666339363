// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/synced_columns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace harness::core {

const SyncedColumn* SyncedEntity::byColumn(const QString& column) const
{
    for (const auto& c : columns) {
        if (c.column == column)
            return &c;
    }
    return nullptr;
}

namespace SyncedColumns {

namespace {

SyncedColumn col(const char* column, const char* field, SyncCodec codec, bool pushed = true)
{
    return {QString::fromLatin1(column), QString::fromLatin1(field), codec, pushed};
}

QString arrayText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QVariant& local)
{
    return QJsonDocument::fromJson(local.toString().toUtf8()).array();
}

WebValue plain(const QJsonValue& value)
{
    return WebValue{value, false, {}, {}};
}

const QString harnessesTable = QStringLiteral("harnesses");
const QString conversationsTable = QStringLiteral("conversations");

} // namespace

const SyncedEntity& harnesses()
{
    // harnesses:update's fields; agent, sandbox, skill packs, sharing ... are never sent, so the
    // web keeps them as they are.
    static const SyncedEntity entity{
        harnessesTable,
        QStringLiteral("harnesses"),
        {col("name", "name", SyncCodec::Text), col("model", "model", SyncCodec::Text),
         col("status", "status", SyncCodec::HarnessStatus),
         col("system_prompt", "systemPrompt", SyncCodec::OptionalText),
         col("skills", "skills", SyncCodec::Skills),
         col("suggested_prompts", "suggestedPrompts", SyncCodec::OptionalStringList),
         col("last_used_at", "lastUsedAt", SyncCodec::MillisIfSet),
         col("mcps", "mcpServers", SyncCodec::McpServers)}};
    return entity;
}

const SyncedEntity& conversations()
{
    // workspaceId is the server's (the user's Default workspace for new ones).
    static const SyncedEntity entity{
        conversationsTable,
        QStringLiteral("conversations"),
        {col("title", "title", SyncCodec::Text),
         col("last_harness_id", "lastHarnessId", SyncCodec::HarnessRef),
         // The web moves lastMessageAt itself when a message arrives (and only forward).
         col("last_message_at", "lastMessageAt", SyncCodec::Millis, false),
         col("pinned_at", "pinnedAt", SyncCodec::OptionalMillis),
         col("edit_parent_id", "editParentConversationId", SyncCodec::ConversationRef, false),
         col("forked_from_id", "forkedFromConversationId", SyncCodec::ConversationRef, false)}};
    return entity;
}

const SyncedEntity& userSettings()
{
    // Every other field of the web's userSettings (display mode, workspaces mode, ...) is kept.
    static const SyncedEntity entity{QStringLiteral("user_settings"),
                                     QStringLiteral("userSettings"),
                                     {col("auto_switch_harness", "autoSwitchHarness", SyncCodec::Bool)}};
    return entity;
}

const SyncedEntity* forLocalTable(const QString& localTable)
{
    for (const SyncedEntity* entity : {&harnesses(), &conversations(), &userSettings()}) {
        if (entity->localTable == localTable)
            return entity;
    }
    return nullptr;
}

WebValue toWeb(const SyncedColumn& column, const QVariant& local, const IdMap& localToRemote)
{
    const QJsonValue null(QJsonValue::Null);
    switch (column.codec) {
    case SyncCodec::Text:
    case SyncCodec::HarnessStatus:
        return plain(local.toString());
    case SyncCodec::OptionalText:
        return plain(local.toString().isEmpty() ? null : QJsonValue(local.toString()));
    case SyncCodec::Millis:
        return plain(local.toDouble());
    case SyncCodec::OptionalMillis:
        return plain(local.isNull() || local.toLongLong() <= 0 ? null : QJsonValue(local.toDouble()));
    case SyncCodec::MillisIfSet:
        return plain(local.isNull() || local.toLongLong() <= 0 ? QJsonValue(QJsonValue::Undefined)
                                                               : QJsonValue(local.toDouble()));
    case SyncCodec::Bool:
        return plain(local.toBool());
    case SyncCodec::OptionalStringList: {
        const QJsonArray array = arrayOf(local);
        return plain(array.isEmpty() ? null : QJsonValue(array));
    }
    case SyncCodec::Skills:
        return plain(arrayOf(local));
    case SyncCodec::HarnessRef:
    case SyncCodec::ConversationRef: {
        const QString id = local.toString();
        if (id.isEmpty())
            return plain(null);
        const QString table = column.codec == SyncCodec::HarnessRef ? harnessesTable : conversationsTable;
        const QString remote = localToRemote(table, id);
        if (remote.isEmpty())
            return WebValue{null, true, table, id};
        return plain(remote);
    }
    case SyncCodec::McpServers:
        break; // built from the link table (SyncMcpServers)
    }
    return plain(null);
}

QVariant fromWeb(const SyncedColumn& column, const QJsonValue& web, const IdMap& remoteToLocal)
{
    switch (column.codec) {
    case SyncCodec::Text:
    case SyncCodec::OptionalText:
        return web.isString() ? web.toString() : QStringLiteral("");
    case SyncCodec::HarnessStatus: {
        const QString status = web.toString();
        return status == QLatin1String("started") || status == QLatin1String("stopped")
                   ? status
                   : QStringLiteral("draft");
    }
    case SyncCodec::Millis:
        return qint64(web.toDouble());
    case SyncCodec::OptionalMillis:
    case SyncCodec::MillisIfSet:
        return web.isDouble() && web.toDouble() > 0 ? QVariant(qint64(web.toDouble())) : QVariant();
    case SyncCodec::Bool:
        return web.toBool(true);
    case SyncCodec::OptionalStringList: {
        QJsonArray strings;
        for (const auto& v : web.toArray()) {
            if (v.isString())
                strings.append(v);
        }
        return arrayText(strings);
    }
    case SyncCodec::Skills: {
        QJsonArray skills;
        for (const auto& v : web.toArray()) {
            const auto o = v.toObject();
            skills.append(QJsonObject{
                {QStringLiteral("name"), o.value(QStringLiteral("name")).toString()},
                {QStringLiteral("description"), o.value(QStringLiteral("description")).toString()}});
        }
        return arrayText(skills);
    }
    case SyncCodec::HarnessRef:
    case SyncCodec::ConversationRef: {
        if (!web.isString() || web.toString().isEmpty())
            return QVariant();
        const QString table = column.codec == SyncCodec::HarnessRef ? harnessesTable : conversationsTable;
        const QString local = remoteToLocal(table, web.toString());
        // A harness the store does not have (yet) is no link (the column is a foreign key); a
        // conversation reference is only a mark, kept even when that conversation is not here.
        if (local.isEmpty())
            return column.codec == SyncCodec::HarnessRef ? QVariant() : QVariant(web.toString());
        return local;
    }
    case SyncCodec::McpServers:
        break;
    }
    return QVariant();
}

} // namespace SyncedColumns

} // namespace harness::core
