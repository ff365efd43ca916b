#pragma once

// Helpers shared by the tests.
//
// Tests of the core use QTEST_MAIN, which makes a QGuiApplication: the store
// turns article HTML into plain text with QTextDocument, which needs fonts.
#include "librarystore.h"
#include "sqlquery.h"

#include <QFile>
#include <QTest>

namespace lectern::test {

inline std::unique_ptr<LibraryStore> memoryStore()
{
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

} // namespace lectern::test
