// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/cli_context.h"

#include "core/store/settings_repository.h"
#include "core/util/data_location.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace harness::cli {

CliContext::CliContext(QString dataDir) : m_dataDir(std::move(dataDir)), m_out(stdout), m_err(stderr)
{}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

core::Store* CliContext::store()
{
    if (m_store)
        return m_store.get();
    auto store = std::make_unique<core::Store>(core::DataLocation::databasePath(m_dataDir));
    if (const auto error = store->open()) {
        fail(ExitStoreUnusable, error.userMessage());
        m_err << QCoreApplication::translate("harness::cli", "Database: %1").arg(store->path()) << Qt::endl;
        return nullptr;
    }
    m_store = std::move(store);
    return m_store.get();
}

QString CliContext::languageSetting()
{
    if (!m_store) {
        const QString path = core::DataLocation::databasePath(m_dataDir);
        if (!QFileInfo::exists(path))
            return {};
        auto store = std::make_unique<core::Store>(path);
        if (store->open())
            return {}; // a command that needs the store reports why it cannot open
        m_store = std::move(store);
    }
    return m_store->settings().load().value.language;
}

int CliContext::fail(int code, const QString& message)
{
    m_out.flush();
    m_err << QStringLiteral("harness-cli: ") << message << Qt::endl;
    return code;
}

bool CliContext::stdoutIsTerminal() const
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdout)) != 0;
#else
    return false;
#endif
}

} // namespace harness::cli
