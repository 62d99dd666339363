// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace harness::core {

/// Where answers come from: OpenRouter or any OpenAI-compatible endpoint. The API key is NOT
/// here: it lives in the keychain under secretKey().
struct Provider {
    enum class Kind { OpenRouter, OpenAiCompatible };

    QString id;
    QString name;
    Kind kind = Kind::OpenRouter;
    QString baseUrl; ///< up to and including the API version, e.g. https://openrouter.ai/api/v1
    QMap<QString, QString> headers; ///< extra non-secret headers
    bool isDefault = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString remoteId;

    QString secretKey() const { return QStringLiteral("provider/%1/api-key").arg(id); }
};

QString providerKindName(Provider::Kind kind);
std::optional<Provider::Kind> providerKindFromString(const QString& text);

} // namespace harness::core
