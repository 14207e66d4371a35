// What a couple writes through Tend, encrypted, is in no file in the clear: not in the data
// folder, not in its backups, not in the settings, not in the temporary folder.

#include "uitesthelpers.h"

#include "crypto/securebytes.h"
#include "mainwindow.h"
#include "storage/backups.h"
#include "storage/checkinrepository.h"
#include "storage/datafolder.h"
#include "windowsession.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QPlainTextEdit>
#include <QTableView>

namespace tend::test {
namespace {

const QByteArray Passphrase = "a lantern on the kitchen table";
const QString Canary = QStringLiteral("canary-7f3a9 whispered under the quilt");

// Every file under `folders` that holds `text` as UTF-8 or UTF-16, and how many files were read.
struct Scan
{
    QStringList holding;
    QStringList read;
};

Scan scanFor(const QString &text, const QStringList &folders)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    Scan scan;
    for (const QString &folder : folders) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                ADD_FAILURE() << "Cannot read " << path.toStdString();
                continue;
            }
            const QByteArray bytes = file.readAll();
            scan.read.append(path);
            if (bytes.contains(utf8) || bytes.contains(utf16))
                scan.holding.append(path);
        }
    }
    return scan;
}

class CanaryTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_temp.isValid());
        m_oldTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    }

    void TearDown() override
    {
        if (m_oldTemp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_oldTemp);
    }

    QTemporaryDir m_temp;
    QByteArray m_oldTemp;
};

TEST_F(CanaryTest, WhatIsWrittenIsInNoFileInTheClear)
{
    {
        Result<std::unique_ptr<Database>> created = Database::createSealed(
            vaultPathIn(dataFolder()), SecureBytes::copyOf(Passphrase), KeyDerivation::fastForTests());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        std::unique_ptr<Database> database = std::move(created).value();
        const QList<Partner> partners = saveCouple(*database);
        WindowSession session(std::move(database), m_clock, partners, false);
        MainWindow *window = session.window();
        ASSERT_TRUE(showAndActivate(window));

        auto *note = child<QPlainTextEdit>(window, QStringLiteral("noteEdit"));
        auto *today = child<QTableView>(window, QStringLiteral("todayList"));
        ASSERT_TRUE(note && today);
        ASSERT_TRUE(focusOn(note));
        typeText(Canary);
        pressKey(Qt::Key_Return, Qt::ControlModifier);
        ASSERT_TRUE(waitUntil([today] { return today->model()->rowCount() == 1; }));

        // The day's backup once the window is up, and one by hand.
        const Backups backups(dataFolder(), m_clock);
        ASSERT_TRUE(waitUntil([&backups] {
            Result<QList<Backup>> made = backups.list();
            return made.ok() && !made->isEmpty();
        }));
        child<QAction>(window, QStringLiteral("backUpNowAction"))->trigger();
        Result<QList<Backup>> made = backups.list();
        ASSERT_TRUE(made.ok());
        ASSERT_EQ(made->size(), 2);
        EXPECT_EQ(made->at(0).kind, BackupKind::Manual);
        EXPECT_EQ(made->at(1).kind, BackupKind::Daily) << "The window makes the day's backup on its own";
        // Closing folds the journal into the vault.
        window->close();
    }

    // m_temp is the temporary folder Tend was given (TMPDIR) for this test.
    const Scan scan = scanFor(Canary, {dataFolder(), settingsFolder(), m_temp.path()});
    EXPECT_EQ(scan.holding, QStringList()) << "The canary is readable in these files";
    EXPECT_TRUE(scan.read.contains(vaultPathIn(dataFolder())));
    EXPECT_GE(scan.read.filter(QStringLiteral("/backups/")).size(), 2) << scan.read.join(u'\n').toStdString();

    // It was saved: the passphrase brings it back.
    Result<std::unique_ptr<Database>> opened = Database::openSealed(vaultPathIn(dataFolder()), SecureBytes::copyOf(Passphrase));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Result<QList<CheckIn>> saved = CheckInRepository(**opened, m_clock).all();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->size(), 1);
    EXPECT_EQ(saved->first().note, Canary);
}

TEST_F(CanaryTest, TheScanFindsTheCanaryInPlainData)
{
    // The same search over plain data finds it, so the search itself can see it.
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);
    const QList<Partner> partners = saveCouple(*database);
    saveCheckIn(*database, partners[0], CheckInKind::Daily, 3, 3, 3, Canary);
    database.reset();
    const Scan scan = scanFor(Canary, {dataFolder()});
    EXPECT_TRUE(scan.holding.contains(databasePathIn(dataFolder()))) << scan.read.join(u'\n').toStdString();
}

} // namespace
} // namespace tend::test
