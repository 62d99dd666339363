// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/provider_options.h"

#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "core/engine/provider_access.h"
#include "core/store/provider_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace harness::cli {

ProviderOptions::ProviderOptions()
    : m_baseUrl(QStringLiteral("base-url"),
                Cli::tr("OpenAI-compatible endpoint, e.g. http://localhost:11434/v1."), Cli::tr("URL")),
      m_keyEnv(QStringLiteral("api-key-env"), Cli::tr("Read the API key from this environment variable."),
               Cli::tr("VAR"))
{}

void ProviderOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_baseUrl, m_keyEnv});
}

bool ProviderOptions::apply(CliContext& ctx, const QCommandLineParser& parser, core::Store& store,
                            core::ProviderAccess& providers, int& exitCode) const
{
    using core::ProviderConfig;
    if (parser.isSet(m_baseUrl) || parser.isSet(m_keyEnv)) {
        ProviderConfig config = ProviderConfig::openRouter();
        if (parser.isSet(m_baseUrl)) {
            const QUrl url(parser.value(m_baseUrl));
            if (!url.isValid() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
                exitCode = ctx.fail(
                    ExitUsage, Cli::tr("--base-url must be an http(s) URL, e.g. http://localhost:11434/v1."));
                return false;
            }
            config = url.host().endsWith(QLatin1String("openrouter.ai"))
                         ? ProviderConfig::openRouter()
                         : ProviderConfig::custom(url.host(), url);
            config.baseUrl = url;
        }
        QString key;
        if (parser.isSet(m_keyEnv)) {
            key = qEnvironmentVariable(parser.value(m_keyEnv).toLocal8Bit().constData());
            if (key.isEmpty()) {
                exitCode = ctx.fail(
                    ExitUsage,
                    Cli::tr("the environment variable %1 is not set or empty.").arg(parser.value(m_keyEnv)));
                return false;
            }
        }
        providers.setOverride(config, key);
    } else if (store.providers().defaultProvider().error.kind == core::StoreError::Kind::NotFound &&
               !qEnvironmentVariableIsEmpty("OPENROUTER_API_KEY")) {
        providers.setOverride(ProviderConfig::openRouter(), qEnvironmentVariable("OPENROUTER_API_KEY"));
    }
    return true;
}

} // namespace harness::cli
