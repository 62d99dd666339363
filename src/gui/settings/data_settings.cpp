// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/data_settings.h"

#include "core/setup/data_mover.h"
#include "core/setup/data_portability.h"
#include "core/store/store.h"
#include "core/util/data_location.h"
#include "gui/file_dialog.h"
#include "gui/message_box.h"
#include "gui/settings/settings_section.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace harness::gui {

DataSettings::DataSettings(core::Store& store, const QString& dataDir, QWidget* parent)
    : QWidget(parent), m_store(store), m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("dataSettings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settings_ui::heading(tr("Data"), this));

    auto* where = new QLabel(tr("Your conversations, harnesses and settings are kept in:"), this);
    where->setWordWrap(true);
    layout->addWidget(where);
    auto* locationRow = new QHBoxLayout;
    auto* location = new QLabel(QDir::toNativeSeparators(dataDir), this);
    location->setObjectName(QStringLiteral("dataLocation"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = location->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    location->setFont(mono);
    auto* open = new QPushButton(tr("Open folder"), this);
    open->setObjectName(QStringLiteral("openDataFolder"));
    connect(open, &QPushButton::clicked, this,
            [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    locationRow->addWidget(location, 1);
    locationRow->addWidget(open);
    layout->addLayout(locationRow);
    const bool overridden = core::DataLocation::isOverridden(dataDir);
    m_move = new QPushButton(tr("Move data…"), this);
    m_move->setObjectName(QStringLiteral("moveData"));
    m_move->setAccessibleName(tr("Move the data folder"));
    m_move->setEnabled(!overridden);
    auto* moveRow = new QHBoxLayout;
    moveRow->addWidget(m_move);
    moveRow->addStretch(1);
    layout->addLayout(moveRow);
    auto* move = settings_ui::hint(
        overridden
            ? tr("This folder was chosen with --data-dir or the environment variable %1, which always win. "
                 "To keep your data elsewhere, change that option or variable.")
                  .arg(QString::fromLatin1(core::DataLocation::EnvironmentVariable))
            : tr("Move data… copies everything to an empty or new folder (another disk, a synced folder), "
                 "checks the copy, and uses it from the next start. The old folder is kept until you remove "
                 "it. API keys are not in this folder; they stay in the system keychain."),
        this);
    move->setObjectName(QStringLiteral("dataMoveHint"));
    layout->addWidget(move);
    connect(m_move, &QPushButton::clicked, this, [this] {
        const QString folder =
            FileDialog::existingDirectory(this, tr("Choose an empty folder for your data"),
                                          QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
        if (!folder.isEmpty())
            moveTo(folder);
    });
    m_restart = [] {
        // The same program with the same options; the new folder is read at start-up.
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1)))
            QCoreApplication::quit();
    };

    layout->addSpacing(12);
    auto* portTitle = new QLabel(tr("Export and import"), this);
    QFont bold = portTitle->font();
    bold.setBold(true);
    portTitle->setFont(bold);
    layout->addWidget(portTitle);
    layout->addWidget(settings_ui::hint(
        tr("One JSON file with your harnesses, MCP server settings, providers, conversations and settings. "
           "Keys and tokens are never exported. Importing merges: what is already here is not duplicated, "
           "and newer copies win."),
        this));
    auto* buttons = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("Export all data…"), this);
    exportButton->setObjectName(QStringLiteral("exportData"));
    auto* importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importData"));
    buttons->addWidget(exportButton);
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("dataResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(
                    QStringLiteral("harness-export-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
        const QString path =
            FileDialog::saveFileName(this, tr("Export all data"), suggested, tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Import data"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
}

DataSettings::~DataSettings() = default;

void DataSettings::showResult(const QString& text, bool error)
{
    settings_ui::setStatus(m_result, text, error);
}

bool DataSettings::exportTo(const QString& path)
{
    core::PortabilityReport report;
    const QByteArray json = core::DataPortability::exportJson(m_store, &report);
    if (!report.ok()) {
        showResult(report.error, true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showResult(tr("Could not write %1: %2. Choose another place.")
                       .arg(QDir::toNativeSeparators(path), file.errorString()),
                   true);
        return false;
    }
    const QStringList counts{tr("%n conversation(s)", nullptr, report.conversations.added),
                             tr("%n message(s)", nullptr, report.messages.added),
                             tr("%n harness(es)", nullptr, report.harnesses.added),
                             tr("%n MCP server(s)", nullptr, report.mcpServers.added),
                             tr("%n provider(s)", nullptr, report.providers.added)};
    //: %1 is a file path, %2 a list such as "3 conversations, 40 messages, 2 harnesses"
    QString text =
        tr("Exported to %1: %2.").arg(QDir::toNativeSeparators(path), counts.join(QStringLiteral(", ")));
    if (report.secretsLeftOut > 0)
        text += u' ' + tr("%n environment value(s) that looked like secrets were left out.", nullptr,
                          report.secretsLeftOut);
    showResult(text, false);
    return true;
}

bool DataSettings::moveTo(const QString& folder)
{
    if (const int running = m_beforeMove ? m_beforeMove() : 0; running > 0) {
        showResult(tr("%n answer(s) are still coming in. Wait for them to finish or stop them, then move "
                      "the data.",
                      nullptr, running),
                   true);
        return false;
    }
    showResult(tr("Copying your data to %1…").arg(QDir::toNativeSeparators(folder)), false);
    m_move->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto moved = core::DataMover::move(m_store, m_dataDir, folder);
    QGuiApplication::restoreOverrideCursor();
    m_move->setEnabled(true);
    if (!moved.ok()) {
        showResult(moved.error, true);
        return false;
    }
    const int conversations = moved.counts.value(QStringLiteral("conversations"));
    const QString text =
        tr("Your data was copied to %1 and checked (%n conversation(s)). Harness Desktop uses it from the "
           "next start.",
           nullptr, conversations)
            .arg(QDir::toNativeSeparators(moved.to)) +
        QStringLiteral("\n\n") +
        tr("The old folder %1 is kept until you remove it.").arg(QDir::toNativeSeparators(m_dataDir)) +
        QStringLiteral("\n\n") +
        tr("Restart now to use it, or cancel the move: the copy is removed and the app keeps using the old "
           "folder.");
    const auto answer = MessageBox::ask(
        this, QMessageBox::Information, tr("Data copied"), text, QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Restart now")}, {QMessageBox::Cancel, tr("Cancel the move")}});
    if (answer != QMessageBox::Yes) {
        core::DataMover::revert(moved);
        showResult(
            tr("The move was cancelled; your data stays in %1.").arg(QDir::toNativeSeparators(m_dataDir)),
            false);
        return false;
    }
    showResult(tr("Moved to %1. The old folder %2 is kept until you remove it.")
                   .arg(QDir::toNativeSeparators(moved.to), QDir::toNativeSeparators(m_dataDir)),
               false);
    if (m_restart)
        m_restart();
    return true;
}

bool DataSettings::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const auto report = core::DataPortability::importJson(m_store, file.readAll());
    showResult(report.summary(), !report.ok());
    return report.ok();
}

} // namespace harness::gui
