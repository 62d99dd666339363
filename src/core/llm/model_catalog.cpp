// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/model_catalog.h"

#include "core/llm/chat_request_builder.h"
#include "core/llm/retry_after.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace harness::core {

ModelCatalog::ModelCatalog(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network)
{}

ModelCatalog::~ModelCatalog()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelCatalog::fetch(const ProviderConfig& provider, const QString& apiKey)
{
    if (m_reply) {
        QNetworkReply* const old = std::exchange(m_reply, nullptr);
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    m_providerName = provider.displayName();
    if (!m_network) {
        ChatError error;
        error.kind = ChatError::Kind::Network;
        error.providerName = m_providerName;
        emit fetchFailed(error);
        return;
    }
    QNetworkRequest request = ChatRequestBuilder::endpointRequest(provider, apiKey, QStringLiteral("models"));
    request.setTransferTimeout(60 * 1000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ModelCatalog::onFinished);
}

void ModelCatalog::onFinished()
{
    QNetworkReply* const reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ChatError error;
    error.providerName = m_providerName;
    if (!status.isValid()) {
        error.kind = ChatError::Kind::Network;
        error.detail = reply->errorString();
        emit fetchFailed(error);
        return;
    }
    const int code = status.toInt();
    if (code < 200 || code > 299) {
        emit fetchFailed(ChatError::fromHttpReply(
            m_providerName, code, body,
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        error.kind = ChatError::Kind::ConnectionDropped;
        error.httpStatus = code;
        error.detail = reply->errorString();
        emit fetchFailed(error);
        return;
    }
    std::optional<QList<ModelInfo>> models = ModelInfo::parseCatalog(body);
    if (!models) {
        error.kind = ChatError::Kind::MalformedResponse;
        error.httpStatus = code;
        error.detail = tr("not a model list: %1").arg(QString::fromUtf8(body.left(120)));
        emit fetchFailed(error);
        return;
    }
    emit modelsFetched(*models);
}

} // namespace harness::core
