#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace lectern {

// Draws a search hit on two lines: the title, then the snippet with its
// matches in bold (the model's SnippetRole holds escaped HTML).
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SnippetDelegate(int snippetRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How much of a laid-out snippet is drawn in `room` pixels: its first
    // two lines, and only lines that fit whole.
    static qreal visibleHeight(QTextDocument &snippet, qreal room);

private:
    int m_snippetRole;
};

} // namespace lectern
