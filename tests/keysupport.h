#pragma once

// Typing into widgets from a widget test.
#include <QString>
#include <QTest>
#include <QWidget>

namespace lectern::test {

// QTest::keyClicks only knows ASCII; this types any text as key events.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace lectern::test
