// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <memory>

struct cmark_node;

namespace harness::core {

// One cmark-gfm parse with the GFM extensions used for chat (table, strikethrough, tasklist,
// autolink). Raw HTML is parsed as html nodes; the writer decides to show it as text.
// Internal to the markdown folder: it exposes cmark types, which harness_core keeps private.
class CmarkDocument final {
public:
    explicit CmarkDocument(QByteArrayView utf8);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument&) = delete;
    CmarkDocument& operator=(const CmarkDocument&) = delete;

    cmark_node* root() const { return m_root; }

    // Top-level block helpers.
    static cmark_node* firstChild(cmark_node* node);
    static cmark_node* next(cmark_node* node);
    static int startLine(cmark_node* node);
    static bool isCodeBlock(cmark_node* node);

private:
    cmark_node* m_root = nullptr;
};

} // namespace harness::core
