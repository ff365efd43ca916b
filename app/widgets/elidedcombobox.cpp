#include "elidedcombobox.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace lectern {

int ElidedComboBox::labelWidth() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect label =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int width = label.width();
    if (!option.currentIcon.isNull())
        width -= option.iconSize.width() + 4; // the style's gap after the icon
    return std::max(0, width);
}

QString ElidedComboBox::shownText(const QString &text) const
{
    return fontMetrics().elidedText(text, Qt::ElideRight, labelWidth());
}

void ElidedComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (!isEditable())
        option.currentText = shownText(option.currentText);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidedComboBox::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        // Only when something was cut off: a tooltip repeating what is
        // visible is noise.
        const QString text = currentText();
        auto *help = static_cast<QHelpEvent *>(event);
        if (shownText(text) != text)
            QToolTip::showText(help->globalPos(), text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QComboBox::event(event);
}

} // namespace lectern
