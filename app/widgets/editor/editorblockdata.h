#pragma once

#include "editing/textcounts.h"

#include <QTextBlock>
#include <QTextBlockUserData>

namespace lectern {

// What the editor keeps on each block of a document (a block holds one user
// data object): the block's word and character counts, so that after an
// edit only changed blocks are counted again, and where spell checking is
// with it.
class EditorBlockData final : public QTextBlockUserData
{
public:
    enum class Spelling : quint8
    {
        Unchecked, // not looked at since it changed, or since the words or languages did
        Pending,   // some words wait for the dictionary
        Checked
    };

    // The block's data, made on first use.
    static EditorBlockData *of(QTextBlock block)
    {
        auto *data = static_cast<EditorBlockData *>(block.userData());
        if (!data) {
            data = new EditorBlockData;
            block.setUserData(data);
        }
        return data;
    }

    TextCounts counts;
    bool countsValid = false;
    Spelling spelling = Spelling::Unchecked;
    bool misspelt = false; // some word is marked
};

} // namespace lectern
