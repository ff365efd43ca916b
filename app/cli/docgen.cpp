// lectern-docgen: writes the man page or the bash completion from the
// command table, at build time (packaging/CMakeLists.txt).
//   lectern-docgen man VERSION DATE OUT
//   lectern-docgen bash-completion OUT
#include "clihelp.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QString text;
    QString path;
    if (what == QLatin1String("man") && argc == 5) {
        text =
            lectern::cli::manPage(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
        path = QString::fromLocal8Bit(argv[4]);
    } else if (what == QLatin1String("bash-completion") && argc == 3) {
        text = lectern::cli::bashCompletion();
        path = QString::fromLocal8Bit(argv[2]);
    } else {
        std::fputs("usage: lectern-docgen man VERSION DATE OUT | bash-completion OUT\n", stderr);
        return 2;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "lectern-docgen: cannot write %s: %s\n", argv[argc - 1],
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
