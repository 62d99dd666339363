// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace harness::core::pkce {

/// `bytes` random bytes from the system CSPRNG, base64url without padding (state, nonce, verifier).
QByteArray randomToken(int bytes = 32);
/// RFC 7636 code verifier: 43 characters of [A-Za-z0-9-_] (32 random bytes).
QByteArray makeVerifier();
/// RFC 7636 S256 challenge: BASE64URL(SHA256(ASCII(verifier))).
QByteArray s256Challenge(const QByteArray& verifier);
/// Base64url without padding, and strict decoding (empty optional-like result on bad input).
QByteArray base64UrlEncode(const QByteArray& data);
bool base64UrlDecode(QByteArrayView text, QByteArray* out);

} // namespace harness::core::pkce
