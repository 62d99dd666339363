// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace harness::core {

/// One entry of a provider's model catalog (`GET {base}/models`).
struct ModelInfo {
    QString id;                                    ///< what goes into the request's `model`
    QString name;                                  ///< display name; the id when the provider gives none
    qint64 contextLength = 0;                      ///< tokens; 0 when unknown
    std::optional<double> promptPricePerToken;     ///< USD per prompt token, when known
    std::optional<double> completionPricePerToken; ///< USD per completion token, when known
    std::optional<bool> supportsTools;             ///< unknown on plain OpenAI/Ollama listings
    std::optional<bool> supportsReasoning;         ///< unknown on plain OpenAI/Ollama listings

    /// Round-trips through toJson() (for the store's catalog cache); tolerant of missing fields.
    static ModelInfo fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    /// Parses one model object in the shape a provider sends (OpenRouter, OpenAI, Ollama, llama.cpp).
    static ModelInfo fromProviderJson(const QJsonObject& json);
    /// Parses a whole `/models` reply: `{data: [...]}` (OpenAI/OpenRouter), `{models: [...]}`
    /// (Ollama's native list) or a bare array. Entries without an id are skipped. Returns nothing
    /// when the body is not such a document.
    static std::optional<QList<ModelInfo>> parseCatalog(const QByteArray& body);

    bool operator==(const ModelInfo&) const = default;
};

} // namespace harness::core
