// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace harness::core {
class Store;
} // namespace harness::core

namespace harness::gui {

/// Where the data lives (and how to keep it elsewhere), and export / import of all of it as JSON.
class DataSettings final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSettings)
public:
    DataSettings(core::Store& store, const QString& dataDir, QWidget* parent = nullptr);
    ~DataSettings() override;

    /// Writes everything to `path`; false (and the reason shown) when that failed.
    bool exportTo(const QString& path);
    /// Merges the export at `path` into this profile and shows what it did.
    bool importFrom(const QString& path);
    /// Copies the data to `folder` (empty or new), checks the copy and records it for the next
    /// start, then offers "Restart now" (or takes the move back). False when it did not move.
    bool moveTo(const QString& folder);
    /// Called before a move: saves what is pending (drafts) and returns how many answers are still
    /// coming in; the move waits until none is (their text would land in the old folder).
    void setBeforeMove(std::function<int()> prepare) { m_beforeMove = std::move(prepare); }
    /// What "Restart now" does (tests replace it); by default the app starts again and quits.
    void setRestarter(std::function<void()> restart) { m_restart = std::move(restart); }

private:
    void showResult(const QString& text, bool error);

    core::Store& m_store;
    QString m_dataDir;
    QLabel* m_result = nullptr;
    QPushButton* m_move = nullptr;
    std::function<void()> m_restart;
    std::function<int()> m_beforeMove;
};

} // namespace harness::gui
