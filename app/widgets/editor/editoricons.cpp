#include "editoricons.h"

#include "icons.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace lectern {

namespace {

// Draws a glyph when the icon is first shown, not when it is made: drawing
// means font fallback for symbols such as ↶ or ⌕, tens of milliseconds that
// the window's start must not pay for an editor that may never open.
class GlyphIconEngine final : public PaintedIconEngine
{
public:
    GlyphIconEngine(const QString &glyph, bool bold, bool italic)
        : m_glyph(glyph)
        , m_bold(bold)
        , m_italic(italic)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::TextAntialiasing);
        QFont font = QApplication::font();
        const int size = qMin(rect.width(), rect.height());
        font.setPixelSize(qMax(1, m_glyph.size() > 1 ? size * 9 / 16 : size * 13 / 16));
        font.setBold(m_bold);
        font.setItalic(m_italic);
        painter->setFont(font);
        const QPalette palette = QApplication::palette();
        painter->setPen(mode == QIcon::Disabled
                            ? palette.color(QPalette::Disabled, QPalette::ButtonText)
                            : palette.color(QPalette::ButtonText));
        painter->drawText(rect, Qt::AlignCenter, m_glyph);
        painter->restore();
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph, m_bold, m_italic); }

private:
    QString m_glyph;
    bool m_bold;
    bool m_italic;
};

} // namespace

QIcon editorIcon(const QString &themeName, const QString &glyph, bool bold, bool italic)
{
    if (QIcon::hasThemeIcon(themeName) || hasOwnIcon(themeName))
        return themeIcon(themeName);
    return QIcon(new GlyphIconEngine(glyph, bold, italic));
}

} // namespace lectern
