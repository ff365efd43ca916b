#pragma once

#include "importedpage.h"

namespace lectern {

// Markdown (GitHub dialect) with an optional front-matter block at the top:
//
//   ---
//   title: Summit in Xi'an
//   author: Olena
//   date: 2023-05-19
//   tags: [visa, Kazakhstan]
//   category: News
//   language: uk
//   ---
//
// Lists may also be written as "- item" lines under the key.
class MarkdownImporter final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    static Result<ImportedPage> importMarkdown(const QByteArray &bytes, const PageContext &context);

    struct FrontMatter
    {
        QHash<QString, QString> values; // lower-case key → value
        QHash<QString, QStringList> lists;
        QString body; // the Markdown after the block
    };
    static FrontMatter splitFrontMatter(const QString &text);
};

// Plain text: the first non-empty line is the title, blank lines separate
// paragraphs.
class TextImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TextImporter)

public:
    static Result<ImportedPage> importText(const QByteArray &bytes, const PageContext &context);
};

} // namespace lectern
