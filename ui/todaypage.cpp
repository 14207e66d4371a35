#include "todaypage.h"

#include "checkincommands.h"
#include "checkinform.h"
#include "checkinlistmodel.h"
#include "checkinstore.h"
#include "card.h"
#include "clock.h"
#include "plainrowdelegate.h"
#include "typography.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tend {

TodayPage::TodayPage(CheckInStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_undoStack(undoStack), m_heading(new QLabel(this)),
      m_form(new CheckInForm(this)), m_model(new CheckInListModel(this))
{
    setObjectName(QStringLiteral("todayPage"));
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(m_heading);

    auto *formCard = new Card(this);
    formCard->setObjectName(QStringLiteral("checkInCard"));
    auto *formLayout = new QVBoxLayout(formCard);
    formLayout->setContentsMargins(24, 20, 24, 20);
    formLayout->addWidget(m_form);
    formLayout->addStretch();

    auto *listCard = new Card(this);
    listCard->setObjectName(QStringLiteral("todayCard"));
    auto *listLayout = new QVBoxLayout(listCard);
    listLayout->setContentsMargins(24, 20, 24, 20);
    listLayout->addWidget(createTodayList());

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(formCard, 2);
    columns->addWidget(listCard, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);
    layout->addWidget(m_heading);
    layout->addLayout(columns, 1);

    connect(m_form, &CheckInForm::submitted, this, &TodayPage::save);
    connect(&m_store, &CheckInStore::changed, this, &TodayPage::reload);

    // Past midnight, "today" is a new day.
    auto *dayWatch = new QTimer(this);
    dayWatch->setInterval(60 * 1000);
    connect(dayWatch, &QTimer::timeout, this, [this] {
        if (m_store.clock().today() != m_day)
            reload();
    });
    dayWatch->start();
}

QWidget *TodayPage::createTodayList()
{
    auto *box = new QWidget(this);
    auto *title = new QLabel(tr("Today's check-ins"), box);
    styleAsCardTitle(title);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("todayList"));
    m_table->setAccessibleName(tr("Today's check-ins"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlainRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CheckInListModel::Note, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // lets the window narrow on small screens
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setTabKeyNavigation(false);

    m_empty = new QLabel(tr("No check-ins yet today.\nWhen one of you checks in, it shows up here."), box);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    styleAsQuiet(m_empty);
    m_empty->setAlignment(Qt::AlignCenter);

    m_edit = new QPushButton(tr("Ed&it"), box);
    m_edit->setObjectName(QStringLiteral("editCheckInButton"));
    m_edit->setToolTip(tr("Edit the selected check-in (Enter)"));
    m_delete = new QPushButton(tr("De&lete"), box);
    m_delete->setObjectName(QStringLiteral("deleteCheckInButton"));
    m_delete->setToolTip(tr("Delete the selected check-in (Delete). Undo brings it back."));

    auto *editAction = new QAction(tr("Edit check-in"), m_table);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(editAction);
    auto *deleteAction = new QAction(tr("Delete check-in"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);

    connect(editAction, &QAction::triggered, this, &TodayPage::editSelected);
    connect(deleteAction, &QAction::triggered, this, &TodayPage::deleteSelected);
    connect(m_edit, &QPushButton::clicked, this, &TodayPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &TodayPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &TodayPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = selectedRow() >= 0;
        m_edit->setEnabled(selected);
        m_delete->setEnabled(selected);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);
    return box;
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming to this page means wanting to check in: the keyboard starts on the form, unless
    // it was already somewhere on this page (the window being restored, say).
    if (!isAncestorOf(window()->focusWidget()))
        m_form->focusFirstField();
}

void TodayPage::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    m_form->setPartners(partners);
    m_model->setPartners(partners);
    fitColumnsToTheirValues();
    reload();
}

// Every value a column can show fits, so the columns stay put as check-ins come and go.
void TodayPage::fitColumnsToTheirValues()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const QHeaderView *header = m_table->horizontalHeader();
    const auto fit = [&](int column, const QStringList &values, bool withIcon) {
        int width = header->sectionSizeHint(column);
        for (const QString &value : values)
            width = std::max(width, PlainRowDelegate::cellWidth(metrics, value, withIcon));
        m_table->setColumnWidth(column, width);
    };
    QStringList names{tr("Unknown")};
    for (const Partner &partner : m_partners)
        names.append(partner.name);
    const QString digit = QStringLiteral("5");
    fit(CheckInListModel::Time, {QStringLiteral("00:00")}, false);
    fit(CheckInListModel::Who, names, true);
    fit(CheckInListModel::Kind, {checkInKindName(CheckInKind::Daily), checkInKindName(CheckInKind::AfterIntimacy)},
        false);
    fit(CheckInListModel::Mood, {digit}, false);
    fit(CheckInListModel::Stress, {digit}, false);
    fit(CheckInListModel::Closeness, {digit}, false);
}

void TodayPage::reload()
{
    m_day = m_store.clock().today();
    updateHeading();
    const QUuid selected = selectedRow() >= 0 ? m_model->checkInAt(selectedRow()).id : QUuid();
    Result<QList<CheckIn>> checkIns = m_store.onDay(m_day);
    m_model->setTimeZone(m_store.clock().timeZone());
    m_model->setCheckIns(checkIns ? checkIns.value() : QList<CheckIn>());
    stopEditingIfChangedElsewhere();
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    if (!selected.isNull())
        selectCheckIn(selected);
    const bool hasSelection = selectedRow() >= 0;
    m_edit->setEnabled(hasSelection);
    m_delete->setEnabled(hasSelection);
}

void TodayPage::stopEditingIfChangedElsewhere()
{
    if (!m_form->isEditing() || m_saving)
        return;
    const CheckIn &edited = *m_form->editing();
    const int row = m_model->rowOf(edited.id);
    if (row >= 0 && m_model->checkInAt(row) == edited)
        return;
    // Saving the form now would quietly bring back what an undo or redo just changed.
    m_form->startNew();
    emit statusMessage(tr("The check-in you were editing was changed by undo or redo, so editing stopped. "
                          "Open it again to edit it."));
}

void TodayPage::updateHeading()
{
    m_heading->setText(QLocale().toString(m_day, tr("dddd, d MMMM")));
}

QString TodayPage::partnerName(const QUuid &id) const
{
    for (const Partner &partner : m_partners) {
        if (partner.id == id)
            return partner.name;
    }
    return {};
}

void TodayPage::save()
{
    CheckIn checkIn = m_form->answers();
    const QScopedValueRollback saving(m_saving, true);
    if (m_form->isEditing()) {
        const CheckIn before = *m_form->editing();
        if (!m_store.update(checkIn))
            return;
        m_undoStack.push(new EditCheckInCommand(m_store, before, checkIn));
        emit statusMessage(tr("Saved the changes to %1's check-in.").arg(partnerName(checkIn.partnerId)));
    } else {
        // One instant for both, so a check-in at midnight cannot land on the wrong day.
        const Clock &clock = m_store.clock();
        checkIn.atUtc = clock.nowUtc();
        checkIn.localDay = checkIn.atUtc.toTimeZone(clock.timeZone()).date();
        if (!m_store.add(checkIn))
            return;
        m_undoStack.push(new AddCheckInCommand(m_store, checkIn));
        emit statusMessage(tr("Saved %1's check-in.").arg(partnerName(checkIn.partnerId)));
    }
    m_form->startNew();
    selectCheckIn(checkIn.id);
    // Ready for the other partner; and Ctrl+Z now reaches the window, not the emptied note.
    m_form->focusFirstField();
}

int TodayPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TodayPage::selectCheckIn(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void TodayPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_form->startEditing(m_model->checkInAt(row));
}

void TodayPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const CheckIn checkIn = m_model->checkInAt(row);
    if (!m_store.remove(checkIn.id))
        return;
    if (m_form->isEditing() && m_form->editing()->id == checkIn.id)
        m_form->startNew();
    m_undoStack.push(new DeleteCheckInCommand(m_store, checkIn));
    if (m_model->rowCount() == 0)
        m_form->focusFirstField();
    emit statusMessage(tr("Deleted %1's check-in. Undo (Ctrl+Z) brings it back.").arg(partnerName(checkIn.partnerId)));
}

} // namespace tend
