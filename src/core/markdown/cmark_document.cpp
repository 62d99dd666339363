// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/cmark_document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <mutex>

namespace harness::core {

namespace {

void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

} // namespace

CmarkDocument::CmarkDocument(QByteArrayView utf8)
{
    ensureExtensionsRegistered();
    // CMARK_OPT_DEFAULT keeps cmark's safe mode; the writer never emits raw HTML anyway.
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char* name : {"table", "strikethrough", "tasklist", "autolink"}) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), utf8.data(), static_cast<size_t>(utf8.size()));
    m_root = cmark_parser_finish(parser.get());
}

CmarkDocument::~CmarkDocument()
{
    if (m_root)
        cmark_node_free(m_root);
}

cmark_node* CmarkDocument::firstChild(cmark_node* node)
{
    return cmark_node_first_child(node);
}

cmark_node* CmarkDocument::next(cmark_node* node)
{
    return cmark_node_next(node);
}

int CmarkDocument::startLine(cmark_node* node)
{
    return cmark_node_get_start_line(node);
}

bool CmarkDocument::isCodeBlock(cmark_node* node)
{
    return cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK;
}

} // namespace harness::core
