// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_elicitation_form.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace harness::core {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::McpElicitationForm)
};

QList<McpElicitationField::Option> optionsOf(const QJsonObject& schema)
{
    QList<McpElicitationField::Option> options;
    const QJsonArray values = schema.value(QLatin1String("enum")).toArray();
    const QJsonArray names = schema.value(QLatin1String("enumNames")).toArray();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString value = values.at(i).toString();
        options.append({value, i < names.size() ? names.at(i).toString() : value});
    }
    for (const char* key : {"oneOf", "anyOf"}) {
        for (const QJsonValue& choice : schema.value(QLatin1String(key)).toArray()) {
            const QJsonObject c = choice.toObject();
            if (!c.contains(QLatin1String("const")))
                continue;
            const QString value = c.value(QLatin1String("const")).toString();
            const QString title = c.value(QLatin1String("title")).toString();
            options.append({value, title.isEmpty() ? value : title});
        }
    }
    return options;
}

bool isYes(const QString& t)
{
    // English words always work; the user's language's word too (the hint shows that one).
    return t == QLatin1String("y") || t == QLatin1String("yes") || t == QLatin1String("true") ||
           t == QLatin1String("1") || t == QLatin1String("on") || t == Tr::tr("yes").toLower();
}

bool isNo(const QString& t)
{
    return t == QLatin1String("n") || t == QLatin1String("no") || t == QLatin1String("false") ||
           t == QLatin1String("0") || t == QLatin1String("off") || t == Tr::tr("no").toLower();
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QString McpElicitationField::optionLabel(const QString& value) const
{
    for (const Option& o : options) {
        if (o.value == value)
            return o.label;
    }
    return value;
}

QString McpElicitationField::validate(const QJsonValue& value) const
{
    if (value.isUndefined() || value.isNull())
        return required ? Tr::tr("\"%1\" is required.").arg(label()) : QString();
    switch (kind) {
    case Kind::Boolean:
        return value.isBool() ? QString() : Tr::tr("\"%1\" must be yes or no.").arg(label());
    case Kind::Integer:
    case Kind::Number: {
        if (!value.isDouble())
            return Tr::tr("\"%1\" must be a number.").arg(label());
        const double v = value.toDouble();
        if (kind == Kind::Integer && std::floor(v) != v)
            return Tr::tr("\"%1\" must be a whole number.").arg(label());
        if (minimum && v < *minimum)
            return Tr::tr("\"%1\" must be at least %2.").arg(label(), numberText(*minimum));
        if (maximum && v > *maximum)
            return Tr::tr("\"%1\" must be at most %2.").arg(label(), numberText(*maximum));
        return {};
    }
    case Kind::Enum: {
        const QString v = value.toString();
        for (const Option& o : options) {
            if (o.value == v && value.isString())
                return {};
        }
        return Tr::tr("\"%1\" must be one of the offered choices.").arg(label());
    }
    case Kind::MultiEnum: {
        if (!value.isArray())
            return Tr::tr("\"%1\" must be a list of choices.").arg(label());
        const QJsonArray items = value.toArray();
        if (required && items.isEmpty())
            return Tr::tr("\"%1\" is required.").arg(label());
        for (const QJsonValue& item : items) {
            const bool known = std::any_of(options.cbegin(), options.cend(),
                                           [&](const Option& o) { return o.value == item.toString(); });
            if (!item.isString() || !known)
                return Tr::tr("\"%1\" must only contain the offered choices.").arg(label());
        }
        if (minLength && items.size() < *minLength)
            return Tr::tr("Choose at least %n item(s) for \"%1\".", nullptr, *minLength).arg(label());
        if (maxLength && items.size() > *maxLength)
            return Tr::tr("Choose at most %n item(s) for \"%1\".", nullptr, *maxLength).arg(label());
        return {};
    }
    case Kind::String:
        break;
    }
    if (!value.isString())
        return Tr::tr("\"%1\" must be text.").arg(label());
    const QString text = value.toString();
    if (required && text.isEmpty())
        return Tr::tr("\"%1\" is required.").arg(label());
    if (minLength && text.size() < *minLength)
        return Tr::tr("\"%1\" needs at least %n character(s).", nullptr, *minLength).arg(label());
    if (maxLength && text.size() > *maxLength)
        return Tr::tr("\"%1\" allows at most %n character(s).", nullptr, *maxLength).arg(label());
    if (text.isEmpty())
        return {};
    if (format == QLatin1String("email")) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(text).hasMatch())
            return Tr::tr("\"%1\" must be an email address, like name@example.com.").arg(label());
    } else if (format == QLatin1String("uri")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return Tr::tr("\"%1\" must be a full address, like https://example.com.").arg(label());
    } else if (format == QLatin1String("date")) {
        if (!QDate::fromString(text, Qt::ISODate).isValid())
            return Tr::tr("\"%1\" must be a date like 2025-12-31.").arg(label());
    } else if (format == QLatin1String("date-time")) {
        if (!QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return Tr::tr("\"%1\" must be a date and time like 2025-12-31T18:30:00Z.").arg(label());
    }
    return {};
}

