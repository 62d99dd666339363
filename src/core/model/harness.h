// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace harness::core {

enum class HarnessStatus { Started, Stopped, Draft };

QString harnessStatusName(HarnessStatus status);
std::optional<HarnessStatus> harnessStatusFromString(const QString& text);

/// A skill of a harness, as the Harness web app keeps them: a name (for skills.sh skills the
/// full "owner/repo/skill" id) and what it is for.
struct Skill {
    QString name;
    QString description;

    Skill() = default;
    Skill(QString skillName, QString skillDescription = {}) // NOLINT(google-explicit-constructor)
        : name(std::move(skillName)), description(std::move(skillDescription))
    {}
    friend bool operator==(const Skill&, const Skill&) = default;
};

/// `[{name, description}]`; reads that and the older plain list of names.
QJsonArray skillsToJson(const QList<Skill>& skills);
QList<Skill> skillsFromJson(const QJsonArray& json);

/// A model plus MCP tool servers, a system prompt and skills.
struct Harness {
    static constexpr int DefaultMaxIterations = 10;

    QString id;
    QString name;
    /// As the user or the web app wrote it: a provider id ("anthropic/claude-sonnet-4") or a
    /// Harness web short name ("claude-sonnet-4.6"), resolved when a run starts (WebModelMap).
    QString model;
    HarnessStatus status = HarnessStatus::Draft;
    QString systemPrompt;
    QList<Skill> skills;
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
