// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace harness::core {

/// A tool as its server names it.
struct McpToolRef {
    QString server;
    QString tool;
    friend bool operator==(const McpToolRef&, const McpToolRef&) = default;
};

/// Maps (server, tool) pairs to the names the model sees, `<server>__<tool>`, sanitised to
/// `^[a-zA-Z0-9_-]{1,64}$`, and back. Names that would collide after sanitising or truncation all
/// get a short suffix derived from the original pair, so a name depends only on the pairs it
/// collides with, never on the order in which tools were added.
class McpToolNameMap final {
public:
    static constexpr int MaxLength = 64;

    /// Replaces the known tools with \a tools and recomputes all names.
    void rebuild(const QList<McpToolRef>& tools);

    /// The exposed name of (server, tool), or an empty string when the pair is unknown.
    QString exposedName(const QString& server, const QString& tool) const;
    /// The original pair behind an exposed name.
    std::optional<McpToolRef> resolve(const QString& exposedName) const;
    int size() const { return int(m_byName.size()); }

    /// Replaces every character outside [a-zA-Z0-9_-] with '_'; never returns an empty string.
    static QString sanitize(const QString& part);
    /// `<server>__<tool>` sanitised and cut to MaxLength, before collision handling.
    static QString baseName(const QString& server, const QString& tool);
    static bool isValidExposedName(const QString& name);

private:
    static QString withSuffix(const QString& base, const McpToolRef& ref, int attempt);

    QHash<QString, McpToolRef> m_byName;
    QHash<QString, QString> m_byPair; ///< key: server + '\n' + tool
};

} // namespace harness::core
