// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace harness::core {

// Which URLs in model output may become something the user can act on.
class MarkdownUrlPolicy final {
public:
    // The URL with every byte outside the URL character set percent-encoded (spaces, quotes,
    // non-ASCII), as a browser would send it; existing %XX escapes are kept.
    static QByteArray normalized(QByteArrayView url);

    // Links open in the browser only for http, https and mailto.
    static bool isClickable(QByteArrayView normalizedUrl);

    // Images load only on request, and only from http, https or data:image/... URLs.
    static bool isLoadableImage(QByteArrayView normalizedUrl);
};

} // namespace harness::core
