// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_error.h"
#include "core/llm/model_info.h"
#include "core/llm/provider_config.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace harness::core {

/// Fetches a provider's model list (`GET {base}/models`). Caching is the store's job: it keeps
/// ModelInfo::toJson() and hands back ModelInfo::fromJson().
class ModelCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalog)

public:
    explicit ModelCatalog(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ModelCatalog() override;

    /// Starts a fetch; a fetch still running is abandoned (its result is never reported).
    void fetch(const ProviderConfig& provider, const QString& apiKey);
    bool isFetching() const { return m_reply != nullptr; }

signals:
    void modelsFetched(const QList<harness::core::ModelInfo>& models);
    void fetchFailed(const harness::core::ChatError& error);

private:
    void onFinished();

    QPointer<QNetworkAccessManager> m_network;
    QNetworkReply* m_reply = nullptr;
    QString m_providerName;
};

} // namespace harness::core

Q_DECLARE_METATYPE(harness::core::ModelInfo)
