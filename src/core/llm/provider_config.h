// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace harness::core {

/// An OpenAI-compatible endpoint: OpenRouter, OpenAI, Ollama, LM Studio, llama.cpp, vLLM...
/// Holds no secret: the API key is passed to each request by whoever owns it (the secret store).
struct ProviderConfig {
    QString name; ///< shown to the user ("OpenRouter", "Ollama")
    QUrl baseUrl; ///< up to and including the version, e.g. https://openrouter.ai/api/v1
    QList<QPair<QByteArray, QByteArray>> extraHeaders; ///< sent with every request

    /// OpenRouter with its attribution headers (`HTTP-Referer`, `X-Title`).
    static ProviderConfig openRouter();
    /// A local Ollama server (`http://localhost:11434/v1`).
    static ProviderConfig ollama();
    /// Any other OpenAI-compatible endpoint.
    static ProviderConfig custom(const QString& name, const QUrl& baseUrl);

    static QString openRouterBaseUrl() { return QStringLiteral("https://openrouter.ai/api/v1"); }

    /// True for OpenRouter (by host), which takes `usage: {include: true}` and reports cost.
    bool isOpenRouter() const;
    /// `{base}/{path}` with exactly one slash between them.
    QUrl endpoint(const QString& path) const;
    /// Name for messages: the configured name, else the host of the base URL.
    QString displayName() const;

    bool operator==(const ProviderConfig&) const = default;
};

} // namespace harness::core

Q_DECLARE_METATYPE(harness::core::ProviderConfig)
