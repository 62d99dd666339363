// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/secret_store.h"
#include "gui/settings/settings_page.h"
#include "support/secret_io.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

namespace harness::test {

template <typename T> T* child(QWidget* root, const char* name)
{
    auto* widget = root->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

/// Clicks the destructive button of the confirmation box the page opened.
inline bool confirm(QWidget* root, const char* boxName, const char* buttonName)
{
    QMessageBox* box = nullptr;
    QDeadlineTimer deadline(5000);
    while (!box && !deadline.hasExpired()) {
        box = root->findChild<QMessageBox*>(QString::fromLatin1(boxName));
        if (!box)
            QTest::qWait(10);
    }
    if (!box)
        return false;
    auto* button = box->findChild<QPushButton*>(QString::fromLatin1(buttonName));
    if (!button)
        return false;
    button->click();
    return true;
}

/// Saves a picture of `widget` when HARNESS_SCREENSHOT_DIR is set (to look at the page).
inline void snapshot(QWidget* widget, const QString& name)
{
    const QByteArray dir = qgetenv("HARNESS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name + QStringLiteral(".png")));
}

} // namespace harness::test
