#include "editorimagesbench.h"

#include "articlehtml.h"
#include "benchstats.h"
#include "editing/mediaimages.h"
#include "editor/richtexteditor.h"
#include "editorsavebench.h"
#include "librarystore.h"
#include "readerview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QTextEdit>
#include <QTextStream>

#include <functional>

namespace lectern::bench {

namespace {

QString mb(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" MB");
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

int runEditorImagesBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption photosOption(QStringLiteral("photos"), QString(), QStringLiteral("N"),
                                          QStringLiteral("100"));
    parser.addOption(photosOption);
    bool ok = false;
    const int photos = parser.parse(QStringList{QStringLiteral("editor-images")} + arguments)
                           ? parser.value(photosOption).toInt(&ok)
                           : 0;
    if (!ok || photos < 1) {
        out() << "Usage: lectern-bench editor-images [--photos N]\n";
        out().flush();
        return 2;
    }

    auto store = LibraryStore::createInMemory();
    if (!store) {
        out() << store.error() << "\n";
        return 1;
    }
    QString html;
    qint64 photoBytes = 0;
    for (int i = 0; i < photos; ++i) {
        const QByteArray data = benchPhoto(i);
        photoBytes += data.size();
        const Result<QString> sha = store.value()->addMedia(data, QStringLiteral("image/jpeg"));
        if (!sha) {
            out() << sha.error() << "\n";
            return 1;
        }
        // As the editor stores a photo wider than its text: at display width.
        html += QStringLiteral("<p>Photo %1 of the summer school.</p><p><img src=\"%2\" "
                               "width=\"700\" /></p>")
                    .arg(i + 1)
                    .arg(mediaUrl(sha.value()));
    }

    // Opens the article in `view` through `load`, lays out every image and
    // paints every screenful; gives the time to lay out and the memory added.
    struct Opened
    {
        double ms = 0;    // laid out, stand-ins in place of the photos
        double allMs = 0; // every photo decoded and in place
        double addedMb = 0;
    };
    const auto open = [](QTextEdit *view, const MediaImages &images,
                         const std::function<void()> &load) {
        view->resize(1100, 800);
        view->show();
        settle();
        const double before = double(residentKiB()) / 1024.0;
        QElapsedTimer timer;
        timer.start();
        load();
        (void)view->document()->size();
        Opened result;
        result.ms = double(timer.nsecsElapsed()) / 1e6;
        // The photos are decoded on worker threads meanwhile.
        while (images.isDecoding())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        result.allMs = double(timer.nsecsElapsed()) / 1e6;
        QScrollBar *scroll = view->verticalScrollBar();
        for (int y = 0; y <= scroll->maximum(); y += std::max(1, view->viewport()->height())) {
            scroll->setValue(y);
            view->viewport()->repaint();
        }
        settle();
        result.addedMb = double(residentKiB()) / 1024.0 - before;
        return result;
    };
    RichTextEditor editor(*store.value());
    editor.resize(1100, 800);
    editor.show();
    const Opened inEditor =
        open(editor.textEdit(), editor.mediaImages(), [&] { editor.setBodyHtml(html); });
    ReaderView reader(*store.value());
    const Opened inReader = open(&reader, reader.mediaImages(), [&] { reader.showPage(html); });

    // The same photos decoded whole, as a plain QTextDocument resource would.
    QList<QImage> full;
    const double beforeFull = double(residentKiB()) / 1024.0;
    for (int i = 0; i < photos; ++i)
        full.append(QImage::fromData(benchPhoto(i), "JPEG"));
    const double afterFull = double(residentKiB()) / 1024.0;

    out() << photos << " JPEG photos, 1600x1200, " << mb(double(photoBytes) / 1048576.0)
          << " of files\n";
    out() << "Editor (images decoded 700 px wide): laid out in "
          << QString::number(inEditor.ms, 'f', 1) << " ms, every photo in place after "
          << QString::number(inEditor.allMs, 'f', 1)
          << " ms; resident memory added, all painted: " << mb(inEditor.addedMb) << "\n";
    out() << "Reader (images decoded up to 1000 px wide): laid out in "
          << QString::number(inReader.ms, 'f', 1) << " ms, every photo in place after "
          << QString::number(inReader.allMs, 'f', 1)
          << " ms; resident memory added, all painted: " << mb(inReader.addedMb) << "\n";
    out() << "Resident memory added by the same photos decoded at full size: "
          << mb(afterFull - beforeFull) << "\n";
    out().flush();
    return full.size() == photos ? 0 : 1;
}

} // namespace lectern::bench
