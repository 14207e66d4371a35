#include "storage/migration.h"

#include "core/printers.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

TEST(SplitStatements, SplitsAtSemicolonsAndTrims)
{
    EXPECT_EQ(splitStatements(u"CREATE TABLE a (x);\n  CREATE TABLE b (y);  \n"_s),
              QStringList({u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s}));
}

TEST(SplitStatements, KeepsALastStatementWithoutSemicolon)
{
    EXPECT_EQ(splitStatements(u"SELECT 1; SELECT 2"_s), QStringList({u"SELECT 1"_s, u"SELECT 2"_s}));
}

TEST(SplitStatements, DropsEmptyStatements)
{
    EXPECT_EQ(splitStatements(u" ;;\n ; \t"_s), QStringList());
    EXPECT_EQ(splitStatements(QString()), QStringList());
    EXPECT_EQ(splitStatements(u";SELECT 1;;"_s), QStringList({u"SELECT 1"_s}));
}

TEST(SplitStatements, KeepsSemicolonsInsideQuotes)
{
    EXPECT_EQ(splitStatements(u"INSERT INTO t VALUES ('a;b', 'c'); SELECT 1;"_s),
              QStringList({u"INSERT INTO t VALUES ('a;b', 'c')"_s, u"SELECT 1"_s}));
}

TEST(SplitStatements, KeepsDoubledQuotesInsideAString)
{
    EXPECT_EQ(splitStatements(u"INSERT INTO t VALUES ('it''s; fine'); INSERT INTO t VALUES ('');SELECT ''';'''"_s),
              QStringList({u"INSERT INTO t VALUES ('it''s; fine')"_s, u"INSERT INTO t VALUES ('')"_s,
                           u"SELECT ''';'''"_s}));
}

TEST(SplitStatements, DropsLineCommentsWithSemicolonsAndQuotesInThem)
{
    EXPECT_EQ(splitStatements(u"-- first; it's a comment\nCREATE TABLE a (x); -- trailing; note\n"
                              "CREATE TABLE b (y); -- last line without newline; 'open quote"_s),
              QStringList({u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s}));
}

TEST(SplitStatements, ACommentInsideAStatementDoesNotEndIt)
{
    EXPECT_EQ(splitStatements(u"CREATE TABLE a ( -- the columns; one\n    x INTEGER\n);"_s),
              QStringList({u"CREATE TABLE a ( \n    x INTEGER\n)"_s}));
}

TEST(SplitStatements, ACommentRightAfterAWordStillSeparatesItFromTheNext)
{
    const QStringList statements = splitStatements(u"SELECT 1 AS x--the answer\nFROM sqlite_schema;"_s);
    ASSERT_EQ(statements.size(), 1);
    EXPECT_EQ(statements[0].simplified(), u"SELECT 1 AS x FROM sqlite_schema"_s);
}

TEST(SplitStatements, DashesInsideQuotesAreNotAComment)
{
    EXPECT_EQ(splitStatements(u"SELECT '--not a comment;'; SELECT 3"_s),
              QStringList({u"SELECT '--not a comment;'"_s, u"SELECT 3"_s}));
}

TEST(SplitStatements, ASingleDashIsCode)
{
    EXPECT_EQ(splitStatements(u"SELECT 3 - 1; SELECT -2"_s), QStringList({u"SELECT 3 - 1"_s, u"SELECT -2"_s}));
}

TEST(SplitStatements, BuiltInMigrationsKeepNoComments)
{
    for (const Migration &migration : builtInMigrations()) {
        const QStringList statements = splitStatements(migration.sql);
        EXPECT_FALSE(statements.isEmpty()) << "migration " << migration.version;
        for (const QString &statement : statements)
            EXPECT_FALSE(statement.contains(u"--"_s)) << "migration " << migration.version << ": "
                                                      << statement.toStdString();
    }
}

} // namespace
} // namespace tend
