// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/id_token_verifier.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace harness::core {

/// Who is signed in, as the GUI shows it.
struct UserInfo {
    QString subject;
    QString email;
    QString name;

    static UserInfo fromClaims(const IdTokenClaims& claims);
    bool isEmpty() const { return subject.isEmpty(); }
    /// Name, else email, else subject.
    QString displayName() const;
    friend bool operator==(const UserInfo&, const UserInfo&) = default;
};

/// A token endpoint answer (RFC 6749 §5.1), not yet checked beyond its shape.
struct TokenResponse {
    QString accessToken;
    QString tokenType;
    QString refreshToken;
    QByteArray idToken;
    qint64 expiresIn = -1; ///< seconds; -1 when the provider did not say
    QString scope;

    /// Empty `error` on success; needs access_token and token_type Bearer (case-insensitive).
    static TokenResponse fromJson(const QByteArray& json, QString* error);
};

/// Tokens of a signed-in session, held in memory (the refresh and ID token are also persisted
/// through the SecretStore).
struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QByteArray idToken;
    qint64 accessTokenExpiresAt = 0; ///< seconds since the epoch; 0 = unknown
    IdTokenClaims claims;            ///< of `idToken`
};

} // namespace harness::core

Q_DECLARE_METATYPE(harness::core::UserInfo)
