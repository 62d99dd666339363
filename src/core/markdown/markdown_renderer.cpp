// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/markdown_renderer.h"

#include "core/markdown/cmark_document.h"
#include "core/markdown/markdown_html_writer.h"
#include "core/markdown/markdown_url_policy.h"

namespace harness::core {

RenderedMarkdown MarkdownRenderer::render(QStringView markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    CmarkDocument document(utf8);
    MarkdownHtmlWriter writer;
    QByteArray html;
    for (cmark_node* block = CmarkDocument::firstChild(document.root()); block;
         block = CmarkDocument::next(block))
        writer.writeBlock(block, html);
    return RenderedMarkdown{QString::fromUtf8(html), writer.codeBlocks()};
}

MarkdownLink MarkdownRenderer::classifyLink(const QUrl& href)
{
    const QByteArray encoded = href.toEncoded();
    const QString scheme = href.scheme().toLower();
    MarkdownLink link;
    if (scheme == QLatin1StringView("harness-copy")) {
        bool ok = false;
        const int index = href.path().toInt(&ok);
        if (ok && index >= 0) {
            link.kind = MarkdownLink::Kind::CopyCode;
            link.codeBlock = index;
        }
        return link;
    }
    if (scheme == QLatin1StringView("harness-image")) {
        const QByteArray target = encoded.mid(encoded.indexOf(':') + 1);
        if (MarkdownUrlPolicy::isLoadableImage(target)) {
            link.kind = MarkdownLink::Kind::LoadImage;
            link.url = QUrl::fromEncoded(target);
        }
        return link;
    }
    if (MarkdownUrlPolicy::isClickable(encoded)) {
        link.kind = MarkdownLink::Kind::OpenExternally;
        link.url = href;
    }
    return link;
}

QString MarkdownRenderer::styleSheet(bool dark)
{
    struct Palette {
        const char* codeBackground;
        const char* keyword;
        const char* type;
        const char* string;
        const char* comment;
        const char* number;
        const char* preprocessor;
        const char* variable;
    };
    static constexpr Palette light{"#f4f4f6", "#a626a4", "#c18401", "#50a14f",
                                   "#8a8f98", "#986801", "#4078f2", "#e45649"};
    static constexpr Palette night{"#2b2d31", "#c678dd", "#e5c07b", "#98c379",
                                   "#7f848e", "#d19a66", "#61afef", "#e06c75"};
    const Palette& p = dark ? night : light;
    return QStringLiteral("pre.code { background-color: %1; }\n"
                          "code { background-color: %1; }\n"
                          ".hl-keyword { color: %2; font-weight: bold; }\n"
                          ".hl-type { color: %3; }\n"
                          ".hl-string { color: %4; }\n"
                          ".hl-comment { color: %5; font-style: italic; }\n"
                          ".hl-number { color: %6; }\n"
                          ".hl-preprocessor { color: %7; }\n"
                          ".hl-variable { color: %8; }\n"
                          ".code-language { color: %5; }\n")
        .arg(QLatin1StringView(p.codeBackground), QLatin1StringView(p.keyword), QLatin1StringView(p.type),
             QLatin1StringView(p.string), QLatin1StringView(p.comment), QLatin1StringView(p.number),
             QLatin1StringView(p.preprocessor), QLatin1StringView(p.variable));
}

} // namespace harness::core
