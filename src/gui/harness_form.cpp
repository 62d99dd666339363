// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/harness_form.h"

#include "core/store/mcp_server_repository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace harness::gui {

HarnessForm::HarnessForm(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
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
    m_servers = new QListWidget(this);
    m_servers->setObjectName(QStringLiteral("harnessServers"));
    m_servers->setAccessibleName(tr("MCP tool servers"));
    m_servers->setMaximumHeight(m_servers->fontMetrics().height() * 6);
    const auto servers = m_store.mcpServers().list();
    for (const auto& server : servers.value) {
        auto* item = new QListWidgetItem(server.config.name, m_servers);
        item->setData(Qt::UserRole, server.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(server.config.isStdio() ? server.config.command + QLatin1Char(' ') +
                                                       server.config.args.join(QLatin1Char(' '))
                                                 : server.config.url.toString());
    }
    if (servers.value.isEmpty()) {
        auto* hint = new QListWidgetItem(
            tr("No MCP servers yet: import an mcpServers JSON file in Harnesses."), m_servers);
        hint->setFlags(Qt::NoItemFlags);
    }
    form->addRow(tr("&Tools from:"), m_servers);
}

HarnessForm::~HarnessForm() = default;

void HarnessForm::load(const core::Harness& harness)
{
    m_name->setText(harness.name);
    m_model->setText(harness.model);
    m_systemPrompt->setPlainText(harness.systemPrompt);
    for (int row = 0; row < m_servers->count(); ++row) {
        auto* item = m_servers->item(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(harness.mcpServerIds.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
    }
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
    harness.mcpServerIds.clear();
    for (int row = 0; row < m_servers->count(); ++row) {
        const auto* item = m_servers->item(row);
        if (item->checkState() == Qt::Checked)
            harness.mcpServerIds.append(item->data(Qt::UserRole).toString());
    }
    return {};
}

} // namespace harness::gui
