#include "databaseerrordialog.h"

#include "texts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace tend {

namespace {


} // namespace

std::optional<QString> askForAnotherDataFolder(const QString &problem, const QString &folder, QWidget *parent)
{
    while (true) {
        QMessageBox box(QMessageBox::Warning, DatabaseErrorText::tr("Tend cannot open your data"), problem, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("databaseErrorDialog"));
        box.setInformativeText(DatabaseErrorText::tr("Data folder: %1\n\nNothing has been deleted or changed. "
                                    "You can open Tend with another data folder, or quit and look into it.")
                                   .arg(QDir::toNativeSeparators(folder)));
        QPushButton *another = box.addButton(DatabaseErrorText::tr("Choose &another folder…"), QMessageBox::AcceptRole);
        another->setObjectName(QStringLiteral("chooseAnotherFolderButton"));
        QPushButton *quit = box.addButton(DatabaseErrorText::tr("&Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
        box.setDefaultButton(quit);
        box.exec();
        if (box.clickedButton() != another)
            return std::nullopt;
        const QString chosen = QFileDialog::getExistingDirectory(parent, DatabaseErrorText::tr("Choose a data folder for Tend"),
                                                                 QDir::homePath());
        if (!chosen.isEmpty())
            return chosen;
    }
}

} // namespace tend
