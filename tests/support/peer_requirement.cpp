// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "support/peer_requirement.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

namespace harness::test {

namespace {

const QString kInstallPeers = QStringLiteral("install them with `npm ci` in tests/peers (or run "
                                             "`bash .ci/dev.sh test`, which also installs them)");

QString inSuite(const QString& missing)
{
    const char* function = QTest::currentTestFunction();
    if (function && qstrcmp(function, "initTestCase") == 0)
        return QString::fromLatin1(kSuiteSkippedMarker) + QStringLiteral(": ") + missing;
    return QStringLiteral("missing test peer: ") + missing;
}

} // namespace

bool missingPeerFails()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != QLatin1String("0") && ci != QLatin1String("false");
}

QString peersDir()
{
    return qEnvironmentVariable("HARNESS_TEST_PEERS");
}

QString missingNpmPeers(const QStringList& files, const QString& dir)
{
    if (dir.isEmpty())
        return QStringLiteral("HARNESS_TEST_PEERS is not set (run the test through ctest, which sets it "
                              "to tests/peers)");
    for (const QString& file : files) {
        const QString path = dir + QStringLiteral("/node_modules/") + file;
        if (!QFileInfo::exists(path))
            return QStringLiteral("the npm test peers are not installed (%1 is missing); %2")
                .arg(QDir::toNativeSeparators(path), kInstallPeers);
    }
    return {};
}

QString missingProgram(const QString& program, const QString& aptPackage)
{
    if (!QStandardPaths::findExecutable(program).isEmpty())
        return {};
    return QStringLiteral("%1 is not on PATH; install it with `sudo apt-get install %2`")
        .arg(program, aptPackage);
}

QString missingPinnedNode()
{
    return missingNpmPeers({QStringLiteral(".bin/node")});
}

QString missingConvexBackend()
{
    return missingNpmPeers({QStringLiteral(".bin/node"), QStringLiteral("vite-node/vite-node.mjs"),
                            QStringLiteral("convex-test/package.json"), QStringLiteral("jose/package.json")});
}

bool requirePeer(const QString& missing, const char* file, int line)
{
    if (missing.isEmpty())
        return true;
    if (missingPeerFails()) {
        const QString message =
            QStringLiteral("missing test peer (CI is set, so this fails instead of skipping): ") + missing;
        QTest::qFail(qPrintable(message), file, line);
    } else {
        QTest::qSkip(qPrintable(inSuite(missing)), file, line);
    }
    return false;
}

int missingPeerExitCode(const QString& program, const QString& missing)
{
    if (missingPeerFails()) {
        std::fprintf(stderr, "%s: missing test peer (CI is set, so this fails instead of skipping): %s\n",
                     qPrintable(program), qPrintable(missing));
        return 1;
    }
    std::fprintf(stdout, "%s: %s: %s\n", qPrintable(program), kSuiteSkippedMarker, qPrintable(missing));
    return 0;
}

} // namespace harness::test
