// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/account/account_service.h"

#include "core/secrets/secret_store.h"
#include "core/store/local_settings_repository.h"
#include "core/store/store.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace harness::core {

Q_LOGGING_CATEGORY(lcAccount, "harness.account")

namespace {
const QString kProfileKey = QStringLiteral("account.profile");
const QString kIssuerKey = QStringLiteral("account.issuer");
const QString kClientIdKey = QStringLiteral("account.clientId");
const QString kDeploymentKey = QStringLiteral("account.deploymentUrl");
} // namespace

AccountService::AccountService(Store& store, SecretStore* secrets, QNetworkAccessManager* network,
                               QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secrets),
      m_network(network ? network : new QNetworkAccessManager(this))
{
    m_mode = storedProfileMode(store);
    m_config = storedConfiguration(store);

    m_pendingTimer.setSingleShot(true);
    m_pendingTimer.setInterval(300);
    connect(&m_pendingTimer, &QTimer::timeout, this, &AccountService::updatePending);
    const auto later = [this] {
        if (m_mode == ProfileMode::Account && !m_pendingTimer.isActive())
            m_pendingTimer.start();
    };
    for (auto signal : {&Store::conversationsChanged, &Store::harnessesChanged, &Store::settingsChanged,
                        &Store::mcpServersChanged})
        connect(&store, signal, this, later);
    connect(&store, &Store::conversationChanged, this, later);
    connect(&store, &Store::messageAdded, this, later);
    connect(&store, &Store::messageChanged, this, later);
    connect(&store, &Store::messagesRemoved, this, later);

    build();
}

AccountService::~AccountService() = default;

namespace {
QString storedSetting(Store& store, const QString& key)
{
    const auto value = store.localSettings().value(key);
    if (value.error)
        qCWarning(lcAccount) << "cannot read local setting" << key << value.error.detail;
    return value.value;
}
} // namespace

AccountService::ProfileMode AccountService::storedProfileMode(Store& store)
{
    const QString profile = storedSetting(store, kProfileKey);
    if (profile == QLatin1String("local"))
        return ProfileMode::Local;
    if (profile == QLatin1String("account"))
        return ProfileMode::Account;
    return ProfileMode::Unchosen;
}

AccountConfiguration AccountService::storedConfiguration(Store& store)
{
    AccountConfiguration config = AccountConfiguration::defaults();
    if (const QString issuer = storedSetting(store, kIssuerKey); !issuer.isEmpty())
        config.issuer = QUrl(issuer);
    if (const QString clientId = storedSetting(store, kClientIdKey); !clientId.isEmpty())
        config.clientId = clientId;
    if (const QString url = storedSetting(store, kDeploymentKey); !url.isEmpty())
        config.deploymentUrl = QUrl(url);
    return config;
}

QString AccountService::localSetting(const QString& key) const
{
    const auto value = m_store.localSettings().value(key);
    if (value.error)
        qCWarning(lcAccount) << "cannot read local setting" << key << value.error.detail;
    return value.value;
}

void AccountService::setLocalSetting(const QString& key, const QString& value)
{
    const StoreError error =
        value.isEmpty() ? m_store.localSettings().remove(key) : m_store.localSettings().setValue(key, value);
    if (error)
        qCWarning(lcAccount) << "cannot save local setting" << key << error.detail;
}

void AccountService::build()
{
    delete m_session;
    delete m_sync;
    m_decisionRows = -1;

    m_session = new AuthSession(m_config.oidc(), m_secrets, m_network, this);
    m_sync = new SyncEngine(m_store, m_network, m_config.deploymentUrl, this);
    m_sync->setSecretStore(m_secrets);

    connect(m_session, &AuthSession::stateChanged, this, [this](AuthSession::State state) {
        Q_EMIT authStateChanged(state);
        Q_EMIT statusChanged();
    });
    connect(m_session, &AuthSession::browserOpened, this, &AccountService::browserOpened);
    connect(m_session, &AuthSession::signedIn, this, [this](const UserInfo& user) {
        m_lastError = {};
        setMode(ProfileMode::Account);
        startSync();
        Q_EMIT signedIn(user);
        Q_EMIT statusChanged();
    });
    connect(m_session, &AuthSession::tokensRefreshed, this, [this] {
        if (m_sync->isRunning())
            m_sync->setIdToken(m_session->idToken());
        else
            startSync();
    });
    connect(m_session, &AuthSession::signedOut, this, [this] {
        const bool byUser = m_signingOut;
        m_signingOut = false;
        if (!byUser) // the session ended by itself: stop, keep everything, ask to sign in again
            m_sync->stop();
        m_decisionRows = -1;
        Q_EMIT signedOut(byUser);
        Q_EMIT statusChanged();
    });
    connect(m_session, &AuthSession::errorOccurred, this, [this](const AuthError& error) {
        m_lastError = error;
        qCInfo(lcAccount) << "account:" << AuthError::kindName(error.kind) << error.detail;
        Q_EMIT errorOccurred(error);
        Q_EMIT statusChanged();
    });

    connect(m_sync, &SyncEngine::statusChanged, this,
            [this](SyncEngine::Status status, const QString& reason) {
                Q_EMIT syncStatusChanged(status, reason);
                Q_EMIT statusChanged();
                updatePending();
            });
    connect(m_sync, &SyncEngine::localDataDecisionNeeded, this, [this](int rows, bool otherAccount) {
        m_decisionRows = rows;
        m_decisionOtherAccount = otherAccount;
        Q_EMIT localDataDecisionNeeded(rows, otherAccount);
    });
    // The deployment refused the ID token (it expired, e.g. after the computer slept, or during
    // a long answer): refresh it; the engine retries with the new one (tokensRefreshed).
    connect(m_sync, &SyncEngine::tokenRefreshNeeded, this, [this] {
        if (m_session->isSignedIn())
            m_session->refresh();
    });
    connect(m_sync, &SyncEngine::pushed, this, &AccountService::updatePending);
    connect(m_sync, &SyncEngine::synced, this, &AccountService::updatePending);
}

