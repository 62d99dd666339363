// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace harness::core {

namespace {
const QString FilePrefix = QStringLiteral("harness");
const QString English = QStringLiteral("en");

/// What the last install() put in place, so a later call replaces it.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool installOne(QTranslator* translator)
{
    if (!QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed().append(translator);
    return true;
}
} // namespace

QString Translations::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QLocale Translations::localeFor(const QString& languageSetting)
{
    if (languageSetting.trimmed().isEmpty())
        return QLocale::system();
    QString code = languageSetting.trimmed();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QLocale(code);
}

QString Translations::install(QCoreApplication& app, const QString& languageSetting)
{
    const QLocale locale = localeFor(languageSetting);
    const QString dir = resourceDirectory();
    for (const auto& previous : std::as_const(installed())) {
        if (previous) {
            QCoreApplication::removeTranslator(previous);
            delete previous.data();
        }
    }
    installed().clear();

    // English plural forms first: later translators are asked first, so a language we ship
    // answers before English, and English fills in for any language we do not ship.
    auto* english = new QTranslator(&app);
    if (english->load(FilePrefix + QLatin1Char('_') + English, dir))
        installOne(english);
    else
        delete english;

    QString loaded = English;
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, FilePrefix, QStringLiteral("_"), dir) && ours->language() != English) {
        const QString language = ours->language();
        if (installOne(ours))
            loaded = QString(language).replace(QLatin1Char('-'), QLatin1Char('_'));
    } else {
        delete ours;
    }

    // Qt's own texts (standard buttons, QCommandLineParser's errors), when Qt ships them.
    auto* qt = new QTranslator(&app);
    if (loaded != English && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installOne(qt);
    else
        delete qt;
    return loaded;
}

QString Translations::nativeName(const QString& code)
{
    const QLocale locale = localeFor(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    if (code.contains(QLatin1Char('_')) || code.contains(QLatin1Char('-')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? code : name;
}

QStringList Translations::available()
{
    QStringList codes;
    const auto files =
        QDir(resourceDirectory()).entryList({FilePrefix + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(FilePrefix.size() + 1).chopped(3);
        if (code != English)
            codes.append(code);
    }
    codes.sort();
    return codes;
}

} // namespace harness::core
