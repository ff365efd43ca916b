#pragma once

#include <QTextBrowser>

#include <memory>

namespace lectern {

class LibraryStore;
class MediaImages;

// Shows Lectern's pages with calm typography: a readable measure, zoom that
// is remembered, images from the library's own media and nothing from the
// network. Links inside Lectern are reported; web links open in the system
// browser, and only on a click.
class ReaderView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(const LibraryStore &store, QWidget *parent = nullptr);
    ~ReaderView() override;

    // Shows a page body (HTML); the style sheet follows the palette.
    void showPage(const QString &html);
    void zoomInStep();
    void zoomOutStep();
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

    QVariant loadResource(int type, const QUrl &name) override;
    // The pictures it shows, decoded for display (for tests and benchmarks).
    const MediaImages &mediaImages() const { return *m_images; }

Q_SIGNALS:
    void internalLinkActivated(const QUrl &url);
    void backRequested();
    void forwardRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    void applyZoom();
    void updateMeasure();
    void plainPictureLines();

    std::unique_ptr<MediaImages> m_images;
    QString m_html;
    int m_zoomSteps = 0;
    qreal m_baseSize = 0;
};

} // namespace lectern