QString AccountService::setConfiguration(const AccountConfiguration& config)
{
    if (config == m_config)
        return {};
    if (authState() != AuthSession::State::SignedOut)
        return tr("Sign out before changing where the account signs in and syncs.");
    if (const QString problem = config.validate(); !problem.isEmpty())
        return problem;
    const AccountConfiguration defaults = AccountConfiguration::defaults();
    setLocalSetting(kIssuerKey, config.issuer == defaults.issuer ? QString() : config.issuer.toString());
    setLocalSetting(kClientIdKey, config.clientId == defaults.clientId ? QString() : config.clientId);
    setLocalSetting(kDeploymentKey, config.deploymentUrl == defaults.deploymentUrl
                                        ? QString()
                                        : config.deploymentUrl.toString());
    m_config = config;
    m_config.clientId = config.clientId.trimmed();
    m_lastError = {};
    build();
    Q_EMIT configurationChanged();
    Q_EMIT statusChanged();
    return {};
}

void AccountService::start()
{
    if (m_mode == ProfileMode::Account && authState() == AuthSession::State::SignedOut)
        m_session->restore();
    updatePending();
}

void AccountService::setMode(ProfileMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    setLocalSetting(kProfileKey, mode == ProfileMode::Local     ? QStringLiteral("local")
                                 : mode == ProfileMode::Account ? QStringLiteral("account")
                                                                : QString());
    Q_EMIT profileModeChanged(mode);
    Q_EMIT statusChanged();
    updatePending();
}

QString AccountService::signIn()
{
    if (const QString problem = m_config.validate(); !problem.isEmpty())
        return problem;
    if (!m_opener)
        return tr("No web browser is available to sign in.");
    m_lastError = {};
    m_session->signIn(m_opener);
    return {};
}

void AccountService::cancelSignIn()
{
    m_session->cancelSignIn();
}

void AccountService::startSync()
{
    if (!m_session->isSignedIn() || m_sync->isRunning() ||
        m_sync->status() == SyncEngine::Status::WaitingForDecision)
        return;
    if (!m_config.validate().isEmpty())
        return; // statusText() says what to configure
    m_sync->start(m_session->idToken());
}

void AccountService::signOut(SyncEngine::SignOutChoice choice)
{
    m_signingOut = true;
    m_sync->signOut(choice);
    m_decisionRows = -1;
    setMode(ProfileMode::Local);
    m_session->signOut(); // ends with signedOut(true) once the keychain entries are gone
}

void AccountService::useWithoutAccount(SyncEngine::SignOutChoice choice)
{
    if (authState() == AuthSession::State::SigningIn)
        m_session->cancelSignIn();
    if (m_mode == ProfileMode::Account || isSignedIn())
        signOut(choice);
    else
        setMode(ProfileMode::Local);
}

void AccountService::resolveLocalData(SyncEngine::LocalDataChoice choice)
{
    if (m_decisionRows < 0)
        return;
    m_decisionRows = -1;
    m_sync->resolveLocalData(choice);
}

void AccountService::syncNow()
{
    if (!isSignedIn())
        return;
    if (!m_sync->isRunning())
        return startSync();
    m_sync->syncNow();
}

AuthSession::State AccountService::authState() const
{
    return m_session->state();
}

bool AccountService::isSignedIn() const
{
    return m_session->isSignedIn();
}

UserInfo AccountService::user() const
{
    return m_session->user();
}

SyncEngine::Status AccountService::syncStatus() const
{
    return m_sync->status();
}

QString AccountService::syncStatusReason() const
{
    return m_sync->statusReason();
}

void AccountService::updatePending()
{
    const int pending = m_mode == ProfileMode::Account && isSignedIn() ? m_sync->pendingChanges() : 0;
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT pendingChangesChanged(pending);
}

QString AccountService::statusText() const
{
    const AuthSession::State state = authState();
    if (state == AuthSession::State::SigningIn)
        return tr("Waiting for you to sign in in the browser…");
    switch (m_mode) {
    case ProfileMode::Unchosen:
        return tr("No account chosen yet");
    case ProfileMode::Local:
        return tr("Local profile: not syncing");
    case ProfileMode::Account:
        break;
    }
    switch (state) {
    case AuthSession::State::Restoring:
        return tr("Signing in…");
    case AuthSession::State::SigningIn:
    case AuthSession::State::SignedOut:
        if (m_lastError)
            return tr("Signed out: %1").arg(m_lastError.message());
        return tr("Signed out: sign in to sync again");
    case AuthSession::State::SignedIn:
        break;
    }
    if (const QString problem = m_config.validate(); !problem.isEmpty())
        return problem;
    return m_sync->statusText();
}

} // namespace harness::core
