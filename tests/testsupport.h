#pragma once

// Helpers shared by the tests.
//
// Tests of the core use QTEST_MAIN, which makes a QGuiApplication: the store
// turns article HTML into plain text with QTextDocument, which needs fonts.
#include "librarystore.h"
#include "postgrescluster.h"
#include "storeprobe.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTest>

namespace lectern::test {

inline std::unique_ptr<LibraryStore> memoryStore()
{
    if (onServer())
        return serverStore();
    auto store = LibraryStore::createInMemory();
    if (!store)
        qFatal("cannot create an in-memory library: %s", qPrintable(store.error()));
    return std::move(store).value();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline Article makeArticle(const QString &title, const QString &body,
                           const QString &language = QStringLiteral("en"))
{
    Article article;
    article.title = title;
    article.bodyHtml = QLatin1String("<p>") + body.toHtmlEscaped() + QLatin1String("</p>");
    article.language = language;
    return article;
}

inline QStringList hitTitles(const Result<QList<SearchHit>> &hits)
{
    QStringList titles;
    if (hits) {
        for (const SearchHit &hit : hits.value())
            titles.append(hit.title);
    }
    return titles;
}

// A 400 × 200 JPEG (dark green) stored sideways, as phones store photos:
// its EXIF orientation 6 says "turn 90° clockwise to show", so it is shown
// 200 × 400. Qt writes no orientation itself, so the APP1 segment is put in
// by hand after the start marker.
inline QByteArray sidewaysJpeg()
{
    QImage stored(400, 200, QImage::Format_RGB32);
    stored.fill(Qt::darkGreen);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!stored.save(&buffer, "JPEG"))
        return {};
    const char exif[] = "\xFF\xE1\x00\x22"           // APP1, 34 bytes
                        "Exif\x00\x00"               // EXIF header
                        "II\x2A\x00\x08\x00\x00\x00" // TIFF, little-endian, IFD at 8
                        "\x01\x00"                   // one entry: Orientation (SHORT) = 6
                        "\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00"
                        "\x00\x00\x00\x00"; // no next IFD
    jpeg.insert(2, QByteArray(exif, sizeof(exif) - 1));
    return jpeg;
}

} // namespace lectern::test
