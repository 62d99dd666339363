// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/servers_step.h"

#include "core/mcp/mcp_servers_json.h"
#include "gui/file_dialog.h"
#include "gui/onboarding/custom_server_dialog.h"
#include "gui/onboarding/server_test_widget.h"
#include "gui/onboarding/wizard_state.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace harness::gui {

namespace {
constexpr int IndexRole = Qt::UserRole;

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

ServersStep::ServersStep(WizardState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("serversStep"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        wrapped(tr("Tools come from MCP servers. Tick the ones this harness may use; select one to see "
                   "what it needs and to test it."),
                this));

    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setAccessibleName(tr("MCP servers"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setMinimumWidth(220);
    m_list->setTextElideMode(Qt::ElideNone);
    row->addWidget(m_list, 5);
    m_detailsArea = new QScrollArea(this);
    m_detailsArea->setObjectName(QStringLiteral("serverDetails"));
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::StyledPanel);
    row->addWidget(m_detailsArea, 4);
    layout->addLayout(row, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("serverSummary"));
    layout->addWidget(m_summary);
    m_report = wrapped({}, this);
    m_report->setObjectName(QStringLiteral("serverImportReport"));
    m_report->hide();
    layout->addWidget(m_report);

    auto* buttons = new QHBoxLayout;
    auto* custom = new QPushButton(tr("Add custom server…"), this);
    custom->setObjectName(QStringLiteral("addCustomServerButton"));
    custom->setToolTip(tr("A local program (stdio) or a remote URL (HTTP) that is not in the list"));
    auto* import = new QPushButton(tr("Import mcpServers file…"), this);
    import->setObjectName(QStringLiteral("importServersButton"));
    import->setToolTip(
        tr("Add the servers of a claude_desktop_config.json, .cursor/mcp.json or similar file"));
    buttons->addWidget(custom);
    buttons->addWidget(import);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(custom, &QPushButton::clicked, this, &ServersStep::addCustom);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Import MCP servers"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        m_report->setText(importFile(path));
        m_report->show();
    });
    connect(m_list, &QListWidget::itemChanged, this, &ServersStep::onItemChanged);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !m_reloading)
            showDetails(item->data(IndexRole).toInt());
    });
    reload();
}

ServersStep::~ServersStep() = default;

void ServersStep::reload()
{
    m_reloading = true;
    m_list->clear();
    const auto addHeader = [this](const QString& text) {
        auto* header = new QListWidgetItem(text, m_list);
        header->setFlags(Qt::NoItemFlags);
        header->setData(IndexRole, -1);
        QFont bold = m_list->font();
        bold.setBold(true);
        header->setFont(bold);
    };
    bool savedHeader = false;
    bool catalogHeader = false;
    QList<int> order; // the user's own servers first, then the catalog
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_state.choices.size(); ++i) {
            if ((m_state.choices.at(i).origin == ServerChoice::Origin::Catalog) == (pass == 1))
                order.append(i);
        }
    }
    for (int i : std::as_const(order)) {
        const ServerChoice& choice = m_state.choices.at(i);
        if (choice.origin != ServerChoice::Origin::Catalog && !savedHeader) {
            addHeader(tr("Your servers"));
            savedHeader = true;
        }
        if (choice.origin == ServerChoice::Origin::Catalog && !catalogHeader) {
            addHeader(tr("Well-known servers"));
            catalogHeader = true;
        }
        QString text = choice.displayName();
        if (choice.needsConnection())
            text +=
                choice.auth() == core::McpServerConfig::AuthKind::OAuth ? tr("  (sign-in)") : tr("  (key)");
        text += QLatin1Char('\n') + choice.description();
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(IndexRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(choice.checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(choice.description());
    }
    m_reloading = false;
    if (!m_details)
        showDetails(-1);
    updateSummary();
}

void ServersStep::select(int index)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IndexRole).toInt() == index) {
            m_list->setCurrentRow(row);
            showDetails(index);
            return;
        }
    }
}

void ServersStep::onItemChanged(QListWidgetItem* item)
{
    if (m_reloading)
        return;
    const int index = item->data(IndexRole).toInt();
    if (index < 0 || index >= m_state.choices.size())
        return;
    const bool checked = item->checkState() == Qt::Checked;
    if (m_state.choices[index].checked == checked)
        return;
    m_state.choices[index].checked = checked;
    // A server that needs answers shows them as soon as it is ticked.
    if (checked && m_list->currentItem() != item)
        select(index);
    updateSummary();
}

void ServersStep::updateSummary()
{
    Q_EMIT choicesChanged();
    QStringList names;
    for (int i : m_state.checkedIndexes())
        names.append(m_state.choices.at(i).displayName());
    m_summary->setText(names.isEmpty() ? tr("No server chosen: the model will answer without tools.")
                                       : tr("Chosen: %1").arg(names.join(QStringLiteral(", "))));
}

