// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/jwt.h"

#include "core/auth/pkce.h"

#include <QJsonDocument>

namespace harness::core {

namespace {

constexpr qsizetype kMaxTokenSize = 64 * 1024;

bool decodeObject(QByteArrayView part, QJsonObject* out)
{
    QByteArray json;
    if (!pkce::base64UrlDecode(part, &json))
        return false;
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

} // namespace

Jwt Jwt::parse(const QByteArray& compact, QString* error)
{
    Jwt jwt;
    auto fail = [&](const char* why) {
        if (error)
            *error = QString::fromLatin1(why);
        return Jwt{};
    };
    if (compact.isEmpty())
        return fail("empty token");
    if (compact.size() > kMaxTokenSize)
        return fail("token too large");
    const auto parts = compact.split('.');
    if (parts.size() == 5)
        return fail("encrypted tokens (JWE) are not supported");
    if (parts.size() != 3)
        return fail("not a compact JWS (expected three parts)");
    if (!decodeObject(parts[0], &jwt.m_header))
        return fail("header is not base64url-encoded JSON object");
    if (!decodeObject(parts[1], &jwt.m_payload))
        return fail("payload is not base64url-encoded JSON object");
    if (!pkce::base64UrlDecode(parts[2], &jwt.m_signature))
        return fail("signature is not base64url");
    if (!jwt.m_header.value(QLatin1String("alg")).isString())
        return fail("header has no alg");
    if (jwt.m_header.contains(QLatin1String("crit")))
        return fail("header has critical extensions that are not understood");
    jwt.m_signingInput = parts[0] + '.' + parts[1];
    jwt.m_valid = true;
    if (error)
        error->clear();
    return jwt;
}

} // namespace harness::core
