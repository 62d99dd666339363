// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace harness::core {

/// One content block of a tool result, in a form the GUI can show.
struct McpContentPart {
    enum class Kind { Text, Image, Audio, ResourceLink, Resource, Unknown };
    Kind kind = Kind::Text;
    QString text;        ///< Text; the text of an embedded text resource
    QString mimeType;    ///< Image, Audio, ResourceLink, Resource
    QByteArray base64;   ///< Image and Audio data, blob of an embedded resource (base64 as sent)
    QString uri;         ///< ResourceLink, Resource
    QString name;        ///< ResourceLink
    QString title;       ///< ResourceLink (optional)
    QString description; ///< ResourceLink (optional)
    QJsonObject raw;     ///< the block as received (annotations, _meta, unknown kinds)

    /// Decoded size of base64 data in bytes.
    qsizetype dataSize() const;
};

/// The result of tools/call as (a) the text the model gets and (b) the parts the user sees.
struct McpToolResult {
    QList<McpContentPart> parts;
    QJsonObject structuredContent;
    bool hasStructuredContent = false;
    /// The tool reported an error (isError), or the call failed (see failureKind).
    bool isError = false;
    enum class Failure { None, ToolError, Timeout, Cancelled, ServerError, Unavailable };
    Failure failure = Failure::None;

    /// Converts a tools/call `result` object.
    static McpToolResult fromJson(const QJsonObject& result);
    /// A failed call (timeout, cancelled, server gone): one text part with \a message.
    static McpToolResult fromFailure(Failure failure, const QString& message);

    /// What the model gets as the tool message: texts joined, non-text parts described,
    /// structuredContent as JSON when there is no text, "Error: " in front when isError.
    QString modelText() const;
    /// All images (base64 + mime type) for a model that accepts image input.
    QList<McpContentPart> images() const;
};

} // namespace harness::core
