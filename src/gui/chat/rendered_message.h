// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/markdown/streaming_markdown.h"
#include "core/model/message.h"
#include "gui/chat/message_layout.h"

#include <QStringList>
#include <QTextDocument>
#include <cmath>
#include <memory>

namespace harness::gui {

/// One message as MessageRenderCache built it: a QTextDocument per section (reasoning, text,
/// the open tail of a streaming text, tool cards with notes, footer), laid out at one width, and
/// what they were built from (compared cheaply on every paint and size hint).
struct RenderedMessage {
    // What the documents show.
    const QChar* contentData = nullptr;
    qsizetype contentSize = -1;
    quint64 contentEpoch = ~quint64(0); ///< MessageListModel::contentEpochAt(): the text was replaced
    core::MessageParts parts;
    QString error;
    QString warning;
    QString model;
    int status = -1;
    int uiRevision = -1;
    bool dark = false;
    bool showUsage = false;
    bool regenerable = false;
    bool earlierShown = false;
    bool hasEarlier = false;
    int width = -1;
    bool imageLinks = false; ///< the text may hold "[image] (click to load)" links
    int imageRevision = -1;  ///< RemoteImageLoader::revision() they were drawn for

    // Content: while streaming, `content` holds the finished blocks and `tail` the open one.
    std::unique_ptr<core::StreamingMarkdown> streaming;
    qsizetype consumed = 0;
    QStringList codeBlocks;
    QTextDocument reasoning, content, tail, tools, footer;
    bool hasReasoning = false, hasTools = false;
    bool live = false; ///< a card shows a duration that grows (a call runs or waits)
    int tick = -1;     ///< the cache's clock tick the cards were built at
    int height = 0;    ///< of all sections
    quint64 lastUse = 0;

    /// The documents shown, each with its top relative to the first.
    QList<std::pair<QTextDocument*, int>> sections() const
    {
        QList<std::pair<QTextDocument*, int>> list;
        int y = 0;
        const auto add = [&](const QTextDocument* doc, bool present) {
            if (!present)
                return;
            list.append({const_cast<QTextDocument*>(doc), y});
            y += int(std::ceil(doc->size().height())) + MessageLayout::Gap;
        };
        add(&reasoning, hasReasoning);
        add(&content, !content.isEmpty());
        add(&tail, !tail.isEmpty());
        add(&tools, hasTools);
        add(&footer, true);
        return list;
    }

    /// The code of the text's `index`th code block ("copy" under it); empty when there is none.
    QString codeBlock(int index) const
    {
        if (streaming)
            return streaming->codeBlock(index);
        return index >= 0 && index < codeBlocks.size() ? codeBlocks.at(index) : QString();
    }
};

} // namespace harness::gui
