// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace harness::core {
class Store;
}

namespace harness::gui {

class HarnessForm;

/// Shown while there is no harness: explains what a harness is and creates the first one.
class FirstRunPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)
public:
    explicit FirstRunPage(core::Store& store, QWidget* parent = nullptr);
    ~FirstRunPage() override;

Q_SIGNALS:
    void harnessCreated(const QString& harnessId);

private:
    void create();

    core::Store& m_store;
    HarnessForm* m_form = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace harness::gui
