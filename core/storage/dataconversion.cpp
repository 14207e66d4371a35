#include "dataconversion.h"

#include "database.h"
#include "datafolder.h"
#include "dataswitch.h"
#include "texts.h"

namespace tend {

namespace {

Error couldNotTurnOff(const Error &why)
{
    return Error{StorageText::tr("Tend could not turn encryption off: %1 Your data is as it was, still encrypted.")
                     .arg(why.message)};
}

Error couldNotTurnOn(const Error &why)
{
    return Error{StorageText::tr("Tend could not turn encryption on: %1 Your data is as it was, not encrypted.")
                     .arg(why.message)};
}

} // namespace

Status convertToPlain(std::unique_ptr<Database> &database, const QString &folder)
{
    if (!database->isSealed())
        return couldNotTurnOff(Error{StorageText::tr("the data is not encrypted.")});
    if (database->isLocked())
        return couldNotTurnOff(Error{StorageText::tr("Tend is locked; unlock it first.")});
    const QString plainPath = databasePathIn(folder);
    if (Status free = checkNothingInTheWay(plainPath, false); !free)
        return couldNotTurnOff(free.error());
    if (Status copied = database->savePlainCopy(plainPath); !copied)
        return couldNotTurnOff(copied.error());
    Status switched = switchToOtherKind(database, plainPath, [](const QString &path) { return Database::open(path); });
    // Once the data is plain, only flushing the folder at the very end can have failed.
    if (switched || !database->isSealed())
        return switched;
    return couldNotTurnOff(switched.error());
}

Status convertToSealed(std::unique_ptr<Database> &database, const QString &folder, const SecureBytes &passphrase,
                       KeyDerivation derivation)
{
    if (database->isSealed())
        return couldNotTurnOn(Error{StorageText::tr("the data is encrypted already.")});
    const QString vaultPath = vaultPathIn(folder);
    if (Status free = checkNothingInTheWay(vaultPath, true); !free)
        return couldNotTurnOn(free.error());
    if (Status copied = database->saveSealedCopy(vaultPath, passphrase, derivation); !copied)
        return couldNotTurnOn(copied.error());
    Status switched = switchToOtherKind(database, vaultPath, [&passphrase](const QString &path) {
        return Database::openSealed(path, passphrase);
    });
    // Once the data is sealed, only flushing the folder at the very end can have failed.
    if (switched || database->isSealed())
        return switched;
    return couldNotTurnOn(switched.error());
}

} // namespace tend
