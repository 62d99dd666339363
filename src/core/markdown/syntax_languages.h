// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

namespace harness::core {

// Lexical description of one language family for SyntaxHighlighter. Keyword and type lists are
// sorted once so lookups are binary searches without allocation.
struct SyntaxLanguage {
    std::string_view name;
    std::vector<std::string_view> keywords;
    std::vector<std::string_view> types;
    std::string_view lineComment;      // "//" or "#"; empty when the language has none
    std::string_view blockCommentOpen; // "/*"; empty when none
    std::string_view blockCommentClose;
    std::string_view quotes;          // characters that open a string literal
    std::string_view multilineQuotes; // those whose literals may span lines
    std::string_view rawQuotes;       // those whose literals know no backslash escapes
    bool tripleQuotes = false;        // Python/Java """text blocks"""
    bool preprocessor = false;        // C/C++ '#' directives
    bool shell = false;               // $variables, '#' comments only at word starts
    bool rust = false;                // char literals vs lifetimes, r#"raw"# strings
    bool pythonPrefixes = false;      // r"", b"", f"" ...
    bool cppRawStrings = false;       // R"delim(...)delim"
    bool dollarInIdentifiers = false; // JavaScript

    bool isKeyword(std::string_view word) const;
    bool isType(std::string_view word) const;
};

// The language for a fence info word ("cpp", "py", "ts", "bash" ...), case-insensitive, or
// nullptr when it is not one of the highlighted languages.
const SyntaxLanguage* findSyntaxLanguage(std::string_view name);

} // namespace harness::core
