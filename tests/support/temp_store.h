// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/conversation.h"
#include "core/model/message.h"
#include "core/store/conversation_repository.h"
#include "core/store/message_repository.h"
#include "core/store/store.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace harness::test {

/// A store in a fresh temporary directory, removed with the object.
struct TempStore {
    QTemporaryDir dir;
    std::unique_ptr<core::Store> store;

    TempStore()
    {
        store = std::make_unique<core::Store>(path());
        const auto error = store->open();
        if (error)
            qFatal("cannot open temp store: %s", qPrintable(error.userMessage()));
    }
    QString path() const { return dir.filePath(QStringLiteral("harness.db")); }

    core::Conversation addConversation(const QString& title, qint64 lastMessageAt = 0, bool pinned = false)
    {
        core::Conversation c;
        c.title = title;
        c.lastMessageAt = lastMessageAt;
        c.pinned = pinned;
        const auto error = store->conversations().create(c);
        if (error)
            qFatal("cannot add conversation: %s", qPrintable(error.userMessage()));
        return c;
    }

    core::Message addMessage(const QString& conversationId, core::MessageRole role, const QString& content,
                             qint64 createdAt = 0)
    {
        core::Message m;
        m.conversationId = conversationId;
        m.role = role;
        m.content = content;
        m.createdAt = createdAt;
        const auto error = store->messages().append(m);
        if (error)
            qFatal("cannot add message: %s", qPrintable(error.userMessage()));
        return m;
    }
};

} // namespace harness::test
