#include "editorbench.h"

#include "benchstats.h"
#include "editor/richtexteditor.h"
#include "editor/spellhighlighter.h"
#include "librarystore.h"
#include "spelling/spellchecker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>

namespace lectern::bench {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral(" ms");
}

// An article of about `bytes` of HTML, as staff write them: headings,
// paragraphs in three languages with emphasis and links, lists, tables.
QString articleHtml(qint64 bytes)
{
    const QStringList sentences = {
        QStringLiteral("The union's delegation visited the <b>university</b> to discuss joint "
                       "programmes in engineering and medicine."),
        QStringLiteral("Студенти з України навчаються в <i>Хунаньському університеті</i> за "
                       "програмою обміну, і кількість місць зростає щороку."),
        QStringLiteral(
            "西安交通大学与乌克兰的大学签署了合作协议，双方将在教学和科研方面开展交流。"),
        QStringLiteral("Read the <a href=\"https://example.org/report\">full report</a> for the "
                       "figures of the last academic year and the plans for the next one."),
        QStringLiteral("Делегація обговорила спільні наукові проєкти, стажування викладачів та "
                       "літні школи для студентів."),
    };
    QString html;
    int paragraph = 0;
    // Measured every hundred paragraphs: converting the whole text each time is quadratic.
    while (paragraph % 100 != 0 || html.toUtf8().size() < bytes) {
        if (paragraph % 25 == 0)
            html += QStringLiteral("<h2>Section %1</h2>").arg(paragraph / 25 + 1);
        if (paragraph % 60 == 30) {
            html += QStringLiteral("<ul><li>First point</li><li>Другий пункт<ul><li>嵌套</li>"
                                   "</ul></li><li>Third point</li></ul>");
        }
        if (paragraph % 200 == 100) {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                                   "<td>Year</td><td>Students</td></tr><tr><td>2024</td>"
                                   "<td>120</td></tr></table>");
        }
        html += QStringLiteral("<p>");
        for (int s = 0; s < 4; ++s)
            html += sentences[(paragraph + s) % sentences.size()] + QLatin1Char(' ');
        html += QStringLiteral("</p>");
        ++paragraph;
    }
    return html;
}

// CPU time of this thread: on a loaded machine wall time mostly measures
// waiting for a core, so both are reported.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void settle()
{
    QCoreApplication::processEvents();
}

struct Timings
{
    QList<double> wall;
    QList<double> cpu;
};

QString p50p95max(const QList<double> &values)
{
    return QStringLiteral("p50 ") + ms(percentile(values, 0.5)) + QStringLiteral(", p95 ") +
           ms(percentile(values, 0.95)) + QStringLiteral(", max ") + ms(percentile(values, 1.0));
}

// Each key timed with the events it causes (relayout, repaint, the coalesced
// change signal), typed at the end of the block the cursor is in.
Timings typeKeys(QTextEdit *edit, int keys)
{
    const QString typed = QStringLiteral("Typing a sentence into a long article, слово 文字. ");
    Timings timings;
    for (int i = 0; i < keys; ++i) {
        const QChar c = typed.at(i % typed.size());
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        if (i % 120 == 119)
            QTest::keyClick(edit, Qt::Key_Return);
        else
            QTest::keyClick(edit, c.toLatin1() ? c.toLatin1() : 'x');
        settle();
        timings.wall.append(double(timer.nsecsElapsed()) / 1e6);
        timings.cpu.append(threadCpuMs() - cpu);
    }
    return timings;
}

// Opening: setBodyHtml, then the events it leaves (layout of the first
// screen, paint), as when an article is opened.
void timeOpening(RichTextEditor &editor, const QString &html, Timings &timings)
{
    editor.setBodyHtml(QString());
    settle();
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    editor.setBodyHtml(html);
    settle();
    editor.textEdit()->viewport()->repaint();
    timings.wall.append(double(timer.nsecsElapsed()) / 1e6);
    timings.cpu.append(threadCpuMs() - cpu);
}

