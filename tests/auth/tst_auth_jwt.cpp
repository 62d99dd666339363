// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// JWT / JWK parsing and ID token verification, with keys generated here by OpenSSL.
#include "core/auth/id_token_verifier.h"
#include "core/auth/jwk_set.h"
#include "core/auth/pkce.h"
#include "jwt_test_keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace harness::core;
using harness::test::TestKey;

namespace {

const QString kIssuer = QStringLiteral("https://id.example.test");
const QString kClient = QStringLiteral("desktop-client");
constexpr qint64 kNow = 1'800'000'000;

/// One verification: a token made from header + payload (unless `token` is set), checked against
/// `keys` with `expect`.
struct Case {
    QJsonObject header;
    QJsonObject payload;
    QByteArray token;
    QList<QJsonObject> keys;
    IdTokenVerifier::Expectations expect;
    const TestKey* signer = nullptr;
};
using Mutation = std::function<void(Case&)>;

QByteArray keySetJson(const QList<QJsonObject>& keys)
{
    QJsonArray array;
    for (const auto& key : keys)
        array.append(key);
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson();
}

QJsonObject modified(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(harness::core::AuthError::Kind)

class TestAuthJwt final : public QObject {
    Q_OBJECT

    // Generated once: RSA key generation is the slow part.
    QHash<QString, TestKey> m_keys;

    const TestKey& key(const QString& kind)
    {
        if (!m_keys.contains(kind))
            m_keys.insert(kind, TestKey::generate(kind, kind.toLower() + QStringLiteral("-key")));
        return m_keys[kind];
    }

private slots:
    void verify_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<AuthError::Kind>("expected");
        using K = AuthError::Kind;
        const Mutation none = [](Case&) {
        };
        const auto claim = [](const char* name, QJsonValue value) {
            return Mutation([name = QString::fromLatin1(name), value](Case& c) {
                c.payload = modified(c.payload, name, value);
            });
        };
        const QJsonValue absent(QJsonValue::Undefined);

        for (const char* alg : {"RS256", "PS256", "ES256", "ES384", "ES512", "EdDSA"})
            QTest::addRow("valid %s", alg) << QString::fromLatin1(alg) << none << K::None;

        QTest::newRow("expired beyond leeway")
            << QStringLiteral("ES256") << claim("exp", double(kNow - 61)) << K::TokenExpired;
        QTest::newRow("expired within leeway")
            << QStringLiteral("ES256") << claim("exp", double(kNow - 30)) << K::None;
        QTest::newRow("expiry not checked on restore") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.payload.insert(QStringLiteral("exp"), double(kNow - 3600));
            c.expect.checkExpiry = false;
        }) << K::None;
        QTest::newRow("iat in the future")
            << QStringLiteral("ES256") << claim("iat", double(kNow + 120)) << K::TokenNotYetValid;
        QTest::newRow("iat within leeway")
            << QStringLiteral("ES256") << claim("iat", double(kNow + 30)) << K::None;
        QTest::newRow("nbf in the future")
            << QStringLiteral("ES256") << claim("nbf", double(kNow + 120)) << K::TokenNotYetValid;
        QTest::newRow("nbf not a number")
            << QStringLiteral("ES256") << claim("nbf", QStringLiteral("soon")) << K::TokenMalformed;
        QTest::newRow("no exp") << QStringLiteral("ES256") << claim("exp", absent) << K::TokenMalformed;
        QTest::newRow("exp as string")
            << QStringLiteral("ES256") << claim("exp", QString::number(kNow + 300)) << K::TokenMalformed;
        QTest::newRow("no iat") << QStringLiteral("ES256") << claim("iat", absent) << K::TokenMalformed;
        QTest::newRow("no sub") << QStringLiteral("ES256") << claim("sub", absent) << K::TokenMalformed;
        QTest::newRow("issuer with trailing slash")
            << QStringLiteral("ES256") << claim("iss", QString(kIssuer + QLatin1Char('/')))
            << K::TokenIssuerMismatch;
        QTest::newRow("no issuer") << QStringLiteral("ES256") << claim("iss", absent)
                                   << K::TokenIssuerMismatch;
        QTest::newRow("issuer as array")
            << QStringLiteral("ES256") << claim("iss", QJsonArray{kIssuer}) << K::TokenIssuerMismatch;
        QTest::newRow("other audience")
            << QStringLiteral("ES256") << claim("aud", QStringLiteral("other")) << K::TokenAudienceMismatch;
        QTest::newRow("audiences with azp") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.payload.insert(QStringLiteral("aud"), QJsonArray{kClient, QStringLiteral("api")});
            c.payload.insert(QStringLiteral("azp"), kClient);
        }) << K::None;
        QTest::newRow("audiences without azp")
            << QStringLiteral("ES256") << claim("aud", QJsonArray{kClient, QStringLiteral("api")})
            << K::TokenAudienceMismatch;
        QTest::newRow("azp of another client")
            << QStringLiteral("ES256") << claim("azp", QStringLiteral("other")) << K::TokenAudienceMismatch;
        QTest::newRow("no nonce") << QStringLiteral("ES256") << claim("nonce", absent) << K::NonceMismatch;
        QTest::newRow("other nonce") << QStringLiteral("ES256") << claim("nonce", QStringLiteral("n-2"))
                                     << K::NonceMismatch;
        QTest::newRow("refresh: no nonce is fine") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.payload.remove(QStringLiteral("nonce"));
            c.expect.nonceRequired = false;
        }) << K::None;
        QTest::newRow("refresh: other nonce") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.payload.insert(QStringLiteral("nonce"), QStringLiteral("n-2"));
            c.expect.nonceRequired = false;
        }) << K::NonceMismatch;
        QTest::newRow("replayed nonce") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.expect.usedNonces.insert(QStringLiteral("n-1"));
        }) << K::NonceReplayed;
        QTest::newRow("subject changed (refresh)") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.expect.subject = QStringLiteral("someone-else");
        }) << K::TokenMalformed;

        QTest::newRow("alg none") << QStringLiteral("RS256") << Mutation([](Case& c) {
            c.token = harness::test::jsonPart(QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}) +
                      '.' + harness::test::jsonPart(c.payload) + '.';
        }) << K::UnsupportedAlgorithm;
        QTest::newRow("HS256 keyed with the public key") << QStringLiteral("RS256") << Mutation([](Case& c) {
            c.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
            const QByteArray input =
                harness::test::jsonPart(c.header) + '.' + harness::test::jsonPart(c.payload);
            c.token = input + '.' + harness::test::base64Url(QByteArray(32, 'x'));
        }) << K::UnsupportedAlgorithm;
        QTest::newRow("alg off the allow-list") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.expect.allowedAlgorithms = {QStringLiteral("RS256")};
        }) << K::UnsupportedAlgorithm;
        QTest::newRow("unknown kid") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.header.insert(QStringLiteral("kid"), QStringLiteral("nope"));
        }) << K::UnknownSigningKey;
        QTest::newRow("no kid, key found by alg")
            << QStringLiteral("ES256") << Mutation([](Case& c) { c.header.remove(QStringLiteral("kid")); })
            << K::None;
        QTest::newRow("empty JWKS") << QStringLiteral("ES256") << Mutation([](Case& c) { c.keys.clear(); })
                                    << K::UnknownSigningKey;
        QTest::newRow("key of the wrong curve under the kid")
            << QStringLiteral("ES256") << Mutation([this](Case& c) {
                   QJsonObject other = key(QStringLiteral("ES384")).publicJwk(false);
                   other.insert(QStringLiteral("kid"), c.header.value(QLatin1String("kid")));
                   c.keys = {other};
               })
            << K::UnknownSigningKey;
        QTest::newRow("encryption key under the kid") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.keys.first().insert(QStringLiteral("use"), QStringLiteral("enc"));
        }) << K::UnknownSigningKey;
        QTest::newRow("signed by another key with the same kid")
            << QStringLiteral("ES256") << Mutation([](Case& c) {
                   static const TestKey intruder =
                       TestKey::generate(QStringLiteral("ES256"), QStringLiteral("x"));
                   c.signer = &intruder;
               })
            << K::BadSignature;
        QTest::newRow("RS256 signature presented as PS256")
            << QStringLiteral("RS256") << Mutation([this](Case& c) {
                   c.keys = {key(QStringLiteral("RS256")).publicJwk(false)}; // a key usable for both
                   const QByteArray token = key(QStringLiteral("RS256")).sign(c.header, c.payload);
                   QJsonObject header = c.header;
                   header.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
                   const auto parts = token.split('.');
                   c.token = harness::test::jsonPart(header) + '.' + parts[1] + '.' + parts[2];
               })
            << K::BadSignature;
        QTest::newRow("claim changed after signing") << QStringLiteral("EdDSA") << Mutation([this](Case& c) {
            const QByteArray token = key(QStringLiteral("EdDSA")).sign(c.header, c.payload);
            const auto parts = token.split('.');
            c.token =
                parts[0] + '.' +
                harness::test::jsonPart(modified(c.payload, QStringLiteral("sub"), QStringLiteral("admin"))) +
                '.' + parts[2];
        }) << K::BadSignature;
        QTest::newRow("truncated ECDSA signature") << QStringLiteral("ES256") << Mutation([this](Case& c) {
            const QByteArray token = key(QStringLiteral("ES256")).sign(c.header, c.payload);
            c.token = token.left(token.size() - 4);
        }) << K::BadSignature;
        QTest::newRow("critical header") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.header.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
        }) << K::TokenMalformed;
        QTest::newRow("JWE (five parts)")
            << QStringLiteral("ES256") << Mutation([](Case& c) { c.token = "a.b.c.d.e"; })
            << K::TokenMalformed;
        QTest::newRow("padded base64") << QStringLiteral("ES256") << Mutation([this](Case& c) {
            c.token = key(QStringLiteral("ES256")).sign(c.header, c.payload) + "==";
        }) << K::TokenMalformed;
        QTest::newRow("payload not JSON") << QStringLiteral("ES256") << Mutation([](Case& c) {
            c.token =
                harness::test::jsonPart(c.header) + '.' + harness::test::base64Url("not json") + ".AAAA";
        }) << K::TokenMalformed;
    }

    void verify()
    {
        QFETCH(QString, alg);
        QFETCH(Mutation, mutate);
        QFETCH(AuthError::Kind, expected);
        const TestKey& signer = key(alg);
        QVERIFY(signer.isValid());
        Case c;
        c.header = {{QStringLiteral("alg"), alg},
                    {QStringLiteral("kid"), signer.kid()},
                    {QStringLiteral("typ"), QStringLiteral("JWT")}};
        c.payload = {{QStringLiteral("iss"), kIssuer},
                     {QStringLiteral("sub"), QStringLiteral("user-1")},
                     {QStringLiteral("aud"), kClient},
                     {QStringLiteral("exp"), double(kNow + 300)},
                     {QStringLiteral("iat"), double(kNow - 10)},
                     {QStringLiteral("nonce"), QStringLiteral("n-1")},
                     {QStringLiteral("email"), QStringLiteral("user@example.test")}};
        c.keys = {signer.publicJwk(), key(QStringLiteral("RS256")).publicJwk()};
        c.expect.issuer = kIssuer;
        c.expect.clientId = kClient;
        c.expect.nonce = QStringLiteral("n-1");
        c.expect.now = kNow;
        c.signer = &signer;
        mutate(c);
        const QByteArray token = c.token.isEmpty() ? c.signer->sign(c.header, c.payload) : c.token;
        QString error;
        const JwkSet keys = JwkSet::fromJson(keySetJson(c.keys), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const auto result = IdTokenVerifier::verify(token, keys, c.expect);
        QCOMPARE(AuthError::kindName(result.error.kind), AuthError::kindName(expected));
        if (expected == AuthError::Kind::None) {
            QCOMPARE(result.claims.subject, QStringLiteral("user-1"));
            QCOMPARE(result.claims.email, QStringLiteral("user@example.test"));
            QCOMPARE(result.claims.issuer, kIssuer);
        } else {
            QVERIFY(result.claims.subject.isEmpty()); // nothing of a rejected token leaks out
        }
    }

    void jwkRejection_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("usable");
        const QJsonObject ec = key(QStringLiteral("ES256")).publicJwk(false);
        QTest::newRow("good EC") << ec << QStringLiteral("ES256") << true;
        QByteArray y;
        QVERIFY(pkce::base64UrlDecode(ec.value(QLatin1String("y")).toString().toLatin1(), &y));
        y[y.size() - 1] = static_cast<char>(y[y.size() - 1] ^ 0x01);
        QTest::newRow("EC point off the curve")
            << modified(ec, QStringLiteral("y"), QString::fromLatin1(pkce::base64UrlEncode(y)))
            << QStringLiteral("ES256") << false;
        QTest::newRow("EC short x") << modified(ec, QStringLiteral("x"), QStringLiteral("AAAA"))
                                    << QStringLiteral("ES256") << false;
        QTest::newRow("EC unknown curve") << modified(ec, QStringLiteral("crv"), QStringLiteral("secp256k1"))
                                          << QStringLiteral("ES256") << false;
        QTest::newRow("RSA 1024 bits")
            << key(QStringLiteral("RSA1024")).publicJwk() << QStringLiteral("RS256") << false;
        const QJsonObject rsa = key(QStringLiteral("RS256")).publicJwk();
        QTest::newRow("good RSA") << rsa << QStringLiteral("RS256") << true;
        QTest::newRow("RSA key for another alg") << rsa << QStringLiteral("PS256") << false;
        QTest::newRow("RSA for ES256")
            << modified(rsa, QStringLiteral("alg"), absentValue()) << QStringLiteral("ES256") << false;
        QTest::newRow("key_ops without verify")
            << modified(rsa, QStringLiteral("key_ops"), QJsonArray{QStringLiteral("encrypt")})
            << QStringLiteral("RS256") << false;
        QTest::newRow("symmetric key") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                      {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}}
                                       << QStringLiteral("HS256") << false;
        QTest::newRow("Ed448") << modified(key(QStringLiteral("EdDSA")).publicJwk(), QStringLiteral("crv"),
                                           QStringLiteral("Ed448"))
                               << QStringLiteral("EdDSA") << false;
    }
    void jwkRejection()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, alg);
        QFETCH(bool, usable);
        QString error;
        const JsonWebKey parsed = JsonWebKey::fromJson(jwk, &error);
        QCOMPARE(parsed.isValid() && parsed.canVerify(alg), usable);
        if (!parsed.isValid())
            QVERIFY(!error.isEmpty());
    }

    void jwksDocument()
    {
        QString error;
        QVERIFY(JwkSet::fromJson("{\"no\":1}", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        // Unusable keys are skipped, the rest stays usable.
        const QJsonObject weak = key(QStringLiteral("RSA1024")).publicJwk();
        const JwkSet set =
            JwkSet::fromJson(keySetJson({weak, key(QStringLiteral("ES256")).publicJwk()}), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(set.size(), 1);
    }

    void pkceMatchesRfc7636()
    {
        // RFC 7636 appendix B
        QCOMPARE(pkce::s256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray verifier = pkce::makeVerifier();
        QCOMPARE(verifier.size(), 43);
        QVERIFY(verifier != pkce::makeVerifier());
        QByteArray out;
        QVERIFY(!pkce::base64UrlDecode("ab+/", &out)); // standard alphabet
        QVERIFY(!pkce::base64UrlDecode("abc=", &out)); // padding
        QVERIFY(pkce::base64UrlDecode("YWJj", &out));
        QCOMPARE(out, QByteArray("abc"));
    }

private:
    static QJsonValue absentValue() { return QJsonValue(QJsonValue::Undefined); }
};

QTEST_GUILESS_MAIN(TestAuthJwt)
#include "tst_auth_jwt.moc"
