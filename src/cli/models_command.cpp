// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli models [--refresh] [--search TEXT] [--json]
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/provider_options.h"
#include "core/engine/provider_access.h"
#include "core/llm/model_catalog.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/provider_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace harness::cli {

namespace {

using namespace harness::core;

QString price(const std::optional<double>& perToken)
{
    return perToken ? QStringLiteral("$%1").arg(*perToken * 1e6, 0, 'f', 2) : QStringLiteral("-");
}

const CliCommandRegistration modelsCommand{CliCommand{
    {QStringLiteral("models")},
    QStringLiteral("[--refresh] [--search TEXT] [--json] [--base-url URL] [--api-key-env VAR]"),
    QT_TRANSLATE_NOOP("harness::cli", "List the provider's models (cached; --refresh fetches them again)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption refresh(QStringLiteral("refresh"),
                                         Cli::tr("Fetch the list from the provider."));
        const QCommandLineOption search(QStringLiteral("search"),
                                        Cli::tr("Only models whose id or name contains TEXT."),
                                        Cli::tr("TEXT"));
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
        const ProviderOptions providerOptions;
        parser.addOptions({refresh, search, json});
        providerOptions.addTo(parser);
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);

        // The cache belongs to the stored default provider; an override is fetched, never cached.
        const auto stored = store->providers().defaultProvider();
        const bool overridden =
            parser.isSet(QStringLiteral("base-url")) || parser.isSet(QStringLiteral("api-key-env"));
        QList<ModelInfo> models;
        if (!overridden && stored.ok() && !parser.isSet(refresh)) {
            for (const auto& object : store->providers().catalog(stored.value.id).value)
                models.append(ModelInfo::fromJson(object));
        }
        if (models.isEmpty()) {
            KeychainSecretStore secrets;
            ProviderAccess providers(*store, &secrets);
            if (!providerOptions.apply(ctx, parser, *store, providers, exitCode))
                return exitCode;
            ResolvedProvider resolved;
            QEventLoop loop;
            providers.resolve(Harness{}, &loop, [&](const ResolvedProvider& r) {
                resolved = r;
                loop.quit();
            });
            loop.exec();
            if (!resolved.ok())
                return ctx.fail(ExitFailure, resolved.error);
            QNetworkAccessManager network;
            ModelCatalog catalog(&network);
            QString error;
            QObject::connect(&catalog, &ModelCatalog::modelsFetched, &loop,
                             [&](const QList<ModelInfo>& fetched) {
                                 models = fetched;
                                 loop.quit();
                             });
            QObject::connect(&catalog, &ModelCatalog::fetchFailed, &loop, [&](const ChatError& e) {
                error = e.userMessage();
                loop.quit();
            });
            catalog.fetch(resolved.config, resolved.apiKey);
            loop.exec();
            if (!error.isEmpty())
                return ctx.fail(ExitFailure, error);
            if (!overridden && stored.ok()) {
                QList<QJsonObject> objects;
                for (const auto& model : std::as_const(models))
                    objects.append(model.toJson());
                if (auto e = store->providers().saveCatalog(stored.value.id, objects))
                    ctx.err()
                        << Cli::tr("warning: the model list could not be cached: %1").arg(e.userMessage())
                        << Qt::endl;
            }
        }
        const QString filter = parser.value(search);
        QJsonArray array;
        int shown = 0;
        if (!parser.isSet(json))
            ctx.out() << Cli::tr(
                             "MODEL                                        CONTEXT   IN/1M    OUT/1M   TOOLS")
                      << '\n';
        for (const auto& model : std::as_const(models)) {
            if (!filter.isEmpty() && !model.id.contains(filter, Qt::CaseInsensitive) &&
                !model.name.contains(filter, Qt::CaseInsensitive))
                continue;
            ++shown;
            if (parser.isSet(json)) {
                array.append(model.toJson());
                continue;
            }
            ctx.out() << model.id.leftJustified(44) << ' '
                      << (model.contextLength ? QString::number(model.contextLength) : QStringLiteral("-"))
                             .rightJustified(8)
                      << ' ' << price(model.promptPricePerToken).rightJustified(8) << ' '
                      << price(model.completionPricePerToken).rightJustified(8) << "   "
                      << (model.supportsTools ? (*model.supportsTools ? Cli::tr("yes") : Cli::tr("no"))
                                              : QStringLiteral("?"))
                      << '\n';
        }
        if (parser.isSet(json))
            ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        else if (shown == 0)
            ctx.out() << Cli::tr("No models.") << Qt::endl;
        return int(ExitOk);
    }}};

} // namespace

} // namespace harness::cli
