// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace harness::core {

// Fetches the remote image of a Markdown "[image] (click to load)" link, one URL at a time and
// only when asked (never by itself). http and https only; no cookies or credentials are sent and
// redirects are followed only to http(s). A body larger than maxBytes() is aborted, a transfer
// idle for longer than the timeout fails, and the body must sniff as an image (QMimeDatabase);
// the caller decodes it (core has no QtGui). Results, good or bad, are kept in memory per URL for
// the session: load() of a loaded URL does nothing, load() of a failed one tries again.
class RemoteImageLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteImageLoader)
public:
    enum class State { None, Loading, Loaded, Failed };

    struct Result {
        State state = State::None;
        QByteArray data;  // Loaded: the image file as received
        QString mimeType; // Loaded: what the bytes sniff as, e.g. image/png
        QString error;    // Failed: why, for the user
    };

    explicit RemoteImageLoader(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~RemoteImageLoader() override;

    static constexpr qint64 DefaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30'000;
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Starts fetching `url` unless it is loading or loaded; returns false (and records the reason
    // as a failure) for a URL that is not http(s).
    bool load(const QUrl& url);
    Result result(const QUrl& url) const { return m_results.value(url); }
    State state(const QUrl& url) const { return m_results.value(url).state; }
    // Bumped whenever any URL changes state: views compare it to know when to redraw.
    int revision() const { return m_revision; }

Q_SIGNALS:
    void stateChanged(const QUrl& url);

private:
    void fail(const QUrl& url, const QString& error);
    void finish(QNetworkReply* reply, const QUrl& url);

    QPointer<QNetworkAccessManager> m_network;
    qint64 m_maxBytes = DefaultMaxBytes;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_revision = 0;
    QHash<QUrl, Result> m_results;
    QHash<QUrl, QPointer<QNetworkReply>> m_replies;
};

} // namespace harness::core
