// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/harnesses/harness_manager_page.h"

#include "core/engine/engine.h"
#include "core/llm/web_model_map.h"
#include "core/mcp/mcp_servers_json.h"
#include "core/onboarding/harness_builder.h"
#include "core/secrets/secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "gui/file_dialog.h"
#include "gui/mcp/mcp_server_dialog.h"
#include "gui/message_box.h"
#include "gui/onboarding/harness_wizard.h"

#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace harness::gui {

using core::Harness;
using core::HarnessStatus;
using core::McpClient;

HarnessManagerPage::HarnessManagerPage(core::Store& store, core::Engine& engine, QWidget* parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    setObjectName(QStringLiteral("harnessManagerPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto* listPage = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(listPage);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* title = new QLabel(tr("Harnesses"), listPage);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    layout->addLayout(titleRow);

    m_tree = new QTreeWidget(listPage);
    m_tree->setObjectName(QStringLiteral("harnessTree"));
    m_tree->setAccessibleName(tr("Harnesses"));
    m_tree->setHeaderLabels({tr("Name"), tr("Model"), tr("Tool servers")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 2);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        updateServers();
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedHarnessId().isEmpty())
            editHarness(selectedHarnessId());
    });

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New harness…"), listPage);
    add->setObjectName(QStringLiteral("newHarnessButton"));
    connect(add, &QPushButton::clicked, this, [this] { editHarness({}); });
    m_edit = new QPushButton(tr("Edit…"), listPage);
    m_edit->setObjectName(QStringLiteral("editHarnessButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] { editHarness(selectedHarnessId()); });
    m_toggle = new QPushButton(tr("Start"), listPage);
    m_toggle->setObjectName(QStringLiteral("toggleHarnessButton"));
    connect(m_toggle, &QPushButton::clicked, this, &HarnessManagerPage::toggleStarted);
    m_duplicate = new QPushButton(tr("Duplicate"), listPage);
    m_duplicate->setObjectName(QStringLiteral("duplicateHarnessButton"));
    m_duplicate->setToolTip(tr("Make a copy with the same model, servers and prompt"));
    connect(m_duplicate, &QPushButton::clicked, this, &HarnessManagerPage::duplicateSelected);
    m_delete = new QPushButton(tr("Delete…"), listPage);
    m_delete->setObjectName(QStringLiteral("deleteHarnessButton"));
    connect(m_delete, &QPushButton::clicked, this, &HarnessManagerPage::removeSelected);
    titleRow->addWidget(add);
    auto* import = new QPushButton(tr("Import MCP servers…"), listPage);
    import->setObjectName(QStringLiteral("importServersButton"));
    import->setToolTip(
        tr("Add the servers of an mcpServers JSON file, as Claude Desktop and Cursor write them"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Import MCP servers"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            MessageBox::inform(this, QMessageBox::Information, tr("Import MCP servers"), importServers(path));
    });
    titleRow->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    m_serversBox = new QGroupBox(listPage);
    m_serversBox->setObjectName(QStringLiteral("harnessServerStatus"));
    auto* serversLayout = new QVBoxLayout(m_serversBox);
    m_serversTitle = new QLabel(m_serversBox);
    QFont bold = m_serversTitle->font();
    bold.setBold(true);
    m_serversTitle->setFont(bold);
    serversLayout->addWidget(m_serversTitle);
    m_serverRows = new QVBoxLayout;
    serversLayout->addLayout(m_serverRows);
    serversLayout->addStretch(1);
    layout->addWidget(m_serversBox, 1);
    m_stack->addWidget(listPage);

    m_wizard = new HarnessWizard(store, &engine, m_stack);
    m_wizard->setCancelable(true);
    m_stack->addWidget(m_wizard);
    connect(m_wizard, &HarnessWizard::cancelled, this, &HarnessManagerPage::showList);
    connect(m_wizard, &HarnessWizard::statusMessage, this, &HarnessManagerPage::statusMessage);
    connect(m_wizard, &HarnessWizard::harnessSaved, this, [this](const QString& id, bool created) {
        showList();
        selectHarness(id);
        const auto harness = m_store.harnesses().get(id);
        Q_EMIT statusMessage(created ? tr("Harness \"%1\" created.").arg(harness.value.name)
                                     : tr("Harness \"%1\" saved.").arg(harness.value.name));
    });

    connect(&m_store, &core::Store::harnessesChanged, this, &HarnessManagerPage::reload);
    auto& registry = m_engine.mcp();
    connect(&registry, &core::McpServerRegistry::serverStateChanged, this,
            &HarnessManagerPage::updateServers);
    connect(&registry, &core::McpServerRegistry::serverFailed, this, &HarnessManagerPage::updateServers);
    connect(&registry, &core::McpServerRegistry::toolsChanged, this, &HarnessManagerPage::updateServers);
    reload();
}

HarnessManagerPage::~HarnessManagerPage() = default;

bool HarnessManagerPage::isEditing() const
{
    return m_stack->currentWidget() == m_wizard;
}

void HarnessManagerPage::showList()
{
    m_stack->setCurrentIndex(0);
    reload();
}

void HarnessManagerPage::reload()
{
    const QString selected = selectedHarnessId();
    m_tree->clear();
    auto list = m_store.harnesses().list();
    if (!list.ok()) {
        Q_EMIT statusMessage(list.error.userMessage());
        return;
    }
    const std::array groups{std::pair{HarnessStatus::Started, tr("Active")},
                            std::pair{HarnessStatus::Stopped, tr("Stopped")},
                            std::pair{HarnessStatus::Draft, tr("Drafts")}};
    for (const auto& [status, label] : groups) {
        QList<QTreeWidgetItem*> items;
        for (const auto& h : list.value) {
            if (h.status != status)
                continue;
            auto* item = new QTreeWidgetItem(
                {h.name, h.model.isEmpty() ? tr("(no model yet)") : core::WebModelMap::describe(h.model),
                 tr("%n server(s)", nullptr, int(h.mcpServerIds.size()))});
            item->setData(0, Qt::UserRole, h.id);
            items.append(item);
        }
        if (items.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(label).arg(items.size())});
        group->setFlags(Qt::ItemIsEnabled);
        QFont boldFont = group->font(0);
        boldFont.setBold(true);
        group->setFont(0, boldFont);
        group->addChildren(items);
        group->setExpanded(true);
    }
    if (!selected.isEmpty())
        selectHarness(selected);
    updateButtons();
    updateServers();
}

QString HarnessManagerPage::selectedHarnessId() const
{
    const auto* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void HarnessManagerPage::selectHarness(const QString& harnessId)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        auto* group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->data(0, Qt::UserRole).toString() == harnessId) {
                m_tree->setCurrentItem(group->child(c));
                return;
            }
        }
    }
}

