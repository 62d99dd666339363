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
/// tests/convex serving the Harness web backend with the desktop module, which trusts exactly that
/// provider's ID tokens.
struct AccountPeers {
    OidcPeer oidc;
    SyncPeers convex;
    QString error;

    /// `oidcArguments`: e.g. {"--ttl", "20"} for short-lived tokens. Missing: the web backend is
    /// not there (the test skips, saying what is missing; under CI=true that is a failure).
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

/// In initTestCase: starts the account peers, skips when the web backend is missing.
#define HARNESS_START_ACCOUNT_PEERS(peers, ...)                                                              \
    do {                                                                                                     \
        const auto started_ = (peers).start(__VA_ARGS__);                                                    \
        if (started_ == harness::test::SyncPeers::Start::Missing)                                            \
            QSKIP(qPrintable((peers).error));                                                                \
        QVERIFY2(started_ == harness::test::SyncPeers::Start::Ok, qPrintable((peers).error));                \
    } while (false)

} // namespace harness::test
