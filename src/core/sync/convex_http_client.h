// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace harness::core {

/// The outcome of one call of a Convex function over the HTTP API.
struct ConvexResult {
    enum class Kind {
        Ok,
        Network,         ///< no answer: unreachable, cut, timed out
        Unauthenticated, ///< the token was refused (401/403)
        FunctionError,   ///< the function failed (HTTP 560); `code` from its errorData
        Protocol,        ///< an answer that is not Convex's (bad JSON, unexpected status)
    };
    Kind kind = Kind::Ok;
    QJsonValue value;     ///< the function's return value when ok
    QString code;         ///< errorData.code of a ConvexError, or the 4xx code
    QJsonValue errorData; ///< the ConvexError payload, when there is one
    QString message;      ///< technical detail, never containing the token
    int httpStatus = 0;

    bool ok() const { return kind == Kind::Ok; }
};

/// Calls Convex queries and mutations over the documented HTTP API: POST /api/query|mutation with
/// {path, args, format: "json"} and `Authorization: Bearer <JWT>`.
class ConvexHttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvexHttpClient)
public:
    using Callback = std::function<void(const ConvexResult&)>;

    ConvexHttpClient(QNetworkAccessManager* network, const QUrl& deploymentUrl, QObject* parent = nullptr);
    ~ConvexHttpClient() override;

    void setAuthToken(const QString& jwt) { m_token = jwt; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    const QUrl& deploymentUrl() const { return m_url; }

    void query(const QString& path, const QJsonObject& args, Callback done);
    void mutation(const QString& path, const QJsonObject& args, Callback done);
    /// Aborts every call in flight; their callbacks are not called.
    void abortAll();

    /// Parses a reply body of the HTTP API (exposed for tests).
    static ConvexResult parseReply(int httpStatus, const QByteArray& body);

private:
    void call(const QString& kind, const QString& path, const QJsonObject& args, Callback done);

    QNetworkAccessManager* m_network;
    QUrl m_url;
    QString m_token;
    int m_timeoutMs = 60000;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace harness::core
