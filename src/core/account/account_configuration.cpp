// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/account/account_configuration.h"

#ifndef HARNESS_CONVEX_URL
#define HARNESS_CONVEX_URL ""
#endif

namespace harness::core {

AccountConfiguration AccountConfiguration::defaults()
{
    const OidcConfig oidc = OidcConfig::defaults();
    AccountConfiguration config;
    config.issuer = oidc.issuer;
    config.clientId = oidc.clientId;
    config.deploymentUrl = QUrl(QStringLiteral(HARNESS_CONVEX_URL));
    return config;
}

OidcConfig AccountConfiguration::oidc() const
{
    OidcConfig config;
    config.issuer = issuer;
    config.clientId = clientId.trimmed();
    config.scopes = OidcConfig::defaultScopes();
    return config;
}

QString AccountConfiguration::validate() const
{
    if (issuer.isEmpty())
        return tr("No sign-in service is configured. Enter its issuer URL under Settings > Account > "
                  "Advanced.");
    if (!OidcConfig::isAcceptableEndpoint(issuer) || issuer.hasQuery())
        return tr("The issuer URL \"%1\" is not usable: it must start with https:// (http:// only for "
                  "this computer, e.g. http://127.0.0.1:8080).")
            .arg(issuer.toString());
    if (clientId.trimmed().isEmpty())
        return tr("The client id is empty. Enter the desktop app's client id under Settings > Account > "
                  "Advanced.");
    if (deploymentUrl.isEmpty())
        return tr("No sync service is configured. Enter the Convex deployment URL under Settings > "
                  "Account > Advanced.");
    if (!OidcConfig::isAcceptableEndpoint(deploymentUrl) || deploymentUrl.hasQuery())
        return tr("The deployment URL \"%1\" is not usable: it must start with https:// (http:// only "
                  "for this computer).")
            .arg(deploymentUrl.toString());
    return {};
}

} // namespace harness::core
