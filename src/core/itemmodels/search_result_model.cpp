// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/search_result_model.h"

#include "core/store/store.h"

namespace harness::core {

SearchResultModel::SearchResultModel(Store& store, QObject* parent)
    : QAbstractListModel(parent), m_store(store)
{}

SearchResultModel::~SearchResultModel() = default;

bool SearchResultModel::setQuery(const QString& text)
{
    beginResetModel();
    m_query = text;
    m_error.clear();
    m_hits.clear();
    bool ok = true;
    if (!text.trimmed().isEmpty()) {
        auto result = m_store.search().search(text, 50);
        if (result.ok()) {
            m_hits = result.value;
        } else {
            m_error = result.error.userMessage();
            ok = false;
        }
    }
    endResetModel();
    return ok;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return hit.kind == SearchHit::Kind::Title ? hit.decoratedSnippet(QString(), QString(), false)
                                                  : hit.conversationTitle + QStringLiteral(": ") +
                                                        hit.decoratedSnippet(QString(), QString(), false);
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case ConversationTitleRole:
        return hit.conversationTitle.isEmpty() ? tr("New conversation") : hit.conversationTitle;
    case SnippetHtmlRole:
        return hit.decoratedSnippet(QStringLiteral("<b>"), QStringLiteral("</b>"), true);
    case IsTitleHitRole:
        return hit.kind == SearchHit::Kind::Title;
    case CreatedAtRole:
        return hit.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(MessageIdRole, "messageId");
    names.insert(ConversationTitleRole, "conversationTitle");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(IsTitleHitRole, "isTitleHit");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

} // namespace harness::core
