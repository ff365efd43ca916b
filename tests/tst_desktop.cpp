// The window's desktop conventions, offscreen: File › Print… (to a PDF
// printer, through the preview), Help › User Guide and Keyboard Shortcuts,
// Undo after Move to Trash, and Lectern's own icons where the desktop's
// theme has none.
#include "testsupport.h"

#include "articlehtml.h"
#include "articletablemodel.h"
#include "demolibrary.h"
#include "dialoganswer.h"
#include "editing/articleeditor.h"
#include "editing/editingcontroller.h"
#include "editing/metadatapanel.h"
#include "history/historycontroller.h"
#include "icons.h"
#include "mainwindow.h"
#include "pdfexporter.h"
#include "printing.h"
#include "readerview.h"
#include "shortcutsdialog.h"
#include "uilanguage.h"
#include "undonotice.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

QString runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runProgram(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

QString pdfText(const QString &path)
{
    return runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

// The share of a pixmap's pixels that are drawn (not transparent).
double drawnShare(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    }
    return image.isNull() ? 0 : double(drawn) / (image.width() * image.height());
}

// The mean lightness of a pixmap's drawn pixels (0 black, 255 white).
int drawnLightness(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) > 200) {
                sum += QColor(pixel).lightness();
                ++drawn;
            }
        }
    }
    return drawn ? int(sum / drawn) : -1;
}

} // namespace

class DesktopTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_list = nullptr;
    ReaderView *m_reader = nullptr;
    QString m_interview;

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }

    // Triggers File › Print… and paints what the preview would show onto
    // a PDF printer of A4 paper, as its Print button would; the PDF's path.
    QString printThroughThePreview(const QString &name)
    {
        const QString pdf = m_dir.filePath(name);
        auto *controller = m_window->findChild<PrintController *>();
        bool previewed = false;
        const QMetaObject::Connection connection = connect(
            controller, &PrintController::previewOpened, this, [&](QPrintPreviewDialog *dialog) {
                previewed = true;
                QTimer::singleShot(0, dialog, [dialog, pdf] {
                    QPrinter *printer = dialog->printer();
                    printer->setOutputFormat(QPrinter::PdfFormat);
                    printer->setOutputFileName(pdf);
                    printer->setPageSize(QPageSize(QPageSize::A4));
                    Q_EMIT dialog->paintRequested(printer);
                    dialog->accept();
                });
            });
        action("printAction")->trigger();
        disconnect(connection);
        return previewed ? pdf : QString();
    }

    // The same articles through the PDF export, on A4.
    int exportedPages(const ExportContent &content)
    {
        const Result<QByteArray> pdf = PdfExporter::render(content, PdfOptions());
        if (!pdf)
            return -1;
        const QString path = m_dir.filePath(QStringLiteral("exported.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(pdf.value());
        file.close();
        return pdfPages(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
        // A desktop without an icon theme: every icon must still be drawn.
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        m_store = memoryStore();
        QVERIFY(fillDemoLibrary(*m_store));
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->currentUrl().isValid());
        m_list = m_window->articleList();
        m_reader = m_window->findChild<ReaderView *>();
        const Result<QList<SearchHit>> hits = m_store->search(QStringLiteral("pomegranate"), 1);
        QVERIFY(hits && !hits->isEmpty());
        m_interview = hits->first().uuid;
    }

    void printsTheOpenArticleAsThePdfExportLaysItOut()
    {
        m_window->navigate(articleUrl(m_interview));
        const QString pdf = printThroughThePreview(QStringLiteral("article.pdf"));
        QVERIFY2(!pdf.isEmpty(), "File › Print… opened no preview");
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Ambassador Zhang Xiao")));
        QVERIFY(text.contains(QStringLiteral("pomegranate")));
        const Result<ExportContent> content = ExportContentLoader::load(*m_store, {m_interview});
        QVERIFY(content);
        QVERIFY(pdfPages(pdf) >= 2);
        QCOMPARE(pdfPages(pdf), exportedPages(content.value()));
    }

    void printsTheArticlesSelectedInTheList()
    {
        m_window->showAllArticles();
        QTRY_VERIFY(m_list->model()->rowCount() >= 3);
        QItemSelectionModel *selection = m_list->selectionModel();
        const QAbstractItemModel *model = m_list->model();
        m_list->setCurrentIndex(model->index(0, 0));
        selection->select(model->index(2, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selection->selectedRows().size(), 2);
        const QStringList uuids{model->index(0, 0).data(ArticleTableModel::UuidRole).toString(),
                                model->index(2, 0).data(ArticleTableModel::UuidRole).toString()};

        const QString pdf = printThroughThePreview(QStringLiteral("selection.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf).simplified();
        for (const QString &uuid : uuids)
            QVERIFY2(text.contains(m_store->article(uuid)->title.simplified()), qPrintable(uuid));
        // Several articles: the export's cover and contents too, page for page.
        const Result<ExportContent> content = ExportContentLoader::load(*m_store, uuids);
        QVERIFY(content);
        QCOMPARE(pdfPages(pdf), exportedPages(content.value()));
        m_list->setCurrentIndex(model->index(0, 0)); // one row again
    }

    void printsTheEditorsUnsavedText()
    {
        m_window->navigate(articleUrl(m_interview));
        m_window->editing()->startEditing();
        QVERIFY(m_window->editing()->isEditing());
        ArticleEditor *editor = m_window->editing()->editor();
        editor->metadata()->titleEdit()->setText(QStringLiteral("Printed before saving"));
        const QString pdf = printThroughThePreview(QStringLiteral("unsaved.pdf"));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Printed before saving")));
        editor->discardChanges();
        QVERIFY(m_window->editing()->leaveEditor());
        QVERIFY(m_store->article(m_interview)->title.startsWith(QStringLiteral("Ambassador")));
    }

    void printingNothingSaysWhatToSelect()
    {
        m_window->navigate(homeUrl());
        QVERIFY(printThroughThePreview(QStringLiteral("nothing.pdf")).isEmpty());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("select")));
    }

    void printIsCtrlPInTheFileMenu()
    {
        QAction *print = action("printAction");
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QMenu *file = m_window->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(print));
    }

    void userGuideOpensInTheReaderAndStaysOutOfTheLibrary()
    {
        const int articles = m_store->articleCount().value();
        QAction *guide = action("userGuideAction");
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        QCOMPARE(m_window->currentUrl(), UserGuide::url());
        QVERIFY(m_reader->toPlainText().contains(QStringLiteral("Lectern User Guide")));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Lectern User Guide")));
        // A link of the guide, and back.
        m_window->navigate(UserGuide::url(QStringLiteral("search")));
        QVERIFY(m_reader->toPlainText().contains(QStringLiteral("What a query can say")));
        m_window->goBack();
        QCOMPARE(m_window->currentUrl(), UserGuide::url());
        // Nothing of it is in the library: not a row, not a search hit.
        QCOMPARE(m_store->articleCount().value(), articles);
        QVERIFY(
            hitTitles(m_store->search(QStringLiteral("\"What a query can say\""), 5)).isEmpty());
        m_window->navigate(articleUrl(m_interview)); // an article shows beside the list again
        QVERIFY(m_list->isVisible());
    }

    void userGuideIsInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("Lectern 用户指南");
        QTest::newRow("uk") << QStringLiteral("uk")
                            << QStringLiteral("Посібник користувача Lectern");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Lectern User Guide");
    }

    void userGuideIsInTheInterfaceLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
        QCOMPARE(UserGuide::language(), language);
        m_window->navigate(UserGuide::url());
        QVERIFY2(m_reader->toPlainText().contains(title), qPrintable(m_reader->toPlainText()));
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }

    void everyGuidePageIsWrittenInEveryLanguageAndItsLinksArrive()
    {
        static const QRegularExpression link(QStringLiteral("href=\"(lectern://[^\"]+)\""));
        for (const QString &language : uiLanguages()) {
            for (const QString &page : UserGuide::pages()) {
                const QString file =
                    QStringLiteral(":/lectern/guide/%1/%2.html").arg(language, page);
                QVERIFY2(QFile::exists(file), qPrintable(file));
                const Result<QString> html = UserGuide::pageHtml(UserGuide::url(page), language);
                QVERIFY(html);
                QVERIFY2(!UserGuide::title(html.value()).isEmpty(), qPrintable(file));
                for (const QRegularExpressionMatch &match : link.globalMatch(html.value())) {
                    const QUrl target(match.captured(1));
                    QVERIFY2(UserGuide::pageHtml(target, language),
                             qPrintable(file + QStringLiteral(": ") + match.captured(1)));
                }
            }
        }
        QVERIFY(!UserGuide::pageHtml(UserGuide::url(QStringLiteral("nope"))));
    }

    void keyboardShortcutsAreMadeFromTheActions()
    {
        QAction *help = action("keyboardShortcutsAction");
        QVERIFY(help);
        ShortcutsDialog dialog(*m_window);
        const QList<ShortcutEntry> &entries = dialog.model()->entries();
        const auto find = [&entries](const QString &name) -> const ShortcutEntry * {
            for (const ShortcutEntry &entry : entries) {
                if (entry.action == name)
                    return &entry;
            }
            return nullptr;
        };
        QVERIFY(entries.size() >= 20);
        const ShortcutEntry *print = find(QStringLiteral("Print"));
        QVERIFY(print);
        QCOMPARE(print->menu, QStringLiteral("File"));
        QVERIFY(print->keys.contains(QKeySequence(QKeySequence::Print)));
        QVERIFY(find(QStringLiteral("User Guide")));
        QVERIFY(find(QStringLiteral("Edit Article")));
        QVERIFY(find(QStringLiteral("Find")));
        const ShortcutEntry *restore = find(QStringLiteral("Delete Permanently"));
        QVERIFY(restore);
        QCOMPARE(restore->menu, QStringLiteral("Edit › Trash"));
        // Filtering by a key.
        dialog.filterField()->setText(QKeySequence(QKeySequence::Print).toString());
        QVERIFY(dialog.filtered()->rowCount() >= 1);
        QCOMPARE(dialog.filtered()->index(0, ShortcutsModel::ActionColumn).data().toString(),
                 QStringLiteral("Print"));

        // A new command is listed at once: nothing to keep in step by hand.
        QMenu *file = m_window->menuBar()->actions().first()->menu();
        QAction *added = file->addAction(QStringLiteral("Frobnicate"));
        added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        ShortcutsDialog again(*m_window);
        bool listed = false;
        for (const ShortcutEntry &entry : again.model()->entries())
            listed = listed || (entry.action == QLatin1String("Frobnicate") &&
                                entry.keys == QList<QKeySequence>{added->shortcut()});
        delete added;
        QVERIFY(listed);
    }

    void movingToTheTrashOffersUndo()
    {
        m_window->showAllArticles();
        QTRY_VERIFY(m_list->model()->rowCount() > 0);
        m_window->navigate(articleUrl(m_interview));
        const int live = m_store->articleCount().value();
        m_window->editing()->trashAction()->trigger();
        QVERIFY(m_store->articleTrashedTime(m_interview)->isValid());
        QCOMPARE(m_store->articleCount().value(), live - 1);
        auto *notice = m_window->findChild<UndoNotice *>();
        QVERIFY(notice);
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(QStringLiteral("Ambassador Zhang Xiao")),
                 qPrintable(notice->text()));
        QVERIFY(notice->undoButton()->isVisible());
        QTest::mouseClick(notice->undoButton(), Qt::LeftButton);
        QVERIFY(notice->isHidden());
        QVERIFY(!m_store->articleTrashedTime(m_interview)->isValid());
        QCOMPARE(m_store->articleCount().value(), live);
        QCOMPARE(m_window->currentUrl(), articleUrl(m_interview));
        const auto *model = qobject_cast<ArticleTableModel *>(m_list->model());
        QVERIFY(model->rowOf(m_interview) >= 0);
    }

    void movingAUniversityToTheTrashOffersUndo()
    {
        const Result<QList<University>> universities =
            m_store->universities(QStringLiteral("China"));
        QVERIFY(universities && !universities->isEmpty());
        const University university = universities->first();
        m_window->navigate(universityUrl(university.uuid));
        const auto asked = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(m_window->historyUi()->trashUniversity());
        QVERIFY(asked->asked);
        const auto inTrash = [this](const QString &uuid) {
            for (const TrashedItem &item : m_store->trashedItems().value()) {
                if (item.uuid == uuid)
                    return true;
            }
            return false;
        };
        QVERIFY(inTrash(university.uuid));
        auto *notice = m_window->findChild<UndoNotice *>();
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(university.name), qPrintable(notice->text()));
        QTest::mouseClick(notice->undoButton(), Qt::LeftButton);
        QVERIFY(!inTrash(university.uuid));
        QCOMPARE(m_window->currentUrl(), universityUrl(university.uuid));
    }

    void everyThemeIconHasOneOfLecternsOwn()
    {
        // Every name the code asks the theme for (themeIcon, editorIcon, and
        // the editor's table of alignments).
        static const QRegularExpression call(
            QStringLiteral("(?:themeIcon|editorIcon)\\(\\s*QStringLiteral\\(\"([^\"]+)\"\\)|"
                           "QStringLiteral\\(\"(format-justify-[a-z]+)\"\\)"));
        QStringList names;
        QDirIterator sources(QStringLiteral(LECTERN_SOURCE_DIR "/app"), {QStringLiteral("*.cpp")},
                             QDir::Files, QDirIterator::Subdirectories);
        int fromTheme = 0;
        while (sources.hasNext()) {
            const QString path = sources.next();
            const QString text = QString::fromUtf8(fileBytes(path));
            if (!path.endsWith(QLatin1String("/icons.cpp")))
                fromTheme += int(text.count(QStringLiteral("QIcon::fromTheme(")));
            for (const QRegularExpressionMatch &match : call.globalMatch(text))
                names.append(match.captured(1) + match.captured(2));
        }
        QCOMPARE(fromTheme, 0); // the theme is always asked through themeIcon()
        QVERIFY(names.size() >= 40);
        for (const QString &name : std::as_const(names))
            QVERIFY2(hasOwnIcon(name), qPrintable(name));
    }

    void ownIconsAreDrawnInThePalettesTextColour()
    {
        QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("go-home")));
        const QIcon home = themeIcon(QStringLiteral("go-home"));
        QVERIFY(drawnShare(home.pixmap(32)) > 0.05);
        QVERIFY(drawnLightness(home.pixmap(32)) < 100); // dark text on a light palette
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QVERIFY(drawnLightness(home.pixmap(32)) > 180); // light text on a dark palette
        QApplication::setPalette(light);
        // The toolbar: every button has its icon.
        for (QToolBar *toolbar : m_window->findChildren<QToolBar *>()) {
            for (QAction *button : toolbar->actions()) {
                if (button->isSeparator() || button->text().isEmpty())
                    continue; // the spacer and the search box
                QVERIFY2(drawnShare(button->icon().pixmap(24)) > 0.03, qPrintable(button->text()));
            }
        }
        // The window's icon, without an installed theme.
        QVERIFY(drawnShare(themeIcon(QStringLiteral("org.cueu.Lectern")).pixmap(48)) > 0.3);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(DesktopTest)
#include "tst_desktop.moc"
