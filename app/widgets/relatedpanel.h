#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;

namespace lectern {

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
    void clear();
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void articleActivated(const QString &uuid);

private:
    QLabel *m_translations = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace lectern
