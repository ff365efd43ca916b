// The lectern executable: the command line when a command is given, else the window.
#include "appearance.h"
#include "commandline.h"
#include "demolibrary.h"
#include "firstpaintwatcher.h"
#include "librarylocation.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "startuptrace.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lectern"));
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    // Wayland's app id and the icon: the installed desktop entry's name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cueu.Lectern"));
    // After the names: the language setting lives in the application's settings.
    lectern::installUiLanguage(lectern::uiLanguageFromSettings());
}

lectern::Result<std::unique_ptr<lectern::LibraryStore>> openOrCreate(const QString &option)
{
    using lectern::LibraryStore;
    const QString path = lectern::libraryLocation(option);
    if (QFileInfo::exists(path))
        return LibraryStore::open(path);
    if (!lectern::isDefaultLibraryLocation(option))
        return LibraryStore::open(path); // reports that it is missing
    auto store = LibraryStore::create(path);
    if (store) {
        if (lectern::Status status = lectern::fillDemoLibrary(*store.value()); !status)
            return lectern::Error{status.error()};
    }
    return store;
}

int runWindow(int argc, char **argv)
{
    lectern::traceStartup("main");
    QApplication app(argc, argv);
    lectern::traceStartup("application");
    describeApplication();
    lectern::traceStartup("language");
    lectern::Appearance::of().apply(lectern::colorSchemeFromSettings());
    QCommandLineParser parser;
    const QCommandLineOption libraryOption(QStringLiteral("library"), QString(),
                                           QStringLiteral("PATH"));
    parser.addOption(libraryOption);
    parser.parse(QCoreApplication::arguments());

    auto store = openOrCreate(parser.value(libraryOption));
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Lectern"),
                              store.error());
        return lectern::cli::ExitFailure;
    }
    lectern::traceStartup("library-open");
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.cueu.Lectern")));
    lectern::MainWindow window(*store.value());
    lectern::traceStartup("window-built");
    // lectern-bench measures from process start to the article list painted.
    if (qEnvironmentVariableIsSet("LECTERN_BENCH_QUIT_AFTER_LIST_PAINT")) {
        window.showAllArticles();
        lectern::traceStartup("list-filled");
        new lectern::FirstPaintWatcher(window.articleListViewport());
    }
    window.show();
    lectern::traceStartup("window-shown");
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (!lectern::cli::wantsCommandLine(argc, argv))
        return runWindow(argc, argv);
    // Commands need fonts and text layout (PDF, plain text) but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    describeApplication();
    return lectern::cli::run(QCoreApplication::arguments());
}
