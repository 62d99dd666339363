// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_authorization_opener.h"

#include <QNetworkReply>

namespace harness::core {

HeadlessAuthorizationOpener::HeadlessAuthorizationOpener(QObject* parent) : QObject(parent)
{}

void HeadlessAuthorizationOpener::openAuthorizationUrl(const QUrl& url)
{
    fetch(url, 0);
}

void HeadlessAuthorizationOpener::fetch(const QUrl& url, int hops)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, hops] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (status >= 300 && status < 400 && location.isValid() && hops < 10) {
            fetch(url.resolved(location), hops + 1);
            return;
        }
        if (hops == 0)
            emit failed(tr("The authorization server did not redirect back (HTTP %1).").arg(status));
    });
}

} // namespace harness::core
