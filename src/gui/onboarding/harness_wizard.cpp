// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/harness_wizard.h"

#include "core/engine/engine.h"
#include "core/llm/web_model_map.h"
#include "core/onboarding/harness_builder.h"
#include "core/store/provider_repository.h"
#include "core/store/store.h"
#include "gui/onboarding/connect_step.h"
#include "gui/onboarding/model_step.h"
#include "gui/onboarding/servers_step.h"
#include "gui/onboarding/skills_step.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace harness::gui {

namespace {
constexpr std::array allSteps{HarnessWizard::Step::Model, HarnessWizard::Step::Servers,
                              HarnessWizard::Step::Connect, HarnessWizard::Step::Skills,
                              HarnessWizard::Step::Review};
} // namespace

HarnessWizard::HarnessWizard(core::Store& store, core::Engine* engine, QWidget* parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    setObjectName(QStringLiteral("harnessWizard"));
    m_builder = new core::HarnessBuilder(store, engine ? engine->secrets() : nullptr, this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 14);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("wizardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_subtitle);

    auto* indicator = new QHBoxLayout;
    indicator->setSpacing(6);
    const QStringList names{tr("Name & model"), tr("MCP servers"), tr("Connect"), tr("Skills"), tr("Create")};
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0) {
            auto* arrow = new QLabel(QStringLiteral("›"), this);
            arrow->setForegroundRole(QPalette::PlaceholderText);
            indicator->addWidget(arrow);
        }
        auto* label = new QLabel(QStringLiteral("%1  %2").arg(i + 1).arg(names.at(i)), this);
        label->setObjectName(QStringLiteral("wizardStepLabel%1").arg(i));
        m_stepLabels.append(label);
        indicator->addWidget(label);
    }
    indicator->addStretch(1);
    outer->addSpacing(6);
    outer->addLayout(indicator);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    outer->addWidget(rule);

    m_pages = new QStackedWidget(this);
    m_model = new ModelStep(store, engine, m_pages);
    m_servers = new ServersStep(m_state, m_pages);
    m_connect = new ConnectStep(m_state, m_pages);
    m_skills = new SkillsStep(m_pages);
    auto* reviewPage = new QWidget(m_pages);
    reviewPage->setObjectName(QStringLiteral("reviewStep"));
    auto* reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    m_review = new QLabel(reviewPage);
    m_review->setObjectName(QStringLiteral("wizardReview"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    reviewLayout->addWidget(m_review);
    reviewLayout->addStretch(1);
    for (QWidget* page : {static_cast<QWidget*>(m_model), static_cast<QWidget*>(m_servers),
                          static_cast<QWidget*>(m_connect), static_cast<QWidget*>(m_skills), reviewPage})
        m_pages->addWidget(page);
    outer->addWidget(m_pages, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    auto* nav = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("wizardCancelButton"));
    m_cancel->hide();
    m_draft = new QPushButton(tr("Save draft"), this);
    m_draft->setObjectName(QStringLiteral("saveDraftButton"));
    m_draft->setToolTip(tr("Keep what you entered as a draft harness and finish later"));
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("wizardBackButton"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("wizardNextButton"));
    m_next->setDefault(true);
    nav->addWidget(m_cancel);
    nav->addWidget(m_draft);
    nav->addStretch(1);
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    outer->addLayout(nav);

    connect(m_servers, &ServersStep::choicesChanged, this, &HarnessWizard::updateNavigation);
    connect(m_cancel, &QPushButton::clicked, this, &HarnessWizard::cancelled);
    connect(m_draft, &QPushButton::clicked, this, &HarnessWizard::saveDraft);
    connect(m_back, &QPushButton::clicked, this, &HarnessWizard::back);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (currentStep() == Step::Review)
            finish();
        else
            next();
    });
    connect(m_builder, &core::HarnessBuilder::secretsSaved, this, [this](const QStringList& errors) {
        // The servers were saved before their secrets: let the engine read them now.
        if (m_engine)
            m_engine->reloadMcpServers();
        if (errors.isEmpty())
            return;
        showError(errors.join(QLatin1Char('\n')));
        Q_EMIT statusMessage(errors.join(QLatin1Char(' ')));
    });
    startNew();
}

HarnessWizard::~HarnessWizard() = default;

void HarnessWizard::startNew(bool firstHarness)
{
    m_editing = false;
    m_wasDraft = true;
    m_state = WizardState{};
    m_state.loadChoices(m_store);
    m_title->setText(firstHarness ? tr("Let's build your first harness") : tr("New harness"));
    m_subtitle->setText(
        tr("A harness is a model, the tools it may use, and how it should behave. You can change "
           "everything later, and save a draft at any step."));
    m_model->setName(firstHarness ? tr("My harness") : QString());
    m_model->setModel({});
    m_model->loadCachedModels();
    m_skills->load({}, {}, {});
    m_servers->reload();
    m_message->hide();
    showStep(Step::Model);
}

