// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/message_change.h"

namespace harness::core {

void MessageChange::applyTo(Message& message) const
{
    switch (kind) {
    case Kind::TextAppended:
        message.content += text;
        break;
    case Kind::ReasoningAppended:
        message.parts.appendReasoning(text);
        break;
    case Kind::PartSet:
        message.parts.set(part);
        break;
    case Kind::ContentSet:
        message.content = text;
        break;
    case Kind::StateSet:
        message.status = status;
        message.error = error;
        message.model = model;
        break;
    case Kind::SaveFailed:
    case Kind::Saved:
        break;
    }
}

} // namespace harness::core
