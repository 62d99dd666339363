// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/migrations.h"

#include "core/store/web_sync_migration.h"

namespace harness::core {

namespace {

// Every row: a client-generated stable `id`, `created_at` / `updated_at` in ms since the epoch
// (UTC) and a nullable `remote_id` for sync. Tables that are searched have an INTEGER PRIMARY KEY
// `pk` so the FTS index can refer to a rowid that VACUUM never renumbers.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE harnesses (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('started', 'stopped', 'draft')),
            system_prompt TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '[]',
            suggested_prompts TEXT NOT NULL DEFAULT '[]',
            max_iterations INTEGER NOT NULL DEFAULT 10,
            last_used_at INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            remote_id TEXT))"),
        QStringLiteral(R"(CREATE TABLE mcp_servers (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL UNIQUE,
            transport TEXT NOT NULL CHECK (transport IN ('stdio', 'http', 'sse')),
            command TEXT NOT NULL DEFAULT '',
            args TEXT NOT NULL DEFAULT '[]',
            env TEXT NOT NULL DEFAULT '{}',
            cwd TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            headers TEXT NOT NULL DEFAULT '{}',
            auth_kind TEXT NOT NULL DEFAULT 'none' CHECK (auth_kind IN ('none', 'bearer', 'oauth')),
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            remote_id TEXT))"),
        QStringLiteral(R"(CREATE TABLE harness_mcp_servers (
            harness_id TEXT NOT NULL REFERENCES harnesses(id) ON DELETE CASCADE,
            server_id TEXT NOT NULL REFERENCES mcp_servers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (harness_id, server_id)))"),
        QStringLiteral(R"(CREATE TABLE conversations (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            last_harness_id TEXT REFERENCES harnesses(id) ON DELETE SET NULL,
            last_message_at INTEGER NOT NULL,
            pinned INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            remote_id TEXT))"),
        QStringLiteral("CREATE INDEX conversations_recency ON conversations "
                       "(archived, pinned DESC, last_message_at DESC)"),
        QStringLiteral(R"(CREATE TABLE messages (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
            content TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'complete'
                CHECK (status IN ('streaming', 'complete', 'stopped', 'interrupted', 'error')),
            parts TEXT NOT NULL DEFAULT '[]',
            model TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            remote_id TEXT))"),
        QStringLiteral("CREATE INDEX messages_order ON messages (conversation_id, seq)"),
        QStringLiteral("CREATE INDEX messages_streaming ON messages (status) WHERE status = 'streaming'"),
        QStringLiteral(R"(CREATE TABLE user_settings (
            id TEXT PRIMARY KEY NOT NULL,
            auto_switch_harness INTEGER NOT NULL DEFAULT 1,
            default_harness_id TEXT REFERENCES harnesses(id) ON DELETE SET NULL,
            theme TEXT NOT NULL DEFAULT 'system',
            language TEXT NOT NULL DEFAULT '',
            show_usage INTEGER NOT NULL DEFAULT 1,
            stream_stall_timeout_s INTEGER NOT NULL DEFAULT 60,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            remote_id TEXT))"),
    };
}

// Full-text search over message text and conversation titles, kept current by triggers.
// Existing rows (from a version-1 database) are indexed by the 'rebuild' commands.
QStringList version2()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', "
                       "content_rowid='pk', tokenize='unicode61 remove_diacritics 2')"),
        // A streaming answer is indexed once, when it stops streaming: re-indexing the whole growing
        // text at every batched write would make a long answer cost quadratic time.
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages "
                       "WHEN new.status != 'streaming' BEGIN "
                       "INSERT INTO messages_fts(rowid, content) VALUES (new.pk, new.content); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages "
                       "WHEN old.status != 'streaming' BEGIN "
                       "INSERT INTO messages_fts(messages_fts, rowid, content) "
                       "VALUES ('delete', old.pk, old.content); END"),
        // One trigger, so the old text leaves the index before the new one enters it.
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, status ON messages BEGIN "
                       "INSERT INTO messages_fts(messages_fts, rowid, content) "
                       "SELECT 'delete', old.pk, old.content WHERE old.status != 'streaming'; "
                       "INSERT INTO messages_fts(rowid, content) "
                       "SELECT new.pk, new.content WHERE new.status != 'streaming'; END"),
        QStringLiteral("CREATE VIRTUAL TABLE conversations_fts USING fts5(title, content='conversations', "
                       "content_rowid='pk', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN "
                       "INSERT INTO conversations_fts(rowid, title) VALUES (new.pk, new.title); END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN "
                       "INSERT INTO conversations_fts(conversations_fts, rowid, title) "
                       "VALUES ('delete', old.pk, old.title); END"),
        QStringLiteral("CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN "
                       "INSERT INTO conversations_fts(conversations_fts, rowid, title) "
                       "VALUES ('delete', old.pk, old.title); "
                       "INSERT INTO conversations_fts(rowid, title) VALUES (new.pk, new.title); END"),
        // (rebuild indexes every row; then drop what a streaming row must not have in the index)
        QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO messages_fts(messages_fts, rowid, content) "
                       "SELECT 'delete', pk, content FROM messages WHERE status = 'streaming'"),
        QStringLiteral("INSERT INTO conversations_fts(conversations_fts) VALUES ('rebuild')"),
    };
}

