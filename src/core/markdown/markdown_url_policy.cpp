// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/markdown_url_policy.h"

#include <QUrl>
#include <cctype>
#include <string_view>

namespace harness::core {

namespace {

// Scheme of an absolute URL in lower case, or empty when the URL has none.
QByteArray schemeOf(QByteArrayView url)
{
    const qsizetype colon = url.indexOf(':');
    if (colon <= 0)
        return {};
    QByteArray scheme = url.first(colon).toByteArray().toLower();
    for (qsizetype i = 0; i < scheme.size(); ++i) {
        const char c = scheme[i];
        const bool ok =
            (c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok)
            return {};
    }
    return scheme;
}

bool hasNoControlOrSpace(QByteArrayView url)
{
    for (char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

bool isValidEncoded(QByteArrayView url)
{
    return hasNoControlOrSpace(url) && QUrl::fromEncoded(url.toByteArray(), QUrl::StrictMode).isValid();
}

} // namespace

QByteArray MarkdownUrlPolicy::normalized(QByteArrayView url)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    static constexpr std::string_view kUrlPunctuation = "-_.!~*'();/?:@&=+$,#[]";
    QByteArray out;
    out.reserve(url.size());
    for (qsizetype i = 0; i < url.size(); ++i) {
        const auto c = static_cast<unsigned char>(url[i]);
        const bool hexEscape = c == '%' && i + 2 < url.size() &&
                               std::isxdigit(static_cast<unsigned char>(url[i + 1])) &&
                               std::isxdigit(static_cast<unsigned char>(url[i + 2]));
        if (hexEscape || std::isalnum(c) || kUrlPunctuation.find(char(c)) != std::string_view::npos) {
            out.append(char(c));
        } else {
            out.append('%');
            out.append(kHex[c >> 4]);
            out.append(kHex[c & 0xF]);
        }
    }
    return out;
}

bool MarkdownUrlPolicy::isClickable(QByteArrayView normalizedUrl)
{
    const QByteArray scheme = schemeOf(normalizedUrl);
    return (scheme == "http" || scheme == "https" || scheme == "mailto") && isValidEncoded(normalizedUrl);
}

bool MarkdownUrlPolicy::isLoadableImage(QByteArrayView normalizedUrl)
{
    const QByteArray scheme = schemeOf(normalizedUrl);
    if (scheme == "data")
        return hasNoControlOrSpace(normalizedUrl) &&
               normalizedUrl.sliced(5).toByteArray().toLower().startsWith("image/");
    return (scheme == "http" || scheme == "https") && isValidEncoded(normalizedUrl);
}

} // namespace harness::core
