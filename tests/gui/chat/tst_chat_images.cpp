// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Remote images in an answer: nothing is fetched until the user clicks "[image] (click to load)",
// then only that image is fetched, once, and drawn in the row; a failure shows why.
#include "chat_rig.h"
#include "gui/chat/message_delegate.h"
#include "gui/chat/message_render_cache.h"
#include "gui/chat/message_view.h"
#include "support/image_http_server.h"

#include <QApplication>
#include <QListView>

using harness::test::ChatRig;
using harness::test::ImageHttpServer;
using harness::test::ScriptedLlmServer;

namespace {

QStyleOptionViewItem optionFor(QListView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.rect = view->visualRect(index);
    option.palette = view->palette();
    option.font = view->font();
    return option;
}

/// Clicks the image link whose address ends with `path` in the last row, as the user would.
bool clickImageLink(ChatRig& rig, const QString& path)
{
    auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
    auto* delegate = qobject_cast<harness::gui::MessageDelegate*>(view->itemDelegate());
    view->scrollToBottom();
    QApplication::processEvents();
    const QModelIndex index = rig.model().index(rig.model().rowCount() - 1);
    const QStyleOptionViewItem option = optionFor(view, index);
    for (int y = option.rect.top(); y < option.rect.bottom(); y += 2) {
        for (int x = option.rect.left(); x < option.rect.right(); x += 3) {
            const QString href = delegate->linkAt(index, option, QPoint(x, y));
            if (href.startsWith(QLatin1String("harness-image:")) && href.endsWith(path)) {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                return true;
            }
        }
    }
    return false;
}

/// How many pixels of the test image's colour the message view shows, and where.
int imagePixels(ChatRig& rig, QRect* bounds = nullptr)
{
    auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
    const QImage shot = view->viewport()->grab().toImage();
    int count = 0;
    QRect box;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            if (shot.pixelColor(x, y) == QColor(200, 40, 40)) {
                ++count;
                box |= QRect(x, y, 1, 1);
            }
        }
    }
    if (bounds)
        *bounds = box;
    return count;
}

void answerWith(ChatRig& rig, const QString& answer)
{
    rig.server.enqueue(ScriptedLlmServer::Response::sse()
                           .chunk(ScriptedLlmServer::textChunk(answer))
                           .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
                           .done());
}

} // namespace

class TestChatImages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsOnlyTheClickedImage()
    {
        ChatRig rig;
        ImageHttpServer images;
        const QString answer =
            QStringLiteral(
                "Here: ![chart](%1)\n\nAnd: ![other](%2)\n\nBroken: ![gone](%3)\n\nSlow: ![slow](%4)")
                .arg(images.url(QStringLiteral("/ok.png")).toString(),
                     images.url(QStringLiteral("/to-ok")).toString(),
                     images.url(QStringLiteral("/missing")).toString(),
                     images.url(QStringLiteral("/hang")).toString());
        answerWith(rig, answer);
        rig.type(QStringLiteral("Show me a chart"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), answer, 15'000);
        QTRY_VERIFY(!rig.engine->runs().isRunning(rig.page().conversationId()));
        QApplication::processEvents();

        auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
        auto* cache = &qobject_cast<harness::gui::MessageView*>(view)->cache();
        const QModelIndex row = rig.model().index(rig.model().rowCount() - 1);
        QCOMPARE(images.totalHits(), 0); // shown as links, nothing fetched
        QVERIFY(cache->shownContent(row, optionFor(view, row)).contains(QLatin1String("(click to load)")));
        QCOMPARE(imagePixels(rig), 0);
        const int heightBefore = view->visualRect(row).height();

        QVERIFY(clickImageLink(rig, QStringLiteral("/ok.png")));
        QTRY_COMPARE(images.hits.value(QStringLiteral("/ok.png")), 1);
        QTRY_VERIFY(view->visualRect(row).height() > heightBefore);
        QTRY_VERIFY(imagePixels(rig) >= 40 * 20 / 2);
        QVERIFY(!cache->shownContent(row, optionFor(view, row)).contains(QLatin1String("[image: chart]")));
        QCOMPARE(images.totalHits(), 1); // only the one clicked

        // A failing address says why, in place of the link.
        QVERIFY(clickImageLink(rig, QStringLiteral("/missing")));
        QTRY_VERIFY(cache->shownContent(row, optionFor(view, row)).contains(QLatin1String("404")));
        QVERIFY(cache->shownContent(row, optionFor(view, row)).contains(QLatin1String("Image not loaded")));
        QCOMPARE(images.hits.value(QStringLiteral("/to-ok")), 0);

        // While an image loads, its link says so.
        QVERIFY(clickImageLink(rig, QStringLiteral("/hang")));
        QTRY_COMPARE(images.hits.value(QStringLiteral("/hang")), 1);
        QVERIFY(cache->shownContent(row, optionFor(view, row)).contains(QStringLiteral("Loading image…")));

        // Another conversation and back: the image is still there, not fetched again.
        const QString conversation = rig.page().conversationId();
        rig.window->newChat();
        QApplication::processEvents();
        QCOMPARE(imagePixels(rig), 0);
        rig.window->openConversation(conversation);
        QTRY_VERIFY(imagePixels(rig) >= 40 * 20 / 2);
        QCOMPARE(images.hits.value(QStringLiteral("/ok.png")), 1);
    }

    void wideImagesFitTheColumn()
    {
        ChatRig rig;
        ImageHttpServer images;
        const QString answer =
            QStringLiteral("![wide](%1)").arg(images.url(QStringLiteral("/wide.png")).toString());
        answerWith(rig, answer);
        rig.type(QStringLiteral("Show me a banner"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), answer, 15'000);
        QTRY_VERIFY(!rig.engine->runs().isRunning(rig.page().conversationId()));
        QVERIFY(clickImageLink(rig, QStringLiteral("/wide.png")));
        QTRY_VERIFY(imagePixels(rig) > 0);
        QRect bounds;
        imagePixels(rig, &bounds);
        auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
        // 2000 x 100 scaled down to the column, keeping its 20:1 shape.
        QVERIFY2(bounds.right() < view->viewport()->width(), qPrintable(QString::number(bounds.right())));
        QVERIFY(bounds.width() < 2000);
        QVERIFY(bounds.width() > view->viewport()->width() / 2);
        QVERIFY2(qAbs(bounds.width() - 20 * bounds.height()) <= 20,
                 qPrintable(QStringLiteral("%1x%2").arg(bounds.width()).arg(bounds.height())));
        // Narrower window: scaled again.
        const int before = bounds.width();
        rig.window->resize(800, 720);
        QTRY_VERIFY(imagePixels(rig, &bounds) > 0 && bounds.width() < before);
        QCOMPARE(images.hits.value(QStringLiteral("/wide.png")), 1);
    }
};

QTEST_MAIN(TestChatImages)
#include "tst_chat_images.moc"
