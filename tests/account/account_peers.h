// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/account/account_configuration.h"
#include "core/secrets/secret_store.h"
#include "oidc_peer.h"
#include "support/peer_requirement.h"
#include "support/secret_io.h"
#include "support/wait_until.h"
#include "sync_peers.h"

namespace harness::test {

/// The real peers of a Harness account on 127.0.0.1: the OpenID provider of tests/auth
/// (oidc-provider, the test "browser" completes its login) and the local Convex test backend of
/// tests/convex running our convex/ functions, which trusts exactly that provider's ID tokens.
struct AccountPeers {
    OidcPeer oidc;
    SyncPeers convex;
    QString error;

    /// Empty when both peers can run; otherwise what is missing (for HARNESS_REQUIRE_PEER).
    static QString missing()
    {
        const QString oidcMissing = OidcPeer::missing();
        return oidcMissing.isEmpty() ? missingConvexBackend() : oidcMissing;
    }

    /// `oidcArguments`: e.g. {"--ttl", "20"} for short-lived tokens.
    bool start(const QStringList& oidcArguments = {})
    {
        if (!oidc.start(oidcArguments)) {
            error = oidc.error();
            return false;
        }
        if (!convex.startBackend(oidc.issuer(), oidc.clientId())) {
            error = convex.error();
            return false;
        }
        return true;
    }

    core::AccountConfiguration configuration() const
    {
        core::AccountConfiguration config;
        config.issuer = oidc.issuer();
        config.clientId = oidc.clientId();
        config.deploymentUrl = convex.deploymentUrl();
        return config;
    }
};

} // namespace harness::test
