// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/oidc_config.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace harness::core {

/// Where a Harness account lives: the OpenID issuer and client id the app signs in with, and the
/// Convex deployment it syncs with. Build-time defaults (CMake cache variables
/// HARNESS_OIDC_ISSUER, HARNESS_OIDC_CLIENT_ID, HARNESS_CONVEX_URL), overridable per device.
struct AccountConfiguration {
    Q_DECLARE_TR_FUNCTIONS(AccountConfiguration)
public:
    QUrl issuer;
    QString clientId;
    QUrl deploymentUrl;

    static AccountConfiguration defaults();
    /// The sign-in part, with the app's default scopes.
    OidcConfig oidc() const;
    /// Empty when usable; otherwise one translated sentence saying what to fix.
    QString validate() const;

    friend bool operator==(const AccountConfiguration&, const AccountConfiguration&) = default;
};

} // namespace harness::core
