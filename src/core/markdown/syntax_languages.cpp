// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/syntax_languages.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace harness::core {

namespace {

std::vector<std::string_view> sorted(std::initializer_list<std::string_view> words)
{
    std::vector<std::string_view> list(words);
    std::sort(list.begin(), list.end());
    return list;
}

SyntaxLanguage makeCFamily()
{
    SyntaxLanguage l;
    l.name = "cpp";
    l.keywords = sorted({"alignas",
                         "alignof",
                         "asm",
                         "auto",
                         "break",
                         "case",
                         "catch",
                         "class",
                         "co_await",
                         "co_return",
                         "co_yield",
                         "concept",
                         "const",
                         "const_cast",
                         "consteval",
                         "constexpr",
                         "constinit",
                         "continue",
                         "decltype",
                         "default",
                         "delete",
                         "do",
                         "dynamic_cast",
                         "else",
                         "enum",
                         "explicit",
                         "export",
                         "extern",
                         "false",
                         "final",
                         "for",
                         "friend",
                         "goto",
                         "if",
                         "inline",
                         "mutable",
                         "namespace",
                         "new",
                         "noexcept",
                         "nullptr",
                         "operator",
                         "override",
                         "private",
                         "protected",
                         "public",
                         "register",
                         "reinterpret_cast",
                         "requires",
                         "restrict",
                         "return",
                         "sizeof",
                         "static",
                         "static_assert",
                         "static_cast",
                         "struct",
                         "switch",
                         "template",
                         "this",
                         "thread_local",
                         "throw",
                         "true",
                         "try",
                         "typedef",
                         "typeid",
                         "typename",
                         "union",
                         "using",
                         "virtual",
                         "volatile",
                         "while",
                         "NULL"});
    l.types = sorted({"bool",      "char",    "char16_t",  "char32_t", "char8_t", "double",   "float",
                      "int",       "int16_t", "int32_t",   "int64_t",  "int8_t",  "intptr_t", "long",
                      "ptrdiff_t", "short",   "signed",    "size_t",   "ssize_t", "uint16_t", "uint32_t",
                      "uint64_t",  "uint8_t", "uintptr_t", "unsigned", "void",    "wchar_t"});
    l.lineComment = "//";
    l.blockCommentOpen = "/*";
    l.blockCommentClose = "*/";
    l.quotes = "\"'";
    l.preprocessor = true;
    l.cppRawStrings = true;
    return l;
}

SyntaxLanguage makePython()
{
    SyntaxLanguage l;
    l.name = "python";
    l.keywords = sorted({"False",  "None",    "True",  "and",      "as",     "assert", "async",  "await",
                         "break",  "case",    "class", "continue", "def",    "del",    "elif",   "else",
                         "except", "finally", "for",   "from",     "global", "if",     "import", "in",
                         "is",     "lambda",  "match", "nonlocal", "not",    "or",     "pass",   "raise",
                         "return", "try",     "while", "with",     "yield"});
    l.types = sorted({"bool", "bytearray", "bytes", "complex", "dict", "float", "frozenset", "int", "list",
                      "object", "set", "str", "tuple", "type"});
    l.lineComment = "#";
    l.quotes = "\"'";
    l.tripleQuotes = true;
    l.pythonPrefixes = true;
    return l;
}

SyntaxLanguage makeJavaScript()
{
    SyntaxLanguage l;
    l.name = "javascript";
    l.keywords = sorted(
        {"abstract", "as",        "async",      "await",   "break",   "case",       "catch",     "class",
         "const",    "continue",  "debugger",   "declare", "default", "delete",     "do",        "else",
         "enum",     "export",    "extends",    "false",   "finally", "for",        "from",      "function",
         "get",      "if",        "implements", "import",  "in",      "instanceof", "interface", "keyof",
         "let",      "namespace", "new",        "null",    "of",      "private",    "protected", "public",
         "readonly", "return",    "satisfies",  "set",     "static",  "super",      "switch",    "this",
         "throw",    "true",      "try",        "type",    "typeof",  "undefined",  "var",       "void",
         "while",    "with",      "yield"});
    l.types =
        sorted({"any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "unknown"});
    l.lineComment = "//";
    l.blockCommentOpen = "/*";
    l.blockCommentClose = "*/";
    l.quotes = "\"'`";
    l.multilineQuotes = "`";
    l.dollarInIdentifiers = true;
    return l;
}

SyntaxLanguage makeRust()
{
    SyntaxLanguage l;
    l.name = "rust";
    l.keywords =
        sorted({"as",     "async",       "await",  "break",  "const", "continue", "crate", "dyn",  "else",
                "enum",   "extern",      "false",  "fn",     "for",   "if",       "impl",  "in",   "let",
                "loop",   "macro_rules", "match",  "mod",    "move",  "mut",      "pub",   "ref",  "return",
                "self",   "Self",        "static", "struct", "super", "trait",    "true",  "type", "union",
                "unsafe", "use",         "where",  "while",  "yield"});
    l.types =
        sorted({"Box", "Option", "Result", "String", "Vec", "bool", "char", "f32", "f64", "i128", "i16",
                "i32", "i64",    "i8",     "isize",  "str", "u128", "u16",  "u32", "u64", "u8",   "usize"});
    l.lineComment = "//";
    l.blockCommentOpen = "/*";
    l.blockCommentClose = "*/";
    l.quotes = "\"";
    l.multilineQuotes = "\"";
    l.rust = true;
    return l;
}

SyntaxLanguage makeGo()
{
    SyntaxLanguage l;
    l.name = "go";
    l.keywords = sorted({"break",       "case",   "chan", "const", "continue", "default", "defer",  "else",
                         "fallthrough", "false",  "for",  "func",  "go",       "goto",    "if",     "import",
                         "interface",   "iota",   "map",  "nil",   "package",  "range",   "return", "select",
                         "struct",      "switch", "true", "type",  "var"});
    l.types = sorted({"any",     "bool", "byte",   "complex128", "complex64", "error", "float32",
                      "float64", "int",  "int16",  "int32",      "int64",     "int8",  "rune",
                      "string",  "uint", "uint16", "uint32",     "uint64",    "uint8", "uintptr"});
    l.lineComment = "//";
    l.blockCommentOpen = "/*";
    l.blockCommentClose = "*/";
    l.quotes = "\"'`";
    l.multilineQuotes = "`";
    l.rawQuotes = "`";
    return l;
}

SyntaxLanguage makeJava()
{
    SyntaxLanguage l;
    l.name = "java";
    l.keywords =
        sorted({"abstract",   "assert",    "break",  "case",         "catch",    "class",      "const",
                "continue",   "default",   "do",     "else",         "enum",     "extends",    "false",
                "final",      "finally",   "for",    "goto",         "if",       "implements", "import",
                "instanceof", "interface", "native", "new",          "null",     "package",    "permits",
                "private",    "protected", "public", "record",       "return",   "sealed",     "static",
                "strictfp",   "super",     "switch", "synchronized", "this",     "throw",      "throws",
                "transient",  "true",      "try",    "var",          "volatile", "while",      "yield"});
    l.types = sorted({"Boolean", "Integer", "Long", "Object", "String", "boolean", "byte", "char", "double",
                      "float", "int", "long", "short", "void"});
    l.lineComment = "//";
    l.blockCommentOpen = "/*";
    l.blockCommentClose = "*/";
    l.quotes = "\"'";
    l.tripleQuotes = true;
    return l;
}

SyntaxLanguage makeShell()
{
    SyntaxLanguage l;
    l.name = "shell";
    l.keywords = sorted({"case", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if", "in",
                         "select", "then", "until", "while"});
    l.types = sorted({"alias",  "break", "cd",     "continue", "declare", "echo", "eval",
                      "exec",   "exit",  "export", "local",    "printf",  "read", "readonly",
                      "return", "set",   "shift",  "source",   "test",    "trap", "unset"});
    l.lineComment = "#";
    l.quotes = "\"'`";
    l.multilineQuotes = "\"'`";
    l.rawQuotes = "'";
    l.shell = true;
    return l;
}

SyntaxLanguage makeJson()
{
    SyntaxLanguage l;
    l.name = "json";
    l.keywords = sorted({"false", "null", "true"});
    l.quotes = "\"";
    return l;
}

struct Alias {
    std::string_view name;
    int language;
};

enum LanguageIndex { CFamily, Python, JavaScript, Rust, Go, Java, Shell, Json, LanguageCount };

constexpr std::array kAliases{Alias{"bash", Shell},     Alias{"c", CFamily},
                              Alias{"c++", CFamily},    Alias{"cc", CFamily},
                              Alias{"cjs", JavaScript}, Alias{"console", Shell},
                              Alias{"cpp", CFamily},    Alias{"cxx", CFamily},
                              Alias{"go", Go},          Alias{"golang", Go},
                              Alias{"h", CFamily},      Alias{"hpp", CFamily},
                              Alias{"java", Java},      Alias{"javascript", JavaScript},
                              Alias{"js", JavaScript},  Alias{"json", Json},
                              Alias{"json5", Json},     Alias{"jsonc", Json},
                              Alias{"jsx", JavaScript}, Alias{"ksh", Shell},
                              Alias{"mjs", JavaScript}, Alias{"py", Python},
                              Alias{"py3", Python},     Alias{"python", Python},
                              Alias{"python3", Python}, Alias{"rs", Rust},
                              Alias{"rust", Rust},      Alias{"sh", Shell},
                              Alias{"shell", Shell},    Alias{"ts", JavaScript},
                              Alias{"tsx", JavaScript}, Alias{"typescript", JavaScript},
                              Alias{"zsh", Shell}};

const std::array<SyntaxLanguage, LanguageCount>& languages()
{
    static const std::array<SyntaxLanguage, LanguageCount> all{makeCFamily(), makePython(), makeJavaScript(),
                                                               makeRust(),    makeGo(),     makeJava(),
                                                               makeShell(),   makeJson()};
    return all;
}

} // namespace

bool SyntaxLanguage::isKeyword(std::string_view word) const
{
    return std::binary_search(keywords.begin(), keywords.end(), word);
}

bool SyntaxLanguage::isType(std::string_view word) const
{
    return std::binary_search(types.begin(), types.end(), word);
}

const SyntaxLanguage* findSyntaxLanguage(std::string_view name)
{
    if (name.empty() || name.size() > 16)
        return nullptr;
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const Alias& alias : kAliases) {
        if (alias.name == lower)
            return &languages()[static_cast<size_t>(alias.language)];
    }
    return nullptr;
}

} // namespace harness::core
