// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace harness::core {
class Engine;
class Store;
} // namespace harness::core

namespace harness::gui {

class HarnessWizard;

/// Shown while there is no usable harness: the onboarding wizard, "Let's build your first
/// harness". A draft left from an earlier visit is picked up where it was left.
class FirstRunPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)
public:
    /// Without an engine there is no model list refresh and typed secrets cannot be saved.
    explicit FirstRunPage(core::Store& store, QWidget* parent = nullptr);
    FirstRunPage(core::Store& store, core::Engine* engine, QWidget* parent = nullptr);
    ~FirstRunPage() override;

    HarnessWizard& wizard() { return *m_wizard; }

Q_SIGNALS:
    void harnessCreated(const QString& harnessId);
    void statusMessage(const QString& text);

private:
    core::Store& m_store;
    HarnessWizard* m_wizard = nullptr;
};

} // namespace harness::gui
