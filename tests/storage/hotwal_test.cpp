// A database left by a crash still has its WAL beside it. If Tend refuses that database, neither
// the file nor its WAL may change: replaying the WAL is for the Tend that can read it.

#include "databasefixture.h"

#include <QDir>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

TEST(HotWal, ANewerDatabaseWithAnUncheckpointedWalIsLeftExactlyAsItWas)
{
    QTemporaryDir original;
    QTemporaryDir crashed;
    ASSERT_TRUE(original.isValid() && crashed.isValid());
    const QString path = original.filePath(u"tend.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        ASSERT_TRUE(succeeded(opened));
        QSqlQuery query(opened.value()->connection());
        ASSERT_TRUE(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 99"_s)); // "written by a newer Tend", still only in the WAL
        // What a crash right now leaves on disk: the main file and its WAL, no shared memory.
        for (const QString &name : {u"tend.sqlite"_s, u"tend.sqlite-wal"_s})
            ASSERT_TRUE(QFile::copy(original.filePath(name), crashed.filePath(name)));
    }
    const QString copy = crashed.filePath(u"tend.sqlite"_s);
    const QByteArray mainBefore = test::sha256Of(copy);
    const QByteArray walBefore = test::sha256Of(copy + u"-wal"_s);
    const QStringList entriesBefore = test::entriesOf(crashed.path());
    ASSERT_GT(QFileInfo(copy + u"-wal"_s).size(), 0);

    Result<std::unique_ptr<Database>> refused = Database::open(copy);
    EXPECT_TRUE(refusedMentioning(refused, {u"newer version"_s, u"untouched"_s}));
    EXPECT_EQ(test::sha256Of(copy), mainBefore) << "the WAL was replayed into the refused file";
    EXPECT_EQ(test::sha256Of(copy + u"-wal"_s), walBefore) << "the WAL was consumed";
    EXPECT_EQ(test::entriesOf(crashed.path()), entriesBefore);
}

} // namespace
} // namespace tend
