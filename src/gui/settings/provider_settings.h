// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provider.h"
#include "core/setup/openrouter_connect.h"

#include <QNetworkAccessManager>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace harness::core {
class OllamaDetector;
class ProviderKeyCheck;
class SecretStore;
class Store;
struct KeyCheckResult;
} // namespace harness::core

namespace harness::gui {

/// The model providers: OpenRouter (a pasted key, or "Connect OpenRouter" in the browser), any
/// OpenAI-compatible server, and a local Ollama when one is running. Keys are checked live before
/// they are saved, go to the keychain only, and are shown masked (the last four characters).
class ProviderSettings final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSettings)
public:
    ProviderSettings(core::Store& store, core::SecretStore* secrets, QWidget* parent = nullptr);
    ~ProviderSettings() override;

    void reload();
    /// Where "Connect OpenRouter" goes and how it opens the browser (tests use local fakes).
    void setOpenRouterEndpoints(const core::OpenRouterEndpoints& endpoints);
    void setBrowserOpener(core::OpenRouterConnect::BrowserOpener opener) { m_opener = std::move(opener); }
    /// Looks for a local Ollama on `port` (default 11434) and offers it when found.
    void detectOllama(quint16 port = 0);
    bool ollamaDetectionStarted() const { return m_ollama != nullptr; }
    /// "…abcd": enough to recognise a key, never enough to use it.
    static QString maskedKey(const QString& key);

Q_SIGNALS:
    void saved();
    void statusMessage(const QString& text);

private:
    core::Provider providerFromForm() const;
    void loadForm(const QString& providerId);
    void updateKindFields();
    void checkAndSave();
    void onChecked(const core::KeyCheckResult& result);
    void commit(const core::Provider& provider, const QString& key);
    void removeSelected();
    void makeSelectedDefault();
    void connectOpenRouter();
    void onOpenRouterKey(const QString& key);
    void useOllama();
    void showStatus(const QString& text, bool error);
    void setBusy(bool busy);
    QString selectedId() const;

    core::Store& m_store;
    core::SecretStore* m_secrets = nullptr;
    QNetworkAccessManager m_network;
    core::ProviderKeyCheck* m_check = nullptr;
    core::OpenRouterConnect* m_openRouter = nullptr;
    core::OllamaDetector* m_ollama = nullptr;
    core::OpenRouterConnect::BrowserOpener m_opener;
    QString m_editingId;
    core::Provider m_pending; ///< the provider whose key is being checked
    QString m_pendingKey;

    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_makeDefault = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_formTitle = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_key = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_saveAnyway = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_cancelConnect = nullptr;
    QLabel* m_connectStatus = nullptr;
    QFrame* m_ollamaBox = nullptr;
    QLabel* m_ollamaLabel = nullptr;
    QPushButton* m_useOllama = nullptr;
};

} // namespace harness::gui
