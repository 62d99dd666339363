// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/terminal_prompt.h"

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace harness::cli::terminal {

bool interactive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

void say(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

std::optional<QString> readLine()
{
    // Byte by byte from the descriptor: nothing is buffered away from the next question.
    QByteArray line;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return line.isEmpty() ? std::nullopt : std::optional(QString::fromUtf8(line));
        if (c == '\n')
            return QString::fromUtf8(line);
        if (c != '\r')
            line.append(c);
    }
}

std::optional<QString> ask(const QString& question)
{
    say(question);
    auto line = readLine();
    if (line)
        return line->trimmed();
    say(QStringLiteral("\n"));
    return std::nullopt;
}

} // namespace harness::cli::terminal
