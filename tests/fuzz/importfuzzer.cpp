// libFuzzer target for the importers: the first byte chooses HTML, Markdown
// or text, the rest is the file. Each result is also laid out the way the
// reader opens it, so a page that imports fast but opens slowly shows up as
// a timeout.
#include "import/htmlimporter.h"
#include "import/markdownimporter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTextDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const lectern::PageContext context;
    lectern::Result<lectern::ImportedPage> page = lectern::Error{};
    switch (data[0] % 3) {
    case 0:
        page = lectern::HtmlImporter::importPage(bytes, context);
        break;
    case 1:
        page = lectern::MarkdownImporter::importMarkdown(bytes, context);
        break;
    default:
        page = lectern::TextImporter::importText(bytes, context);
        break;
    }
    if (page) {
        QTextDocument document;
        document.setHtml(page->bodyHtml);
        document.setTextWidth(700);
        (void)document.documentLayout()->documentSize();
    }
    return 0;
}
