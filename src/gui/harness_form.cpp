// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/harness_form.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace harness::gui {

HarnessForm::HarnessForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("harnessName"));
    m_name->setAccessibleName(tr("Harness name"));
    m_name->setPlaceholderText(tr("e.g. Research assistant"));
    form->addRow(tr("&Name:"), m_name);
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("harnessModel"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setPlaceholderText(tr("Model id, e.g. anthropic/claude-sonnet-4"));
    form->addRow(tr("&Model:"), m_model);
    m_systemPrompt = new QPlainTextEdit(this);
    m_systemPrompt->setObjectName(QStringLiteral("harnessSystemPrompt"));
    m_systemPrompt->setAccessibleName(tr("System prompt"));
    m_systemPrompt->setPlaceholderText(tr("Optional: how the model should behave"));
    m_systemPrompt->setTabChangesFocus(true);
    form->addRow(tr("&System prompt:"), m_systemPrompt);
}

HarnessForm::~HarnessForm() = default;

void HarnessForm::load(const core::Harness& harness)
{
    m_name->setText(harness.name);
    m_model->setText(harness.model);
    m_systemPrompt->setPlainText(harness.systemPrompt);
}

QString HarnessForm::apply(core::Harness& harness) const
{
    const QString name = m_name->text().trimmed();
    const QString model = m_model->text().trimmed();
    if (name.isEmpty())
        return tr("Give the harness a name.");
    if (model.isEmpty())
        return tr("Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.");
    if (model.contains(QLatin1Char(' ')))
        return tr("A model id has no spaces, e.g. anthropic/claude-sonnet-4.");
    harness.name = name;
    harness.model = model;
    harness.systemPrompt = m_systemPrompt->toPlainText().trimmed();
    return {};
}

} // namespace harness::gui
