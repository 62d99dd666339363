// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QWidget;

namespace harness::gui {

/// File and folder choosers behind one small wrapper (like MessageBox), so tests can pre-answer
/// them and never block. Every chooser returns the chosen path, or an empty string when the user
/// cancelled.
class FileDialog final {
public:
    /// Where to save: `suggested` is the proposed path; `filter` as QFileDialog takes it
    /// ("JSON (*.json)"). Asks before overwriting a file unless `confirmOverwrite` is false.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter = {}, bool confirmOverwrite = true);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter = {});
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& directory);

    /// For tests: what the next chooser returns at once, without showing anything (empty: the
    /// user cancelled).
    static void setNextAnswer(const QString& path);
    /// For tests: the answers of the next choosers, in order.
    static void setNextAnswers(const QStringList& paths);
    /// For tests: the caption and the suggested path or folder of the last chooser.
    static QString lastCaption();
    static QString lastSuggestion();

private:
    static bool takeAnswer(const QString& caption, const QString& suggestion, QString* answer);

    static QStringList s_nextAnswers;
    static QString s_lastCaption;
    static QString s_lastSuggestion;
};

} // namespace harness::gui
