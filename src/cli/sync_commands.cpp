// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli sync status [--json] | sync now [--timeout SECONDS]
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "core/account/account_service.h"
#include "core/auth/auth_session.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/sync/convex_sync_socket.h"
#include "core/sync/sync_engine.h"
#include "core/sync/sync_outbox.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

namespace harness::cli {

namespace {

using namespace harness::core;

/// The stored sign-in of the data directory: the profile's configuration and the session kept in
/// the keychain, with a fresh ID token (refreshed when it expired).
struct StoredSignIn {
    QNetworkAccessManager network;
    KeychainSecretStore secrets;
    AccountConfiguration config;
    std::unique_ptr<AuthSession> session;
    QString problem; ///< why there is no usable sign-in

    bool restore(Store& store, int timeoutMs)
    {
        if (AccountService::storedProfileMode(store) != AccountService::ProfileMode::Account) {
            problem =
                Cli::tr("not signed in: this data directory uses no Harness account (sign in in the app)");
            return false;
        }
        config = AccountService::storedConfiguration(store);
        if (const QString invalid = config.validate(); !invalid.isEmpty()) {
            problem = invalid;
            return false;
        }
        session = std::make_unique<AuthSession>(config.oidc(), &secrets, &network);
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, [&] {
            problem = Cli::tr("signing in took too long (the keychain or %1 did not answer)")
                          .arg(config.issuer.host());
            loop.quit();
        });
        QObject::connect(session.get(), &AuthSession::restoreFinished, &loop, [&](bool signedIn) {
            if (!signedIn && problem.isEmpty())
                problem = Cli::tr("not signed in: sign in again in the app");
            loop.quit();
        });
        QObject::connect(session.get(), &AuthSession::errorOccurred, &loop,
                         [&](const AuthError& error) { problem = error.message(); });
        session->restore();
        if (session->state() == AuthSession::State::Restoring)
            loop.exec();
        if (!session->isSignedIn())
            return false;
        // A stored ID token may have expired while the app was closed: renew it first.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (session->expiresAt() <= now + 30) {
            problem.clear();
            QEventLoop refresh;
            QTimer::singleShot(timeoutMs, &refresh, &QEventLoop::quit);
            QObject::connect(session.get(), &AuthSession::tokensRefreshed, &refresh, &QEventLoop::quit);
            QObject::connect(session.get(), &AuthSession::signedOut, &refresh, &QEventLoop::quit);
            session->refresh();
            refresh.exec();
            if (!session->isSignedIn() || session->expiresAt() <= now) {
                if (problem.isEmpty())
                    problem =
                        Cli::tr("the sign-in expired and could not be renewed: sign in again in the app");
                return false;
            }
        }
        return true;
    }
};

/// The answer is one line: the engine's progress notes stay out of the terminal (QT_LOGGING_RULES
/// can bring them back); its warnings still show.
void quietLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("harness.*.debug=false\nharness.*.info=false"));
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return Cli::tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

int timeoutOf(const QCommandLineParser& parser, const QCommandLineOption& option, int fallbackSeconds)
{
    bool ok = false;
    const int seconds = parser.value(option).toInt(&ok);
    return (ok && seconds > 0 ? seconds : fallbackSeconds) * 1000;
}

const CliCommandRegistration syncStatusCommand{CliCommand{
    {QStringLiteral("sync"), QStringLiteral("status")},
    QStringLiteral("[--json] [--timeout SECONDS]"),
    QT_TRANSLATE_NOOP("harness::cli", "Show the signed-in account, its deployment, changes waiting to sync, "
                                      "the last sync and whether live updates answer."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
        const QCommandLineOption timeout(QStringLiteral("timeout"),
                                         Cli::tr("Wait at most SECONDS for the account (default 20)."),
                                         Cli::tr("SECONDS"));
        parser.addOptions({json, timeout});
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        quietLogs();
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        const int waitMs = timeoutOf(parser, timeout, 20);
        SyncOutbox outbox(*store);
        const int pending = outbox.pendingCount().value;
        const qint64 lastSync = outbox.lastSyncAt().value;

        StoredSignIn signIn;
        const bool signedIn = signIn.restore(*store, waitMs);
        bool live = false;
        QString liveProblem;
        if (signedIn) {
            // Whether the deployment's live updates answer for this account (what keeps the app
            // current within a second).
            ConvexSyncSocket socket(ConvexSyncSocket::syncUrlFor(signIn.config.deploymentUrl));
            socket.setAuthToken(signIn.session->idToken());
            socket.subscribe(QStringLiteral("desktop/sync:state"), {});
            QEventLoop loop;
            QTimer::singleShot(std::min(waitMs, 10'000), &loop, [&] {
                liveProblem = Cli::tr("no answer from %1").arg(signIn.config.deploymentUrl.toString());
                loop.quit();
            });
            QObject::connect(&socket, &ConvexSyncSocket::liveChanged, &loop, [&](bool up) {
                if (up) {
                    live = true;
                    loop.quit();
                }
            });
            QObject::connect(&socket, &ConvexSyncSocket::authenticationFailed, &loop,
                             [&](const QString& reason) {
                                 liveProblem = reason;
                                 loop.quit();
                             });
            socket.open();
            loop.exec();
            socket.close();
        }
        const UserInfo user = signedIn ? signIn.session->user() : UserInfo{};
        if (parser.isSet(json)) {
            QJsonObject o{{QStringLiteral("signedIn"), signedIn},
                          {QStringLiteral("deployment"), signIn.config.deploymentUrl.toString()},
                          {QStringLiteral("pendingChanges"), pending},
                          {QStringLiteral("lastSyncAt"), double(lastSync)},
                          {QStringLiteral("live"), live}};
            if (signedIn) {
                o.insert(QStringLiteral("account"), outbox.account().value);
                o.insert(QStringLiteral("email"), user.email);
            } else {
                o.insert(QStringLiteral("problem"), signIn.problem);
            }
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            ctx.out() << Cli::tr("Account:     %1")
                             .arg(signedIn ? (user.email.isEmpty() ? user.subject : user.email)
                                           : Cli::tr("not signed in"))
                      << '\n'
                      << Cli::tr("Deployment:  %1").arg(signIn.config.deploymentUrl.toString()) << '\n'
                      << Cli::tr("Pending:     %n change(s) not synced yet", nullptr, pending) << '\n'
                      << Cli::tr("Last sync:   %1").arg(when(lastSync)) << '\n'
                      << Cli::tr("Live:        %1")
                             .arg(live                    ? Cli::tr("yes")
                                  : liveProblem.isEmpty() ? Cli::tr("no")
                                                          : Cli::tr("no (%1)").arg(liveProblem))
                      << Qt::endl;
        }
        if (!signedIn)
            return ctx.fail(ExitFailure, signIn.problem);
        return int(ExitOk);
    }}};

