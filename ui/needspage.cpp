#include "needspage.h"

#include "card.h"
#include "clock.h"
#include "needentrybar.h"
#include "needfilterbar.h"
#include "needlistmodel.h"
#include "needs/needstore.h"
#include "needs/needworkflow.h"
#include "needs/weeklyneed.h"
#include "rowlistview.h"
#include "typography.h"
#include "weeklyneedcard.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tend {

NeedsPage::NeedsPage(NeedStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_writes(store, undoStack), m_weeklyCard(new WeeklyNeedCard(this)),
      m_entry(new NeedEntryBar(this)), m_filterBar(new NeedFilterBar(this)), m_model(new NeedListModel(this))
{
    setObjectName(QStringLiteral("needsPage"));
    auto *heading = new QLabel(tr("Needs"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(heading);
    auto *intro = new QLabel(tr("One shared list of what each of you would like to talk about, in the order you "
                                "choose (drag, or Alt+Up and Alt+Down). One at a time is plenty."),
                             this);
    intro->setWordWrap(true);
    styleAsQuiet(intro);

    auto *listCard = new Card(this);
    auto *listLayout = new QVBoxLayout(listCard);
    listLayout->setContentsMargins(24, 18, 24, 18);
    listLayout->setSpacing(12);
    listLayout->addWidget(m_entry);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(createList(), 1);
    listLayout->addWidget(createActions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_weeklyCard);
    layout->addWidget(listCard, 1);

    connect(m_entry, &NeedEntryBar::addRequested, this, &NeedsPage::addNeed);
    connect(m_filterBar, &NeedFilterBar::filterChanged, this, [this] {
        const std::optional<Need> selected = selectedNeed();
        m_model->setFilter(m_filterBar->filter());
        if (selected)
            selectNeed(selected->id);
        updateActions();
    });
    connect(m_weeklyCard, &WeeklyNeedCard::markDiscussedRequested, this, &NeedsPage::markWeeklyDiscussed);
    connect(m_weeklyCard, &WeeklyNeedCard::pickSelectedRequested, this, &NeedsPage::pickSelectedForWeek);
    connect(m_model, &NeedListModel::orderRequested, this, [this](const QList<QUuid> &order) {
        QList<QUuid> before;
        for (const Need &need : m_model->allNeeds())
            before.append(need.id);
        m_writes.reorder(before, order);
    });
    connect(m_model, &NeedListModel::textEdited, this, [this](const Need &edited, const QString &text) {
        // Saved once the editor has closed (saving reloads the list, which must not happen under
        // it), on the need as it is then: a button that closed the editor may have changed it.
        const QUuid id = edited.id;
        QMetaObject::invokeMethod(
            this,
            [this, id, text] {
                const int row = m_model->rowOf(id);
                if (row < 0)
                    return;
                const Need before = m_model->needAt(row);
                Need after = before;
                after.text = text;
                const bool listHadFocus = m_list->hasFocus() || !QApplication::focusWidget();
                if (m_writes.change(before, after, tr("Edit need")))
                    selectNeed(id);
                if (listHadFocus)
                    m_list->setFocus();
            },
            Qt::QueuedConnection);
    });
    connect(&m_store, &NeedStore::changed, this, &NeedsPage::reload);

    // On Monday a new week begins, with a need of its own.
    auto *weekWatch = new QTimer(this);
    weekWatch->setInterval(60 * 1000);
    connect(weekWatch, &QTimer::timeout, this, [this] {
        if (weekStart(m_store.clock().today()) != m_week)
            reload();
    });
    weekWatch->start();
}

RowListView *NeedsPage::createList()
{
    m_list = new RowListView(this);
    m_list->setObjectName(QStringLiteral("needsList"));
    m_list->setAccessibleName(tr("Needs"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDragDropOverwriteMode(false); // drop between needs, not onto one
    m_list->setDragEnabled(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 12);
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NeedListModel::Text, QHeaderView::Stretch);

    connect(m_list->addKeyAction(tr("Move need up"), {QKeySequence(Qt::ALT | Qt::Key_Up)}), &QAction::triggered, this,
            [this] { moveSelected(-1); });
    connect(m_list->addKeyAction(tr("Move need down"), {QKeySequence(Qt::ALT | Qt::Key_Down)}), &QAction::triggered,
            this, [this] { moveSelected(1); });
    connect(m_list->addKeyAction(tr("Delete need"), {QKeySequence::Delete}), &QAction::triggered, this,
            &NeedsPage::deleteSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NeedsPage::updateActions);
    return m_list;
}

QWidget *NeedsPage::createActions()
{
    auto *row = new QWidget(this);
    const auto button = [row](const QString &text, const QString &name, const QString &tip) {
        auto *created = new QPushButton(text, row);
        created->setObjectName(name);
        created->setToolTip(tip);
        return created;
    };
    m_startTalking = button(tr("S&tart talking"), QStringLiteral("startTalkingButton"),
                            tr("You have begun to talk about the selected need"));
    m_resolve = button(tr("&Resolve…"), QStringLiteral("resolveNeedButton"),
                       tr("Mark the selected need resolved, with a note on what you agreed"));
    m_reopen = button(tr("Re&open"), QStringLiteral("reopenNeedButton"), tr("Open the selected need again"));
    m_moveUp = button(tr("Move &up"), QStringLiteral("moveNeedUpButton"), tr("Earlier in your order (Alt+Up)"));
    m_moveDown = button(tr("Move do&wn"), QStringLiteral("moveNeedDownButton"), tr("Later in your order (Alt+Down)"));
    m_delete = button(tr("De&lete"), QStringLiteral("deleteNeedButton"),
                      tr("Delete the selected need (Delete). Undo brings it back."));
    m_priority = new QToolButton(row);
    m_priority->setText(tr("Pr&iority"));
    m_priority->setObjectName(QStringLiteral("needPriorityButton"));
    m_priority->setToolTip(tr("How pressing the selected need is"));
    m_priority->setPopupMode(QToolButton::InstantPopup);
    m_priority->setMenu(new QMenu(m_priority));
    for (NeedPriority priority : AllNeedPriorities) {
        QAction *choice = m_priority->menu()->addAction(tr("%1 priority").arg(needPriorityName(priority)));
        choice->setData(int(priority));
        connect(choice, &QAction::triggered, this, [this, priority] { setSelectedPriority(priority); });
    }
    connect(m_startTalking, &QPushButton::clicked, this, &NeedsPage::startTalking);
    connect(m_resolve, &QPushButton::clicked, this, &NeedsPage::resolveSelected);
    connect(m_reopen, &QPushButton::clicked, this, &NeedsPage::reopenSelected);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_delete, &QPushButton::clicked, this, &NeedsPage::deleteSelected);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *each : {m_startTalking, m_resolve, m_reopen})
        layout->addWidget(each);
    layout->addWidget(m_priority);
    layout->addStretch();
    for (QPushButton *each : {m_moveUp, m_moveDown, m_delete})
        layout->addWidget(each);
    return row;
}

void NeedsPage::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    m_entry->setPartners(partners);
    m_filterBar->setPartners(partners);
    m_model->setPartners(partners);
    reload();
}

void NeedsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void NeedsPage::reload()
{
    const QDate week = weekStart(m_store.clock().today());
    Result<QList<Need>> needs = m_store.needs();
    Result<QUuid> picked = m_store.pickedForWeek(week);
    if (!needs || !picked)
        return; // the store has said why; the list stays as it was
    const std::optional<Need> selected = selectedNeed();
    m_week = week;
    m_pickedThisWeek = picked.value();
    m_model->setTimeZone(m_store.clock().timeZone());
    m_model->setNeeds(needs.value());
    if (selected)
        selectNeed(selected->id);
    updateWeeklyNeed();
    updateActions();
}

void NeedsPage::updateWeeklyNeed()
{
    const Clock &clock = m_store.clock();
    const std::optional<WeeklyNeed> weekly = weeklyNeed(m_model->allNeeds(), m_pickedThisWeek, clock.today(), clock.timeZone());
    m_weeklyNeed = weekly ? std::optional(weekly->need) : std::nullopt;
    const QDate discussedOn = weekly && weekly->need.discussedUtc.isValid()
                                  ? weekly->need.discussedUtc.toTimeZone(clock.timeZone()).date()
                                  : QDate();
    m_weeklyCard->setWeeklyNeed(weekly, weekly ? partnerName(m_partners, weekly->need.raisedBy) : QString(), discussedOn);
}

void NeedsPage::updateActions()
{
    const std::optional<Need> need = selectedNeed();
    const NeedStatus status = need ? need->status : NeedStatus::Open;
    m_startTalking->setEnabled(need && status == NeedStatus::Open);
    m_resolve->setEnabled(need && status != NeedStatus::Resolved);
    m_reopen->setEnabled(need && status != NeedStatus::Open);
    m_moveUp->setEnabled(need && m_list->currentIndex().row() > 0);
    m_moveDown->setEnabled(need && m_list->currentIndex().row() < m_model->rowCount() - 1);
    m_delete->setEnabled(need.has_value());
    m_priority->setEnabled(need.has_value());
    for (QAction *choice : m_priority->menu()->actions())
        choice->setEnabled(need && choice->data().toInt() != int(need->priority));
    m_weeklyCard->setPickEnabled(need && status != NeedStatus::Resolved && (!m_weeklyNeed || m_weeklyNeed->id != need->id));
}

std::optional<Need> NeedsPage::selectedNeed() const
{
    const int row = m_list->selectedRow();
    if (row < 0)
        return std::nullopt;
    return m_model->needAt(row);
}

void NeedsPage::selectNeed(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->selectRow(row);
}

void NeedsPage::addNeed()
{
    const std::optional<Need> added = m_writes.add(m_entry->need());
    if (!added)
        return; // the store has said why, and the text stays as typed
    m_entry->clearText();
    m_entry->focusText();
    selectNeed(added->id);
    emit statusMessage(tr("Added \u201c%1\u201d to your needs.").arg(added->text));
}

void NeedsPage::startTalking()
{
    const std::optional<Need> need = selectedNeed();
    if (!need)
        return;
    if (Result<Need> talking = tend::startTalking(*need); talking)
        m_writes.change(*need, talking.value(), tr("Start talking about a need"));
}

void NeedsPage::resolveSelected()
{
    const std::optional<Need> need = selectedNeed();
    if (!need)
        return;
    const QString question = tr("What did you agree about \u201c%1\u201d? (optional)").arg(need->text);
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("resolveNeedDialog"));
    dialog.setWindowTitle(tr("Resolve need"));
    dialog.setLabelText(question);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setOkButtonText(tr("Resolve"));
    // A note that cannot be saved brings the dialog back with the note as typed and the reason.
    while (dialog.exec() == QDialog::Accepted) {
        Result<Need> resolved = resolve(*need, dialog.textValue(), m_store.clock().nowUtc());
        if (resolved && m_writes.change(*need, resolved.value(), tr("Resolve need"))) {
            emit statusMessage(tr("Resolved \u201c%1\u201d.").arg(need->text));
            break;
        }
        if (!resolved)
            dialog.setLabelText(question + QStringLiteral("\n\n") + resolved.error().message);
    }
    m_list->setFocus();
}

