#include "mergedialog.h"

#include "librarytask.h"

#include "semanticcolours.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace lectern {

namespace {

// Enough of a body to compare by eye; a giant page is cut, not laid out whole.
constexpr qsizetype shownBodyChars = 200'000;

QStringList paragraphs(const Article &article)
{
    QString text = article.bodyText;
    if (text.isEmpty() && !article.bodyHtml.isEmpty()) {
        QTextDocument document;
        document.setHtml(article.bodyHtml);
        text = document.toPlainText();
    }
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

struct Field
{
    QString label;
    QString value;
};

QList<Field> fields(const Article &a, bool trashed)
{
    return {
        {MergeDialog::tr("Author"), a.author},
        {MergeDialog::tr("Language"), languageName(a.language)},
        {MergeDialog::tr("Status"),
         trashed ? MergeDialog::tr("In the trash") : statusLabel(a.status)},
        {MergeDialog::tr("Category"), a.category},
        {MergeDialog::tr("Tags"), a.tags.join(QStringLiteral(", "))},
        {MergeDialog::tr("Published"), dateText(a.published)},
        {MergeDialog::tr("Source"), a.source},
        {MergeDialog::tr("Summary"), a.summary},
        {MergeDialog::tr("Last saved"), dateText(a.updated)},
    };
}

// One side of a conflict as HTML, what differs from the other side on a
// coloured background.
QString sideHtml(const Article &article, bool trashed, const Article &other, bool otherTrashed,
                 const QString &heading, const QString &colour)
{
    auto mark = [colour](bool differs) {
        return differs ? QStringLiteral(" style=\"background-color:%1\"").arg(colour) : QString();
    };
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("<h3%1>%2</h3>")
                .arg(mark(article.title.trimmed() != other.title.trimmed()),
                     article.title.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const QList<Field> mine = fields(article, trashed);
    const QList<Field> theirs = fields(other, otherTrashed);
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (mine[i].value.isEmpty() && theirs[i].value.isEmpty())
            continue;
        html += QStringLiteral("<tr%1><td><i>%2</i>&nbsp;&nbsp;</td><td>%3</td></tr>")
                    .arg(mark(mine[i].value != theirs[i].value), mine[i].label.toHtmlEscaped(),
                         mine[i].value.toHtmlEscaped());
    }
    html += QStringLiteral("</table><hr/>");
    const QStringList body = paragraphs(article);
    const QStringList otherBody = paragraphs(other);
    const QSet<QString> elsewhere(otherBody.cbegin(), otherBody.cend());
    qsizetype shown = 0;
    for (const QString &paragraph : body) {
        if (shown > shownBodyChars) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(MergeDialog::tr("(The rest of this long text is not shown here.)")
                                 .toHtmlEscaped());
            break;
        }
        shown += paragraph.size();
        html += QStringLiteral("<p%1>%2</p>")
                    .arg(mark(!elsewhere.contains(paragraph)),
                         paragraph.left(shownBodyChars).toHtmlEscaped());
    }
    return html;
}

QString choiceMark(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::TakeTheirs:
        return MergeDialog::tr("take theirs");
    case ConflictChoice::KeepBoth:
        return MergeDialog::tr("keep both");
    case ConflictChoice::KeepMine:
    case ConflictChoice::Unresolved:
        break;
    }
    return MergeDialog::tr("keep mine");
}

} // namespace

bool showMergeDialog(LibraryStore &store, QWidget *parent)
{
    const QString file = QFileDialog::getOpenFileName(
        parent, MergeDialog::tr("Merge a Library"), QString(),
        MergeDialog::tr("Lectern libraries (*.lectern);;All files (*)"));
    if (file.isEmpty())
        return false;
    MergeDialog dialog(store, parent);
    const Status loaded = dialog.load(file);
    if (!loaded && dialog.wasCancelled())
        return false;
    if (!loaded) {
        QMessageBox::warning(parent, MergeDialog::tr("Merge a Library"),
                             MergeDialog::tr("“%1” cannot be merged. Nothing was changed.\n\n%2")
                                 .arg(QFileInfo(file).fileName(), loaded.error()));
        return false;
    }
    bool changed = false;
    QObject::connect(&dialog, &MergeDialog::libraryChanged, &dialog,
                     [&changed] { changed = true; });
    dialog.exec();
    return changed;
}

