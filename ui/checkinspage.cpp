#include "checkinspage.h"

#include "card.h"
#include "checkindialog.h"
#include "checkinfilterbar.h"
#include "checkinlistmodel.h"
#include "checkins/checkinstore.h"
#include "clock.h"
#include "plainrowdelegate.h"
#include "rowlistview.h"
#include "preferences/preferencestore.h"
#include "typography.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

CheckInsPage::CheckInsPage(CheckInStore &store, PreferenceStore &preferences, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_preferences(preferences), m_writes(store, undoStack),
      m_filterBar(new CheckInFilterBar(store.clock(), this)), m_model(new CheckInListModel(this))
{
    setObjectName(QStringLiteral("checkInsPage"));
    auto *heading = new QLabel(tr("Check-ins"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(heading);

    auto *card = new Card(this);
    m_count = new QLabel(card);
    m_count->setObjectName(QStringLiteral("checkInCount"));
    styleAsQuiet(m_count);
    m_empty = new QLabel(card);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    styleAsQuiet(m_empty);
    m_open = new QPushButton(tr("&Open…"), card);
    m_open->setObjectName(QStringLiteral("openCheckInButton"));
    m_open->setToolTip(tr("Edit the selected check-in (Enter)"));
    m_delete = new QPushButton(tr("De&lete"), card);
    m_delete->setObjectName(QStringLiteral("deleteCheckInButton"));
    m_delete->setToolTip(tr("Delete the selected check-in (Delete). Undo brings it back."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(createTable(), 1);
    cardLayout->addWidget(m_empty, 1);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(m_filterBar);
    layout->addWidget(card, 1);

    connect(m_filterBar, &CheckInFilterBar::filterChanged, this, &CheckInsPage::applyFilter);
    connect(m_open, &QPushButton::clicked, this, &CheckInsPage::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &CheckInsPage::deleteSelected);
    connect(&m_store, &CheckInStore::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

RowListView *CheckInsPage::createTable()
{
    m_table = new RowListView(this);
    m_table->setObjectName(QStringLiteral("checkInsList"));
    m_table->setAccessibleName(tr("All check-ins"));
    m_table->setModel(m_model);
    // Fixed row heights: fifteen thousand rows scroll without measuring each.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CheckInListModel::Note, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &widest, bool withIcon = false) {
        m_table->setColumnWidth(column, std::max(header->sectionSizeHint(column),
                                                 PlainRowDelegate::cellWidth(metrics, widest, withIcon)));
    };
    fit(CheckInListModel::Day, QLocale().toString(QDate(2026, 9, 30), tr("ddd d MMM yyyy")));
    fit(CheckInListModel::Time, QStringLiteral("00:00"));
    fit(CheckInListModel::Who, QStringLiteral("MMMMMMMM"), true);
    fit(CheckInListModel::Kind, checkInKindName(CheckInKind::AfterIntimacy));
    for (int column : {CheckInListModel::Mood, CheckInListModel::Stress, CheckInListModel::Closeness,
                       CheckInListModel::CaredFor, CheckInListModel::NeedsMet})
        fit(column, QStringLiteral("5"));

    QAction *openAction =
        m_table->addKeyAction(tr("Open check-in"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    QAction *deleteAction = m_table->addKeyAction(tr("Delete check-in"), {QKeySequence::Delete});
    connect(openAction, &QAction::triggered, this, &CheckInsPage::openSelected);
    connect(deleteAction, &QAction::triggered, this, &CheckInsPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &CheckInsPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = selectedRow() >= 0;
        m_open->setEnabled(selected);
        m_delete->setEnabled(selected);
    });
    return m_table;
}

void CheckInsPage::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    m_filterBar->setPartners(partners);
    m_model->setPartners(partners);
}

void CheckInsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    else if (m_filterBar->filter() != m_model->filter())
        applyFilter(); // days have passed: "last week" is a different week now
}

void CheckInsPage::reload()
{
    const QUuid selected = selectedRow() >= 0 ? m_model->checkInAt(selectedRow()).id : QUuid();
    Result<QList<CheckIn>> all = m_store.all();
    if (!all)
        return; // the store has said why; the list stays as it was
    m_stale = false;
    m_model->setTimeZone(m_store.clock().timeZone());
    m_model->setCheckIns(all.value(), m_filterBar->filter());
    if (!selected.isNull())
        selectCheckIn(selected);
    updateCount();
}

void CheckInsPage::applyFilter()
{
    const QUuid selected = selectedRow() >= 0 ? m_model->checkInAt(selectedRow()).id : QUuid();
    m_model->setFilter(m_filterBar->filter());
    if (!selected.isNull())
        selectCheckIn(selected);
    updateCount();
}

void CheckInsPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    const QLocale locale;
    m_count->setText(shown == total ? tr("%1 check-ins").arg(locale.toString(total))
                                    : tr("Showing %1 of %2 check-ins").arg(locale.toString(shown), locale.toString(total)));
    m_table->setVisible(shown > 0);
    m_empty->setVisible(shown == 0);
    m_empty->setText(total == 0 ? tr("No check-ins yet. Log one on the Today page (Ctrl+N).")
                                : tr("No check-in matches. Change or clear the filters above."));
    const bool hasSelection = selectedRow() >= 0;
    m_open->setEnabled(hasSelection);
    m_delete->setEnabled(hasSelection);
}

int CheckInsPage::selectedRow() const
{
    return m_table->selectedRow();
}

void CheckInsPage::selectCheckIn(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void CheckInsPage::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    CheckInDialog dialog(m_model->checkInAt(row), m_writes, m_store.clock(), this);
    dialog.setPartners(m_partners);
    Result<QList<AftercareAct>> acts = m_preferences.acts(ActRepository::Archived::Include);
    Result<QList<Preference>> answers = m_partners.size() == 2
                                            ? m_preferences.preferencesOpenToBoth(m_partners[0].id, m_partners[1].id)
                                            : Result<QList<Preference>>(QList<Preference>());
    if (acts && answers)
        dialog.setCatalogue(acts.value(), answers.value());
    if (dialog.exec() == QDialog::Accepted && dialog.saved().id.isNull() == false) {
        selectCheckIn(dialog.saved().id);
        emit statusMessage(tr("Saved the changes. Undo (Ctrl+Z) takes them back."));
    }
    m_table->setFocus();
}

void CheckInsPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (!m_writes.remove(m_model->checkInAt(row)))
        return;
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0)
        m_table->selectRow(next);
    emit statusMessage(tr("Deleted the check-in. Undo (Ctrl+Z) brings it back."));
}

} // namespace tend
