#include "readerview.h"

#include "articlehtml.h"
#include "editing/mediaimages.h"
#include "librarystore.h"
#include "textpictures.h"

#include <QDesktopServices>
#include <QMouseEvent>
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

} // namespace

ReaderView::ReaderView(const LibraryStore &store, QWidget *parent)
    : QTextBrowser(parent)
    , m_images(std::make_unique<MediaImages>(store))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
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
}

ReaderView::~ReaderView() = default;

void ReaderView::showPage(const QString &html)
{
    m_html = html;
    // setHtml keeps pictures handed to the document (addResource): clear()
    // lets the last page's go.
    document()->clear();
    document()->setDefaultStyleSheet(readerStyleSheet(palette()));
    setHtml(html);
    updateMeasure();
    plainPictureLines();
    verticalScrollBar()->setValue(0);
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
    const int measure = int(metrics.averageCharWidth() * 75);
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
    updateMeasure();
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty()) {
        const int scroll = verticalScrollBar()->value();
        document()->setDefaultStyleSheet(readerStyleSheet(palette()));
        setHtml(m_html);
        verticalScrollBar()->setValue(scroll);
    }
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