MergeDialog::MergeDialog(LibraryStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_task(new LibraryTask(store, tr("Merge a Library"), this))
{
    setWindowTitle(tr("Merge a Library"));

    auto *previewPage = new QWidget(this);
    m_previewLabel = new QLabel(previewPage);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_conflictArea = new QWidget(previewPage);
    m_conflictList = new QListWidget(m_conflictArea);
    m_conflictList->setAccessibleName(tr("Articles changed on both sides"));
    auto *mineButton = new QRadioButton(tr("Keep &mine"), m_conflictArea);
    auto *theirsButton = new QRadioButton(tr("Take &theirs"), m_conflictArea);
    auto *bothButton = new QRadioButton(tr("Keep &both, as two articles"), m_conflictArea);
    m_choiceGroup = new QButtonGroup(this);
    m_choiceGroup->addButton(mineButton, int(ConflictChoice::KeepMine));
    m_choiceGroup->addButton(theirsButton, int(ConflictChoice::TakeTheirs));
    m_choiceGroup->addButton(bothButton, int(ConflictChoice::KeepBoth));
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(mineButton);
    choiceRow->addWidget(theirsButton);
    choiceRow->addWidget(bothButton);
    choiceRow->addStretch();
    auto *historyNote = new QLabel(tr("Whichever you choose, the other version stays in the "
                                      "article’s revision history."),
                                   m_conflictArea);
    historyNote->setWordWrap(true);
    m_mine = new QTextBrowser(m_conflictArea);
    m_mine->setAccessibleName(tr("This library’s version"));
    m_theirs = new QTextBrowser(m_conflictArea);
    m_theirs->setAccessibleName(tr("The other library’s version"));
    auto *sides = new QSplitter(Qt::Horizontal, m_conflictArea);
    sides->addWidget(m_mine);
    sides->addWidget(m_theirs);
    sides->setChildrenCollapsible(false);
    auto *detail = new QWidget(m_conflictArea);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(choiceRow);
    detailLayout->addWidget(historyNote);
    detailLayout->addWidget(sides, 1);
    auto *conflictSplitter = new QSplitter(Qt::Horizontal, m_conflictArea);
    conflictSplitter->addWidget(m_conflictList);
    conflictSplitter->addWidget(detail);
    conflictSplitter->setStretchFactor(0, 1);
    conflictSplitter->setStretchFactor(1, 4);
    conflictSplitter->setSizes({260, 720}); // titles readable beside the two versions
    conflictSplitter->setChildrenCollapsible(false);
    auto *conflictLayout = new QVBoxLayout(m_conflictArea);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(conflictSplitter);

    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_conflictArea, 1);

    auto *resultPage = new QWidget(this);
    m_resultLabel = new QLabel(resultPage);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(previewPage);
    m_pages->addWidget(resultPage);

    m_buttons = new QDialogButtonBox(this);
    m_mergeButton = m_buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(1000, 640);

    connect(m_conflictList, &QListWidget::currentRowChanged, this, &MergeDialog::showConflict);
    connect(m_choiceGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_current >= 0)
            setChoice(m_preview.conflicts[m_current].uuid, ConflictChoice(id));
    });
    connect(m_mergeButton, &QPushButton::clicked, this, [this] {
        if (Status status = mergeNow(); !status) {
            if (wasCancelled())
                QMessageBox::information(this, tr("Merge a Library"), status.error());
            else
                QMessageBox::warning(this, tr("Merge a Library"), status.error());
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool MergeDialog::wasCancelled() const
{
    return m_task->wasCancelled();
}

Status MergeDialog::load(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    m_task->setLabel([name](int done, int total) {
        return total > 0 ? tr("Reading “%1”: article %2 of %3").arg(name).arg(done).arg(total)
                         : tr("Reading “%1”…").arg(name);
    });
    Result<MergeReport> preview = Error{};
    QString connectionError;
    const bool ran = m_task->run(
        [&](LibraryStore &store, const LibraryTask::Step &step) {
            preview = LibraryMerge::preview(store, file, step);
        },
        &connectionError);
    if (!ran)
        return Error{connectionError};
    if (!preview)
        return preview.failure();
    m_file = file;
    m_preview = preview.value();
    m_choices.clear();
    m_conflictList->clear();
    for (const MergeConflict &conflict : std::as_const(m_preview.conflicts)) {
        m_choices.insert(conflict.uuid, ConflictChoice::KeepMine);
        new QListWidgetItem(conflict.mine.title, m_conflictList);
    }
    m_previewLabel->setText(previewText());
    m_conflictArea->setVisible(!m_preview.conflicts.isEmpty());
    m_mergeButton->setEnabled(true);
    if (!m_preview.conflicts.isEmpty()) {
        m_conflictList->setCurrentRow(0);
        updateChoiceButtons();
    } else {
        adjustSize();
    }
    setWindowTitle(tr("Merge “%1”").arg(QFileInfo(file).fileName()));
    return success();
}

QString MergeDialog::previewText() const
{
    const MergeReport &r = m_preview;
    const int total = int(r.added.size() + r.taken.size() + r.kept.size() + r.unchanged.size() +
                          r.conflicts.size());
    QStringList lines;
    lines << tr("“%1” holds %n article(s):", nullptr, total).arg(QFileInfo(m_file).fileName());
    lines << QStringLiteral("• ") +
                 tr("%n new article(s) will be added.", nullptr, int(r.added.size()));
    if (!r.taken.isEmpty())
        lines << QStringLiteral("• ") + tr("%n article(s) changed only there will be updated here.",
                                           nullptr, int(r.taken.size()));
    if (!r.kept.isEmpty())
        lines << QStringLiteral("• ") + tr("%n article(s) changed only here will stay as they are.",
                                           nullptr, int(r.kept.size()));
    lines << QStringLiteral("• ") +
                 tr("%n article(s) are identical in both.", nullptr, int(r.unchanged.size()));
    lines << QStringLiteral("• ") +
                 tr("%n article(s) changed on both sides.", nullptr, int(r.conflicts.size()));
    if (!r.conflicts.isEmpty())
        lines << tr("Compare each article changed on both sides and choose which version to keep.");
    return lines.join(QLatin1Char('\n'));
}

void MergeDialog::setChoice(const QString &uuid, ConflictChoice choice)
{
    if (!m_choices.contains(uuid))
        return;
    m_choices.insert(uuid, choice);
    for (qsizetype i = 0; i < m_preview.conflicts.size(); ++i) {
        if (m_preview.conflicts[i].uuid == uuid) {
            m_conflictList->item(int(i))->setText(QStringLiteral("%1 — %2").arg(
                m_preview.conflicts[i].mine.title, choiceMark(choice)));
        }
    }
    updateChoiceButtons();
}

ConflictChoice MergeDialog::choice(const QString &uuid) const
{
    return m_choices.value(uuid, ConflictChoice::Unresolved);
}

void MergeDialog::showConflict(int index)
{
    if (index < 0 || index >= m_preview.conflicts.size())
        return;
    m_current = index;
    const MergeConflict &c = m_preview.conflicts[index];
    // A field that differs is tinted: red on this library's side, green on
    // the other's, from the palette (dark palettes get dark tints).
    m_mine->setHtml(sideHtml(c.mine, c.mineTrashed, c.theirs, c.theirsTrashed, tr("This library"),
                             cssColour(meaningBackground(palette(), Meaning::Removed))));
    m_theirs->setHtml(sideHtml(c.theirs, c.theirsTrashed, c.mine, c.mineTrashed,
                               tr("The other library"),
                               cssColour(meaningBackground(palette(), Meaning::Added))));
    if (m_conflictList->currentRow() != index)
        m_conflictList->setCurrentRow(index);
    updateChoiceButtons();
}

void MergeDialog::updateChoiceButtons()
{
    if (m_current < 0 || m_current >= m_preview.conflicts.size())
        return;
    const ConflictChoice current = choice(m_preview.conflicts[m_current].uuid);
    if (QAbstractButton *button = m_choiceGroup->button(int(current)))
        button->setChecked(true);
}

Status MergeDialog::mergeNow()
{
    if (m_file.isEmpty())
        return Error{tr("Choose a library file to merge.")};
    m_task->setLabel([](int done, int total) {
        return total > 0 ? tr("Merging: article %1 of %2").arg(done).arg(total) : tr("Merging…");
    });
    Result<MergeReport> merged = Error{};
    QString connectionError;
    const bool ran = m_task->run(
        [&](LibraryStore &store, const LibraryTask::Step &step) {
            merged = LibraryMerge::merge(store, m_file, ConflictChoice::KeepMine, m_choices, step);
        },
        &connectionError);
    if (!ran)
        return Error{connectionError};
    if (!merged)
        return merged.failure();
    m_result = merged.value();
    m_resultLabel->setText(resultText());
    m_pages->setCurrentIndex(1);
    m_mergeButton->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    setWindowTitle(tr("Merge Finished"));
    Q_EMIT libraryChanged();
    return success();
}

QString MergeDialog::resultText() const
{
    const MergeReport &r = m_result;
    int mine = 0;
    int theirs = 0;
    int both = 0;
    for (const MergeConflict &conflict : r.conflicts) {
        if (conflict.resolution == ConflictChoice::TakeTheirs)
            ++theirs;
        else if (conflict.resolution == ConflictChoice::KeepBoth)
            ++both;
        else
            ++mine;
    }
    QStringList lines;
    lines << tr("“%1” was merged into this library.").arg(QFileInfo(m_file).fileName());
    lines << QStringLiteral("• ") + tr("%n new article(s) added.", nullptr, int(r.added.size()));
    lines << QStringLiteral("• ") +
                 tr("%n article(s) updated with their version.", nullptr, int(r.taken.size()));
    lines << QStringLiteral("• ") +
                 tr("%n article(s) kept as they are here.", nullptr, int(r.kept.size()));
    if (!r.conflicts.isEmpty()) {
        lines << QStringLiteral("• ") +
                     tr("Changed on both sides: %1 kept mine, %2 took theirs, %3 kept both.")
                         .arg(mine)
                         .arg(theirs)
                         .arg(both);
    }
    if (r.relatedLinksAdded > 0) {
        lines << QStringLiteral("• ") +
                     tr("%n related-article link(s) added.", nullptr, r.relatedLinksAdded);
    }
    if (r.recommendedAdded > 0) {
        lines << QStringLiteral("• ") + tr("%n article(s) added to the recommended reading.",
                                           nullptr, r.recommendedAdded);
    }
    if (r.mediaAdded > 0)
        lines << QStringLiteral("• ") + tr("%n image(s) added.", nullptr, r.mediaAdded);
    lines << tr("Replaced versions stay in each article’s revision history.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace lectern
