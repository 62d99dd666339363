// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/account/welcome_page.h"

#include "core/account/account_service.h"
#include "gui/account/sign_in_progress.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace harness::gui {

using core::AccountService;
using core::AuthSession;

namespace {

/// One way in: a big button and a sentence about what it means.
QFrame* choice(QWidget* parent, QPushButton* button, const QString& explanation)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 16, 14);
    button->setParent(frame);
    button->setMinimumHeight(36);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setBold(true);
    button->setFont(font);
    layout->addWidget(button);
    auto* text = new QLabel(explanation, frame);
    text->setWordWrap(true);
    layout->addWidget(text);
    return frame;
}

} // namespace

WelcomePage::WelcomePage(AccountService& account, QWidget* parent) : QWidget(parent), m_account(account)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QWidget(this);
    column->setFixedWidth(540); // a fixed width lets the wrapped explanations take their full height
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    auto* logo = new QLabel(column);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/harness.svg")).pixmap(64, 64));
    layout->addWidget(logo, 0, Qt::AlignHCenter);
    auto* title = new QLabel(tr("Welcome to Harness Desktop"), column);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    auto* intro =
        new QLabel(tr("Chat with AI agents that can use your tools. How would you like to start?"), column);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    layout->addWidget(intro);
    layout->addSpacing(8);

    m_signIn = new QPushButton(tr("Sign in to Harness"));
    m_signIn->setObjectName(QStringLiteral("welcomeSignIn"));
    m_signIn->setAccessibleName(tr("Sign in to Harness"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signIn);
    layout->addWidget(choice(column, m_signIn,
                             tr("Your harnesses and conversations stay in sync with the Harness web app and "
                                "your other computers. Sign-in happens in your web browser.")));

    m_local = new QPushButton(tr("Use without an account"));
    m_local->setObjectName(QStringLiteral("welcomeUseLocally"));
    m_local->setAccessibleName(tr("Use without an account"));
    connect(m_local, &QPushButton::clicked, this, [this] {
        m_account.useWithoutAccount();
        Q_EMIT finished();
    });
    layout->addWidget(choice(column, m_local,
                             tr("Everything works and stays on this computer; nothing is synced. You can "
                                "sign in later in Settings.")));

    m_progress = new SignInProgress(account, column);
    layout->addWidget(m_progress);
    m_settings = new QPushButton(tr("Open the sign-in settings"), column);
    m_settings->setObjectName(QStringLiteral("welcomeAccountSettings"));
    m_settings->setAccessibleName(tr("Open the sign-in settings"));
    m_settings->hide();
    connect(m_settings, &QPushButton::clicked, this, &WelcomePage::accountSettingsRequested);
    layout->addWidget(m_settings, 0, Qt::AlignLeft);

    auto* row = new QHBoxLayout; // no alignment flags: they would drop the labels' height-for-width
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(&m_account, &AccountService::authStateChanged, this, &WelcomePage::refresh);
    connect(&m_account, &AccountService::signedIn, this, &WelcomePage::finished);
    refresh();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::signIn()
{
    const QString problem = m_account.signIn();
    m_settings->setVisible(!problem.isEmpty()); // only the configuration stops it this early
    if (!problem.isEmpty())
        m_progress->showProblem(problem);
}

void WelcomePage::refresh()
{
    const bool busy = m_account.authState() == AuthSession::State::SigningIn ||
                      m_account.authState() == AuthSession::State::Restoring;
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in to Harness"));
}

} // namespace harness::gui
