// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/mcp/gui_elicitation_handler.h"

#include "gui/mcp/elicitation_dialog.h"

#include <QApplication>

namespace harness::gui {

void GuiElicitationHandler::elicit(const core::McpElicitationRequest& request,
                                   std::function<void(const core::McpElicitationResponse&)> respond)
{
    QWidget* parent = m_window ? m_window.data() : QApplication::activeWindow();
    auto* dialog = new ElicitationDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, respond] { respond(dialog->response()); });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace harness::gui