// Providers (OpenRouter or any OpenAI-compatible endpoint; keys live in the keychain), the cached
// model catalog of each, and the provider a harness uses (NULL: the default provider).
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE providers (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('openrouter', 'openai')),
            base_url TEXT NOT NULL,
            headers TEXT NOT NULL DEFAULT '{}',
            is_default INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            remote_id TEXT))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX providers_one_default ON providers (is_default) WHERE is_default = 1"),
        QStringLiteral(R"(CREATE TABLE model_catalog (
            provider_id TEXT NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            model_id TEXT NOT NULL,
            info TEXT NOT NULL,
            fetched_at INTEGER NOT NULL,
            PRIMARY KEY (provider_id, model_id)))"),
        QStringLiteral(
            "ALTER TABLE harnesses ADD COLUMN provider_id TEXT REFERENCES providers(id) ON DELETE SET NULL"),
    };
}

// Sync (src/core/sync): `outbox` holds every local change of a synced row until Convex confirmed
// it, coalesced per row; `fields` maps each changed column to its edit time in ms ("*": every
// column), the clocks of per-field last-writer-wins. Triggers fill it, except while the sync engine
// applies pulled remote changes (sync_state.applying = 1), so remote changes never echo back.
// Streaming messages wait until they stop streaming (complete, stopped, interrupted, error).
// `sync_state` holds the pull cursor and the account the synced local data belongs to;
// `sync_excluded` lists rows the user chose to keep on this device only.
QStringList version4()
{
    const QString idle = QStringLiteral("(SELECT applying FROM sync_state WHERE id = 1) = 0");
    const QString now = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    // One outbox entry; an existing entry of the row is merged (a delete replaces everything).
    const auto enqueue = [](const QString& table, const QString& rowId, const QString& op,
                            const QString& fields, const QString& at) {
        return QStringLiteral(
                   "INSERT INTO outbox (tbl, row_id, op, fields, changed_at) VALUES ('%1', %2, '%3', %4, %5) "
                   "ON CONFLICT (tbl, row_id) DO UPDATE SET "
                   "fields = CASE WHEN excluded.op = 'delete' OR outbox.op = 'delete' THEN excluded.fields "
                   "ELSE json_patch(outbox.fields, excluded.fields) END, "
                   "op = excluded.op, changed_at = max(outbox.changed_at, excluded.changed_at), "
                   "revision = outbox.revision + 1;")
            .arg(table, rowId, op, fields, at);
    };
    // {column: new.updated_at} for every listed column whose value changed.
    const auto changedFields = [](const QStringList& columns) {
        QString json = QStringLiteral("'{}'");
        for (const auto& c : columns) {
            json = QStringLiteral(
                       "json_patch(%1, CASE WHEN old.%2 IS NOT new.%2 THEN json_object('%2', new.updated_at) "
                       "ELSE '{}' END)")
                       .arg(json, c);
        }
        return json;
    };
    const auto anyChanged = [](const QStringList& columns) {
        QStringList tests;
        for (const auto& c : columns)
            tests.append(QStringLiteral("old.%1 IS NOT new.%1").arg(c));
        return QStringLiteral("(%1)").arg(tests.join(QStringLiteral(" OR ")));
    };
    const QString all = QStringLiteral("json_object('*', new.updated_at)");

    QStringList statements{
        QStringLiteral(R"(CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            applying INTEGER NOT NULL DEFAULT 0,
            account TEXT,
            cursor INTEGER NOT NULL DEFAULT 0,
            last_pull_at INTEGER))"),
        QStringLiteral("INSERT INTO sync_state (id) VALUES (1)"),
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
            fields TEXT NOT NULL DEFAULT '{}',
            changed_at INTEGER NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0,
            UNIQUE (tbl, row_id)))"),
        // Links of a pulled harness to MCP servers not pulled yet; made when the server arrives.
        QStringLiteral(R"(CREATE TABLE sync_pending_links (
            harness_id TEXT NOT NULL REFERENCES harnesses(id) ON DELETE CASCADE,
            server_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (harness_id, server_id)))"),
        QStringLiteral(R"(CREATE TABLE sync_excluded (
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            PRIMARY KEY (tbl, row_id)))"),
    };

    struct Synced {
        QString table;
        QStringList columns; // edits of these reach Convex
        QString insertWhen;  // extra trigger conditions
        QString updateWhen;
        QString deleteWhen;
    };
    const QList<Synced> tables{
        {QStringLiteral("harnesses"),
         {QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("status"),
          QStringLiteral("system_prompt"), QStringLiteral("skills"), QStringLiteral("suggested_prompts"),
          QStringLiteral("last_used_at")},
         {},
         {},
         {}},
        {QStringLiteral("conversations"),
         {QStringLiteral("title"), QStringLiteral("last_harness_id"), QStringLiteral("last_message_at")},
         {},
         {},
         {}},
        {QStringLiteral("mcp_servers"),
         {QStringLiteral("name"), QStringLiteral("transport"), QStringLiteral("command"),
          QStringLiteral("args"), QStringLiteral("url"), QStringLiteral("auth_kind"),
          QStringLiteral("enabled")},
         {},
         {},
         {}},
        {QStringLiteral("user_settings"), {QStringLiteral("auto_switch_harness")}, {}, {}, {}},
        // Messages travel whole, once they stop streaming; a message removed with its
        // conversation needs no delete of its own (the conversation's tombstone covers it).
        {QStringLiteral("messages"),
         {QStringLiteral("content"), QStringLiteral("status"), QStringLiteral("parts"),
          QStringLiteral("model"), QStringLiteral("error")},
         QStringLiteral(" AND new.status != 'streaming'"),
         QStringLiteral(" AND new.status != 'streaming'"),
         QStringLiteral(" AND EXISTS (SELECT 1 FROM conversations WHERE id = old.conversation_id)")},
    };
    for (const auto& t : tables) {
        const bool whole = t.table == QLatin1String("messages");
        statements.append(
            QStringLiteral("CREATE TRIGGER sync_%1_insert AFTER INSERT ON %1 WHEN %2%3 BEGIN %4 END")
                .arg(t.table, idle, t.insertWhen,
                     enqueue(t.table, QStringLiteral("new.id"), QStringLiteral("upsert"), all,
                             QStringLiteral("new.updated_at"))));
        statements.append(
            QStringLiteral(
                "CREATE TRIGGER sync_%1_update AFTER UPDATE OF %2 ON %1 WHEN %3 AND %4%5 BEGIN %6 END")
                .arg(t.table, t.columns.join(QStringLiteral(", ")), idle, anyChanged(t.columns), t.updateWhen,
                     enqueue(t.table, QStringLiteral("new.id"), QStringLiteral("upsert"),
                             whole ? all : changedFields(t.columns), QStringLiteral("new.updated_at"))));
        if (t.table != QLatin1String("user_settings")) {
            statements.append(
                QStringLiteral("CREATE TRIGGER sync_%1_delete AFTER DELETE ON %1 WHEN %2%3 BEGIN %4 END")
                    .arg(t.table, idle, t.deleteWhen,
                         enqueue(t.table, QStringLiteral("old.id"), QStringLiteral("delete"),
                                 QStringLiteral("'{}'"), now)));
        }
    }
    // A harness's ordered MCP server list is its field "mcps"; links removed together with their
    // harness change nothing.
    struct LinkEvent {
        QString event;
        QString harness;
    };
    for (const auto& link : {LinkEvent{QStringLiteral("INSERT"), QStringLiteral("new.harness_id")},
                             LinkEvent{QStringLiteral("UPDATE"), QStringLiteral("new.harness_id")},
                             LinkEvent{QStringLiteral("DELETE"), QStringLiteral("old.harness_id")}}) {
        statements.append(
            QStringLiteral("CREATE TRIGGER sync_harness_mcp_servers_%1 AFTER %2 ON harness_mcp_servers "
                           "WHEN %3 AND EXISTS (SELECT 1 FROM harnesses WHERE id = %4) BEGIN %5 END")
                .arg(link.event.toLower(), link.event, idle, link.harness,
                     enqueue(QStringLiteral("harnesses"), link.harness, QStringLiteral("upsert"),
                             QStringLiteral("json_object('mcps', %1)").arg(now), now)));
    }
    return statements;
}

