#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QListView;
class QStandardItemModel;

namespace lectern {

class ReadingListsPanel;

// Beside the reader: other-language versions of the article, and related
// articles, each with the reasons it is suggested.
class RelatedPanel final : public QWidget
{
    Q_OBJECT

public:
    struct Suggestion
    {
        QString uuid;
        QString title;
        QString reasons;
    };
    struct Translation
    {
        QString uuid;
        QString language;
    };

    explicit RelatedPanel(QWidget *parent = nullptr);

    void showSuggestions(const QList<Translation> &translations,
                         const QList<Suggestion> &suggestions);
    // Not an article (Home, a university, an empty list): says how to get
    // suggestions, and leaves the room to the reading lists.
    void clear();
    // A new article not yet saved: nothing to suggest for until it is.
    void showUnsaved();
    QListView *list() const { return m_list; }
    QLabel *emptyText() const { return m_empty; }
    QWidget *suggestionsArea() const { return m_suggestionsArea; }

    // Shows the reading lists below the suggestions (they stay on Home, where
    // there is nothing to suggest), and offers "Add to Reading List" on each
    // suggestion. The panel takes ownership.
    void setReadingLists(ReadingListsPanel *lists);
    ReadingListsPanel *readingLists() const { return m_readingLists; }

Q_SIGNALS:
    void articleActivated(const QString &uuid);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);
    void fill(const QList<Translation> &translations, const QList<Suggestion> &suggestions);
    // Shrinks the suggestions to their one-line hint (true) or gives them
    // back the room they had (false).
    void setCompact(bool compact);
    void fitCompactHeight();

    bool m_compact = false;
    QList<int> m_roomySizes; // the splitter's sizes before it was compacted

    QSplitter *m_splitter = nullptr;
    QWidget *m_suggestionsArea = nullptr;
    ReadingListsPanel *m_readingLists = nullptr;
    QLabel *m_translations = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace lectern
