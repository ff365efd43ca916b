#include "semanticcolours.h"

namespace lectern {

namespace {

QColor hue(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Added:
        return QColor(0x2e, 0x9d, 0x4b); // green
    case Meaning::Removed:
    case Meaning::Error:
        break;
    }
    return QColor(0xd3, 0x3a, 0x2f); // red
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor meaningBackground(const QPalette &palette, Meaning meaning)
{
    // A light tint on a light base; a deeper one on a dark base, where a
    // light tint would glare.
    return mix(palette.color(QPalette::Base), hue(meaning), isDarkPalette(palette) ? 0.32 : 0.18);
}

QColor meaningText(const QPalette &palette, Meaning meaning)
{
    return mix(palette.color(QPalette::Text), hue(meaning), isDarkPalette(palette) ? 0.35 : 0.55);
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

QColor placeholderFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.1);
}

} // namespace lectern
