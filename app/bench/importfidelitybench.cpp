#include "importfidelitybench.h"

#include "benchstats.h"
#include "import/importjob.h"
#include "librarystore.h"
#include "rawsql.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace lectern::bench {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// Words to compare: runs of letters and digits, lower case; each Chinese
// character on its own (the text has no spaces to cut at).
QHash<QString, int> wordCounts(const QString &text)
{
    QHash<QString, int> counts;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            ++counts[word];
        word.clear();
    };
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c)) {
            flush();
            ++counts[QString::fromUcs4(&c, 1)];
        } else if (QChar::isLetterOrNumber(c)) {
            word += QString::fromUcs4(&c, 1).toLower();
        } else {
            flush();
        }
    }
    flush();
    return counts;
}

// Searchable words for known-item search: Latin or Cyrillic words of four
// letters or more, or two Chinese characters in a row (西安).
QSet<QString> searchableWords(const QString &text)
{
    QSet<QString> words;
    QString word;
    QString han;
    const auto flush = [&] {
        bool letters = word.size() >= 4;
        for (const QChar c : std::as_const(word))
            letters = letters && c.isLetter();
        if (letters)
            words.insert(word);
        word.clear();
    };
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c)) {
            flush();
            han += QString::fromUcs4(&c, 1);
            if (han.size() >= 2)
                words.insert(han.right(2));
            continue;
        }
        han.clear();
        if (QChar::isLetterOrNumber(c))
            word += QString::fromUcs4(&c, 1).toLower();
        else
            flush();
    }
    flush();
    return words;
}

double keptShare(const QHash<QString, int> &reference, const QHash<QString, int> &article,
                 QStringList *lost)
{
    qint64 total = 0;
    qint64 kept = 0;
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        total += it.value();
        const int found = qMin(it.value(), article.value(it.key()));
        kept += found;
        if (lost && found < it.value() && lost->size() < 12)
            lost->append(it.key());
    }
    return total == 0 ? 1.0 : double(kept) / double(total);
}

QString percent(double share, int decimals = 1)
{
    return QString::number(share * 100.0, 'f', decimals) + QLatin1String(" %");
}

struct Corpus
{
    QString name;
    QString folder;
};

struct PageResult
{
    QString corpus;
    QString path; // relative to the corpus folder
    QString uuid;
    QString reason; // why it was not imported
    QString referenceText;
    QHash<QString, int> referenceWords;
    double kept = 0;
    QStringList lost;
};

} // namespace

int runImportFidelityBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QString(),
                                          QStringLiteral("NAME=FOLDER"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), QString(), QStringLiteral("N"),
                                          QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("N"),
                                        QStringLiteral("14"));
    const QCommandLineOption worstOption(QStringLiteral("worst"), QString(), QStringLiteral("N"),
                                         QStringLiteral("5"));
    const QCommandLineOption scriptOption(QStringLiteral("reference-script"), QString(),
                                          QStringLiteral("PATH"),
                                          QStringLiteral(LECTERN_FIDELITY_SCRIPT));
    parser.addOptions({corpusOption, sampleOption, seedOption, worstOption, scriptOption});
    const QString usage = QStringLiteral(
        "Usage: lectern-bench import fidelity --corpus NAME=FOLDER [--corpus ...] [--sample N] "
        "[--seed N] [--worst N] [--reference-script PATH]");
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments) ||
        parser.values(corpusOption).isEmpty()) {
        err() << usage << Qt::endl;
        return 1;
    }
    QList<Corpus> corpora;
    for (const QString &value : parser.values(corpusOption)) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0 || !QFileInfo(value.mid(equals + 1)).isDir()) {
            err() << "not NAME=FOLDER: " << value << Qt::endl << usage << Qt::endl;
            return 1;
        }
        corpora.append({value.left(equals), QFileInfo(value.mid(equals + 1)).absoluteFilePath()});
    }

    QTemporaryDir dir;
    auto store = LibraryStore::create(dir.filePath(QStringLiteral("fidelity.lectern")));
    if (!store) {
        err() << store.error() << Qt::endl;
        return 1;
    }
    QList<PageResult> pages;
    QHash<QString, double> pagesPerSecond;
    for (const Corpus &corpus : std::as_const(corpora)) {
        err() << "reference text of " << corpus.name << Qt::endl;
        QProcess script;
        script.start(QStringLiteral("python3"),
                     {parser.value(scriptOption), corpus.folder + QLatin1Char('/')});
        if (!script.waitForFinished(-1) || script.exitCode() != 0) {
            err() << "the reference script failed: " << script.readAllStandardError() << Qt::endl;
            return 1;
        }
        const QJsonObject reference =
            QJsonDocument::fromJson(script.readAllStandardOutput()).object();

        err() << "import of " << corpus.name << " (" << reference.size() << " pages)" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        ImportJob job(*store.value());
        const ImportSummary summary = job.run({corpus.folder});
        pagesPerSecond.insert(corpus.name,
                              double(summary.items.size()) / (double(timer.nsecsElapsed()) / 1e9));
        QHash<QString, const ImportItem *> byPath;
        for (const ImportItem &item : summary.items)
            byPath.insert(QDir(corpus.folder).relativeFilePath(item.path), &item);

        const RawSql raw(*store.value());
        for (auto it = reference.constBegin(); it != reference.constEnd(); ++it) {
            PageResult page;
            page.corpus = corpus.name;
            page.path = it.key();
            page.referenceText = it.value().toObject().value(QLatin1String("text")).toString();
            page.referenceWords = wordCounts(page.referenceText);
            const ImportItem *item = byPath.value(it.key());
            if (!item || item->uuid.isEmpty() || item->outcome == ImportOutcome::Failed) {
                page.reason = item ? item->reason : QStringLiteral("not imported");
                pages.append(page);
                continue;
            }
            page.uuid = item->uuid;
            const Result<QList<QVariantList>> text = raw.rows(
                QStringLiteral("SELECT title, body_text, author FROM articles WHERE uuid = ?"),
                {item->uuid});
            if (!text || text->isEmpty()) {
                page.reason = QStringLiteral("article missing");
                pages.append(page);
                continue;
            }
            const QVariantList &row = text->first();
            const QString articleText = row.at(0).toString() + QLatin1Char('\n') +
                                        row.at(1).toString() + QLatin1Char('\n') +
                                        row.at(2).toString();
            page.kept = keptShare(page.referenceWords, wordCounts(articleText), &page.lost);
            pages.append(page);
        }
    }

    // Known-item search: words in at most three pages of all the corpora.
    QHash<QString, QSet<QString>> pagesOfWord; // word → uuids
    QHash<QString, QString> corpusOfWord;
    for (const PageResult &page : std::as_const(pages)) {
        if (page.uuid.isEmpty())
            continue;
        for (const QString &word : searchableWords(page.referenceText)) {
            QSet<QString> &in = pagesOfWord[word];
            if (in.size() <= 3)
                in.insert(page.uuid);
            corpusOfWord.insert(word, page.corpus);
        }
    }
    QStringList rare;
    for (auto it = pagesOfWord.cbegin(); it != pagesOfWord.cend(); ++it) {
        if (it.value().size() <= 3)
            rare.append(it.key());
    }
    rare.sort(); // the sample depends on the seed only, not on hash order
    QRandomGenerator random(parser.value(seedOption).toUInt());
    std::shuffle(rare.begin(), rare.end(), random);
    rare = rare.mid(0, parser.value(sampleOption).toInt() * qsizetype(corpora.size()));
    QHash<QString, QPair<int, int>> found; // corpus → (found, asked)
    QStringList misses;
    for (const QString &word : std::as_const(rare)) {
        const Result<QList<SearchHit>> hits = store.value()->search(word, 10);
        bool hit = false;
        for (const SearchHit &h : hits ? hits.value() : QList<SearchHit>{})
            hit = hit || pagesOfWord.value(word).contains(h.uuid);
        QPair<int, int> &counts = found[corpusOfWord.value(word)];
        counts.first += hit;
        ++counts.second;
        if (!hit && misses.size() < 20)
            misses.append(word);
    }

    const int worst = parser.value(worstOption).toInt();
    out() << "| corpus | pages | imported | min kept | 1st pct | median | under 99 % | under 95 % "
             "| known-item found in top 10 | import pages/s |\n"
          << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const Corpus &corpus : std::as_const(corpora)) {
        QList<double> kept;
        int withContent = 0;
        int imported = 0;
        int under99 = 0;
        int under95 = 0;
        for (const PageResult &page : std::as_const(pages)) {
            if (page.corpus != corpus.name || page.referenceWords.isEmpty())
                continue;
            ++withContent;
            if (page.uuid.isEmpty()) {
                kept.append(0);
                ++under99;
                ++under95;
                continue;
            }
            ++imported;
            kept.append(page.kept);
            under99 += page.kept < 0.99;
            under95 += page.kept < 0.95;
        }
        const QPair<int, int> known = found.value(corpus.name);
        out() << "| " << corpus.name << " | " << withContent << " | " << imported << " | "
              << percent(percentile(kept, 0.0)) << " | " << percent(percentile(kept, 0.01)) << " | "
              << percent(percentile(kept, 0.5), 2) << " | " << under99 << " ("
              << percent(withContent ? double(under99) / withContent : 0) << ") | " << under95
              << " | " << known.first << " / " << known.second << " = "
              << QString::number(known.second ? double(known.first) / known.second : 0, 'f', 3)
              << " | " << QString::number(pagesPerSecond.value(corpus.name), 'f', 1) << " |\n";
    }
    out() << "\nLowest pages (kept share, words missing from the article):\n\n";
    QList<const PageResult *> sorted;
    for (const PageResult &page : std::as_const(pages)) {
        if (!page.referenceWords.isEmpty())
            sorted.append(&page);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const PageResult *a, const PageResult *b) { return a->kept < b->kept; });
    for (qsizetype i = 0; i < sorted.size() && i < worst; ++i) {
        const PageResult *page = sorted.at(i);
        out() << "- " << page->corpus << '/' << page->path << ": " << percent(page->kept)
              << (page->reason.isEmpty() ? QString()
                                         : QStringLiteral(" (") + page->reason + QLatin1Char(')'))
              << " — " << page->lost.join(QLatin1Char(' ')) << '\n';
    }
    if (!misses.isEmpty())
        out() << "\nKnown-item words not found among the first ten: "
              << misses.join(QLatin1Char(' ')) << '\n';
    out().flush();
    return 0;
}

int runImportMarkdownBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption megabytesOption(QStringLiteral("megabytes"), QString(),
                                             QStringLiteral("N"), QStringLiteral("16"));
    parser.addOption(megabytesOption);
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments)) {
        err() << "Usage: lectern-bench import markdown [--megabytes N]" << Qt::endl;
        return 1;
    }
    const qint64 large = parser.value(megabytesOption).toLongLong() << 20;
    struct Case
    {
        QString name;
        QByteArray markdown;
    };
    QList<Case> cases;
    {
        QByteArray lines = "# Many lines\n\n";
        for (int i = 0; i < 40000; ++i)
            lines += "line " + QByteArray::number(i) + " of one long paragraph of notes\n";
        cases.append({QStringLiteral("40,000 lines in one paragraph"), lines});
    }
    {
        QByteArray front = "---\ntitle: Big front matter\n";
        while (front.size() < 7900 * 1024)
            front += "key" + QByteArray::number(front.size()) + ": " + QByteArray(60, 'v') + "\n";
        front += "---\n\nBody text.\n";
        cases.append({QStringLiteral("7.9 MB front matter"), front});
    }
    {
        QByteArray spans = "# Spans\n\n";
        for (int i = 0; i < 20000; ++i)
            spans += "*w" + QByteArray::number(i) + "* ";
        cases.append({QStringLiteral("20,000 *w* spans"), spans});
    }
    {
        QByteArray document = "# A large document\n\n";
        QRandomGenerator random(8);
        int section = 0;
        while (document.size() < large) {
            document += "## Section " + QByteArray::number(++section) + "\n\n";
            for (int p = 0; p < 6; ++p) {
                for (int w = 0; w < 80; ++w) {
                    const int kind = random.bounded(20);
                    document += kind == 0 ? "*emphasis* " : kind == 1 ? "`code` " : "word ";
                }
                document += "\n\n";
            }
            document += "- item one\n- item two with [a link](https://example.org/)\n\n"
                        "```\ncode block line\n```\n\n";
        }
        cases.append({QStringLiteral("%1 MB document").arg(large >> 20), document});
    }

    out() << "| Markdown | size | seconds | MB/s |\n|---|---:|---:|---:|\n";
    for (const Case &c : std::as_const(cases)) {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("page.md"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(c.markdown) != c.markdown.size())
            return 1;
        f.close();
        auto store = LibraryStore::create(dir.filePath(QStringLiteral("md.lectern")));
        if (!store) {
            err() << store.error() << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        ImportJob job(*store.value());
        const ImportSummary summary = job.run({file});
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (summary.count(ImportOutcome::Imported) != 1) {
            err() << c.name << ": " << summary.items.value(0).reason << Qt::endl;
            return 1;
        }
        const double megabytes = double(c.markdown.size()) / (1024.0 * 1024.0);
        out() << "| " << c.name << " | " << QString::number(megabytes, 'f', 1) << " MB | "
              << QString::number(seconds, 'f', 2) << " | "
              << QString::number(megabytes / seconds, 'f', 2) << " |\n";
        out().flush();
    }
    return 0;
}

} // namespace lectern::bench
