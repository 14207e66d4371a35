#include "databaseerrordialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace tend {

namespace {

QString text(const char *message)
{
    return QCoreApplication::translate("DatabaseErrorDialog", message);
}

} // namespace

std::optional<QString> askForAnotherDataFolder(const QString &problem, const QString &folder, QWidget *parent)
{
    while (true) {
        QMessageBox box(QMessageBox::Warning, text("Tend cannot open your data"), problem, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("databaseErrorDialog"));
        box.setInformativeText(text("Data folder: %1\n\nNothing has been deleted or changed. "
                                    "You can open Tend with another data folder, or quit and look into it.")
                                   .arg(QDir::toNativeSeparators(folder)));
        QPushButton *another = box.addButton(text("Choose &another folder…"), QMessageBox::AcceptRole);
        another->setObjectName(QStringLiteral("chooseAnotherFolderButton"));
        QPushButton *quit = box.addButton(text("&Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
        box.setDefaultButton(quit);
        box.exec();
        if (box.clickedButton() != another)
            return std::nullopt;
        const QString chosen = QFileDialog::getExistingDirectory(parent, text("Choose a data folder for Tend"),
                                                                 QDir::homePath());
        if (!chosen.isEmpty())
            return chosen;
    }
}

} // namespace tend
