// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mcp_server_config.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace harness::gui {

/// Describes a server that is not in the catalog: a local command (stdio) or a remote URL (HTTP),
/// with its environment, headers and authentication. The bearer token is kept apart (keychain).
class CustomServerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomServerDialog)
public:
    explicit CustomServerDialog(QWidget* parent = nullptr);
    ~CustomServerDialog() override;

    void setConfig(const core::McpServerConfig& config);
    core::McpServerConfig config() const { return m_config; }
    QString bearerToken() const;
    /// Reads the fields; empty when they make a usable server, else what to fix.
    QString apply();

private:
    void updateKind();

    core::McpServerConfig m_config;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_command = nullptr;
    QLineEdit* m_args = nullptr;
    QPlainTextEdit* m_env = nullptr;
    QLineEdit* m_cwd = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_token = nullptr;
    QPlainTextEdit* m_headers = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace harness::gui
