// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/json_web_key.h"

#include <QByteArray>
#include <QList>

namespace harness::core {

/// The provider's published signing keys (the document behind `jwks_uri`).
class JwkSet final {
public:
    /// Keys that cannot be used (unknown type, weak RSA, not on curve) are skipped, not fatal;
    /// `error` is set only when the document itself is not a JWKS.
    static JwkSet fromJson(const QByteArray& json, QString* error);

    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    /// Keys that may check an `alg` token with key id `kid` (any key fitting `alg` when the token
    /// names no kid).
    QList<JsonWebKey> candidates(const QString& kid, const QString& alg) const;

private:
    QList<JsonWebKey> m_keys;
};

} // namespace harness::core
