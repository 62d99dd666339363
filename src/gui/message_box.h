// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMessageBox>

namespace harness::gui {

/// Modal questions behind one small wrapper, so tests can pre-answer them and never block.
class MessageBox final {
public:
    /// Asks; returns the clicked button. `buttons` are standard buttons; texts may be overridden.
    static QMessageBox::StandardButton
    ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QMap<QMessageBox::StandardButton, QString>& buttonTexts = {});
    static void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);

    /// For tests: the answer the next ask()/inform() returns at once, without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// For tests: the answers of the next questions, in order (a removal asks twice).
    static void setNextAnswers(const QList<QMessageBox::StandardButton>& answers);
    /// For tests: the text of the last message shown or pre-answered.
    static QString lastText();

private:
    static QList<QMessageBox::StandardButton> s_nextAnswers;
    static QString s_lastText;
};

} // namespace harness::gui
