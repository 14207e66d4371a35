// A damaged database at startup: Tend says what is wrong and where, lets the person quit or
// pick another folder, and never changes the damaged file.

#include "uitesthelpers.h"

#include "startupflow.h"
#include "storage/datafolder.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace tend::test {
namespace {

class DatabaseErrorTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (HasFatalFailure())
            return;
        // Random bytes, the same every run: not SQLite, and certainly not Tend.
        QRandomGenerator random(20240514);
        m_damaged.resize(64 * 1024);
        random.fillRange(reinterpret_cast<quint32 *>(m_damaged.data()), m_damaged.size() / 4);
        QFile file(databaseFile());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(m_damaged), m_damaged.size());
    }

    // The folder holds the damaged file, byte for byte, and nothing else (no journal, no WAL).
    void expectUntouched() const
    {
        QFile file(databaseFile());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.readAll() == m_damaged) << "The damaged database was changed";
        EXPECT_EQ(QDir(dataFolder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                  QStringList{QStringLiteral("tend.sqlite")});
    }

    QByteArray m_damaged;
};

TEST_F(DatabaseErrorTest, QuitLeavesTheDamagedFileAlone)
{
    ModalDialogDriver driver(QStringLiteral("databaseErrorDialog"), [this](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        ASSERT_TRUE(box);
        // Why, and where.
        EXPECT_TRUE(box->text().contains(databaseFile())) << box->text().toStdString();
        EXPECT_TRUE(box->informativeText().contains(QDir::toNativeSeparators(dataFolder())))
            << box->informativeText().toStdString();
        EXPECT_TRUE(child<QPushButton>(box, QStringLiteral("chooseAnotherFolderButton")));
        auto *quit = child<QPushButton>(box, QStringLiteral("quitButton"));
        ASSERT_TRUE(quit);
        EXPECT_EQ(box->defaultButton(), quit);
        QTest::mouseClick(quit, Qt::LeftButton);
    });
    const std::unique_ptr<Database> database = openDatabaseInteractively(dataFolder());
    EXPECT_TRUE(driver.ran());
    EXPECT_EQ(database, nullptr);
    expectUntouched();
}

TEST_F(DatabaseErrorTest, EscapeAlsoQuits)
{
    ModalDialogDriver driver(QStringLiteral("databaseErrorDialog"), [](QWidget *) { pressKey(Qt::Key_Escape); });
    const std::unique_ptr<Database> database = openDatabaseInteractively(dataFolder());
    EXPECT_TRUE(driver.ran());
    EXPECT_EQ(database, nullptr);
    expectUntouched();
}

TEST_F(DatabaseErrorTest, AnotherFolderOpensAFreshDatabaseThere)
{
    QTemporaryDir other;
    ASSERT_TRUE(other.isValid());
    const QString otherFolder = QDir(other.path()).filePath(QStringLiteral("tend"));
    ASSERT_TRUE(QDir().mkpath(otherFolder));

    ModalDialogDriver errorBox(QStringLiteral("databaseErrorDialog"), [](QWidget *dialog) {
        auto *another = child<QPushButton>(dialog, QStringLiteral("chooseAnotherFolderButton"));
        ASSERT_TRUE(another);
        QTest::mouseClick(another, Qt::LeftButton);
    });
    // Qt's own folder chooser (no native dialogs offscreen): type the folder and press Enter.
    ModalDialogDriver chooser(QStringLiteral("QFileDialog"), [&otherFolder](QWidget *dialog) {
        auto *fileName = child<QLineEdit>(dialog, QStringLiteral("fileNameEdit"));
        ASSERT_TRUE(fileName);
        fileName->clear();
        QTest::keyClicks(fileName, otherFolder);
        QTest::keyClick(fileName, Qt::Key_Return);
    });
    // The other folder is new: Tend asks for a passphrase for it.
    ModalDialogDriver passphrase(QStringLiteral("newPassphraseDialog"), [](QWidget *dialog) {
        for (const char *field : {"newPassphrase", "repeatPassphrase"}) {
            auto *edit = child<QLineEdit>(dialog, QString::fromLatin1(field));
            ASSERT_TRUE(edit);
            QTest::keyClicks(edit, QStringLiteral("a long walk by the sea"));
        }
        auto *encrypt = child<QPushButton>(dialog, QStringLiteral("encryptButton"));
        ASSERT_TRUE(encrypt && encrypt->isEnabled());
        QTest::mouseClick(encrypt, Qt::LeftButton);
    });
    const std::unique_ptr<Database> database = openDatabaseInteractively(dataFolder());
    EXPECT_TRUE(errorBox.ran());
    EXPECT_TRUE(chooser.ran());
    EXPECT_TRUE(passphrase.ran());
    ASSERT_NE(database, nullptr);
    EXPECT_EQ(database->filePath(), vaultPathIn(otherFolder));
    expectUntouched();
}

} // namespace
} // namespace tend::test
