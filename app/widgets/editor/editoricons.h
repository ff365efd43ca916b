#pragma once

#include <QIcon>

namespace lectern {

// The theme's icon, or Lectern's own (icons.h), or a small drawn glyph
// where neither has one (a bare desktop, the offscreen tests), so that no
// toolbar button is blank.
QIcon editorIcon(const QString &themeName, const QString &glyph, bool bold = false,
                 bool italic = false);

} // namespace lectern
