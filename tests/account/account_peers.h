// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/account/account_configuration.h"
#include "core/secrets/secret_store.h"
#include "oidc_peer.h"
#include "sync_peers.h"

#include <QDeadlineTimer>
#include <QTest>
#include <functional>
#include <optional>

namespace harness::test {

/// The real peers of a Harness account on 127.0.0.1: the OpenID provider of tests/auth
/// (oidc-provider, the test "browser" completes its login) and the local Convex test backend of
/// tests/convex running our convex/ functions, which trusts exactly that provider's ID tokens.
struct AccountPeers {
    OidcPeer oidc;
    SyncPeers convex;
    QString error;

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

inline bool waitUntil(const std::function<bool()>& done, int ms = 40'000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

/// Reads a secret synchronously (the store answers on the event loop).
inline core::SecretResult readSecret(core::SecretStore& store, const QString& key)
{
    std::optional<core::SecretResult> answer;
    store.read(key, nullptr, [&answer](const core::SecretResult& result) { answer = result; });
    if (!waitUntil([&answer] { return answer.has_value(); }, 20'000))
        return core::SecretResult{core::SecretResult::Status::Failed, {}, QStringLiteral("timed out")};
    return *answer;
}

} // namespace harness::test
