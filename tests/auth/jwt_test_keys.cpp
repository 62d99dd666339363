// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "jwt_test_keys.h"

#include <QJsonDocument>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace harness::test {

namespace {

QByteArray bignumParam(EVP_PKEY* key, const char* name, int width = 0)
{
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(width > 0 ? width : BN_num_bytes(bn), '\0');
    if (width > 0)
        BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), width);
    else
        BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    BN_free(bn);
    return out;
}

int coordinateSize(const QString& kind)
{
    return kind == QLatin1String("ES256") ? 32 : kind == QLatin1String("ES384") ? 48 : 66;
}

const EVP_MD* digestFor(const QString& alg)
{
    if (alg.endsWith(QLatin1String("384")))
        return EVP_sha384();
    if (alg.endsWith(QLatin1String("512")))
        return EVP_sha512();
    return EVP_sha256();
}

} // namespace

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jsonPart(const QJsonObject& object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TestKey TestKey::generate(const QString& kind, const QString& kid)
{
    TestKey key;
    key.m_kind = kind;
    key.m_kid = kid;
    EVP_PKEY* raw = nullptr;
    if (kind == QLatin1String("RS256") || kind == QLatin1String("PS256"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048});
    else if (kind == QLatin1String("RSA1024"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{1024});
    else if (kind == QLatin1String("ES256"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    else if (kind == QLatin1String("ES384"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    else if (kind == QLatin1String("ES512"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
    else if (kind == QLatin1String("EdDSA"))
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    key.m_key = std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free);
    return key;
}

QJsonObject TestKey::publicJwk(bool withAlg) const
{
    QJsonObject jwk{{QStringLiteral("kid"), m_kid}, {QStringLiteral("use"), QStringLiteral("sig")}};
    EVP_PKEY* key = m_key.get();
    if (m_kind.startsWith(QLatin1String("RS")) || m_kind.startsWith(QLatin1String("PS"))) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"),
                   QString::fromLatin1(base64Url(bignumParam(key, OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QStringLiteral("e"),
                   QString::fromLatin1(base64Url(bignumParam(key, OSSL_PKEY_PARAM_RSA_E))));
    } else if (m_kind.startsWith(QLatin1String("ES"))) {
        const int size = coordinateSize(m_kind);
        const QString curve = size == 32   ? QStringLiteral("P-256")
                              : size == 48 ? QStringLiteral("P-384")
                                           : QStringLiteral("P-521");
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), curve);
        jwk.insert(QStringLiteral("x"),
                   QString::fromLatin1(base64Url(bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, size))));
        jwk.insert(QStringLiteral("y"),
                   QString::fromLatin1(base64Url(bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, size))));
    } else {
        QByteArray x(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(x.data()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(base64Url(x)));
    }
    if (withAlg && m_kind != QLatin1String("RSA1024"))
        jwk.insert(QStringLiteral("alg"), m_kind);
    return jwk;
}

QByteArray TestKey::signature(const QString& alg, const QByteArray& signingInput) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_PKEY_CTX* pctx = nullptr;
    const bool eddsa = m_kind == QLatin1String("EdDSA");
    if (EVP_DigestSignInit(md.get(), &pctx, eddsa ? nullptr : digestFor(alg), nullptr, m_key.get()) != 1)
        return {};
    if (alg.startsWith(QLatin1String("PS"))) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    const auto* input = reinterpret_cast<const unsigned char*>(signingInput.constData());
    size_t length = 0;
    if (EVP_DigestSign(md.get(), nullptr, &length, input, static_cast<size_t>(signingInput.size())) != 1)
        return {};
    QByteArray sig(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(sig.data()), &length, input,
                       static_cast<size_t>(signingInput.size())) != 1)
        return {};
    sig.resize(static_cast<qsizetype>(length));
    if (!m_kind.startsWith(QLatin1String("ES")))
        return sig;
    // DER -> JWS R || S
    const auto* der = reinterpret_cast<const unsigned char*>(sig.constData());
    ECDSA_SIG* ecdsa = d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(sig.size()));
    if (!ecdsa)
        return {};
    const int size = coordinateSize(m_kind);
    QByteArray raw(2 * size, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa), reinterpret_cast<unsigned char*>(raw.data()), size);
    BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa), reinterpret_cast<unsigned char*>(raw.data()) + size, size);
    ECDSA_SIG_free(ecdsa);
    return raw;
}

QByteArray TestKey::sign(const QJsonObject& header, const QJsonObject& payload) const
{
    const QByteArray input = jsonPart(header) + '.' + jsonPart(payload);
    const QString alg = header.value(QLatin1String("alg")).toString();
    return input + '.' + base64Url(signature(alg, input));
}

} // namespace harness::test
