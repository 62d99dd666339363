// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/about_panel.h"

#include "gui/settings/about_dialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace harness::gui {

AboutPanel::AboutPanel(const QString& dataDir, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("aboutPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/harness.svg")).pixmap(56, 56));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(AboutDialog::html(dataDir), this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto* buttons = new QHBoxLayout;
    auto* aboutQt = new QPushButton(tr("About Qt…"), this);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    buttons->addWidget(aboutQt);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

AboutPanel::~AboutPanel() = default;

} // namespace harness::gui
