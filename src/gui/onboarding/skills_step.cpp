// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/skills_step.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace harness::gui {

SkillsStep::SkillsStep(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("skillsStep"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto heading = [this, layout](const QString& text, const QString& hint) {
        auto* label = new QLabel(text, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
        if (!hint.isEmpty()) {
            auto* note = new QLabel(hint, this);
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(note);
        }
        return label;
    };

    heading(tr("System prompt"), tr("Optional: who the model is and how it should answer."));
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("harnessSystemPrompt"));
    m_prompt->setAccessibleName(tr("System prompt"));
    m_prompt->setPlaceholderText(tr("e.g. You are a careful research assistant. Cite your sources."));
    m_prompt->setTabChangesFocus(true);
    layout->addWidget(m_prompt, 2);

    layout->addSpacing(6);
    heading(tr("Skills"), tr("Short abilities or rules, each with what it is for, added to the system "
                             "prompt as a list."));
    m_skills = new QListWidget(this);
    m_skills->setObjectName(QStringLiteral("skillList"));
    m_skills->setAccessibleName(tr("Skills"));
    layout->addWidget(m_skills, 1);
    auto* row = new QHBoxLayout;
    m_newSkill = new QLineEdit(this);
    m_newSkill->setObjectName(QStringLiteral("newSkill"));
    m_newSkill->setAccessibleName(tr("New skill"));
    m_newSkill->setPlaceholderText(tr("e.g. Explains code step by step"));
    m_newSkillDescription = new QLineEdit(this);
    m_newSkillDescription->setObjectName(QStringLiteral("newSkillDescription"));
    m_newSkillDescription->setAccessibleName(tr("What the new skill is for"));
    m_newSkillDescription->setPlaceholderText(tr("Description (optional)"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addSkillButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeSkillButton"));
    row->addWidget(m_newSkill, 1);
    row->addWidget(m_newSkillDescription, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    auto* suggestions = new QGridLayout;
    suggestions->addWidget(new QLabel(tr("Ideas:"), this), 0, 0);
    int slot = 0;
    for (const QString& idea : {tr("Cites its sources"), tr("Asks before changing files"),
                                tr("Answers concisely"), tr("Writes tests for code it changes")}) {
        auto* chip = new QPushButton(idea, this);
        chip->setFlat(true);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setStyleSheet(
            QStringLiteral("QPushButton { border: 1px solid palette(mid); border-radius: 10px; "
                           "padding: 2px 10px; }"));
        connect(chip, &QPushButton::clicked, this, [this, idea] { addSkill(idea); });
        suggestions->addWidget(chip, slot / 2, 1 + slot % 2);
        ++slot;
    }
    suggestions->setColumnStretch(3, 1);
    layout->addLayout(suggestions);

    layout->addSpacing(6);
    heading(tr("Suggested prompts"), tr("Optional: one per line, offered on an empty chat."));
    m_suggested = new QPlainTextEdit(this);
    m_suggested->setObjectName(QStringLiteral("suggestedPrompts"));
    m_suggested->setAccessibleName(tr("Suggested prompts"));
    m_suggested->setTabChangesFocus(true);
    m_suggested->setMaximumHeight(fontMetrics().height() * 5);
    layout->addWidget(m_suggested);

    const auto addTyped = [this] {
        addSkill(core::Skill{m_newSkill->text(), m_newSkillDescription->text().trimmed()});
        m_newSkill->clear();
        m_newSkillDescription->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_newSkill, &QLineEdit::returnPressed, this, addTyped);
    connect(m_newSkillDescription, &QLineEdit::returnPressed, this, addTyped);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_skills->currentItem(); });
}

SkillsStep::~SkillsStep() = default;

QString SkillsStep::systemPrompt() const
{
    return m_prompt->toPlainText().trimmed();
}

namespace {

const QString separator = QStringLiteral(" — ");

QString skillText(const core::Skill& skill)
{
    return skill.description.isEmpty() ? skill.name : skill.name + separator + skill.description;
}

/// The skill an item shows; an item edited in place is read back from its text.
core::Skill skillOf(const QString& text)
{
    const qsizetype at = text.indexOf(separator);
    if (at < 0)
        return core::Skill{text.trimmed()};
    return core::Skill{text.left(at).trimmed(), text.mid(at + separator.size()).trimmed()};
}

} // namespace

QList<core::Skill> SkillsStep::skills() const
{
    QList<core::Skill> out;
    for (int row = 0; row < m_skills->count(); ++row) {
        const core::Skill skill = skillOf(m_skills->item(row)->text());
        if (!skill.name.isEmpty())
            out.append(skill);
    }
    return out;
}

QStringList SkillsStep::suggestedPrompts() const
{
    QStringList out;
    for (const QString& line : m_suggested->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

void SkillsStep::load(const QString& systemPrompt, const QList<core::Skill>& skills,
                      const QStringList& suggestedPrompts)
{
    m_prompt->setPlainText(systemPrompt);
    m_skills->clear();
    for (const auto& skill : skills)
        addSkill(skill);
    m_suggested->setPlainText(suggestedPrompts.join(QLatin1Char('\n')));
}

void SkillsStep::addSkill(const core::Skill& skill)
{
    const core::Skill clean{skill.name.trimmed(), skill.description.trimmed()};
    if (clean.name.isEmpty())
        return;
    for (const auto& existing : skills()) {
        if (existing.name == clean.name)
            return;
    }
    auto* item = new QListWidgetItem(skillText(clean), m_skills);
    item->setToolTip(clean.description);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
}

} // namespace harness::gui
