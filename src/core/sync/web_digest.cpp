// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/web_digest.h"

namespace harness::core::WebDigest {

QString fnv1a64(const QByteArray& bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 0x100000001b3ULL;
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

QString ofConversation(const QList<Entry>& messages, const QList<Entry>& versions)
{
    if (messages.isEmpty() && versions.isEmpty())
        return QStringLiteral("0000000000000000");
    QByteArray text;
    for (const auto& m : messages)
        text += m.id.toUtf8() + ':' + m.hash.toUtf8() + '\n';
    for (const auto& v : versions)
        text += "v:" + v.id.toUtf8() + ':' + v.hash.toUtf8() + '\n';
    return fnv1a64(text);
}

} // namespace harness::core::WebDigest
