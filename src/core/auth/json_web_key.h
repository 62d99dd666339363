// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header

namespace harness::core {

/// One public signing key from a JWKS (RFC 7517): RSA (>= 2048 bits), EC P-256/P-384/P-521 or
/// OKP Ed25519. Checks JWS signatures (RFC 7515/7518, RFC 8037) with OpenSSL.
class JsonWebKey final {
public:
    enum class Type { Rsa, Ec, Okp };

    /// Parses a public JWK; empty `error` on success. Private members are ignored, never needed.
    static JsonWebKey fromJson(const QJsonObject& jwk, QString* error);

    bool isValid() const { return m_key != nullptr; }
    Type type() const { return m_type; }
    QString keyId() const { return m_keyId; }
    QString algorithm() const { return m_algorithm; } ///< the JWK's own `alg`, may be empty
    QString curve() const { return m_curve; }

    /// Whether a token signed with JWS algorithm `alg` may be checked with this key: the key type
    /// (and curve) fits the algorithm, `alg` (if the JWK names one) agrees, `use` is "sig" or
    /// absent and `key_ops` (if present) allows "verify".
    bool canVerify(const QString& alg) const;
    /// True when `signature` is a valid `alg` signature of `signingInput` under this key.
    bool verify(const QString& alg, QByteArrayView signingInput, QByteArrayView signature) const;

    /// The JWS algorithms this module implements; never "none" nor HS*.
    static QStringList supportedAlgorithms();

private:
    std::shared_ptr<evp_pkey_st> m_key;
    Type m_type = Type::Rsa;
    QString m_keyId;
    QString m_algorithm;
    QString m_curve;
    bool m_forSignatures = true;
};

} // namespace harness::core
