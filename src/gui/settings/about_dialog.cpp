// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/about_dialog.h"

#include "core/util/app_info.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>
#include <cmark-gfm.h>

namespace harness::gui {

AboutDialog::AboutDialog(const QString& dataDir, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Harness Desktop"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/harness.svg")).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    auto* text = new QLabel(html(dataDir), this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::html(const QString& dataDir)
{
    return tr("<h2>Harness Desktop %1</h2>"
              "<p>A native chat client for LLM agents with MCP tools.</p>"
              "<p>Your data: %2</p>"
              "<h3>Built with</h3>"
              "<ul>"
              "<li><b>Qt %3</b>, used under the GNU Lesser General Public License v3 "
              "(<a href=\"https://www.qt.io/licensing/open-source-lgpl-obligations\">obligations</a>).</li>"
              "<li><b>QtKeychain</b>, under the BSD 3-Clause License.</li>"
              "<li><b>cmark-gfm %4</b> (GitHub's CommonMark), under the BSD 2-Clause License.</li>"
              "<li><b>SQLite</b>, in the public domain.</li>"
              "<li><b>OpenSSL</b> (sign-in token checks), under the Apache License 2.0.</li>"
              "</ul>"
              "<p>Harness Desktop itself is released under the MIT License.</p>")
        .arg(core::AppInfo::version().toHtmlEscaped(), QDir::toNativeSeparators(dataDir).toHtmlEscaped(),
             QString::fromLatin1(qVersion()), QString::fromLatin1(cmark_version_string()));
}

} // namespace harness::gui
