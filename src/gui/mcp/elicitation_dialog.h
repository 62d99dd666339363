// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_elicitation_form.h"
#include "core/mcp/mcp_elicitation_handler.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;

namespace harness::gui {

/// The form an MCP server asks the user to fill in (`elicitation/create`): one control per field
/// of the requested schema with its default filled in, a message under each invalid field, and
/// Accept / Decline / Cancel. Closing the window cancels.
class ElicitationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElicitationDialog)
public:
    explicit ElicitationDialog(const core::McpElicitationRequest& request, QWidget* parent = nullptr);
    ~ElicitationDialog() override;

    /// What to send back; Cancel until the user chose.
    core::McpElicitationResponse response() const { return m_response; }
    /// The control of field \a name (for tests and accessibility checks).
    QWidget* fieldWidget(const QString& name) const { return m_widgets.value(name); }

    void reject() override; ///< Esc / closing the window: cancel

private:
    void tryAccept();
    void decline();
    /// The field's current value; Undefined when empty. Sets \a error when it cannot be read.
    QJsonValue valueOf(const core::McpElicitationField& field, QString* error) const;

    core::McpElicitationRequest m_request;
    core::McpElicitationForm m_form;
    core::McpElicitationResponse m_response;
    QHash<QString, QWidget*> m_widgets;
    QHash<QString, QLabel*> m_errors;
};

} // namespace harness::gui
