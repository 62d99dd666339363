// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

namespace harness::core {

/// Remembers every nonce that already vouched for a sign-in, so an ID token is accepted for at
/// most one sign-in: a token replayed into a later attempt carries a used nonce and is rejected.
class NonceLedger final {
public:
    bool wasUsed(const QString& nonce) const { return m_used.contains(nonce); }
    const QSet<QString>& used() const { return m_used; }
    /// Records `nonce`; false when it had been recorded before.
    bool markUsed(const QString& nonce)
    {
        if (m_used.contains(nonce))
            return false;
        m_used.insert(nonce);
        return true;
    }

private:
    QSet<QString> m_used;
};

} // namespace harness::core
