// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace harness::core {

/// Harness's translations (the .qm files embedded under :/i18n by the harness_translations
/// library) and Qt's own, installed by the same rule in the app and in harness-cli: the
/// language setting (UserSettings::language), else the system's (LANGUAGE/LC_ALL/LC_MESSAGES/LANG).
/// English text is the source; harness_en only holds English plural forms.
class Translations final {
public:
    /// The locale a language setting stands for: its BCP-47 code ("de", "zh-CN", "zh_CN"), or
    /// the system's when the setting is empty.
    static QLocale localeFor(const QString& languageSetting);

    /// Installs the translators on `app`, replacing those an earlier call installed (text
    /// already shown keeps its language; the app applies a changed setting on restart). Returns the
    /// language of the translation that was loaded ("de", "zh_CN", ...), or "en" when the
    /// language has none and English is shown.
    static QString install(QCoreApplication& app, const QString& languageSetting);

    /// The languages shipped besides English, as codes for UserSettings::language
    /// ("de", "es", "fr", "ja", "zh_CN"), sorted.
    static QStringList available();

    /// A language's name in that language, for a language menu: "Deutsch", "Français",
    /// "中文 (中国)".
    static QString nativeName(const QString& code);

    /// The directory the .qm files are read from.
    static QString resourceDirectory();
};

} // namespace harness::core
