// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/migrations.h"

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
        QStringLiteral("CREATE UNIQUE INDEX providers_one_default ON providers (is_default) WHERE is_default = 1"),
        QStringLiteral(R"(CREATE TABLE model_catalog (
            provider_id TEXT NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            model_id TEXT NOT NULL,
            info TEXT NOT NULL,
            fetched_at INTEGER NOT NULL,
            PRIMARY KEY (provider_id, model_id)))"),
        QStringLiteral("ALTER TABLE harnesses ADD COLUMN provider_id TEXT REFERENCES providers(id) ON DELETE SET NULL"),
    };
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all{
        {1, version1()},
        {2, version2()},
        {3, version3()},
    };
    return all;
}

int currentSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace harness::core
