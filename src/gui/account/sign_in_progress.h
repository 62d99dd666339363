// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace harness::core {
class AccountService;
struct AuthError;
} // namespace harness::core

namespace harness::gui {

/// What the user sees while signing in: "Continue in your browser", the sign-in link to copy
/// (in case the browser did not open), Cancel; afterwards, what went wrong (cancelled, timed
/// out, access denied, provider offline, ...) in one clear sentence. Hidden when there is
/// nothing to say.
class SignInProgress final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInProgress)
public:
    explicit SignInProgress(core::AccountService& account, QWidget* parent = nullptr);
    ~SignInProgress() override;

    /// Shows a problem found before the browser opened (e.g. the configuration).
    void showProblem(const QString& message);
    void clearProblem();
    QString problem() const;

private:
    void refresh();
    void onError(const core::AuthError& error);

    core::AccountService& m_account;
    QWidget* m_waiting = nullptr;
    QLineEdit* m_link = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace harness::gui
