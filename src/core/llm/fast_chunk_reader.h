// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace harness::core {

/// The fields of a plain text/reasoning delta chunk, the overwhelming majority of a stream.
/// `content` and `reasoning` are UTF-8 views into the chunk (or into the storage below when the
/// JSON string had escapes): valid while both the chunk bytes and this object live.
struct SimpleChunk {
    QString id;
    QString model;
    QByteArrayView content;
    QByteArrayView reasoning;
    QString finishReason;
    QByteArray contentStorage;
    QByteArray reasoningStorage;
};

/// Reads the common `chat.completion.chunk` shape (one choice, a delta with content and/or
/// reasoning, an optional finish reason) straight from the bytes, several times faster than
/// building a QJsonDocument. Anything else (tool calls, reasoning details, usage, errors, more
/// than one choice, unexpected types, escapes in keys, invalid JSON or UTF-8) returns false,
/// and the caller uses the full JSON parser, so the result is always the same as that path's.
class FastChunkReader final {
public:
    /// With \a decodeIds false, `id` and `model` are only validated, not decoded (the stream needs
    /// them from its first chunk only). \a out must be freshly constructed.
    static bool read(QByteArrayView json, SimpleChunk& out, bool decodeIds = true);
};

} // namespace harness::core
