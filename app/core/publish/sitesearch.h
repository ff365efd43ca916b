#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lectern {

// One published article as the site's search knows it.
struct SiteSearchDocument
{
    QString path; // site path of its page
    QString title;
    QString language;
    QString dateText; // as the page shows it
    QString lead;     // summary or first sentence, for the result list
    QString summary;
    QString body;
    QString category;
    QStringList tags;
};

// The site's search index: files of script that the search page loads as
// <script> elements (browsers refuse fetch() of file:// pages). Words are
// cut by Lectern's own tokenizer, so what the app finds the site finds:
// each word's articles, with a BM25 weight (title above summary, tags and
// category above the body), go to one of `termShards` files chosen by a
// hash of the word; the articles' titles and leads are in files of
// `documentsPerShard`. A search loads one file per word and one per result
// shown.
struct SiteSearchIndex
{
    QList<QPair<QString, QByteArray>> files; // site path → bytes
    int termShards = 1;
    int documentsPerShard = 32;
    qint64 bytes = 0;
};

SiteSearchIndex buildSiteSearch(const QList<SiteSearchDocument> &documents);

// FNV-1a of the UTF-8 bytes, as search.js computes it.
quint32 siteSearchHash(const QByteArray &utf8);

} // namespace lectern
