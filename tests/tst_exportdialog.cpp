// The export dialog: its options, and that printing (and so the preview)
// draws the same pages as the PDF export.
#include "testsupport.h"

#include "exportdialog.h"
#include "pdfexporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

class ExportDialogTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryStore> m_store;
    QStringList m_uuids;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = memoryStore();
        for (int i = 0; i < 3; ++i) {
            QString body;
            for (int p = 0; p < 20 * (i + 1); ++p)
                body += QStringLiteral("Paragraph %1 of article %2, long enough to wrap. ")
                            .arg(p)
                            .arg(i);
            const auto saved =
                m_store->saveArticle(makeArticle(QStringLiteral("Article %1 文章").arg(i), body));
            QVERIFY2(saved, qPrintable(saved.error()));
            m_uuids.append(saved->uuid);
        }
    }

    void optionsFollowTheWidgets()
    {
        ExportDialog dialog(*m_store, m_uuids);
        QCOMPARE(dialog.options().format, ExportFormat::Pdf);
        QPushButton *preview = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("view")))
                preview = button;
        }
        QVERIFY(preview);
        QVERIFY(preview->isEnabled());
        dialog.setFormat(ExportFormat::Html);
        QCOMPARE(dialog.options().format, ExportFormat::Html);
        QVERIFY(!preview->isEnabled()); // a preview shows pages, which only the PDF has
        const Result<ExportContent> content = dialog.chosenContent();
        QVERIFY(content);
        QCOMPARE(content->articles.size(), 3);
        QCOMPARE(content->articles[1].uuid, m_uuids[1]);
    }

    void relatedReadingIsAnOption()
    {
        ExportDialog dialog(*m_store, m_uuids);
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("relatedReadingBox"));
        QVERIFY(box);
        QVERIFY(!box->isChecked()); // off unless asked for
        QVERIFY(!dialog.options().pdf.relatedReading);
        QVERIFY(dialog.chosenContent()->relatedReading.isEmpty());
        box->setChecked(true);
        QVERIFY(dialog.options().pdf.relatedReading);
        // An editor's link makes the second article related to the first.
        QVERIFY(m_store->setRelatedLinks(m_uuids[0], {RelatedLink{m_uuids[1]}}));
        const Result<ExportContent> content = dialog.chosenContent();
        QVERIFY2(content, qPrintable(content.error()));
        QVERIFY(!content->relatedReading.value(m_uuids[0]).isEmpty());
        QCOMPARE(content->relatedReading.value(m_uuids[0]).first().uuid, m_uuids[1]);
        // HTML pages are written as they are: the option is off there.
        dialog.setFormat(ExportFormat::Html);
        QVERIFY(!box->isEnabled());
        QVERIFY(!dialog.options().pdf.relatedReading);
        dialog.setFormat(ExportFormat::Pdf);
        QVERIFY(box->isEnabled());
        QVERIFY(dialog.options().pdf.relatedReading);
    }

    void printingDrawsTheSamePagesAsThePdf()
    {
        QTemporaryDir dir;
        ExportDialog dialog(*m_store, m_uuids);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        const Result<PaintedPages> painted = dialog.paintOnPrinter(printer);
        QVERIFY2(painted, qPrintable(painted.error()));

        const Result<QByteArray> pdf =
            PdfExporter::render(dialog.chosenContent().value(), dialog.options().pdf);
        QVERIFY(pdf);
        const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.value());
        file.close();
        QVERIFY(painted->pageCount >= 5);
        QCOMPARE(pdfPages(printed), painted->pageCount);
        QCOMPARE(pdfPages(exported), painted->pageCount);
    }
};

QTEST_MAIN(ExportDialogTest)
#include "tst_exportdialog.moc"
