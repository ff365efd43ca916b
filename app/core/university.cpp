#include "university.h"

namespace lectern {

QJsonObject University::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("country"), country},
        {QStringLiteral("city"), city},
        {QStringLiteral("founded"), founded},
        {QStringLiteral("website"), website},
        {QStringLiteral("logo"), logo},
        {QStringLiteral("profileHtml"), profileHtml},
        {QStringLiteral("profileText"), profileText},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODateWithMs)},
    };
}

University University::fromJson(const QJsonObject &json)
{
    University university;
    university.uuid = json.value(QStringLiteral("uuid")).toString();
    university.name = json.value(QStringLiteral("name")).toString();
    university.country = json.value(QStringLiteral("country")).toString();
    university.city = json.value(QStringLiteral("city")).toString();
    university.founded = json.value(QStringLiteral("founded")).toInt();
    university.website = json.value(QStringLiteral("website")).toString();
    university.logo = json.value(QStringLiteral("logo")).toString();
    university.profileHtml = json.value(QStringLiteral("profileHtml")).toString();
    university.profileText = json.value(QStringLiteral("profileText")).toString();
    university.created =
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    university.updated =
        QDateTime::fromString(json.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    return university;
}

} // namespace lectern
