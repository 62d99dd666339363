// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_tool_name_map.h"

#include <QCryptographicHash>
#include <QSet>
#include <algorithm>

namespace harness::core {

namespace {
QString pairKey(const QString& server, const QString& tool)
{
    return server + QLatin1Char('\n') + tool;
}
} // namespace

QString McpToolNameMap::sanitize(const QString& part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                        c == QLatin1Char('-');
        out += ok ? c : QLatin1Char('_');
    }
    if (out.isEmpty())
        out = QStringLiteral("_");
    return out;
}

QString McpToolNameMap::baseName(const QString& server, const QString& tool)
{
    return QString(sanitize(server) + QLatin1String("__") + sanitize(tool)).left(MaxLength);
}

bool McpToolNameMap::isValidExposedName(const QString& name)
{
    return !name.isEmpty() && name.size() <= MaxLength && sanitize(name) == name;
}

QString McpToolNameMap::withSuffix(const QString& base, const McpToolRef& ref, int attempt)
{
    QByteArray seed = pairKey(ref.server, ref.tool).toUtf8();
    if (attempt > 0)
        seed += '#' + QByteArray::number(attempt);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(6));
    const QString suffix = QLatin1Char('_') + hash;
    return base.left(MaxLength - int(suffix.size())) + suffix;
}

void McpToolNameMap::rebuild(const QList<McpToolRef>& tools)
{
    m_byName.clear();
    m_byPair.clear();

    // Deduplicate and order the pairs so the result never depends on the input order.
    QList<McpToolRef> refs;
    QSet<QString> seen;
    for (const McpToolRef& r : tools) {
        if (!seen.contains(pairKey(r.server, r.tool))) {
            seen.insert(pairKey(r.server, r.tool));
            refs << r;
        }
    }
    std::sort(refs.begin(), refs.end(), [](const McpToolRef& a, const McpToolRef& b) {
        return a.server != b.server ? a.server < b.server : a.tool < b.tool;
    });

    QHash<QString, int> baseCount;
    for (const McpToolRef& r : refs)
        ++baseCount[baseName(r.server, r.tool)];

    // Unique bases keep their plain name; colliding ones get a hash suffix.
    QList<const McpToolRef*> suffixed;
    for (const McpToolRef& r : refs) {
        const QString base = baseName(r.server, r.tool);
        if (baseCount.value(base) == 1) {
            m_byName.insert(base, r);
            m_byPair.insert(pairKey(r.server, r.tool), base);
        } else {
            suffixed << &r;
        }
    }
    for (const McpToolRef* r : suffixed) {
        const QString base = baseName(r->server, r->tool);
        QString name;
        for (int attempt = 0;; ++attempt) {
            name = withSuffix(base, *r, attempt);
            if (!m_byName.contains(name))
                break;
        }
        m_byName.insert(name, *r);
        m_byPair.insert(pairKey(r->server, r->tool), name);
    }
}

QString McpToolNameMap::exposedName(const QString& server, const QString& tool) const
{
    return m_byPair.value(pairKey(server, tool));
}

std::optional<McpToolRef> McpToolNameMap::resolve(const QString& exposedName) const
{
    const auto it = m_byName.constFind(exposedName);
    if (it == m_byName.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace harness::core
