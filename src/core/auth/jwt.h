// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace harness::core {

/// A JSON Web Token in JWS compact serialization, split and decoded but NOT verified.
class Jwt final {
public:
    /// Empty `error` on success. Rejects JWE (5 parts), bad base64url, non-object header/payload,
    /// a missing `alg` and any `crit` header (no extension is understood here).
    static Jwt parse(const QByteArray& compact, QString* error);

    bool isValid() const { return m_valid; }
    const QJsonObject& header() const { return m_header; }
    const QJsonObject& payload() const { return m_payload; }
    QString algorithm() const { return m_header.value(QLatin1String("alg")).toString(); }
    QString keyId() const { return m_header.value(QLatin1String("kid")).toString(); }
    /// ASCII(BASE64URL(header) || '.' || BASE64URL(payload)): what the signature covers.
    const QByteArray& signingInput() const { return m_signingInput; }
    const QByteArray& signature() const { return m_signature; }

private:
    bool m_valid = false;
    QJsonObject m_header;
    QJsonObject m_payload;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace harness::core
