// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/message_box.h"

#include <QPushButton>

namespace harness::gui {

QList<QMessageBox::StandardButton> MessageBox::s_nextAnswers;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QMap<QMessageBox::StandardButton, QString>& buttonTexts)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (auto* button = box.button(it.key()))
            button->setText(it.value());
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    ask(parent, icon, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswers = {answer};
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton>& answers)
{
    s_nextAnswers = answers;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace harness::gui
