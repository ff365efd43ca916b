#include "readerview.h"

#include "articlehtml.h"
#include "editing/mediaimages.h"
#include "librarystore.h"

#include <QDesktopServices>
#include <QImage>
#include <QMouseEvent>
#include <QPixmap>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextImageFormat>

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
    // Nothing is typed here; fitting pictures to the column edits formats.
    document()->setUndoRedoEnabled(false);
    setAccessibleName(tr("Reader"));
    setFrameShape(QFrame::NoFrame);
    m_baseSize = font().pointSizeF() > 0 ? font().pointSizeF() * 1.15 : 11.0;
    m_zoomSteps = qBound(-maxZoomSteps, QSettings().value(zoomKey, 0).toInt(), maxZoomSteps);
    applyZoom();
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
    // A photo decoded on a worker takes its stand-in's place at the same
    // size; a page shown since keeps it too (the address names the content).
    connect(m_images.get(), &MediaImages::decoded, this,
            [this](const QString &sha256, int, const QPixmap &picture) {
                if (picture.isNull())
                    return;
                QPixmap shown = picture;
                if (devicePixelRatioF() > 1)
                    shown.setDevicePixelRatio(devicePixelRatioF());
                document()->addResource(QTextDocument::ImageResource, QUrl(mediaUrl(sha256)),
                                        shown);
                viewport()->update();
            });
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
    fitImages();
    verticalScrollBar()->setValue(0);
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("lectern-media")) {
        // Upright as the camera meant (EXIF orientation), scaled while
        // decoding, and kept: going back to an article decodes nothing.
        const qreal ratio = devicePixelRatioF();
        const QVariant picture = m_images->resource(name.path(), qRound(maxImageWidth * ratio));
        if (!picture.isValid() || ratio <= 1)
            return picture;
        QPixmap sharp = picture.value<QPixmap>();
        sharp.setDevicePixelRatio(ratio);
        return sharp;
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
    fitImages();
}

void ReaderView::fitImages()
{
    // A picture wider than the column is shown at the column's width, as a
    // browser's max-width: 100% would: no sideways scrolling to see a photo.
    // Its own width is kept aside, so a wider window gives it back.
    constexpr int ownWidth = QTextFormat::UserProperty + 1;
    const QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    const qreal column =
        viewport()->width() - frame.leftMargin() - frame.rightMargin() - 2 * frame.border();
    if (column <= 0)
        return;
    struct Change
    {
        int position;
        QTextImageFormat format;
    };
    QList<Change> changes;
    QList<QTextBlock> pictureLines;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        // A paragraph that is only a picture: the text's 125 % line height
        // would put a quarter of the picture's height under it.
        QString text = block.text();
        if (text.contains(QChar::ObjectReplacementCharacter) &&
            text.remove(QChar::ObjectReplacementCharacter).trimmed().isEmpty() &&
            block.blockFormat().lineHeight() != 100)
            pictureLines.append(block);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.hasProperty(ownWidth)) {
                // The size the page asks for, else the picture's own.
                const QPixmap picture =
                    document()
                        ->resource(QTextDocument::ImageResource, QUrl(format.name()))
                        .value<QPixmap>();
                if (picture.isNull())
                    continue;
                const QSizeF natural = picture.deviceIndependentSize();
                const qreal width = format.width() > 0 ? format.width() : natural.width();
                const qreal height = format.height() > 0
                                         ? format.height()
                                         : width * natural.height() / qMax(1.0, natural.width());
                format.setProperty(ownWidth, QSizeF(width, height));
            }
            const QSizeF own = format.property(ownWidth).toSizeF();
            const qreal width = qMin(own.width(), column);
            if (qFuzzyCompare(format.width(), width) && format.height() > 0)
                continue;
            format.setWidth(width);
            format.setHeight(own.height() * width / qMax(1.0, own.width()));
            changes.append({fragment.position(), format});
        }
    }
    QTextCursor cursor(document());
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
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
