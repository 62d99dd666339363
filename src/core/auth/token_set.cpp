// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/token_set.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace harness::core {

UserInfo UserInfo::fromClaims(const IdTokenClaims& claims)
{
    return UserInfo{claims.subject, claims.email, claims.name};
}

QString UserInfo::displayName() const
{
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? subject : email;
}

TokenResponse TokenResponse::fromJson(const QByteArray& json, QString* error)
{
    TokenResponse response;
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the token response is not a JSON object");
        return {};
    }
    const QJsonObject object = doc.object();
    response.accessToken = object.value(QLatin1String("access_token")).toString();
    response.tokenType = object.value(QLatin1String("token_type")).toString();
    response.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    response.idToken = object.value(QLatin1String("id_token")).toString().toLatin1();
    response.scope = object.value(QLatin1String("scope")).toString();
    const auto expiresIn = object.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble() && expiresIn.toDouble() > 0)
        response.expiresIn = static_cast<qint64>(expiresIn.toDouble());
    if (response.accessToken.isEmpty()) {
        *error = QStringLiteral("the token response has no access_token");
        return {};
    }
    if (response.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("unsupported token_type \"%1\"").arg(response.tokenType);
        return {};
    }
    error->clear();
    return response;
}

} // namespace harness::core
