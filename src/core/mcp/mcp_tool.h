// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace harness::core {

/// A tool as a server describes it in tools/list.
struct McpTool {
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject outputSchema;
    QJsonObject annotations; ///< readOnlyHint, destructiveHint, idempotentHint, openWorldHint, title

    static McpTool fromJson(const QJsonObject& json)
    {
        McpTool t;
        t.name = json.value(QLatin1String("name")).toString();
        t.title = json.value(QLatin1String("title")).toString();
        t.annotations = json.value(QLatin1String("annotations")).toObject();
        if (t.title.isEmpty())
            t.title = t.annotations.value(QLatin1String("title")).toString();
        t.description = json.value(QLatin1String("description")).toString();
        t.inputSchema = json.value(QLatin1String("inputSchema")).toObject();
        t.outputSchema = json.value(QLatin1String("outputSchema")).toObject();
        return t;
    }
    bool readOnlyHint() const { return annotations.value(QLatin1String("readOnlyHint")).toBool(false); }
    /// Per the spec the default is true for tools that are not read-only.
    bool destructiveHint() const
    {
        return !readOnlyHint() && annotations.value(QLatin1String("destructiveHint")).toBool(true);
    }
    QString displayName() const { return title.isEmpty() ? name : title; }
};

} // namespace harness::core
