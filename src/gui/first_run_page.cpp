// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/first_run_page.h"

#include "core/store/harness_repository.h"
#include "gui/onboarding/harness_wizard.h"

#include <QHBoxLayout>

namespace harness::gui {

FirstRunPage::FirstRunPage(core::Store& store, QWidget* parent) : FirstRunPage(store, nullptr, parent)
{}

FirstRunPage::FirstRunPage(core::Store& store, core::Engine* engine, QWidget* parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_wizard = new HarnessWizard(store, engine, this);
    m_wizard->setMaximumWidth(980);
    layout->addWidget(m_wizard);
    m_wizard->startNew(true);
    // Pick up the most recent draft, if the user saved one and left.
    const auto harnesses = store.harnesses().list();
    for (const auto& harness : harnesses.value) {
        if (harness.status == core::HarnessStatus::Draft) {
            m_wizard->editHarness(harness.id);
            break;
        }
    }
    connect(m_wizard, &HarnessWizard::harnessSaved, this, [this](const QString& id, bool) {
        Q_EMIT harnessCreated(id);
        m_wizard->startNew(true); // ready should the user ever come back here
    });
    connect(m_wizard, &HarnessWizard::statusMessage, this, &FirstRunPage::statusMessage);
}

FirstRunPage::~FirstRunPage() = default;

} // namespace harness::gui
