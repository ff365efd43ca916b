#pragma once

#include <QDateTime>
#include <QString>

namespace lectern {

// An author and a date written in the text of a page rather than in its
// metadata: "By Olena Koval · 12 May 2024", "Автор: Олена Коваль · 12 травня
// 2024", "作者：王芳  发布时间：2024年5月12日".
struct Byline
{
    QString author;
    QDateTime date;
    bool isEmpty() const { return author.isEmpty() && !date.isValid(); }
};

// Reads a short block of text as a byline; empty when the text is anything
// else (a sentence that merely starts with "By", a heading).
Byline readByline(const QString &text);

// A date written out in English, Ukrainian or Chinese: "May 12, 2024",
// "12 May 2024", "12 травня 2024", "2024年5月12日", "12.05.2024", ISO 8601.
QDateTime parseWrittenDate(const QString &text);

} // namespace lectern
