// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace harness::core {
class SecretStore;
class Store;
} // namespace harness::core

namespace harness::gui {

/// The network proxy of this device (system / none / manual host:port with an optional user).
/// "Apply" saves it and makes every new connection of the app use it; the password goes to the
/// keychain.
class NetworkSettings final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettings)
public:
    NetworkSettings(core::Store& store, core::SecretStore* secrets, QWidget* parent = nullptr);
    ~NetworkSettings() override;

    void reload();
    void apply();

Q_SIGNALS:
    void applied();

private:
    void updateFields();
    void showStatus(const QString& text, bool error);

    core::Store& m_store;
    core::SecretStore* m_secrets = nullptr;
    QButtonGroup* m_mode = nullptr;
    QRadioButton* m_system = nullptr;
    QRadioButton* m_none = nullptr;
    QRadioButton* m_manual = nullptr;
    QWidget* m_manualFields = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_status = nullptr;
};

/// Applies the saved proxy app-wide (at start): at once, and again with the password once the
/// keychain answered.
void applySavedProxy(core::Store& store, core::SecretStore* secrets, QObject* context);

} // namespace harness::gui
