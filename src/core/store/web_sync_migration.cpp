// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/web_sync_migration.h"

namespace harness::core {

namespace {

const QString idle = QStringLiteral("(SELECT applying FROM sync_state WHERE id = 1) = 0");
const QString now = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");

/// The ON CONFLICT tail of every outbox insert: an existing entry of the row is merged (a delete
/// replaces everything).
const QString merge =
    QStringLiteral("ON CONFLICT (tbl, row_id) DO UPDATE SET "
                   "fields = CASE WHEN excluded.op = 'delete' OR outbox.op = 'delete' THEN excluded.fields "
                   "ELSE json_patch(outbox.fields, excluded.fields) END, "
                   "op = excluded.op, changed_at = max(outbox.changed_at, excluded.changed_at), "
                   "revision = outbox.revision + 1;");

/// A delete of a synced row remembers the web document it was ({"id": remote_id}): the row is
/// gone when its delete op is built.
QString deleteTrigger(const QString& table, const QString& extraCondition)
{
    return QStringLiteral("CREATE TRIGGER sync_%1_delete AFTER DELETE ON %1 WHEN %2%3 BEGIN "
                          "INSERT INTO outbox (tbl, row_id, op, fields, changed_at) "
                          "VALUES ('%1', old.id, 'delete', json_object('id', old.remote_id), %4) %5 END")
        .arg(table, idle, extraCondition, now, merge);
}

} // namespace

QStringList webSyncMigration()
{
    QStringList s;
    // Per-row server state: the hash of the web document as last seen (remote_hash), the values
    // of its synced fields as last pulled or pushed (remote_base, JSON; the `base` of a push), and
    // for a conversation the digest of its messages (remote_digest). A message that became an
    // earlier version (edit & resend) lives in the web's desktopMessageVersions under its own id.
    for (const char* table : {"harnesses", "conversations", "messages", "user_settings"})
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN remote_hash TEXT").arg(QLatin1String(table));
    for (const char* table : {"harnesses", "conversations", "user_settings"})
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN remote_base TEXT").arg(QLatin1String(table));
    s << QStringLiteral("ALTER TABLE conversations ADD COLUMN remote_digest TEXT")
      << QStringLiteral("ALTER TABLE messages ADD COLUMN remote_version_id TEXT")
      << QStringLiteral("ALTER TABLE messages ADD COLUMN remote_created_at REAL");
    for (const char* table : {"harnesses", "conversations", "messages"}) {
        s << QStringLiteral("CREATE INDEX %1_remote ON %1 (remote_id) WHERE remote_id IS NOT NULL")
                 .arg(QLatin1String(table));
    }

    // Web fields: when a conversation was pinned (the web sorts pinned ones by it), and where it
    // was forked from. Conversations with an edit parent are the web's edit-fork siblings: kept,
    // never listed in the sidebar (as on the web).
    s << QStringLiteral("ALTER TABLE conversations ADD COLUMN pinned_at INTEGER")
      << QStringLiteral("UPDATE conversations SET pinned_at = updated_at WHERE pinned = 1")
      << QStringLiteral("ALTER TABLE conversations ADD COLUMN edit_parent_id TEXT")
      << QStringLiteral("ALTER TABLE conversations ADD COLUMN forked_from_id TEXT");

    // Skills are {name, description} as on the web; a name-only skill gets an empty description.
    s << QStringLiteral("UPDATE harnesses SET skills = (SELECT json_group_array(CASE WHEN j.type = 'object' "
                        "THEN json(j.value) ELSE json_object('name', CAST(j.value AS TEXT), "
                        "'description', '') END) FROM json_each(harnesses.skills) j) "
                        "WHERE json_valid(skills) AND json_type(skills) = 'array'");

    s << QStringLiteral("ALTER TABLE sync_state ADD COLUMN last_sync_at INTEGER");

    // Triggers. Conversations: pinned_at is synced too.
    const QStringList conversationColumns{QStringLiteral("title"), QStringLiteral("last_harness_id"),
                                          QStringLiteral("last_message_at"), QStringLiteral("pinned_at")};
    QString fields = QStringLiteral("'{}'");
    QStringList changed;
    for (const auto& c : conversationColumns) {
        fields = QStringLiteral("json_patch(%1, CASE WHEN old.%2 IS NOT new.%2 THEN "
                                "json_object('%2', new.updated_at) ELSE '{}' END)")
                     .arg(fields, c);
        changed.append(QStringLiteral("old.%1 IS NOT new.%1").arg(c));
    }
    s << QStringLiteral("DROP TRIGGER sync_conversations_update")
      << QStringLiteral("CREATE TRIGGER sync_conversations_update AFTER UPDATE OF %1 ON conversations "
                        "WHEN %2 AND (%3) BEGIN INSERT INTO outbox (tbl, row_id, op, fields, changed_at) "
                        "VALUES ('conversations', new.id, 'upsert', %4, new.updated_at) %5 END")
             .arg(conversationColumns.join(QStringLiteral(", ")), idle, changed.join(QStringLiteral(" OR ")),
                  fields, merge);
    for (const char* table : {"harnesses", "conversations", "messages"})
        s << QStringLiteral("DROP TRIGGER sync_%1_delete").arg(QLatin1String(table));
    s << deleteTrigger(QStringLiteral("harnesses"), {}) << deleteTrigger(QStringLiteral("conversations"), {})
      << deleteTrigger(
             QStringLiteral("messages"),
             QStringLiteral(" AND EXISTS (SELECT 1 FROM conversations WHERE id = old.conversation_id)"));

    // MCP servers are no table of their own on the web: a harness carries its URL servers as
    // `mcpServers` entries. A change of a server's name, URL or auth kind is a change of the
    // harnesses that use it; stdio servers stay on the device.
    for (const char* event : {"insert", "update", "delete"})
        s << QStringLiteral("DROP TRIGGER sync_mcp_servers_%1").arg(QLatin1String(event));
    s << QStringLiteral(
             "CREATE TRIGGER sync_mcp_servers_update AFTER UPDATE OF name, transport, url, auth_kind "
             "ON mcp_servers WHEN %1 AND (old.name IS NOT new.name OR old.transport IS NOT "
             "new.transport OR old.url IS NOT new.url OR old.auth_kind IS NOT new.auth_kind) BEGIN "
             "INSERT INTO outbox (tbl, row_id, op, fields, changed_at) "
             "SELECT 'harnesses', harness_id, 'upsert', json_object('mcps', %2), %2 "
             "FROM harness_mcp_servers WHERE server_id = new.id %3 END")
             .arg(idle, now, merge);

    // A store signed in to the old desktop-only schema: its remote ids and cursor name rows of a
    // deployment that is no longer used. Forget them (and the account), so the next sign-in asks
    // what to do with the local data (upload, keep on this device, remove); every row stays.
    for (const char* table : {"harnesses", "conversations", "messages", "user_settings", "mcp_servers"}) {
        s << QStringLiteral("UPDATE %1 SET remote_id = NULL WHERE remote_id IS NOT NULL")
                 .arg(QLatin1String(table));
    }
    s << QStringLiteral("UPDATE sync_state SET account = NULL, cursor = 0, applying = 0 WHERE id = 1")
      << QStringLiteral("DELETE FROM sync_pending_links") << QStringLiteral("DELETE FROM outbox");
    return s;
}

} // namespace harness::core
