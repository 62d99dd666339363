// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/model_info.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace harness::core {

namespace {
/// Prices come as strings ("0.000003") on OpenRouter; negative means "varies" (router models).
std::optional<double> price(const QJsonValue& value)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().toDouble(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

std::optional<bool> optionalBool(const QJsonValue& value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

qint64 firstPositive(std::initializer_list<QJsonValue> values)
{
    for (const QJsonValue& value : values) {
        const qint64 number = value.isString() ? value.toString().toLongLong() : value.toInteger();
        if (number > 0)
            return number;
    }
    return 0;
}
} // namespace

ModelInfo ModelInfo::fromProviderJson(const QJsonObject& json)
{
    ModelInfo info;
    info.id = json.value(u"id").toString();
    if (info.id.isEmpty())
        info.id = json.value(u"model").toString(); // Ollama's native /api/tags
    if (info.id.isEmpty())
        info.id = json.value(u"name").toString();
    info.name = json.value(u"name").toString(info.id);
    if (info.name.isEmpty())
        info.name = info.id;
    const QJsonObject topProvider = json.value(u"top_provider").toObject();
    const QJsonObject meta = json.value(u"meta").toObject(); // llama.cpp server
    info.contextLength =
        firstPositive({json.value(u"context_length"), topProvider.value(u"context_length"),
                       json.value(u"max_context_length"), meta.value(u"n_ctx_train"), meta.value(u"n_ctx")});
    const QJsonObject pricing = json.value(u"pricing").toObject();
    info.promptPricePerToken = price(pricing.value(u"prompt"));
    info.completionPricePerToken = price(pricing.value(u"completion"));
    const QJsonValue supported = json.value(u"supported_parameters");
    if (supported.isArray()) {
        const QJsonArray parameters = supported.toArray();
        info.supportsTools = parameters.contains(u"tools"_s);
        info.supportsReasoning =
            parameters.contains(u"reasoning"_s) || parameters.contains(u"include_reasoning"_s);
    }
    const QJsonValue capabilities = json.value(u"capabilities"); // Ollama >= 0.6 /api/show style
    if (capabilities.isArray()) {
        const QJsonArray list = capabilities.toArray();
        info.supportsTools = list.contains(u"tools"_s);
        info.supportsReasoning = list.contains(u"thinking"_s);
    }
    return info;
}

std::optional<QList<ModelInfo>> ModelInfo::parseCatalog(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    QJsonArray entries;
    if (doc.isArray()) {
        entries = doc.array();
    } else if (doc.object().value(u"data").isArray()) {
        entries = doc.object().value(u"data").toArray();
    } else if (doc.object().value(u"models").isArray()) {
        entries = doc.object().value(u"models").toArray();
    } else {
        return std::nullopt;
    }
    QList<ModelInfo> models;
    models.reserve(entries.size());
    for (const QJsonValue& entry : entries) {
        if (!entry.isObject())
            continue;
        ModelInfo info = fromProviderJson(entry.toObject());
        if (!info.id.isEmpty())
            models.append(std::move(info));
    }
    return models;
}

ModelInfo ModelInfo::fromJson(const QJsonObject& json)
{
    ModelInfo info;
    info.id = json.value(u"id").toString();
    info.name = json.value(u"name").toString(info.id);
    info.contextLength = json.value(u"contextLength").toInteger();
    info.promptPricePerToken = price(json.value(u"promptPricePerToken"));
    info.completionPricePerToken = price(json.value(u"completionPricePerToken"));
    info.supportsTools = optionalBool(json.value(u"supportsTools"));
    info.supportsReasoning = optionalBool(json.value(u"supportsReasoning"));
    return info;
}

QJsonObject ModelInfo::toJson() const
{
    QJsonObject json{{u"id"_s, id}, {u"name"_s, name}, {u"contextLength"_s, contextLength}};
    if (promptPricePerToken)
        json.insert(u"promptPricePerToken"_s, *promptPricePerToken);
    if (completionPricePerToken)
        json.insert(u"completionPricePerToken"_s, *completionPricePerToken);
    if (supportsTools)
        json.insert(u"supportsTools"_s, *supportsTools);
    if (supportsReasoning)
        json.insert(u"supportsReasoning"_s, *supportsReasoning);
    return json;
}

} // namespace harness::core
