// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace harness::core {

/// The model names of the Harness web app. Its harnesses store short names ("claude-sonnet-4.6");
/// its FastAPI backend resolves them to OpenRouter ids before it calls OpenRouter (MODEL_MAP,
/// unknown names pass through) and sends `reasoning: {effort: "high"}` for the `-thinking`
/// names. The desktop keeps a harness's model as written and resolves it the same way when a run
/// starts against OpenRouter.
class WebModelMap final {
public:
    struct Resolved {
        QString model;         ///< what OpenRouter gets
        QJsonObject extraBody; ///< e.g. {reasoning: {effort: "high"}}; empty otherwise
        bool mapped = false;   ///< the name was one of the web's short names
    };

    /// `name` as OpenRouter takes it (full ids and unknown names pass through unchanged).
    static Resolved resolve(const QString& name);
    /// The web's short name for an OpenRouter id the user picked ("anthropic/claude-sonnet-4.6" ->
    /// "claude-sonnet-4.6"), the plain (not `-thinking`) one; `providerId` itself when none maps.
    static QString shortNameFor(const QString& providerId);
    /// What to store when the user picks `picked` for a harness whose model was `previous`: the
    /// previous name when it still means the same model (so a `-thinking` name stays), else the
    /// short name of the pick.
    static QString nameToStore(const QString& picked, const QString& previous);
    /// "claude-sonnet-4.6 (runs anthropic/claude-sonnet-4.6, high reasoning)" for a mapped name,
    /// the name itself otherwise: what the GUI shows as "which model runs".
    static QString describe(const QString& name);
};

} // namespace harness::core
