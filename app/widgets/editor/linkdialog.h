#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QListView;

namespace lectern {

class LibraryStore;
class SearchResultsModel;

// Picks an article of the library by searching its titles and text.
class ArticlePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ArticlePickerDialog(const LibraryStore &store, QWidget *parent = nullptr);

    void setQuery(const QString &query);
    QString selectedUuid() const;
    QString selectedTitle() const;
    QListView *resultsView() const { return m_results; }

private:
    void search();

    const LibraryStore &m_store;
    QLineEdit *m_query;
    QListView *m_results;
    SearchResultsModel *m_model;
};

// Inserts or edits a link: its text and address, a web address or another
// article of the library (lectern://article/UUID) picked by search.
class LinkDialog final : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(const LibraryStore &store, QWidget *parent = nullptr);

    void setText(const QString &text);
    void setAddress(const QString &address);
    QString text() const;
    QString address() const;
    QLineEdit *addressField() const { return m_address; }
    QLineEdit *textField() const { return m_text; }

    // The picker the "Article…" button opens; tests answer it.
    static inline std::function<void(ArticlePickerDialog &)> pickerHook;

private:
    void pickArticle();

    const LibraryStore &m_store;
    QLineEdit *m_text;
    QLineEdit *m_address;
};

} // namespace lectern
