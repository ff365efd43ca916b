// How Lectern looks: Chinese in the English and Ukrainian interface (bold
// headings, "中文" kept whole, never a slanted ideograph, on screen and in
// exports), words never broken inside, light and dark palettes and the
// desktop's preference through the XDG portal, colours from the palette,
// and keyboard focus that shows.
#include "appearance.h"
#include "articlehtml.h"
#include "cjktypography.h"
#include "demolibrary.h"
#include "export/articledocument.h"
#include "export/exportcontent.h"
#include "export/exportfonts.h"
#include "history/revisiondiff.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "readerview.h"
#include "readinglistspanel.h"
#include "relatedpanel.h"
#include "semanticcolours.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QGlyphRun>
#include <QListView>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>

using namespace lectern;
using namespace lectern::test;

namespace {

// The glyph runs that draw `text` in the reader's document.
QList<QGlyphRun> glyphRunsOf(QTextDocument &document, const QString &text)
{
    const QTextCursor found = document.find(text);
    if (found.isNull())
        return {};
    const QTextBlock block = found.block();
    document.documentLayout()->blockBoundingRect(block); // lays the block out
    return block.layout()->glyphRuns(found.selectionStart() - block.position(), int(text.size()));
}

// The darkest lightness among the colours a rich-text page sets as
// backgrounds ("background-color:#rrggbb").
QList<QColor> backgrounds(const QString &html)
{
    static const QRegularExpression pattern(
        QStringLiteral("background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6})"));
    QList<QColor> colours;
    auto it = pattern.globalMatch(html);
    while (it.hasNext())
        colours.append(QColor(it.next().captured(1)));
    return colours;
}

// The fake XDG desktop portal the appearance test talks to.
class FakePortal final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 1;

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == QLatin1String("org.freedesktop.appearance") &&
            key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
    }
};

} // namespace

class LookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }

    // Chinese headings are bold in a face that has a bold; the English
    // interface does not change that.
    void chineseHeadingsAreBold()
    {
        QVERIFY2(!chineseFacesWithBold().isEmpty(), "no Chinese face with a bold is installed");
        auto store = memoryStore();
        ReaderView reader(*store);
        reader.resize(900, 700);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showPage(QStringLiteral("<h1>签证政策</h1><h2>中亚峰会</h2><p>正文 text</p>"));
        for (const QString &heading : {QStringLiteral("签证政策"), QStringLiteral("中亚峰会")}) {
            const QList<QGlyphRun> runs = glyphRunsOf(*reader.document(), heading);
            QVERIFY(!runs.isEmpty());
            for (const QGlyphRun &run : runs) {
                const QRawFont font = run.rawFont();
                QVERIFY2(font.weight() >= QFont::Bold,
                         qPrintable(QStringLiteral("%1: %2 weight %3")
                                        .arg(heading, font.familyName())
                                        .arg(font.weight())));
                QVERIFY2(chineseFacesWithBold().contains(font.familyName()),
                         qPrintable(font.familyName()));
            }
        }
    }

    // Italic text keeps its slant, Chinese inside it stands upright, in the
    // reader and in the document an export lays out; the text is unchanged.
    void chineseIsNeverSlanted()
    {
        auto store = memoryStore();
        ReaderView reader(*store);
        reader.showPage(QStringLiteral("<p class=\"summary\">Summit in 西安 and more.</p>"
                                       "<p><i>强调 emphasis</i></p>"));
        QCOMPARE(reader.toPlainText(), QStringLiteral("Summit in 西安 and more.\n强调 emphasis"));
        const auto italicAt = [](QTextDocument &document, const QString &text) {
            const QTextCursor found = document.find(text);
            QTextCursor inside(found);
            inside.setPosition(found.selectionStart() + 1);
            return inside.charFormat().fontItalic();
        };
        QVERIFY(!italicAt(*reader.document(), QStringLiteral("西安")));
        QVERIFY(italicAt(*reader.document(), QStringLiteral("Summit")));
        QVERIFY(!italicAt(*reader.document(), QStringLiteral("强调")));
        QVERIFY(italicAt(*reader.document(), QStringLiteral("emphasis")));

        Article article = makeArticle(QStringLiteral("Title"), QStringLiteral("Body"));
        article.summary = QStringLiteral("Summit in 西安 and more.");
        ExportContent content;
        content.articles = {article};
        const std::unique_ptr<QTextDocument> exported =
            ArticleDocument::build(article, content, PdfOptions{}, {});
        QVERIFY(!italicAt(*exported, QStringLiteral("西安")));
        QVERIFY(italicAt(*exported, QStringLiteral("Summit")));
        QVERIFY(exported->toPlainText().contains(QStringLiteral("Summit in 西安 and more.")));
    }

    // "中文" in a byline never breaks across lines, however narrow.
    void chineseLanguageNameStaysWhole()
    {
        auto store = memoryStore();
        ReaderView reader(*store);
        Article article =
            makeArticle(QStringLiteral("标题"), QStringLiteral("正文"), QStringLiteral("zh"));
        article.author = QStringLiteral("张三");
        article.source = QStringLiteral("China-Ukraine Education Union");
        article.category = QStringLiteral("Interviews");
        ArticlePageContent content;
        content.article = article;
        content.article.published = QDateTime(QDate(2026, 5, 18), QTime(9, 0), Qt::UTC);
        reader.showPage(articlePageHtml(content));
        bool checkedABreak = false;
        for (int width = 120; width <= 700; width += 7) {
            reader.document()->setTextWidth(width);
            const QTextCursor zhong = reader.document()->find(QStringLiteral("中"));
            QVERIFY(!zhong.isNull());
            const QTextBlock block = zhong.block();
            QTextLayout *layout = block.layout();
            if (layout->lineCount() > 1)
                checkedABreak = true;
            const int at = zhong.selectionStart() - block.position();
            const QString text = block.text();
            const int wen = int(text.indexOf(QStringLiteral("文"), at));
            QVERIFY(wen > at);
            QCOMPARE(layout->lineForTextPosition(at).lineNumber(),
                     layout->lineForTextPosition(wen).lineNumber());
        }
        QVERIFY(checkedABreak);
    }

    // A long Ukrainian word never breaks inside itself, in the reader.
    void wordsNeverBreakInside()
    {
        auto store = memoryStore();
        ReaderView reader(*store);
        const QString word = QStringLiteral("найвищокваліфікованіших");
        reader.showPage(
            QStringLiteral("<p>Підготовка %1 фахівців для співпраці університетів</p>").arg(word));
        reader.document()->setTextWidth(60); // narrower than the word
        const QTextBlock block = reader.document()->begin();
        QTextLayout *layout = block.layout();
        const int start = int(block.text().indexOf(word));
        for (int line = 0; line < layout->lineCount(); ++line) {
            const int at = layout->lineAt(line).textStart();
            QVERIFY2(at <= start || at >= start + word.size(),
                     qPrintable(QStringLiteral("a line starts at %1, inside the word at %2")
                                    .arg(at)
                                    .arg(start)));
        }
    }

    // Light and Dark are applied at once; Preferences keeps the choice.
    void lightAndDarkFromPreferences()
    {
        Appearance::of().apply(ColorScheme::Dark);
        QVERIFY(isDarkPalette(QApplication::palette()));
        Appearance::of().apply(ColorScheme::Light);
        QVERIFY(!isDarkPalette(QApplication::palette()));
        SettingsDialog dialog(QStringLiteral("/tmp/library.lectern"), QStringLiteral("en"));
        auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("colorScheme"));
        QVERIFY(choice);
        QCOMPARE(choice->count(), 3);
        dialog.setColorScheme(ColorScheme::Dark);
        dialog.apply();
        QCOMPARE(QSettings().value(QLatin1String(colorSchemeSettingKey)).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(colorSchemeFromSettings(), ColorScheme::Dark);
        QVERIFY(isDarkPalette(QApplication::palette()));
        dialog.setColorScheme(ColorScheme::Light);
        dialog.apply();
        QVERIFY(!isDarkPalette(QApplication::palette()));
        QSettings().remove(QLatin1String(colorSchemeSettingKey));
    }

    // Follow the system: the XDG portal's color-scheme, read at once and
    // followed when it changes. A private session bus and a fake portal.
    void followsTheDesktopThroughThePortal()
    {
        QProcess bus;
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--session"), QStringLiteral("--nofork"),
                   QStringLiteral("--print-address")});
        QVERIFY2(bus.waitForStarted(10000), "dbus-daemon (package dbus-daemon) is needed");
        QTRY_VERIFY(bus.canReadLine());
        const QString address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY(!address.isEmpty());
        {
            QDBusConnection portalSide =
                QDBusConnection::connectToBus(address, QStringLiteral("fakePortal"));
            QVERIFY(portalSide.isConnected());
            FakePortal portal;
            QVERIFY(portalSide.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
            QVERIFY(portalSide.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"),
                                              &portal, QDBusConnection::ExportAllSlots));
            // Lectern's own connection is the session bus: this one.
            qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
            QVERIFY(QDBusConnection::sessionBus().isConnected());

            Appearance::of().apply(ColorScheme::Light);
            QVERIFY(!isDarkPalette(QApplication::palette()));
            portal.scheme = 1; // prefers dark
            Appearance::of().apply(ColorScheme::System);
            QTRY_VERIFY_WITH_TIMEOUT(isDarkPalette(QApplication::palette()), 20000);
            QCOMPARE(Appearance::of().desktopPrefersDark(), std::optional<bool>(true));

            // The desktop turns light: Lectern follows.
            QDBusMessage changed =
                QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                           QStringLiteral("org.freedesktop.portal.Settings"),
                                           QStringLiteral("SettingChanged"));
            changed << QStringLiteral("org.freedesktop.appearance")
                    << QStringLiteral("color-scheme") << QVariant::fromValue(QDBusVariant(uint(2)));
            QVERIFY(portalSide.send(changed));
            QTRY_VERIFY_WITH_TIMEOUT(!isDarkPalette(QApplication::palette()), 20000);
            // A choice of Dark is kept whatever the desktop says.
            Appearance::of().apply(ColorScheme::Dark);
            portal.scheme = 2;
            QVERIFY(portalSide.send(changed));
            QTest::qWait(200);
            QVERIFY(isDarkPalette(QApplication::palette()));
            portalSide.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("fakePortal"));
        bus.terminate();
        bus.waitForFinished(5000);
        Appearance::of().apply(ColorScheme::Light);
    }

    // On a dark palette nothing is painted in a fixed light colour: the
    // revision diff, the merge dialog's tints, error banners, picture blanks.
    void coloursComeFromThePalette()
    {
        Appearance::of().apply(ColorScheme::Dark);
        Article before = makeArticle(QStringLiteral("Title"), QStringLiteral("The old text."));
        Article after = makeArticle(QStringLiteral("Title"), QStringLiteral("The new text."));
        const QString diff = articleDiffHtml(before, after);
        const QList<QColor> tints = backgrounds(diff);
        QVERIFY2(tints.size() >= 2, qPrintable(diff));
        for (const QColor &colour : tints)
            QVERIFY2(colour.lightnessF() < 0.5, qPrintable(colour.name()));
        MessageBanner banner;
        banner.setText(QStringLiteral("The library is read-only."));
        banner.resize(300, 60);
        const QImage picture = banner.grab().toImage();
        QVERIFY(QColor(picture.pixel(150, 30)).lightnessF() < 0.5 ||
                QColor(picture.pixel(20, 50)).lightnessF() < 0.5);
        QVERIFY(placeholderFill(QApplication::palette()).lightnessF() < 0.5);
        Appearance::of().apply(ColorScheme::Light);
        for (const QColor &colour : backgrounds(articleDiffHtml(before, after)))
            QVERIFY2(colour.lightnessF() > 0.5, qPrintable(colour.name()));
    }

    // Keyboard focus shows: the related list's current suggestion and the
    // reader (which has no frame) look different with the focus in them.
    void keyboardFocusShows()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        MainWindow window(*store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto welcome = store->search(QStringLiteral("Welcome lang:en"));
        window.navigate(articleUrl(welcome->first().uuid));
        auto *panel = window.findChild<RelatedPanel *>();
        QTRY_VERIFY(panel->list()->model()->rowCount() > 0);
        QListView *list = panel->list();
        list->setCurrentIndex(list->model()->index(0, 0));
        window.findChild<ReaderView *>()->setFocus();
        QTest::qWait(50);
        const QImage unfocused = list->viewport()->grab().toImage();
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        QTest::qWait(50);
        QVERIFY(list->viewport()->grab().toImage() != unfocused);

        auto *reader = window.findChild<ReaderView *>();
        list->setFocus(Qt::TabFocusReason);
        QTest::qWait(50);
        const QImage readerUnfocused = reader->viewport()->grab().toImage();
        reader->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(reader->hasFocus());
        QTest::qWait(50);
        QVERIFY(reader->viewport()->grab().toImage() != readerUnfocused);
    }

    // The demo's reading list is called "Recommended reading" in the
    // reader's language.
    void recommendedReadingIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("zh") << QStringLiteral("zh_CN") << QStringLiteral("推荐阅读");
        QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("Рекомендоване читання");
    }

    void recommendedReadingIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        ReadingListsPanel lists(*store);
        auto *chooser = lists.findChild<QComboBox *>();
        QVERIFY(chooser && chooser->count() >= 1);
        QVERIFY2(chooser->itemText(0).startsWith(name), qPrintable(chooser->itemText(0)));
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }
};

QTEST_MAIN(LookTest)
#include "tst_look.moc"
