#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lectern {

struct University
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString country;
    QString city;
    int founded = 0; // 0 when unknown
    QString website;
    QString logo; // sha256 of a media item, or empty
    QString profileHtml;
    QString profileText;
    QDateTime created;
    QDateTime updated;

    QJsonObject toJson() const;
    static University fromJson(const QJsonObject &json);

    bool operator==(const University &) const = default;
};

} // namespace lectern
