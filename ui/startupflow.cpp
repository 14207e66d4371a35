#include "startupflow.h"

#include "databaseerrordialog.h"
#include "partnersdialog.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/partnerrepository.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace tend {

namespace {

Result<std::unique_ptr<Database>> openIn(const QString &folder)
{
    if (Status prepared = prepareDataFolder(folder); !prepared)
        return prepared.error();
    return Database::open(databasePathIn(folder));
}

} // namespace

std::unique_ptr<Database> openDatabaseInteractively(QString folder)
{
    while (true) {
        Result<std::unique_ptr<Database>> opened = openIn(folder);
        if (opened)
            return std::move(opened).value();
        const std::optional<QString> another = askForAnotherDataFolder(opened.error().message, folder);
        if (!another)
            return nullptr;
        folder = *another;
    }
}

std::optional<QList<Partner>> ensurePartners(Database &database, const Clock &clock)
{
    PartnerRepository repository(database, clock);
    Result<QList<Partner>> existing = repository.all();
    if (!existing) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "Tend"), existing.error().message);
        return std::nullopt;
    }
    QList<Partner> partners = existing.value();
    while (partners.size() < 2) {
        PartnersDialog dialog(PartnersDialog::Purpose::FirstRun, partners);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        QList<Partner> entered = dialog.partners();
        if (Status saved = repository.saveAll(entered); !saved) {
            QMessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Tend"), saved.error().message);
            continue;
        }
        partners = entered;
    }
    return partners;
}

} // namespace tend
