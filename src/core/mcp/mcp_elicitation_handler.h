// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace harness::core {

/// A server asks the user for input (`elicitation/create`, form mode).
struct McpElicitationRequest {
    QString serverName;
    QString message;
    QJsonObject requestedSchema; ///< flat object schema of primitive properties
    /// The schema's `default` values, to pre-fill the form (already applied to the answer if the
    /// handler accepts without setting a field).
    QJsonObject defaults;

    /// From the params of `elicitation/create`.
    static McpElicitationRequest fromParams(const QString& serverName, const QJsonObject& params);
};

struct McpElicitationResponse {
    enum class Action { Accept, Decline, Cancel };
    Action action = Action::Decline;
    QJsonObject content; ///< only for Accept

    /// The `elicitation/create` result; accepted content gets the schema's defaults filled in.
    QJsonObject toResult(const QJsonObject& requestedSchema) const;
};

/// Answers elicitation requests. The GUI shows a form, the CLI asks on the terminal. Call
/// \a respond exactly once, now or later (it is safe to call after the server went away).
class McpElicitationHandler {
public:
    virtual ~McpElicitationHandler() = default;
    virtual void elicit(const McpElicitationRequest& request,
                        std::function<void(const McpElicitationResponse&)> respond) = 0;

    /// The `default` value of each property in \a schema.
    static QJsonObject schemaDefaults(const QJsonObject& schema);
    /// \a content with every missing property that has a default filled in.
    static QJsonObject applySchemaDefaults(const QJsonObject& schema, const QJsonObject& content);
};

/// The default: declines every request (nobody is there to answer).
class DecliningElicitationHandler final : public McpElicitationHandler {
public:
    void elicit(const McpElicitationRequest& request,
                std::function<void(const McpElicitationResponse&)> respond) override;
};

/// Accepts every request with the schema defaults (headless use, the conformance client).
class DefaultsElicitationHandler final : public McpElicitationHandler {
public:
    void elicit(const McpElicitationRequest& request,
                std::function<void(const McpElicitationResponse&)> respond) override;
};

} // namespace harness::core