bool HarnessWizard::editHarness(const QString& harnessId)
{
    const auto loaded = core::HarnessDraft::load(m_store, harnessId);
    if (!loaded.ok()) {
        showError(loaded.error.userMessage());
        return false;
    }
    m_state = WizardState{};
    m_state.loadChoices(m_store);
    m_state.loadHarness(loaded.value);
    m_editing = true;
    m_wasDraft = loaded.value.harness.status == core::HarnessStatus::Draft;
    m_title->setText(m_wasDraft ? tr("Finish \"%1\"").arg(loaded.value.harness.name)
                                : tr("Edit \"%1\"").arg(loaded.value.harness.name));
    m_subtitle->setText(m_wasDraft
                            ? tr("This harness is a draft: complete the steps and create it.")
                            : tr("Change any step, then save. Tokens already saved stay in the keychain "
                                 "unless you type new ones."));
    m_model->setName(loaded.value.harness.name);
    m_model->setModel(loaded.value.harness.model);
    m_model->loadCachedModels();
    m_skills->load(loaded.value.harness.systemPrompt, loaded.value.harness.skills,
                   loaded.value.harness.suggestedPrompts);
    m_servers->reload();
    m_message->hide();
    showStep(Step::Model);
    return true;
}

void HarnessWizard::setCancelable(bool cancelable)
{
    m_cancel->setVisible(cancelable);
}

HarnessWizard::Step HarnessWizard::currentStep() const
{
    return allSteps.at(size_t(m_pages->currentIndex()));
}

QString HarnessWizard::errorText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QList<HarnessWizard::Step> HarnessWizard::steps() const
{
    QList<Step> out;
    for (Step step : allSteps) {
        if (step != Step::Connect || m_state.needsConnectStep())
            out.append(step);
    }
    return out;
}

void HarnessWizard::collect()
{
    auto& h = m_state.draft.harness;
    h.name = m_model->name();
    // A model the Harness web app knows is stored by its web name, so the web runs it too; the
    // run resolves it back for OpenRouter (WebModelMap).
    const auto provider = m_store.providers().defaultProvider();
    const bool openRouter = !provider.ok() || provider.value.kind == core::Provider::Kind::OpenRouter;
    h.model = openRouter ? core::WebModelMap::nameToStore(m_model->model(), h.model) : m_model->model();
    h.systemPrompt = m_skills->systemPrompt();
    h.skills = m_skills->skills();
    h.suggestedPrompts = m_skills->suggestedPrompts();
}

QString HarnessWizard::stepProblem(Step step)
{
    switch (step) {
    case Step::Model:
        return m_state.draft.identityProblem();
    case Step::Servers:
        return m_servers->problem();
    case Step::Connect:
        for (int index : m_state.checkedIndexes()) {
            const ServerChoice& choice = m_state.choices.at(index);
            if (!choice.storedId.isEmpty() || choice.origin != ServerChoice::Origin::Catalog)
                continue; // saved: the keychain has it; custom: the token was asked for when added
            for (const auto& secret : choice.entry.secrets) {
                const bool missing = secret.kind == core::McpCatalogSecret::Kind::Bearer
                                         ? choice.bearerToken.isEmpty()
                                         : !choice.envSecrets.contains(secret.envVar);
                if (missing)
                    return tr("Enter the %1 for %2, or go back and untick it.")
                        .arg(secret.label, choice.displayName());
            }
        }
        return {};
    case Step::Skills:
    case Step::Review:
        break;
    }
    return {};
}

