// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace harness::core {

/// One live connection to Convex's WebSocket sync protocol: Connect, Authenticate with the user's
/// JWT, a query set of subscriptions (ModifyQuerySet), Transitions checked against the version
/// the client holds. Reconnects with backoff (1 s growing to 16 s, with jitter) and re-subscribes
/// every query; a socket silent for 60 s counts as dead.
class ConvexSyncSocket final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvexSyncSocket)
public:
    /// `syncUrl`: ws(s)://host/api/<client version>/sync; see syncUrlFor().
    explicit ConvexSyncSocket(const QUrl& syncUrl, QObject* parent = nullptr);
    ~ConvexSyncSocket() override;

    /// The sync endpoint of a deployment URL (http -> ws, https -> wss).
    static QUrl syncUrlFor(const QUrl& deploymentUrl);

    void setAuthToken(const QString& jwt);
    void open();
    void close();
    /// True once the server confirmed the identity and answered the query set.
    bool isLive() const { return m_live; }

    /// Adds a subscription; its results come as queryUpdated(id, value). Returns the query id.
    int subscribe(const QString& udfPath, const QJsonObject& args);
    void unsubscribe(int queryId);

    void setReconnectDelays(int firstMs, int maxMs);

Q_SIGNALS:
    void liveChanged(bool live);
    void queryUpdated(int queryId, const QJsonValue& value);
    void queryFailed(int queryId, const QString& message, const QJsonValue& errorData);
    void authenticationFailed(const QString& reason);

private:
    struct Query {
        QString udfPath;
        QJsonObject args;
    };
    struct Version {
        qint64 querySet = 0;
        qint64 identity = 0;
        quint64 ts = 0; // sent as 8 little-endian bytes in base64
        friend bool operator==(const Version&, const Version&) = default;
    };

    void connectNow();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void handleTransition(const QJsonObject& message);
    void send(const QJsonObject& message);
    void sendAuthenticate();
    void sendModify(const QJsonArray& modifications);
    void scheduleReconnect();
    void setLive(bool live);
    static Version versionFrom(const QJsonValue& value);

    QUrl m_url;
    QWebSocket m_socket;
    QString m_token;
    QString m_sessionId;
    QString m_lastCloseReason = QStringLiteral("InitialConnect");
    int m_connectionCount = 0;
    bool m_wanted = false;
    bool m_live = false;
    bool m_awaitingAuth = false;
    Version m_version;
    qint64 m_identityVersion = 0;
    qint64 m_pendingModifies = 0; // ModifyQuerySets sent, not yet answered
    QHash<int, Query> m_queries;
    int m_nextQueryId = 0;
    QString m_pendingChunks;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 16000;
    int m_failures = 0;
};

} // namespace harness::core