void HarnessManagerPage::updateButtons()
{
    const QString id = selectedHarnessId();
    const auto harness = id.isEmpty() ? core::StoreResult<Harness>{} : m_store.harnesses().get(id);
    const bool have = !id.isEmpty() && harness.ok();
    const bool draft = have && harness.value.status == HarnessStatus::Draft;
    m_edit->setEnabled(have);
    m_edit->setText(draft ? tr("Finish…") : tr("Edit…"));
    m_delete->setEnabled(have);
    m_duplicate->setEnabled(have);
    // A draft becomes a harness through the wizard, where what is missing is asked for.
    m_toggle->setEnabled(have && !draft);
    m_toggle->setText(have && harness.value.status == HarnessStatus::Started ? tr("Stop") : tr("Start"));
}

QString HarnessManagerPage::serverStatus(const QString& serverName) const
{
    auto& registry = m_engine.mcp();
    McpClient* client = registry.client(serverName);
    if (!client)
        return tr("not available (disabled or removed)");
    switch (client->state()) {
    case McpClient::State::Ready:
        return tr("connected · %n tool(s)", nullptr, int(client->tools().size()));
    case McpClient::State::Starting:
        return tr("connecting…");
    case McpClient::State::Stopping:
        return tr("stopping…");
    case McpClient::State::Failed:
        return tr("failed: %1").arg(client->errorString());
    case McpClient::State::Idle:
        break;
    }
    return client->errorString().isEmpty() ? tr("not started (starts when a chat uses it)")
                                           : tr("stopped · last error: %1").arg(client->errorString());
}

