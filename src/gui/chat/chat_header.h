// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace harness::core {
class Store;
}

namespace harness::gui {

/// Above the conversation: its title (click to rename, saved to the store), the harness switcher
/// (the started harnesses; the one that answers next) and Export….
class ChatHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatHeader)
public:
    explicit ChatHeader(core::Store& store, QWidget* parent = nullptr);

    void setConversation(const QString& conversationId);
    /// The harness chosen in the switcher; empty when there is none.
    QString harnessId() const;
    /// Selects a harness in the switcher (when it is listed).
    void selectHarness(const QString& harnessId);

Q_SIGNALS:
    void exportRequested(const QString& format); ///< "md" or "json"
    void statusMessage(const QString& text);

private:
    void reloadHarnesses();
    void updateTitle();
    void commitTitle();

    core::Store& m_store;
    QString m_conversationId;
    QLineEdit* m_title = nullptr;
    QComboBox* m_harness = nullptr;
    QToolButton* m_export = nullptr;
};

} // namespace harness::gui
