#include "storeutil.h"

#include <QTextDocument>
#include <QUuid>

namespace lectern {

QString htmlToPlainText(const QString &html)
{
    if (html.isEmpty())
        return {};
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace lectern
