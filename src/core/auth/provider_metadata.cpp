// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/provider_metadata.h"

#include "core/auth/oidc_config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace harness::core {

namespace {

QUrl endpoint(const QJsonObject& doc, const char* name)
{
    return QUrl(doc.value(QLatin1String(name)).toString(), QUrl::StrictMode);
}

} // namespace

QUrl ProviderMetadata::discoveryUrl(const QUrl& issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/.well-known/openid-configuration"));
    return url;
}

ProviderMetadata ProviderMetadata::fromJson(const QByteArray& json, const QString& configuredIssuer,
                                            QString* error, bool* issuerMismatch)
{
    ProviderMetadata meta;
    *issuerMismatch = false;
    auto fail = [&](QString why) {
        *error = std::move(why);
        return ProviderMetadata{};
    };
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the discovery document is not a JSON object"));
    const QJsonObject object = doc.object();
    meta.issuer = object.value(QLatin1String("issuer")).toString();
    if (meta.issuer != configuredIssuer) {
        *issuerMismatch = true;
        return fail(QStringLiteral("discovery names issuer \"%1\", configured is \"%2\"")
                        .arg(meta.issuer, configuredIssuer));
    }
    meta.authorizationEndpoint = endpoint(object, "authorization_endpoint");
    meta.tokenEndpoint = endpoint(object, "token_endpoint");
    meta.jwksUri = endpoint(object, "jwks_uri");
    for (const auto* name : {"authorization_endpoint", "token_endpoint", "jwks_uri"}) {
        if (!OidcConfig::isAcceptableEndpoint(endpoint(object, name)))
            return fail(QStringLiteral("%1 is missing or not https").arg(QLatin1String(name)));
    }
    const auto optional = [&](const char* name) {
        const QUrl url = endpoint(object, name);
        return OidcConfig::isAcceptableEndpoint(url) ? url : QUrl();
    };
    meta.userinfoEndpoint = optional("userinfo_endpoint");
    meta.revocationEndpoint = optional("revocation_endpoint");
    meta.endSessionEndpoint = optional("end_session_endpoint");
    for (const auto& method : object.value(QLatin1String("code_challenge_methods_supported")).toArray())
        meta.codeChallengeMethods.append(method.toString());
    // S256 is always sent; a provider listing methods without S256 would reject the request.
    if (!meta.codeChallengeMethods.isEmpty() && !meta.codeChallengeMethods.contains(QLatin1String("S256")))
        return fail(QStringLiteral("the provider does not support PKCE S256"));
    error->clear();
    return meta;
}

} // namespace harness::core
