// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/composer.h"

#include "gui/theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace harness::gui {

namespace {
constexpr int MaxLines = 10;
}

Composer::Composer(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("composerArea"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 6, 16, 14);
    outer->setSpacing(6);

    m_editBar = new QWidget(this);
    auto* editRow = new QHBoxLayout(m_editBar);
    editRow->setContentsMargins(4, 0, 0, 0);
    auto* editLabel =
        new QLabel(tr("Editing your message: sending it starts a new version of the answer; the "
                      "earlier one is kept."),
                   m_editBar);
    editLabel->setForegroundRole(QPalette::PlaceholderText);
    editLabel->setWordWrap(true);
    editRow->addWidget(editLabel, 1);
    auto* cancel = new QPushButton(tr("Cancel"), m_editBar);
    cancel->setObjectName(QStringLiteral("cancelEditButton"));
    cancel->setAccessibleName(tr("Cancel editing"));
    cancel->setFlat(true);
    connect(cancel, &QPushButton::clicked, this, [this] {
        setEditing({});
        clear();
    });
    editRow->addWidget(cancel);
    m_editBar->hide();
    outer->addWidget(m_editBar);

    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("composer"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Message… (Enter to send, Shift+Enter for a new line)"));
    m_input->setTabChangesFocus(true);
    m_input->installEventFilter(this);
    m_input->document()->setDocumentMargin(6);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        Q_EMIT textEdited();
    });
    row->addWidget(m_input, 1);

    const auto button = [this, row](const QString& text, const char* name, const QString& accessible,
                                    const QString& icon) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(accessible);
        if (const QIcon i = themedIcon(icon); !i.isNull())
            b->setIcon(i);
        row->addWidget(b, 0, Qt::AlignBottom);
        return b;
    };
    m_retry = button(tr("Retry"), "retryButton", tr("Answer again"), QStringLiteral("retry"));
    m_retry->setToolTip(tr("The last answer failed or was cut off: ask the model again"));
    m_continue = button(tr("Continue"), "continueButton", tr("Continue the answer"), QString());
    m_continue->setToolTip(tr("Ask the model to go on from where the answer stopped"));
    m_send = button(tr("Send"), "sendButton", tr("Send message"), QStringLiteral("send"));
    m_send->setDefault(true);
    m_stop = button(tr("Stop"), "stopButton", tr("Stop the answer"), QStringLiteral("stop"));
    m_stop->setToolTip(tr("Stop the answer (Esc); what arrived so far is kept"));
    m_retry->hide();
    m_continue->hide();
    m_stop->hide();
    connect(m_send, &QPushButton::clicked, this, &Composer::sendRequested);
    connect(m_stop, &QPushButton::clicked, this, &Composer::stopRequested);
    connect(m_retry, &QPushButton::clicked, this, &Composer::retryRequested);
    connect(m_continue, &QPushButton::clicked, this, &Composer::continueRequested);
    outer->addLayout(row);
    fitHeight();
}

QString Composer::text() const
{
    return m_input->toPlainText();
}

void Composer::setText(const QString& text)
{
    if (m_input->toPlainText() == text)
        return;
    m_input->setPlainText(text);
    m_input->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    m_input->clear();
}

void Composer::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void Composer::setRunning(bool running)
{
    m_running = running;
    m_stop->setVisible(running);
    m_send->setVisible(!running);
}

void Composer::setRecoveryOffered(bool retry, bool continueToo)
{
    m_retry->setVisible(retry);
    m_continue->setVisible(continueToo);
}

void Composer::setEditing(const QString& messageId)
{
    m_editing = messageId;
    m_editBar->setVisible(!messageId.isEmpty());
    m_send->setText(messageId.isEmpty() ? tr("Send") : tr("Send edit"));
}

void Composer::fitHeight()
{
    // One line to start with, growing up to MaxLines; longer drafts scroll inside.
    const QFontMetrics metrics(m_input->font());
    const int lines = std::clamp(int(m_input->document()->size().height()), 1, MaxLines);
    const int margins = int(2 * m_input->document()->documentMargin()) + 2 * m_input->frameWidth();
    m_input->setFixedHeight(std::max(lines, 2) * metrics.lineSpacing() + margins);
}

bool Composer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
            if (!m_running)
                Q_EMIT sendRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (m_running)
                Q_EMIT stopRequested();
            else if (!m_editing.isEmpty()) {
                setEditing({});
                clear();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace harness::gui
