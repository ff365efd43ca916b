// The lectern executable: the command line when a command is given, else the window.
#include "appearance.h"
#include "commandline.h"
#include "firstpaintwatcher.h"
#include "icons.h"
#include "librarylocation.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "startuptrace.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
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
    const QCommandLineOption newInstanceOption(QStringLiteral("new-instance"));
    parser.addOptions({libraryOption, newInstanceOption});
    parser.parse(QCoreApplication::arguments());
    const QString option = parser.value(libraryOption);

    // A second start hands its library to the window already running.
    lectern::SingleInstance instance;
    if (!parser.isSet(newInstanceOption)) {
        std::optional<lectern::LibraryLocation> wanted;
        if (!lectern::isDefaultLibraryLocation(option))
            wanted = lectern::LibraryLocation::file(lectern::libraryLocation(option));
        // A team library is refused by the session below, not handed over.
        if (!lectern::isServerAddress(option) &&
            instance.claim(wanted) == lectern::SingleInstance::Outcome::HandedOver)
            return lectern::cli::ExitOk;
        lectern::traceStartup("instance");
    }

    QApplication::setWindowIcon(lectern::themeIcon(QStringLiteral("org.cueu.Lectern")));
    lectern::LibrarySession session;
    QObject::connect(&instance, &lectern::SingleInstance::openRequested, &session,
                     [&session](const lectern::LibraryLocation &location) {
                         session.requestFromOutside(location);
                     });
    QObject::connect(&instance, &lectern::SingleInstance::showRequested, &session,
                     [&session] { session.requestFromOutside(std::nullopt); });
    if (lectern::Status status = session.start(option); !status) {
        if (status.errorKind() != lectern::ErrorKind::Cancelled) // else the user chose to quit
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
