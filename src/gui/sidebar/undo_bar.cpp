// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/sidebar/undo_bar.h"

#include "gui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>

namespace harness::gui {

UndoBar::UndoBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("undoBar"));
    setAccessibleName(tr("Undo delete"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("undoText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMinimumWidth(0);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
    m_undo = new QPushButton(themedIcon(QStringLiteral("undo")), tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAccessibleName(tr("Undo delete"));
    m_undo->setToolTip(tr("Bring the conversation back"));
    connect(m_undo, &QPushButton::clicked, this, &UndoBar::undoRequested);
    layout->addWidget(m_undo);
    hide();
}

void UndoBar::showFor(const QString& title)
{
    m_title = title.isEmpty() ? tr("New conversation") : title;
    show();
    updateText();
}

void UndoBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    updateText();
}

void UndoBar::updateText()
{
    //: Shown under the conversation list after a delete, next to the Undo button.
    const QString full = tr("Deleted “%1”").arg(m_title);
    m_text->setToolTip(full);
    const QString prefix = tr("Deleted “%1”").arg(QString());
    const int room = std::max(0, m_text->width() - m_text->fontMetrics().horizontalAdvance(prefix));
    m_text->setText(tr("Deleted “%1”").arg(m_text->fontMetrics().elidedText(m_title, Qt::ElideRight, room)));
}

} // namespace harness::gui
