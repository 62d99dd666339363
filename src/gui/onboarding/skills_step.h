// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/harness.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace harness::gui {

/// Wizard page 4: how the model should behave. The system prompt, skills (a name and what it is
/// for, as the Harness web app keeps them; added to the system prompt as a list) with a few
/// suggestions, and suggested prompts for a new chat. A skill shows as "name — description".
class SkillsStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkillsStep)
public:
    explicit SkillsStep(QWidget* parent = nullptr);
    ~SkillsStep() override;

    QString systemPrompt() const;
    QList<core::Skill> skills() const;
    QStringList suggestedPrompts() const;
    void load(const QString& systemPrompt, const QList<core::Skill>& skills,
              const QStringList& suggestedPrompts);
    void addSkill(const core::Skill& skill);

private:
    QPlainTextEdit* m_prompt = nullptr;
    QListWidget* m_skills = nullptr;
    QLineEdit* m_newSkill = nullptr;
    QLineEdit* m_newSkillDescription = nullptr;
    QPlainTextEdit* m_suggested = nullptr;
};

} // namespace harness::gui
