// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/mcp/mcp_server_dialog.h"

#include "core/engine/engine.h"
#include "core/mcp/mcp_server_log.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/store.h"
#include "core/store/tool_policy_repository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace harness::gui {

namespace {

using core::McpClient;
using core::McpServerLog;
using core::ToolPolicy;
using core::ToolPolicyRule;

enum Choice { Default = 0, Ask = 1, Always = 2, Never = 3 };

QString sourceName(McpServerLog::Source source)
{
    switch (source) {
    case McpServerLog::Source::Stderr:
        return QStringLiteral("stderr");
    case McpServerLog::Source::Server:
        return QStringLiteral("server");
    case McpServerLog::Source::Client:
        break;
    }
    return QStringLiteral("client");
}

QString logLine(const McpServerLog::Entry& e)
{
    return QStringLiteral("%1 [%2 %3] %4")
        .arg(e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), sourceName(e.source), e.level,
             e.text);
}

int specificity(const ToolPolicyRule& r)
{
    return (r.harnessId == ToolPolicyRule::Any ? 0 : 4) + (r.serverId == ToolPolicyRule::Any ? 0 : 2) +
           (r.toolName == ToolPolicyRule::Any ? 0 : 1);
}

} // namespace

McpServerDialog::McpServerDialog(core::Store& store, core::Engine& engine, const QString& serverId,
                                 QWidget* parent)
    : QDialog(parent), m_store(store), m_engine(engine), m_serverId(serverId)
{
    setObjectName(QStringLiteral("mcpServerDialog"));
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("serverTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("serverWhere"));
    m_where->setTextFormat(Qt::PlainText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);
    layout->addWidget(m_where);

    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    m_reconnect = new QPushButton(tr("Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->setAccessibleName(tr("Reconnect to the server"));
    connect(m_reconnect, &QPushButton::clicked, this, &McpServerDialog::reconnect);
    statusRow->addWidget(m_reconnect);
    layout->addLayout(statusRow);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("serverTabs"));
    auto* toolsPage = new QWidget(tabs);
    auto* toolsLayout = new QVBoxLayout(toolsPage);
    m_scope = new QLabel(toolsPage);
    m_scope->setObjectName(QStringLiteral("policyScope"));
    m_scope->setWordWrap(true);
    toolsLayout->addWidget(m_scope);
    m_tools = new QTreeWidget(toolsPage);
    m_tools->setObjectName(QStringLiteral("toolsTree"));
    m_tools->setAccessibleName(tr("Tools of the server"));
    m_tools->setRootIsDecorated(false);
    m_tools->setHeaderLabels({tr("Tool"), tr("Hints"), tr("When the model calls it")});
    m_tools->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tools->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tools->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    toolsLayout->addWidget(m_tools);
    tabs->addTab(toolsPage, tr("Tools"));

    auto* logPage = new QWidget(tabs);
    auto* logLayout = new QVBoxLayout(logPage);
    m_log = new QPlainTextEdit(logPage);
    m_log->setObjectName(QStringLiteral("serverLog"));
    m_log->setAccessibleName(tr("Server log"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addWidget(m_log);
    auto* copy = new QPushButton(tr("Copy log"), logPage);
    copy->setObjectName(QStringLiteral("copyLogButton"));
    copy->setAccessibleName(tr("Copy the whole log"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_log->toPlainText()); });
    logLayout->addWidget(copy, 0, Qt::AlignRight);
    tabs->addTab(logPage, tr("Log"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto server = m_store.mcpServers().get(serverId);
    if (!server.ok()) {
        setWindowTitle(tr("MCP server"));
        m_title->setText(tr("This MCP server no longer exists."));
        m_reconnect->setEnabled(false);
        tabs->setEnabled(false);
        return;
    }
    m_serverName = server.value.config.name;
    setWindowTitle(tr("MCP server %1").arg(m_serverName));
    m_title->setText(m_serverName);
    const auto& config = server.value.config;
    m_where->setText(config.isStdio()
                         ? QStringList(QStringList{config.command} + config.args).join(QLatin1Char(' '))
                         : config.url.toString());

    auto& registry = m_engine.mcp();
    connect(&registry, &core::McpServerRegistry::serverStateChanged, this, [this](const QString& name) {
        if (name == m_serverName) {
            attachClient();
            updateStatus();
        }
    });
    connect(&registry, &core::McpServerRegistry::toolsChanged, this, &McpServerDialog::rebuildTools);
    // Queued: a choice in a tool's combo box changes the policies, and the rebuild replaces that box.
    connect(&m_store, &core::Store::toolPoliciesChanged, this, &McpServerDialog::rebuildTools,
            Qt::QueuedConnection);
    connect(&m_store, &core::Store::mcpServersChanged, this, [this] {
        attachClient(); // a changed config gets a new client
        updateStatus();
        rebuildTools();
    });
    setHarness(QString());
    attachClient();
    if (m_client && server.value.enabled && m_client->state() == McpClient::State::Idle) {
        // Connect to show live status and tools (waits for keychain tokens like any use).
        auto* listing = registry.listTools({m_serverName});
        connect(listing, &core::McpToolListing::finished, listing, &QObject::deleteLater);
    }
    updateStatus();
    rebuildTools();
    resize(720, 560);
}

McpServerDialog::~McpServerDialog() = default;

void McpServerDialog::setHarness(const QString& harnessId)
{
    m_harnessId = harnessId;
    if (harnessId.isEmpty()) {
        m_scope->setText(tr("Choices here apply to every harness that uses this server."));
    } else {
        const auto harness = m_store.harnesses().get(harnessId);
        m_scope->setText(tr("Choices here apply to the harness \"%1\" only.")
                             .arg(harness.ok() ? harness.value.name : harnessId));
    }
    rebuildTools();
}

void McpServerDialog::attachClient()
{
    core::McpClient* client = m_serverName.isEmpty() ? nullptr : m_engine.mcp().client(m_serverName);
    if (client == m_client)
        return;
    if (m_client) {
        m_client->disconnect(this);
        m_client->log()->disconnect(this);
    }
    m_client = client;
    if (m_client) {
        connect(m_client->log(), &McpServerLog::entryAdded, this,
                [this](const McpServerLog::Entry& entry) { appendLog(logLine(entry)); });
        connect(m_client, &McpClient::stateChanged, this, &McpServerDialog::updateStatus);
        connect(m_client, &McpClient::toolsChanged, this, &McpServerDialog::rebuildTools);
    }
    reloadLog();
}

void McpServerDialog::reloadLog()
{
    m_log->clear();
    if (!m_client)
        return;
    for (const auto& entry : m_client->log()->entries())
        m_log->appendPlainText(logLine(entry));
}

void McpServerDialog::appendLog(const QString& line)
{
    m_log->appendPlainText(line);
}

void McpServerDialog::updateStatus()
{
    if (!m_client) {
        m_status->setText(tr("Switched off: enable the server in its settings to use it."));
        m_reconnect->setEnabled(false);
        m_details->clear();
        return;
    }
    m_reconnect->setEnabled(true);
    m_reconnect->setText(tr("Reconnect"));
    switch (m_client->state()) {
    case McpClient::State::Idle:
        m_status->setText(tr("Not running. It starts when a conversation uses it."));
        m_reconnect->setText(tr("Connect"));
        break;
    case McpClient::State::Starting:
        m_status->setText(tr("Connecting…"));
        break;
    case McpClient::State::Ready:
        m_status->setText(tr("Connected"));
        break;
    case McpClient::State::Stopping:
        m_status->setText(tr("Stopping…"));
        break;
    case McpClient::State::Failed:
        m_status->setText(tr("Failed: %1").arg(m_client->errorString()));
        break;
    }
    QStringList details;
    if (!m_client->protocolVersion().isEmpty())
        details << tr("Protocol %1").arg(m_client->protocolVersion());
    const QJsonObject info = m_client->serverInfo();
    if (!info.isEmpty())
        details << QStringLiteral("%1 %2").arg(info.value(QLatin1String("name")).toString(),
                                               info.value(QLatin1String("version")).toString());
    if (m_client->isReady())
        details << tr("%n tool(s)", nullptr, int(m_client->tools().size()));
    m_details->setText(details.join(QStringLiteral(" · ")));
}

void McpServerDialog::reconnect()
{
    if (!m_client)
        return;
    if (m_client->state() == McpClient::State::Ready || m_client->state() == McpClient::State::Starting)
        m_client->stop();
    m_engine.mcp().ensureStarted(m_serverName); // starts again once stopped
    updateStatus();
}

void McpServerDialog::rebuildTools()
{
    if (!m_tools)
        return;
    // The old boxes go later (one may be sending the signal that got us here); unnamed at once.
    for (int i = 0; i < m_tools->topLevelItemCount(); ++i) {
        if (QWidget* old = m_tools->itemWidget(m_tools->topLevelItem(i), 2)) {
            old->setObjectName(QString());
            old->hide();
            old->deleteLater();
        }
    }
    m_tools->clear();
    if (!m_client) {
        updateStatus();
        return;
    }
    const QString harness = m_harnessId.isEmpty() ? ToolPolicyRule::Any : m_harnessId;
    const QList<ToolPolicyRule> rules = m_store.toolPolicies().list().value;
    for (const core::McpTool& tool : m_client->tools()) {
        auto* item = new QTreeWidgetItem(m_tools);
        item->setText(0, tool.displayName() == tool.name
                             ? tool.name
                             : QStringLiteral("%1 (%2)").arg(tool.displayName(), tool.name));
        item->setToolTip(0, tool.description);
        item->setData(0, Qt::UserRole, tool.name);
        QStringList hints;
        if (tool.readOnlyHint())
            hints << tr("read-only");
        else if (tool.destructiveHint())
            hints << tr("destructive");
        else
            hints << tr("changes things");
        if (tool.annotations.value(QLatin1String("idempotentHint")).toBool())
            hints << tr("idempotent");
        if (tool.annotations.value(QLatin1String("openWorldHint")).toBool(false))
            hints << tr("reaches outside");
        item->setText(1, hints.join(QStringLiteral(", ")));

        // The rule of exactly this scope, and what applies without it.
        std::optional<ToolPolicyRule> exact;
        std::optional<ToolPolicyRule> inherited;
        for (const ToolPolicyRule& r : rules) {
            const bool matches = (r.harnessId == harness || r.harnessId == ToolPolicyRule::Any) &&
                                 (r.serverId == m_serverId || r.serverId == ToolPolicyRule::Any) &&
                                 (r.toolName == tool.name || r.toolName == ToolPolicyRule::Any) &&
                                 !(r.toolName != ToolPolicyRule::Any && r.serverId == ToolPolicyRule::Any);
            if (!matches)
                continue;
            if (r.harnessId == harness && r.serverId == m_serverId && r.toolName == tool.name)
                exact = r;
            else if (!inherited || specificity(r) > specificity(*inherited))
                inherited = r;
        }
        const ToolPolicy fallback =
            inherited ? inherited->policy : (tool.readOnlyHint() ? ToolPolicy::Always : ToolPolicy::Ask);
        const QString fallbackText = fallback == ToolPolicy::Always  ? tr("always allow")
                                     : fallback == ToolPolicy::Never ? tr("never")
                                                                     : tr("ask");
        auto* combo = new QComboBox(m_tools);
        combo->setObjectName(QStringLiteral("policy_") + tool.name);
        combo->setAccessibleName(tr("Approval for %1").arg(tool.displayName()));
        //: %1 is what applies when nothing is chosen for this tool: ask, always allow or never
        combo->addItem(tr("Default (%1)").arg(fallbackText));
        combo->addItem(tr("Ask each time"));
        combo->addItem(tr("Always allow"));
        combo->addItem(tr("Never"));
        int current = Default;
        if (exact)
            current = exact->policy == ToolPolicy::Ask      ? Ask
                      : exact->policy == ToolPolicy::Always ? Always
                                                            : Never;
        combo->setCurrentIndex(current);
        const QString name = tool.name;
        connect(combo, &QComboBox::activated, this, [this, name](int choice) { setPolicy(name, choice); });
        m_tools->setItemWidget(item, 2, combo);
    }
    updateStatus();
}

void McpServerDialog::setPolicy(const QString& tool, int choice)
{
    const QString harness = m_harnessId.isEmpty() ? ToolPolicyRule::Any : m_harnessId;
    if (choice == Default) {
        const auto error = m_store.toolPolicies().remove(harness, m_serverId, tool);
        if (error && error.kind != core::StoreError::Kind::NotFound)
            m_status->setText(tr("Could not save the choice: %1").arg(error.userMessage()));
        return;
    }
    ToolPolicyRule rule;
    rule.harnessId = harness;
    rule.serverId = m_serverId;
    rule.toolName = tool;
    rule.policy = choice == Ask ? ToolPolicy::Ask : choice == Always ? ToolPolicy::Always : ToolPolicy::Never;
    if (const auto error = m_store.toolPolicies().set(rule))
        m_status->setText(tr("Could not save the choice: %1").arg(error.userMessage()));
}

} // namespace harness::gui
