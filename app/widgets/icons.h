#pragma once

#include <QIcon>

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

} // namespace lectern
