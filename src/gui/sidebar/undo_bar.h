// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace harness::gui {

/// "Deleted “Title”  [Undo]" under the conversation list while a deletion can still be undone.
class UndoBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoBar)
public:
    explicit UndoBar(QWidget* parent = nullptr);

    void showFor(const QString& title);

Q_SIGNALS:
    void undoRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateText();

    QString m_title;
    QLabel* m_text = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace harness::gui
