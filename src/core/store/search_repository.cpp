// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/search_repository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

QString SearchHit::decoratedSnippet(const QString& open, const QString& close, bool html) const
{
    QString out;
    out.reserve(snippet.size() + 32);
    QString run;
    const auto flush = [&] {
        out += html ? run.toHtmlEscaped() : run;
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == MatchStart) {
            flush();
            out += open;
        } else if (c == MatchEnd) {
            flush();
            out += close;
        } else {
            run += c;
        }
    }
    flush();
    return out;
}

QString SearchRepository::toFtsQuery(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        terms.append(it.next().captured());
    if (terms.isEmpty())
        return {};
    QStringList quoted;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        QString term = QLatin1Char('"') + terms.at(i) + QLatin1Char('"');
        const bool last = i == terms.size() - 1;
        const bool typingAtEnd = !text.isEmpty() && !text.back().isSpace();
        if (last && typingAtEnd)
            term += QLatin1Char('*');
        quoted.append(term);
    }
    return quoted.join(QLatin1Char(' '));
}

StoreResult<QList<SearchHit>> SearchRepository::search(const QString& text, int limit)
{
    const QString query = toFtsQuery(text);
    QList<SearchHit> hits;
    if (query.isEmpty() || limit <= 0)
        return {hits, {}};
    auto db = m_store.database().connection();

    QSqlQuery titles(db);
    titles.setForwardOnly(true);
    titles.prepare(QStringLiteral(
        "SELECT c.id, c.title, c.last_message_at, highlight(conversations_fts, 0, char(2), char(3)) "
        "FROM conversations_fts JOIN conversations c ON c.pk = conversations_fts.rowid "
        "WHERE conversations_fts MATCH ? AND c.edit_parent_id IS NULL ORDER BY rank LIMIT ?"));
    titles.addBindValue(query);
    titles.addBindValue(limit);
    if (!titles.exec())
        return {{}, StoreError::fromSql(titles.lastError())};
    while (titles.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Title;
        hit.conversationId = titles.value(0).toString();
        hit.conversationTitle = titles.value(1).toString();
        hit.createdAt = titles.value(2).toLongLong();
        hit.snippet = titles.value(3).toString();
        hits.append(hit);
    }

    // FTS5 walks its index in rowid order, so "newest first" with a LIMIT stops early instead of
    // ranking every match: the cost stays flat however many messages contain a common word.
    // Earlier versions of edited messages (superseded_by set) are not shown in the conversation,
    // so they are no hits either; they are skipped inside the walk (one primary-key lookup each),
    // so they do not use up the limit.
    QSqlQuery messages(db);
    messages.setForwardOnly(true);
    messages.prepare(
        QStringLiteral("SELECT m.id, m.conversation_id, c.title, m.created_at, f.snip FROM "
                       "(SELECT rowid AS pk, snippet(messages_fts, 0, char(2), char(3), '…', 16) AS snip "
                       " FROM messages_fts WHERE messages_fts MATCH ? AND "
                       " (SELECT superseded_by FROM messages WHERE pk = messages_fts.rowid) IS NULL "
                       " ORDER BY rowid DESC LIMIT ?) f "
                       "JOIN messages m ON m.pk = f.pk JOIN conversations c ON c.id = m.conversation_id "
                       "WHERE c.edit_parent_id IS NULL ORDER BY m.pk DESC"));
    messages.addBindValue(query);
    messages.addBindValue(limit);
    if (!messages.exec())
        return {{}, StoreError::fromSql(messages.lastError())};
    while (messages.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Message;
        hit.messageId = messages.value(0).toString();
        hit.conversationId = messages.value(1).toString();
        hit.conversationTitle = messages.value(2).toString();
        hit.createdAt = messages.value(3).toLongLong();
        hit.snippet = messages.value(4).toString();
        hits.append(hit);
    }
    return {hits, {}};
}

} // namespace harness::core
