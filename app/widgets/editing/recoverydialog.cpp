#include "recoverydialog.h"

#include "semanticcolours.h"

#include "librarystore.h"
#include "storeutil.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lectern {

namespace {

constexpr int previewChars = 1500;
constexpr int changedParagraphsShown = 8;

QStringList paragraphs(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString paragraph = line.simplified();
        if (!paragraph.isEmpty())
            result.append(paragraph);
    }
    return result;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString clipped(const QString &text, int chars)
{
    return text.size() <= chars ? text : text.left(chars) + QStringLiteral("…");
}

// Paragraphs only in `a`, in their order: enough to show what a recovery
// adds or removes without a full diff.
QStringList onlyIn(const QStringList &a, const QStringList &b)
{
    const QSet<QString> other(b.cbegin(), b.cend());
    QStringList result;
    for (const QString &paragraph : a) {
        if (!other.contains(paragraph))
            result.append(paragraph);
    }
    return result;
}

// The title and when the changes were written: the top of every description.
QString describedHeading(const QString &title, const QDateTime &written)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(escaped(title.isEmpty() ? RecoveryDialog::tr("Untitled") : title));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(escaped(RecoveryDialog::tr("Unsaved changes written %1.")
                             .arg(QLocale().toString(written.toLocalTime(), QLocale::LongFormat))));
    return html;
}

// "Differs from the saved version in: …", or that nothing does.
QString differencesParagraph(const QStringList &fields)
{
    return QStringLiteral("<p>%1</p>")
        .arg(escaped(fields.isEmpty()
                         ? RecoveryDialog::tr("Nothing differs from the saved version.")
                         : RecoveryDialog::tr("Differs from the saved version in: %1.")
                               .arg(fields.join(QLatin1String(", ")))));
}

} // namespace

