// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/jwk_set.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace harness::core {

JwkSet JwkSet::fromJson(const QByteArray& json, QString* error)
{
    JwkSet set;
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    const auto keys = doc.object().value(QLatin1String("keys"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !keys.isArray()) {
        if (error)
            *error = QStringLiteral("not a JWK set (no \"keys\" array)");
        return set;
    }
    for (const auto& entry : keys.toArray()) {
        QString ignored;
        auto key = JsonWebKey::fromJson(entry.toObject(), &ignored);
        if (key.isValid())
            set.m_keys.append(std::move(key));
    }
    if (error)
        error->clear();
    return set;
}

QList<JsonWebKey> JwkSet::candidates(const QString& kid, const QString& alg) const
{
    QList<JsonWebKey> result;
    for (const auto& key : m_keys) {
        if (!kid.isEmpty() && key.keyId() != kid)
            continue;
        if (key.canVerify(alg))
            result.append(key);
    }
    return result;
}

} // namespace harness::core
