// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/harness_manager_page.h"

#include "core/mcp/mcp_servers_json.h"
#include "core/secrets/secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "gui/harness_form.h"
#include "gui/message_box.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace harness::gui {

using core::Harness;
using core::HarnessStatus;

HarnessManagerPage::HarnessManagerPage(core::Store& store, core::SecretStore* secrets, QWidget* parent)
    : QWidget(parent), m_store(store), m_secrets(secrets)
{
    setObjectName(QStringLiteral("harnessManagerPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* title = new QLabel(tr("Harnesses"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("harnessTree"));
    m_tree->setAccessibleName(tr("Harnesses"));
    m_tree->setHeaderLabels({tr("Name"), tr("Model"), tr("Tool servers")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HarnessManagerPage::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { editHarness(selectedHarnessId()); });

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New harness…"), this);
    add->setObjectName(QStringLiteral("newHarnessButton"));
    connect(add, &QPushButton::clicked, this, [this] { editHarness({}); });
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editHarnessButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] { editHarness(selectedHarnessId()); });
    m_toggle = new QPushButton(tr("Start"), this);
    m_toggle->setObjectName(QStringLiteral("toggleHarnessButton"));
    connect(m_toggle, &QPushButton::clicked, this, &HarnessManagerPage::toggleStarted);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteHarnessButton"));
    connect(m_delete, &QPushButton::clicked, this, &HarnessManagerPage::removeSelected);
    buttons->addWidget(add);
    auto* import = new QPushButton(tr("Import MCP servers…"), this);
    import->setObjectName(QStringLiteral("importServersButton"));
    import->setToolTip(
        tr("Add the servers of an mcpServers JSON file, as Claude Desktop and Cursor write them"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import MCP servers"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            MessageBox::inform(this, QMessageBox::Information, tr("Import MCP servers"), importServers(path));
    });
    buttons->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(&m_store, &core::Store::harnessesChanged, this, &HarnessManagerPage::reload);
    reload();
}

HarnessManagerPage::~HarnessManagerPage() = default;

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
            auto* item = new QTreeWidgetItem({h.name, h.model, QString::number(h.mcpServerIds.size())});
            item->setData(0, Qt::UserRole, h.id);
            items.append(item);
        }
        if (items.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(label).arg(items.size())});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->addChildren(items);
        group->setExpanded(true);
        for (auto* item : items) {
            if (item->data(0, Qt::UserRole).toString() == selected)
                m_tree->setCurrentItem(item);
        }
    }
    m_tree->setRootIsDecorated(false);
    updateButtons();
}

QString HarnessManagerPage::selectedHarnessId() const
{
    const auto* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void HarnessManagerPage::updateButtons()
{
    const QString id = selectedHarnessId();
    const auto harness = id.isEmpty() ? core::StoreResult<Harness>{} : m_store.harnesses().get(id);
    const bool have = !id.isEmpty() && harness.ok();
    m_edit->setEnabled(have);
    m_delete->setEnabled(have);
    m_toggle->setEnabled(have);
    m_toggle->setText(have && harness.value.status == HarnessStatus::Started ? tr("Stop") : tr("Start"));
}

void HarnessManagerPage::toggleStarted()
{
    auto harness = m_store.harnesses().get(selectedHarnessId());
    if (!harness.ok())
        return;
    harness.value.status =
        harness.value.status == HarnessStatus::Started ? HarnessStatus::Stopped : HarnessStatus::Started;
    if (auto error = m_store.harnesses().update(harness.value))
        Q_EMIT statusMessage(error.userMessage());
}

void HarnessManagerPage::removeSelected()
{
    auto harness = m_store.harnesses().get(selectedHarnessId());
    if (!harness.ok())
        return;
    const auto answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Delete harness"),
        tr("Delete the harness \"%1\"? Conversations that used it are kept.").arg(harness.value.name),
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
    for (const auto& config : imported.servers) {
        core::StoredMcpServer server;
        server.config = config;
        if (auto error = m_store.mcpServers().create(server)) {
            skipped.append(tr("%1: %2").arg(config.name, error.userMessage()));
            continue;
        }
        saved.append(config.name);
        if (imported.bearerTokens.contains(config.name) && m_secrets) {
            m_secrets->write(server.secretKey(), imported.bearerTokens.value(config.name), this,
                             [this, name = config.name](const core::SecretResult& result) {
                                 if (!result.ok())
                                     Q_EMIT statusMessage(
                                         tr("The token of \"%1\" was not saved: %2").arg(name, result.error));
                             });
        }
    }
    QString report = saved.isEmpty()
                         ? tr("No server was added.")
                         : tr("Added: %1. Choose them under \"Tools from\" when you edit a harness.")
                               .arg(saved.join(QStringLiteral(", ")));
    if (!skipped.isEmpty())
        report += QStringLiteral("\n\n") + tr("Not added:") + QStringLiteral("\n") +
                  skipped.join(QLatin1Char('\n'));
    return report;
}

void HarnessManagerPage::editHarness(const QString& id)
{
    Harness harness;
    if (!id.isEmpty()) {
        auto loaded = m_store.harnesses().get(id);
        if (!loaded.ok())
            return;
        harness = loaded.value;
    } else {
        harness.status = HarnessStatus::Started;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(id.isEmpty() ? tr("New harness") : tr("Edit harness"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new HarnessForm(m_store, &dialog);
    form->load(harness);
    layout->addWidget(form);
    auto* error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        QString problem = form->apply(harness);
        if (problem.isEmpty()) {
            const auto result =
                id.isEmpty() ? m_store.harnesses().create(harness) : m_store.harnesses().update(harness);
            problem = result.userMessage();
        }
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            dialog.accept();
    });
    dialog.exec();
}

} // namespace harness::gui
