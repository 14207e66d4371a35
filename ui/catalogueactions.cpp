#include "catalogueactions.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace tend {

namespace {

QToolButton *menuButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMenu(new QMenu(button));
    return button;
}

} // namespace

CatalogueActions::CatalogueActions(QWidget *parent)
    : QWidget(parent), m_add(new QPushButton(tr("Add an a&ct…"), this)), m_rename(new QPushButton(tr("Re&name"), this)),
      m_move(menuButton(tr("&Move to"), QStringLiteral("moveActButton"), this)),
      m_archive(new QPushButton(tr("&Archive"), this)),
      m_archived(menuButton(tr("Archi&ved acts"), QStringLiteral("archivedActsButton"), this))
{
    m_add->setObjectName(QStringLiteral("addActButton"));
    m_add->setToolTip(tr("Add an aftercare act of your own"));
    m_rename->setObjectName(QStringLiteral("renameActButton"));
    m_rename->setToolTip(tr("Rename the selected act (F2 on its name)"));
    m_move->setToolTip(tr("Move the selected act to another form of care"));
    m_archive->setObjectName(QStringLiteral("archiveActButton"));
    m_archive->setToolTip(tr("Hide the selected act from the form. Past check-ins keep it; undo brings it back."));
    m_archived->setToolTip(tr("Bring back an act you archived"));

    connect(m_archived->menu(), &QMenu::aboutToShow, this, &CatalogueActions::fillArchivedMenu);
    for (CareForm form : AllCareForms) {
        QAction *move = m_move->menu()->addAction(careFormName(form));
        move->setData(int(form));
        connect(move, &QAction::triggered, this, [this, form] { emit moveRequested(form); });
    }
    connect(m_add, &QPushButton::clicked, this, &CatalogueActions::addRequested);
    connect(m_rename, &QPushButton::clicked, this, &CatalogueActions::renameRequested);
    connect(m_archive, &QPushButton::clicked, this, &CatalogueActions::archiveRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_rename);
    layout->addWidget(m_move);
    layout->addWidget(m_archive);
    layout->addStretch();
    layout->addWidget(m_archived);
    setCurrentAct(nullptr);
    setArchivedActs({});
}

void CatalogueActions::setCurrentAct(const AftercareAct *act)
{
    m_rename->setEnabled(act);
    m_move->setEnabled(act);
    m_archive->setEnabled(act);
    for (QAction *move : m_move->menu()->actions())
        move->setEnabled(act && move->data().toInt() != int(act->form));
}

void CatalogueActions::setArchivedActs(const QList<AftercareAct> &acts)
{
    // The menu is filled when it opens: this may run while one of its entries is being triggered.
    m_archivedActs = acts;
    m_archived->setEnabled(!acts.isEmpty());
    m_archived->setText(acts.isEmpty() ? tr("Archi&ved acts") : tr("Archi&ved acts (%1)").arg(acts.size()));
}

void CatalogueActions::fillArchivedMenu()
{
    QMenu *menu = m_archived->menu();
    menu->clear();
    for (const AftercareAct &act : std::as_const(m_archivedActs)) {
        QAction *restore = menu->addAction(tr("Bring back \u201c%1\u201d").arg(act.label));
        const QUuid id = act.id;
        connect(restore, &QAction::triggered, this, [this, id] { emit restoreRequested(id); });
    }
}

} // namespace tend
