#include "storage/datafolder.h"

#include "core/statusassertions.h"
#include "filehelpers.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class DataFolder : public ::testing::TestWithParam<mode_t>
{
protected:
    void SetUp() override { ASSERT_TRUE(root.isValid()); }
    QTemporaryDir root;
};

TEST_P(DataFolder, CreatesTheFolderAndMissingParentsReadableByTheOwnerOnly)
{
    test::UmaskGuard umask(GetParam());
    const QString folder = root.filePath(u"home/share/Tend"_s);
    ASSERT_TRUE(succeeded(prepareDataFolder(folder)));
    EXPECT_TRUE(QFileInfo(folder).isDir());
    for (const QString &created : {root.filePath(u"home"_s), root.filePath(u"home/share"_s), folder})
        EXPECT_EQ(test::permissionBits(created), 0700) << created.toStdString();
}

TEST_P(DataFolder, LeavesAnExistingFolderAsItIs)
{
    test::UmaskGuard umask(GetParam());
    const QString folder = root.filePath(u"chosen"_s);
    ASSERT_TRUE(QDir(root.path()).mkdir(u"chosen"_s));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup));
    ASSERT_TRUE(test::writeFile(QDir(folder).filePath(u"other.txt"_s), "other things"));

    ASSERT_TRUE(succeeded(prepareDataFolder(folder)));
    EXPECT_EQ(test::permissionBits(folder), 0750);
    EXPECT_EQ(test::readAll(QDir(folder).filePath(u"other.txt"_s)), QByteArray("other things"));
}

TEST_P(DataFolder, DoesNotTouchExistingParents)
{
    test::UmaskGuard umask(GetParam());
    const int rootBits = test::permissionBits(root.path());
    ASSERT_TRUE(succeeded(prepareDataFolder(root.filePath(u"Tend"_s))));
    EXPECT_EQ(test::permissionBits(root.path()), rootBits);
    EXPECT_EQ(test::permissionBits(root.filePath(u"Tend"_s)), 0700);
}

INSTANTIATE_TEST_SUITE_P(Umask, DataFolder, ::testing::Values(mode_t(022), mode_t(0), mode_t(077)),
                         [](const ::testing::TestParamInfo<mode_t> &info) {
                             return "umask" + std::to_string(info.param / 64) + std::to_string(info.param / 8 % 8) +
                                    std::to_string(info.param % 8);
                         });

TEST(DataFolderPath, RefusesAFileWhereTheFolderShouldBe)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString file = root.filePath(u"Tend"_s);
    ASSERT_TRUE(test::writeFile(file, "a file"));
    EXPECT_TRUE(refusedMentioning(prepareDataFolder(file), {file, u"not a folder"_s}));
    EXPECT_EQ(test::readAll(file), QByteArray("a file"));

    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString below = root.filePath(u"Tend/data"_s);
    EXPECT_TRUE(refusedMentioning(prepareDataFolder(below), {u"could not create"_s, file}));
    EXPECT_EQ(test::permissionBits(file), 0644) << "a file that is in the way is not Tend's to change";
    EXPECT_EQ(test::readAll(file), QByteArray("a file"));
}

TEST(DataFolderPath, RefusesNoFolderAtAll)
{
    EXPECT_TRUE(refusedMentioning(prepareDataFolder(QString()), {u"folder"_s}));
}

TEST(DataFolderPath, DatabaseLivesInTheFolder)
{
    EXPECT_EQ(databasePathIn(u"/home/sam/.local/share/Tend"_s), u"/home/sam/.local/share/Tend/tend.sqlite"_s);
}

TEST(DataFolderPath, DefaultIsTheApplicationsDataLocation)
{
    const QString folder = defaultDataFolder();
    EXPECT_FALSE(folder.isEmpty());
    EXPECT_TRUE(folder.endsWith(u"Tend"_s)) << folder.toStdString();
}

} // namespace
} // namespace tend
