// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/database.h"

#include "core/store/migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace harness::core {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("harness-store-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(QString path) : m_path(std::move(path)), m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

StoreError Database::open(int targetVersion)
{
    if (targetVersion <= 0)
        targetVersion = currentSchemaVersion();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError::make(StoreError::Kind::CannotOpen, info.absolutePath());
    if (info.exists() && !info.isFile())
        return StoreError::make(StoreError::Kind::CannotOpen, m_path);

    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            auto error = StoreError::fromSql(db.lastError());
            if (error.kind == StoreError::Kind::Query)
                error.kind = StoreError::Kind::CannotOpen;
            close();
            return error;
        }
    }

    int version = 0;
    if (auto error = readVersion(version)) {
        close();
        return error;
    }
    if (version > currentSchemaVersion()) {
        close();
        return StoreError::make(StoreError::Kind::NewerVersion,
                                QStringLiteral("schema %1 > %2").arg(version).arg(currentSchemaVersion()));
    }
    // journal_mode answers with the mode; a damaged file fails here at the latest.
    for (const auto* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (auto error = exec(QString::fromLatin1(pragma))) {
            close();
            return error;
        }
    }
    if (version < targetVersion) {
        if (auto error = migrate(version, targetVersion)) {
            close();
            return error;
        }
        version = targetVersion;
    }
    m_version = version;
    return {};
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            auto db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_version = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreError Database::readVersion(int& version)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return StoreError::fromSql(query.lastError());
    version = query.value(0).toInt();
    // A file that is not SQLite at all fails on the first read of the schema.
    QSqlQuery schema(connection());
    if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return StoreError::fromSql(schema.lastError());
    return {};
}

StoreError Database::migrate(int from, int to)
{
    if (from > 0) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(from);
        QFile::remove(backup);
        QSqlQuery vacuum(connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return StoreError::fromSql(vacuum.lastError());
    }
    for (const auto& migration : migrations()) {
        if (migration.version <= from || migration.version > to)
            continue;
        auto error = write([&]() -> StoreError {
            for (const auto& statement : migration.statements) {
                if (auto e = exec(statement))
                    return e;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        });
        if (error)
            return error;
    }
    return {};
}

StoreError Database::write(const std::function<StoreError()>& work)
{
    if (m_inTransaction)
        return work(); // nested: part of the enclosing transaction
    auto db = connection();
    if (!db.transaction())
        return StoreError::fromSql(db.lastError());
    m_inTransaction = true;
    StoreError error = work();
    m_inTransaction = false;
    if (error) {
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        auto commitError = StoreError::fromSql(db.lastError());
        db.rollback();
        return commitError;
    }
    return {};
}

StoreError Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return StoreError::fromSql(query.lastError());
    return {};
}

} // namespace harness::core
