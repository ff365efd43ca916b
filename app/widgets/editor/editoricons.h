#pragma once

#include <QIcon>

namespace lectern {

// The theme's icon, or a small drawn glyph where the theme has none (a
// bare desktop, the offscreen tests), so that no toolbar button is blank.
QIcon editorIcon(const QString &themeName, const QString &glyph, bool bold = false,
                 bool italic = false);

} // namespace lectern
