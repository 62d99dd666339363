// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace harness::core {
class SecretStore;
class Store;
} // namespace harness::core

namespace harness::gui {

/// The default model provider: OpenRouter or any OpenAI-compatible URL, and its API key, which
/// goes to the system keychain and is never shown again (only its last four characters).
class ProviderSettings final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSettings)
public:
    ProviderSettings(core::Store& store, core::SecretStore* secrets, QWidget* parent = nullptr);
    ~ProviderSettings() override;

    void reload();

Q_SIGNALS:
    void saved();

private:
    void save();
    void updateKindFields();
    void showStatus(const QString& text, bool error);

    core::Store& m_store;
    core::SecretStore* m_secrets = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_key = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    QString m_providerId;
};

} // namespace harness::gui