void ServersStep::showDetails(int index)
{
    auto* details = new QWidget;
    auto* layout = new QVBoxLayout(details);
    if (index < 0 || index >= m_state.choices.size()) {
        auto* hint = wrapped(tr("Select a server to see what it does and what it needs."), details);
        hint->setAlignment(Qt::AlignCenter);
        layout->addStretch(1);
        layout->addWidget(hint);
        layout->addStretch(1);
        m_detailsArea->setWidget(details);
        m_details = details;
        return;
    }
    ServerChoice& choice = m_state.choices[index];
    auto* title = new QLabel(choice.displayName(), details);
    title->setObjectName(QStringLiteral("serverDetailsTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    if (choice.origin == ServerChoice::Origin::Catalog) {
        layout->addWidget(wrapped(choice.entry.description, details));
        auto* home = wrapped(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(choice.entry.homepage.toString().toHtmlEscaped(), tr("Project page")),
                             details);
        home->setOpenExternalLinks(true);
        layout->addWidget(home);
    }
    const bool stdio =
        choice.origin == ServerChoice::Origin::Catalog ? choice.entry.isStdio() : choice.config.isStdio();
    const QString launch =
        choice.origin == ServerChoice::Origin::Catalog ? choice.entry.commandLine() : choice.description();
    auto* how = wrapped(QStringLiteral("%1 <code>%2</code>")
                            .arg(stdio ? tr("Runs:") : tr("Address:"), launch.toHtmlEscaped()),
                        details);
    how->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(how);
    if (stdio) {
        const QString command =
            choice.origin == ServerChoice::Origin::Catalog ? choice.entry.command : choice.config.command;
        if (core::McpServerProbe::resolveCommand(command).isEmpty()) {
            auto* missing =
                wrapped(tr("\"%1\" is not installed on this computer; the server cannot start until it "
                           "is. Test shows how to get it.")
                            .arg(command),
                        details);
            missing->setStyleSheet(QStringLiteral("color: #b26a00"));
            layout->addWidget(missing);
        }
    }

    if (choice.origin == ServerChoice::Origin::Catalog && !choice.entry.inputs.isEmpty()) {
        auto* form = new QFormLayout;
        for (const auto& input : choice.entry.inputs) {
            auto* field = new QLineEdit(choice.inputs.value(input.key), details);
            field->setObjectName(QStringLiteral("serverInput_") + input.key);
            field->setAccessibleName(input.label);
            field->setPlaceholderText(input.description);
            field->setToolTip(input.description);
            connect(field, &QLineEdit::textChanged, this,
                    [this, index, key = input.key](const QString& text) {
                        m_state.choices[index].inputs.insert(key, text);
                    });
            auto* row = new QHBoxLayout;
            row->addWidget(field, 1);
            if (input.kind == core::McpCatalogInput::Kind::Folder ||
                input.kind == core::McpCatalogInput::Kind::File) {
                auto* browse = new QPushButton(tr("Browse…"), details);
                browse->setAccessibleName(tr("Browse for %1").arg(input.label));
                const bool folder = input.kind == core::McpCatalogInput::Kind::Folder;
                connect(browse, &QPushButton::clicked, this, [this, field, folder, label = input.label] {
                    const QString path =
                        folder ? FileDialog::existingDirectory(this, label, field->text())
                               : FileDialog::saveFileName(this, label, field->text(), {}, false);
                    if (!path.isEmpty())
                        field->setText(path);
                });
                row->addWidget(browse);
            }
            form->addRow(input.label + QLatin1Char(':'), row);
        }
        layout->addLayout(form);
    }

    if (choice.needsConnection()) {
        layout->addWidget(
            wrapped(choice.auth() == core::McpServerConfig::AuthKind::OAuth
                        ? tr("Needs you to sign in: you will do that on the next page, where it can "
                             "be tested too.")
                        : tr("Needs a key or token: you will enter it on the next page, where it can be "
                             "tested too."),
                    details));
    } else {
        auto* test = new ServerTestWidget(
            [this, index] {
                const ServerChoice& c = m_state.choices.at(index);
                ServerTestRequest request;
                request.config = c.resolvedConfig(&request.problem);
                request.bearerToken = c.bearerToken;
                request.secretEnv = c.envSecrets;
                return request;
            },
            details);
        layout->addWidget(test);
    }
    if (choice.origin == ServerChoice::Origin::Custom) {
        auto* edit = new QPushButton(tr("Edit…"), details);
        edit->setObjectName(QStringLiteral("editCustomServerButton"));
        connect(edit, &QPushButton::clicked, this, [this, index] {
            CustomServerDialog dialog(this);
            dialog.setConfig(m_state.choices.at(index).config);
            if (dialog.exec() != QDialog::Accepted)
                return;
            m_state.choices[index].config = dialog.config();
            if (!dialog.bearerToken().isEmpty())
                m_state.choices[index].bearerToken = dialog.bearerToken();
            reload();
            select(index);
        });
        layout->addWidget(edit, 0, Qt::AlignLeft);
    }
    layout->addStretch(1);
    m_detailsArea->setWidget(details); // deletes the previous details
    m_details = details;
}

QString ServersStep::problem()
{
    for (int i : m_state.checkedIndexes()) {
        QString problem;
        m_state.choices.at(i).resolvedConfig(&problem);
        if (!problem.isEmpty()) {
            select(i);
            return problem;
        }
    }
    return {};
}

void ServersStep::addCustom()
{
    CustomServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int index = m_state.addCustom(dialog.config(), dialog.bearerToken());
    reload();
    select(index);
}

QString ServersStep::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const auto imported = core::McpServersJson::parse(file.readAll());
    if (!imported.documentError.isEmpty())
        return imported.documentError;
    QStringList added;
    int last = -1;
    for (const auto& config : imported.servers) {
        last = m_state.addCustom(config, imported.bearerTokens.value(config.name));
        added.append(config.name);
    }
    QStringList lines;
    lines.append(added.isEmpty() ? tr("No server was added.")
                                 : tr("Added and ticked: %1.").arg(added.join(QStringLiteral(", "))));
    for (const auto& problem : imported.problems)
        lines.append(tr("Not added: %1: %2").arg(problem.entryName, problem.reason));
    reload();
    if (last >= 0)
        select(last);
    return lines.join(QLatin1Char('\n'));
}

} // namespace harness::gui
