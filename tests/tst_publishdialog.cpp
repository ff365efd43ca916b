// File › Publish Website…: publishes, remembers the folder and address per
// library, asks before publishing into a folder Lectern did not make, and
// the window's File menu opens it.
#include "demolibrary.h"
#include "dialoganswer.h"
#include "mainwindow.h"
#include "publishdialog.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

class PublishDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void publishesAndRemembersTheFolder()
    {
        QTemporaryDir work;
        auto store = LibraryStore::create(work.filePath(QStringLiteral("a.lectern")));
        QVERIFY(store);
        QVERIFY(fillDemoLibrary(*store.value()));
        const QString site = work.filePath(QStringLiteral("site"));
        {
            PublishDialog dialog(*store.value());
            dialog.findChild<QLineEdit *>(QStringLiteral("publishFolder"))->setText(site);
            dialog.findChild<QLineEdit *>(QStringLiteral("publishBaseUrl"))
                ->setText(QStringLiteral("https://union.example/"));
            QVERIFY(dialog.publish());
            QVERIFY(QFile::exists(dialog.homePage()));
            QVERIFY2(dialog.summary().contains(QLatin1String("Published 18 article")),
                     qPrintable(dialog.summary()));
            QVERIFY(fileBytes(site + QLatin1String("/robots.txt"))
                        .contains("https://union.example/sitemap.xml"));
        }
        // The next time, for this library: the same folder and address.
        PublishDialog again(*store.value());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("publishFolder"))->text(), site);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("publishBaseUrl"))->text(),
                 QStringLiteral("https://union.example/"));
        // Another library has its own.
        auto other = LibraryStore::create(work.filePath(QStringLiteral("b.lectern")));
        QVERIFY(other);
        PublishDialog fresh(*other.value());
        QVERIFY(fresh.findChild<QLineEdit *>(QStringLiteral("publishFolder"))->text().isEmpty());
        fresh.findChild<QLineEdit *>(QStringLiteral("publishBaseUrl"))
            ->setText(QStringLiteral("not an address"));
        fresh.findChild<QLineEdit *>(QStringLiteral("publishFolder"))
            ->setText(work.filePath(QStringLiteral("other")));
        QVERIFY(!fresh.publish());
        QVERIFY(fresh.summary().contains(QLatin1String("web address")));
    }

    void asksBeforeUsingAForeignFolder()
    {
        QTemporaryDir work;
        auto store = LibraryStore::create(work.filePath(QStringLiteral("c.lectern")));
        QVERIFY(store);
        QVERIFY(fillDemoLibrary(*store.value()));
        const QString folder = work.filePath(QStringLiteral("mine"));
        QVERIFY(QDir().mkpath(folder));
        QFile notes(folder + QLatin1String("/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("keep");
        notes.close();
        PublishDialog dialog(*store.value());
        dialog.setFolder(folder);
        auto declined = answerNextMessageBox(QMessageBox::NoRole);
        QVERIFY(!dialog.publish());
        QVERIFY(declined->asked);
        QVERIFY(!QFile::exists(folder + QLatin1String("/index.html")));
        auto accepted = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(dialog.publish());
        QVERIFY(accepted->asked);
        QVERIFY(QFile::exists(folder + QLatin1String("/index.html")));
        QCOMPARE(fileBytes(folder + QLatin1String("/notes.txt")), QByteArray("keep"));
    }

    void fileMenuHasPublishWebsite()
    {
        auto store = memoryStore();
        MainWindow window(*store);
        auto *action = window.findChild<QAction *>(QStringLiteral("publishWebsiteAction"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QLatin1String("Publish Website")));
    }
};

QTEST_MAIN(PublishDialogTest)
#include "tst_publishdialog.moc"
