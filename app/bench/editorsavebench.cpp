// The editor page at library scale: Ctrl+S on a 5,000-word article with
// images, and opening that article in the editor.
#include "editorsavebench.h"

#include "articlehtml.h"
#include "benchstats.h"
#include "editing/articleeditor.h"
#include "editing/metadatapanel.h"
#include "editor/richtexteditor.h"
#include "librarystore.h"
#include "rawsql.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace lectern::bench {

namespace {

QString row(const QString &what, const QList<qint64> &times)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
        .arg(what)
        .arg(times.size())
        .arg(millis(percentile(times, 0.5)), millis(percentile(times, 0.95)),
             millis(percentile(times, 1.0)));
}

QString longBody(int words, const QStringList &images)
{
    static const QStringList vocabulary =
        QStringLiteral(
            "university students exchange scholarship Kyiv Xi'an programme research faculty "
            "language culture history engineering medicine agreement partnership delegation "
            "conference semester admission visa dormitory library laboratory professor lecture "
            "seminar graduate undergraduate curriculum application deadline interview "
            "cooperation education union embassy ministry academic mobility internship "
            "the of and to in a for with on is that by from as at this which are be will")
            .split(QLatin1Char(' '));
    QRandomGenerator random(20261128);
    QString html;
    const int perParagraph = 100;
    const int paragraphs = (words + perParagraph - 1) / perParagraph;
    for (int p = 0; p < paragraphs; ++p) {
        if (p % 10 == 0)
            html += QStringLiteral("<h2>Section %1</h2>").arg(p / 10 + 1);
        QStringList sentence;
        for (int w = 0; w < perParagraph && p * perParagraph + w < words; ++w)
            sentence.append(vocabulary.at(int(random.bounded(quint32(vocabulary.size())))));
        html += QLatin1String("<p>") + sentence.join(QLatin1Char(' ')) + QLatin1String(".</p>");
        if (!images.isEmpty() && p % 10 == 5) {
            html += QStringLiteral("<p><img src=\"%1\" width=\"600\"></p>")
                        .arg(mediaUrl(images.at((p / 10) % images.size())));
        }
    }
    return html;
}

} // namespace

