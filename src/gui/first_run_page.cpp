// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/first_run_page.h"

#include "core/store/harness_repository.h"
#include "gui/harness_form.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace harness::gui {

FirstRunPage::FirstRunPage(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QWidget(this);
    column->setMinimumWidth(460);
    column->setMaximumWidth(600);
    auto* layout = new QVBoxLayout(column);

    auto* title = new QLabel(tr("Welcome to Harness Desktop"), column);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto* intro =
        new QLabel(tr("Let's build your first harness: a model, the tools it may use, and how it should "
                      "behave. You can add MCP tool servers and change everything later."),
                   column);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(12);

    core::Harness defaults;
    defaults.name = tr("My harness");
    defaults.model = QStringLiteral("anthropic/claude-sonnet-4");
    m_form = new HarnessForm(store, column);
    m_form->load(defaults);
    layout->addWidget(m_form);

    m_error = new QLabel(column);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* create = new QPushButton(tr("Create harness"), column);
    create->setObjectName(QStringLiteral("createHarnessButton"));
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &FirstRunPage::create);
    layout->addWidget(create, 0, Qt::AlignRight);

    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);
}

FirstRunPage::~FirstRunPage() = default;

void FirstRunPage::create()
{
    core::Harness harness;
    harness.status = core::HarnessStatus::Started;
    QString problem = m_form->apply(harness);
    if (problem.isEmpty()) {
        if (auto error = m_store.harnesses().create(harness))
            problem = error.userMessage();
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        Q_EMIT harnessCreated(harness.id);
}

} // namespace harness::gui
