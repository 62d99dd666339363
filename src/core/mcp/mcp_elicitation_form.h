// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace harness::core {

/// One field of an elicitation form: a property of the requested schema (primitive types only,
/// as the MCP spec allows: string, number, integer, boolean, single- and multi-select enums).
struct McpElicitationField {
    enum class Kind { String, Number, Integer, Boolean, Enum, MultiEnum };
    struct Option {
        QString value;
        QString label;
    };

    QString name; ///< the property key
    QString title;
    QString description;
    Kind kind = Kind::String;
    bool required = false;
    QJsonValue defaultValue; ///< Undefined when the schema gives none
    QList<Option> options;   ///< Enum / MultiEnum
    QString format;          ///< email, uri, date, date-time
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<int> minLength; ///< String: characters; MultiEnum: items
    std::optional<int> maxLength;

    QString label() const { return title.isEmpty() ? name : title; }
    /// The label of \a value among the options (the value itself if none matches).
    QString optionLabel(const QString& value) const;

    /// Checks \a value for this field; empty when valid, else a translated message.
    QString validate(const QJsonValue& value) const;
    /// Parses what a user typed (terminal: "yes"/"no", numbers, an option's value, label or its
    /// 1-based number, comma-separated choices) into a value; on failure sets \a error.
    QJsonValue parseText(const QString& text, QString* error) const;
    /// The value as text to show (the terminal's "[default]").
    QString displayText(const QJsonValue& value) const;
};

/// The fields of an elicitation request's schema, in the schema's order, and the checks of a
/// whole answer. Shared by the GUI dialog and the CLI's terminal form.
struct McpElicitationForm {
    QList<McpElicitationField> fields;
    /// Properties the form cannot show (nested objects, arrays of non-enums); an answer cannot
    /// fill them, which the user is told.
    QStringList unsupported;

    static McpElicitationForm fromSchema(const QJsonObject& requestedSchema);
    /// Field name -> translated message, for every invalid or missing required field of \a content.
    QList<QPair<QString, QString>> validate(const QJsonObject& content) const;
};

} // namespace harness::core
