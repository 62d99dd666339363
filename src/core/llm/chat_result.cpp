// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_result.h"

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace harness::core {

namespace {
bool isBlank(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}
} // namespace

bool ToolCall::argumentsAreValid() const
{
    if (isBlank(arguments))
        return true;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

QJsonObject ToolCall::argumentsObject() const
{
    return isBlank(arguments) ? QJsonObject{} : QJsonDocument::fromJson(arguments.toUtf8()).object();
}

ChatUsage ChatUsage::fromJson(const QJsonObject& usage)
{
    ChatUsage result;
    result.promptTokens = usage.value(u"prompt_tokens").toInteger();
    result.completionTokens = usage.value(u"completion_tokens").toInteger();
    result.totalTokens =
        usage.value(u"total_tokens").toInteger(result.promptTokens + result.completionTokens);
    result.reasoningTokens =
        usage.value(u"completion_tokens_details").toObject().value(u"reasoning_tokens").toInteger();
    result.cachedPromptTokens =
        usage.value(u"prompt_tokens_details").toObject().value(u"cached_tokens").toInteger();
    const QJsonValue cost = usage.value(u"cost");
    if (cost.isDouble())
        result.cost = cost.toDouble();
    else if (cost.isString()) {
        bool ok = false;
        const double value = cost.toString().toDouble(&ok);
        if (ok)
            result.cost = value;
    }
    return result;
}

QJsonObject ChatUsage::toJson() const
{
    QJsonObject json{
        {u"prompt_tokens"_s, promptTokens},
        {u"completion_tokens"_s, completionTokens},
        {u"total_tokens"_s, totalTokens},
        {u"completion_tokens_details"_s, QJsonObject{{u"reasoning_tokens"_s, reasoningTokens}}},
        {u"prompt_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, cachedPromptTokens}}},
    };
    if (cost)
        json.insert(u"cost"_s, *cost);
    return json;
}

} // namespace harness::core
