// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/server_test_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace harness::gui {

ServerTestWidget::ServerTestWidget(RequestFn request, QWidget* parent)
    : QWidget(parent), m_request(std::move(request))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(tr("Test"), this);
    m_button->setObjectName(QStringLiteral("testServerButton"));
    m_button->setAccessibleName(tr("Test the server"));
    m_button->setToolTip(tr("Start the server, connect and list its tools"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testServerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_status, 1);
    connect(m_button, &QPushButton::clicked, this, &ServerTestWidget::start);
    connect(&m_probe, &core::McpServerProbe::finished, this, &ServerTestWidget::show);
}

ServerTestWidget::~ServerTestWidget() = default;

void ServerTestWidget::setAuthorizationOpener(core::McpAuthorizationOpener* opener)
{
    m_probe.setAuthorizationOpener(opener);
}

void ServerTestWidget::setButtonText(const QString& text)
{
    m_button->setText(text);
}

void ServerTestWidget::setTimeout(int ms)
{
    m_probe.setTimeout(ms);
}

QString ServerTestWidget::statusText() const
{
    return m_status->text();
}

void ServerTestWidget::start()
{
    const ServerTestRequest request = m_request();
    if (!request.problem.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c62828"));
        m_status->setText(request.problem);
        return;
    }
    m_button->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Connecting to %1…").arg(request.config.name));
    m_probe.start(request.config, request.bearerToken, request.secretEnv);
}

void ServerTestWidget::show(const core::McpProbeResult& result)
{
    m_button->setEnabled(true);
    if (result.ok()) {
        QStringList names;
        for (const auto& tool : result.tools)
            names.append(tool.name);
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32"));
        QString text = tr("Connected to %1: %n tool(s).", nullptr, int(result.tools.size()))
                           .arg(result.serverName.isEmpty() ? tr("the server") : result.serverName);
        m_status->setText(text);
        m_status->setToolTip(names.join(QStringLiteral(", ")));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #c62828"));
        m_status->setText(result.error);
        m_status->setToolTip({});
    }
    Q_EMIT tested(result);
}

} // namespace harness::gui
