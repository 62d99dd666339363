// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/convex_http_client.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace harness::core {

ConvexHttpClient::ConvexHttpClient(QNetworkAccessManager* network, const QUrl& deploymentUrl, QObject* parent)
    : QObject(parent), m_network(network), m_url(deploymentUrl)
{}

ConvexHttpClient::~ConvexHttpClient()
{
    abortAll();
}

void ConvexHttpClient::query(const QString& path, const QJsonObject& args, Callback done)
{
    call(QStringLiteral("query"), path, args, std::move(done));
}

void ConvexHttpClient::mutation(const QString& path, const QJsonObject& args, Callback done)
{
    call(QStringLiteral("mutation"), path, args, std::move(done));
}

void ConvexHttpClient::abortAll()
{
    const auto replies = std::exchange(m_inFlight, {});
    for (const auto& reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void ConvexHttpClient::call(const QString& kind, const QString& path, const QJsonObject& args, Callback done)
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/api/") + kind);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Convex-Client", "harness-desktop-" HARNESS_VERSION);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body{{QStringLiteral("path"), path},
                           {QStringLiteral("args"), args},
                           {QStringLiteral("format"), QStringLiteral("json")}};
    QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ConvexResult result;
        if (status == 0) {
            result.kind = ConvexResult::Kind::Network;
            result.message = reply->errorString();
        } else {
            result = parseReply(status, reply->readAll());
        }
        done(result);
    });
}

ConvexResult ConvexHttpClient::parseReply(int httpStatus, const QByteArray& body)
{
    ConvexResult result;
    result.httpStatus = httpStatus;
    QJsonParseError parseError;
    const auto json = QJsonDocument::fromJson(body, &parseError).object();
    if (httpStatus == 401 || httpStatus == 403) {
        result.kind = ConvexResult::Kind::Unauthenticated;
        result.code = json.value(QStringLiteral("code")).toString();
        result.message = json.value(QStringLiteral("message")).toString();
        return result;
    }
    if (httpStatus == 200 || httpStatus == 560) {
        if (parseError.error != QJsonParseError::NoError) {
            result.kind = ConvexResult::Kind::Protocol;
            result.message = QStringLiteral("HTTP %1 with a body that is not JSON").arg(httpStatus);
            return result;
        }
        const QString status = json.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("success")) {
            result.value = json.value(QStringLiteral("value"));
            return result;
        }
        if (status == QLatin1String("error")) {
            result.kind = ConvexResult::Kind::FunctionError;
            result.message = json.value(QStringLiteral("errorMessage")).toString();
            result.errorData = json.value(QStringLiteral("errorData"));
            result.code = result.errorData.toObject().value(QStringLiteral("code")).toString();
            if (result.code == QLatin1String("unauthenticated"))
                result.kind = ConvexResult::Kind::Unauthenticated;
            return result;
        }
        result.kind = ConvexResult::Kind::Protocol;
        result.message = QStringLiteral("HTTP %1 without a status").arg(httpStatus);
        return result;
    }
    // 4xx/5xx: {code, message}; a 5xx or a gateway in between is a server that is not there now.
    result.kind = httpStatus >= 500 ? ConvexResult::Kind::Network : ConvexResult::Kind::Protocol;
    result.code = json.value(QStringLiteral("code")).toString();
    result.message = QStringLiteral("HTTP %1 %2 %3")
                         .arg(httpStatus)
                         .arg(result.code, json.value(QStringLiteral("message")).toString());
    return result;
}

} // namespace harness::core
