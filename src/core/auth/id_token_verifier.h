// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/auth_error.h"
#include "core/auth/jwk_set.h"
#include "core/auth/jwt.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace harness::core {

/// The claims of a verified ID token that the app uses.
struct IdTokenClaims {
    QString issuer;
    QString subject;
    QStringList audiences;
    QString nonce;
    QString email;
    bool emailVerified = false;
    QString name;
    qint64 expiresAt = 0; ///< seconds since the epoch
    qint64 issuedAt = 0;
    QJsonObject all;

    /// Reads the claims without any check (only for a token that was verified before, e.g. the
    /// one kept in the keychain).
    static IdTokenClaims fromPayload(const QJsonObject& payload);
};

/// OpenID Connect Core 3.1.3.7 ID token validation against a JWKS the CALLER obtained from the
/// configured issuer; nothing in the token chooses where keys come from.
class IdTokenVerifier final {
public:
    struct Expectations {
        QString issuer;            ///< exact `iss`
        QString clientId;          ///< must be in `aud`; `azp`, when present, must equal it
        QString nonce;             ///< expected `nonce`; empty = none expected
        bool nonceRequired = true; ///< false (refresh): no nonce passes; a nonce must still match
        QSet<QString> usedNonces;  ///< nonces of earlier sign-ins: a token carrying one is a replay
        QString subject;           ///< when set (refresh), `sub` must equal it
        qint64 now = 0;            ///< seconds since the epoch; 0 = the system clock
        int leewaySeconds = 60;    ///< clock skew allowed for exp / iat / nbf
        bool checkExpiry = true;
        QStringList allowedAlgorithms = JsonWebKey::supportedAlgorithms();
    };

    struct Result {
        AuthError error;
        IdTokenClaims claims;
        bool ok() const { return !error.isError(); }
    };

    /// Result error kinds: TokenMalformed, UnsupportedAlgorithm, UnknownSigningKey (the caller may
    /// refetch the JWKS once and try again), BadSignature, TokenIssuerMismatch,
    /// TokenAudienceMismatch, TokenExpired, TokenNotYetValid, NonceReplayed, NonceMismatch.
    static Result verify(const QByteArray& token, const JwkSet& keys, const Expectations& expect);
};

} // namespace harness::core
