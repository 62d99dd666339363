// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/custom_server_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace harness::gui {

namespace {

/// "KEY=value" lines (or "Key: value" for headers) into a map; returns the first bad line.
QString parsePairs(const QString& text, QChar separator, QMap<QString, QString>& out)
{
    out.clear();
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype at = line.indexOf(separator);
        if (at <= 0)
            return line;
        out.insert(line.left(at).trimmed(), line.mid(at + 1).trimmed());
    }
    return {};
}

QString pairsText(const QMap<QString, QString>& map, const QString& separator)
{
    QStringList lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        lines.append(it.key() + separator + it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CustomServerDialog::CustomServerDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("customServerDialog"));
    setWindowTitle(tr("Add an MCP server"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customServerName"));
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("Short, e.g. notes; tools appear as notes__<tool>"));
    top->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("customServerKind"));
    m_kind->setAccessibleName(tr("How the server runs"));
    m_kind->addItem(tr("Local program (stdio)"));
    m_kind->addItem(tr("Remote server (HTTP)"));
    top->addRow(tr("&Runs as:"), m_kind);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    auto* stdio = new QWidget(m_pages);
    auto* stdioForm = new QFormLayout(stdio);
    stdioForm->setContentsMargins(0, 0, 0, 0);
    m_command = new QLineEdit(stdio);
    m_command->setObjectName(QStringLiteral("customServerCommand"));
    m_command->setAccessibleName(tr("Command"));
    m_command->setPlaceholderText(tr("e.g. npx, uvx, docker or a full path"));
    stdioForm->addRow(tr("&Command:"), m_command);
    m_args = new QLineEdit(stdio);
    m_args->setObjectName(QStringLiteral("customServerArgs"));
    m_args->setAccessibleName(tr("Arguments"));
    m_args->setPlaceholderText(
        tr("e.g. -y @modelcontextprotocol/server-memory (quote arguments with spaces)"));
    stdioForm->addRow(tr("&Arguments:"), m_args);
    m_env = new QPlainTextEdit(stdio);
    m_env->setObjectName(QStringLiteral("customServerEnv"));
    m_env->setAccessibleName(tr("Environment variables"));
    m_env->setPlaceholderText(
        tr("One NAME=value per line (not for secrets: they would be saved unencrypted)"));
    m_env->setTabChangesFocus(true);
    m_env->setMaximumHeight(fontMetrics().height() * 5);
    stdioForm->addRow(tr("&Environment:"), m_env);
    m_cwd = new QLineEdit(stdio);
    m_cwd->setAccessibleName(tr("Working folder"));
    m_cwd->setPlaceholderText(tr("Optional"));
    stdioForm->addRow(tr("&Working folder:"), m_cwd);
    m_pages->addWidget(stdio);

    auto* http = new QWidget(m_pages);
    auto* httpForm = new QFormLayout(http);
    httpForm->setContentsMargins(0, 0, 0, 0);
    m_url = new QLineEdit(http);
    m_url->setObjectName(QStringLiteral("customServerUrl"));
    m_url->setAccessibleName(tr("URL"));
    m_url->setPlaceholderText(tr("https://example.com/mcp"));
    httpForm->addRow(tr("&URL:"), m_url);
    m_auth = new QComboBox(http);
    m_auth->setObjectName(QStringLiteral("customServerAuth"));
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->addItem(tr("None"));
    m_auth->addItem(tr("Access token (bearer)"));
    m_auth->addItem(tr("Sign in (OAuth)"));
    httpForm->addRow(tr("&Authentication:"), m_auth);
    m_token = new QLineEdit(http);
    m_token->setObjectName(QStringLiteral("customServerToken"));
    m_token->setAccessibleName(tr("Access token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Saved in the system keychain"));
    httpForm->addRow(tr("&Token:"), m_token);
    m_headers = new QPlainTextEdit(http);
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headers->setPlaceholderText(tr("Optional, one Name: value per line"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(fontMetrics().height() * 4);
    httpForm->addRow(tr("&Headers:"), m_headers);
    m_pages->addWidget(http);
    layout->addWidget(m_pages);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("customServerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Add server"));
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("customServerOk"));
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (apply().isEmpty())
            accept();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomServerDialog::updateKind);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &CustomServerDialog::updateKind);
    updateKind();
    resize(560, sizeHint().height());
}

CustomServerDialog::~CustomServerDialog() = default;

void CustomServerDialog::updateKind()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_token->setEnabled(m_auth->currentIndex() == 1);
}

void CustomServerDialog::setConfig(const core::McpServerConfig& config)
{
    m_config = config;
    m_name->setText(config.name);
    m_kind->setCurrentIndex(config.isStdio() ? 0 : 1);
    m_command->setText(config.command);
    QStringList quoted;
    for (const auto& arg : config.args)
        quoted.append(arg.contains(QLatin1Char(' ')) ? QLatin1Char('"') + arg + QLatin1Char('"') : arg);
    m_args->setText(quoted.join(QLatin1Char(' ')));
    m_env->setPlainText(pairsText(config.env, QStringLiteral("=")));
    m_cwd->setText(config.workingDirectory);
    m_url->setText(config.url.toString());
    m_auth->setCurrentIndex(int(config.auth));
    m_headers->setPlainText(pairsText(config.headers, QStringLiteral(": ")));
    updateKind();
}

QString CustomServerDialog::bearerToken() const
{
    return m_auth->currentIndex() == 1 ? m_token->text().trimmed() : QString();
}

QString CustomServerDialog::apply()
{
    core::McpServerConfig config = m_config;
    config.name = m_name->text().trimmed();
    config.transport = m_kind->currentIndex() == 0 ? core::McpServerConfig::Transport::Stdio
                                                   : core::McpServerConfig::Transport::Http;
    QString problem;
    if (config.isStdio()) {
        config.command = m_command->text().trimmed();
        config.args = QProcess::splitCommand(m_args->text());
        config.workingDirectory = m_cwd->text().trimmed();
        config.url.clear();
        config.auth = core::McpServerConfig::AuthKind::None;
        if (const QString bad = parsePairs(m_env->toPlainText(), QLatin1Char('='), config.env);
            !bad.isEmpty())
            problem = tr("The environment line \"%1\" is not NAME=value.").arg(bad);
    } else {
        config.command.clear();
        config.args.clear();
        config.url = QUrl::fromUserInput(m_url->text().trimmed());
        if (m_url->text().trimmed().isEmpty())
            config.url.clear();
        config.auth = core::McpServerConfig::AuthKind(m_auth->currentIndex());
        if (const QString bad = parsePairs(m_headers->toPlainText(), QLatin1Char(':'), config.headers);
            !bad.isEmpty())
            problem = tr("The header line \"%1\" is not Name: value.").arg(bad);
        else if (config.headers.contains(QStringLiteral("Authorization")))
            problem = tr("Put the token in the Token field (it goes to the keychain), not in a header.");
        else if (config.auth == core::McpServerConfig::AuthKind::Bearer &&
                 m_token->text().trimmed().isEmpty() &&
                 m_config.auth != core::McpServerConfig::AuthKind::Bearer)
            problem = tr("Enter the access token, or choose another kind of authentication.");
    }
    if (problem.isEmpty())
        problem = config.validationError();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        m_config = config;
    return problem;
}

} // namespace harness::gui
