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
    // HTTP-date, always in GMT. Day and month names are English whatever the user's locale. The
    // weekday is dropped before parsing: Qt checks it against the date, and two-digit RFC 850
    // years would otherwise be read as 19xx and fail that check.
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(u',');
    const qsizetype space = simplified.indexOf(u' ');
    struct Form {
        QString format;
        bool twoDigitYear;
    };
    const QList<Form> forms = comma >= 0 ? QList<Form>{{QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), false},
                                                       {QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"), true}}
                                         : QList<Form>{{QStringLiteral("MMM d HH:mm:ss yyyy"), false}};
    const QString dateText = (comma >= 0 ? simplified.mid(comma + 1) : simplified.mid(space + 1)).trimmed();
    const QLocale c = QLocale::c();
    for (const Form& form : forms) {
        QDateTime when = c.toDateTime(dateText, form.format);
        if (!when.isValid())
            continue;
        if (form.twoDigitYear && when.date().year() < 1970)
            when = when.addYears(100); // Qt reads "yy" as 19xx; HTTP means a recent date
        when.setTimeZone(QTimeZone::utc());
        const qint64 seconds = now.secsTo(when);
        return static_cast<int>(std::clamp<qint64>(seconds, 0, INT_MAX));
    }
    return std::nullopt;
}

} // namespace harness::core
