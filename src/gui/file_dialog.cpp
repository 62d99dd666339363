// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/file_dialog.h"

#include <QFileDialog>

namespace harness::gui {

QStringList FileDialog::s_nextAnswers;
QString FileDialog::s_lastCaption;
QString FileDialog::s_lastSuggestion;

bool FileDialog::takeAnswer(const QString& caption, const QString& suggestion, QString* answer)
{
    s_lastCaption = caption;
    s_lastSuggestion = suggestion;
    if (s_nextAnswers.isEmpty())
        return false;
    *answer = s_nextAnswers.takeFirst();
    return true;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter, bool confirmOverwrite)
{
    QString answer;
    if (takeAnswer(caption, suggested, &answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options()
                                                         : QFileDialog::DontConfirmOverwrite);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& filter)
{
    QString answer;
    if (takeAnswer(caption, directory, &answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    QString answer;
    if (takeAnswer(caption, directory, &answer))
        return answer;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextAnswer(const QString& path)
{
    s_nextAnswers = {path};
}

void FileDialog::setNextAnswers(const QStringList& paths)
{
    s_nextAnswers = paths;
}

QString FileDialog::lastCaption()
{
    return s_lastCaption;
}

QString FileDialog::lastSuggestion()
{
    return s_lastSuggestion;
}

} // namespace harness::gui
