#pragma once

#include "migration.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tend {

// One open Tend database. The only way in is open(), which checks the file, applies
// migrations and sets the pragmas; anything it refuses is left byte-for-byte untouched.
class Database
{
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // `applicationId` tells this kind of file from any other (Tend's data, its reminders).
    static Result<std::unique_ptr<Database>> open(const QString &filePath,
                                                  const QList<Migration> &migrations = builtInMigrations(),
                                                  qint32 applicationId = TendApplicationId);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // SQLite's full structural check of every page. Slow on a large file, so it is not part
    // of open(); the window runs it once it is showing.
    Status checkIntegrity() const;

    // Called by WriteTransaction; the single place where a write becomes durable.
    Status begin();
    Status commit();
    void rollback();

private:
    Database(QString filePath, QString connectionName);

    QString m_filePath;
    QString m_connectionName;
};

} // namespace tend
