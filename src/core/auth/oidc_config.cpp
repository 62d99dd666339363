// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/oidc_config.h"

#include <QHostAddress>

#ifndef HARNESS_OIDC_ISSUER
#define HARNESS_OIDC_ISSUER "https://clerk.harness.dev"
#endif
#ifndef HARNESS_OIDC_CLIENT_ID
#define HARNESS_OIDC_CLIENT_ID "harness-desktop"
#endif

namespace harness::core {

OidcConfig OidcConfig::defaults()
{
    OidcConfig config;
    config.issuer = QUrl(QStringLiteral(HARNESS_OIDC_ISSUER));
    config.clientId = QStringLiteral(HARNESS_OIDC_CLIENT_ID);
    config.scopes = defaultScopes();
    return config;
}

QStringList OidcConfig::defaultScopes()
{
    return {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
            QStringLiteral("offline_access")};
}

bool OidcConfig::isAcceptableEndpoint(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString OidcConfig::validate() const
{
    if (!isAcceptableEndpoint(issuer))
        return QStringLiteral("issuer must be an https URL (http only on a loopback address)");
    if (issuer.hasQuery())
        return QStringLiteral("issuer must not have a query");
    if (clientId.trimmed().isEmpty())
        return QStringLiteral("client id is empty");
    if (!scopes.contains(QLatin1String("openid")))
        return QStringLiteral("scopes must contain openid");
    return {};
}

} // namespace harness::core
