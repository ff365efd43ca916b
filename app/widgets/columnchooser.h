#pragma once

#include <QObject>

class QHeaderView;
class QMenu;
class QWidget;

namespace lectern {

// The header's context menu of a list: one checkable entry per column, to
// show or hide it. The first column (the title) always stays. What is hidden
// is part of the header's saved state.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    explicit ColumnChooser(QHeaderView *header);

    // The menu as the columns are now; the caller owns it (the header's
    // context menu shows one, tests look at one).
    QMenu *makeMenu(QWidget *parent) const;

private:
    QHeaderView *m_header;
};

} // namespace lectern
