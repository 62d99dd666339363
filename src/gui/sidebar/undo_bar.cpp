// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/sidebar/undo_bar.h"

#include "gui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

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
    QString shown = title.isEmpty() ? tr("New conversation") : title;
    if (shown.size() > 40)
        shown = shown.left(38).trimmed() + QChar(0x2026);
    m_text->setText(tr("Deleted “%1”").arg(shown));
    m_text->setToolTip(m_text->text());
    show();
}

} // namespace harness::gui
