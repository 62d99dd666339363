// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Every control of the main window, on every page (chat, harness manager, wizard, settings, first
// run), has a name a screen reader can announce.
#include "core/engine/engine.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "gui/main_window.h"
#include "support/temp_store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

using namespace harness::core;

class TestAccessibleNames final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlOfEveryPageHasAName()
    {
        harness::test::TempStore temp;
        Harness h;
        h.name = QStringLiteral("Default");
        h.model = QStringLiteral("test/model");
        h.status = HarnessStatus::Started;
        QVERIFY(!temp.store->harnesses().create(h));
        auto c = temp.addConversation(QStringLiteral("Hello"));
        temp.addMessage(c.id, MessageRole::User, QStringLiteral("Hi"));
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        harness::gui::MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConversation(c.id);

        QStringList unnamed;
        for (auto* widget : window.findChildren<QWidget*>()) {
            const bool control =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QComboBox*>(widget) ||
                qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                qobject_cast<QTextEdit*>(widget) || qobject_cast<QAbstractSlider*>(widget);
            if (!control || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            // Parts Qt builds inside a control: a line edit's clear button, a combo box's line
            // edit and popup list, a spin box's line edit, a view's header, scroll bars.
            const QWidget* parent = widget->parentWidget();
            if (qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QComboBox*>(parent) ||
                qobject_cast<const QAbstractItemView*>(parent) ||
                qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<QAbstractSlider*>(widget) ||
                (parent && parent->inherits("QComboBoxPrivateContainer")))
                continue;
            // What a screen reader announces: the accessible name, else what Qt derives (a
            // button's text, a field's buddy label).
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(
                    QStringLiteral("%1 \"%2\" (%3) in %4")
                        .arg(widget->objectName(),
                             qobject_cast<QAbstractButton*>(widget)
                                 ? qobject_cast<QAbstractButton*>(widget)->text()
                                 : QString(),
                             QString::fromLatin1(widget->metaObject()->className()),
                             parent ? QString::fromLatin1(parent->metaObject()->className()) : QString()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessible_names.moc"
