// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/message.h"

#include <array>
#include <utility>

namespace harness::core {

namespace {

constexpr std::array roleNames{std::pair{MessageRole::System, "system"}, std::pair{MessageRole::User, "user"},
                               std::pair{MessageRole::Assistant, "assistant"},
                               std::pair{MessageRole::Tool, "tool"}};
constexpr std::array statusNames{
    std::pair{MessageStatus::Streaming, "streaming"}, std::pair{MessageStatus::Complete, "complete"},
    std::pair{MessageStatus::Stopped, "stopped"}, std::pair{MessageStatus::Interrupted, "interrupted"},
    std::pair{MessageStatus::Error, "error"}};
template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& text)
{
    for (const auto& [v, name] : table) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString roleName(MessageRole role)
{
    return nameOf(roleNames, role);
}

std::optional<MessageRole> messageRoleFromString(const QString& text)
{
    return valueOf(roleNames, text);
}

QString statusName(MessageStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<MessageStatus> messageStatusFromString(const QString& text)
{
    return valueOf(statusNames, text);
}

} // namespace harness::core
