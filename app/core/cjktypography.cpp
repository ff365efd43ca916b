#include "cjktypography.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace lectern {

bool isChineseCharacter(QChar c)
{
    const char16_t u = c.unicode();
    // CJK symbols and punctuation, ideographs, compatibility ideographs,
    // full-width forms; surrogates for the ideographs beyond the BMP.
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

QStringList chineseFacesWithBold()
{
    static const QStringList faces = [] {
        const QStringList candidates{
            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Serif CJK SC"),
            QStringLiteral("Source Han Sans CN")};
        QStringList found;
        const QStringList installed = QFontDatabase::families();
        for (const QString &family : candidates) {
            if (!installed.contains(family, Qt::CaseInsensitive))
                continue;
            if (QFontDatabase::weight(family, QStringLiteral("Bold")) >= QFont::Bold ||
                QFontDatabase::styles(family).contains(QStringLiteral("Bold")))
                found.append(family);
        }
        return found;
    }();
    return faces;
}

QStringList withChineseFaces(const QStringList &families)
{
    QStringList all = families;
    for (const QString &face : chineseFacesWithBold()) {
        if (!all.contains(face, Qt::CaseInsensitive))
            all.append(face);
    }
    return all;
}

void keepChineseUpright(QTextDocument &document, int from)
{
    struct Run
    {
        int start;
        int end;
    };
    QList<Run> runs;
    for (QTextBlock block = document.findBlock(from); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().fontItalic())
                continue;
            const QString text = fragment.text();
            for (qsizetype i = 0; i < text.size();) {
                if (!isChineseCharacter(text[i])) {
                    ++i;
                    continue;
                }
                qsizetype end = i;
                while (end < text.size() && isChineseCharacter(text[end]))
                    ++end;
                runs.append({fragment.position() + int(i), fragment.position() + int(end)});
                i = end;
            }
        }
    }
    if (runs.isEmpty())
        return;
    QTextCharFormat upright;
    upright.setFontItalic(false);
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const Run &run : std::as_const(runs)) {
        cursor.setPosition(run.start);
        cursor.setPosition(run.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(upright);
    }
    cursor.endEditBlock();
}

} // namespace lectern
