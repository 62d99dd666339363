// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/onboarding/wizard_state.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace harness::core {
class Engine;
class HarnessBuilder;
class Store;
} // namespace harness::core

namespace harness::gui {

class ConnectStep;
class ModelStep;
class ServersStep;
class SkillsStep;

/// "Let's build your first harness": Name & model -> MCP servers -> Connect (only when a chosen
/// server needs a key or a sign-in) -> Skills and system prompt -> Create. "Save draft" on every
/// page. The same pages edit an existing harness.
class HarnessWizard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarnessWizard)
public:
    enum class Step { Model, Servers, Connect, Skills, Review };
    Q_ENUM(Step)

    /// \a engine may be nullptr (no model refresh, no keychain: typed secrets are not saved).
    HarnessWizard(core::Store& store, core::Engine* engine, QWidget* parent = nullptr);
    ~HarnessWizard() override;

    /// A fresh wizard. \a firstHarness changes the greeting.
    void startNew(bool firstHarness = false);
    /// Loads an existing harness (or draft) into the pages; false when it cannot be read.
    bool editHarness(const QString& harnessId);
    /// Shows a Cancel button (the first-run flow has none).
    void setCancelable(bool cancelable);

    Step currentStep() const;
    QString harnessId() const { return m_state.draft.harness.id; }
    QString errorText() const;
    ConnectStep& connectStep() { return *m_connect; }
    ServersStep& serversStep() { return *m_servers; }

    void next();
    void back();
    void saveDraft();
    void finish();

Q_SIGNALS:
    /// The harness was created (or, when editing, saved).
    void harnessSaved(const QString& harnessId, bool created);
    void draftSaved(const QString& harnessId);
    void cancelled();
    void statusMessage(const QString& text);

private:
    void collect();
    void showStep(Step step);
    QString stepProblem(Step step);
    QList<Step> steps() const;
    void updateNavigation();
    void updateReview();
    void showError(const QString& text);
    void showNote(const QString& text);

    core::Store& m_store;
    core::Engine* m_engine = nullptr;
    core::HarnessBuilder* m_builder = nullptr;
    WizardState m_state;
    bool m_editing = false;
    bool m_wasDraft = true;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QList<QLabel*> m_stepLabels;
    QStackedWidget* m_pages = nullptr;
    ModelStep* m_model = nullptr;
    ServersStep* m_servers = nullptr;
    ConnectStep* m_connect = nullptr;
    SkillsStep* m_skills = nullptr;
    QLabel* m_review = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace harness::gui
