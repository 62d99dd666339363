// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st;

namespace harness::test {

/// A signing key generated in the test with OpenSSL, to mint JWTs the way a provider would.
class TestKey final {
public:
    /// `kind`: RS256, PS256 (RSA 2048), RSA1024, ES256, ES384, ES512, EdDSA.
    static TestKey generate(const QString& kind, const QString& kid);

    bool isValid() const { return m_key != nullptr; }
    QString kid() const { return m_kid; }
    /// The public JWK; `withAlg` adds the "alg" member.
    QJsonObject publicJwk(bool withAlg = true) const;
    /// Signs ASCII(header64 '.' payload64) with the JWS algorithm `alg`; the raw JWS signature.
    QByteArray signature(const QString& alg, const QByteArray& signingInput) const;
    /// A compact JWS of `header` and `payload`, signed with `alg` (default: the header's alg).
    QByteArray sign(const QJsonObject& header, const QJsonObject& payload) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    QString m_kind;
    QString m_kid;
};

QByteArray base64Url(const QByteArray& data);
QByteArray jsonPart(const QJsonObject& object);

} // namespace harness::test
