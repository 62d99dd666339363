// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/web_model_map.h"

#include <QCoreApplication>
#include <array>

namespace harness::core {

namespace {

struct Entry {
    const char* shortName;
    const char* openRouterId;
    bool thinking;
};

// The web's MODEL_MAP (packages/fastapi/app/config.py); plain names before their -thinking twin,
// so shortNameFor() finds the plain one.
constexpr std::array entries{
    Entry{"gpt-5.5", "openai/gpt-5.5", false},
    Entry{"gpt-5.4", "openai/gpt-5.4", false},
    Entry{"claude-sonnet-4.6", "anthropic/claude-sonnet-4.6", false},
    Entry{"claude-sonnet-4.6-thinking", "anthropic/claude-sonnet-4.6", true},
    Entry{"claude-opus-4.6-fast", "anthropic/claude-opus-4.6-fast", false},
    Entry{"claude-opus-4.7", "anthropic/claude-opus-4.7", false},
    Entry{"claude-opus-4.7-thinking", "anthropic/claude-opus-4.7", true},
    Entry{"gemini-3.1-pro", "google/gemini-3.1-pro-preview", false},
    Entry{"gemini-3-flash", "google/gemini-3-flash-preview", false},
    Entry{"gemini-3.1-flash-lite", "google/gemini-3.1-flash-lite-preview", false},
};

const Entry* find(const QString& name)
{
    for (const auto& entry : entries) {
        if (name == QLatin1String(entry.shortName))
            return &entry;
    }
    return nullptr;
}

} // namespace

WebModelMap::Resolved WebModelMap::resolve(const QString& name)
{
    const QString trimmed = name.trimmed();
    const Entry* entry = find(trimmed);
    if (!entry)
        return {trimmed, {}, false};
    Resolved resolved{QString::fromLatin1(entry->openRouterId), {}, true};
    if (entry->thinking)
        resolved.extraBody.insert(QStringLiteral("reasoning"),
                                  QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}});
    return resolved;
}

QString WebModelMap::shortNameFor(const QString& providerId)
{
    const QString trimmed = providerId.trimmed();
    for (const auto& entry : entries) {
        if (!entry.thinking && trimmed == QLatin1String(entry.openRouterId))
            return QString::fromLatin1(entry.shortName);
    }
    return trimmed;
}

QString WebModelMap::nameToStore(const QString& picked, const QString& previous)
{
    const QString trimmed = picked.trimmed();
    if (!previous.isEmpty() && (trimmed == previous || resolve(previous).model == trimmed))
        return previous;
    return shortNameFor(trimmed);
}

QString WebModelMap::describe(const QString& name)
{
    const Resolved resolved = resolve(name);
    if (!resolved.mapped)
        return name;
    if (!resolved.extraBody.isEmpty())
        return QCoreApplication::translate("harness::core::WebModelMap", "%1 (runs %2, high reasoning)")
            .arg(name.trimmed(), resolved.model);
    return QCoreApplication::translate("harness::core::WebModelMap", "%1 (runs %2)")
        .arg(name.trimmed(), resolved.model);
}

} // namespace harness::core