const CliCommandRegistration syncNowCommand{CliCommand{
    {QStringLiteral("sync"), QStringLiteral("now")},
    QStringLiteral("[--timeout SECONDS]"),
    QT_TRANSLATE_NOOP("harness::cli", "Push local changes to the account and pull its changes, once."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption timeout(QStringLiteral("timeout"),
                                         Cli::tr("Give up after SECONDS (default 300)."), Cli::tr("SECONDS"));
        parser.addOptions({timeout});
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        quietLogs();
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        const int waitMs = timeoutOf(parser, timeout, 300);
        StoredSignIn signIn;
        if (!signIn.restore(*store, std::min(waitMs, 30'000)))
            return ctx.fail(ExitFailure, signIn.problem);

        SyncEngine engine(*store, &signIn.network, signIn.config.deploymentUrl);
        engine.setSecretStore(&signIn.secrets);
        engine.setLiveUpdates(false);
        QEventLoop loop;
        QString problem;
        bool refreshed = false;
        bool refreshing = false;
        const auto failWith = [&](const QString& reason) {
            if (problem.isEmpty())
                problem = reason;
            loop.quit();
        };
        QTimer::singleShot(waitMs, &loop, [&] {
            failWith(Cli::tr("sync took longer than %n second(s)", nullptr, waitMs / 1000));
        });
        QObject::connect(&engine, &SyncEngine::synced, &loop, &QEventLoop::quit);
        QObject::connect(&engine, &SyncEngine::localDataDecisionNeeded, &loop, [&](int rows, bool) {
            failWith(Cli::tr("%n conversation(s), harness(es) or message(s) on this computer are not in the "
                             "account yet: open the app and choose whether to upload them",
                             nullptr, rows));
        });
        QObject::connect(&engine, &SyncEngine::tokenRefreshNeeded, &loop, [&] {
            if (refreshed) // a renewed token refused again: the session is no longer valid
                return failWith(Cli::tr("the deployment refuses the sign-in: sign in again in the app"));
            refreshed = refreshing = true;
            signIn.session->refresh();
        });
        QObject::connect(signIn.session.get(), &AuthSession::tokensRefreshed, &loop, [&] {
            refreshing = false;
            engine.setIdToken(signIn.session->idToken());
        });
        QObject::connect(signIn.session.get(), &AuthSession::errorOccurred, &loop,
                         [&](const AuthError& error) { failWith(error.message()); });
        QObject::connect(&engine, &SyncEngine::statusChanged, &loop,
                         [&](SyncEngine::Status status, const QString& reason) {
                             if (status == SyncEngine::Status::Offline)
                                 failWith(Cli::tr("%1 cannot be reached: %2")
                                              .arg(signIn.config.deploymentUrl.toString(), reason));
                             else if (status == SyncEngine::Status::Error)
                                 QTimer::singleShot(0, &loop, [&, reason] {
                                     if (!refreshing) // an expired token is renewed first
                                         failWith(reason);
                                 });
                         });
        engine.start(signIn.session->idToken());
        if (problem.isEmpty())
            loop.exec();
        engine.stop();
        if (!problem.isEmpty())
            return ctx.fail(ExitFailure, problem);
        ctx.out() << Cli::tr("Synced with %1.").arg(signIn.config.deploymentUrl.toString()) << Qt::endl;
        return int(ExitOk);
    }}};

} // namespace

} // namespace harness::cli
