// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace harness::core {

/// The fields of a plain text/reasoning delta chunk, the overwhelming majority of a stream.
struct SimpleChunk {
    QString id;
    QString model;
    QString content;
    QString reasoning;
    QString finishReason;
};

/// Reads the common `chat.completion.chunk` shape (one choice, a delta with content and/or
/// reasoning, an optional finish reason) straight from the bytes, several times faster than
/// building a QJsonDocument. Anything else (tool calls, reasoning details, usage, errors, more
/// than one choice, unexpected types, escapes in keys, invalid JSON or UTF-8) returns nothing,
/// and the caller uses the full JSON parser, so the result is always the same as that path's.
class FastChunkReader final {
public:
    /// With \a decodeIds false, `id` and `model` are only validated, not decoded (the stream needs
    /// them from its first chunk only).
    static std::optional<SimpleChunk> read(QByteArrayView json, bool decodeIds = true);
};

} // namespace harness::core
