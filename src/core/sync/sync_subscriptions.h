// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QStringList>

namespace harness::core {

class ConvexSyncSocket;

/// The live queries that tell the engine something changed on the web, over ConvexSyncSocket:
/// `desktop/sync:state` (any harness, the settings, any conversation) and `desktop/sync:digests`
/// for the user's conversations in groups of 100 (any message). A group the server could not
/// finish at once (`partial`) is split in two. The digests they answered are kept for the next
/// pull, which then reads only the conversations whose digest moved.
class SyncSubscriptions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSubscriptions)
public:
    explicit SyncSubscriptions(ConvexSyncSocket* socket, QObject* parent = nullptr);

    void start();
    void stop();
    /// Subscribes the digests of `conversationIds` (web ids, in the web's order): a new
    /// conversation changes only the last group; groups with a conversation that is gone go.
    void follow(const QStringList& conversationIds);
    /// Web conversation id -> digest, as the subscriptions last answered.
    const QHash<QString, QString>& digests() const { return m_digests; }
    void forgetDigests() { m_digests.clear(); }

Q_SIGNALS:
    /// Something may be new on the web: pull.
    void changed();

private:
    void onQueryUpdated(int queryId, const QJsonValue& value);
    void subscribeGroup(const QStringList& conversationIds);

    ConvexSyncSocket* m_socket;
    int m_stateQuery = -1;
    QHash<int, QStringList> m_groups; ///< query id -> its conversations
    QHash<QString, QString> m_digests;
};

} // namespace harness::core
