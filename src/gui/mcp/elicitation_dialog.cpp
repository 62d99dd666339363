// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/mcp/elicitation_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace harness::gui {

using core::McpElicitationField;
using core::McpElicitationResponse;

namespace {

QString placeholderFor(const McpElicitationField& f)
{
    if (f.format == QLatin1String("email"))
        return ElicitationDialog::tr("name@example.com");
    if (f.format == QLatin1String("uri"))
        return ElicitationDialog::tr("https://…");
    if (f.format == QLatin1String("date"))
        //: the date format the user types, keep the digits' order
        return ElicitationDialog::tr("YYYY-MM-DD");
    if (f.format == QLatin1String("date-time"))
        return ElicitationDialog::tr("YYYY-MM-DDThh:mm:ssZ");
    if (f.kind == McpElicitationField::Kind::Integer || f.kind == McpElicitationField::Kind::Number) {
        if (f.minimum && f.maximum)
            return ElicitationDialog::tr("%1 to %2").arg(*f.minimum).arg(*f.maximum);
    }
    return {};
}

} // namespace

ElicitationDialog::ElicitationDialog(const core::McpElicitationRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request),
      m_form(core::McpElicitationForm::fromSchema(request.requestedSchema)),
      m_response{McpElicitationResponse::Action::Cancel, {}}
{
    setObjectName(QStringLiteral("elicitationDialog"));
    setWindowTitle(tr("%1 asks for information").arg(request.serverName));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);

    auto* message = new QLabel(request.message, this);
    message->setObjectName(QStringLiteral("elicitationMessage"));
    message->setTextFormat(Qt::PlainText); // the server's words, never markup
    message->setWordWrap(true);
    layout->addWidget(message);
    auto* who =
        new QLabel(tr("Asked by the MCP server \"%1\". Only send what you are happy to share with it.")
                       .arg(request.serverName),
                   this);
    who->setWordWrap(true);
    who->setEnabled(false);
    layout->addWidget(who);

    auto* formHost = new QWidget(this);
    auto* form = new QFormLayout(formHost);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const McpElicitationField& f : std::as_const(m_form.fields)) {
        QWidget* control = nullptr;
        switch (f.kind) {
        case McpElicitationField::Kind::Boolean: {
            auto* box = new QCheckBox(formHost);
            box->setChecked(f.defaultValue.toBool(false));
            control = box;
            break;
        }
        case McpElicitationField::Kind::Enum: {
            auto* combo = new QComboBox(formHost);
            if (!f.required && f.defaultValue.isUndefined())
                combo->addItem(tr("(none)"), QString());
            for (const auto& option : f.options)
                combo->addItem(option.label, option.value);
            if (!f.defaultValue.isUndefined())
                combo->setCurrentIndex(std::max(0, combo->findData(f.defaultValue.toString())));
            control = combo;
            break;
        }
        case McpElicitationField::Kind::MultiEnum: {
            // One check box per choice, all visible (a handful, as servers ask).
            auto* group = new QWidget(formHost);
            auto* column = new QVBoxLayout(group);
            column->setContentsMargins(0, 0, 0, 0);
            column->setSpacing(2);
            QStringList chosen;
            for (const QJsonValue& v : f.defaultValue.toArray())
                chosen << v.toString();
            for (const auto& option : f.options) {
                auto* box = new QCheckBox(option.label, group);
                box->setObjectName(QStringLiteral("choice_") + option.value);
                box->setProperty("choiceValue", option.value);
                box->setChecked(chosen.contains(option.value));
                column->addWidget(box);
            }
            control = group;
            break;
        }
        case McpElicitationField::Kind::Integer:
        case McpElicitationField::Kind::Number:
        case McpElicitationField::Kind::String: {
            auto* edit = new QLineEdit(formHost);
            if (!f.defaultValue.isUndefined())
                edit->setText(f.displayText(f.defaultValue));
            edit->setPlaceholderText(placeholderFor(f));
            if (f.kind == McpElicitationField::Kind::String && f.maxLength)
                edit->setMaxLength(*f.maxLength);
            control = edit;
            break;
        }
        }
        control->setObjectName(QStringLiteral("field_") + f.name);
        control->setAccessibleName(f.label());
        control->setAccessibleDescription(f.description);
        control->setToolTip(f.description);
        m_widgets.insert(f.name, control);

        auto* cell = new QWidget(formHost);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(control);
        if (!f.description.isEmpty()) {
            auto* hint = new QLabel(f.description, cell);
            hint->setTextFormat(Qt::PlainText);
            hint->setWordWrap(true);
            hint->setEnabled(false);
            cellLayout->addWidget(hint);
        }
        auto* error = new QLabel(cell);
        error->setObjectName(QStringLiteral("error_") + f.name);
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        error->setStyleSheet(
            QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 2px 4px;"));
        error->hide();
        cellLayout->addWidget(error);
        m_errors.insert(f.name, error);

        auto* label = new QLabel(f.required ? tr("%1 *").arg(f.label()) : f.label(), formHost);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(control);
        form->addRow(label, cell);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formHost);
    layout->addWidget(scroll, 1);
    if (!m_form.fields.isEmpty() && std::any_of(m_form.fields.cbegin(), m_form.fields.cend(),
                                                [](const McpElicitationField& f) { return f.required; })) {
        auto* required = new QLabel(tr("* required"), this);
        required->setEnabled(false);
        layout->addWidget(required);
    }
    if (!m_form.unsupported.isEmpty()) {
        auto* note = new QLabel(tr("The server also asked for fields this form cannot show: %1.")
                                    .arg(m_form.unsupported.join(QStringLiteral(", "))),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* accept = buttons->addButton(tr("Accept"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    accept->setAccessibleName(tr("Accept and send the answers"));
    accept->setDefault(true);
    auto* declineButton = buttons->addButton(tr("Decline"), QDialogButtonBox::DestructiveRole);
    declineButton->setObjectName(QStringLiteral("declineButton"));
    declineButton->setAccessibleName(tr("Decline the request"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(accept, &QPushButton::clicked, this, &ElicitationDialog::tryAccept);
    connect(declineButton, &QPushButton::clicked, this, &ElicitationDialog::decline);
    connect(cancel, &QPushButton::clicked, this, &ElicitationDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 560), std::min(formHost->sizeHint().height() + 200, 720));
}

ElicitationDialog::~ElicitationDialog() = default;

QJsonValue ElicitationDialog::valueOf(const McpElicitationField& f, QString* error) const
{
    QWidget* control = m_widgets.value(f.name);
    switch (f.kind) {
    case McpElicitationField::Kind::Boolean:
        return static_cast<QCheckBox*>(control)->isChecked();
    case McpElicitationField::Kind::Enum: {
        const QString value = static_cast<QComboBox*>(control)->currentData().toString();
        return value.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value);
    }
    case McpElicitationField::Kind::MultiEnum: {
        QJsonArray chosen;
        for (const QCheckBox* box : control->findChildren<QCheckBox*>()) {
            if (box->isChecked())
                chosen.append(box->property("choiceValue").toString());
        }
        return chosen.isEmpty() && !f.required && !f.minLength ? QJsonValue(QJsonValue::Undefined)
                                                               : QJsonValue(chosen);
    }
    case McpElicitationField::Kind::Integer:
    case McpElicitationField::Kind::Number:
    case McpElicitationField::Kind::String:
        break;
    }
    const QString text = static_cast<QLineEdit*>(control)->text().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    return f.parseText(text, error);
}

void ElicitationDialog::tryAccept()
{
    QJsonObject content;
    QWidget* firstInvalid = nullptr;
    for (const McpElicitationField& f : std::as_const(m_form.fields)) {
        QString error;
        const QJsonValue value = valueOf(f, &error);
        if (error.isEmpty())
            error = f.validate(value);
        QLabel* label = m_errors.value(f.name);
        label->setText(error);
        label->setVisible(!error.isEmpty());
        if (!error.isEmpty() && !firstInvalid)
            firstInvalid = m_widgets.value(f.name);
        if (error.isEmpty() && !value.isUndefined())
            content.insert(f.name, value);
    }
    if (firstInvalid) {
        firstInvalid->setFocus();
        return;
    }
    m_response = McpElicitationResponse{McpElicitationResponse::Action::Accept, content};
    done(QDialog::Accepted);
}

void ElicitationDialog::decline()
{
    m_response = McpElicitationResponse{McpElicitationResponse::Action::Decline, {}};
    done(QDialog::Rejected);
}

void ElicitationDialog::reject()
{
    if (m_response.action != McpElicitationResponse::Action::Decline)
        m_response = McpElicitationResponse{McpElicitationResponse::Action::Cancel, {}};
    QDialog::reject();
}

} // namespace harness::gui
