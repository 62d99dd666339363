// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <algorithm>

namespace harness::gui::MessageLayout {

/// Space around a message's row and between its sections.
constexpr int Margin = 16;
constexpr int Gap = 6;

/// Where a message's heading and documents go inside its row.
inline QRect contentArea(const QRect& row)
{
    return row.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
}

/// The width a message's documents are laid out at, for a row (or viewport) `available` wide.
inline int contentWidth(int available)
{
    return std::max(200, available) - 2 * Margin;
}

} // namespace harness::gui::MessageLayout
