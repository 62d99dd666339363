// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace harness::core {

/// The message digest of a conversation as `desktop/sync:digests` computes it
/// (convex/desktop/PROTOCOL.md, "Hashes"), from the document hashes the desktop stored: it tells
/// whether the conversation's messages on the web are still the ones the store has, without
/// fetching them. The desktop never hashes documents itself.
namespace WebDigest {

struct Entry {
    QString id;   ///< web document id
    QString hash; ///< its `h`
};

/// FNV-1a 64 of `bytes`, as 16 lowercase hex digits.
QString fnv1a64(const QByteArray& bytes);
/// `messages` in the web's order (by_conversation), then the earlier versions in theirs;
/// "0000000000000000" for none.
QString ofConversation(const QList<Entry>& messages, const QList<Entry>& versions);

} // namespace WebDigest

} // namespace harness::core
