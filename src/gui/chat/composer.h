// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace harness::gui {

/// Where the user writes: a multi-line field that grows with its text (Enter sends, Shift+Enter
/// starts a new line, Esc stops the answer or cancels an edit), Send or Stop, and Retry /
/// Continue after an answer that failed or was cut off. When editing an earlier message a bar
/// says so and offers Cancel.
class Composer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)
public:
    explicit Composer(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void clear();
    void focusInput();
    QPlainTextEdit* input() const { return m_input; }

    void setRunning(bool running);
    void setRecoveryOffered(bool retry, bool continueToo);
    /// Editing `messageId` (empty: writing a new message).
    void setEditing(const QString& messageId);
    const QString& editing() const { return m_editing; }

Q_SIGNALS:
    void sendRequested();
    void stopRequested();
    void retryRequested();
    void continueRequested();
    void textEdited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitHeight();

    QPlainTextEdit* m_input = nullptr;
    QWidget* m_editBar = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_continue = nullptr;
    QString m_editing;
    bool m_running = false;
};

} // namespace harness::gui