void moveToTheMiddle(QTextEdit *edit)
{
    edit->setFocus();
    QTextCursor cursor(edit->document()->findBlockByNumber(edit->document()->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    settle();
}

// The event loop while `done` is false: a zero-interval probe timer notes
// each turn; the longest gap between two turns is the longest a key pressed
// meanwhile would wait.
struct LoopWatch
{
    double ms = 0;
    QList<double> gaps;
    QList<double> cpuGaps; // the window thread's CPU time in each gap
    bool finished = false;
};

LoopWatch watchLoopUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    LoopWatch watch;
    QElapsedTimer total;
    QElapsedTimer gap;
    QEventLoop loop;
    QTimer probe;
    probe.setInterval(0);
    double cpu = threadCpuMs();
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        watch.gaps.append(double(gap.nsecsElapsed()) / 1e6);
        gap.start();
        const double now = threadCpuMs();
        watch.cpuGaps.append(now - cpu);
        cpu = now;
        if (done()) {
            watch.finished = true;
            loop.quit();
        } else if (total.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    total.start();
    gap.start();
    probe.start();
    if (!done())
        loop.exec();
    else
        watch.finished = true;
    watch.ms = double(total.nsecsElapsed()) / 1e6;
    return watch;
}

int underlinedWords(const QTextDocument *document)
{
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        count += int(block.layout()->formats().size());
    return count;
}

// lectern-bench editor-typing --spelling LANGUAGE: the same article opened
// and typed into without and with spell checking, in one run.
int runSpellingBench(qint64 size, int runs, int keys, const QString &language)
{
    auto store = LibraryStore::createInMemory();
    if (!store) {
        out() << store.error() << "\n";
        return 1;
    }
    SpellChecker &checker = SpellChecker::shared();
    checker.setEnabled(true);
    if (checker.dictionaryName(language).isEmpty()) {
        out() << "No spelling dictionary for " << language << " is installed.\n";
        return 1;
    }
    const QString html = articleHtml(size);
    RichTextEditor editor(*store.value());
    editor.resize(1100, 800);
    editor.show();
    settle();
    QTextEdit *edit = editor.textEdit();
    SpellHighlighter *spelling = editor.spelling();

    const auto open = [&](Timings &timings) {
        timeOpening(editor, html, timings);
    };
    // Off: the editor as it was before spell checking (the anchor), with
    // the event loop watched as long as the checker took in the same run
    // (Qt lays a long document out lazily in those seconds too).
    Timings loadsOff;
    QList<LoopWatch> idles;
    for (int run = 0; run < runs; ++run) {
        open(loadsOff);
        QElapsedTimer idle;
        idle.start();
        idles.append(watchLoopUntil([&idle] { return idle.elapsed() >= 2000; }));
    }
    moveToTheMiddle(edit);
    const Timings keysOff = typeKeys(edit, keys);

    editor.setSpellingLanguages({language});
    Timings loadsOn;
    QList<LoopWatch> passes;
    for (int run = 0; run < runs; ++run) {
        open(loadsOn);
        passes.append(watchLoopUntil([spelling] { return spelling->isDone(); }));
    }
    const int marked = underlinedWords(edit->document());
    moveToTheMiddle(edit);
    const Timings keysOn = typeKeys(edit, keys);
    // The words typed are checked too, after the last key.
    const LoopWatch afterTyping = watchLoopUntil([spelling] { return spelling->isDone(); });

    out() << "Article: " << html.toUtf8().size() << " bytes of HTML, "
          << edit->document()->blockCount() << " blocks; spelling in " << language << " ("
          << checker.dictionaryName(language) << "), " << marked << " words underlined\n";
    out() << "Open, spelling off (" << runs << " runs): " << p50p95max(loadsOff.wall) << "; CPU "
          << p50p95max(loadsOff.cpu) << "\n";
    out() << "Open, spelling on: " << p50p95max(loadsOn.wall) << "; CPU " << p50p95max(loadsOn.cpu)
          << " (ratio of p50s "
          << QString::number(percentile(loadsOn.wall, 0.5) / percentile(loadsOff.wall, 0.5), 'f', 2)
          << ")\n";
    for (int run = 0; run < passes.size(); ++run) {
        const LoopWatch &pass = passes[run];
        out() << "Checker works through the article, run " << run + 1
              << (run == 0 ? " (dictionary loading, every word new)" : " (words known)") << ": "
              << ms(pass.ms) << (pass.finished ? "" : " (did not finish)") << ", "
              << pass.gaps.size() << " event-loop turns, longest wait for the loop "
              << ms(percentile(pass.gaps, 1.0)) << ", p95 " << ms(percentile(pass.gaps, 0.95))
              << "; CPU of the window's thread per turn: max " << ms(percentile(pass.cpuGaps, 1.0))
              << ", p95 " << ms(percentile(pass.cpuGaps, 0.95)) << "\n";
    }
    for (int run = 0; run < idles.size(); ++run) {
        const LoopWatch &idle = idles[run];
        out() << "Spelling off, the 2 s after opening, run " << run + 1 << ": " << idle.gaps.size()
              << " event-loop turns, longest wait for the loop " << ms(percentile(idle.gaps, 1.0))
              << "; CPU of the window's thread per turn: max " << ms(percentile(idle.cpuGaps, 1.0))
              << "\n";
    }
    out() << "Keystroke, spelling off (" << keys << " keys): " << p50p95max(keysOff.wall)
          << "; CPU " << p50p95max(keysOff.cpu) << "\n";
    out() << "Keystroke, spelling on: " << p50p95max(keysOn.wall) << "; CPU "
          << p50p95max(keysOn.cpu) << " (ratio of p95s "
          << QString::number(percentile(keysOn.wall, 0.95) / percentile(keysOff.wall, 0.95), 'f', 2)
          << ")\n";
    out() << "After the last key, until every typed word is checked: " << ms(afterTyping.ms)
          << ", longest wait for the loop " << ms(percentile(afterTyping.gaps, 1.0)) << " (CPU "
          << ms(percentile(afterTyping.cpuGaps, 1.0)) << ")\n";
    out().flush();
    return 0;
}

} // namespace

int runEditorTypingBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size"), QString(), QStringLiteral("BYTES"),
                                        QStringLiteral("1048576"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QString(), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QString(), QStringLiteral("N"),
                                        QStringLiteral("400"));
    const QCommandLineOption spellingOption(QStringLiteral("spelling"), QString(),
                                            QStringLiteral("LANGUAGE"));
    parser.addOptions({sizeOption, runsOption, keysOption, spellingOption});
    if (!parser.parse(QStringList{QStringLiteral("editor-typing")} + arguments)) {
        out() << parser.errorText() << "\n"
              << "Usage: lectern-bench editor-typing [--size BYTES] [--runs N] [--keys N] "
                 "[--spelling LANGUAGE]\n";
        out().flush();
        return 2;
    }
    const qint64 size = qMax<qint64>(1000, parser.value(sizeOption).toLongLong());
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int keys = qMax(10, parser.value(keysOption).toInt());
    const QString spellingLanguage = parser.value(spellingOption);
    if (!spellingLanguage.isEmpty())
        return runSpellingBench(size, runs, keys, spellingLanguage);

    auto store = LibraryStore::createInMemory();
    if (!store) {
        out() << store.error() << "\n";
        return 1;
    }
    const QString html = articleHtml(size);
    RichTextEditor editor(*store.value());
    editor.resize(1100, 800);
    editor.show();
    settle();

    // Load: setBodyHtml, then the events it leaves (layout of the first
    // screen, paint), as when an article is opened.
    Timings opening;
    for (int run = 0; run < runs; ++run)
        timeOpening(editor, html, opening);
    const QList<double> &loads = opening.wall;
    const QList<double> &loadsCpu = opening.cpu;
    QElapsedTimer serializeTimer;
    serializeTimer.start();
    const double serializeStart = threadCpuMs();
    const QString saved = editor.bodyHtml();
    const double serialize = double(serializeTimer.nsecsElapsed()) / 1e6;
    const double serializeCpu = threadCpuMs() - serializeStart;
    QElapsedTimer countTimer;
    countTimer.start();
    const TextCounts counts = editor.counts();
    const double fullCount = double(countTimer.nsecsElapsed()) / 1e6;

    // Typing in the middle of the article.
    QTextEdit *edit = editor.textEdit();
    moveToTheMiddle(edit);
    const Timings typing = typeKeys(edit, keys);
    const QList<double> &keystrokes = typing.wall;
    const QList<double> &keystrokesCpu = typing.cpu;
    QElapsedTimer recountTimer;
    recountTimer.start();
    const TextCounts after = editor.counts();
    const double recount = double(recountTimer.nsecsElapsed()) / 1e6;

    // Autosave's pass over the edited article, as it runs in the app: from
    // the event loop in slices.
    bool written = false;
    editor.prepareBodyHtml([&written] { written = true; });
    const LoopWatch pass = watchLoopUntil([&written] { return written; });
    const double passMs = pass.ms;
    const QList<double> &gaps = pass.gaps;
    // What autosave does with the written body on the GUI thread: the
    // recovery entry, into a library file (the log is copied into the file
    // by a thread of its own in the app; here it is not copied at all).
    QList<double> recoveryTimes;
    QTemporaryDir folder;
    auto file = LibraryStore::create(folder.filePath(QStringLiteral("recovery.lectern")));
    if (file) {
        QJsonObject snapshot;
        snapshot.insert(QStringLiteral("title"), QStringLiteral("A long article"));
        snapshot.insert(QStringLiteral("bodyHtml"), editor.bodyHtml());
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QJsonObject copy = snapshot; // as each pass builds its own
            if (!file.value()->saveRecovery(QStringLiteral("article"),
                                            QStringLiteral("bench-article"), copy))
                break;
            recoveryTimes.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const bool includesTyping = editor.bodyHtml().size() > saved.size();
    // Serialising again after one more key: the first pass after opening
    // also pays for touching its memory for the first time.
    QTest::keyClick(edit, 'z');
    settle();
    QElapsedTimer againTimer;
    againTimer.start();
    const qsizetype againSize = editor.bodyHtml().size();
    const double again = double(againTimer.nsecsElapsed()) / 1e6;

    out() << "Article: " << html.toUtf8().size() << " bytes of HTML, "
          << edit->document()->blockCount() << " blocks, " << counts.words << " words, "
          << counts.characters << " characters\n";
    out() << "Load into the editor (" << runs << " runs): p50 " << ms(percentile(loads, 0.5))
          << ", max " << ms(percentile(loads, 1.0)) << "; CPU p50 " << ms(percentile(loadsCpu, 0.5))
          << ", max " << ms(percentile(loadsCpu, 1.0)) << "\n";
    out() << "Keystroke at 1 MB (" << keys << " keys): p50 " << ms(percentile(keystrokes, 0.5))
          << ", p95 " << ms(percentile(keystrokes, 0.95)) << ", max "
          << ms(percentile(keystrokes, 1.0)) << "; CPU p50 " << ms(percentile(keystrokesCpu, 0.5))
          << ", p95 " << ms(percentile(keystrokesCpu, 0.95)) << ", max "
          << ms(percentile(keystrokesCpu, 1.0)) << "\n";
    out() << "Clean HTML of the whole article, first time after opening: " << ms(serialize)
          << ", CPU " << ms(serializeCpu) << " (" << saved.toUtf8().size() << " bytes)\n";
    out() << "Clean HTML again after one more key: " << ms(again) << " (" << againSize
          << " characters)\n";
    out() << "Autosave pass in slices of ~8 ms (after typing): " << ms(passMs) << " in all, "
          << gaps.size() << " event-loop turns, longest wait for the loop "
          << ms(percentile(gaps, 1.0)) << ", p95 " << ms(percentile(gaps, 0.95))
          << (includesTyping ? "" : " (the written body did not include the typing)") << "\n";
    out() << "Recovery entry written (JSON + one-transaction write to a library file), "
          << recoveryTimes.size() << " writes: p50 " << ms(percentile(recoveryTimes, 0.5))
          << ", max " << ms(percentile(recoveryTimes, 1.0)) << "\n";
    out() << "Word count: all blocks " << ms(fullCount) << ", after typing (changed blocks only) "
          << ms(recount) << " (" << after.words << " words)\n";
    out().flush();
    return 0;
}

} // namespace lectern::bench
