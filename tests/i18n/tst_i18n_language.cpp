// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/engine.h"
#include "core/i18n/translations.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/settings_repository.h"
#include "gui/main_window.h"
#include "support/run_cli.h"
#include "support/temp_store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTest>
#include <QTranslator>

using namespace harness::core;
using harness::gui::MainWindow;
using harness::test::TempStore;

namespace {

/// Every text a user sees in `root`: buttons, labels, placeholders, actions, the window title.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts{root->windowTitle()};
    for (auto* button : root->findChildren<QAbstractButton*>())
        texts << button->text() << button->toolTip();
    for (auto* label : root->findChildren<QLabel*>())
        texts << label->text();
    for (auto* edit : root->findChildren<QLineEdit*>())
        texts << edit->placeholderText();
    for (auto* action : root->findChildren<QAction*>())
        texts << action->text();
    texts.removeAll(QString());
    return texts;
}

/// harness-cli (harness::test::runCli) with the given arguments, data directory and LANG
/// (LC_ALL and LANGUAGE unset).
harness::test::CliRun runCli(const QStringList& args, const QString& dataDir, const QString& lang)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("HARNESS_DATA_DIR"), dataDir);
    return harness::test::runCli(args, env);
}

} // namespace

class TestI18nLanguage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(qEnvironmentVariable("HARNESS_CLI")),
                 "HARNESS_CLI must name the built harness-cli");
    }

    void shipsFiveLanguages()
    {
        QCOMPARE(Translations::available(),
                 QStringList({QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                              QStringLiteral("ja"), QStringLiteral("zh_CN")}));
    }

    void settingNamesTheLocale_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh");
        QTest::newRow("BCP-47 zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ja");
    }
    void settingNamesTheLocale()
    {
        QFETCH(QString, setting);
        QFETCH(QString, language);
        QCOMPARE(QLocale::languageToCode(Translations::localeFor(setting).language()), language);
    }

    /// Each shipped .qm translates the app's own strings, including the plural forms.
    void everyLanguageIsTranslated_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString& code : Translations::available())
            QTest::newRow(qPrintable(code)) << code;
    }
    void everyLanguageIsTranslated()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("harness_") + code, Translations::resourceDirectory()));
        const QString settings = translator.translate("harness::gui::Sidebar", "Settings");
        QVERIFY2(!settings.isEmpty() && settings != QLatin1String("Settings"), qPrintable(settings));
        const QString one = translator.translate("harness::gui::Sidebar", "%n result(s)", nullptr, 1);
        const QString many = translator.translate("harness::gui::Sidebar", "%n result(s)", nullptr, 5);
        QVERIFY2(one.contains(QLatin1String("%n")) && many.contains(QLatin1String("%n")),
                 qPrintable(one + QStringLiteral(" / ") + many));
    }

    /// A later install replaces the earlier one (the app starts in the system's language and
    /// switches to the setting once the store is open).
    void laterInstallReplacesEarlier()
    {
        QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        const QString french = QCoreApplication::translate("harness::gui::Sidebar", "Settings");
        QCOMPARE(Translations::install(*qApp, QStringLiteral("ja")), QStringLiteral("ja"));
        const QString japanese = QCoreApplication::translate("harness::gui::Sidebar", "Settings");
        QVERIFY2(french != QLatin1String("Settings") && japanese != QLatin1String("Settings") &&
                     french != japanese,
                 qPrintable(french + QStringLiteral(" / ") + japanese));
    }

    /// With English (or a language we do not ship), English reads right for one and for many.
    void englishPluralForms()
    {
        QCOMPARE(Translations::install(*qApp, QStringLiteral("it")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("harness::gui::Sidebar", "%n result(s)", nullptr, 1),
                 QStringLiteral("1 result"));
        QCOMPARE(QCoreApplication::translate("harness::gui::Sidebar", "%n result(s)", nullptr, 3),
                 QStringLiteral("3 results"));
    }

    /// What main.cpp does with the setting 'de': the main window speaks German.
    void mainWindowInGerman()
    {
        TempStore temp;
        UserSettings settings;
        settings.language = QStringLiteral("de");
        QVERIFY(!temp.store->settings().save(settings));
        QCOMPARE(Translations::install(*qApp, temp.store->settings().load().value.language),
                 QStringLiteral("de"));

        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList texts = visibleTexts(&window);
        QVERIFY2(texts.contains(QStringLiteral("Einstellungen")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        for (const char* english :
             {"Settings", "New chat", "Manage harnesses", "Search conversations (Ctrl+K)"})
            QVERIFY2(!texts.contains(QLatin1String(english)), english);

        // Settings offers every shipped language by its own name (applied on restart).
        auto* languages = window.findChild<QComboBox*>(QStringLiteral("languageBox"));
        QVERIFY(languages);
        QStringList codes;
        for (int i = 0; i < languages->count(); ++i)
            codes << languages->itemData(i).toString();
        for (const QString& code : Translations::available())
            QVERIFY2(codes.contains(code), qPrintable(code));
        QVERIFY(languages->findText(QStringLiteral("Deutsch")) >= 0);
        QVERIFY(languages->findText(QStringLiteral("日本語")) >= 0);
    }

    /// harness-cli follows LANG when no language is set, and the setting over LANG.
    void cliFollowsLangThenSetting()
    {
        QTemporaryDir empty;
        const auto german = runCli({QStringLiteral("--help")}, empty.path(), QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QStringLiteral("Aufruf: harness-cli")), qPrintable(german.out));
        QVERIFY2(!german.out.contains(QStringLiteral("Usage:")), qPrintable(german.out));
        QVERIFY2(!QFile::exists(empty.filePath(QStringLiteral("harness.db"))),
                 "--help must not create a store");

        const auto english = runCli({QStringLiteral("--help")}, empty.path(), QStringLiteral("C.UTF-8"));
        QVERIFY2(english.out.contains(QStringLiteral("Usage: harness-cli")), qPrintable(english.out));

        TempStore temp;
        UserSettings settings;
        settings.language = QStringLiteral("fr");
        QVERIFY(!temp.store->settings().save(settings));
        const auto french = runCli({QStringLiteral("conversations"), QStringLiteral("list")}, temp.dir.path(),
                                   QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(french.exitCode, 0);
        QCOMPARE(french.out.trimmed(), QStringLiteral("Aucune conversation pour l’instant."));
    }
};

QTEST_MAIN(TestI18nLanguage)
#include "tst_i18n_language.moc"
