// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_elicitation_handler.h"

namespace harness::core {

McpElicitationRequest McpElicitationRequest::fromParams(const QString& serverName, const QJsonObject& params)
{
    McpElicitationRequest request;
    request.serverName = serverName;
    request.message = params.value(QLatin1String("message")).toString();
    request.requestedSchema = params.value(QLatin1String("requestedSchema")).toObject();
    request.defaults = McpElicitationHandler::schemaDefaults(request.requestedSchema);
    return request;
}

QJsonObject McpElicitationResponse::toResult(const QJsonObject& requestedSchema) const
{
    switch (action) {
    case Action::Accept:
        return {{QStringLiteral("action"), QStringLiteral("accept")},
                {QStringLiteral("content"),
                 McpElicitationHandler::applySchemaDefaults(requestedSchema, content)}};
    case Action::Decline:
        return {{QStringLiteral("action"), QStringLiteral("decline")}};
    case Action::Cancel:
        break;
    }
    return {{QStringLiteral("action"), QStringLiteral("cancel")}};
}

QJsonObject McpElicitationHandler::schemaDefaults(const QJsonObject& schema)
{
    QJsonObject out;
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject prop = it->toObject();
        if (prop.contains(QLatin1String("default")))
            out.insert(it.key(), prop.value(QLatin1String("default")));
    }
    return out;
}

QJsonObject McpElicitationHandler::applySchemaDefaults(const QJsonObject& schema, const QJsonObject& content)
{
    QJsonObject out = content;
    const QJsonObject defaults = schemaDefaults(schema);
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!out.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

void DecliningElicitationHandler::elicit(const McpElicitationRequest& /*request*/,
                                         std::function<void(const McpElicitationResponse&)> respond)
{
    respond(McpElicitationResponse{McpElicitationResponse::Action::Decline, {}});
}

void DefaultsElicitationHandler::elicit(const McpElicitationRequest& request,
                                        std::function<void(const McpElicitationResponse&)> respond)
{
    respond(McpElicitationResponse{McpElicitationResponse::Action::Accept, request.defaults});
}

} // namespace harness::core
