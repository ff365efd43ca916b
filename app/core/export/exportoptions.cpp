#include "exportoptions.h"

namespace lectern {

namespace {

struct FormatName
{
    ExportFormat format;
    const char *key;
    const char *suffix;
};

constexpr FormatName formatNames[] = {
    {ExportFormat::Pdf, "pdf", "pdf"},  {ExportFormat::Html, "html", "html"},
    {ExportFormat::Odt, "odt", "odt"},  {ExportFormat::Markdown, "md", "md"},
    {ExportFormat::Text, "txt", "txt"},
};

} // namespace

QString exportFormatKey(ExportFormat format)
{
    for (const FormatName &name : formatNames) {
        if (name.format == format)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("pdf");
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    for (const FormatName &name : formatNames) {
        if (key.compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0)
            return name.format;
    }
    if (key.compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Markdown;
    if (key.compare(QLatin1String("text"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Text;
    return std::nullopt;
}

QString exportFileSuffix(ExportFormat format)
{
    for (const FormatName &name : formatNames) {
        if (name.format == format)
            return QString::fromLatin1(name.suffix);
    }
    return QStringLiteral("pdf");
}

std::optional<QPageSize> pageSizeFromName(const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // Every size Qt knows, matched by its key (A4, Letter) or its name.
    for (int id = 0; id <= int(QPageSize::LastPageSize); ++id) {
        const auto pageId = QPageSize::PageSizeId(id);
        if (pageId == QPageSize::Custom)
            continue;
        if (QPageSize::key(pageId).compare(wanted, Qt::CaseInsensitive) == 0 ||
            QPageSize::name(pageId).compare(wanted, Qt::CaseInsensitive) == 0)
            return QPageSize(pageId);
    }
    return std::nullopt;
}

} // namespace lectern
