// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/id_token_verifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace harness::core {

namespace {

/// NumericDate: a JSON number of seconds (fractions allowed); false when absent or not a number.
bool numericDate(const QJsonObject& payload, const char* name, qint64* out)
{
    const auto value = payload.value(QLatin1String(name));
    if (!value.isDouble())
        return false;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 32503680000.0) // year 3000
        return false;
    *out = static_cast<qint64>(std::floor(seconds));
    return true;
}

} // namespace

IdTokenClaims IdTokenClaims::fromPayload(const QJsonObject& payload)
{
    IdTokenClaims claims;
    claims.all = payload;
    claims.issuer = payload.value(QLatin1String("iss")).toString();
    claims.subject = payload.value(QLatin1String("sub")).toString();
    const auto aud = payload.value(QLatin1String("aud"));
    if (aud.isString()) {
        claims.audiences = {aud.toString()};
    } else {
        for (const auto& entry : aud.toArray())
            claims.audiences.append(entry.toString());
    }
    claims.nonce = payload.value(QLatin1String("nonce")).toString();
    claims.email = payload.value(QLatin1String("email")).toString();
    claims.emailVerified = payload.value(QLatin1String("email_verified")).toBool();
    claims.name = payload.value(QLatin1String("name")).toString();
    numericDate(payload, "exp", &claims.expiresAt);
    numericDate(payload, "iat", &claims.issuedAt);
    return claims;
}

IdTokenVerifier::Result IdTokenVerifier::verify(const QByteArray& token, const JwkSet& keys,
                                                const Expectations& expect)
{
    using Kind = AuthError::Kind;
    Result result;
    auto fail = [&result](Kind kind, QString detail) {
        result.error = AuthError(kind, std::move(detail));
        return result;
    };

    QString parseError;
    const Jwt jwt = Jwt::parse(token, &parseError);
    if (!jwt.isValid())
        return fail(Kind::TokenMalformed, parseError);

    // 1. Algorithm allow-list before touching any key: no "none", no HMAC with a public key.
    const QString alg = jwt.algorithm();
    if (!expect.allowedAlgorithms.contains(alg) || !JsonWebKey::supportedAlgorithms().contains(alg))
        return fail(Kind::UnsupportedAlgorithm, QStringLiteral("alg %1 is not allowed").arg(alg));

    // 2. Signature with a key of the configured issuer's JWKS.
    const auto candidates = keys.candidates(jwt.keyId(), alg);
    if (candidates.isEmpty())
        return fail(Kind::UnknownSigningKey,
                    QStringLiteral("no key for kid \"%1\" and alg %2 in the JWKS").arg(jwt.keyId(), alg));
    const bool signatureOk = std::any_of(candidates.cbegin(), candidates.cend(), [&](const JsonWebKey& key) {
        return key.verify(alg, jwt.signingInput(), jwt.signature());
    });
    if (!signatureOk)
        return fail(Kind::BadSignature, QStringLiteral("the signature does not match the provider's key"));

    // 3. Claims.
    const QJsonObject& payload = jwt.payload();
    IdTokenClaims claims = IdTokenClaims::fromPayload(payload);
    if (!payload.value(QLatin1String("iss")).isString() || claims.issuer != expect.issuer)
        return fail(Kind::TokenIssuerMismatch,
                    QStringLiteral("iss \"%1\" is not the configured issuer \"%2\"")
                        .arg(claims.issuer, expect.issuer));
    if (claims.subject.isEmpty())
        return fail(Kind::TokenMalformed, QStringLiteral("no sub claim"));
    if (!expect.subject.isEmpty() && claims.subject != expect.subject)
        return fail(Kind::TokenMalformed, QStringLiteral("sub changed within a session"));
    if (expect.clientId.isEmpty() || !claims.audiences.contains(expect.clientId))
        return fail(Kind::TokenAudienceMismatch, QStringLiteral("aud does not contain the client id"));
    const auto azp = payload.value(QLatin1String("azp"));
    if (!azp.isUndefined() && azp.toString() != expect.clientId)
        return fail(Kind::TokenAudienceMismatch, QStringLiteral("azp is another client"));
    if (claims.audiences.size() > 1 && azp.isUndefined())
        return fail(Kind::TokenAudienceMismatch, QStringLiteral("several audiences but no azp"));

    const qint64 now = expect.now > 0 ? expect.now : QDateTime::currentSecsSinceEpoch();
    const qint64 leeway = expect.leewaySeconds;
    qint64 exp = 0, iat = 0, nbf = 0;
    if (!numericDate(payload, "exp", &exp) || !numericDate(payload, "iat", &iat))
        return fail(Kind::TokenMalformed, QStringLiteral("exp or iat missing or not a number"));
    if (expect.checkExpiry && now >= exp + leeway)
        return fail(Kind::TokenExpired, QStringLiteral("token expired %1 s ago").arg(now - exp));
    if (iat > now + leeway)
        return fail(Kind::TokenNotYetValid, QStringLiteral("iat is %1 s in the future").arg(iat - now));
    if (payload.contains(QLatin1String("nbf"))) {
        if (!numericDate(payload, "nbf", &nbf))
            return fail(Kind::TokenMalformed, QStringLiteral("nbf is not a number"));
        if (nbf > now + leeway)
            return fail(Kind::TokenNotYetValid, QStringLiteral("nbf is %1 s in the future").arg(nbf - now));
    }

    // 4. Nonce: bound to this attempt, and never accepted twice.
    if (!claims.nonce.isEmpty() && expect.usedNonces.contains(claims.nonce))
        return fail(Kind::NonceReplayed, QStringLiteral("the nonce was already used by an earlier sign-in"));
    const bool nonceToCheck = expect.nonceRequired || !claims.nonce.isEmpty();
    if (!expect.nonce.isEmpty() && nonceToCheck && claims.nonce != expect.nonce)
        return fail(Kind::NonceMismatch, QStringLiteral("the nonce is not the one this sign-in sent"));

    result.claims = std::move(claims);
    return result;
}

} // namespace harness::core
