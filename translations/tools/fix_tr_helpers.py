#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
"""Rewrites free tr() helpers that lupdate cannot follow into forms it can.

A file-local `QString tr(const char* text, ...) { return QCoreApplication::translate("CTX", ...); }`
makes lupdate file the strings under the enclosing class or namespace, not "CTX", so they are
never translated at runtime. This script replaces such a helper by
`struct Tr { Q_DECLARE_TR_FUNCTIONS(CTX) };` (or, for "harness::cli", the shared `Cli` of
cli/cli_text.h) and every unqualified `tr(` call in the file by `Tr::tr(` / `Cli::tr(`.
Usage: fix_tr_helpers.py FILE...   (then clang-format the files it names)
"""
import re
import sys

WRAPPER = re.compile(
    r"\n(?:static )?QString tr\(const char\* \w+(?P<comment>, const char\* \w+(?: = nullptr)?)?"
    r"(?P<count>, int \w+(?: = -1)?)?\)\n"
    r"\{\n    return QCoreApplication::translate\(\"(?P<context>[^\"]+)\", [^;]*\);\n\}\n")
CALL = re.compile(r"(?<![\w:>.~])tr\(")


def add_null_comment(text, opener):
    """In every call `opener(a, b)` with exactly two arguments, insert nullptr between them."""
    out, pos = [], 0
    while True:
        start = text.find(opener, pos)
        if start < 0:
            out.append(text[pos:])
            return "".join(out)
        i = start + len(opener)
        depth, quote, commas = 0, None, []
        while i < len(text):
            ch = text[i]
            if quote:
                if ch == "\\":
                    i += 1
                elif ch == quote:
                    quote = None
            elif ch in "\"'":
                quote = ch
            elif ch in "([{":
                depth += 1
            elif ch in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "," and depth == 0:
                commas.append(i)
            i += 1
        if len(commas) == 1:
            out.append(text[pos:commas[0] + 1] + " nullptr,")
            pos = commas[0] + 1
        else:
            out.append(text[pos:i])
            pos = i


def fix(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    match = WRAPPER.search(text)
    if not match:
        return False
    context = match.group("context")
    count_second = match.group("count") is not None and match.group("comment") is None
    before, after = text[:match.start()], text[match.end():]
    if context == "harness::cli":
        qualifier, replacement = "Cli", "\n"
    else:
        qualifier = "Tr"
        replacement = (f"\n/// This file's user-visible text (lupdate files it under the same context).\n"
                       f"struct Tr {{\n    Q_DECLARE_TR_FUNCTIONS({context})\n}};\n")
    after = CALL.sub(qualifier + "::tr(", after)
    if count_second:  # tr(text, n) becomes Tr::tr(text, nullptr, n): lupdate then sees a plural
        after = add_null_comment(after, qualifier + "::tr(")
    text = before + replacement + after
    if qualifier == "Cli" and '#include "cli/cli_text.h"' not in text:
        lines = text.split("\n")
        includes = [i for i, line in enumerate(lines) if line.startswith('#include "')]
        lines.insert(includes[-1] + 1 if includes else 0, '#include "cli/cli_text.h"')
        text = "\n".join(lines)
    text = text.replace("volatile std::sig_atomic_t interrupted = 0;", "volatile std::sig_atomic_t interrupted{0};")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return True


if __name__ == "__main__":
    for path in sys.argv[1:]:
        if fix(path):
            print(path)
