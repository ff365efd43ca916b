#include "relatedbaseline.h"

#include "rawsql.h"
#include "searchtokenizer.h"

#include <algorithm>
#include <cmath>

namespace lectern::bench {

Result<CosineBaseline> CosineBaseline::build(const LibraryStore &store, Counts counts)
{
    CosineBaseline baseline;
    QHash<QByteArray, int> wordIndex;
    QList<int> documentCounts;
    QList<QHash<int, int>> frequencies;
    const Status read = RawSql(store).forEachRow(
        QStringLiteral("SELECT uuid, translation_group, title, summary, body_text FROM "
                       "articles WHERE deleted IS NULL ORDER BY id"),
        {}, [&](const QVariantList &row) {
            QHash<int, int> tf;
            for (int column = 2; column <= 4; ++column) {
                const QByteArray text = row.at(column).toString().toUtf8();
                for (const SearchToken &token : searchTokens(text, TokenizeMode::Document)) {
                    if (token.colocated)
                        continue;
                    const auto found = wordIndex.constFind(token.text);
                    const int index =
                        found != wordIndex.cend()
                            ? found.value()
                            : wordIndex.insert(token.text, int(wordIndex.size())).value();
                    ++tf[index];
                }
            }
            documentCounts.resize(wordIndex.size());
            for (auto it = tf.cbegin(); it != tf.cend(); ++it)
                ++documentCounts[it.key()];
            baseline.m_byUuid.insert(row.at(0).toString(), int(baseline.m_documents.size()));
            baseline.m_documents.append(Document{row.at(0).toString(), row.at(1).toString(), {}});
            frequencies.append(tf);
            return true;
        });
    if (!read)
        return read.failure();
    const double total = double(baseline.m_documents.size());
    baseline.m_postings.resize(wordIndex.size());
    for (qsizetype d = 0; d < baseline.m_documents.size(); ++d) {
        Document &document = baseline.m_documents[d];
        double squares = 0;
        for (auto it = frequencies[d].cbegin(); it != frequencies[d].cend(); ++it) {
            const double tf =
                counts == Counts::Raw ? double(it.value()) : 1.0 + std::log(double(it.value()));
            const double weight = tf * std::log(total / documentCounts[it.key()]);
            if (weight <= 0)
                continue; // a word every article uses
            document.weights.append({it.key(), weight});
            squares += weight * weight;
        }
        const double length = std::sqrt(squares);
        for (auto &[word, weight] : document.weights) {
            weight /= length;
            baseline.m_postings[word].append({int(d), weight});
        }
    }
    return baseline;
}

QStringList CosineBaseline::similar(const QString &uuid, int count) const
{
    const auto found = m_byUuid.constFind(uuid);
    if (found == m_byUuid.cend())
        return {};
    const Document &self = m_documents[found.value()];
    QList<double> scores(m_documents.size(), 0.0);
    for (const auto &[word, weight] : self.weights) {
        for (const auto &[other, otherWeight] : m_postings[word])
            scores[other] += weight * otherWeight;
    }
    QList<int> order;
    for (qsizetype d = 0; d < m_documents.size(); ++d) {
        const Document &other = m_documents[d];
        if (d == found.value() || scores[d] <= 0 ||
            (!self.group.isEmpty() && other.group == self.group))
            continue;
        order.append(int(d));
    }
    const qsizetype shown = std::min<qsizetype>(count, order.size());
    std::partial_sort(order.begin(), order.begin() + shown, order.end(), [&](int a, int b) {
        return scores[a] != scores[b] ? scores[a] > scores[b]
                                      : m_documents[a].uuid < m_documents[b].uuid;
    });
    QStringList uuids;
    for (qsizetype i = 0; i < shown; ++i)
        uuids.append(m_documents[order[i]].uuid);
    return uuids;
}

} // namespace lectern::bench
