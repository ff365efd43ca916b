#include "editorbench.h"

#include "benchstats.h"
#include "editor/richtexteditor.h"
#include "librarystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

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
    parser.addOptions({sizeOption, runsOption, keysOption});
    if (!parser.parse(QStringList{QStringLiteral("editor-typing")} + arguments)) {
        out() << parser.errorText() << "\n"
              << "Usage: lectern-bench editor-typing [--size BYTES] [--runs N] [--keys N]\n";
        out().flush();
        return 2;
    }
    const qint64 size = qMax<qint64>(1000, parser.value(sizeOption).toLongLong());
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int keys = qMax(10, parser.value(keysOption).toInt());

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
    QList<double> loads;
    QList<double> loadsCpu;
    for (int run = 0; run < runs; ++run) {
        editor.setBodyHtml(QString());
        settle();
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        editor.setBodyHtml(html);
        settle();
        editor.textEdit()->viewport()->repaint();
        loads.append(double(timer.nsecsElapsed()) / 1e6);
        loadsCpu.append(threadCpuMs() - cpu);
    }
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

    // Typing in the middle of the article; each key is timed with the
    // events it causes (relayout, repaint, the coalesced change signal).
    QTextEdit *edit = editor.textEdit();
    edit->setFocus();
    QTextCursor cursor(edit->document()->findBlockByNumber(edit->document()->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    settle();
    const QString typed = QStringLiteral("Typing a sentence into a long article, слово 文字. ");
    QList<double> keystrokes;
    QList<double> keystrokesCpu;
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
        keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
        keystrokesCpu.append(threadCpuMs() - cpu);
    }
    QElapsedTimer recountTimer;
    recountTimer.start();
    const TextCounts after = editor.counts();
    const double recount = double(recountTimer.nsecsElapsed()) / 1e6;

    // Autosave's pass over the edited article, as it runs in the app: from
    // the event loop in slices. A zero-interval probe timer notes each turn
    // of the loop; the longest gap between two turns is the longest a key
    // pressed during the pass would wait.
    QList<double> gaps;
    QElapsedTimer passTimer;
    QElapsedTimer gapTimer;
    QTimer probe;
    probe.setInterval(0);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        gaps.append(double(gapTimer.nsecsElapsed()) / 1e6);
        gapTimer.start();
    });
    QEventLoop pass;
    bool written = false;
    passTimer.start();
    gapTimer.start();
    probe.start();
    editor.prepareBodyHtml([&] {
        written = true;
        pass.quit();
    });
    if (!written)
        pass.exec();
    const double passMs = double(passTimer.nsecsElapsed()) / 1e6;
    probe.stop();
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
