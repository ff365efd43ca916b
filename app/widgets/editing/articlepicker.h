#pragma once

#include <QDialog>
#include <QStringList>
#include <QTimer>

class QLineEdit;
class QListWidget;

namespace lectern {

class LibraryStore;

// Chooses one article by title or words, for related links and translations.
// Only a page of matches is read, so it opens at once in a large library.
class ArticlePicker final : public QDialog
{
    Q_OBJECT

public:
    ArticlePicker(const LibraryStore &store, const QStringList &excluded,
                  QWidget *parent = nullptr);

    QString selectedUuid() const;
    QString selectedTitle() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

    // Shows the picker and returns the chosen article's uuid, or empty.
    static QString pick(const LibraryStore &store, const QStringList &excluded, QWidget *parent,
                        const QString &title);

private:
    void refresh();

    const LibraryStore &m_store;
    QStringList m_excluded;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QTimer m_delay;
};

} // namespace lectern
