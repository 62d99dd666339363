// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/settings_repository.h"

#include "core/model/ids.h"
#include "core/store/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

namespace {
const QString rowId = QStringLiteral("local");
}

StoreResult<UserSettings> SettingsRepository::load()
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(
        QStringLiteral("SELECT auto_switch_harness, default_harness_id, theme, language, show_usage, "
                       "stream_stall_timeout_s, updated_at, remote_id FROM user_settings WHERE id = ?"));
    q.addBindValue(rowId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    UserSettings s;
    if (q.next()) {
        s.autoSwitchHarness = q.value(0).toBool();
        s.defaultHarnessId = q.value(1).toString();
        s.theme = themeFromString(q.value(2).toString());
        s.language = q.value(3).toString();
        s.showUsage = q.value(4).toBool();
        s.streamStallTimeoutSeconds = q.value(5).toInt();
        s.updatedAt = q.value(6).toLongLong();
        s.remoteId = q.value(7).toString();
    }
    return {s, {}};
}

StoreError SettingsRepository::save(UserSettings& settings)
{
    if (settings.streamStallTimeoutSeconds < 5 || settings.streamStallTimeoutSeconds > 3600)
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("stall timeout must be 5..3600 s"));
    const qint64 now = nowMs();
    settings.updatedAt = now;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO user_settings (id, auto_switch_harness, default_harness_id, theme, language, "
            "show_usage, "
            "stream_stall_timeout_s, created_at, updated_at, remote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?) "
            "ON CONFLICT(id) DO UPDATE SET auto_switch_harness = excluded.auto_switch_harness, "
            "default_harness_id = excluded.default_harness_id, theme = excluded.theme, "
            "language = excluded.language, show_usage = excluded.show_usage, "
            "stream_stall_timeout_s = excluded.stream_stall_timeout_s, updated_at = excluded.updated_at, "
            "remote_id = excluded.remote_id"));
        q.addBindValue(rowId);
        q.addBindValue(settings.autoSwitchHarness);
        q.addBindValue(sql::nullable(settings.defaultHarnessId));
        q.addBindValue(themeName(settings.theme));
        q.addBindValue(sql::text(settings.language));
        q.addBindValue(settings.showUsage);
        q.addBindValue(settings.streamStallTimeoutSeconds);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(sql::nullable(settings.remoteId));
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return {};
    });
    if (!error)
        Q_EMIT m_store.settingsChanged();
    return error;
}

} // namespace harness::core
