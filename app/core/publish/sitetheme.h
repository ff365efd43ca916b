#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <string>

namespace lectern {

using SiteData = kainjow::mustache::data;

// The look of a published site: Mustache templates, a style sheet, the
// search script and the site's words in each language. The default theme is
// compiled in (resources/site-theme); a user's theme folder overrides any of
// its files, adds words to strings.json, and adds files under assets/.
class SiteTheme final
{
    Q_DECLARE_TR_FUNCTIONS(SiteTheme)

public:
    static Result<SiteTheme> load(const QString &userFolder = {});

    // Renders the template `name` ("article" for article.mustache).
    QByteArray render(const QString &name, const SiteData &data) const;
    // Files copied to the site's assets/ folder, by name, sorted.
    const QList<QPair<QString, QByteArray>> &assets() const { return m_assets; }
    // The site's words in `language` as template data ("s.latest"), each
    // falling back to English; and one of them as text.
    const SiteData &strings(const QString &language) const;
    QString string(const QString &language, const QString &key) const;
    // The name of a country in `language`, or the country as stored.
    QString countryName(const QString &language, const QString &country) const;

private:
    std::map<std::string, std::shared_ptr<kainjow::mustache::mustache>> m_templates;
    QList<QPair<QString, QByteArray>> m_assets;
    QJsonObject m_strings; // language → { key → text }
    std::shared_ptr<std::map<QString, SiteData>> m_stringData;
};

} // namespace lectern
