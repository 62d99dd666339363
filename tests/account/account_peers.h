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
/// tests/convex serving the Harness web backend with the desktop module, which trusts exactly that
/// provider's ID tokens.
struct AccountPeers {
    OidcPeer oidc;
    SyncPeers convex;
    QString error;

    /// Empty when both peers' programs are installed; otherwise what is missing (for
    /// HARNESS_REQUIRE_PEER). The web backend itself is checked by start() (Missing).
    static QString missing()
    {
        const QString oidcMissing = OidcPeer::missing();
        return oidcMissing.isEmpty() ? SyncPeers::missing() : oidcMissing;
    }

    /// `oidcArguments`: e.g. {"--ttl", "20"} for short-lived tokens. Missing: the web backend is
    /// not there (error says what is missing).
    SyncPeers::Start start(const QStringList& oidcArguments = {})
    {
        if (!oidc.start(oidcArguments)) {
            error = oidc.error();
            return SyncPeers::Start::Failed;
        }
        const auto started = convex.startBackend(oidc.issuer(), oidc.clientId());
        if (started != SyncPeers::Start::Ok)
            error = convex.error();
        return started;
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

/// In initTestCase: starts the account peers; a missing peer skips the suite, saying what is
/// missing (fails under CI=true).
#define HARNESS_START_ACCOUNT_PEERS(peers, ...)                                                              \
    do {                                                                                                     \
        HARNESS_REQUIRE_PEER(harness::test::AccountPeers::missing());                                        \
        const auto started_ = (peers).start(__VA_ARGS__);                                                    \
        if (started_ == harness::test::SyncPeers::Start::Missing)                                            \
            HARNESS_REQUIRE_PEER((peers).error);                                                             \
        QVERIFY2(started_ == harness::test::SyncPeers::Start::Ok, qPrintable((peers).error));                \
    } while (false)

} // namespace harness::test
