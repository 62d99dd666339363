// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace harness::core {

/// How one local column and one field of the web's document stand for each other.
enum class SyncCodec {
    Text,               ///< TEXT ↔ string ("" when absent)
    OptionalText,       ///< TEXT, '' = absent ↔ string | absent; a push of '' sends null (clears)
    Millis,             ///< INTEGER ms ↔ number
    OptionalMillis,     ///< INTEGER ms | NULL ↔ number | absent; a push of NULL sends null (clears)
    MillisIfSet,        ///< INTEGER ms | NULL ↔ number | absent; NULL is not sent (the web never clears it)
    Bool,               ///< INTEGER 0/1 ↔ boolean
    HarnessStatus,      ///< 'started' | 'stopped' | 'draft' ↔ the same string
    OptionalStringList, ///< JSON array text ↔ string[] | absent; a push of [] sends null (clears)
    Skills,             ///< JSON [{name, description}] ↔ the same array
    HarnessRef,         ///< local harness id | NULL ↔ web harness id | absent (null clears)
    ConversationRef,    ///< local conversation id | NULL ↔ web conversation id | absent
    McpServers,         ///< the harness's linked URL servers ↔ embedded `mcpServers` (see SyncMcpServers)
};

/// One synced column: the local column, the web document's field, the codec, and whether the
/// desktop writes it (false: read from the web only, e.g. fork parents).
struct SyncedColumn {
    QString column;
    QString field;
    SyncCodec codec = SyncCodec::Text;
    bool pushed = true;
};

/// One synced entity: its local table, the web table, and the columns that travel. This one table
/// drives both directions: SyncOutbox builds `desktop/sync:push` fields from it, and
/// RemoteChangeApplier writes web documents into the local row with it. Messages travel whole and
/// once (WebMessageCodec), so they have no column table.
struct SyncedEntity {
    QString localTable;
    QString webTable;
    QList<SyncedColumn> columns;

    const SyncedColumn* byColumn(const QString& column) const;
};

namespace SyncedColumns {

const SyncedEntity& harnesses();
const SyncedEntity& conversations();
const SyncedEntity& userSettings();
/// The entity of a local table, or nullptr (messages, local-only tables).
const SyncedEntity* forLocalTable(const QString& localTable);

/// Maps an id between the local store and the web: (local table, id) -> the other side's id,
/// empty when the row has none.
using IdMap = std::function<QString(const QString& localTable, const QString& id)>;

/// The web value of a local column value (undefined: not sent). `unresolved` is set (and the value is null)
/// when a reference points at a local row that has no web id yet: the push waits for that row.
struct WebValue {
    QJsonValue value;
    bool unresolved = false;
    QString dependsOnTable;
    QString dependsOnId;
};
WebValue toWeb(const SyncedColumn& column, const QVariant& local, const IdMap& localToRemote);
/// The local column value of a web field value (`web` is undefined when the document lacks it).
QVariant fromWeb(const SyncedColumn& column, const QJsonValue& web, const IdMap& remoteToLocal);

} // namespace SyncedColumns

} // namespace harness::core
