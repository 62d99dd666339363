// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/retry_after.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <algorithm>
#include <climits>

namespace harness::core {

std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime& now)
{
    const QString text = QString::fromLatin1(value.data(), value.size()).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        bool ok = false;
        const qlonglong seconds = text.toLongLong(&ok);
        if (!ok)
            return INT_MAX; // absurdly many digits: "a very long time"
        return static_cast<int>(std::min<qlonglong>(seconds, INT_MAX));
    }
    // HTTP-date, always in GMT. Day and month names are English whatever the user's locale.
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),  // RFC 850
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),         // asctime
    };
    const QLocale c = QLocale::c();
    const QString simplified = text.simplified();
    for (const QString& format : formats) {
        QDateTime when = c.toDateTime(simplified, format);
        if (!when.isValid())
            continue;
        if (format.contains(u"yy HH") && when.date().year() < 1970)
            when = when.addYears(100); // two-digit years are 19xx to Qt; HTTP means recent dates
        when.setTimeZone(QTimeZone::utc());
        const qint64 seconds = now.secsTo(when);
        return static_cast<int>(std::clamp<qint64>(seconds, 0, INT_MAX));
    }
    return std::nullopt;
}

} // namespace harness::core
