#include "userguide.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace lectern {

namespace {

QString resourcePath(const QString &language, const QString &page)
{
    return QStringLiteral(":/lectern/guide/%1/%2.html").arg(language, page);
}

} // namespace

QUrl UserGuide::url(const QString &page)
{
    return QUrl(QStringLiteral("lectern://guide/") + page);
}

bool UserGuide::isGuideUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String("lectern") && url.host() == QLatin1String("guide");
}

QStringList UserGuide::pages()
{
    return {QStringLiteral("index"),       QStringLiteral("reading"), QStringLiteral("search"),
            QStringLiteral("editing"),     QStringLiteral("export"),  QStringLiteral("exchange"),
            QStringLiteral("command-line")};
}

QString UserGuide::language()
{
    switch (QLocale().language()) {
    case QLocale::Chinese:
        return QStringLiteral("zh_CN");
    case QLocale::Ukrainian:
        return QStringLiteral("uk");
    default:
        return QStringLiteral("en");
    }
}

Result<QString> UserGuide::pageHtml(const QUrl &url, const QString &wanted)
{
    const QString language = wanted.isEmpty() ? UserGuide::language() : wanted;
    QString page = url.path().mid(1);
    if (page.isEmpty())
        page = QStringLiteral("index");
    if (!isGuideUrl(url) || !pages().contains(page))
        return Error{tr("The user guide has no page “%1”.").arg(page)};
    QFile file(resourcePath(language, page));
    if (!file.exists())
        file.setFileName(resourcePath(QStringLiteral("en"), page));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The user guide page “%1” could not be read.").arg(page)};
    return QString::fromUtf8(file.readAll());
}

QString UserGuide::title(const QString &html)
{
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = heading.match(html);
    return match.hasMatch() ? QTextDocumentFragment::fromHtml(match.captured(1)).toPlainText()
                            : QString();
}

} // namespace lectern
