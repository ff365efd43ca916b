#include "mainwindow.h"

#include "articlelistmodel.h"
#include "librarystore.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

namespace lectern {

MainWindow::MainWindow(LibraryStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new ArticleListModel(this))
{
    setWindowTitle(tr("Lectern"));
    auto *splitter = new QSplitter(this);
    m_list = new QTableView(splitter);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Articles"));
    m_reader = new QTextBrowser(splitter);
    m_reader->setOpenLinks(false);
    m_reader->setAccessibleName(tr("Article"));
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showArticle(current.data(ArticleListModel::UuidRole).toString());
            });
    reload();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 720);
}

void MainWindow::reload()
{
    const Result<QList<ArticleSummary>> articles = m_store.articles();
    if (!articles) {
        statusBar()->showMessage(articles.error());
        return;
    }
    m_model->setArticles(articles.value());
    statusBar()->showMessage(tr("%n article(s)", nullptr, int(articles->size())));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::showArticle(const QString &uuid)
{
    const Result<Article> article = m_store.article(uuid);
    if (!article) {
        m_reader->setPlainText(article.error());
        return;
    }
    m_reader->setHtml(QLatin1String("<h1>") + article->title.toHtmlEscaped() +
                      QLatin1String("</h1>") + article->bodyHtml);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace lectern