void HarnessWizard::next()
{
    collect();
    const Step step = currentStep();
    if (const QString problem = stepProblem(step); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    const QList<Step> order = steps();
    const qsizetype at = order.indexOf(step);
    if (at >= 0 && at + 1 < order.size()) {
        m_message->hide();
        showStep(order.at(at + 1));
    }
}

void HarnessWizard::back()
{
    collect();
    const QList<Step> order = steps();
    const qsizetype at = order.indexOf(currentStep());
    m_message->hide();
    if (at > 0)
        showStep(order.at(at - 1));
}

void HarnessWizard::showStep(Step step)
{
    if (step == Step::Connect)
        m_connect->reload();
    if (step == Step::Review)
        updateReview();
    m_pages->setCurrentIndex(int(std::find(allSteps.begin(), allSteps.end(), step) - allSteps.begin()));
    updateNavigation();
}

void HarnessWizard::updateNavigation()
{
    const Step current = currentStep();
    const QList<Step> order = steps();
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        const Step step = allSteps.at(size_t(i));
        QLabel* label = m_stepLabels.at(i);
        QFont font = label->font();
        font.setBold(step == current);
        label->setFont(font);
        label->setEnabled(order.contains(step));
        label->setStyleSheet(step == current ? QStringLiteral("color: palette(highlight);") : QString());
        label->setToolTip(order.contains(step) ? QString()
                                               : tr("Not needed: no chosen server asks for a key"));
    }
    m_back->setEnabled(current != Step::Model);
    if (current == Step::Review)
        m_next->setText(m_editing && !m_wasDraft ? tr("Save changes") : tr("Create harness"));
    else
        m_next->setText(tr("Next"));
    m_next->setObjectName(current == Step::Review ? QStringLiteral("createHarnessButton")
                                                  : QStringLiteral("wizardNextButton"));
    m_draft->setVisible(!m_editing || m_wasDraft);
}

void HarnessWizard::updateReview()
{
    collect();
    const auto& h = m_state.draft.harness;
    QString html = QStringLiteral("<table cellspacing='6'>");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label, value);
    };
    row(tr("Name"), h.name.toHtmlEscaped());
    row(tr("Model"), QStringLiteral("<code>%1</code>").arg(h.model.toHtmlEscaped()));
    QStringList servers;
    for (int index : m_state.checkedIndexes()) {
        const ServerChoice& choice = m_state.choices.at(index);
        QString line = choice.displayName().toHtmlEscaped();
        if (choice.needsConnection()) {
            if (choice.auth() == core::McpServerConfig::AuthKind::OAuth)
                line += choice.signedIn ? tr(" — signed in") : tr(" — asks you to sign in on first use");
            else if (!choice.bearerToken.isEmpty() || !choice.envSecrets.isEmpty())
                line += tr(" — key goes to the keychain");
        }
        servers.append(line);
    }
    row(tr("Tools from"), servers.isEmpty() ? tr("no MCP server") : servers.join(QStringLiteral("<br>")));
    row(tr("System prompt"), h.systemPrompt.isEmpty() ? tr("none")
                                                      : h.systemPrompt.left(300).toHtmlEscaped().replace(
                                                            QLatin1Char('\n'), QStringLiteral("<br>")));
    QStringList skills;
    for (const auto& skill : h.skills) {
        skills.append(skill.description.isEmpty()
                          ? skill.name.toHtmlEscaped()
                          : QStringLiteral("%1 — %2").arg(skill.name.toHtmlEscaped(),
                                                          skill.description.toHtmlEscaped()));
    }
    row(tr("Skills"), skills.isEmpty() ? tr("none") : skills.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    m_review->setText(html);
}

void HarnessWizard::saveDraft()
{
    collect();
    core::HarnessDraft draft = m_state.buildDraft();
    const auto result = m_builder->saveDraft(draft);
    if (!result.ok()) {
        showError(result.error);
        return;
    }
    m_state.adoptSaved(draft);
    m_model->setName(draft.harness.name);
    QString note =
        tr("Draft \"%1\" saved. Find it under Drafts in Harnesses to finish it.").arg(draft.harness.name);
    if (!result.serversNotSaved.isEmpty())
        note += QLatin1Char('\n') +
                tr("Not saved yet (incomplete): %1").arg(result.serversNotSaved.join(QStringLiteral("; ")));
    showNote(note);
    Q_EMIT draftSaved(result.harnessId);
    Q_EMIT statusMessage(tr("Draft \"%1\" saved.").arg(draft.harness.name));
}

void HarnessWizard::finish()
{
    collect();
    for (Step step : steps()) {
        if (const QString problem = stepProblem(step); !problem.isEmpty()) {
            showStep(step);
            showError(problem);
            return;
        }
    }
    core::HarnessDraft draft = m_state.buildDraft();
    const auto status = m_editing && !m_wasDraft ? draft.harness.status : core::HarnessStatus::Started;
    const auto result = m_builder->save(draft, status);
    if (!result.ok()) {
        showError(result.error);
        return;
    }
    const bool created = !m_editing || m_wasDraft;
    m_state.adoptSaved(draft);
    m_wasDraft = false;
    m_editing = true;
    showNote(created ? tr("Harness \"%1\" created.").arg(draft.harness.name)
                     : tr("Harness \"%1\" saved.").arg(draft.harness.name));
    Q_EMIT harnessSaved(result.harnessId, created);
}

void HarnessWizard::showError(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void HarnessWizard::showNote(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: #2e7d32"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace harness::gui