void HarnessManagerPage::updateServers()
{
    while (QLayoutItem* item = m_serverRows->takeAt(0)) {
        if (item->layout()) {
            while (QLayoutItem* inner = item->layout()->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    const QString id = selectedHarnessId();
    const auto harness = id.isEmpty() ? core::StoreResult<Harness>{} : m_store.harnesses().get(id);
    if (!harness.ok()) {
        m_serversTitle->setText(tr("Select a harness to see its MCP servers."));
        return;
    }
    m_serversTitle->setText(tr("MCP servers of \"%1\"").arg(harness.value.name));
    if (!harness.value.skills.isEmpty()) {
        QStringList skills;
        for (const auto& skill : harness.value.skills)
            skills.append(skill.description.isEmpty()
                              ? QStringLiteral("<b>%1</b>").arg(skill.name.toHtmlEscaped())
                              : QStringLiteral("<b>%1</b> — %2")
                                    .arg(skill.name.toHtmlEscaped(), skill.description.toHtmlEscaped()));
        auto* label = new QLabel(tr("Skills: %1").arg(skills.join(QStringLiteral("; "))), m_serversBox);
        label->setObjectName(QStringLiteral("harnessSkills"));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_serverRows->addWidget(label);
    }
    if (harness.value.mcpServerIds.isEmpty()) {
        m_serverRows->addWidget(
            new QLabel(tr("No MCP server: the model answers without tools."), m_serversBox));
        return;
    }
    for (const auto& serverId : harness.value.mcpServerIds) {
        const auto server = m_store.mcpServers().get(serverId);
        if (!server.ok())
            continue;
        const QString name = server.value.config.name;
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(m_serversBox);
        label->setObjectName(QStringLiteral("serverStatus_") + name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const QString status = serverStatus(name);
        McpClient* client = m_engine.mcp().client(name);
        const bool failed =
            client && (client->state() == McpClient::State::Failed || !client->errorString().isEmpty());
        const bool ready = client && client->state() == McpClient::State::Ready;
        // Only URL servers travel with the harness to the Harness web app and other devices.
        const QString where = server.value.config.isStdio() ? tr(" · on this device only") : QString();
        label->setText(QStringLiteral("<b>%1</b> — <span style='color:%2'>%3</span>%4")
                           .arg(name.toHtmlEscaped(),
                                ready    ? QStringLiteral("#2e7d32")
                                : failed ? QStringLiteral("#c62828")
                                         : QStringLiteral("palette(text)"),
                                status.toHtmlEscaped(), where.toHtmlEscaped()));
        row->addWidget(label, 1);
        auto* connectButton = new QPushButton(ready ? tr("Reconnect") : tr("Connect"), m_serversBox);
        connectButton->setObjectName(QStringLiteral("connectServer_") + name);
        connectButton->setAccessibleName(tr("Connect to %1").arg(name));
        connectButton->setEnabled(client && client->state() != McpClient::State::Starting);
        connect(connectButton, &QPushButton::clicked, this, [this, name, ready] {
            if (McpClient* c = m_engine.mcp().client(name); c && ready)
                c->refreshTools();
            else
                m_engine.mcp().ensureStarted(name);
            updateServers();
        });
        row->addWidget(connectButton);
        auto* details = new QPushButton(tr("Tools && status…"), m_serversBox);
        details->setObjectName(QStringLiteral("serverDetails_") + name);
        details->setAccessibleName(tr("Tools and status of %1").arg(name));
        details->setToolTip(tr("The server's tools, their approval rules, and its log"));
        connect(details, &QPushButton::clicked, this, [this, serverId, harnessId = id] {
            McpServerDialog dialog(m_store, m_engine, serverId, this);
            dialog.setHarness(harnessId);
            dialog.exec();
        });
        row->addWidget(details);
        m_serverRows->addLayout(row);
    }
}

void HarnessManagerPage::toggleStarted()
{
    auto harness = m_store.harnesses().get(selectedHarnessId());
    if (!harness.ok() || harness.value.status == HarnessStatus::Draft)
        return;
    harness.value.status =
        harness.value.status == HarnessStatus::Started ? HarnessStatus::Stopped : HarnessStatus::Started;
    if (auto error = m_store.harnesses().update(harness.value))
        Q_EMIT statusMessage(error.userMessage());
}

void HarnessManagerPage::duplicateSelected()
{
    const auto copy = core::HarnessBuilder::duplicate(m_store, selectedHarnessId());
    if (!copy.ok()) {
        Q_EMIT statusMessage(copy.error.userMessage());
        return;
    }
    selectHarness(copy.value.id);
    Q_EMIT statusMessage(tr("Made \"%1\". Edit it, then start it.").arg(copy.value.name));
}

void HarnessManagerPage::removeSelected()
{
    auto harness = m_store.harnesses().get(selectedHarnessId());
    if (!harness.ok())
        return;
    const auto answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Delete harness"),
        tr("Delete the harness \"%1\"? Conversations that used it are kept, and so are its MCP servers.")
            .arg(harness.value.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes)
        return;
    if (auto error = m_store.harnesses().remove(harness.value.id))
        Q_EMIT statusMessage(error.userMessage());
}

QString HarnessManagerPage::importServers(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const auto imported = core::McpServersJson::parse(file.readAll());
    if (!imported.documentError.isEmpty())
        return imported.documentError;
    QStringList saved;
    QStringList skipped;
    for (const auto& problem : imported.problems)
        skipped.append(tr("%1: %2").arg(problem.entryName, problem.reason));
    core::SecretStore* secrets = m_engine.secrets();
    for (const auto& config : imported.servers) {
        core::StoredMcpServer server;
        server.config = config;
        if (auto error = m_store.mcpServers().create(server)) {
            skipped.append(tr("%1: %2").arg(config.name, error.userMessage()));
            continue;
        }
        saved.append(config.name);
        if (imported.bearerTokens.contains(config.name) && secrets) {
            secrets->write(server.secretKey(), imported.bearerTokens.value(config.name), this,
                           [this, name = config.name](const core::SecretResult& result) {
                               if (result.ok())
                                   m_engine.reloadMcpServers(); // the token was written after the server
                               else
                                   Q_EMIT statusMessage(
                                       tr("The token of \"%1\" was not saved: %2").arg(name, result.error));
                           });
        }
    }
    QString report = saved.isEmpty()
                         ? tr("No server was added.")
                         : tr("Added: %1. Tick them on the MCP servers page when you edit a harness.")
                               .arg(saved.join(QStringLiteral(", ")));
    if (!skipped.isEmpty())
        report += QStringLiteral("\n\n") + tr("Not added:") + QStringLiteral("\n") +
                  skipped.join(QLatin1Char('\n'));
    return report;
}

void HarnessManagerPage::editHarness(const QString& harnessId)
{
    if (harnessId.isEmpty())
        m_wizard->startNew(false);
    else if (!m_wizard->editHarness(harnessId))
        return;
    m_stack->setCurrentWidget(m_wizard);
}

} // namespace harness::gui