RecoveryDialog::RecoveryDialog(LibraryStore &store, const QList<RecoveryEntry> &entries,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Recover Unsaved Changes"));
    for (const RecoveryEntry &entry : entries) {
        if (entry.kind == recoveryKindArticle || entry.kind == recoveryKindUniversity)
            m_entries.append(entry);
    }
    m_intro = new QLabel(tr("Lectern was closed while these articles or universities had unsaved "
                            "changes. Restore opens the changes in the editor, so you can check "
                            "and save them; Discard deletes them; Later asks again next time."),
                         this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Unsaved changes"));
    for (const RecoveryEntry &entry : std::as_const(m_entries)) {
        const QString title = entry.kind == recoveryKindUniversity
                                  ? entry.snapshot.value(QStringLiteral("name")).toString()
                                  : entry.snapshot.value(QStringLiteral("title")).toString();
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(title.isEmpty() ? tr("Untitled") : title,
                              QLocale().toString(entry.saved.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, entry.uuid);
    }
    m_details = new QTextBrowser(this);
    m_details->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_restore->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(680, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::showSelected);
    connect(m_restore, &QPushButton::clicked, this, &RecoveryDialog::restoreSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

int RecoveryDialog::count() const
{
    return m_list->count();
}

void RecoveryDialog::showSelected()
{
    const int row = m_list->currentRow();
    m_restore->setEnabled(row >= 0);
    m_discard->setEnabled(row >= 0);
    m_details->setHtml(row >= 0 ? describe(m_store, m_entries.at(row)) : QString());
}

void RecoveryDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const RecoveryEntry entry = m_entries.at(row);
    accept();
    Q_EMIT restoreRequested(entry);
}

void RecoveryDialog::discardSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const RecoveryEntry entry = m_entries.at(row);
    if (Status status = m_store.clearRecovery(entry.kind, entry.uuid); !status) {
        Q_EMIT errorOccurred(status.error());
        return;
    }
    {
        // The list and the entries must agree before the details are shown again.
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        m_entries.removeAt(row);
    }
    if (m_entries.isEmpty()) {
        reject();
        return;
    }
    m_list->setCurrentRow(qMin(row, int(m_entries.size()) - 1));
    showSelected();
}

QString RecoveryDialog::describeUniversity(const LibraryStore &store, const RecoveryEntry &entry)
{
    const University u = University::fromJson(entry.snapshot);
    const QString recoveredText = htmlToPlainText(u.profileHtml);
    QString html = describedHeading(u.name, entry.saved);
    const Result<University> saved = store.university(entry.uuid);
    if (!saved) {
        html +=
            QStringLiteral("<p>%1</p>").arg(escaped(tr("A new university that was never saved.")));
    } else {
        const University &s = saved.value();
        QStringList fields;
        const auto differs = [&](bool changed, const QString &name) {
            if (changed)
                fields.append(name);
        };
        differs(paragraphs(s.profileText) != paragraphs(recoveredText), tr("profile"));
        differs(s.name != u.name, tr("name"));
        differs(s.country != u.country, tr("country"));
        differs(s.city != u.city, tr("city"));
        differs(s.founded != u.founded, tr("year founded"));
        differs(s.website != u.website, tr("website"));
        differs(s.logo != u.logo, tr("logo"));
        html += differencesParagraph(fields);
    }
    html += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(escaped(tr("Text:")), escaped(clipped(recoveredText, previewChars))
                                               .replace(QLatin1Char('\n'), QLatin1String("<br>")));
    return html;
}

QString RecoveryDialog::describe(const LibraryStore &store, const RecoveryEntry &entry)
{
    if (entry.kind == recoveryKindUniversity)
        return describeUniversity(store, entry);
    const ArticleEdit recovered = ArticleEdit::fromJson(entry.snapshot);
    const Article &a = recovered.article;
    const QString recoveredText = htmlToPlainText(a.bodyHtml);
    QString html = describedHeading(a.title, entry.saved);

    const Result<Article> saved = store.article(entry.uuid);
    if (!saved) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("A new article that was never saved.")));
    } else {
        QStringList fields;
        const Article &s = saved.value();
        const auto differs = [&](bool changed, const QString &name) {
            if (changed)
                fields.append(name);
        };
        differs(s.title != a.title, tr("title"));
        differs(s.summary != a.summary, tr("summary"));
        differs(s.author != a.author, tr("author"));
        differs(s.source != a.source, tr("source"));
        differs(s.category != a.category, tr("category"));
        differs(s.tags != a.tags, tr("tags"));
        differs(s.language != a.language, tr("language"));
        differs(s.status != a.status, tr("status"));
        differs(s.published != a.published, tr("date"));
        differs(s.translationGroup != a.translationGroup, tr("translations"));
        differs(s.universityUuids != a.universityUuids, tr("universities"));
        differs(s.featuredImage != a.featuredImage, tr("featured image"));
        const auto links = store.relatedLinks(entry.uuid);
        differs(links && links.value() != recovered.relatedLinks, tr("related articles"));
        const auto recommended = store.isRecommended(entry.uuid);
        differs(recommended && recommended.value() != recovered.recommended,
                tr("recommended reading"));

        const QStringList before = paragraphs(s.bodyText);
        const QStringList after = paragraphs(recoveredText);
        const QStringList added = onlyIn(after, before);
        const QStringList removed = onlyIn(before, after);
        if (!added.isEmpty() || !removed.isEmpty())
            fields.prepend(tr("text"));
        html += differencesParagraph(fields);
        const auto listParagraphs = [&](const QStringList &list, const QString &heading,
                                        const QString &colour) {
            if (list.isEmpty())
                return;
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(heading));
            for (int i = 0; i < list.size() && i < changedParagraphsShown; ++i) {
                html += QStringLiteral("<li style=\"color:%1\">%2</li>")
                            .arg(colour, escaped(clipped(list[i], 300)));
            }
            if (list.size() > changedParagraphsShown)
                html +=
                    QStringLiteral("<li>%1</li>")
                        .arg(escaped(tr("…and %1 more").arg(list.size() - changedParagraphsShown)));
            html += QStringLiteral("</ul>");
        };
        listParagraphs(added, tr("New or changed paragraphs:"),
                       cssColour(meaningText(QGuiApplication::palette(), Meaning::Added)));
        listParagraphs(removed, tr("Paragraphs the saved version has and this one does not:"),
                       cssColour(meaningText(QGuiApplication::palette(), Meaning::Removed)));
    }
    html += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(escaped(tr("Text:")), escaped(clipped(recoveredText, previewChars))
                                               .replace(QLatin1Char('\n'), QLatin1String("<br>")));
    return html;
}

} // namespace lectern
