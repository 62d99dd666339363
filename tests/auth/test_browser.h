// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/oidc_sign_in.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <functional>

namespace harness::test {

/// Plays the user's browser: GETs the authorization URL and follows redirects (with cookies) through
/// the provider's interaction pages to the app's loopback page, like a browser would.
class TestBrowser final {
public:
    TestBrowser() { m_network.setCookieJar(new QNetworkCookieJar(&m_network)); }

    /// An opener that visits the URL, optionally rewritten first (e.g. a forged state).
    core::OidcSignIn::BrowserOpener opener(std::function<QUrl(const QUrl&)> rewrite = {})
    {
        return [this, rewrite](const QUrl& url) {
            ++opened;
            QNetworkReply* reply = m_network.get(QNetworkRequest(rewrite ? rewrite(url) : url));
            QObject::connect(reply, &QNetworkReply::finished, &m_network, [this, reply] {
                lastPage = reply->readAll();
                lastUrl = reply->url();
                lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                ++pages;
                reply->deleteLater();
            });
            return true;
        };
    }
    /// An opener that "opens" nothing: the user never comes back.
    core::OidcSignIn::BrowserOpener idle()
    {
        return [this](const QUrl&) {
            ++opened;
            return true;
        };
    }

    int opened = 0;
    int pages = 0;
    QByteArray lastPage;
    QUrl lastUrl;
    int lastStatus = 0;

private:
    QNetworkAccessManager m_network;
};

} // namespace harness::test