void NeedsPage::reopenSelected()
{
    const std::optional<Need> need = selectedNeed();
    if (!need)
        return;
    if (Result<Need> reopened = reopen(*need); reopened)
        m_writes.change(*need, reopened.value(), tr("Reopen need"));
}

void NeedsPage::deleteSelected()
{
    const std::optional<Need> need = selectedNeed();
    if (need && m_writes.remove(*need))
        emit statusMessage(tr("Deleted \u201c%1\u201d. Undo (Ctrl+Z) brings it back.").arg(need->text));
}

void NeedsPage::moveSelected(int step)
{
    const std::optional<Need> need = selectedNeed();
    const int row = m_list->currentIndex().row();
    const int target = row + (step < 0 ? -1 : 2); // "before the row after the next" moves down by one
    if (!need || row < 0 || row + step < 0 || row + step >= m_model->rowCount())
        return;
    QList<QUuid> before;
    for (const Need &each : m_model->allNeeds())
        before.append(each.id);
    if (m_writes.reorder(before, m_model->orderWithMove({need->id}, target)))
        selectNeed(need->id);
}

void NeedsPage::setSelectedPriority(NeedPriority priority)
{
    const std::optional<Need> need = selectedNeed();
    if (!need || need->priority == priority)
        return;
    Need changed = *need;
    changed.priority = priority;
    m_writes.change(*need, changed, tr("Change priority"));
}

// True (after showing the new week) when the week shown has ended since the page last looked.
bool NeedsPage::weekHasTurned()
{
    if (weekStart(m_store.clock().today()) == m_week)
        return false;
    reload();
    emit statusMessage(tr("A new week has begun: this is its need."));
    return true;
}

void NeedsPage::markWeeklyDiscussed()
{
    if (!m_weeklyNeed || weekHasTurned())
        return;
    const Need need = *m_weeklyNeed;
    const QDate week = weekStart(m_store.clock().today());
    if (m_writes.markDiscussed(need, week, m_pickedThisWeek))
        emit statusMessage(tr("Marked \u201c%1\u201d discussed for this week.").arg(need.text));
}

void NeedsPage::pickSelectedForWeek()
{
    if (weekStart(m_store.clock().today()) != m_week)
        reload(); // the pick is for the week it is now, over that week's own pick
    const std::optional<Need> need = selectedNeed();
    if (!need)
        return;
    const QDate week = weekStart(m_store.clock().today());
    if (m_writes.pickForWeek(week, m_pickedThisWeek, need->id))
        emit statusMessage(tr("\u201c%1\u201d is this week's need.").arg(need->text));
}

} // namespace tend
