// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace harness::cli::terminal {

/// Whether someone can answer questions: stdin is a terminal. Questions go to stderr so stdout
/// stays the command's output.
bool interactive();
/// Writes \a text to stderr now.
void say(const QString& text);
/// One line from stdin without its newline; nullopt at end of input (Ctrl-D).
std::optional<QString> readLine();
/// say(\a question) then readLine(), trimmed.
std::optional<QString> ask(const QString& question);

} // namespace harness::cli::terminal
