#include "todaypage.h"

#include "checkinform.h"
#include "checkins/needsmet.h"
#include "checkinlistmodel.h"
#include "checkins/checkinstore.h"
#include "card.h"
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
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tend {

TodayPage::TodayPage(CheckInStore &store, PreferenceStore &preferences, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_preferences(preferences), m_writes(store, undoStack),
      m_heading(new QLabel(this)), m_needsMet(new QLabel(this)), m_form(new CheckInForm(store.clock(), this)),
      m_model(new CheckInListModel(this))
{
    setObjectName(QStringLiteral("todayPage"));
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(m_heading);

    auto *formCard = new Card(this);
    formCard->setObjectName(QStringLiteral("checkInCard"));
    auto *formLayout = new QVBoxLayout(formCard);
    formLayout->setContentsMargins(24, 20, 24, 20);
    formLayout->addWidget(m_form);
    m_needsMet->setObjectName(QStringLiteral("needsMetSummary"));
    m_needsMet->setWordWrap(true);
    styleAsQuiet(m_needsMet);
    m_needsMet->hide();
    formLayout->addWidget(m_needsMet);
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
    // The aftercare ticks are built on first use; from then on they follow the preferences.
    connect(m_form, &CheckInForm::catalogueWanted, this, [this] {
        m_catalogueWanted = true;
        loadCatalogue();
    });
    connect(&m_preferences, &PreferenceStore::changed, this, [this] {
        if (m_catalogueWanted)
            loadCatalogue();
    });

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

    m_table = new RowListView(box);
    m_table->setObjectName(QStringLiteral("todayList"));
    m_table->setAccessibleName(tr("Today's check-ins"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CheckInListModel::Note, QHeaderView::Stretch);
    // Today's list is for today: the day goes without saying, and the aftercare is on the Check-ins page.
    for (int column : {CheckInListModel::Day, CheckInListModel::CaredFor, CheckInListModel::NeedsMet})
        m_table->setColumnHidden(column, true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // lets the window narrow on small screens

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

    QAction *editAction =
        m_table->addKeyAction(tr("Edit check-in"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    QAction *deleteAction = m_table->addKeyAction(tr("Delete check-in"), {QKeySequence::Delete});

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

void TodayPage::startNewCheckIn()
{
    if (m_form->isEditing()) {
        if (!sameAnswers(m_form->answers(), *m_form->editing())) {
            // Starting afresh would throw away what was just changed.
            emit statusMessage(tr("You are still editing a check-in: save it (Ctrl+Enter) or cancel (Esc) first."));
            m_form->focusFirstField();
            return;
        }
        m_form->startNew();
    }
    m_form->focusFirstField();
}

void TodayPage::loadCatalogue()
{
    if (m_partners.size() != 2)
        return;
    Result<QList<AftercareAct>> acts = m_preferences.acts(ActRepository::Archived::Include);
    Result<QList<Preference>> answers = m_preferences.preferencesOpenToBoth(m_partners[0].id, m_partners[1].id);
    if (acts && answers)
        m_form->setCatalogue(acts.value(), answers.value());
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
    if (!m_saving)
        m_needsMet->hide(); // it spoke of a save that undo, redo or a new day has since moved past
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

void TodayPage::save()
{
    CheckIn checkIn = m_form->answers();
    const QScopedValueRollback saving(m_saving, true);
    if (m_form->isEditing()) {
        if (!m_writes.update(*m_form->editing(), checkIn))
            return;
        emit statusMessage(tr("Saved the changes to %1's check-in.").arg(partnerName(m_partners, checkIn.partnerId)));
    } else {
        if (!m_writes.add(checkIn))
            return;
        emit statusMessage(tr("Saved %1's check-in.").arg(partnerName(m_partners, checkIn.partnerId)));
    }
    showNeedsMet(checkIn);
    m_form->startNew();
    selectCheckIn(checkIn.id);
    // Ready for the other partner; and Ctrl+Z now reaches the window, not the emptied note.
    m_form->focusFirstField();
}

void TodayPage::showNeedsMet(const CheckIn &saved)
{
    const NeedsMet met = needsMet(saved);
    m_needsMet->setVisible(met.wished > 0);
    if (met.wished == 0)
        return;
    const QString name = partnerName(m_partners, saved.partnerId);
    if (met.met == met.wished)
        m_needsMet->setText(tr("%1 received all of the aftercare they wished for.").arg(name));
    else if (met.met == 0)
        m_needsMet->setText(tr("%1 did not receive the aftercare they wished for this time.").arg(name));
    else
        m_needsMet->setText(tr("%1 received %2 of the %3 kinds of aftercare they wished for.")
                                .arg(name).arg(met.met).arg(met.wished));
}

int TodayPage::selectedRow() const
{
    return m_table->selectedRow();
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
    if (!m_writes.remove(checkIn))
        return;
    if (m_form->isEditing() && m_form->editing()->id == checkIn.id)
        m_form->startNew();
    if (m_model->rowCount() == 0)
        m_form->focusFirstField();
    emit statusMessage(tr("Deleted %1's check-in. Undo (Ctrl+Z) brings it back.").arg(partnerName(m_partners, checkIn.partnerId)));
}

} // namespace tend
