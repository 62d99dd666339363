// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/tool_settings.h"

#include "core/model/tool_policy.h"
#include "core/store/store.h"
#include "core/store/tool_policy_repository.h"
#include "gui/settings/settings_section.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace harness::gui {

using core::ToolPolicy;
using core::ToolPolicyRule;

namespace {

bool isGlobal(const ToolPolicyRule& rule)
{
    return rule.harnessId == ToolPolicyRule::Any && rule.serverId == ToolPolicyRule::Any &&
           rule.toolName == ToolPolicyRule::Any;
}

} // namespace

ToolSettings::ToolSettings(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("toolSettings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settings_ui::heading(tr("Tools"), this));
    layout->addWidget(settings_ui::hint(
        tr("When a model wants to use a tool of an MCP server. Choices made for a harness, a server or a "
           "single tool in the harness manager, and \"always\" answers to a prompt, come first."),
        this));
    m_choices = new QButtonGroup(this);
    const auto add = [this, layout](Default choice, const QString& text, const QString& hint,
                                    const char* name) {
        auto* button = new QRadioButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        m_choices->addButton(button, int(choice));
        layout->addWidget(button);
        auto* note = settings_ui::hint(hint, this);
        note->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(note);
    };
    add(Default::ReadOnlyAutomatically, tr("Allow read-only tools automatically, ask for the others"),
        tr("Tools their server marks as read-only run at once; anything that could change something asks "
           "first. Recommended."),
        "toolDefaultReadOnly");
    add(Default::AskEveryTime, tr("Ask before every tool call"),
        tr("You approve each call, read-only or not."), "toolDefaultAsk");
    add(Default::AlwaysRun, tr("Run every tool without asking"),
        tr("Only for servers you fully trust: a tool may change files, send messages or spend money."),
        "toolDefaultAlways");
    add(Default::NeverRun, tr("Never run tools"),
        tr("Models answer without tools, except where you allowed a tool explicitly."), "toolDefaultNever");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("toolStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addStretch(1);

    reload();
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on && !m_loading)
            save(static_cast<Default>(id));
    });
    connect(&m_store, &core::Store::toolPoliciesChanged, this, &ToolSettings::reload);
}

ToolSettings::~ToolSettings() = default;

void ToolSettings::reload()
{
    const auto rules = m_store.toolPolicies().list();
    if (!rules.ok()) {
        settings_ui::setStatus(m_status, rules.error.userMessage(), true);
        return;
    }
    Default current = Default::ReadOnlyAutomatically;
    for (const auto& rule : rules.value) {
        if (!isGlobal(rule))
            continue;
        switch (rule.policy) {
        case ToolPolicy::Ask:
            current = Default::AskEveryTime;
            break;
        case ToolPolicy::Always:
            current = Default::AlwaysRun;
            break;
        case ToolPolicy::Never:
            current = Default::NeverRun;
            break;
        }
    }
    m_loading = true;
    m_choices->button(int(current))->setChecked(true);
    m_loading = false;
}

void ToolSettings::save(Default choice)
{
    core::StoreError error;
    if (choice == Default::ReadOnlyAutomatically) {
        // No global rule: the engine's default (read-only tools run, the rest asks).
        error = m_store.toolPolicies().remove(ToolPolicyRule::Any, ToolPolicyRule::Any, ToolPolicyRule::Any);
        if (error.kind == core::StoreError::Kind::NotFound)
            error = {};
    } else {
        ToolPolicyRule rule;
        rule.policy = choice == Default::AskEveryTime ? ToolPolicy::Ask
                      : choice == Default::AlwaysRun  ? ToolPolicy::Always
                                                      : ToolPolicy::Never;
        error = m_store.toolPolicies().set(rule);
    }
    if (error)
        settings_ui::setStatus(m_status, error.userMessage(), true);
    else
        settings_ui::setStatus(m_status, {}, false);
}

} // namespace harness::gui
