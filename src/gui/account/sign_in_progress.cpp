// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/account/sign_in_progress.h"

#include "core/account/account_service.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace harness::gui {

using core::AccountService;
using core::AuthSession;

SignInProgress::SignInProgress(AccountService& account, QWidget* parent) : QWidget(parent), m_account(account)
{
    setObjectName(QStringLiteral("signInProgress"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_waiting = new QWidget(this);
    m_waiting->setObjectName(QStringLiteral("signInWaiting"));
    auto* waiting = new QVBoxLayout(m_waiting);
    waiting->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Continue in your browser"), m_waiting);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    waiting->addWidget(title);
    auto* hint = new QLabel(tr("Sign in on the page that opened in your web browser, then come back here. "
                               "If no page opened, copy this link into your browser:"),
                            m_waiting);
    hint->setWordWrap(true);
    waiting->addWidget(hint);
    auto* row = new QHBoxLayout;
    m_link = new QLineEdit(m_waiting);
    m_link->setObjectName(QStringLiteral("signInLink"));
    m_link->setAccessibleName(tr("Sign-in link"));
    m_link->setReadOnly(true);
    m_link->setPlaceholderText(tr("Opening the browser…"));
    row->addWidget(m_link, 1);
    m_copy = new QPushButton(tr("Copy link"), m_waiting);
    m_copy->setObjectName(QStringLiteral("copySignInLink"));
    m_copy->setAccessibleName(tr("Copy the sign-in link"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link->text());
        m_copy->setText(tr("Copied"));
    });
    row->addWidget(m_copy);
    auto* cancel = new QPushButton(tr("Cancel"), m_waiting);
    cancel->setObjectName(QStringLiteral("cancelSignIn"));
    cancel->setAccessibleName(tr("Cancel sign-in"));
    connect(cancel, &QPushButton::clicked, &m_account, &AccountService::cancelSignIn);
    row->addWidget(cancel);
    waiting->addLayout(row);
    layout->addWidget(m_waiting);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(m_error);

    connect(&m_account, &AccountService::authStateChanged, this, [this](AuthSession::State state) {
        if (state == AuthSession::State::SigningIn) {
            clearProblem();
            m_link->clear();
            m_copy->setEnabled(false);
            m_copy->setText(tr("Copy link"));
        }
        refresh();
    });
    connect(&m_account, &AccountService::browserOpened, this, [this](const QUrl& url) {
        m_link->setText(url.toString(QUrl::FullyEncoded));
        m_link->setCursorPosition(0);
        m_copy->setEnabled(true);
    });
    connect(&m_account, &AccountService::errorOccurred, this, &SignInProgress::onError);
    connect(&m_account, &AccountService::signedIn, this, &SignInProgress::clearProblem);
    connect(&m_account, &AccountService::configurationChanged, this, &SignInProgress::clearProblem);
    m_error->hide();
    refresh();
}

SignInProgress::~SignInProgress() = default;

void SignInProgress::onError(const core::AuthError& error)
{
    // A background refresh that fails for a while is retried quietly while signed in; sign-in
    // attempts, ended sessions and keychain trouble are the user's business.
    if (m_account.isSignedIn() && error.kind != core::AuthError::Kind::KeychainFailed)
        return;
    showProblem(error.message());
}

void SignInProgress::showProblem(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    refresh();
}

void SignInProgress::clearProblem()
{
    showProblem({});
}

QString SignInProgress::problem() const
{
    return m_error->text();
}

void SignInProgress::refresh()
{
    const bool signingIn = m_account.authState() == AuthSession::State::SigningIn;
    m_waiting->setVisible(signingIn);
    setVisible(signingIn || !m_error->text().isEmpty());
}

} // namespace harness::gui
