#include "sitesearch.h"

#include "searchtokenizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace lectern {

namespace {

// The app's ranking weights (article_search's rank, migration 0002).
constexpr double titleWeight = 10.0;
constexpr double summaryWeight = 4.0;
constexpr double tagsWeight = 3.0;
constexpr double categoryWeight = 2.0;
constexpr double bodyWeight = 1.0;
constexpr double k1 = 1.2;
constexpr double b = 0.75;
constexpr double scoreScale = 20.0; // weights are written as whole numbers
constexpr qint64 targetShardBytes = 48 * 1024;
constexpr int maxTermShards = 4096;

struct Posting
{
    int document;
    float frequency; // weighted occurrences
};

} // namespace

quint32 siteSearchHash(const QByteArray &utf8)
{
    quint32 hash = 0x811c9dc5u;
    for (const char c : utf8) {
        hash ^= quint8(c);
        hash *= 0x01000193u;
    }
    return hash;
}

SiteSearchIndex buildSiteSearch(const QList<SiteSearchDocument> &documents)
{
    QHash<QByteArray, std::vector<Posting>> postings;
    std::vector<int> lengths;
    lengths.reserve(size_t(documents.size()));
    QHash<QByteArray, float> frequencies;
    qint64 totalLength = 0;
    for (qsizetype id = 0; id < documents.size(); ++id) {
        const SiteSearchDocument &document = documents[id];
        frequencies.clear();
        int length = 0;
        const auto add = [&](const QString &text, double weight) {
            for (const SearchToken &token : searchTokens(text.toUtf8(), TokenizeMode::Document)) {
                frequencies[token.text] += float(weight);
                if (!token.colocated)
                    ++length;
            }
        };
        add(document.title, titleWeight);
        add(document.summary, summaryWeight);
        add(document.tags.join(QStringLiteral(" ; ")), tagsWeight);
        add(document.category, categoryWeight);
        add(document.body, bodyWeight);
        lengths.push_back(std::max(1, length));
        totalLength += length;
        for (auto it = frequencies.cbegin(); it != frequencies.cend(); ++it)
            postings[it.key()].push_back(Posting{int(id), it.value()});
    }

    SiteSearchIndex index;
    const double count = std::max<double>(1, double(documents.size()));
    const double average = std::max(1.0, double(totalLength) / count);
    qint64 postingCount = 0;
    for (auto it = postings.cbegin(); it != postings.cend(); ++it)
        postingCount += qint64(it.value().size());
    // About 6 bytes per posting and 12 per word; shards of ~48 KB.
    const qint64 estimate = postingCount * 6 + qint64(postings.size()) * 12;
    while (index.termShards < maxTermShards && estimate / index.termShards > targetShardBytes)
        index.termShards *= 2;

    // Each shard's words in byte order: the same library, the same files.
    std::vector<std::map<QByteArray, QByteArray>> shards(size_t(index.termShards));
    for (auto it = postings.cbegin(); it != postings.cend(); ++it) {
        const std::vector<Posting> &list = it.value();
        const double n = double(list.size());
        const double idf = std::log(1.0 + (count - n + 0.5) / (n + 0.5));
        QByteArray encoded;
        encoded.reserve(qsizetype(list.size()) * 6);
        int previous = 0;
        for (const Posting &posting : list) {
            const double tf = posting.frequency;
            const double norm = k1 * (1.0 - b + b * lengths[size_t(posting.document)] / average);
            const double score = idf * tf * (k1 + 1.0) / (tf + norm);
            const int weight = std::max(1, int(std::lround(score * scoreScale)));
            if (!encoded.isEmpty())
                encoded += ',';
            encoded += QByteArray::number(posting.document - previous);
            encoded += ',';
            encoded += QByteArray::number(weight);
            previous = posting.document;
        }
        shards[siteSearchHash(it.key()) % quint32(index.termShards)].emplace(it.key(), encoded);
    }
    for (int shard = 0; shard < index.termShards; ++shard) {
        QByteArray js = "LecternSearch.terms(" + QByteArray::number(shard) + ",{";
        bool first = true;
        for (const auto &[term, list] : shards[size_t(shard)]) {
            if (!first)
                js += ',';
            first = false;
            // Words are letters, digits and marks only: nothing to escape.
            js += '"' + term + "\":[" + list + ']';
        }
        js += "});\n";
        index.bytes += js.size();
        index.files.append({QStringLiteral("search/t/%1.js").arg(shard), js});
    }

    for (qsizetype first = 0; first < documents.size(); first += index.documentsPerShard) {
        QJsonArray rows;
        for (qsizetype id = first; id < std::min(documents.size(), first + index.documentsPerShard);
             ++id) {
            const SiteSearchDocument &document = documents[id];
            rows.append(QJsonArray{document.path, document.title, document.language,
                                   document.dateText, document.lead});
        }
        const int shard = int(first / index.documentsPerShard);
        const QByteArray js = "LecternSearch.docs(" + QByteArray::number(shard) + "," +
                              QJsonDocument(rows).toJson(QJsonDocument::Compact) + ");\n";
        index.bytes += js.size();
        index.files.append({QStringLiteral("search/d/%1.js").arg(shard), js});
    }
    return index;
}

} // namespace lectern
