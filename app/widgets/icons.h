#pragma once

#include <QIcon>
#include <QIconEngine>

namespace lectern {

// The desktop theme's icon `name` (a freedesktop.org icon name such as
// "go-home"), or else Lectern's own, compiled in from resources/icons/, so
// that no button is blank on a desktop without that theme. Lectern's icons
// are drawn in the palette's text colour, so they suit dark palettes too.
QIcon themeIcon(const QString &name);

// Whether Lectern ships an icon of that name (resources/icons/NAME.svg).
bool hasOwnIcon(const QString &name);
// Lectern's own icon, whatever the theme has.
QIcon ownIcon(const QString &name);

// An icon engine whose pixmaps are drawn by paint(), at the screen's scale:
// for icons drawn when first shown rather than loaded from files.
class PaintedIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
};

} // namespace lectern
