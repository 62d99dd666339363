// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message.h"

namespace harness::core {

/// One change to a message while it is being written (a streamed token, a tool call moving on,
/// the end of the answer), as the writer made it. Whoever keeps a copy of the message applies
/// the change to it and has what the writer has, without reading the store again.
struct MessageChange {
    enum class Kind {
        TextAppended,      ///< `text` was added at the end of the content
        ReasoningAppended, ///< `text` was added at the end of the reasoning
        PartSet,           ///< `part` was added or replaced the part of its kind (and call id)
        ContentSet,        ///< the content became `text`
        StateSet,          ///< `status`, `error` and `model` were set
        /// The store could not save the message (disk full...): `text` says why. The message is
        /// kept in memory and saved again at the next write.
        SaveFailed,
        Saved, ///< saved again after a failure
    };

    QString conversationId;
    QString messageId;
    Kind kind = Kind::TextAppended;
    QString text;
    MessagePart part;
    MessageStatus status = MessageStatus::Streaming;
    QString error;
    QString model;

    /// Applies the change to `message` (SaveFailed and Saved change nothing in it).
    void applyTo(Message& message) const;
    /// The tool call this change set, if it set one.
    const ToolCallPart* toolCall() const
    {
        return kind == Kind::PartSet ? std::get_if<ToolCallPart>(&part) : nullptr;
    }
};

} // namespace harness::core
