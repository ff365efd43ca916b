#pragma once

#include <QMainWindow>

class QTableView;
class QTextBrowser;

namespace lectern {

class ArticleListModel;
class LibraryStore;

// The reader's window: the article list and the selected article.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LibraryStore &store, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MainWindow)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reload();
    void showArticle(const QString &uuid);

    LibraryStore &m_store;
    ArticleListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QTextBrowser *m_reader = nullptr;
};

} // namespace lectern
