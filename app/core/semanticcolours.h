#pragma once

// Colours that mean something — added, removed, an error, a hint — made from
// the palette the window shows, so that they read as well on a dark palette
// as on a light one: a tint of the palette's base for backgrounds, its text
// turned towards the tint for text.
#include <QColor>
#include <QPalette>
#include <QString>

namespace lectern {

enum class Meaning
{
    Added,   // new text, the other library's version
    Removed, // removed text, this library's version
    Error    // a message that something went wrong
};

QColor meaningBackground(const QPalette &palette, Meaning meaning);
QColor meaningText(const QPalette &palette, Meaning meaning);
// Quieter than the text, for notes and "(empty)".
QColor mutedText(const QPalette &palette);
// A blank a picture not yet shown takes the place of: a shade off the base.
QColor placeholderFill(const QPalette &palette);
// Whether the palette is dark (light text on a dark base).
bool isDarkPalette(const QPalette &palette);

// "#rrggbb", for style sheets and rich text.
inline QString cssColour(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace lectern
