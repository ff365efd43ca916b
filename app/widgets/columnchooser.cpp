#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>

#include <memory>

namespace lectern {

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const std::unique_ptr<QMenu> menu(makeMenu(m_header));
        menu->exec(m_header->viewport()->mapToGlobal(pos));
    });
}

QMenu *ColumnChooser::makeMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return menu;
    for (int column = 0; column < m_header->count(); ++column) {
        const QString name = model->headerData(column, m_header->orientation()).toString();
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(column != 0); // without its title a row says nothing
        QHeaderView *header = m_header;
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    return menu;
}

} // namespace lectern
