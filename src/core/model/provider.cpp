// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/provider.h"

namespace harness::core {

QString providerKindName(Provider::Kind kind)
{
    return kind == Provider::Kind::OpenRouter ? QStringLiteral("openrouter") : QStringLiteral("openai");
}

std::optional<Provider::Kind> providerKindFromString(const QString& text)
{
    if (text == QLatin1String("openrouter"))
        return Provider::Kind::OpenRouter;
    if (text == QLatin1String("openai"))
        return Provider::Kind::OpenAiCompatible;
    return std::nullopt;
}

} // namespace harness::core
