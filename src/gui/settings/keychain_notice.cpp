// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/keychain_notice.h"

#include "core/secrets/guarded_secret_store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace harness::gui {

using State = core::GuardedSecretStore::State;

KeychainNotice::KeychainNotice(core::GuardedSecretStore* secrets, Form form, QWidget* parent)
    : QFrame(parent), m_secrets(secrets), m_form(form)
{
    setObjectName(form == Form::Banner ? QStringLiteral("keychainNotice") : QStringLiteral("keychainBadge"));
    auto* layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("keychainNoticeText"));
    m_text->setWordWrap(form == Form::Banner);
    m_text->setTextFormat(form == Form::Banner ? Qt::PlainText : Qt::RichText);
    layout->addWidget(m_text, 1);
    if (form == Form::Banner) {
        setFrameShape(QFrame::StyledPanel);
        layout->setContentsMargins(12, 8, 12, 8);
        m_allow = new QPushButton(tr("Keep secrets for this session only"), this);
        m_allow->setObjectName(QStringLiteral("allowSessionSecrets"));
        m_allow->setToolTip(tr("Keys and tokens you enter are kept in memory until you quit. Nothing is "
                               "written to disk."));
        layout->addWidget(m_allow, 0, Qt::AlignTop);
        connect(m_allow, &QPushButton::clicked, this, [this] {
            if (m_secrets)
                m_secrets->allowSessionOnly();
        });
    } else {
        layout->setContentsMargins(4, 0, 4, 0);
        connect(m_text, &QLabel::linkActivated, this, &KeychainNotice::detailsRequested);
    }
    if (m_secrets)
        connect(m_secrets, &core::GuardedSecretStore::stateChanged, this, &KeychainNotice::update);
    update();
}

KeychainNotice::~KeychainNotice() = default;

void KeychainNotice::update()
{
    const State state = m_secrets ? m_secrets->state() : State::Keychain;
    const bool show = state == State::Unavailable || state == State::SessionOnly;
    setVisible(show);
    if (!show)
        return;
    const bool unavailable = state == State::Unavailable;
    // Amber for "refused", red-ish for "will be forgotten": both need the user's eye.
    setStyleSheet(
        m_form == Form::Banner
            ? QStringLiteral("#keychainNotice { background: %1; border: 1px solid %2; border-radius: 6px; }"
                             "#keychainNotice QLabel { color: #1f1f1f; }")
                  .arg(unavailable ? QStringLiteral("#fff4ce") : QStringLiteral("#fde7e9"),
                       unavailable ? QStringLiteral("#e0b000") : QStringLiteral("#d13438"))
            : QString());
    if (m_form == Form::Compact) {
        const QString text =
            unavailable ? tr("No keychain: keys cannot be saved") : tr("Keys kept for this session only");
        m_text->setText(QStringLiteral("⚠ <a href=\"settings\">%1</a>").arg(text.toHtmlEscaped()));
        m_text->setToolTip(
            unavailable ? m_secrets->unavailableReason()
                        : tr("No keychain is reachable; keys and tokens are forgotten when you quit."));
        return;
    }
    if (unavailable) {
        m_text->setText(
            tr("No system keychain is reachable, so API keys and tokens cannot be saved safely, and "
               "Harness Desktop never writes them in plain text. Start a keychain (GNOME Keyring or "
               "KWallet) and restart the app, or keep secrets in memory for this session only."));
        m_text->setToolTip(m_secrets->unavailableReason());
    } else {
        m_text->setText(
            tr("Secrets are kept in memory for this session only: nothing is saved to disk, and you "
               "will need to enter keys and sign in to tool servers again after restarting. Start a "
               "keychain and restart the app to keep them."));
    }
    m_allow->setVisible(unavailable);
}

} // namespace harness::gui