QJsonValue McpElicitationField::parseText(const QString& input, QString* error) const
{
    const QString text = input.trimmed();
    QJsonValue value;
    switch (kind) {
    case Kind::Boolean: {
        const QString t = text.toLower();
        if (isYes(t))
            value = true;
        else if (isNo(t))
            value = false;
        else if (error)
            *error = Tr::tr("Answer yes or no for \"%1\".").arg(label());
        if (!value.isBool())
            return QJsonValue::Undefined;
        break;
    }
    case Kind::Integer:
    case Kind::Number: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok) {
            if (error)
                *error = kind == Kind::Integer ? Tr::tr("\"%1\" must be a whole number.").arg(label())
                                               : Tr::tr("\"%1\" must be a number.").arg(label());
            return QJsonValue::Undefined;
        }
        value = v;
        break;
    }
    case Kind::Enum:
    case Kind::MultiEnum: {
        const QStringList words =
            kind == Kind::Enum ? QStringList{text} : text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonArray chosen;
        for (QString word : words) {
            word = word.trimmed();
            bool isIndex = false;
            const int index = word.toInt(&isIndex);
            const Option* match = nullptr;
            if (isIndex && index >= 1 && index <= options.size())
                match = &options.at(index - 1);
            for (const Option& o : options) {
                if (!match && (o.value == word || o.label.compare(word, Qt::CaseInsensitive) == 0))
                    match = &o;
            }
            if (!match) {
                if (error)
                    *error = Tr::tr("\"%1\" is not one of the choices for \"%2\".").arg(word, label());
                return QJsonValue::Undefined;
            }
            chosen.append(match->value);
        }
        value = kind == Kind::Enum ? chosen.at(0) : QJsonValue(chosen);
        break;
    }
    case Kind::String:
        value = text;
        break;
    }
    const QString problem = validate(value);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return QJsonValue::Undefined;
    }
    return value;
}

QString McpElicitationField::displayText(const QJsonValue& value) const
{
    switch (kind) {
    case Kind::Boolean:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case Kind::Integer:
    case Kind::Number:
        return numberText(value.toDouble());
    case Kind::Enum:
        return optionLabel(value.toString());
    case Kind::MultiEnum: {
        QStringList labels;
        for (const QJsonValue& v : value.toArray())
            labels << optionLabel(v.toString());
        return labels.join(QStringLiteral(", "));
    }
    case Kind::String:
        break;
    }
    return value.toString();
}

McpElicitationForm McpElicitationForm::fromSchema(const QJsonObject& requestedSchema)
{
    McpElicitationForm form;
    QStringList required;
    for (const QJsonValue& r : requestedSchema.value(QLatin1String("required")).toArray())
        required << r.toString();
    const QJsonObject properties = requestedSchema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject p = it->toObject();
        McpElicitationField f;
        f.name = it.key();
        f.title = p.value(QLatin1String("title")).toString();
        f.description = p.value(QLatin1String("description")).toString();
        f.required = required.contains(f.name);
        f.defaultValue = p.value(QLatin1String("default"));
        f.format = p.value(QLatin1String("format")).toString();
        if (p.contains(QLatin1String("minimum")))
            f.minimum = p.value(QLatin1String("minimum")).toDouble();
        if (p.contains(QLatin1String("maximum")))
            f.maximum = p.value(QLatin1String("maximum")).toDouble();
        const QString type = p.value(QLatin1String("type")).toString();
        const char* minKey = "minLength";
        const char* maxKey = "maxLength";
        if (type == QLatin1String("boolean")) {
            f.kind = McpElicitationField::Kind::Boolean;
        } else if (type == QLatin1String("integer")) {
            f.kind = McpElicitationField::Kind::Integer;
        } else if (type == QLatin1String("number")) {
            f.kind = McpElicitationField::Kind::Number;
        } else if (type == QLatin1String("array")) {
            f.kind = McpElicitationField::Kind::MultiEnum;
            f.options = optionsOf(p.value(QLatin1String("items")).toObject());
            minKey = "minItems";
            maxKey = "maxItems";
            if (f.options.isEmpty()) {
                form.unsupported << f.name;
                continue;
            }
        } else if (type == QLatin1String("string") || type.isEmpty()) {
            f.options = optionsOf(p);
            f.kind =
                f.options.isEmpty() ? McpElicitationField::Kind::String : McpElicitationField::Kind::Enum;
            if (type.isEmpty() && f.options.isEmpty()) {
                form.unsupported << f.name;
                continue;
            }
        } else {
            form.unsupported << f.name;
            continue;
        }
        if (p.contains(QLatin1String(minKey)))
            f.minLength = p.value(QLatin1String(minKey)).toInt();
        if (p.contains(QLatin1String(maxKey)))
            f.maxLength = p.value(QLatin1String(maxKey)).toInt();
        form.fields.append(f);
    }
    // Required fields first; otherwise the schema's (alphabetical, as JSON objects keep it) order.
    std::stable_sort(
        form.fields.begin(), form.fields.end(),
        [](const McpElicitationField& a, const McpElicitationField& b) { return a.required && !b.required; });
    return form;
}

QList<QPair<QString, QString>> McpElicitationForm::validate(const QJsonObject& content) const
{
    QList<QPair<QString, QString>> problems;
    for (const McpElicitationField& f : fields) {
        const QString problem = f.validate(content.value(f.name));
        if (!problem.isEmpty())
            problems.append({f.name, problem});
    }
    return problems;
}

} // namespace harness::core
