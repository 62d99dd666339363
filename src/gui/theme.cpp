// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace harness::gui {

namespace {

QPalette darkPalette()
{
    // Neutral greys with a little blue, text well above WCAG AA contrast on every surface.
    const QColor window(0x1e, 0x1f, 0x24);
    const QColor base(0x16, 0x17, 0x1b);
    const QColor alternate(0x23, 0x25, 0x2b);
    const QColor button(0x2a, 0x2c, 0x33);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor muted(0x9a, 0x9e, 0xa6);
    const QColor disabled(0x6b, 0x6f, 0x77);
    const QColor accent(0x5b, 0x9b, 0xff);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x2f, 0x32, 0x39));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x35, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2e));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x16));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x08, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x33, 0x3f, 0x55));
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3d, 0x45));
    return p;
}

QPalette lightPalette(QStyle* fusion)
{
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xd6, 0xe2, 0xfb));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    return p;
}

struct SystemLook {
    QString style;
    QPalette palette;
};

/// The platform's style and palette, captured before the first change.
const SystemLook& systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

/// Draws a monochrome SVG (stroke/fill "currentColor") in the colour the palette gives the mode.
class ThemedSvgEngine final : public QIconEngine {
public:
    explicit ThemedSvgEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = m_svg;
        svg.replace("currentColor", colorFor(mode).name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    /// `size` is in device pixels already (QIcon multiplied it by `scale`).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new ThemedSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("harness-themed-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::ButtonText);
        case QIcon::Selected:
            return palette.color(QPalette::HighlightedText);
        default:
            return palette.color(QPalette::ButtonText);
        }
    }

    QByteArray m_svg;
};

} // namespace

void applyTheme(core::UserSettings::Theme theme)
{
    const SystemLook& system = systemLook();
    switch (theme) {
    case core::UserSettings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    case core::UserSettings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette(QApplication::style()));
        break;
    case core::UserSettings::Theme::System:
        if (QApplication::style()->name() != system.style)
            QApplication::setStyle(QStyleFactory::create(system.style));
        // An empty palette hands the colours back to the platform theme, so a later switch of the
        // desktop between light and dark is followed; the captured one is the fallback.
        QApplication::setPalette(QPalette());
        if (QApplication::palette().color(QPalette::Window) != system.palette.color(QPalette::Window))
            QApplication::setPalette(system.palette);
        break;
    }
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QIcon themedIcon(const QString& name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
        it = cache.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    if (it->isEmpty())
        return {};
    return QIcon(new ThemedSvgEngine(*it));
}

} // namespace harness::gui