// Device-local state the desktop keeps beside the synced rows (no sync triggers on purpose):
// tool approval policies, per-conversation composer drafts, unread marks, device settings
// (proxy, data location, ...), and the branch an edited user message replaced.
QStringList version5()
{
    return {
        // Edit & resend keeps the old branch: its messages point at the user message that
        // replaced them; the conversation view shows rows whose superseded_by is NULL.
        QStringLiteral("ALTER TABLE messages ADD COLUMN superseded_by TEXT"),
        // '*' = any harness / server / tool; the most specific row wins.
        QStringLiteral(R"(CREATE TABLE tool_policies (
            harness_id TEXT NOT NULL DEFAULT '*',
            server_id TEXT NOT NULL DEFAULT '*',
            tool_name TEXT NOT NULL DEFAULT '*',
            policy TEXT NOT NULL CHECK (policy IN ('ask', 'always', 'never')),
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (harness_id, server_id, tool_name)))"),
        QStringLiteral(R"(CREATE TABLE conversation_drafts (
            conversation_id TEXT PRIMARY KEY NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE conversation_unread (
            conversation_id TEXT PRIMARY KEY NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            since INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE local_settings (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL))"),
    };
}

// Edit & resend reaches the other devices: `superseded_by` becomes a synced column of messages.
// The messages' update trigger now also fires when a message becomes (or stops being) an earlier
// version, even one still streaming, and records per-column edit times (not '*'), so the outbox
// can tell a branch mark of a message the server already has (pushed alone) from the rest of it
// (which never travels twice).
QStringList version6()
{
    const QString idle = QStringLiteral("(SELECT applying FROM sync_state WHERE id = 1) = 0");
    const QStringList columns{QStringLiteral("content"), QStringLiteral("status"),
                              QStringLiteral("parts"),   QStringLiteral("model"),
                              QStringLiteral("error"),   QStringLiteral("superseded_by")};
    QString fields = QStringLiteral("'{}'");
    QStringList changed;
    for (const auto& c : columns) {
        fields = QStringLiteral("json_patch(%1, CASE WHEN old.%2 IS NOT new.%2 THEN "
                                "json_object('%2', new.updated_at) ELSE '{}' END)")
                     .arg(fields, c);
        changed.append(QStringLiteral("old.%1 IS NOT new.%1").arg(c));
    }
    return {
        QStringLiteral("DROP TRIGGER sync_messages_update"),
        QStringLiteral(
            "CREATE TRIGGER sync_messages_update AFTER UPDATE OF %1 ON messages "
            "WHEN %2 AND (%3) AND (new.status != 'streaming' OR old.superseded_by IS NOT "
            "new.superseded_by) BEGIN "
            "INSERT INTO outbox (tbl, row_id, op, fields, changed_at) "
            "VALUES ('messages', new.id, 'upsert', %4, new.updated_at) "
            "ON CONFLICT (tbl, row_id) DO UPDATE SET "
            "fields = CASE WHEN excluded.op = 'delete' OR outbox.op = 'delete' THEN excluded.fields "
            "ELSE json_patch(outbox.fields, excluded.fields) END, "
            "op = excluded.op, changed_at = max(outbox.changed_at, excluded.changed_at), "
            "revision = outbox.revision + 1; END")
            .arg(columns.join(QStringLiteral(", ")), idle, changed.join(QStringLiteral(" OR ")), fields),
    };
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all{
        {1, version1()}, {2, version2()}, {3, version3()},         {4, version4()},
        {5, version5()}, {6, version6()}, {7, webSyncMigration()},
    };
    return all;
}

int currentSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace harness::core
