// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace harness::core {

enum class HarnessStatus { Started, Stopped, Draft };

QString harnessStatusName(HarnessStatus status);
std::optional<HarnessStatus> harnessStatusFromString(const QString& text);

/// A model plus MCP tool servers, a system prompt and skills.
struct Harness {
    static constexpr int DefaultMaxIterations = 10;

    QString id;
    QString name;
    QString model; ///< provider model id, e.g. "anthropic/claude-sonnet-4"
    HarnessStatus status = HarnessStatus::Draft;
    QString systemPrompt;
    QStringList skills;
    QStringList suggestedPrompts;
    QStringList mcpServerIds; ///< ordered; rows of the mcp_servers table
    QString providerId;       ///< empty: the default provider
    int maxIterations = DefaultMaxIterations;
    qint64 lastUsedAt = 0; ///< 0 = never
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString remoteId;
};

} // namespace harness::core
