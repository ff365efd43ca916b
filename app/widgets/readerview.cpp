#include "readerview.h"

#include "articlehtml.h"
#include "cjktypography.h"
#include "editing/mediaimages.h"
#include "librarystore.h"
#include "textpictures.h"

#include <QDesktopServices>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace lectern {

namespace {

constexpr int maxZoomSteps = 8;
const QString zoomKey = QStringLiteral("reader/zoomSteps");

// Images are decoded at most this wide (in device pixels at a ratio of 1):
// wider than the reading measure at most zoom levels, yet a 1600-pixel
// photo keeps under half its full-size memory. Every picture of an open
// article stays decoded while it is shown.
constexpr int maxImageWidth = 1000;

// Home's two columns never spread wider than this (pixels); a longer line
// than that reads badly even beside a second column.
constexpr int maxHomeWidth = 1180;

// Marking thousands of uses of a common word would only slow the reader.
constexpr int maxHighlights = 2000;

} // namespace

ReaderView::ReaderView(const LibraryStore &store, QWidget *parent)
    : QTextBrowser(parent)
    , m_images(std::make_unique<MediaImages>(store))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Lines break between words only: Qt's default breaks a word that does
    // not fit anywhere, which splits long Ukrainian words on narrow widths.
    setWordWrapMode(QTextOption::WordWrap);
    // Nothing is typed here; giving pictures plain lines edits formats.
    document()->setUndoRedoEnabled(false);
    setAccessibleName(tr("Reader"));
    setFrameShape(QFrame::NoFrame);
    m_baseSize = font().pointSizeF() > 0 ? font().pointSizeF() * 1.15 : 11.0;
    m_zoomSteps = qBound(-maxZoomSteps, QSettings().value(zoomKey, 0).toInt(), maxZoomSteps);
    applyZoom();
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
    // Photos fit the reading column; each takes its stand-in's place once
    // decoded (a page shown since keeps it too: the address names the content).
    new FittedImageHandler(document());
    showDecodedPictures(this, *m_images);
    // Home is laid out again for a new width once the resize is over: a
    // resize can come while the document is being laid out (a scroll bar
    // appearing), and replacing the page then crashes Qt's text layout.
    m_homeRelayout.setSingleShot(true);
    m_homeRelayout.setInterval(0);
    connect(&m_homeRelayout, &QTimer::timeout, this, [this] {
        if (m_home)
            layOutHome();
    });
}

ReaderView::~ReaderView() = default;

void ReaderView::showPage(const QString &html)
{
    m_home.reset();
    setPageHtml(html);
    verticalScrollBar()->setValue(0);
}

void ReaderView::showHome(const FrontPage &page)
{
    m_home = page;
    m_homeLayout = layoutForWidth();
    setPageHtml(homePageHtml(page, m_homeLayout));
    verticalScrollBar()->setValue(0);
}

void ReaderView::setPageHtml(const QString &html)
{
    m_html = html;
    m_closingSection.clear();
    m_closingStart = -1;
    // setHtml keeps pictures handed to the document (addResource): clear()
    // lets the last page's go.
    document()->clear();
    document()->setDefaultStyleSheet(readerStyleSheet(palette()));
    setHtml(html);
    keepChineseUpright(*document());
    updateMeasure();
    plainPictureLines();
    updateHighlights();
}

void ReaderView::showClosingSection(const QString &html)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    if (m_closingStart >= 0) {
        cursor.setPosition(m_closingStart);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.deletePreviousChar(); // the block the section began
        m_closingStart = -1;
    }
    m_closingSection = html;
    if (!html.isEmpty()) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        m_closingStart = cursor.position();
        cursor.insertHtml(html);
    }
    cursor.endEditBlock();
    keepChineseUpright(*document(), m_closingStart >= 0 ? m_closingStart : 0);
    updateHighlights();
}

HomeLayout ReaderView::layoutForWidth() const
{
    HomeLayout layout;
    const QFontMetricsF metrics(document()->defaultFont());
    const int reading = int(metrics.averageCharWidth() * 75);
    const int width = viewport()->width();
    layout.columns = width >= homeTwoColumnWidth ? 2 : 1;
    const int measure = layout.columns == 2 ? std::min(width - 32, maxHomeWidth) : reading;
    // The picture takes its column's width, less the cell's own padding.
    layout.mainWidth = std::max(120, layout.columns == 2 ? int(measure * 0.64) - 16
                                                         : std::min(measure, width - 32));
    return layout;
}

void ReaderView::layOutHome()
{
    const HomeLayout layout = layoutForWidth();
    if (layout.columns == m_homeLayout.columns &&
        std::abs(layout.mainWidth - m_homeLayout.mainWidth) < 24)
        return;
    const int scroll = verticalScrollBar()->value();
    m_homeLayout = layout;
    setPageHtml(homePageHtml(*m_home, m_homeLayout));
    verticalScrollBar()->setValue(scroll);
}

void ReaderView::setHighlightedWords(const QStringList &words)
{
    m_highlightedWords = words;
    updateHighlights();
}

