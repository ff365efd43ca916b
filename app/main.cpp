// The lectern executable: the command line when a command is given, else the window.
#include "commandline.h"
#include "demolibrary.h"
#include "firstpaintwatcher.h"
#include "icons.h"
#include "librarylocation.h"
#include "librarysession.h"
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

// The first start with no library gets the demo library, as on the command line.
lectern::Status openOrCreate(lectern::LibrarySession &session, const QString &option)
{
    using lectern::LibraryStore;
    const QString path = lectern::libraryLocation(option);
    if (QFileInfo::exists(path) || !lectern::isDefaultLibraryLocation(option))
        return session.open(path); // reports a missing one
    auto store = LibraryStore::create(path);
    if (!store)
        return store.failure();
    if (lectern::Status status = lectern::fillDemoLibrary(*store.value()); !status)
        return status;
    session.adopt(std::move(store).value());
    return lectern::success();
}

int runWindow(int argc, char **argv)
{
    lectern::traceStartup("main");
    QApplication app(argc, argv);
    lectern::traceStartup("application");
    describeApplication();
    lectern::traceStartup("language");
    QCommandLineParser parser;
    const QCommandLineOption libraryOption(QStringLiteral("library"), QString(),
                                           QStringLiteral("PATH"));
    parser.addOption(libraryOption);
    parser.parse(QCoreApplication::arguments());

    QApplication::setWindowIcon(lectern::themeIcon(QStringLiteral("org.cueu.Lectern")));
    lectern::LibrarySession session;
    if (lectern::Status status = openOrCreate(session, parser.value(libraryOption)); !status) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Lectern"),
                              status.error());
        return lectern::cli::ExitFailure;
    }
    lectern::traceStartup("window-shown");
    // lectern-bench measures from process start to the article list painted.
    if (qEnvironmentVariableIsSet("LECTERN_BENCH_QUIT_AFTER_LIST_PAINT")) {
        session.window()->showAllArticles();
        lectern::traceStartup("list-filled");
        new lectern::FirstPaintWatcher(session.window()->articleListViewport());
    }
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
