#include "commandtable.h"

namespace lectern::cli {

namespace {

OptionHelp option(const char *name, const QString &help, const QString &value = {},
                  const QStringList &choices = {},
                  OptionHelp::Value valueKind = OptionHelp::Value::Text)
{
    return {QString::fromLatin1(name), value, help, choices, valueKind};
}

OptionHelp jsonOption(const QString &help)
{
    return option("json", help);
}

OptionHelp limitOption(const QString &help)
{
    return option("limit", help, QStringLiteral("N"));
}

Example example(const char *command, const QString &explanation)
{
    return {QString::fromUtf8(command), explanation};
}

} // namespace

const OptionHelp *CommandSpec::option(const QString &wanted) const
{
    for (const OptionHelp &candidate : options) {
        if (candidate.name == wanted)
            return &candidate;
    }
    return nullptr;
}

QList<OptionHelp> commonOptions()
{
    return {
        option("library",
               CommandLine::tr("Use the library file PATH instead of the default one (see "
                               "ENVIRONMENT and FILES)."),
               QStringLiteral("PATH"), {}, OptionHelp::Value::LibraryFile),
        option("wait",
               CommandLine::tr("When the library must be upgraded or restored and another "
                               "program has it open, wait this long for it (default 120)."),
               QStringLiteral("SECONDS")),
        option("help", CommandLine::tr("Show the help of the command and exit.")),
    };
}

QList<CommandSpec> commandSpecs()
{
    const QString uuid = QStringLiteral("UUID");
    const QString path = QStringLiteral("PATH");
    const QString file = QStringLiteral("FILE");
    QList<CommandSpec> specs;

    specs.append(
        {QStringLiteral("init"),
         QStringLiteral("[--demo] [--json]"),
         CommandLine::tr("Create a new library; never overwrites a file."),
         CommandLine::tr("Creates an empty library at the --library path (or the default "
                         "location). A file that already exists is never touched."),
         {option("demo", CommandLine::tr("Fill the new library with the demo content: the "
                                         "union's interview, its universities, recommended "
                                         "reading and a short guide in English, Chinese and "
                                         "Ukrainian.")),
          jsonOption(CommandLine::tr("Print the new library as a JSON object: library (its "
                                     "path) and demo (whether it was filled)."))},
         {example("lectern --library my.lectern init --demo",
                  CommandLine::tr("A new library with the demo content."))},
         ArgumentKind::None,
         false,
         runInit});

    specs.append(
        {QStringLiteral("list"),
         QStringLiteral("[--limit N] [--json]"),
         CommandLine::tr("List the articles, the last saved first."),
         CommandLine::tr("Prints one line for each article that is not in the trash: its uuid, "
                         "language, status, when it was last saved (UTC) and its title, "
                         "separated by tabs."),
         {limitOption(CommandLine::tr("Show at most N articles (default: all).")),
          jsonOption(CommandLine::tr("Print a JSON array of objects with uuid, title, language, "
                                     "status and updated."))},
         {example("lectern list --limit 5", CommandLine::tr("The five articles saved last.")),
          example("lectern --library my.lectern list --json",
                  CommandLine::tr("Every article, for a script."))},
         ArgumentKind::None,
         false,
         runList});

    specs.append(
        {QStringLiteral("search"),
         QStringLiteral("QUERY... [--limit N] [--json]"),
         CommandLine::tr("Ranked search, with the matches shown in context."),
         CommandLine::tr(
             "QUERY takes words (all must match), \"quoted phrases\", -word to leave out "
             "articles with that word, and the filters lang:, status:, tag:, author: and "
             "category:. Several arguments make one query, and a query may start with a "
             "word to leave out (lectern search -university Kyiv). Chinese words of any "
             "length are found, and Ukrainian in any case.\n\n"
             "Each result is its uuid and title, and below it a snippet with the matches in "
             "[brackets]."),
         {limitOption(CommandLine::tr("Show at most N results (default 20).")),
          jsonOption(CommandLine::tr(
              "Print a JSON array of objects with uuid, title, score (higher is better), "
              "snippet (HTML, the matches in <b>), snippetText (the snippet as plain text) "
              "and matches (where the matches are in snippetText: start and length, counted "
              "in Unicode characters)."))},
         {example("lectern search '西安 -visa lang:zh' --limit 5 --json",
                  CommandLine::tr("Chinese articles about Xi'an that do not mention visas.")),
          example("lectern search -university Kyiv",
                  CommandLine::tr("Articles about Kyiv that do not mention universities.")),
          example("lectern search '\"mutual visa exemption\" status:published'",
                  CommandLine::tr("A phrase, in published articles only."))},
         ArgumentKind::Query,
         true,
         runSearch});

    specs.append(
        {QStringLiteral("show"),
         QStringLiteral("UUID [--format text|html] [--json]"),
         CommandLine::tr("Print one article."),
         CommandLine::tr("Prints the article's title, summary and text, or the article as a "
                         "web page with --format html."),
         {option("format", CommandLine::tr("text (the default) or html."), QStringLiteral("FORMAT"),
                 {QStringLiteral("text"), QStringLiteral("html")}),
          jsonOption(CommandLine::tr(
              "Print the article as a JSON object: uuid, title, summary, language, status, "
              "author, source, category, tags, translationGroup, created, updated, published, "
              "universities, bodyText and bodyHtml."))},
         {example("lectern show UUID --format html > article.html",
                  CommandLine::tr("The article as a web page."))},
         ArgumentKind::Uuid,
         false,
         runShow});

    specs.append(
        {QStringLiteral("export"),
         QStringLiteral(
             "--format pdf|html|odt|md|txt --out PATH (--article UUID... | --category NAME | "
             "--all | --recommended) [--one-file] [--page-size SIZE] [--pdfa] "
             "[--related-reading] [--force] [--json]"),
         CommandLine::tr("Export articles to PDF, HTML, ODT, Markdown or text."),
         CommandLine::tr("Writes one file for each article into the folder PATH, or one file "
                         "with --one-file. Several articles in one PDF get a cover page and "
                         "contents. A file that exists is never replaced without --force. "
                         "Prints the files written."),
         {option("format", CommandLine::tr("The format to write: pdf, html, odt, md or txt."),
                 QStringLiteral("FORMAT"),
                 {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt"),
                  QStringLiteral("md"), QStringLiteral("txt")}),
          option("out",
                 CommandLine::tr("Where to write: a file with --one-file or one article, "
                                 "else a folder."),
                 path, {}, OptionHelp::Value::Path),
          option("article", CommandLine::tr("Export the article UUID; repeat for several."), uuid),
          option("category", CommandLine::tr("Export the articles of the category NAME."),
                 QStringLiteral("NAME")),
          option("all", CommandLine::tr("Export every article.")),
          option("recommended", CommandLine::tr("Export the recommended-reading list.")),
          option("one-file", CommandLine::tr("Put all the articles into one file.")),
          option("page-size", CommandLine::tr("PDF page size: A4 (the default), A5, A3, Letter…"),
                 QStringLiteral("SIZE"),
                 {QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A3"),
                  QStringLiteral("Letter"), QStringLiteral("Legal"), QStringLiteral("B5")}),
          option("pdfa", CommandLine::tr("Write PDF/A-1b, for archiving (with --format pdf).")),
          option("related-reading",
                 CommandLine::tr("End each article with its related articles and why they are "
                                 "suggested.")),
          option("force", CommandLine::tr("Replace files that exist.")),
          jsonOption(CommandLine::tr("Print a JSON object: format, articles (how many) and files "
                                     "(the files written)."))},
         {example("lectern export --format pdf --all --one-file --out all.pdf",
                  CommandLine::tr("The whole library in one PDF, with a cover and contents.")),
          example("lectern export --format pdf --recommended --related-reading --out reading/",
                  CommandLine::tr("The recommended reading, a PDF for each article, each "
                                  "followed by related ones.")),
          example("lectern export --format html --category News --out news/",
                  CommandLine::tr("One web page for each article of the category News."))},
         ArgumentKind::None,
         false,
         runExport});

    specs.append(
        {QStringLiteral("related"),
         QStringLiteral("UUID [--limit N] [--json]"),
         CommandLine::tr("Related articles, each with the reason it is suggested."),
         CommandLine::tr("Prints the articles related to the article UUID, best first, each "
                         "with its score and the reasons it is suggested, and the languages "
                         "the article is also written in."),
         {limitOption(CommandLine::tr("Show at most N articles (default 20).")),
          jsonOption(CommandLine::tr("Print a JSON array of objects with uuid, title, score and "
                                     "reasons."))},
         {example("lectern related UUID --limit 5",
                  CommandLine::tr("The five articles closest to UUID."))},
         ArgumentKind::Uuid,
         false,
         runRelated});

    specs.append(
        {QStringLiteral("import"),
         QStringLiteral("PATH... [--format html|md|txt] [--update | --skip-existing] [--json]"),
         CommandLine::tr("Import web pages, Markdown and text files or folders."),
         CommandLine::tr(
             "Imports each file, and each folder with its subfolders. A web page keeps its "
             "article and loses menus, sidebars and share buttons; pictures beside it are "
             "stored in the library, remote ones are kept as links and never downloaded. A "
             "page imported before is skipped unless --update.\n\n"
             "Prints one line for each file: what became of it, the article's uuid, the file "
             "and the title, then the totals. A file that could not be imported is reported "
             "on standard error, and the exit status is then 1."),
         {option("format",
                 CommandLine::tr("Read every file as html, md or txt, whatever its "
                                 "name (by default, by the file's extension)."),
                 QStringLiteral("FORMAT"),
                 {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("txt")}),
          option("update", CommandLine::tr("Update articles imported before from the file (the "
                                           "article's text is kept as a revision).")),
          option("skip-existing", CommandLine::tr("Skip pages imported before (the default).")),
          jsonOption(CommandLine::tr(
              "Print a JSON object: imported, updated, skipped and failed (counts), "
              "remoteImagesNotDownloaded, and items, one for each file, with path, outcome, "
              "uuid, title, reason, notes, remoteImages and invalidBytes."))},
         {example("lectern import saved-pages/ notes.md",
                  CommandLine::tr("A folder of saved pages and a Markdown file.")),
          example("lectern import saved-pages/ --update --json",
                  CommandLine::tr("The same pages again, updating what changed."))},
         ArgumentKind::Paths,
         false,
         runImport});

    specs.append(
        {QStringLiteral("exchange-export"),
         QStringLiteral("--out FILE (--article UUID... | --all | --since DATE) [--force] [--json]"),
         CommandLine::tr("Write articles to a library file for a colleague."),
         CommandLine::tr("Writes the chosen articles with their revision history, images and "
                         "universities to a new library file, for a colleague to merge into "
                         "their library."),
         {option("out", CommandLine::tr("The new library file."), file, {},
                 OptionHelp::Value::LibraryFile),
          option("article", CommandLine::tr("Write the article UUID; repeat for several."), uuid),
          option("all", CommandLine::tr("Write every article, the trash included (so that "
                                        "deletions reach the colleague too).")),
          option("since",
                 CommandLine::tr("Write the articles changed or trashed since DATE "
                                 "(ISO 8601: 2024-05-31)."),
                 QStringLiteral("DATE")),
          option("force", CommandLine::tr("Replace FILE if it is there and no program has it "
                                          "open.")),
          jsonOption(CommandLine::tr("Print a JSON object: file, articles, revisions, "
                                     "universities and media (counts)."))},
         {example("lectern exchange-export --since 2024-05-01 --out for-olena.lectern",
                  CommandLine::tr("What changed since the first of May."))},
         ArgumentKind::None,
         false,
         runExchangeExport});

    specs.append(
        {QStringLiteral("merge"),
         QStringLiteral("FILE [--theirs | --mine | --both] [--json]"),
         CommandLine::tr("Merge a colleague's library file into this library."),
         CommandLine::tr(
             "Takes what changed only in FILE, keeps what changed only here, and reports the "
             "articles changed on both sides, which stay as they are here unless --mine, "
             "--theirs or --both resolves them. The version that loses stays in the "
             "article's revision history. The merge is one transaction: interrupted, it "
             "leaves the library as it was."),
         {option("theirs", CommandLine::tr("Resolve conflicts by taking their version.")),
          option("mine", CommandLine::tr("Resolve conflicts by keeping my version.")),
          option("both", CommandLine::tr("Resolve conflicts by keeping both versions, theirs as "
                                         "a new article.")),
          jsonOption(CommandLine::tr(
              "Print a JSON object: added, taken, kept and unchanged (uuids), conflicts (each "
              "with uuid, mine, theirs, resolution and copy), mediaAdded and "
              "universitiesAdded."))},
         {example("lectern merge from-olena.lectern",
                  CommandLine::tr("See what a merge brings and which articles conflict.")),
          example("lectern merge from-olena.lectern --mine",
                  CommandLine::tr("Merge, keeping my version of conflicting articles."))},
         ArgumentKind::LibraryFile,
         false,
         runMerge});

    specs.append(
        {QStringLiteral("recovery"),
         QStringLiteral("[--json]"),
         CommandLine::tr("Unsaved edits kept for recovery after a crash."),
         CommandLine::tr("Lists the unsaved work the editor keeps in the library every few "
                         "seconds, which the window offers back after a crash: when it was "
                         "kept, whether it is an article or a university, its uuid and "
                         "title."),
         {jsonOption(CommandLine::tr("Print a JSON array of objects with kind, uuid, saved, "
                                     "title, new (never saved) and text."))},
         {example("lectern recovery --json", CommandLine::tr("The unsaved work, for a script."))},
         ArgumentKind::None,
         false,
         runRecovery});

    specs.append(
        {QStringLiteral("history"),
         QStringLiteral("UUID [--json]"),
         CommandLine::tr("The versions of an article or a university."),
         CommandLine::tr("Lists every saved version of the article or university UUID, the "
                         "current one first: its revision number, when it was saved, its size "
                         "in bytes and what the next save changed."),
         {jsonOption(CommandLine::tr(
             "Print a JSON array of objects with revision, current, saved, size and, for "
             "older versions, changedNext, wordsAdded and wordsRemoved."))},
         {example("lectern history UUID", CommandLine::tr("The versions of one article."))},
         ArgumentKind::Uuid,
         false,
         runHistory});

    specs.append(
        {QStringLiteral("backups"),
         QStringLiteral("[--json]"),
         CommandLine::tr("The library's automatic backups, the newest first."),
         CommandLine::tr("Lists the copies Lectern keeps of the library (at the first open of a "
                         "day, before an upgrade and before a merge), each checked when it was "
                         "made: its number, when and why it was made, how many articles it "
                         "holds, its size and its file."),
         {jsonOption(CommandLine::tr("Print a JSON array of objects with path, made, reason, "
                                     "bytes, and articles and format, or problem for a copy "
                                     "that cannot be read."))},
         {example("lectern backups", CommandLine::tr("The backups, numbered for restore."))},
         ArgumentKind::None,
         false,
         runBackups});

    specs.append(
        {QStringLiteral("restore"),
         QStringLiteral("NUMBER|FILE [--json]"),
         CommandLine::tr("Put a backup in place of the library."),
         CommandLine::tr("Brings back the backup NUMBER (as “lectern backups” numbers them) or "
                         "the backup FILE, through SQLite into the library, while no other "
                         "program has it open. The library as it was is kept as a backup too."),
         {jsonOption(CommandLine::tr("Print a JSON object: library and backup (their paths)."))},
         {example("lectern restore 1", CommandLine::tr("Back to the newest backup."))},
         ArgumentKind::LibraryFile,
         false,
         runRestore});

    specs.append(
        {QStringLiteral("check"),
         QStringLiteral("[--json]"),
         CommandLine::tr("Check the library file, and say what is wrong."),
         CommandLine::tr("Runs SQLite's integrity check on the library and says in words what "
                         "is wrong, if anything. The exit status is 1 when the library is "
                         "damaged."),
         {jsonOption(CommandLine::tr("Print a JSON object: intact, problems and details."))},
         {example("lectern --library my.lectern check",
                  CommandLine::tr("Whether my.lectern is intact."))},
         ArgumentKind::None,
         false,
         runCheck});

    specs.append(
        {QStringLiteral("publish"),
         QStringLiteral("--out FOLDER [--base-url URL] [--theme FOLDER] [--force] [--json]"),
         CommandLine::tr("Publish the library as a static web site."),
         CommandLine::tr("Writes the published articles and the universities as a static, "
                         "multilingual web site into FOLDER: home pages per language, one page "
                         "per article and per university, category and tag pages, feeds, a "
                         "sitemap and a search that works without a server. Drafts, articles "
                         "in review, archived and trashed articles never reach it. Publishing "
                         "again rewrites only the files that changed; a folder that is not "
                         "empty and was not made by Lectern needs --force."),
         {option("out", CommandLine::tr("The folder the site is written to."),
                 QStringLiteral("FOLDER"), {}, OptionHelp::Value::Path),
          option("base-url",
                 CommandLine::tr("The site's address, for canonical links, feeds and the "
                                 "sitemap."),
                 QStringLiteral("URL")),
          option("theme", CommandLine::tr("A theme folder over the default theme."),
                 QStringLiteral("FOLDER"), {}, OptionHelp::Value::Path),
          option("force", CommandLine::tr("Publish into a folder Lectern did not make.")),
          jsonOption(CommandLine::tr("Print a JSON object: folder, home, articles, universities, "
                                     "pages, pictures, languages, files written, unchanged and "
                                     "deleted, search files and bytes."))},
         {example("lectern publish --out site/ --base-url https://union.example/",
                  CommandLine::tr("The site in site/, for the address https://union.example/."))},
         ArgumentKind::None,
         false,
         runPublish});

    specs.append(
        {QStringLiteral("featured"),
         QStringLiteral("[--json]"),
         CommandLine::tr("List the articles pinned to the top of Home."),
         CommandLine::tr(
             "Prints the articles editors pinned to Home's featured place, in their "
             "order: uuid, language, status and title. With none pinned, Home features the "
             "newest published article in the reader's language."),
         {jsonOption(CommandLine::tr("Print a JSON array of objects with uuid, title, language "
                                     "and status."))},
         {example("lectern featured", CommandLine::tr("What Home features."))},
         ArgumentKind::None,
         false,
         runFeatured});

    specs.append(
        {QStringLiteral("feature"),
         QStringLiteral("UUID... [--json]"),
         CommandLine::tr("Pin articles to Home (after those pinned)."),
         CommandLine::tr("Pins the articles UUID to Home's featured place, after those already "
                         "pinned, in the order given."),
         {jsonOption(CommandLine::tr("Print a JSON array of objects with uuid, title and "
                                     "featured."))},
         {example("lectern feature 0b6f…", CommandLine::tr("Feature that article on Home."))},
         ArgumentKind::Uuid,
         false,
         runFeature});

    specs.append(
        {QStringLiteral("unfeature"),
         QStringLiteral("UUID... [--json]"),
         CommandLine::tr("Unpin articles from Home."),
         CommandLine::tr("Takes the articles UUID off Home's featured place; the articles "
                         "themselves are not changed."),
         {jsonOption(CommandLine::tr("Print a JSON array of objects with uuid, title and "
                                     "featured."))},
         {example("lectern unfeature 0b6f…", CommandLine::tr("Home no longer features it."))},
         ArgumentKind::Uuid,
         false,
         runUnfeature});

    specs.append(
        {QStringLiteral("server"),
         QStringLiteral("init|users|add-user|remove-user URI [USER] [--role ROLE] "
                        "[--password-stdin] [--json]"),
         CommandLine::tr("Make a team library on a PostgreSQL server, and manage its users."),
         CommandLine::tr(
             "URI is the database in libpq's form, postgresql://USER@HOST:PORT/DATABASE"
             "?sslmode=verify-full; a password comes from ~/.pgpass, never from the command "
             "line.\n\n"
             "“init” makes a team library on an empty database: its tables and its three "
             "roles, DATABASE_reader, DATABASE_editor and DATABASE_admin, whose rights the "
             "server enforces (readers read; editors write articles; administrators also "
             "keep universities, reading lists and users). It needs a user who may create "
             "roles, such as postgres; on a team library of an older version it brings it up "
             "to date, and a newer one is refused.\n\n"
             "“users” lists the library's users and their roles; “add-user” gives USER a "
             "role (making the login if it is new, with the password read from standard "
             "input with --password-stdin, sent to the server only as a SCRAM verifier); "
             "“remove-user” takes USER's role away. Only the library's administrators may "
             "add and remove users."),
         {option("role", CommandLine::tr("The role add-user gives: reader, editor or admin."),
                 QStringLiteral("ROLE"),
                 {QStringLiteral("reader"), QStringLiteral("editor"), QStringLiteral("admin")}),
          option("password-stdin",
                 CommandLine::tr("add-user: read the new user's password from the first line "
                                 "of standard input.")),
          jsonOption(CommandLine::tr("init: a JSON object with library, format and roles; "
                                     "users: a JSON array of objects with user and role."))},
         {example("lectern server init postgresql://postgres@db.example.org/union",
                  CommandLine::tr("Make the team library “union” on db.example.org.")),
          example("lectern server add-user postgresql://db/union olena --role editor",
                  CommandLine::tr("Let Olena edit articles."))},
         ArgumentKind::None,
         false,
         runServer});

    specs.append(
        {QStringLiteral("help"),
         QStringLiteral("[COMMAND]"),
         CommandLine::tr("Show the help of a command (or of them all)."),
         CommandLine::tr("Prints what COMMAND does, its arguments, its options and "
                         "examples; without COMMAND, the list of commands. "
                         "\"lectern COMMAND --help\" does the same."),
         {},
         {example("lectern help export", CommandLine::tr("Everything the export command takes."))},
         ArgumentKind::Command,
         false,
         runHelp});
    return specs;
}

std::optional<CommandSpec> findCommandSpec(const QString &name)
{
    for (CommandSpec &spec : commandSpecs()) {
        if (spec.name == name)
            return std::move(spec);
    }
    return std::nullopt;
}

QList<QPair<QString, QString>> allOptions()
{
    QList<QPair<QString, QString>> options;
    const auto add = [&options](const OptionHelp &option) {
        for (const auto &[name, value] : std::as_const(options)) {
            if (name == option.name)
                return;
        }
        options.append({option.name, option.value});
    };
    for (const OptionHelp &option : commonOptions())
        add(option);
    for (const CommandSpec &spec : commandSpecs()) {
        for (const OptionHelp &option : spec.options)
            add(option);
    }
    return options;
}

} // namespace lectern::cli
