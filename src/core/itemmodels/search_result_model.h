// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/search_repository.h"

#include <QAbstractListModel>

namespace harness::core {

class Store;

/// Full-text search hits for the sidebar's search field: title hits, then message hits.
class SearchResultModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        MessageIdRole,
        ConversationTitleRole,
        SnippetHtmlRole, ///< escaped text with <b>…</b> around each match
        IsTitleHitRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit SearchResultModel(Store& store, QObject* parent = nullptr);
    ~SearchResultModel() override;

    /// Runs the search (empty text clears). Returns false with `errorText()` set when it failed.
    bool setQuery(const QString& text);
    const QString& query() const { return m_query; }
    const QString& errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Store& m_store;
    QString m_query;
    QString m_error;
    QList<SearchHit> m_hits;
};

} // namespace harness::core
