// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness_screenshots: drives the real app widgets through the registered scenes and writes one
// PNG per shot. Run it through tools/screenshots.sh (Xvfb) or with QT_QPA_PLATFORM=offscreen.
#include "core/i18n/translations.h"
#include "gui/theme.h"
#include "screenshot_rig.h"
#include "support/peer_requirement.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>

using harness::test::ScreenshotRig;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("harness-screenshots"));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's own settings
    harness::gui::applyTheme(harness::core::UserSettings::Theme::System); // remember the platform look

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes screenshots of the real app, one PNG per shot."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the PNGs into DIR."),
                                 QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption scene(
        QStringLiteral("scene"), QStringLiteral("Run only scene NAME (repeatable)."), QStringLiteral("NAME"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the scenes and exit."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size (default 1200x760)."),
                                  QStringLiteral("WxH"), QStringLiteral("1200x760"));
    const QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("Show the app in language CODE (de, fr, es, ja, zh_CN)."),
        QStringLiteral("CODE"), QStringLiteral("en"));
    parser.addOptions({out, scene, list, size, language});
    parser.process(app);
    harness::core::Translations::install(app, parser.value(language));

    QTextStream console(stdout);
    if (parser.isSet(list)) {
        for (const auto& s : harness::test::scenes())
            console << s.name << "\t" << s.description << Qt::endl;
        return 0;
    }
    const QStringList sizeParts = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    if (windowSize.width() < 400 || windowSize.height() < 300) {
        QTextStream(stderr) << "--size wants WxH of at least 400x300, e.g. 1200x760" << Qt::endl;
        return 2;
    }
    QDir outDir(parser.value(out));
    if (!outDir.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "cannot create " << outDir.absolutePath() << Qt::endl;
        return 2;
    }
    // Under ctest (which sets HARNESS_TEST_PEERS) missing npm peers follow the suite's rule: fail under
    // CI, skipped elsewhere. Run by hand, every scene reports them.
    if (!harness::test::peersDir().isEmpty()) {
        const QString missing =
            harness::test::missingNpmPeers({QStringLiteral(".bin/mcp-server-everything")});
        if (!missing.isEmpty())
            return harness::test::missingPeerExitCode(QStringLiteral("harness_screenshots"), missing);
    }
    const QStringList wanted = parser.values(scene);
    int failures = 0;
    int ran = 0;
    for (const auto& s : harness::test::scenes()) {
        if (!wanted.isEmpty() && !wanted.contains(s.name))
            continue;
        ++ran;
        QString error;
        {
            ScreenshotRig rig(outDir, windowSize);
            if (rig.error().isEmpty())
                s.run(rig);
            error = rig.error();
        }
        harness::gui::applyTheme(harness::core::UserSettings::Theme::System); // a scene may switch themes
        if (error.isEmpty()) {
            console << "ok    " << s.name << Qt::endl;
        } else {
            ++failures;
            console << "FAIL  " << s.name << ": " << error << Qt::endl;
        }
    }
    if (ran == 0) {
        QTextStream(stderr) << "no scene matched; --list shows them" << Qt::endl;
        return 2;
    }
    console << "PNGs in " << outDir.absolutePath() << Qt::endl;
    return failures == 0 ? 0 : 1;
}
