// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provider.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace harness::core {

/// Looks for a local Ollama server: GET http://127.0.0.1:<port>/api/tags (port 11434 unless told
/// otherwise). Found when it answers with {"models": [...]}; its OpenAI-compatible API is then
/// at http://127.0.0.1:<port>/v1.
class OllamaDetector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OllamaDetector)
public:
    static constexpr quint16 DefaultPort = 11434;

    explicit OllamaDetector(QNetworkAccessManager& network, quint16 port = DefaultPort,
                            QObject* parent = nullptr);
    ~OllamaDetector() override;

    /// Asks once (cancelling a running probe); ends with finished().
    void detect();
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>/v1
    QUrl openAiBaseUrl() const;
    /// A provider for the found server, ready for ProviderRepository::create().
    Provider provider() const;

Q_SIGNALS:
    /// `found`: Ollama answers; `models` are the names of the models it has pulled.
    void finished(bool found, const QStringList& models);

private:
    void onFinished();

    QNetworkAccessManager& m_network;
    quint16 m_port;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
};

} // namespace harness::core
