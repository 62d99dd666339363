// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli chat: streams an answer to stdout, tool activity to stderr, and stores the exchange.
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/provider_options.h"
#include "cli/terminal_approval_policy.h"
#include "cli/terminal_authorization_opener.h"
#include "cli/terminal_elicitation_handler.h"
#include "core/engine/engine.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/settings_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QTimer>
#include <csignal>
#include <cstdio>

namespace harness::cli {

namespace {

using namespace harness::core;

volatile std::sig_atomic_t interrupted{0};

/// The harness to answer with: --harness NAME, else the rule the app follows too
/// (ChatService::harnessFor: the conversation's last harness, the default, the most recently used);
/// a --model makes up (or overrides) the model.
bool chooseHarness(CliContext& ctx, const QString& name, const QString& model, const QString& conversationId,
                   Harness& harness, int& exitCode)
{
    auto& store = *ctx.store();
    QString preferredId;
    if (!name.isEmpty()) {
        auto found = store.harnesses().findByName(name);
        if (!found.ok()) {
            exitCode =
                ctx.fail(ExitNotFound, Cli::tr("no harness named \"%1\". `harness-cli harnesses list` shows "
                                               "them.")
                                           .arg(name));
            return false;
        }
        preferredId = found.value.id;
    }
    auto chosen = ChatService::harnessFor(store, conversationId, preferredId);
    if (chosen.ok()) {
        harness = chosen.value;
    } else if (model.isEmpty()) {
        exitCode =
            ctx.fail(ExitUsage, Cli::tr("no harness yet: create one in the Harness Desktop app, or pass "
                                        "--model ID (e.g. --model openai/gpt-4o)."));
        return false;
    } else {
        harness.name = QStringLiteral("harness-cli");
    }
    if (!model.isEmpty()) {
        if (!name.isEmpty() || !harness.id.isEmpty())
            harness.id.clear(); // a one-off variant: the stored harness keeps its own model
        harness.model = model;
    }
    return true;
}

const CliCommandRegistration chatCommand{CliCommand{
    {QStringLiteral("chat")},
    QStringLiteral("[--harness NAME | --model ID] [--base-url URL] [--api-key-env VAR] [--conversation ID] "
                   "[--yes] [--retry] PROMPT|-"),
    QT_TRANSLATE_NOOP("harness::cli", "Ask a harness; the answer streams to stdout and is saved."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption harnessOption(QStringLiteral("harness"), Cli::tr("Harness to use."),
                                               Cli::tr("NAME"));
        const QCommandLineOption modelOption(QStringLiteral("model"),
                                             Cli::tr("Model id (overrides the harness's)."), Cli::tr("ID"));
        const ProviderOptions providerOptions;
        const QCommandLineOption conversationOption(
            QStringLiteral("conversation"), Cli::tr("Continue this conversation (id or unique prefix)."),
            Cli::tr("ID"));
        const QCommandLineOption yes(
            {QStringLiteral("y"), QStringLiteral("yes")},
            Cli::tr("Allow every tool call without asking (tools whose stored policy is "
                    "\"never\" stay denied)."));
        const QCommandLineOption retry(
            QStringLiteral("retry"), Cli::tr("Answer the conversation again as it stands (after a failed or "
                                             "interrupted answer); needs --conversation and no prompt."));
        const QCommandLineOption stall(
            QStringLiteral("stall-timeout"),
            Cli::tr("Give up when the stream is silent this long (seconds, default 60)."), Cli::tr("S"),
            QStringLiteral("60"));
        parser.addOptions({harnessOption, modelOption, conversationOption, yes, retry, stall});
        providerOptions.addTo(parser);
        parser.addPositionalArgument(QStringLiteral("PROMPT"),
                                     Cli::tr("The message, or - to read it from stdin."));
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;

        QString prompt = parser.positionalArguments().join(QLatin1Char(' '));
        if (prompt == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return ctx.fail(ExitFailure, Cli::tr("cannot read the prompt from stdin."));
            prompt = QString::fromUtf8(in.readAll());
        }
        prompt = prompt.trimmed();
        if (parser.isSet(retry) && (!prompt.isEmpty() || !parser.isSet(conversationOption)))
            return ctx.fail(ExitUsage,
                            Cli::tr("--retry answers an existing conversation: give --conversation ID and no "
                                    "prompt."));
        if (prompt.isEmpty() && !parser.isSet(retry))
            return ctx.fail(ExitUsage,
                            Cli::tr("give a prompt, e.g. harness-cli chat \"Hello\", or - to read stdin."));
        bool numeric = false;
        const int stallSeconds = parser.value(stall).toInt(&numeric);
        if (!numeric || stallSeconds < 1)
            return ctx.fail(ExitUsage, Cli::tr("--stall-timeout needs a positive number of seconds."));

        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        QString conversationId;
        if (parser.isSet(conversationOption)) {
            auto conversation = store->conversations().resolve(parser.value(conversationOption));
            if (!conversation.ok())
                return ctx.fail(
                    ExitNotFound,
                    Cli::tr("no conversation with id \"%1\".").arg(parser.value(conversationOption)));
            conversationId = conversation.value.id;
        }
        Harness harness;
        if (!chooseHarness(ctx, parser.value(harnessOption), parser.value(modelOption), conversationId,
                           harness, exitCode))
            return exitCode;

        KeychainSecretStore secrets;
        Engine engine(*store, &secrets); // the saved MCP servers of the harness provide its tools
        if (!providerOptions.apply(ctx, parser, *store, engine.providers(), exitCode))
            return exitCode;
        // The stored policies decide first; what they leave to the user is asked on the terminal.
        AllowAllPolicy allowAll;
        TerminalApprovalPolicy ask;
        engine.setApprovalPolicy(parser.isSet(yes) ? static_cast<ToolApprovalPolicy*>(&allowAll) : &ask);
        TerminalElicitationHandler elicitation;
        TerminalAuthorizationOpener opener;
        engine.mcp().setElicitationHandler(&elicitation);
        engine.mcp().setAuthorizationOpener(&opener);
        QObject::connect(&engine.mcpCredentials(), &McpCredentialKeeper::problem, &engine,
                         [&ctx](const QString& server, const QString& error) {
                             ctx.err() << (server.isEmpty() ? error : Cli::tr("%1: %2").arg(server, error))
                                       << Qt::endl;
                         });
        auto& runs = engine.runs();
        auto& chat = engine.chat();
        chat.setGenerateTitles(false);
        chat.setStallTimeout(std::chrono::seconds(stallSeconds));

        QEventLoop loop;
        int result = ExitOk;
        QString target;
        const auto mine = [&target](const QString& id) {
            return id == target;
        };
        QSet<QString> callsShown, callsEnded;
        QObject::connect(&runs, &RunRegistry::messageChanged, &loop, [&](const MessageChange& change) {
            if (!mine(change.conversationId))
                return;
            if (change.kind == MessageChange::Kind::TextAppended) {
                ctx.out() << change.text;
                ctx.out().flush();
            } else if (change.kind == MessageChange::Kind::SaveFailed) {
                ctx.err() << "\n" << change.text << Qt::endl;
            } else if (const auto* call = change.toolCall()) {
                if (!callsShown.contains(call->callId)) {
                    callsShown.insert(call->callId);
                    ctx.err() << "\n[tool] " << call->name << " …" << Qt::endl;
                }
                if (isEnded(call->status) && !callsEnded.contains(call->callId)) {
                    callsEnded.insert(call->callId);
                    ctx.err() << (call->status == ToolCallStatus::Done ? "[tool] done" : "[tool] failed")
                              << Qt::endl;
                }
            }
        });
        QObject::connect(
            &runs, &RunRegistry::toolsUnavailable, &loop, [&](const QString& id, const QStringList& e) {
                if (mine(id))
                    ctx.err() << Cli::tr("[tools unavailable] %1").arg(e.join(QStringLiteral("; ")))
                              << Qt::endl;
            });
        QObject::connect(&runs, &RunRegistry::runFinished, &loop, [&](const QString& id) {
            if (mine(id)) {
                ctx.out() << Qt::endl;
                loop.quit();
            }
        });
        QObject::connect(&runs, &RunRegistry::runFailed, &loop,
                         [&](const QString& id, const QString&, const QString& message) {
                             if (!mine(id))
                                 return;
                             result = ctx.fail(ExitFailure, message);
                             loop.quit();
                         });
        QObject::connect(&runs, &RunRegistry::runStopped, &loop, [&](const QString& id) {
            if (!mine(id))
                return;
            result = ctx.fail(130, Cli::tr("stopped; the partial answer is saved."));
            loop.quit();
        });
        QObject::connect(&chat, &ChatService::answerFailed, &loop,
                         [&](const QString& id, const QString& message) {
                             if (!mine(id))
                                 return;
                             result = ctx.fail(ExitFailure, message);
                             loop.quit();
                         });
        interrupted = 0;
        std::signal(SIGINT, [](int) { interrupted = 1; });
        std::signal(SIGTERM, [](int) { interrupted = 1; });
        QTimer interruptPoll;
        QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
            if (interrupted && runs.isRunning(target))
                runs.stop(target);
        });
        interruptPoll.start(100);

        // The conversation id is known once the message is saved; the run starts right after.
        target = conversationId;
        if (parser.isSet(retry)) {
            chat.answer(conversationId, harness);
        } else {
            const auto sent = chat.send(conversationId, harness, prompt);
            if (!sent.error.ok())
                return ctx.fail(ExitStoreUnusable, sent.error.userMessage());
            target = sent.conversationId;
        }
        if (runs.isRunning(target))
            loop.exec();
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        if (engine.mcpCredentials().isBusy()) { // a refreshed sign-in is being saved
            QObject::connect(&engine.mcpCredentials(), &McpCredentialKeeper::idle, &loop, &QEventLoop::quit);
            loop.exec();
        }
        engine.setApprovalPolicy(nullptr);
        engine.mcp().setElicitationHandler(nullptr);
        engine.mcp().setAuthorizationOpener(nullptr);
        ctx.err() << Cli::tr("(conversation %1)").arg(target.left(8)) << Qt::endl;
        return result;
    }}};

} // namespace

} // namespace harness::cli
