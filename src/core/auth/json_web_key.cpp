// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/json_web_key.h"

#include "core/auth/pkce.h"

#include <QJsonArray>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

namespace harness::core {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY* key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

bool member(const QJsonObject& jwk, const char* name, QByteArray* out)
{
    const auto value = jwk.value(QLatin1String(name));
    if (!value.isString())
        return false;
    return pkce::base64UrlDecode(value.toString().toLatin1(), out) && !out->isEmpty();
}

BnPtr toBignum(const QByteArray& bigEndian)
{
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char*>(bigEndian.constData()),
                           static_cast<int>(bigEndian.size()), nullptr));
}

EVP_PKEY* fromParams(const char* keyType, OSSL_PARAM_BLD* builder)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return nullptr;
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return key;
}

bool publicKeyChecks(EVP_PKEY* key)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    return ctx && EVP_PKEY_public_check(ctx.get()) == 1;
}

int ecCoordinateSize(const QString& curve)
{
    if (curve == QLatin1String("P-256"))
        return 32;
    if (curve == QLatin1String("P-384"))
        return 48;
    if (curve == QLatin1String("P-521"))
        return 66;
    return 0;
}

const EVP_MD* digestFor(const QString& alg)
{
    const auto bits = QStringView(alg).mid(2);
    if (bits == u"256")
        return EVP_sha256();
    if (bits == u"384")
        return EVP_sha384();
    if (bits == u"512")
        return EVP_sha512();
    return nullptr;
}

// JWS ECDSA signatures are R || S, fixed width; OpenSSL wants DER.
QByteArray ecdsaRawToDer(QByteArrayView raw, int coordinateSize)
{
    if (raw.size() != 2 * coordinateSize)
        return {};
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
    EcdsaSigPtr sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(bytes, coordinateSize, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + coordinateSize, coordinateSize, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

} // namespace

QStringList JsonWebKey::supportedAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("RS384"),  QStringLiteral("RS512"),
            QStringLiteral("PS256"), QStringLiteral("PS384"),  QStringLiteral("PS512"),
            QStringLiteral("ES256"), QStringLiteral("ES384"),  QStringLiteral("ES512"),
            QStringLiteral("EdDSA"), QStringLiteral("Ed25519")};
}

JsonWebKey JsonWebKey::fromJson(const QJsonObject& jwk, QString* error)
{
    JsonWebKey key;
    auto fail = [&](const char* why) {
        if (error)
            *error = QString::fromLatin1(why);
        return JsonWebKey{};
    };
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    key.m_keyId = jwk.value(QLatin1String("kid")).toString();
    key.m_algorithm = jwk.value(QLatin1String("alg")).toString();
    const auto use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
        key.m_forSignatures = false;
    const auto ops = jwk.value(QLatin1String("key_ops"));
    if (ops.isArray() && !ops.toArray().contains(QLatin1String("verify")))
        key.m_forSignatures = false;

    if (kty == QLatin1String("RSA")) {
        QByteArray n, e;
        if (!member(jwk, "n", &n) || !member(jwk, "e", &e))
            return fail("RSA key without n or e");
        BnPtr bnN = toBignum(n), bnE = toBignum(e);
        ParamBldPtr builder(OSSL_PARAM_BLD_new());
        if (!bnN || !bnE || !builder ||
            !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) ||
            !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()))
            return fail("RSA key could not be built");
        key.m_key = wrap(fromParams("RSA", builder.get()));
        key.m_type = Type::Rsa;
        if (!key.m_key)
            return fail("RSA key rejected by OpenSSL");
        if (EVP_PKEY_get_bits(key.m_key.get()) < 2048)
            return fail("RSA key shorter than 2048 bits");
    } else if (kty == QLatin1String("EC")) {
        key.m_curve = jwk.value(QLatin1String("crv")).toString();
        const int size = ecCoordinateSize(key.m_curve);
        if (size == 0)
            return fail("unsupported EC curve");
        QByteArray x, y;
        if (!member(jwk, "x", &x) || !member(jwk, "y", &y) || x.size() != size || y.size() != size)
            return fail("EC key without proper x and y");
        const QByteArray point = QByteArray(1, '\x04') + x + y;
        const QByteArray group = key.m_curve.toLatin1();
        ParamBldPtr builder(OSSL_PARAM_BLD_new());
        if (!builder ||
            !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group.constData(),
                                             0) ||
            !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                              static_cast<size_t>(point.size())))
            return fail("EC key could not be built");
        key.m_key = wrap(fromParams("EC", builder.get()));
        key.m_type = Type::Ec;
        if (!key.m_key || !publicKeyChecks(key.m_key.get()))
            return fail("EC key rejected by OpenSSL (not a point on the curve)");
    } else if (kty == QLatin1String("OKP")) {
        key.m_curve = jwk.value(QLatin1String("crv")).toString();
        if (key.m_curve != QLatin1String("Ed25519"))
            return fail("unsupported OKP curve");
        QByteArray x;
        if (!member(jwk, "x", &x) || x.size() != 32)
            return fail("Ed25519 key without proper x");
        key.m_key = wrap(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                     reinterpret_cast<const unsigned char*>(x.constData()),
                                                     static_cast<size_t>(x.size())));
        key.m_type = Type::Okp;
        if (!key.m_key)
            return fail("Ed25519 key rejected by OpenSSL");
    } else {
        return fail("unsupported key type");
    }
    if (error)
        error->clear();
    return key;
}

bool JsonWebKey::canVerify(const QString& alg) const
{
    if (!m_key || !m_forSignatures || !supportedAlgorithms().contains(alg))
        return false;
    if (!m_algorithm.isEmpty() && m_algorithm != alg)
        return false;
    if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS")))
        return m_type == Type::Rsa;
    if (alg == QLatin1String("ES256"))
        return m_type == Type::Ec && m_curve == QLatin1String("P-256");
    if (alg == QLatin1String("ES384"))
        return m_type == Type::Ec && m_curve == QLatin1String("P-384");
    if (alg == QLatin1String("ES512"))
        return m_type == Type::Ec && m_curve == QLatin1String("P-521");
    return m_type == Type::Okp; // EdDSA / Ed25519
}

bool JsonWebKey::verify(const QString& alg, QByteArrayView signingInput, QByteArrayView signature) const
{
    if (!canVerify(alg) || signature.isEmpty())
        return false;
    MdCtxPtr md(EVP_MD_CTX_new());
    if (!md)
        return false;
    EVP_PKEY_CTX* pctx = nullptr;
    QByteArray der;
    QByteArrayView sig = signature;
    if (m_type == Type::Okp) {
        if (EVP_DigestVerifyInit(md.get(), &pctx, nullptr, nullptr, m_key.get()) != 1)
            return false;
    } else {
        const EVP_MD* digest = digestFor(alg);
        if (!digest || EVP_DigestVerifyInit(md.get(), &pctx, digest, nullptr, m_key.get()) != 1)
            return false;
        if (alg.startsWith(QLatin1String("PS")) &&
            (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
            return false;
        if (m_type == Type::Ec) {
            der = ecdsaRawToDer(signature, ecCoordinateSize(m_curve));
            if (der.isEmpty())
                return false;
            sig = der;
        }
    }
    return EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char*>(sig.data()),
                            static_cast<size_t>(sig.size()),
                            reinterpret_cast<const unsigned char*>(signingInput.data()),
                            static_cast<size_t>(signingInput.size())) == 1;
}

} // namespace harness::core
