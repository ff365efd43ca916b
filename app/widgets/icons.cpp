#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace lectern {

namespace {

QString ownIconPath(const QString &name)
{
    return QStringLiteral(":/lectern/icons/%1.svg").arg(name);
}

// Draws an SVG whose "currentColor" is the palette's text colour for the
// icon's mode. Read and drawn when first shown, not when made, so that the
// window's start pays for no icon it does not show.
class PaletteSvgIconEngine final : public PaintedIconEngine
{
public:
    explicit PaletteSvgIconEngine(const QString &path)
        : m_path(path)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        if (m_source.isEmpty()) {
            QFile file(m_path);
            if (file.open(QIODevice::ReadOnly))
                m_source = file.readAll();
        }
        const QPalette palette = QApplication::palette();
        const QColor colour = mode == QIcon::Disabled
                                  ? palette.color(QPalette::Disabled, QPalette::ButtonText)
                              : mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                                        : palette.color(QPalette::ButtonText);
        QByteArray svg = m_source;
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QIconEngine *clone() const override { return new PaletteSvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("lectern-palette-svg"); }

private:
    QString m_path;
    QByteArray m_source;
};

} // namespace

QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(), size), mode, state);
    return pixmap;
}

QPixmap PaintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                        qreal scale)
{
    QPixmap scaled = pixmap(size * scale, mode, state);
    scaled.setDevicePixelRatio(scale);
    return scaled;
}

bool hasOwnIcon(const QString &name)
{
    return QFile::exists(ownIconPath(name));
}

QIcon ownIcon(const QString &name)
{
    return QIcon(new PaletteSvgIconEngine(ownIconPath(name)));
}

QIcon themeIcon(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return ownIcon(name);
}

} // namespace lectern
