// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/harness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace harness::core {

/// A tool the model may call, as the engine sees it.
struct ToolSpec {
    QString name; ///< exposed to the model: "<server>__<tool>", sanitised and unique
    QString description;
    QJsonObject inputSchema;
    QString server;           ///< server name, for the user
    QString tool;             ///< the tool's own name on its server
    QString title;            ///< annotations.title or the tool name
    bool readOnly = false;    ///< annotations.readOnlyHint
    bool destructive = false; ///< annotations.destructiveHint
};

/// What came back from a tool call: text for the model and a richer form for the user.
struct ToolOutcome {
    QString textForModel;
    bool isError = false;
    QJsonArray items; ///< display items: {type: text|image|audio|resource, ...}
    QJsonObject structuredContent;
};

/// One running tool call. Emits exactly one finished(); cancel() ends it with an error outcome.
class ToolInvocation : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolInvocation)
public:
    explicit ToolInvocation(QObject* parent = nullptr) : QObject(parent) {}
    ~ToolInvocation() override = default;
    virtual void cancel() = 0;

Q_SIGNALS:
    void progressed(double progress, double total, const QString& message);
    void finished(const harness::core::ToolOutcome& outcome);
};

/// Where tools come from (the MCP client implements it). One broken server must not hide the
/// others: listTools() reports per-server errors beside the tools it found.
class ToolProvider : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolProvider)
public:
    using ListCallback = std::function<void(const QList<ToolSpec>& tools, const QStringList& serverErrors)>;

    explicit ToolProvider(QObject* parent = nullptr) : QObject(parent) {}
    ~ToolProvider() override = default;

    /// Tools of the harness's servers; `done` runs on the event loop unless `context` died.
    virtual void listTools(const Harness& harness, QObject* context, ListCallback done) = 0;
    /// Starts a call of `tool` (from listTools()); the invocation is owned by `parent`.
    virtual ToolInvocation* callTool(const Harness& harness, const ToolSpec& tool,
                                     const QJsonObject& arguments, QObject* parent) = 0;
};

/// A provider without tools (a harness with no servers, or tools switched off).
class NoToolProvider final : public ToolProvider {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoToolProvider)
public:
    using ToolProvider::ToolProvider;
    void listTools(const Harness& harness, QObject* context, ListCallback done) override;
    ToolInvocation* callTool(const Harness& harness, const ToolSpec& tool, const QJsonObject& arguments,
                             QObject* parent) override;
};

} // namespace harness::core

Q_DECLARE_METATYPE(harness::core::ToolOutcome)