namespace {

// A search word as it is found in the text: at the start of a word (search
// matches prefixes), in any case; Chinese anywhere.
QRegularExpression wordPattern(const QString &word)
{
    bool ideographic = false;
    for (const QChar c : word)
        ideographic = ideographic || c.script() == QChar::Script_Han;
    const QString pattern = ideographic
                                ? QRegularExpression::escape(word)
                                : QStringLiteral("(?<![\\w])") + QRegularExpression::escape(word);
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

void ReaderView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat marked;
    // The palette's own highlight, light enough to read the text through.
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(90);
    marked.setBackground(background);
    for (const QString &word : std::as_const(m_highlightedWords)) {
        if (word.trimmed().isEmpty())
            continue;
        const QRegularExpression pattern = wordPattern(word.trimmed());
        for (QTextCursor found = document()->find(pattern); !found.isNull();
             found = document()->find(pattern, found)) {
            selections.append({found, marked});
            if (selections.size() >= maxHighlights)
                break;
        }
    }
    setExtraSelections(selections);
}

int ReaderView::highlightCount() const
{
    return int(extraSelections().size());
}

bool ReaderView::findNext()
{
    return findWord(false);
}

bool ReaderView::findPrevious()
{
    return findWord(true);
}

bool ReaderView::findWord(bool backward)
{
    QList<QTextEdit::ExtraSelection> marks = extraSelections();
    if (marks.isEmpty())
        return false;
    std::sort(marks.begin(), marks.end(), [](const auto &a, const auto &b) {
        return a.cursor.selectionStart() < b.cursor.selectionStart();
    });
    // From the mark the cursor is on (or the cursor's place), to the next
    // one after or before it, round to the other end.
    const QTextCursor current = textCursor();
    const int at = current.hasSelection() ? current.selectionStart() : current.position();
    const QTextEdit::ExtraSelection *chosen = nullptr;
    if (backward) {
        for (auto it = marks.crbegin(); it != marks.crend() && !chosen; ++it) {
            if (it->cursor.selectionStart() < at)
                chosen = &*it;
        }
        if (!chosen)
            chosen = &marks.constLast();
    } else {
        for (const auto &mark : std::as_const(marks)) {
            const int start = mark.cursor.selectionStart();
            if (start > at || (start == at && !current.hasSelection())) {
                chosen = &mark;
                break;
            }
        }
        if (!chosen)
            chosen = &marks.constFirst();
    }
    setTextCursor(chosen->cursor);
    ensureCursorVisible();
    return true;
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("lectern-media")) {
        // Upright as the camera meant (EXIF orientation), scaled while
        // decoding, and kept: going back to an article decodes nothing.
        const qreal ratio = devicePixelRatioF();
        return atDeviceRatio(m_images->resource(name.path(), qRound(maxImageWidth * ratio)), ratio);
    }
    // Nothing else is ever loaded: no network, no arbitrary local files.
    return {};
}

void ReaderView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("lectern")) {
        Q_EMIT internalLinkActivated(url);
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.isRelative() && url.hasFragment())
        scrollToAnchor(url.fragment());
}

void ReaderView::zoomInStep()
{
    m_zoomSteps = qMin(m_zoomSteps + 1, maxZoomSteps);
    applyZoom();
}

void ReaderView::zoomOutStep()
{
    m_zoomSteps = qMax(m_zoomSteps - 1, -maxZoomSteps);
    applyZoom();
}

void ReaderView::resetZoom()
{
    m_zoomSteps = 0;
    applyZoom();
}

void ReaderView::applyZoom()
{
    QFont readerFont = font();
    // Chinese in a face with a real bold, whatever the system falls back to.
    readerFont.setFamilies(withChineseFaces(readerFont.families().isEmpty()
                                                ? QStringList{readerFont.family()}
                                                : readerFont.families()));
    readerFont.setPointSizeF(m_baseSize * std::pow(1.1, m_zoomSteps));
    document()->setDefaultFont(readerFont);
    QSettings().setValue(zoomKey, m_zoomSteps);
    updateMeasure();
}

void ReaderView::updateMeasure()
{
    // About 75 characters a line reads best; wider windows get margins, as
    // part of the page so they take its colour.
    const QFontMetricsF metrics(document()->defaultFont());
    const int reading = int(metrics.averageCharWidth() * 75);
    const int measure = m_home && m_homeLayout.columns == 2
                            ? std::min(viewport()->width() - 32, maxHomeWidth)
                            : reading;
    const int side = qMax(16, (viewport()->width() - measure) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (int(format.leftMargin()) == side && int(format.topMargin()) == 16)
        return;
    format.setMargin(16);
    format.setLeftMargin(side);
    format.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(format);
}

void ReaderView::plainPictureLines()
{
    // A paragraph that is only a picture: the text's 125 % line height would
    // put a quarter of the picture's height under it.
    QList<QTextBlock> pictureLines;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        if (text.contains(QChar::ObjectReplacementCharacter) &&
            text.remove(QChar::ObjectReplacementCharacter).trimmed().isEmpty() &&
            block.blockFormat().lineHeight() != 100)
            pictureLines.append(block);
    }
    for (const QTextBlock &block : std::as_const(pictureLines)) {
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        QTextCursor(block).setBlockFormat(format);
    }
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_home)
        m_homeRelayout.start();
    updateMeasure();
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty()) {
        // The style sheet names the palette's colours: the page again, with
        // its closing section, where it was.
        const int scroll = verticalScrollBar()->value();
        const QString closing = m_closingSection;
        setPageHtml(m_html);
        if (!closing.isEmpty())
            showClosingSection(closing);
        verticalScrollBar()->setValue(scroll);
    }
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (!hasFocus())
        return;
    // The reader has no frame; with the keyboard in it, a line in the
    // palette's highlight along its edge says so.
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void ReaderView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    viewport()->update();
}

void ReaderView::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    viewport()->update();
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton) {
        Q_EMIT backRequested();
        return;
    }
    if (event->button() == Qt::ForwardButton) {
        Q_EMIT forwardRequested();
        return;
    }
    QTextBrowser::mouseReleaseEvent(event);
}

} // namespace lectern
