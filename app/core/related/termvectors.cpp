#include "termvectors.h"

#include "searchtokenizer.h"
#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

void addWords(QHash<QByteArray, int> &weights, const QString &text, int weight)
{
    if (text.isEmpty())
        return;
    for (const SearchToken &token : searchTokens(text.toUtf8(), TokenizeMode::Document)) {
        if (!token.colocated)
            weights[token.text] += weight;
    }
}

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const QByteArray &in, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int shift = 0; pos < in.size() && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(in[pos++]);
        value |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

double dampedWeight(int weight)
{
    return weight > 0 ? 1.0 + std::log(double(weight)) : 0.0;
}

TextVector textVector(const QString &title, const QString &summary, const QString &body)
{
    TextVector vector;
    addWords(vector.weights, title, 3);
    addWords(vector.weights, summary, 2);
    addWords(vector.weights, body, 1);
    double squares = 0;
    for (const int weight : std::as_const(vector.weights)) {
        const double damped = dampedWeight(weight);
        squares += damped * damped;
    }
    vector.length = std::sqrt(squares);
    return vector;
}

QByteArray encodeTerms(const QList<std::pair<qint64, int>> &terms)
{
    QByteArray blob;
    blob.reserve(terms.size() * 4);
    qint64 previous = 0;
    for (const auto &[id, weight] : terms) {
        appendVarint(blob, quint64(id - previous)); // ids ascending: small steps
        appendVarint(blob, quint64(std::max(weight, 0)));
        previous = id;
    }
    return blob;
}

QList<std::pair<qint64, int>> decodeTerms(const QByteArray &blob)
{
    QList<std::pair<qint64, int>> terms;
    qsizetype pos = 0;
    qint64 id = 0;
    while (pos < blob.size()) {
        quint64 step = 0;
        quint64 weight = 0;
        if (!readVarint(blob, pos, step) || !readVarint(blob, pos, weight))
            break; // a damaged vector ends here; what came before is sound
        id += qint64(step);
        terms.append({id, int(std::min<quint64>(weight, 1u << 30))});
    }
    return terms;
}

} // namespace lectern
