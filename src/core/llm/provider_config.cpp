// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/provider_config.h"

#include "core/util/app_info.h"

namespace harness::core {

ProviderConfig ProviderConfig::openRouter()
{
    ProviderConfig config;
    config.name = QStringLiteral("OpenRouter");
    config.baseUrl = QUrl(openRouterBaseUrl());
    config.extraHeaders = {
        {QByteArrayLiteral("HTTP-Referer"), QByteArrayLiteral("https://harness.dev")},
        {QByteArrayLiteral("X-Title"), AppInfo::displayName().toUtf8()},
    };
    return config;
}

ProviderConfig ProviderConfig::ollama()
{
    return custom(QStringLiteral("Ollama"), QUrl(QStringLiteral("http://localhost:11434/v1")));
}

ProviderConfig ProviderConfig::custom(const QString& name, const QUrl& baseUrl)
{
    ProviderConfig config;
    config.name = name;
    config.baseUrl = baseUrl;
    return config;
}

bool ProviderConfig::isOpenRouter() const
{
    const QString host = baseUrl.host().toLower();
    return host == u"openrouter.ai" || host.endsWith(u".openrouter.ai");
}

QUrl ProviderConfig::endpoint(const QString& path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    url.setPath(basePath + u'/' + tail);
    return url;
}

QString ProviderConfig::displayName() const
{
    if (!name.isEmpty())
        return name;
    return baseUrl.host().isEmpty() ? baseUrl.toDisplayString() : baseUrl.host();
}

} // namespace harness::core
