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
    r"\n(?:static )?QString tr\(const char\* \w+(?:, const char\* \w+(?: = nullptr)?)?(?:, int \w+(?: = -1)?)?\)\n"
    r"\{\n    return QCoreApplication::translate\(\"([^\"]+)\", [^;]*\);\n\}\n")
CALL = re.compile(r"(?<![\w:>.~])tr\(")


def fix(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    match = WRAPPER.search(text)
    if not match:
        return False
    context = match.group(1)
    before, after = text[:match.start()], text[match.end():]
    if context == "harness::cli":
        qualifier, replacement = "Cli", "\n"
    else:
        qualifier = "Tr"
        replacement = (f"\n/// This file's user-visible text (lupdate files it under the same context).\n"
                       f"struct Tr {{\n    Q_DECLARE_TR_FUNCTIONS({context})\n}};\n")
    after = CALL.sub(qualifier + "::tr(", after)
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
