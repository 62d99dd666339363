// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace harness::core {
class ProviderAccess;
class Store;
} // namespace harness::core

namespace harness::cli {

class CliContext;

/// --base-url URL and --api-key-env VAR, shared by the commands that talk to a provider. Without
/// them the stored default provider and its keychain key are used; with no provider stored,
/// $OPENROUTER_API_KEY selects OpenRouter.
class ProviderOptions final {
public:
    ProviderOptions();
    void addTo(QCommandLineParser& parser) const;
    /// Applies the options to `providers`; on a usage error prints it and returns false.
    bool apply(CliContext& ctx, const QCommandLineParser& parser, core::Store& store,
               core::ProviderAccess& providers, int& exitCode) const;

private:
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_keyEnv;
};

} // namespace harness::cli
