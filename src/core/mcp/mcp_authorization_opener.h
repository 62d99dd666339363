// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace harness::core {

/// Sends the user to an OAuth authorization URL. The GUI opens the system browser
/// (QDesktopServices); the authorization server then redirects to our loopback receiver.
class McpAuthorizationOpener {
public:
    virtual ~McpAuthorizationOpener() = default;
    virtual void openAuthorizationUrl(const QUrl& url) = 0;
};

/// No browser (CLI conformance mode, tests): fetches the authorization URL itself and follows
/// its redirects until they reach the loopback receiver.
class HeadlessAuthorizationOpener final : public QObject, public McpAuthorizationOpener {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessAuthorizationOpener)
public:
    explicit HeadlessAuthorizationOpener(QObject* parent = nullptr);
    void openAuthorizationUrl(const QUrl& url) override;

signals:
    /// The authorization server did not redirect (translated).
    void failed(const QString& error);

private:
    void fetch(const QUrl& url, int hops);

    QNetworkAccessManager m_nam;
};

} // namespace harness::core
