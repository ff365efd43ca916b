#pragma once

#include <QStringView>

namespace lectern {

// Words and characters as word processors count them: a word is a run of
// letters and digits (an apostrophe or hyphen between letters joins it, as in
// "don't", "п'ять", "інтернет-магазин"); each Chinese character, and each
// Japanese kana, is a word of its own. Characters are Unicode characters,
// spaces included, line breaks and embedded objects not.
struct TextCounts
{
    qsizetype words = 0;
    qsizetype characters = 0;

    TextCounts &operator+=(const TextCounts &other)
    {
        words += other.words;
        characters += other.characters;
        return *this;
    }
    bool operator==(const TextCounts &) const = default;
};

TextCounts countText(QStringView text);

} // namespace lectern