QByteArray benchPhoto(int index)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 1600, 1200);
    gradient.setColorAt(0, QColor::fromHsv((index * 53) % 360, 160, 220));
    gradient.setColorAt(1, QColor::fromHsv((index * 53 + 120) % 360, 200, 90));
    painter.fillRect(image.rect(), gradient);
    QRandomGenerator random(quint32(index + 1));
    for (int i = 0; i < 400; ++i) {
        painter.setPen(QColor::fromRgb(random.generate()));
        painter.drawEllipse(random.bounded(1600), random.bounded(1200), random.bounded(200),
                            random.bounded(200));
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

int runEditorSaveBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption libraryOption(QStringLiteral("library"), QString(),
                                           QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QString(), QStringLiteral("N"),
                                        QStringLiteral("40"));
    const QCommandLineOption wordsOption(QStringLiteral("words"), QString(), QStringLiteral("N"),
                                         QStringLiteral("5000"));
    const QCommandLineOption imagesOption(QStringLiteral("images"), QString(), QStringLiteral("N"),
                                          QStringLiteral("5"));
    // Every save's time in order, to see which ones are slow (checkpoints).
    const QCommandLineOption eachOption(QStringLiteral("each"));
    parser.addOptions({libraryOption, runsOption, wordsOption, imagesOption, eachOption});
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments))
        return fail(parser.errorText());
    const int runs = parser.value(runsOption).toInt();
    const int words = parser.value(wordsOption).toInt();
    const int imageCount = parser.value(imagesOption).toInt();
    if (parser.value(libraryOption).isEmpty() || runs < 1 || words < 1 || imageCount < 0)
        return fail(QStringLiteral("usage: lectern-bench editor-save --library PATH [--runs N] "
                                   "[--words N] [--images N]  (writes to the library: use a "
                                   "copy)"));

    auto opened = LibraryStore::open(parser.value(libraryOption));
    if (!opened)
        return fail(opened.error());
    LibraryStore &store = *opened.value();
    const Result<int> count = store.articleCount();
    if (!count)
        return fail(count.error());

    QStringList images;
    qint64 imageBytes = 0;
    for (int i = 0; i < imageCount; ++i) {
        const QByteArray data = benchPhoto(i);
        imageBytes += data.size();
        const Result<QString> sha = store.addMedia(data, QStringLiteral("image/jpeg"));
        if (!sha)
            return fail(sha.error());
        images.append(sha.value());
    }
    Article article;
    article.title = QStringLiteral("Editor benchmark: a long report with photographs");
    article.summary = QStringLiteral("Five thousand words and photographs.");
    article.category = QStringLiteral("News");
    article.tags = {QStringLiteral("benchmark"), QStringLiteral("exchange")};
    article.bodyHtml = longBody(words, images);
    article.featuredImage = images.value(0);
    const Result<Article> created = store.saveArticle(article);
    if (!created)
        return fail(created.error());
    const QString uuid = created->uuid;

    ArticleEditor editor(store);
    editor.resize(1280, 800);
    editor.show();
    QCoreApplication::processEvents();

    // Opening: loading the article and its metadata into the page, and the
    // first paint of it.
    QList<qint64> openTimes;
    for (int run = 0; run < runs; ++run) {
        editor.closeArticle();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        if (Status status = editor.openArticle(uuid); !status)
            return fail(status.error());
        editor.repaint();
        openTimes.append(timer.nsecsElapsed());
    }

    // Where opening goes: the library reads, the metadata panel, the body.
    QList<qint64> readTimes;
    QList<qint64> panelTimes;
    QList<qint64> bodyTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ArticleEdit loaded;
        loaded.article = store.article(uuid).value();
        loaded.relatedLinks = store.relatedLinks(uuid).value();
        loaded.recommended = store.isRecommended(uuid).value();
        readTimes.append(timer.nsecsElapsed());
        timer.restart();
        editor.metadata()->setEdit(loaded);
        panelTimes.append(timer.nsecsElapsed());
        timer.restart();
        editor.textEditor()->setBodyHtml(loaded.article.bodyHtml);
        editor.repaint();
        bodyTimes.append(timer.nsecsElapsed());
    }
    if (Status status = editor.openArticle(uuid); !status)
        return fail(status.error());

    // Saving: one typed word, then Ctrl+S (the body serialised, the article,
    // index entry, revision and metadata written in one transaction).
    QList<qint64> saveTimes;
    QList<qint64> storeTimes;
    QTextEdit *text = editor.textEditor()->textEdit();
    for (int run = 0; run < runs; ++run) {
        QTextCursor cursor(text->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral(" edit%1").arg(run));
        QElapsedTimer timer;
        timer.start();
        if (!editor.save())
            return fail(editor.lastError());
        saveTimes.append(timer.nsecsElapsed());
    }
    // The store's part alone, for comparison.
    ArticleEdit edit = editor.currentEdit();
    for (int run = 0; run < runs; ++run) {
        edit.article.bodyHtml += QStringLiteral("<p>store %1</p>").arg(run);
        QElapsedTimer timer;
        timer.start();
        const Result<Article> saved = store.saveArticleEdit(edit);
        if (!saved)
            return fail(saved.error());
        storeTimes.append(timer.nsecsElapsed());
    }
    // What durability costs: the same store-only save with each synchronous
    // setting, interleaved so both see the same machine. FULL (as shipped)
    // syncs the log at every commit; NORMAL (before issue 13) only at
    // checkpoints, so a power cut could lose the last acknowledged saves.
    QList<qint64> fullTimes;
    QList<qint64> normalTimes;
    for (int run = 0; run < runs; ++run) {
        for (const bool full : {true, false}) {
            (void)RawSql(store).exec(full ? QStringLiteral("PRAGMA synchronous = FULL")
                                          : QStringLiteral("PRAGMA synchronous = NORMAL"));
            edit.article.bodyHtml += QStringLiteral("<p>sync %1</p>").arg(run);
            QElapsedTimer timer;
            timer.start();
            const Result<Article> saved = store.saveArticleEdit(edit);
            if (!saved)
                return fail(saved.error());
            (full ? fullTimes : normalTimes).append(timer.nsecsElapsed());
        }
    }
    (void)RawSql(store).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    const auto revisions = store.articleRevisions(uuid);
    if (parser.isSet(eachOption)) {
        out() << "Ctrl+S each (ms):";
        for (const qint64 time : std::as_const(saveTimes))
            out() << ' ' << millis(time);
        out() << "\nstore only each (ms):";
        for (const qint64 time : std::as_const(storeTimes))
            out() << ' ' << millis(time);
        out() << "\n\n";
    }

    out() << "Library: " << QFileInfo(store.path()).fileName() << ", " << count.value()
          << " articles; article: " << words << " words, " << images.size() << " JPEG images ("
          << imageBytes / 1024 << " KiB, 1600x1200), body " << article.bodyHtml.size() / 1024
          << " KiB of HTML; " << (revisions ? revisions->size() : 0) << " revisions after.\n\n"
          << "| step | runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n"
          << row(QStringLiteral("open in the editor page (load + first paint)"), openTimes)
          << row(QStringLiteral("… of which: library reads (article, links, membership)"),
                 readTimes)
          << row(QStringLiteral("… of which: metadata panel filled"), panelTimes)
          << row(QStringLiteral("… of which: body into the text editor + paint"), bodyTimes)
          << row(QStringLiteral("Ctrl+S (serialise body + one-transaction save)"), saveTimes)
          << row(QStringLiteral("store only: saveArticleEdit"), storeTimes)
          << row(QStringLiteral("store only, synchronous = FULL (as shipped; interleaved)"),
                 fullTimes)
          << row(QStringLiteral("store only, synchronous = NORMAL (before; interleaved)"),
                 normalTimes);
    out().flush();
    return 0;
}

} // namespace lectern::bench
