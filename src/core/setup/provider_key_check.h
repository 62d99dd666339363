// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provider.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QNetworkAccessManager;

namespace harness::core {

/// The answer of a live key check: usable, or why not, in words the user can act on.
struct KeyCheckResult {
    enum class Outcome {
        Valid,
        Rejected,     ///< 401/403: the key is wrong, revoked or missing
        Unreachable,  ///< DNS, connection refused, offline, proxy, TLS
        TimedOut,     ///< no answer within the timeout
        WrongAddress, ///< the server answered, but not as an OpenAI-compatible API (404, HTML...)
        ServerError,  ///< 5xx or another unexpected status
    };
    Outcome outcome = Outcome::ServerError;
    QString message;     ///< for the user; empty when Valid
    QString keyLabel;    ///< OpenRouter: the key's label ("sk-or-v1-abc...xyz")
    int modelCount = -1; ///< OpenAI-compatible: how many models /models listed

    bool ok() const { return outcome == Outcome::Valid; }
};

/// Checks a provider key live, before it is saved: OpenRouter answers GET {base}/key with the
/// key's details (401 when the key is wrong); any other OpenAI-compatible server is asked for
/// GET {base}/models. One check at a time per object; a new check cancels the previous one.
class ProviderKeyCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderKeyCheck)
public:
    explicit ProviderKeyCheck(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~ProviderKeyCheck() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// `key` may be empty for local servers that need none (Ollama).
    void check(const Provider& provider, const QString& key);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    void finished(const harness::core::KeyCheckResult& result);

private:
    void onFinished();

    QNetworkAccessManager& m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{15'000};
    Provider::Kind m_kind = Provider::Kind::OpenRouter;
    QString m_server;
    bool m_timedOut = false;
    bool m_sentKey = false;
};

} // namespace harness::core
