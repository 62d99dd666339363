// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_tool_result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace harness::core {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::McpToolResult)
};

qsizetype base64DecodedSize(const QByteArray& b64)
{
    qsizetype n = b64.size();
    qsizetype padding = 0;
    while (n > 0 && (b64.at(n - 1) == '=' || b64.at(n - 1) == '\n' || b64.at(n - 1) == '\r')) {
        if (b64.at(n - 1) == '=')
            ++padding;
        --n;
    }
    return ((n + padding) / 4) * 3 - padding;
}

QString formatSize(qsizetype bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

McpContentPart parsePart(const QJsonObject& block)
{
    McpContentPart p;
    p.raw = block;
    const QString type = block.value(QLatin1String("type")).toString();
    if (type == QLatin1String("text")) {
        p.kind = McpContentPart::Kind::Text;
        p.text = block.value(QLatin1String("text")).toString();
    } else if (type == QLatin1String("image") || type == QLatin1String("audio")) {
        p.kind = type == QLatin1String("image") ? McpContentPart::Kind::Image : McpContentPart::Kind::Audio;
        p.mimeType = block.value(QLatin1String("mimeType")).toString();
        p.base64 = block.value(QLatin1String("data")).toString().toLatin1();
    } else if (type == QLatin1String("resource_link")) {
        p.kind = McpContentPart::Kind::ResourceLink;
        p.uri = block.value(QLatin1String("uri")).toString();
        p.name = block.value(QLatin1String("name")).toString();
        p.title = block.value(QLatin1String("title")).toString();
        p.description = block.value(QLatin1String("description")).toString();
        p.mimeType = block.value(QLatin1String("mimeType")).toString();
    } else if (type == QLatin1String("resource")) {
        p.kind = McpContentPart::Kind::Resource;
        const QJsonObject res = block.value(QLatin1String("resource")).toObject();
        p.uri = res.value(QLatin1String("uri")).toString();
        p.mimeType = res.value(QLatin1String("mimeType")).toString();
        p.text = res.value(QLatin1String("text")).toString();
        p.base64 = res.value(QLatin1String("blob")).toString().toLatin1();
    } else {
        p.kind = McpContentPart::Kind::Unknown;
        p.text = QString::fromUtf8(QJsonDocument(block).toJson(QJsonDocument::Compact));
    }
    return p;
}

} // namespace

qsizetype McpContentPart::dataSize() const
{
    return base64DecodedSize(base64);
}

McpToolResult McpToolResult::fromJson(const QJsonObject& result)
{
    McpToolResult r;
    for (const QJsonValue& v : result.value(QLatin1String("content")).toArray()) {
        if (v.isObject())
            r.parts << parsePart(v.toObject());
    }
    const QJsonValue structured = result.value(QLatin1String("structuredContent"));
    if (structured.isObject()) {
        r.structuredContent = structured.toObject();
        r.hasStructuredContent = true;
    }
    r.isError = result.value(QLatin1String("isError")).toBool();
    if (r.isError)
        r.failure = Failure::ToolError;
    return r;
}

McpToolResult McpToolResult::fromFailure(Failure failure, const QString& message)
{
    McpToolResult r;
    r.isError = true;
    r.failure = failure;
    McpContentPart p;
    p.kind = McpContentPart::Kind::Text;
    p.text = message;
    r.parts << p;
    return r;
}

QString McpToolResult::modelText() const
{
    QStringList chunks;
    bool hasText = false;
    for (const McpContentPart& p : parts) {
        switch (p.kind) {
        case McpContentPart::Kind::Text:
            chunks << p.text;
            hasText = true;
            break;
        case McpContentPart::Kind::Image:
            chunks << Tr::tr("[image: %1, %2]").arg(p.mimeType, formatSize(p.dataSize()));
            break;
        case McpContentPart::Kind::Audio:
            chunks << Tr::tr("[audio: %1, %2]").arg(p.mimeType, formatSize(p.dataSize()));
            break;
        case McpContentPart::Kind::ResourceLink: {
            QString line = Tr::tr("[resource link: %1 <%2>").arg(p.title.isEmpty() ? p.name : p.title, p.uri);
            if (!p.mimeType.isEmpty())
                line += QLatin1String(", ") + p.mimeType;
            if (!p.description.isEmpty())
                line += QLatin1String(" - ") + p.description;
            chunks << line + QLatin1Char(']');
            break;
        }
        case McpContentPart::Kind::Resource:
            if (!p.base64.isEmpty())
                chunks << Tr::tr("[resource %1: %2, %3]")
                              .arg(p.uri,
                                   p.mimeType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                        : p.mimeType,
                                   formatSize(p.dataSize()));
            else
                chunks << Tr::tr("[resource %1]").arg(p.uri) + QLatin1Char('\n') + p.text;
            hasText = true;
            break;
        case McpContentPart::Kind::Unknown:
            chunks << p.text;
            break;
        }
    }
    if (hasStructuredContent && !hasText)
        chunks << QString::fromUtf8(QJsonDocument(structuredContent).toJson(QJsonDocument::Compact));
    QString text = chunks.join(QLatin1Char('\n'));
    if (isError)
        text = Tr::tr("Error: %1").arg(text);
    return text;
}

QList<McpContentPart> McpToolResult::images() const
{
    QList<McpContentPart> out;
    for (const McpContentPart& p : parts) {
        if (p.kind == McpContentPart::Kind::Image)
            out << p;
    }
    return out;
}

} // namespace harness::core
