// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/connect_step.h"

#include "core/engine/mcp_credential_keeper.h"
#include "gui/onboarding/server_test_widget.h"
#include "gui/onboarding/wizard_state.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace harness::gui {

using core::McpCatalogSecret;
using core::McpServerConfig;

ConnectStep::ConnectStep(WizardState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("connectStep"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro =
        new QLabel(tr("Some of the servers you chose need a key or a sign-in. Keys and tokens are kept in "
                      "your system keychain, never in Harness's files."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_boxes = new QVBoxLayout(m_content);
    m_boxes->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
}

ConnectStep::~ConnectStep() = default;

void ConnectStep::reload()
{
    while (QLayoutItem* item = m_boxes->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int index : m_state.checkedIndexes()) {
        ServerChoice& choice = m_state.choices[index];
        if (!choice.needsConnection())
            continue;
        auto* box = new QGroupBox(choice.displayName(), m_content);
        box->setObjectName(QStringLiteral("connectBox_") + choice.displayName());
        auto* form = new QFormLayout(box);
        const bool saved = !choice.storedId.isEmpty();
        const auto addSecretField = [&](const QString& label, const QUrl& help, const QString& current,
                                        std::function<void(const QString&)> store,
                                        const QString& objectName) {
            auto* field = new QLineEdit(current, box);
            field->setObjectName(objectName);
            field->setAccessibleName(label);
            field->setEchoMode(QLineEdit::Password);
            field->setPlaceholderText(saved ? tr("Saved in the keychain; type to replace it")
                                            : tr("Paste it here"));
            connect(field, &QLineEdit::textChanged, this,
                    [store](const QString& text) { store(text.trimmed()); });
            form->addRow(label + QLatin1Char(':'), field);
            if (help.isValid() && !help.isEmpty()) {
                auto* link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                            .arg(help.toString().toHtmlEscaped(), tr("Where do I get one?")),
                                        box);
                link->setOpenExternalLinks(true);
                form->addRow(QString(), link);
            }
        };
        if (choice.origin == ServerChoice::Origin::Catalog) {
            for (const auto& secret : choice.entry.secrets) {
                if (secret.kind == McpCatalogSecret::Kind::Bearer) {
                    addSecretField(
                        secret.label, secret.helpUrl, choice.bearerToken,
                        [this, index](const QString& text) { m_state.choices[index].bearerToken = text; },
                        QStringLiteral("secret_bearer"));
                } else {
                    const QString var = secret.envVar;
                    addSecretField(
                        secret.label, secret.helpUrl, choice.envSecrets.value(var),
                        [this, index, var](const QString& text) {
                            if (text.isEmpty())
                                m_state.choices[index].envSecrets.remove(var);
                            else
                                m_state.choices[index].envSecrets.insert(var, text);
                        },
                        QStringLiteral("secret_") + var);
                }
            }
        } else if (choice.auth() == McpServerConfig::AuthKind::Bearer) {
            addSecretField(
                tr("Access token"), {}, choice.bearerToken,
                [this, index](const QString& text) { m_state.choices[index].bearerToken = text; },
                QStringLiteral("secret_bearer"));
        }
        const bool oauth = choice.auth() == McpServerConfig::AuthKind::OAuth;
        if (oauth) {
            auto* note =
                new QLabel(tr("Sign in with your %1 account in the browser. Harness receives the permission "
                              "on this computer only.")
                               .arg(choice.displayName()),
                           box);
            note->setWordWrap(true);
            form->addRow(note);
        }
        auto* test = new ServerTestWidget(
            [this, index] {
                const ServerChoice& c = m_state.choices.at(index);
                ServerTestRequest request;
                request.config = c.resolvedConfig(&request.problem);
                request.bearerToken = c.bearerToken;
                request.secretEnv = c.envSecrets;
                return request;
            },
            box);
        test->setAuthorizationOpener(m_opener);
        if (oauth) {
            test->setButtonText(tr("Sign in"));
            connect(test, &ServerTestWidget::tested, this, [this, index](const core::McpProbeResult& result) {
                m_state.choices[index].signedIn = result.ok();
                if (result.ok() && result.oauthTokens.isValid())
                    m_state.choices[index].oauthCredentials =
                        core::McpCredentialKeeper::encode(result.oauthTokens, result.oauthClient);
            });
        }
        form->addRow(test);
        m_boxes->addWidget(box);
    }
    m_boxes->addStretch(1);
}

} // namespace harness::gui
