#pragma once

#include "homepage.h"

#include <QTextBrowser>
#include <QTimer>

#include <memory>
#include <optional>

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
    // Shows Home, laid out in one column or two for the width the reader has,
    // and again whenever that changes.
    void showHome(const FrontPage &page);
    bool showsHome() const { return m_home.has_value(); }
    HomeLayout homeLayout() const { return m_homeLayout; }
    // Puts a section (HTML) at the end of the page shown, in place of the one
    // put there before: related articles below the article, as on the
    // union's page. Where the reader is scrolled to stays.
    void showClosingSection(const QString &html);

    // Marks every use of the words (a search's) in the page, and moves to the
    // next or previous one from the cursor, wrapping around; false when
    // there is none.
    void setHighlightedWords(const QStringList &words);
    QStringList highlightedWords() const { return m_highlightedWords; }
    int highlightCount() const;
    bool findNext();
    bool findPrevious();
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
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void setPageHtml(const QString &html);
    HomeLayout layoutForWidth() const;
    void layOutHome();
    void updateHighlights();
    bool findWord(bool backward);
    void onAnchorClicked(const QUrl &url);
    void applyZoom();
    void updateMeasure();
    void plainPictureLines();

    std::unique_ptr<MediaImages> m_images;
    QString m_html;
    std::optional<FrontPage> m_home;
    HomeLayout m_homeLayout;
    QTimer m_homeRelayout;
    QString m_closingSection;
    int m_closingStart = -1; // where the closing section begins, or -1
    QStringList m_highlightedWords;
    int m_zoomSteps = 0;
    qreal m_baseSize = 0;
};

} // namespace lectern
