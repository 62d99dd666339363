// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QList>

namespace harness::core {

struct SearchHit {
    enum class Kind { Title, Message };
    Kind kind = Kind::Message;
    QString conversationId;
    QString conversationTitle;
    QString messageId; ///< empty for title hits
    qint64 createdAt = 0;
    /// Matching text with each match wrapped in MatchStart / MatchEnd.
    QString snippet;

    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);
    /// The snippet with the match markers replaced by `open` / `close` (e.g. "<b>", "</b>"); the
    /// rest of the text is HTML-escaped when `html` is true.
    QString decoratedSnippet(const QString& open, const QString& close, bool html) const;
};

/// Full-text search (SQLite FTS5) over conversation titles and message text.
class SearchRepository final {
    Q_DISABLE_COPY_MOVE(SearchRepository)
public:
    explicit SearchRepository(Store& store) : m_store(store) {}

    /// Title hits first (best match first), then message hits (newest first). Every word of
    /// `text` must match; the last word also matches as a prefix, so results follow typing.
    StoreResult<QList<SearchHit>> search(const QString& text, int limit = 50);

    /// The FTS5 query for what the user typed; empty when there is nothing to search for.
    static QString toFtsQuery(const QString& text);

private:
    Store& m_store;
};

} // namespace harness::core
