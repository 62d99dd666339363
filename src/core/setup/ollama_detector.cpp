// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/setup/ollama_detector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace harness::core {

OllamaDetector::OllamaDetector(QNetworkAccessManager& network, quint16 port, QObject* parent)
    : QObject(parent), m_network(network), m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
}

OllamaDetector::~OllamaDetector()
{
    if (QNetworkReply* reply = m_reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl OllamaDetector::openAiBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

Provider OllamaDetector::provider() const
{
    Provider p;
    p.kind = Provider::Kind::OpenAiCompatible;
    p.name = QStringLiteral("Ollama");
    p.baseUrl = openAiBaseUrl().toString();
    return p;
}

void OllamaDetector::detect()
{
    if (QNetworkReply* old = m_reply) {
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/tags").arg(m_port)));
    request.setRawHeader("Accept", "application/json");
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &OllamaDetector::onFinished);
    m_timer.start(3000); // a local server answers at once; do not keep the user waiting
}

void OllamaDetector::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timer.stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto object = QJsonDocument::fromJson(reply->readAll()).object();
    const auto models = object.value(QStringLiteral("models"));
    if (status != 200 || !models.isArray()) {
        Q_EMIT finished(false, {});
        return;
    }
    QStringList names;
    for (const auto& model : models.toArray()) {
        const auto o = model.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        names.append(name.isEmpty() ? o.value(QStringLiteral("model")).toString() : name);
    }
    names.removeAll(QString());
    Q_EMIT finished(true, names);
}

} // namespace harness::core
