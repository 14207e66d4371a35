// The passphrase asked on the first run and at every start, driven by keyboard and mouse.

#include "uitesthelpers.h"

#include "newpassphrasedialog.h"
#include "startupflow.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "unlockdialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tend::test {
namespace {

class PassphraseDialogsTest : public UiTest
{
};

TEST_F(PassphraseDialogsTest, EncryptWaitsForALongEnoughPassphraseTypedTwice)
{
    NewPassphraseDialog dialog;
    auto *passphrase = child<QLineEdit>(&dialog, QStringLiteral("newPassphrase"));
    auto *repeat = child<QLineEdit>(&dialog, QStringLiteral("repeatPassphrase"));
    auto *hint = child<QLabel>(&dialog, QStringLiteral("passphraseHint"));
    auto *encrypt = child<QPushButton>(&dialog, QStringLiteral("encryptButton"));
    auto *warning = child<QLabel>(&dialog, QStringLiteral("lostPassphraseWarning"));
    ASSERT_TRUE(passphrase && repeat && hint && encrypt && warning);
    EXPECT_EQ(passphrase->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(warning->text().contains(QStringLiteral("your data is lost")));

    EXPECT_FALSE(encrypt->isEnabled());
    QTest::keyClicks(passphrase, QStringLiteral("tea"));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Too short")));
    QTest::keyClicks(repeat, QStringLiteral("tea"));
    EXPECT_FALSE(encrypt->isEnabled());

    passphrase->clear();
    repeat->clear();
    QTest::keyClicks(passphrase, QStringLiteral("password"));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Weak")));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("again")));
    EXPECT_FALSE(encrypt->isEnabled());

    passphrase->clear();
    QTest::keyClicks(passphrase, QStringLiteral("blanket fort on a rainy sunday"));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Strong")));
    QTest::keyClicks(repeat, QStringLiteral("blanket fort on a rainy sundae"));
    EXPECT_FALSE(encrypt->isEnabled());
    QTest::keyClick(repeat, Qt::Key_Backspace);
    QTest::keyClick(repeat, Qt::Key_Y);
    EXPECT_TRUE(encrypt->isEnabled());
    QTest::mouseClick(encrypt, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice(), NewPassphraseDialog::Choice::Encrypt);
    EXPECT_EQ(dialog.passphrase().view(), QByteArrayView("blanket fort on a rainy sunday"));
}

TEST_F(PassphraseDialogsTest, KeepingItUnencryptedIsAskedAgainAndCanBeTakenBack)
{
    NewPassphraseDialog dialog;
    auto *plain = child<QPushButton>(&dialog, QStringLiteral("keepUnencryptedButton"));
    ASSERT_TRUE(plain);
    {
        ModalDialogDriver changeOfMind(QStringLiteral("confirmUnencrypted"),
                                       [](QWidget *question) { QTest::keyClick(question, Qt::Key_Escape); });
        QTest::mouseClick(plain, Qt::LeftButton);
        EXPECT_TRUE(changeOfMind.ran());
    }
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    {
        ModalDialogDriver sure(QStringLiteral("confirmUnencrypted"), [](QWidget *question) {
            auto *keep = child<QPushButton>(question, QStringLiteral("confirmKeepUnencrypted"));
            ASSERT_TRUE(keep);
            QTest::mouseClick(keep, Qt::LeftButton);
        });
        QTest::mouseClick(plain, Qt::LeftButton);
        EXPECT_TRUE(sure.ran());
    }
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice(), NewPassphraseDialog::Choice::KeepUnencrypted);
}

TEST_F(PassphraseDialogsTest, AWrongPassphraseSaysSoAndTheDialogStaysOpen)
{
    QStringList tried;
    UnlockDialog dialog(QStringLiteral("/data/tend.vault"), [&tried](const SecureBytes &passphrase) -> Status {
        tried.append(QString::fromUtf8(passphrase.view()));
        if (passphrase.view() == QByteArrayView("right words"))
            return {};
        return Error{QStringLiteral("That passphrase does not open /data/tend.vault. Nothing was changed; try again.")};
    });
    dialog.show();
    auto *passphrase = child<QLineEdit>(&dialog, QStringLiteral("unlockPassphrase"));
    auto *problem = child<QLabel>(&dialog, QStringLiteral("unlockProblem"));
    ASSERT_TRUE(passphrase && problem);
    EXPECT_EQ(passphrase->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(problem->isVisible());

    QTest::keyClicks(passphrase, QStringLiteral("wrong words"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("does not open")));
    EXPECT_EQ(passphrase->selectedText(), QStringLiteral("wrong words"));

    QTest::keyClicks(passphrase, QStringLiteral("right words")); // replaces the selection
    QTest::keyClick(passphrase, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(passphrase->text().isEmpty());
    EXPECT_EQ(tried, (QStringList{QStringLiteral("wrong words"), QStringLiteral("right words")}));
}

TEST_F(PassphraseDialogsTest, QuittingAtTheUnlockLeavesTheVaultAsItWas)
{
    {
        Result<std::unique_ptr<Database>> created =
            Database::createSealed(vaultPathIn(dataFolder()), SecureBytes::copyOf("right words"),
                                   KeyDerivation::fastForTests());
        ASSERT_TRUE(created.ok());
    }
    QFile vault(vaultPathIn(dataFolder()));
    ASSERT_TRUE(vault.open(QIODevice::ReadOnly));
    const QByteArray before = vault.readAll();
    vault.close();

    ModalDialogDriver unlock(QStringLiteral("unlockDialog"), [](QWidget *dialog) {
        auto *passphrase = child<QLineEdit>(dialog, QStringLiteral("unlockPassphrase"));
        ASSERT_TRUE(passphrase);
        QTest::keyClicks(passphrase, QStringLiteral("wrong words"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        auto *problem = child<QLabel>(dialog, QStringLiteral("unlockProblem"));
        ASSERT_TRUE(problem);
        EXPECT_TRUE(problem->text().contains(QStringLiteral("does not open"))) << problem->text().toStdString();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    const std::unique_ptr<Database> database = openDatabaseInteractively(dataFolder());
    EXPECT_TRUE(unlock.ran());
    EXPECT_EQ(database, nullptr);
    ASSERT_TRUE(vault.open(QIODevice::ReadOnly));
    EXPECT_EQ(vault.readAll(), before);
    EXPECT_FALSE(QFile::exists(databasePathIn(dataFolder())));
}

} // namespace
} // namespace tend::test
