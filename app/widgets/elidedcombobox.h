#pragma once

#include <QComboBox>

namespace lectern {

// A combo box whose shown text ends in "…" when it does not fit, instead of
// being cut off mid-letter, and whose tooltip is then the whole text. The
// style draws the label clipped to its box and never elides it.
class ElidedComboBox final : public QComboBox
{
    Q_OBJECT

public:
    using QComboBox::QComboBox;

    // What the box shows for `text` at its current width.
    QString shownText(const QString &text) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int labelWidth() const;
};

} // namespace lectern
