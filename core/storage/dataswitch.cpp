#include "dataswitch.h"

#include "atomicfile.h"
#include "database.h"
#include "datafolder.h"
#include "sealedfile.h"
#include "sqlquery.h"
#include "texts.h"
#include "writetransaction.h"

#include <QFile>

#include <algorithm>

namespace tend {

using namespace Qt::StringLiterals;

namespace {

// SQLite's files beside a plain database; none is left once it is one file (see foldIntoOneFile).
QStringList sideFilesOf(const QString &plainPath)
{
    return {plainPath + u"-wal"_s, plainPath + u"-shm"_s, plainPath + u"-journal"_s};
}


Status removeFile(const QString &path)
{
    QFile file(path);
    if (file.exists() && !file.remove())
        return Error{StorageText::tr("Tend could not remove %1: %2.").arg(path, file.errorString())};
    return {};
}

Status removeFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (Status removed = removeFile(path); !removed)
            return removed;
    }
    return {};
}

Status setJournalMode(const Database &database, const QString &mode)
{
    Result<QSqlQuery> set = sql::run(database.connection(), u"PRAGMA journal_mode = "_s + mode, {},
                                     StorageText::tr("prepare the database file to be replaced"));
    if (!set)
        return set.error();
    QSqlQuery &query = set.value();
    if (!query.next() || query.value(0).toString().compare(mode, Qt::CaseInsensitive) != 0) {
        return Error{StorageText::tr("Tend could not prepare %1 to be replaced: another program may be using it.")
                         .arg(database.filePath())};
    }
    return {};
}

// A plain database's WAL is folded into its file and removed, so that the file alone holds it
// all: a WAL left behind would be read into whatever comes next under the same name.
Status foldIntoOneFile(const Database &database)
{
    if (database.isSealed())
        return {};
    if (Status folded = setJournalMode(database, u"delete"_s); !folded)
        return folded;
    return removeFiles(sideFilesOf(database.filePath()));
}

// Puts a plain database back in WAL mode after foldIntoOneFile(), when what followed failed.
void unfold(const Database &database)
{
    if (database.isSealed())
        return;
    // Nothing is lost if this fails: the database just goes on with a rollback journal.
    if (Status unfolded = setJournalMode(database, u"wal"_s); !unfolded)
        qWarning("%s", qPrintable(unfolded.error().message));
}

// Opened is not enough: a file SQLite can only read (its shared memory cannot be written, say)
// would take the data in and then refuse every save.
Status checkWritable(Database &database)
{
    WriteTransaction probe(database);
    return probe.started();
}

// The new data could not take the old one's place: it is closed and its files removed.
Error undoSwitch(std::unique_ptr<Database> next, const QString &newPath, bool sealed, Error why)
{
    if (next)
        next->close();
    if (Status removed = removeFiles(dataFilesAt(newPath, sealed)); !removed) {
        why.message += u' '
                       + StorageText::tr("%1 Please remove it yourself before you start Tend again.")
                             .arg(removed.error().message);
    }
    return why;
}

// Removes the files of `database`, which stays open and as it was if that fails.
Status removeFilesOf(const Database &database)
{
    const QString path = database.filePath();
    if (!database.isSealed()) {
        if (Status folded = foldIntoOneFile(database); !folded) {
            unfold(database);
            return folded;
        }
        if (Status removed = removeFile(path); !removed) {
            unfold(database);
            return removed;
        }
        return {};
    }
    // The vault goes first: until it has, it is what Tend would open, with its journal.
    if (Status removed = removeFile(path); !removed)
        return removed;
    // A journal follows one snapshot, now gone, and is never read again; removed to be tidy.
    QFile::remove(SealedFile::journalPath(path));
    return {};
}

} // namespace

QStringList dataFilesAt(const QString &path, bool sealed)
{
    return sealed ? QStringList{path, SealedFile::journalPath(path)} : QStringList{path} + sideFilesOf(path);
}

Status checkNothingInTheWay(const QString &path, bool sealed)
{
    const QStringList read = sealed ? QStringList{path} : QStringList{path, path + u"-wal"_s, path + u"-journal"_s};
    for (const QString &file : read) {
        if (QFile::exists(file)) {
            return Error{StorageText::tr("%1 is in the way: it may be left from a change that did not finish. Move it "
                                         "somewhere else, then try again.")
                             .arg(file)};
        }
    }
    return {};
}

Status switchToOtherKind(std::unique_ptr<Database> &database, const QString &newPath, const DatabaseOpener &open)
{
    const bool newSealed = !database->isSealed();
    Result<std::unique_ptr<Database>> opened = open(newPath);
    if (!opened)
        return undoSwitch(nullptr, newPath, newSealed, opened.error());
    std::unique_ptr<Database> next = std::move(opened).value();
    if (Status writable = checkWritable(*next); !writable)
        return undoSwitch(std::move(next), newPath, newSealed, writable.error());
    const QString oldPath = database->filePath();
    if (Status removed = removeFilesOf(*database); !removed)
        return undoSwitch(std::move(next), newPath, newSealed, removed.error());
    database->close();
    database = std::move(next);
    return syncFolderOf(oldPath);
}

Status replaceData(std::unique_ptr<Database> &database, QByteArrayView bytes, const DatabaseOpener &open)
{
    const QString path = database->filePath();
    const bool sealed = database->isSealed();
    if (Status folded = foldIntoOneFile(*database); !folded) {
        unfold(*database);
        return folded;
    }
    if (Status written = writeFileAtomically(path, bytes); !written) {
        unfold(*database);
        return written;
    }
    // The new data is in place: nothing may write the old over it.
    database->close();
    if (sealed) {
        // The journal follows the snapshot that was replaced and is never read again.
        QFile::remove(SealedFile::journalPath(path));
    }
    Result<std::unique_ptr<Database>> opened = open(path);
    if (!opened) {
        return Error{StorageText::tr("The data is in place in %1, but Tend could not open it: %2 Please start Tend "
                                     "again.")
                         .arg(path, opened.error().message)};
    }
    database = std::move(opened).value();
    return {};
}

Status removePlainCopy(const QString &folder)
{
    const QString plain = databasePathIn(folder);
    QStringList files = dataFilesAt(plain, false);
    std::reverse(files.begin(), files.end()); // what SQLite keeps beside it first, the file last
    if (Status removed = removeFiles(files); !removed)
        return removed;
    return syncFolderOf(plain);
}

} // namespace tend
